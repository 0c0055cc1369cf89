package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// vmark marks a value of the x axis with a vertical line across the data
// area and a label beside it. It implements plot.Plotter and
// plot.Thumbnailer.
type vmark struct {
	X          float64
	Label      string
	Top        bool // label at the top of the line, else at the bottom
	Left       bool // label left of the line, else right; flipped when it does not fit
	Line       draw.LineStyle
	Text       text.Style
	Background color.Color // fills the label's box so the label stays legible
	Avoid      []float64   // x values of other marks the label should not cross
}

// Plot implements plot.Plotter.
func (m *vmark) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	x := trX(m.X)
	if x < c.Min.X-0.5 || x > c.Max.X+0.5 {
		return
	}
	c.StrokeLine2(m.Line, x, c.Min.Y, x, c.Max.Y)
	if m.Label == "" {
		return
	}
	sty := m.Text
	var avoid []vg.Length
	for _, a := range m.Avoid {
		avoid = append(avoid, trX(a))
	}
	box := placeLabel(x, sty.Width(m.Label), sty.Height(m.Label), c.Rectangle, m.Top, m.Left, avoid)
	if m.Background != nil {
		c.SetColor(m.Background)
		c.Fill(pad(box, 1.5).Path())
	}
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
	c.FillText(sty, box.Min, m.Label)
}

// placeLabel returns the box of a w×h label beside a vertical line at x in
// the data area c: at its top or bottom, on the preferred side (left or
// right) unless the label does not fit there or crosses one of the lines at
// avoid while the other side is better.
func placeLabel(x, w, h vg.Length, c vg.Rectangle, top, left bool, avoid []vg.Length) vg.Rectangle {
	boxAt := func(left bool) vg.Rectangle {
		b := vg.Rectangle{Min: vg.Point{X: x + labelInset, Y: c.Min.Y + labelInset}}
		if left {
			b.Min.X = x - labelInset - w
		}
		if top {
			b.Min.Y = c.Max.Y - labelInset - h
		}
		b.Max = vg.Point{X: b.Min.X + w, Y: b.Min.Y + h}
		return b
	}
	fits := func(b vg.Rectangle) bool { return b.Min.X >= c.Min.X && b.Max.X <= c.Max.X }
	clear := func(b vg.Rectangle) bool {
		for _, ax := range avoid {
			if ax >= b.Min.X-labelInset && ax <= b.Max.X+labelInset {
				return false
			}
		}
		return true
	}
	box, other := boxAt(left), boxAt(!left)
	switch {
	case fits(box) && clear(box):
	case fits(other) && clear(other), !fits(box) && fits(other):
		box = other
	}
	return box
}

// Thumbnail implements plot.Thumbnailer: a short run of the line.
func (m *vmark) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(m.Line, c.Min.X, y, c.Max.X, y)
}

// pad returns r grown by d on every side.
func pad(r vg.Rectangle, d vg.Length) vg.Rectangle {
	return vg.Rectangle{Min: vg.Point{X: r.Min.X - d, Y: r.Min.Y - d}, Max: vg.Point{X: r.Max.X + d, Y: r.Max.Y + d}}
}

// band shades the x range [X0, X1] across the whole data area. It
// implements plot.Plotter and plot.Thumbnailer.
type band struct {
	X0, X1 float64
	Color  color.Color
}

// Plot implements plot.Plotter.
func (b *band) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	x0, x1 := max(trX(b.X0), c.Min.X), min(trX(b.X1), c.Max.X)
	if x1 <= x0 {
		return
	}
	c.SetColor(b.Color)
	c.Fill(vg.Rectangle{Min: vg.Point{X: x0, Y: c.Min.Y}, Max: vg.Point{X: x1, Y: c.Max.Y}}.Path())
}

// Thumbnail implements plot.Thumbnailer: a filled square.
func (b *band) Thumbnail(c *draw.Canvas) {
	c.SetColor(b.Color)
	c.Fill(c.Rectangle.Path())
}

// hbars draws one horizontal bar per category from zero to its value, with
// the value written at the bar's end. It implements plot.Plotter and
// plot.Thumbnailer.
type hbars struct {
	Values    []float64 // one per category
	Y         []float64 // the centre of each bar on the y axis
	Thickness float64   // in y units
	Color     color.Color
	Text      text.Style  // of the value labels
	Inside    color.Color // of a value label drawn inside its bar for want of room
	Format    func(float64) string
}

// Plot implements plot.Plotter.
func (b *hbars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for i, v := range b.Values {
		x0, x1 := trX(0), trX(v)
		y0, y1 := trY(b.Y[i]-b.Thickness/2), trY(b.Y[i]+b.Thickness/2)
		if x1 > x0 {
			c.SetColor(b.Color)
			c.Fill(vg.Rectangle{Min: vg.Point{X: x0, Y: y0}, Max: vg.Point{X: x1, Y: y1}}.Path())
		}
		label := b.Format(v)
		sty := b.Text
		sty.YAlign = draw.YCenter
		pt := vg.Point{X: x1 + labelInset, Y: (y0 + y1) / 2}
		sty.XAlign = draw.XLeft
		if pt.X+sty.Width(label) > c.Max.X && x1-x0 > sty.Width(label)+2*labelInset {
			sty.XAlign = draw.XRight
			sty.Color = b.Inside
			pt.X = x1 - labelInset
		}
		c.FillText(sty, pt, label)
	}
}

// Thumbnail implements plot.Thumbnailer: a filled square.
func (b *hbars) Thumbnail(c *draw.Canvas) {
	c.SetColor(b.Color)
	c.Fill(c.Rectangle.Path())
}
