package ui

import (
	"strings"
	"testing"
)

// TestRejectedMarkFadesOnNextChange: a refused value is outlined until the
// document next changes; then the outline goes but the text stays: the
// status line gives it on selecting the cell and editing starts from it.
func TestRejectedMarkFadesOnNextChange(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Controller, other Cell)
	}{
		{"edit elsewhere", func(c *Controller, other Cell) { c.SetCell(other, "20") }},
		{"undo", func(c *Controller, other Cell) { c.SetCell(other, "20"); c.Undo() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newSeedController(t)
			price := Cell{Row: rowOf(t, c, "api_input_price"), Col: 1}
			other := Cell{Row: rowOf(t, c, "engineers"), Col: 2}
			c.Select(price)
			c.BeginEdit("abc", true)
			if c.Commit(1, 0) == nil {
				t.Fatal("abc accepted as a price")
			}
			if m, ok := c.Mark(price); !ok || m.Faded {
				t.Fatalf("the refused cell is not outlined: %+v, %v", m, ok)
			}
			c.SetCell(price, "zzz") // refused again: still outlined
			if m, _ := c.Mark(price); m.Faded || m.Text != "zzz" {
				t.Fatalf("after a second refusal the mark is %+v", m)
			}
			tt.change(c, other)
			m, ok := c.Mark(price)
			if !ok || !m.Faded || m.Text != "zzz" {
				t.Fatalf("after the document changed the mark is %+v, %v; want it faded with its text", m, ok)
			}
			c.Select(other)
			c.Select(price)
			if st := c.Status(); !strings.Contains(st.Text, `"zzz"`) {
				t.Errorf("selecting the cell says %q, not what was typed", st.Text)
			}
			c.BeginEdit("", false)
			if e, _ := c.Editing(); e.Text != "zzz" {
				t.Errorf("editing starts from %q, want the refused zzz", e.Text)
			}
			c.Cancel()
			if _, ok := c.Mark(price); ok {
				t.Errorf("the mark stays after the user chose to keep the old value")
			}
		})
	}
}
