package chart

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"buildvsbuy/model"
)

// tornadoMaxRows is the most bars the tornado chart shows, at any size.
const tornadoMaxRows = 12

// tornadoRowsFor returns how many bars fit a chart hpt points tall: about
// 16 points a bar below the frame's title, legend and notes, between 3 and
// tornadoMaxRows.
func tornadoRowsFor(hpt vg.Length) int {
	return max(3, min(tornadoMaxRows, int((hpt-150)/16)))
}

// tornadoSeries is what the tornado chart draws, computed from a result
// without drawing anything.
type tornadoSeries struct {
	Swings  []model.Swing // the bars, largest impact first: model.Sensitivity's order
	Fields  []model.Field // the input of each bar
	Y       []float64     // each bar's row on the y axis: the first at the top
	Current float64       // horizon savings with every input as it is
	Verdict model.Verdict // the verdict with every input as it is
	Pct     float64       // the swing, in percent
	// Omitted counts the inputs that move savings or flip the verdict but
	// did not fit; Still counts those that do neither at this swing.
	Omitted, Still int
	Flips          int // bars that flip the verdict
	XMin, XMax     float64
}

// tornadoData computes the series of the tornado chart of r: each numeric
// input moved by ±pct percent (model.Sensitivity), at most rows bars.
// Inputs that neither move savings nor flip the verdict are left out.
func tornadoData(r *model.Result, pct float64, rows int) (tornadoSeries, error) {
	swings, err := model.Sensitivity(r.Scenario(), r.Policy(), pct)
	if err != nil {
		return tornadoSeries{}, err
	}
	d := tornadoSeries{Current: r.Savings, Verdict: r.Verdict, Pct: pct}
	lo, hi := math.Min(0, d.Current), math.Max(0, d.Current)
	for _, sw := range swings {
		if sw.Impact == 0 && !sw.Flips {
			d.Still++
			continue
		}
		if len(d.Swings) == rows {
			d.Omitted++
			continue
		}
		f, _ := model.FieldByKey(sw.Input)
		d.Swings = append(d.Swings, sw)
		d.Fields = append(d.Fields, f)
		lo, hi = min(lo, sw.SavingsLow, sw.SavingsHigh), max(hi, sw.SavingsLow, sw.SavingsHigh)
		if sw.Flips {
			d.Flips++
		}
	}
	for i := range d.Swings {
		d.Y = append(d.Y, float64(len(d.Swings)-1-i))
	}
	span := hi - lo
	if !(span > 0) {
		span = math.Max(math.Abs(d.Current), 1000)
	}
	// Room either side for the input values written at the bar ends, and
	// the new verdict where one flips.
	padding := 0.16
	if d.Flips > 0 {
		padding = 0.26
	}
	d.XMin, d.XMax = lo-padding*span, hi+padding*span
	return d, nil
}

// Colours of the tornado's bars: the input moved down, moved up, and both
// in purple where the move flips the verdict (a colour no verdict uses).
var (
	swingLowColor  = rgb(0x9d, 0xae, 0xc4)
	swingHighColor = rgb(0x4b, 0x63, 0x82)
	flipLowColor   = rgb(0xc4, 0x9b, 0xf2)
	flipHighColor  = rgb(0x7c, 0x3a, 0xd6)
)

