package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// cellEntry is the text field that appears in a grid cell being edited. It
// keeps Enter, Tab, Escape and the up and down arrows for the grid: they
// commit (and move) or cancel the edit.
type cellEntry struct {
	widget.Entry
	grid  *Grid
	shift bool
}

func newCellEntry(g *Grid) *cellEntry {
	e := &cellEntry{grid: g}
	e.ExtendBaseWidget(e)
	e.OnChanged = g.onEditTextChanged
	return e
}

// AcceptsTab implements fyne.Tabbable: Tab commits and moves right rather
// than leaving the grid.
func (e *cellEntry) AcceptsTab() bool { return true }

// TypedKey implements fyne.Focusable.
func (e *cellEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.shift {
			e.grid.commitEdit(-1, 0)
		} else {
			e.grid.commitEdit(1, 0)
		}
	case fyne.KeyTab:
		if e.shift {
			e.grid.commitEdit(0, -1)
		} else {
			e.grid.commitEdit(0, 1)
		}
	case fyne.KeyDown:
		e.grid.commitEdit(1, 0)
	case fyne.KeyUp:
		e.grid.commitEdit(-1, 0)
	case fyne.KeyEscape:
		e.grid.cancelEdit()
	default:
		e.Entry.TypedKey(k)
	}
}

// KeyDown implements desktop.Keyable, tracking Shift for Shift+Tab and
// Shift+Enter.
func (e *cellEntry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp implements desktop.Keyable.
func (e *cellEntry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// FocusLost implements fyne.Focusable: clicking elsewhere commits what was
// typed, so that it is never lost.
func (e *cellEntry) FocusLost() {
	e.shift = false
	e.Entry.FocusLost()
	if e.Visible() {
		e.grid.commitEdit(0, 0)
	}
}
