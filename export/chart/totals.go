package chart

import (
	"errors"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"buildvsbuy/model"
)

// totalsSeries is what the all-scenarios chart draws: per scenario, in
// document order, its horizon totals and its verdict.
type totalsSeries struct {
	Names    []string
	Buy      []float64 // BuyTotal
	Build    []float64 // BuildTotal
	Verdicts []model.Verdict
	Y        []float64 // each scenario's row on the y axis: the first at the top
	XMax     float64
	Horizon  int
}

// barThickness is a bar's share of its scenario's row; the two bars of a
// row leave a fifth of the row free between rows.
const barThickness = 0.38

// totalsData computes the series of the all-scenarios chart.
func totalsData(results []model.Result) totalsSeries {
	n := len(results)
	d := totalsSeries{
		Names: make([]string, n), Buy: make([]float64, n), Build: make([]float64, n),
		Verdicts: make([]model.Verdict, n), Y: make([]float64, n),
	}
	top := 0.0
	for i := range results {
		r := &results[i]
		d.Names[i], d.Buy[i], d.Build[i], d.Verdicts[i] = r.Name, r.BuyTotal, r.BuildTotal, r.Verdict
		d.Y[i] = float64(n - 1 - i)
		top = max(top, r.BuyTotal, r.BuildTotal)
		d.Horizon = max(d.Horizon, len(r.Months))
	}
	// Room right of the longest bar for its value.
	d.XMax = top * 1.18
	if !(d.XMax > 0) {
		d.XMax = 1000
	}
	return d
}

// totalsChart builds the chart of every scenario's horizon totals.
func totalsChart(results []model.Result, th Theme) (*chart, error) {
	if len(results) == 0 {
		return nil, errors.New("there are no scenarios to plot")
	}
	d := totalsData(results)
	p := newPlot(th)
	months := plural(float64(d.Horizon), "month")
	ch := &chart{
		title:    "Total cost over " + months + ", by scenario",
		subtitle: "Buying vs building each scenario over the horizon, with its verdict",
		plot:     p,
		theme:    th,
	}
	ch.xlabel = "Total cost over " + months + " (US$)"
	p.X.Tick.Marker = plot.TickerFunc(func(lo, hi float64) []plot.Tick { return linearTicks(lo, hi, 6, compactMoney) })
	lines, chars := 2, 24
	if len(results) > 8 {
		lines, chars = 1, 30
	}
	ticks := make([]plot.Tick, len(results))
	for i, name := range d.Names {
		ticks[i] = plot.Tick{Value: d.Y[i], Label: wrapName(name, chars, lines)}
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Length = 0

	grid := plotter.NewGrid()
	grid.Vertical, grid.Horizontal = lineStyle(th.Grid, 0.6), draw.LineStyle{}
	ch.add("grid", grid)

	valueText := textStyle(th.Text, markSize, false)
	for _, s := range []struct {
		name, label string
		values      []float64
		offset      float64
		bar         *hbars
	}{
		{"buy", "Buy: API", d.Buy, barThickness / 2, nil},
		{"build", "Build: self-hosted", d.Build, -barThickness / 2, nil},
	} {
		ys := make([]float64, len(d.Y))
		for i, y := range d.Y {
			ys[i] = y + s.offset
		}
		clr := buyColor
		if s.name == "build" {
			clr = buildColor
		}
		b := &hbars{Values: s.values, Y: ys, Thickness: barThickness, Color: clr,
			Text: valueText, Inside: VerdictTextColor(model.Build), Format: compactMoney}
		ch.add(s.name, b)
		ch.addLegend(s.label, b)
	}

	// The verdicts, as chips in a column right of the bars.
	chipText := textStyle(th.Text, markSize, true)
	for _, v := range d.Verdicts {
		ch.rightMargin = max(ch.rightMargin, chipWidth(chipText, v)+2*labelInset)
	}
	ch.after = func(c, data draw.Canvas) {
		_, trY := p.Transforms(&data)
		for i, v := range d.Verdicts {
			drawChip(c, chipText, v, vg.Point{X: data.Max.X + 2*labelInset, Y: trY(d.Y[i])})
		}
	}

	p.X.Min, p.X.Max = 0, d.XMax
	p.Y.Min, p.Y.Max = -0.55, float64(len(results))-0.45
	return ch, nil
}

// wrapName breaks a scenario name into at most lines lines of about chars
// characters, ending with an ellipsis where it is cut short. A name with a
// parenthesis, "True scale (10M calls/month)", breaks before it when both
// parts fit.
func wrapName(name string, chars, lines int) string {
	if head, tail, ok := strings.Cut(name, " ("); ok && lines >= 2 &&
		len([]rune(head)) <= chars && len([]rune(tail))+1 <= chars+2 && !strings.Contains(tail, "(") {
		return head + "\n(" + tail
	}
	var out []string
	cur := ""
	for _, w := range strings.Fields(name) {
		if cur != "" && len([]rune(cur))+1+len([]rune(w)) > chars {
			out = append(out, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	if cur != "" {
		out = append(out, cur)
	}
	cut := len(out) > lines
	if cut {
		out = out[:lines]
	}
	for i, l := range out {
		if r := []rune(l); len(r) > chars || (cut && i == len(out)-1) {
			out[i] = string(r[:min(len(r), chars-1)]) + "…"
		}
	}
	return strings.Join(out, "\n")
}
