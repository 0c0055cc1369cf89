package ui

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// doubleClick is the longest pause between two clicks on a cell that still
// counts as a double click, which edits the cell.
const doubleClick = 500 * time.Millisecond

// Grid is the scenario grid: a widget.Table with one column per scenario and
// one row per input, extended to work like a spreadsheet. Arrow keys, Tab
// and Enter move the selection; typing replaces a value, Enter or F2 edits
// it in place, Space or a click toggles a yes/no input. It renders the
// Controller and forwards every action to it.
type Grid struct {
	widget.Table
	ctl *Controller

	editor  *cellEntry // the field of the cell being edited, or nil
	lastTap Cell
	tapTime time.Time
	shift   bool
	sized   int // the columns up to this one have their width

	// OnPasteRefused, if set, is told about a pasted block that was
	// refused, to list its bad values.
	OnPasteRefused func(*PasteError)
}

// NewGrid returns the grid of ctl's document.
func NewGrid(ctl *Controller) *Grid {
	g := &Grid{ctl: ctl}
	g.Length = g.size
	g.CreateCell = func() fyne.CanvasObject {
		v := newCellView(newCellEntry(g))
		v.grid = g
		return v
	}
	g.UpdateCell = g.updateCell
	g.StickyRowCount = 1
	g.StickyColumnCount = 1
	g.ExtendBaseWidget(g)
	for r := 1; r <= len(ctl.Rows()); r++ {
		g.SetRowHeight(r, rowHeight)
	}
	g.sizeColumns()
	ctl.OnChange(g.onChange)
	return g
}

// size is the table's size: the controller's grid and a blank row and
// column of slack, which lets the last row and column scroll fully into view.
func (g *Grid) size() (rows, cols int) {
	rows, cols = g.ctl.Size()
	return rows + 1, cols + 1
}

// sizeColumns gives every scenario column its width. The cell template has
// the size of the sticky label column and header row, and every other row
// and column is set explicitly: Fyne 2.7's table lays its scrolling cells out
// from the template's size, which must therefore match the sticky ones.
func (g *Grid) sizeColumns() {
	_, cols := g.ctl.Size()
	for c := g.sized + 1; c <= cols; c++ {
		g.SetColumnWidth(c, valueColumnWidth)
	}
	g.sized = max(g.sized, cols)
}

// spec says what cell shows, from the controller's state.
func (g *Grid) spec(cell Cell) cellSpec {
	c := g.ctl
	rows := c.Rows()
	if cell.Row < 0 || cell.Row >= len(rows) || cell.Col > c.ScenarioCount() {
		return cellSpec{kind: blankCell}
	}
	r := rows[cell.Row]
	if cell.Col == 0 {
		units := r.Units
		if units == "$ horizon" {
			units = fmt.Sprintf("$ over %d mo", c.Policy().HorizonMonths)
		}
		return cellSpec{kind: labelCell, text: r.Label, units: units, heading: r.Kind == HeaderRow || r.Kind == SectionRow}
	}
	i := cell.Scenario()
	edit, editing := c.Editing()
	m, marked := c.Mark(cell)
	marked = marked && !m.Faded
	s := cellSpec{text: c.CellText(cell), marked: marked, selected: c.Selection() == cell,
		inBlock: !c.Selected().Single() && c.InSelection(cell), editing: editing && edit.Cell == cell}
	switch r.Kind {
	case SectionRow:
		s.kind, s.text = sectionCell, ""
	case HeaderRow:
		s.kind = headerCell
	case InputRow:
		s.kind = valueCell
		if f := model.Fields[r.Field]; f.Kind == model.Bool {
			sc := c.Scenario(i)
			s.kind, s.checked = boolCell, f.Bool(&sc)
		}
	case ResultRow:
		s.kind = resultCell
		if r.Measure == MeasureVerdict {
			s.kind, s.verdict = verdictCell, c.Result(i).Verdict
		}
	}
	return s
}

// updateCell draws a reused cell template for the cell id. It sets every
// property and never resizes rows or columns.
func (g *Grid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	v := o.(*cellView)
	v.id = id
	s := g.spec(Cell{Row: id.Row, Col: id.Col})
	v.set(s)
	switch {
	case s.editing && g.editor != v.entry:
		g.editor = v.entry
		edit, _ := g.ctl.Editing()
		v.entry.SetText(edit.Text)
		v.entry.CursorRow, v.entry.CursorColumn = 0, len([]rune(edit.Text))
		v.entry.Show()
		v.entry.Refresh()
	case s.editing:
		v.entry.Show()
	case g.editor == v.entry:
		g.editor = nil
	}
}

// onChange refreshes the grid after the controller changed.
func (g *Grid) onChange(ch Change) {
	if ch&ChangeColumns != 0 {
		g.sizeColumns()
	}
	if ch&(ChangeValues|ChangeColumns|ChangeStatus|ChangeEdit|ChangeSelection) != 0 {
		g.Refresh()
	}
	if ch&ChangeSelection != 0 {
		g.syncSelection()
	}
	if ch&ChangeEdit != 0 {
		g.focusEditor()
	}
}

// syncSelection brings the controller's selected cell into view; the
// cells draw the selection themselves.
func (g *Grid) syncSelection() { g.scrollTo(g.ctl.Selection()) }

// focusEditor gives the keyboard to the cell being edited, or back to the
// grid when the edit is over.
func (g *Grid) focusEditor() {
	cv := fyne.CurrentApp().Driver().CanvasForObject(g)
	if cv == nil {
		return
	}
	if edit, ok := g.ctl.Editing(); ok {
		if g.editor == nil {
			g.scrollTo(edit.Cell)
			g.Refresh()
		}
		if g.editor != nil {
			cv.Focus(g.editor)
		}
		return
	}
	if f := cv.Focused(); f == nil {
		cv.Focus(g)
	} else if _, ok := f.(*cellEntry); ok {
		cv.Focus(g)
	}
}

// Tapped implements fyne.Tappable. Clicks on cells reach the cells (see
// cellView.Tapped); one here fell between cells or past the last one, and
// only gives the grid the keyboard.
func (g *Grid) Tapped(*fyne.PointEvent) {
	g.focusGrid()
	g.syncSelection()
}

// tapCell handles a click on cell: it selects the cell (Shift+click
// extends the block), toggles a yes/no input, and a second click on the
// same cell edits it.
func (g *Grid) tapCell(cell Cell) {
	g.focusGrid()
	if g.shiftHeld() {
		g.ctl.Extend(cell)
	} else if !g.ctl.Select(cell) {
		g.syncSelection()
		return
	}
	sel := g.ctl.Selection()
	now := time.Now()
	switch {
	case !g.ctl.Selected().Single():
		// a Shift+click extended the block: nothing to toggle or edit
	case g.ctl.Toggle():
	case sel == g.lastTap && now.Sub(g.tapTime) < doubleClick:
		g.ctl.BeginEdit("", false)
		now = time.Time{}
	}
	g.lastTap, g.tapTime = sel, now
	g.syncSelection()
}

// focusGrid gives the keyboard to the grid, unless a cell is being edited.
func (g *Grid) focusGrid() {
	if _, editing := g.ctl.Editing(); editing {
		return
	}
	if cv := fyne.CurrentApp().Driver().CanvasForObject(g); cv != nil && cv.Focused() != fyne.Focusable(g) {
		cv.Focus(g)
	}
}

// AcceptsTab implements fyne.Tabbable: Tab moves to the next scenario.
func (g *Grid) AcceptsTab() bool { return true }

// TypedKey implements fyne.Focusable: the keys of a spreadsheet.
func (g *Grid) TypedKey(k *fyne.KeyEvent) {
	c := g.ctl
	if _, editing := c.Editing(); editing {
		g.forwardToEditor(k.Name, 0)
		return
	}
	move := c.Move
	if g.shiftHeld() {
		move = c.ExtendBy // Shift+arrows extend the selected block
	}
	switch k.Name {
	case fyne.KeyUp:
		move(-1, 0)
	case fyne.KeyDown:
		move(1, 0)
	case fyne.KeyLeft:
		move(0, -1)
	case fyne.KeyRight:
		move(0, 1)
	case fyne.KeyTab:
		if g.shift {
			c.Move(0, -1)
		} else {
			c.Move(0, 1)
		}
	case fyne.KeyHome:
		c.Move(0, -c.ScenarioCount())
	case fyne.KeyEnd:
		c.Move(0, c.ScenarioCount())
	case fyne.KeyPageUp:
		move(-10, 0)
	case fyne.KeyPageDown:
		move(10, 0)
	case fyne.KeyReturn, fyne.KeyEnter:
		if !c.Editable(c.Selection()) {
			c.Move(1, 0)
			return
		}
		g.edit()
	case fyne.KeyF2:
		g.edit()
	case fyne.KeySpace:
		c.Toggle()
	case fyne.KeyDelete, fyne.KeyBackspace:
		if c.Editable(c.Selection()) {
			c.BeginEdit("", true)
		}
	}
}

