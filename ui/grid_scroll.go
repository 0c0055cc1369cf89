package ui

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// scrollTo brings cell into view. Fyne 2.7's Table draws its scrolling
// cells shifted by the difference between the sticky row's (or column's)
// size and the others' once it is scrolled past the sticky one, and its
// ScrollTo does not allow for that (a cell near the bottom or right edge
// stays hidden, and the first column after the sticky one never scrolls
// back). So the grid works out the offset itself from its row and column
// sizes, allowing for the shift; the blank row and column of slack (see
// size) let the scroller reach the last row and column.
func (g *Grid) scrollTo(cell Cell) {
	size := g.Size()
	off, ok := g.scrollOffset()
	if size.IsZero() || !ok {
		return
	}
	pad := g.Theme().Size(theme.SizeNamePadding)
	want := off
	if cell.Col > 0 {
		a := axis{sticky: labelColumnWidth + pad, step: valueColumnWidth + pad}
		want.X = a.raw(fitSpan(a.effective(off.X), a.start(cell.Col), valueColumnWidth, a.sticky, size.Width))
	}
	switch rows := g.ctl.Rows(); {
	case cell.Row == 0:
		want.Y = 0
	case cell.Row < len(rows):
		// A row just under a heading brings the heading along.
		first, length := cell.Row, float32(rowHeight)
		if rows[first-1].Kind == SectionRow {
			first, length = first-1, length+rowHeight+pad
		}
		a := axis{sticky: headerRowHeight + pad, step: rowHeight + pad}
		want.Y = a.raw(fitSpan(a.effective(off.Y), a.start(first), length, a.sticky, size.Height))
	}
	if want != off {
		g.ScrollToOffset(want)
	}
}

// Resize implements fyne.CanvasObject: when the grid grows, it scrolls back
// as far as the room allows, so that no scenario hides at the left (or top)
// beside empty space.
func (g *Grid) Resize(size fyne.Size) {
	g.Table.Resize(size)
	off, ok := g.scrollOffset()
	if !ok || size.IsZero() {
		return
	}
	pad := g.Theme().Size(theme.SizeNamePadding)
	rows, cols := g.ctl.Size()
	ax := axis{sticky: labelColumnWidth + pad, step: valueColumnWidth + pad}
	ay := axis{sticky: headerRowHeight + pad, step: rowHeight + pad}
	want := off
	if e, most := ax.effective(off.X), ax.start(cols)-pad-size.Width; e > max(most, 0) {
		want.X = ax.raw(max(most, 0))
	}
	if e, most := ay.effective(off.Y), ay.start(rows)-pad-size.Height; e > max(most, 0) {
		want.Y = ay.raw(max(most, 0))
	}
	if want != off {
		g.ScrollToOffset(want)
	}
}

// axis is the grid's geometry along one direction: the sticky row's (or
// column's) extent with its separator, and every other one's.
type axis struct{ sticky, step float32 }

// start returns where row (or column) i starts, in the full table.
func (a axis) start(i int) float32 { return a.sticky + float32(i-1)*a.step }

// effective returns how far the content really is scrolled at the table's
// offset off: past the sticky extent, the table draws its cells shifted by
// the difference between the sticky extent and the others'.
func (a axis) effective(off float32) float32 {
	if off >= a.sticky {
		return off - (a.sticky - a.step)
	}
	return off
}

// raw returns the table offset at which the content is scrolled by e: the
// inverse of effective.
func (a axis) raw(e float32) float32 {
	if e < a.step {
		return e
	}
	return e + a.sticky - a.step
}

// fitSpan returns the scroll offset nearest to off that shows the span
// [start, start+length) of the full table between its sticky part, which
// covers the first sticky pixels of the view, and the view's end.
func fitSpan(off, start, length, sticky, view float32) float32 {
	switch {
	case start-off < sticky:
		return max(start-sticky, 0)
	case start+length-off > view:
		return start + length - view
	}
	return off
}

// scrollOffset returns how far the table is scrolled. The table keeps it in
// an unexported field, read here with reflect; ok is false if a later Fyne
// renames it.
func (g *Grid) scrollOffset() (off fyne.Position, ok bool) {
	f := reflect.ValueOf(&g.Table).Elem().FieldByName("offset")
	if !f.IsValid() || f.Kind() != reflect.Struct || f.NumField() != 2 || f.Field(0).Kind() != reflect.Float32 {
		return off, false
	}
	return fyne.NewPos(float32(f.Field(0).Float()), float32(f.Field(1).Float())), true
}
