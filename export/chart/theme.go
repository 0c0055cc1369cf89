package chart

import (
	"image/color"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"buildvsbuy/model"
)

// Theme holds the colours a chart is drawn in. The series and verdict
// colours do not change with the theme: see VerdictColor.
type Theme struct {
	Background color.NRGBA // behind everything
	Text       color.NRGBA // titles, axis labels, tick labels, marker labels
	Muted      color.NRGBA // subtitles, notes, axes and the today marker
	Grid       color.NRGBA // grid lines
	Shade      color.NRGBA // the band of build months, drawn over the background
}

// Light returns the theme for a light background, matching the app's light
// theme.
func Light() Theme {
	return Theme{
		Background: color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff},
		Text:       color.NRGBA{R: 0x1f, G: 0x23, B: 0x28, A: 0xff},
		Muted:      color.NRGBA{R: 0x5c, G: 0x63, B: 0x6e, A: 0xff},
		Grid:       color.NRGBA{R: 0xe1, G: 0xe4, B: 0xe8, A: 0xff},
		Shade:      color.NRGBA{R: 0x8a, G: 0x94, B: 0xa0, A: 0x2e},
	}
}

// Dark returns the theme for a dark background, matching the app's dark
// theme.
func Dark() Theme {
	return Theme{
		Background: color.NRGBA{R: 0x17, G: 0x17, B: 0x18, A: 0xff},
		Text:       color.NRGBA{R: 0xec, G: 0xee, B: 0xf0, A: 0xff},
		Muted:      color.NRGBA{R: 0xa3, G: 0xaa, B: 0xb3, A: 0xff},
		Grid:       color.NRGBA{R: 0x33, G: 0x36, B: 0x3b, A: 0xff},
		Shade:      color.NRGBA{R: 0xb4, G: 0xbe, B: 0xca, A: 0x24},
	}
}

// The verdict colours: mid tones that read on white and on the dark
// background alike.
var verdictColors = map[model.Verdict]color.NRGBA{
	model.Buy:           {R: 0x2e, G: 0x9a, B: 0x48, A: 0xff}, // green
	model.Build:         {R: 0x3b, G: 0x78, B: 0xe0, A: 0xff}, // blue
	model.BuildRequired: {R: 0xd9, G: 0x3b, B: 0x3b, A: 0xff}, // red
	model.ConsiderBuild: {R: 0xe3, G: 0x9b, B: 0x00, A: 0xff}, // amber
}

// unknownVerdict is the colour of a verdict the model does not define.
var unknownVerdict = color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}

// VerdictColor returns the colour of verdict v: BUY green, BUILD blue,
// BUILD_REQUIRED red, CONSIDER_BUILD amber, and grey for anything else. It is
// the single source of these colours for the grid, the charts and the
// workbook. The buy series of every chart is drawn in the BUY colour and the
// build series in the BUILD colour.
func VerdictColor(v model.Verdict) color.NRGBA {
	if c, ok := verdictColors[v]; ok {
		return c
	}
	return unknownVerdict
}

// VerdictTextColor returns the colour of text written on a VerdictColor(v)
// background: white, or near-black on amber.
func VerdictTextColor(v model.Verdict) color.NRGBA {
	if v == model.ConsiderBuild {
		return color.NRGBA{R: 0x1a, G: 0x1a, B: 0x1a, A: 0xff}
	}
	return color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
}

// verdictWords is how a verdict reads on a chart: the word, with spaces.
func verdictWords(v model.Verdict) string {
	switch v {
	case model.BuildRequired:
		return "BUILD REQUIRED"
	case model.ConsiderBuild:
		return "CONSIDER BUILD"
	}
	return string(v)
}

var (
	buyColor   = VerdictColor(model.Buy)
	buildColor = VerdictColor(model.Build)
)

// Font sizes, in points; the canvas is about 600×375 points at any pixel
// size (see dpiFor), so these read the same at 800×500 and 1600×1000.
const (
	titleSize  = 13
	labelSize  = 10.5
	tickSize   = 9.5
	legendSize = 9.5
	noteSize   = 9.5
	markSize   = 9
)

// sans returns the chart font, Liberation Sans (metric-compatible with
// Arial), at size points.
func sans(size float64, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: vg.Points(size)}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return f
}

// textStyle returns a left-aligned, top-aligned text style.
func textStyle(c color.Color, size float64, bold bool) text.Style {
	return text.Style{
		Color:   c,
		Font:    sans(size, bold),
		XAlign:  draw.XLeft,
		YAlign:  draw.YTop,
		Handler: plot.DefaultTextHandler,
	}
}

// newPlot returns an empty plot dressed in th: fonts, colours, axes and no
// title or legend of its own (the frame draws those outside the data).
func newPlot(th Theme) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil // the frame fills the background
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Color = th.Muted
		a.Width = vg.Points(0.8)
		a.Padding = 0
		a.Label.TextStyle.Color = th.Text
		a.Label.TextStyle.Font = sans(labelSize, false)
		a.Label.Padding = vg.Points(4)
		a.Tick.Label.Color = th.Text
		a.Tick.Label.Font = sans(tickSize, false)
		a.Tick.Color = th.Muted
		a.Tick.Width = vg.Points(0.8)
		a.Tick.Length = vg.Points(4)
	}
	return p
}

// lineStyle returns a solid line of width w points in c.
func lineStyle(c color.Color, w float64) draw.LineStyle {
	return draw.LineStyle{Color: c, Width: vg.Points(w)}
}

// dashed returns a dashed line of width w points in c.
func dashed(c color.Color, w float64) draw.LineStyle {
	return draw.LineStyle{Color: c, Width: vg.Points(w), Dashes: []vg.Length{vg.Points(5), vg.Points(3)}}
}

// dotted returns a dotted line of width w points in c.
func dotted(c color.Color, w float64) draw.LineStyle {
	return draw.LineStyle{Color: c, Width: vg.Points(w), Dashes: []vg.Length{vg.Points(1.5), vg.Points(2.5)}}
}
