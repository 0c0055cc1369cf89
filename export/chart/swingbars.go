package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"buildvsbuy/model"
)

// swingBarThickness is a tornado bar's share of its row.
const swingBarThickness = 0.62

// swingBars draws the tornado's bars: per input, one segment from the
// current savings to the savings with the input moved down and one to the
// savings with it moved up, each end labelled with the input's value. A
// move that flips the verdict draws the bar in the flip colours, a diamond
// at that end and the new verdict beside the value. It implements
// plot.Plotter.
type swingBars struct {
	Series tornadoSeries
	Text   text.Style // of the input values
	Flip   text.Style // of the input value and verdict at a flipping end
}

// swingEnd is one end of a tornado bar.
type swingEnd struct {
	savings, value float64
	verdict        model.Verdict
	fill           color.Color
}

// Plot implements plot.Plotter.
func (b *swingBars) Plot(c draw.Canvas, p *plot.Plot) {
	d := b.Series
	trX, trY := p.Transforms(&c)
	x0 := trX(d.Current)
	for i, sw := range d.Swings {
		yc := trY(d.Y[i])
		half := (trY(d.Y[i]+swingBarThickness/2) - trY(d.Y[i]-swingBarThickness/2)) / 2
		lowFill, highFill := color.Color(swingLowColor), color.Color(swingHighColor)
		if sw.Flips {
			lowFill, highFill = flipLowColor, flipHighColor
		}
		ends := []swingEnd{
			{sw.SavingsLow, sw.LowValue, sw.VerdictLow, lowFill},
			{sw.SavingsHigh, sw.HighValue, sw.VerdictHigh, highFill},
		}
		// The longer segment first, so that a shorter one on the same side
		// is drawn over it and stays visible.
		if math.Abs(ends[0].savings-d.Current) < math.Abs(ends[1].savings-d.Current) {
			ends[0], ends[1] = ends[1], ends[0]
		}
		for _, e := range ends {
			x := trX(e.savings)
			if x != x0 {
				c.SetColor(e.fill)
				c.Fill(vg.Rectangle{Min: vg.Point{X: min(x0, x), Y: yc - half}, Max: vg.Point{X: max(x0, x), Y: yc + half}}.Path())
			}
		}
		// The longer end's label sits beyond its end; the shorter one's
		// beyond its end when it lies on the other side of now, else on
		// the other side of the now line, so that the two never overlap.
		longer, shorter := ends[0], ends[1]
		longSide := side(longer.savings - d.Current)
		if longSide == 0 {
			longSide = 1
		}
		b.label(c, trX(longer.savings), yc, half, longSide, longer, i)
		if s := side(shorter.savings - d.Current); s == -longSide {
			b.label(c, trX(shorter.savings), yc, half, s, shorter, i)
		} else {
			b.label(c, x0, yc, half, -longSide, shorter, i)
		}
	}
}

// label writes the value of end e at x, to its right (dir 1) or left (-1),
// with a diamond and the new verdict where the end flips the verdict.
func (b *swingBars) label(c draw.Canvas, x, yc, half vg.Length, dir float64, e swingEnd, i int) {
	flips := e.verdict != b.Series.Verdict
	sty := b.Text
	words := inputValue(b.Series.Fields[i], e.value)
	gap := vg.Length(labelInset)
	if flips {
		sty = b.Flip
		words += " → " + verdictWords(e.verdict)
		r := half * 0.95
		c.SetColor(flipHighColor)
		c.Fill(diamond(vg.Point{X: x, Y: yc}, r))
		gap += r
	}
	// Beyond the end, or inside the bar in white where the data area ends
	// first.
	w := sty.Width(words)
	if out := x + vg.Length(dir)*(gap+w); out < c.Min.X || out > c.Max.X {
		dir = -dir
		sty.Color = VerdictTextColor(model.Build)
	}
	sty.YAlign = draw.YCenter
	pt := vg.Point{X: x + vg.Length(dir)*gap, Y: yc}
	sty.XAlign = draw.XLeft
	if dir < 0 {
		sty.XAlign = draw.XRight
	}
	c.FillText(sty, pt, words)
}

// side returns the sign of v: -1, 0 or 1.
func side(v float64) float64 {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}

// diamond returns the path of a square standing on a corner, centred at pt,
// r from its centre to each corner.
func diamond(pt vg.Point, r vg.Length) vg.Path {
	var p vg.Path
	p.Move(vg.Point{X: pt.X, Y: pt.Y + r})
	p.Line(vg.Point{X: pt.X + r, Y: pt.Y})
	p.Line(vg.Point{X: pt.X, Y: pt.Y - r})
	p.Line(vg.Point{X: pt.X - r, Y: pt.Y})
	p.Close()
	return p
}

// swatch is a legend sample: a filled square. It implements
// plot.Thumbnailer.
type swatch struct{ color color.Color }

// Thumbnail implements plot.Thumbnailer.
func (s swatch) Thumbnail(c *draw.Canvas) {
	c.SetColor(s.color)
	c.Fill(c.Rectangle.Path())
}

// flipThumb is the legend sample of a flipping input: a bar in the flip
// colours ending in the diamond. It implements plot.Thumbnailer.
type flipThumb struct{}

// Thumbnail implements plot.Thumbnailer.
func (flipThumb) Thumbnail(c *draw.Canvas) {
	r := (c.Max.Y - c.Min.Y) / 2
	mid := vg.Point{X: c.Max.X - r, Y: c.Center().Y}
	c.SetColor(flipLowColor)
	c.Fill(vg.Rectangle{Min: c.Min, Max: vg.Point{X: (c.Min.X + mid.X) / 2, Y: c.Max.Y}}.Path())
	c.SetColor(flipHighColor)
	c.Fill(vg.Rectangle{Min: vg.Point{X: (c.Min.X + mid.X) / 2, Y: c.Min.Y}, Max: vg.Point{X: mid.X, Y: c.Max.Y}}.Path())
	c.Fill(diamond(mid, r))
}

// rgb returns an opaque colour.
func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }
