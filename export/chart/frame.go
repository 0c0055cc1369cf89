package chart

import (
	"image/color"
	"math"
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"buildvsbuy/model"
)

// chart is a plot with what the frame draws around it: a title, the
// selected scenario's verdict, a legend row and notes above the data, so
// that nothing written covers a curve.
type chart struct {
	title    string
	subtitle string
	xlabel   string        // below the x axis, centred on the data
	ylabel   string        // left of the y axis, turned a quarter, centred on the data
	verdict  model.Verdict // drawn as a chip at the right of the title; "" for none
	legend   []legendEntry
	notes    []string
	plot     *plot.Plot
	parts    []part // what was added to plot, by name, for tests and readers

	// rightMargin is room kept right of the plot for after to draw in.
	rightMargin vg.Length
	// after, if set, draws once the plot is drawn; data is the data area.
	after func(c draw.Canvas, data draw.Canvas)

	theme Theme
}

// legendEntry is one item of the legend row: a sample and its words.
type legendEntry struct {
	label string
	thumb plot.Thumbnailer
}

// part is a named plotter of a chart.
type part struct {
	name    string
	plotter plot.Plotter
}

// add adds a plotter to the chart's plot under name.
func (ch *chart) add(name string, p plot.Plotter) {
	ch.plot.Add(p)
	ch.parts = append(ch.parts, part{name, p})
}

// part returns the plotter added under name, or nil.
func (ch *chart) part(name string) plot.Plotter {
	for _, p := range ch.parts {
		if p.name == name {
			return p.plotter
		}
	}
	return nil
}

// addLegend adds an entry to the legend row.
func (ch *chart) addLegend(label string, thumb plot.Thumbnailer) {
	ch.legend = append(ch.legend, legendEntry{label, thumb})
}

// Frame measurements, in points.
const (
	margin     = 12
	lineGap    = 3
	chipPad    = 4
	swatchW    = 18
	legendGap  = 14
	headerGap  = 8
	labelInset = 5
)

// draw draws the whole chart on c.
func (ch *chart) draw(c draw.Canvas) {
	th := ch.theme
	c.SetColor(th.Background)
	c.Fill(c.Rectangle.Path())

	inner := draw.Crop(c, margin, -margin, margin, -margin)
	left, right := inner.Min.X, inner.Max.X
	y := inner.Max.Y

	// Title, with the verdict chip at the right.
	titleStyle := textStyle(th.Text, titleSize, true)
	chipW := vg.Length(0)
	chipStyle := textStyle(VerdictTextColor(ch.verdict), legendSize, true)
	if ch.verdict != "" {
		chipW = chipStyle.Width(verdictWords(ch.verdict)) + 2*chipPad
	}
	if ch.title != "" {
		title := fit(titleStyle, ch.title, right-left-chipW-legendGap)
		inner.FillText(titleStyle, vg.Point{X: left, Y: y}, title)
		if ch.verdict != "" {
			h := titleStyle.Height(title)
			drawChip(inner, chipStyle, ch.verdict, vg.Point{X: right - chipW, Y: y - h/2})
		}
		y -= titleStyle.Height(ch.title) + lineGap
	}
	if ch.subtitle != "" {
		sty := textStyle(th.Muted, noteSize, false)
		inner.FillText(sty, vg.Point{X: left, Y: y}, fit(sty, ch.subtitle, right-left))
		y -= sty.Height(ch.subtitle) + lineGap
	}

	// The legend row, wrapped when it does not fit.
	if len(ch.legend) > 0 {
		y -= lineGap
		sty := textStyle(th.Text, legendSize, false)
		rowH := sty.Height("Mg")
		x := left
		for _, e := range ch.legend {
			w := swatchW + labelInset + sty.Width(e.label)
			if x > left && x+w > right {
				x, y = left, y-rowH-lineGap
			}
			if e.thumb != nil {
				e.thumb.Thumbnail(&draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
					Min: vg.Point{X: x, Y: y - rowH + 1},
					Max: vg.Point{X: x + swatchW, Y: y - 1},
				}})
			}
			inner.FillText(sty, vg.Point{X: x + swatchW + labelInset, Y: y}, fit(sty, e.label, right-x-swatchW-labelInset))
			x += w + legendGap
		}
		y -= rowH + lineGap
	}

	// Notes, wrapped to the width.
	noteStyle := textStyle(th.Muted, noteSize, false)
	noteStyle.Font.Style = xfont.StyleItalic
	for _, n := range ch.notes {
		for _, line := range wrapText(noteStyle, n, right-left) {
			inner.FillText(noteStyle, vg.Point{X: left, Y: y}, line)
			y -= noteStyle.Height(line) + lineGap
		}
	}

	// The axis labels are drawn here rather than by the plot, which pads
	// for them as if they sat at the arithmetic middle of a log axis.
	labelStyle := textStyle(th.Text, labelSize, false)
	area := inner
	area.Max.Y = y - headerGap
	area.Max.X -= ch.rightMargin
	if ch.xlabel != "" {
		area.Min.Y += labelStyle.Height(ch.xlabel) + lineGap
	}
	if ch.ylabel != "" {
		area.Min.X += labelStyle.Height(ch.ylabel) + lineGap
	}
	if area.Max.Y-area.Min.Y < 40 || area.Max.X-area.Min.X < 40 {
		return // no room left for data
	}
	// On a short or narrow chart, label fewer ticks of a numeric axis than
	// it would; fixed ticks (scenario names, inputs, months) keep theirs.
	thin := func(a *plot.Axis, room, label vg.Length) {
		if _, fixed := a.Tick.Marker.(plot.ConstantTicks); fixed {
			return
		}
		_, log := a.Scale.(plot.LogScale)
		a.Tick.Marker = fewerLabels{Ticker: a.Tick.Marker, log: log, max: int(room / label)}
	}
	thin(&ch.plot.Y, area.Max.Y-area.Min.Y, 1.8*ch.plot.Y.Tick.Label.Height("$0"))
	thin(&ch.plot.X, area.Max.X-area.Min.X, 1.5*ch.plot.X.Tick.Label.Width("$000k"))
	ch.plot.Draw(area)
	data := ch.plot.DataCanvas(area)
	if ch.xlabel != "" {
		sty := labelStyle
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
		inner.FillText(sty, vg.Point{X: data.Center().X, Y: inner.Min.Y + sty.FontExtents().Descent}, ch.xlabel)
	}
	if ch.ylabel != "" {
		sty := labelStyle
		sty.Rotation = math.Pi / 2
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YTop
		// A short chart drops the label's bracketed part, then cuts it.
		label := ch.ylabel
		if sty.Width(label) > data.Max.Y-data.Min.Y {
			label, _, _ = strings.Cut(label, " (")
		}
		label = fit(sty, label, data.Max.Y-data.Min.Y)
		inner.FillText(sty, vg.Point{X: inner.Min.X, Y: data.Center().Y}, label)
	}
	if ch.after != nil {
		ch.after(inner, data)
	}
}

// drawChip draws verdict v as a coloured chip whose left edge is at pt.X,
// centred vertically on pt.Y.
func drawChip(c draw.Canvas, sty text.Style, v model.Verdict, pt vg.Point) {
	words := verdictWords(v)
	w := sty.Width(words) + 2*chipPad
	h := sty.Height(words) + chipPad
	rect := vg.Rectangle{Min: vg.Point{X: pt.X, Y: pt.Y - h/2}, Max: vg.Point{X: pt.X + w, Y: pt.Y + h/2}}
	c.SetColor(VerdictColor(v))
	c.Fill(roundedRect(rect, 3))
	sty.Color = VerdictTextColor(v)
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	c.FillText(sty, vg.Point{X: pt.X + w/2, Y: pt.Y}, words)
}

// chipWidth returns the width drawChip gives verdict v in sty.
func chipWidth(sty text.Style, v model.Verdict) vg.Length {
	return sty.Width(verdictWords(v)) + 2*chipPad
}

// roundedRect returns the path of r with corners of radius rad.
func roundedRect(r vg.Rectangle, rad vg.Length) vg.Path {
	var p vg.Path
	p.Move(vg.Point{X: r.Min.X + rad, Y: r.Min.Y})
	p.Line(vg.Point{X: r.Max.X - rad, Y: r.Min.Y})
	p.Arc(vg.Point{X: r.Max.X - rad, Y: r.Min.Y + rad}, rad, -halfPi, halfPi)
	p.Line(vg.Point{X: r.Max.X, Y: r.Max.Y - rad})
	p.Arc(vg.Point{X: r.Max.X - rad, Y: r.Max.Y - rad}, rad, 0, halfPi)
	p.Line(vg.Point{X: r.Min.X + rad, Y: r.Max.Y})
	p.Arc(vg.Point{X: r.Min.X + rad, Y: r.Max.Y - rad}, rad, halfPi, halfPi)
	p.Line(vg.Point{X: r.Min.X, Y: r.Min.Y + rad})
	p.Arc(vg.Point{X: r.Min.X + rad, Y: r.Min.Y + rad}, rad, 2*halfPi, halfPi)
	p.Close()
	return p
}

const halfPi = math.Pi / 2

// fit returns s, shortened with an ellipsis if it is wider than w in sty.
func fit(sty text.Style, s string, w vg.Length) string {
	if sty.Width(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if t := string(r) + "…"; sty.Width(t) <= w {
			return t
		}
	}
	return string(r)
}

// wrapText breaks s at spaces into lines no wider than w in sty; a word
// wider than w is shortened with an ellipsis.
func wrapText(sty text.Style, s string, w vg.Length) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		if cur != "" && sty.Width(cur+" "+word) > w {
			lines = append(lines, fit(sty, cur, w))
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += word
	}
	if cur != "" {
		lines = append(lines, fit(sty, cur, w))
	}
	return lines
}

// withAlpha returns c with its alpha scaled by a (0..1).
func withAlpha(c color.NRGBA, a float64) color.NRGBA {
	c.A = uint8(float64(c.A)*a + 0.5)
	return c
}