// tornadoChart builds the tornado chart of r: one bar per input that
// moves savings, at most rows of them.
func tornadoChart(r *model.Result, pct float64, rows int, th Theme) (*chart, error) {
	d, err := tornadoData(r, pct, rows)
	if err != nil {
		return nil, err
	}
	h := len(r.Months)
	if h == 0 {
		return nil, fmt.Errorf("scenario %q has no months to project", r.Name)
	}
	swing := trimDecimals(pct) + "%"
	p := newPlot(th)
	ch := &chart{
		title:    "What moves the verdict: " + r.Name,
		subtitle: fmt.Sprintf("Savings over %s (build − buy) with each input moved −%s and +%s, one at a time", plural(float64(h), "month"), swing, swing),
		verdict:  r.Verdict,
		plot:     p,
		theme:    th,
	}
	ch.xlabel = "Savings, build − buy (US$): below $0 building is cheaper"
	p.X.Tick.Marker = plot.TickerFunc(func(lo, hi float64) []plot.Tick { return linearTicks(lo, hi, 6, compactMoney) })
	ticks := make([]plot.Tick, len(d.Swings))
	for i, f := range d.Fields {
		ticks[i] = plot.Tick{Value: d.Y[i], Label: f.Label}
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Length = 0

	grid := plotter.NewGrid()
	grid.Vertical, grid.Horizontal = lineStyle(th.Grid, 0.6), draw.LineStyle{}
	ch.add("grid", grid)

	flipText := flipHighColor
	if dark(th.Background) {
		flipText = flipLowColor
	}
	bars := &swingBars{Series: d, Text: textStyle(th.Text, markSize, false), Flip: textStyle(flipText, markSize, true)}
	ch.add("bars", bars)
	ch.addLegend("Input −"+swing, swatch{swingLowColor})
	ch.addLegend("Input +"+swing, swatch{swingHighColor})
	if d.Flips > 0 {
		ch.addLegend("flips the verdict", flipThumb{})
	}

	markText := textStyle(th.Text, markSize, false)
	labelBack := withAlpha(th.Background, 0.85)
	now := &vmark{X: d.Current, Label: "Now " + compactMoney(d.Current), Top: true, Left: d.Current < 0,
		Line: lineStyle(th.Text, 1.4), Text: markText, Background: labelBack}
	zero := &vmark{X: 0, Label: "$0", Top: true, Left: d.Current > 0,
		Line: dashed(th.Muted, 1.2), Text: markText, Background: labelBack, Avoid: []float64{d.Current}}
	if d.Current != 0 {
		now.Avoid = []float64{0}
		ch.add("zero", zero)
		ch.addLegend("$0: the cheaper side changes", zero)
	}
	ch.add("current", now)
	ch.addLegend("Savings now", now)

	ch.notes = tornadoNotes(r, d, swing)
	p.X.Min, p.X.Max = d.XMin, d.XMax
	// A free row above the bars for the labels of the two lines.
	p.Y.Min, p.Y.Max = -0.6, math.Max(float64(len(d.Swings))+0.5, 1.5)
	return ch, nil
}

// tornadoNotes says what the chart leaves out and whether any input flips
// the verdict.
func tornadoNotes(r *model.Result, d tornadoSeries, swing string) []string {
	var notes []string
	switch {
	case len(d.Swings) == 0:
		notes = append(notes, fmt.Sprintf("No input moves savings or the verdict at ±%s.", swing))
	case d.Flips == 0 && r.Verdict == model.BuildRequired:
		notes = append(notes, fmt.Sprintf("No input flips the verdict (%s) at ±%s: it rests on quality, regulation or latency, not on cost.",
			verdictWords(r.Verdict), swing))
	case d.Flips == 0:
		note := fmt.Sprintf("No input flips the verdict (%s) at ±%s.", verdictWords(r.Verdict), swing)
		if i, v, s, ok := nearestZero(d); ok && d.Current != 0 {
			note += fmt.Sprintf(" Closest to $0: %s at %s, savings %s.", d.Fields[i].Label, inputValue(d.Fields[i], v), compactMoney(s))
		}
		notes = append(notes, note)
	default:
		var names []string
		for i, sw := range d.Swings {
			if sw.Flips {
				names = append(names, d.Fields[i].Label)
			}
		}
		if len(names) > 4 {
			names = append(names[:4], fmt.Sprintf("and %d more", len(names)-4))
		}
		notes = append(notes, fmt.Sprintf("Flips the verdict (%s) at ±%s: %s.", verdictWords(r.Verdict), swing, strings.Join(names, ", ")))
	}
	var left []string
	if d.Omitted > 0 {
		left = append(left, fmt.Sprintf("%s with smaller effects", plural(float64(d.Omitted), "more input")))
	}
	if d.Still > 0 {
		verb := "do"
		if d.Still == 1 {
			verb = "does"
		}
		left = append(left, fmt.Sprintf("%s that %s not move savings at ±%s", plural(float64(d.Still), "input"), verb, swing))
	}
	if len(left) > 0 {
		notes = append(notes, "Not shown: "+strings.Join(left, "; ")+".")
	}
	return notes
}

// nearestZero returns the bar end whose savings come closest to $0, the
// input's value there and the savings, on the side of $0 the current
// savings lie; ok is false when no end moves savings toward $0.
func nearestZero(d tornadoSeries) (i int, value, savings float64, ok bool) {
	best := math.Abs(d.Current)
	for j, sw := range d.Swings {
		for _, e := range [][2]float64{{sw.LowValue, sw.SavingsLow}, {sw.HighValue, sw.SavingsHigh}} {
			if a := math.Abs(e[1]); a < best {
				i, value, savings, ok, best = j, e[0], e[1], true, a
			}
		}
	}
	return i, value, savings, ok
}

// dark reports whether c is a dark background.
func dark(c color.NRGBA) bool {
	return 0.2126*float64(c.R)+0.7152*float64(c.G)+0.0722*float64(c.B) < 128
}

// inputValue formats a value of the input f for a bar's end: "$2.5",
// "60%", "1.2k".
func inputValue(f model.Field, v float64) string {
	switch f.Unit {
	case model.Money:
		return compactMoney(v)
	case model.Percent:
		return trimDecimals(roundSig(v, 3)) + "%"
	}
	return compactCount(v)
}
