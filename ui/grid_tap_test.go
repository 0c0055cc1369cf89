package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestClickAfterScrollingSelectsClickedCell scrolls the grid with the wheel
// and clicks the middle and the lower part of drawn cells: the click must
// select the very cell drawn under the pointer, whatever the scroll offset.
func TestClickAfterScrollingSelectsClickedCell(t *testing.T) {
	w := newTestWindow(t, manyScenarios(12))
	g := w.grid
	views := map[*cellView]widget.TableCellID{}
	update := g.UpdateCell
	g.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		views[o.(*cellView)] = id
		update(id, o)
	}
	d := fyne.CurrentApp().Driver()
	origin := d.AbsolutePositionForObject(g)
	mid := origin.Add(fyne.NewPos(g.Size().Width/2, g.Size().Height/2))
	for _, step := range []fyne.Position{{Y: -5 * 30}, {X: -3 * 40}, {Y: -800}, {X: -900}} {
		test.Scroll(w.win.Canvas(), mid, step.X, step.Y)
		g.Refresh()
		checked := 0
		for v, id := range views {
			if !v.Visible() || id.Row < 1 || id.Col < 1 || id.Row >= len(w.ctl.Rows()) || id.Col > w.ctl.ScenarioCount() {
				continue
			}
			if w.ctl.Rows()[id.Row].Kind != InputRow && w.ctl.Rows()[id.Row].Kind != ResultRow {
				continue
			}
			p := d.AbsolutePositionForObject(v)
			rel := p.Subtract(origin)
			if rel.X < labelColumnWidth || rel.Y < headerRowHeight || rel.X+v.Size().Width > g.Size().Width || rel.Y+v.Size().Height > g.Size().Height {
				continue // partly hidden under the sticky row or column, or the edge
			}
			frac := []float32{0.5, 0.85}[checked%2]
			g.lastTap = Cell{} // not a double click
			before := w.ctl.Scenario(id.Col - 1)
			test.TapCanvas(w.win.Canvas(), p.Add(fyne.NewPos(v.Size().Width/2, v.Size().Height*frac)))
			if got := w.ctl.Selection(); got != (Cell{Row: id.Row, Col: id.Col}) {
				t.Fatalf("after scrolling by %v, a click at %.0f%% of the height of the cell drawn for %v selected %v", step, frac*100, id, got)
			}
			if w.ctl.Scenario(id.Col-1) != before {
				w.ctl.Undo() // the click toggled a yes/no input
			}
			checked++
			if checked > 12 {
				break
			}
		}
		if checked == 0 {
			t.Fatalf("after scrolling by %v, no cell was checked", step)
		}
	}
}
