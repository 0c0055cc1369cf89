package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/assets"
)

// TestNarrowWindowWrapsToolbar: at 900 and 1100 px wide no toolbar item
// overlaps another or leaves the window, and the grid starts below them.
func TestNarrowWindowWrapsToolbar(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	bar := w.win.Content().(*fyne.Container).Objects[0].(*fyne.Container)
	for _, width := range []float32{1280, 1100, 900} {
		w.win.Resize(fyne.NewSize(width, 600))
		size := w.win.Canvas().Size()
		var boxes [][2]fyne.Position
		for _, o := range bar.Objects {
			if _, sep := o.(*widget.Separator); sep || !o.Visible() {
				continue
			}
			a := o.Position().Add(bar.Position())
			b := a.Add(fyne.NewPos(o.Size().Width, o.Size().Height))
			if b.X > size.Width+0.5 || o.Size().Width < o.MinSize().Width-0.5 {
				t.Errorf("at %v wide a toolbar item spans %v–%v (min %v)", width, a, b, o.MinSize())
			}
			for _, p := range boxes {
				if a.X < p[1].X && p[0].X < b.X && a.Y < p[1].Y && p[0].Y < b.Y {
					t.Errorf("at %v wide toolbar items overlap: %v–%v and %v–%v", width, p[0], p[1], a, b)
				}
			}
			boxes = append(boxes, [2]fyne.Position{a, b})
			if top := w.split.Position().Y; b.Y > top+0.5 {
				t.Errorf("at %v wide a toolbar item ends at %v, below the grid's top %v", width, b.Y, top)
			}
		}
	}
}
