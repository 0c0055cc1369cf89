package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"buildvsbuy/assets"
)

// TestHugeValueFitsAndEditsAgain types 1e24 queries a month: every cell
// that shows it, in the grid and in the month table, keeps its text inside
// the cell, and F2 and typing still open the editor on the cell.
func TestHugeValueFitsAndEditsAgain(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	cell := Cell{Row: rowOf(t, w.ctl, "queries_per_month"), Col: 1}
	w.ctl.Select(cell)
	typeText(t, w, "1e24")
	press(t, w, fyne.KeyReturn)
	if got := w.ctl.Scenario(0).QueriesPerMonth; got != 1e24 {
		t.Fatalf("queries = %v after typing 1e24", got)
	}
	settle(t, w)
	walk(w.win.Content(), func(o fyne.CanvasObject) {
		v, ok := o.(*cellView)
		if !ok || !v.Visible() || !v.value.Visible() || v.value.Text == "" {
			return
		}
		width := fyne.MeasureText(v.value.Text, v.value.TextSize, v.value.TextStyle).Width
		if room := v.Size().Width - 2*theme.InnerPadding(); width > room+0.5 {
			t.Errorf("grid cell %v shows %q, %.0f wide in %.0f", v.id, v.value.Text, width, room)
		}
	})
	walk(w.detail.projection.table, func(o fyne.CanvasObject) {
		c, ok := o.(*fyne.Container)
		if !ok || len(c.Objects) != 2 {
			return
		}
		pad, ok := c.Objects[1].(*fyne.Container)
		if !ok || len(pad.Objects) != 1 {
			return
		}
		txt, ok := pad.Objects[0].(*canvas.Text)
		if !ok || txt.Text == "" {
			return
		}
		width := fyne.MeasureText(txt.Text, txt.TextSize, txt.TextStyle).Width
		if room := c.Size().Width - 2*theme.Padding(); width > room+0.5 {
			t.Errorf("month table shows %q, %.0f wide in %.0f", txt.Text, width, room)
		}
	})

	w.ctl.Select(cell)
	press(t, w, fyne.KeyF2)
	if got := editorText(t, w); got != "1,000,000,000,000,000,000,000,000" {
		t.Errorf("F2 opens %q", got)
	}
	press(t, w, fyne.KeyEscape)
	typeText(t, w, "5")
	if got := editorText(t, w); got != "5" {
		t.Errorf("typing opens %q", got)
	}
	press(t, w, fyne.KeyEscape)
}

func TestCompactNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"999,999,999,999,999,983,222,784", "1e+24"},
		{"$9,600,000,000,000,000,000,000", "$9.6e+21"},
		{"-$38,400,000,000,000,000,000,000", "-$3.84e+22"},
		{"150,000,000,000,000,000,000%", "1.5e+20%"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got, ok := compactNumber(tt.in); !ok || got != tt.want {
				t.Errorf("compactNumber(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
	if _, ok := compactNumber("not in 12 mo"); ok {
		t.Errorf("compactNumber takes words for a number")
	}
}