// forwardToEditor hands a key or rune that reached the grid during an edit
// to the cell's editor, so that nothing typed is lost.
func (g *Grid) forwardToEditor(key fyne.KeyName, r rune) {
	e := g.editor
	if e == nil {
		switch key {
		case fyne.KeyEscape:
			g.cancelEdit()
		case fyne.KeyReturn, fyne.KeyEnter:
			g.commitEdit(1, 0)
		case fyne.KeyTab:
			g.commitEdit(0, 1)
		}
		return
	}
	if cv := fyne.CurrentApp().Driver().CanvasForObject(g); cv != nil {
		cv.Focus(e)
	}
	if key != "" {
		e.TypedKey(&fyne.KeyEvent{Name: key})
	} else {
		e.TypedRune(r)
	}
}

// edit opens the selected cell for editing in place; a yes/no input
// toggles instead.
func (g *Grid) edit() {
	if !g.ctl.Toggle() {
		g.ctl.BeginEdit("", false)
	}
}

// TypedRune implements fyne.Focusable: typing over a cell starts an edit
// that replaces its value.
func (g *Grid) TypedRune(r rune) {
	if _, editing := g.ctl.Editing(); editing {
		g.forwardToEditor("", r)
		return
	}
	if r == ' ' {
		return // Space is a key: it toggles
	}
	if g.ctl.Editable(g.ctl.Selection()) {
		g.ctl.BeginEdit(string(r), true)
	}
}

// TypedShortcut implements fyne.Shortcutable: copy and paste cells, select
// all, and undo and redo (Ctrl+Z; Ctrl+Y or Ctrl+Shift+Z), which the driver
// delivers to the focused widget rather than to the menu.
func (g *Grid) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		g.onCopy()
	case *fyne.ShortcutPaste:
		g.onPaste()
	case *fyne.ShortcutSelectAll:
		g.ctl.SelectAll()
	case *fyne.ShortcutUndo:
		g.ctl.Undo()
	case *fyne.ShortcutRedo:
		g.ctl.Redo()
	case *desktop.CustomShortcut:
		ctrl := sc.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0
		switch {
		case ctrl && sc.Modifier&fyne.KeyModifierShift != 0 && sc.KeyName == fyne.KeyZ:
			g.ctl.Redo()
		case ctrl && sc.KeyName == fyne.KeySpace:
			g.ctl.SelectColumn()
		}
	}
}

// onCopy puts the selected block on the clipboard.
func (g *Grid) onCopy() {
	fyne.CurrentApp().Clipboard().SetContent(g.ctl.CopyText())
	b := g.ctl.Selected()
	n := len(g.ctl.blockRows(b)) * (b.Right - b.Left + 1)
	if n > 1 {
		g.ctl.SetStatus(fmt.Sprintf("Copied %d cells: paste them into Excel, Google Sheets or back into the grid.", n), false)
	}
}

// onPaste pastes the clipboard's text into the grid. A refused block is
// explained by OnPasteRefused, if set, as well as in the status line.
func (g *Grid) onPaste() {
	err := g.ctl.Paste(fyne.CurrentApp().Clipboard().Content())
	var pe *PasteError
	if errors.As(err, &pe) && g.OnPasteRefused != nil {
		g.OnPasteRefused(pe)
	}
}

// shiftHeld reports whether a Shift key is down.
func (g *Grid) shiftHeld() bool {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0 {
		return true
	}
	return g.shift
}

// KeyDown implements desktop.Keyable, tracking Shift for Shift+Tab.
func (g *Grid) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		g.shift = true
	}
}

// KeyUp implements desktop.Keyable.
func (g *Grid) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		g.shift = false
	}
}

// onEditTextChanged records each keystroke of an edit in the controller.
func (g *Grid) onEditTextChanged(text string) { g.ctl.SetEditText(text) }

// commitEdit commits the edit in progress and moves the selection.
func (g *Grid) commitEdit(dRow, dCol int) {
	if _, ok := g.ctl.Editing(); ok {
		g.ctl.Commit(dRow, dCol)
	}
}

// cancelEdit abandons the edit in progress.
func (g *Grid) cancelEdit() { g.ctl.Cancel() }
