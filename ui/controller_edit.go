package ui

import (
	"errors"
	"fmt"
	"strings"

	"buildvsbuy/model"
)

// CellError is a value the grid refused: which scenario and field, what was
// typed, why, and the value the cell keeps.
type CellError struct {
	Scenario string      // the scenario's name
	Field    model.Field // the field typed into
	Text     string      // what was typed
	Kept     string      // the value the cell keeps, as displayed
	Err      error
}

// Error implements error: scenario (or policy), field, why, and the value kept.
func (e *CellError) Error() string {
	if e.Kept == "" {
		return fmt.Sprintf("%s · %s: %v", e.Scenario, e.Field.Label, e.Err)
	}
	// What was kept comes first: a long reason may be cut at the end.
	return fmt.Sprintf("%s · %s kept %s: %v", e.Scenario, e.Field.Label, e.Kept, e.Err)
}

// Unwrap returns the field's own error.
func (e *CellError) Unwrap() error { return e.Err }

// Selection returns the selected cell.
func (c *Controller) Selection() Cell { return c.sel }

// SelectedScenario returns the index of the selected scenario, or -1.
func (c *Controller) SelectedScenario() int {
	if i := c.sel.Scenario(); i >= 0 && i < len(c.doc.Scenarios) {
		return i
	}
	return -1
}

// Selectable reports whether cell can hold the selection: any scenario's
// cell except on a section heading.
func (c *Controller) Selectable(cell Cell) bool {
	return cell.Row >= 0 && cell.Row < len(c.rows) && c.rows[cell.Row].Kind != SectionRow &&
		cell.Col >= 1 && cell.Col <= len(c.doc.Scenarios)
}

// Editable reports whether cell holds a value the user can type: a name or
// an input, not a computed figure.
func (c *Controller) Editable(cell Cell) bool {
	if !c.Selectable(cell) {
		return false
	}
	k := c.rows[cell.Row].Kind
	return k == HeaderRow || k == InputRow
}

// field returns the field a header or input cell holds.
func (c *Controller) field(cell Cell) model.Field { return model.Fields[c.rows[cell.Row].Field] }

// Select moves the selection to cell, committing an edit in progress first;
// a selected block shrinks to that one cell. A cell of the label column
// selects the row's first scenario; a section heading is skipped. It reports
// whether the selection is now cell's.
func (c *Controller) Select(cell Cell) bool {
	if cell.Col == 0 {
		cell.Col = 1
	}
	if !c.Selectable(cell) {
		return false
	}
	if c.edit != nil && c.edit.Cell != cell {
		c.Commit(0, 0)
	}
	if c.sel == cell && c.anchor == cell {
		return true
	}
	c.sel, c.anchor = cell, cell
	ch := ChangeSelection
	if m, ok := c.Mark(cell); ok && m.Faded {
		// The outline is gone; the status line still says what was typed.
		c.status = Status{Text: fmt.Sprintf("Refused here earlier: %q. %v · Enter or F2 edits it again", m.Text, m.Err), Error: true}
		ch |= ChangeStatus
	}
	c.notify(ch)
	return true
}

// Move moves the selection by rows and columns, stepping over section
// headings and stopping at the edges.
func (c *Controller) Move(dRow, dCol int) {
	if len(c.doc.Scenarios) == 0 {
		return
	}
	c.Select(c.step(c.sel, dRow, dCol))
}

// step returns the cell dRow rows and dCol columns from cell, stepping over
// section headings and stopping at the edges.
func (c *Controller) step(cell Cell, dRow, dCol int) Cell {
	next := cell
	next.Col = min(max(next.Col+dCol, 1), len(c.doc.Scenarios))
	for step := dRow; step != 0; {
		dir := 1
		if step < 0 {
			dir = -1
		}
		r := next.Row + dir
		for r >= 0 && r < len(c.rows) && c.rows[r].Kind == SectionRow {
			r += dir
		}
		if r < 0 || r >= len(c.rows) {
			break
		}
		next.Row = r
		step -= dir
	}
	return next
}

// Editing returns the edit in progress, if any.
func (c *Controller) Editing() (Edit, bool) {
	if c.edit == nil {
		return Edit{}, false
	}
	return *c.edit, true
}

// BeginEdit starts editing the selected cell. With typed true the edit
// starts from text (the key the user pressed replaces the value); otherwise
// from the cell's value, or from the text it last rejected. It reports
// whether an edit began: computed cells say so in the status line instead.
func (c *Controller) BeginEdit(text string, typed bool) bool {
	cell := c.sel
	if !c.Editable(cell) {
		if c.Selectable(cell) {
			c.SetStatus(c.rows[cell.Row].Label+" is computed from the inputs above; change those instead.", false)
		}
		return false
	}
	if !typed {
		if m, ok := c.Mark(cell); ok {
			text = m.Text
		} else {
			text = editValue(c.field(cell), &c.doc.Scenarios[cell.Scenario()])
		}
	}
	c.edit = &Edit{Cell: cell, Text: text, Typed: typed}
	c.notify(ChangeEdit)
	return true
}

// SetEditText records what the user has typed so far in the edit.
func (c *Controller) SetEditText(text string) {
	if c.edit != nil && c.edit.Text != text {
		c.edit.Text = text
		c.notify(ChangeText)
	}
}

// Commit ends the edit in progress by setting its text into its cell (see
// SetCell). If the value is accepted the selection then moves by dRow and
// dCol (Enter moves down, Tab right); if not, it stays, the cell keeps its
// value and is marked, and the error is returned.
func (c *Controller) Commit(dRow, dCol int) error {
	if c.edit == nil {
		return nil
	}
	e := *c.edit
	c.edit = nil
	err := c.SetCell(e.Cell, e.Text)
	c.notify(ChangeEdit)
	if err == nil && (dRow != 0 || dCol != 0) {
		c.Move(dRow, dCol)
	}
	return err
}

// Cancel ends the edit in progress and leaves the cell as it was. A value
// the cell had rejected is forgotten: the user chose to keep the old one.
func (c *Controller) Cancel() {
	if c.edit == nil {
		return
	}
	if k, ok := c.markKey(c.edit.Cell); ok {
		delete(c.marks, k)
	}
	c.edit = nil
	c.notify(ChangeEdit)
}

// Toggle flips the yes/no input in the selected cell. It does nothing on
// other cells and reports whether it toggled.
func (c *Controller) Toggle() bool {
	cell := c.sel
	if !c.Editable(cell) || c.field(cell).Kind != model.Bool {
		return false
	}
	if c.edit != nil {
		c.Commit(0, 0)
	}
	f := c.field(cell)
	text := "yes"
	if f.Bool(&c.doc.Scenarios[cell.Scenario()]) {
		text = "no"
	}
	return c.SetCell(cell, text) == nil
}

// SetCell sets a name or an input from text as a user typed it ("1,234",
// "$3", "12%", "2M", "yes"). The text is checked against the field's valid
// range; an accepted value re-evaluates every scenario. A refused one leaves
// the document as it was, marks the cell with the text and the reason, shows
// the reason in the status line and is returned as a *CellError.
func (c *Controller) SetCell(cell Cell, text string) error {
	if !c.Editable(cell) {
		return errors.New("this cell is computed and cannot be set")
	}
	i := cell.Scenario()
	f := c.field(cell)
	cur := c.doc.Scenarios[i]
	next := cur
	err := setField(&next, f, text)
	if err == nil && f.Kind == model.Text {
		err = c.checkName(text, i)
	}
	if err == nil {
		err = model.ValidateScenario(&next)
	}
	k, _ := c.markKey(cell)
	if err != nil {
		ce := &CellError{Scenario: cur.Name, Field: f, Text: text, Kept: displayValue(f, &cur), Err: withRange(f, err)}
		c.marks[k] = Mark{Text: text, Err: ce}
		c.status = Status{Text: ce.Error(), Error: true}
		c.notify(ChangeStatus | ChangeEdit)
		return ce
	}
	_, hadMark := c.marks[k]
	delete(c.marks, k)
	if next == cur {
		if hadMark {
			c.status = Status{}
			c.notify(ChangeStatus | ChangeEdit)
		}
		return nil
	}
	label := "edit of " + f.Label
	if f.Kind == model.Text {
		label = "rename scenario"
	}
	c.remember(label)
	c.doc.Scenarios[i] = next
	c.recompute()
	c.status = Status{Text: fmt.Sprintf("%s · %s set to %s", next.Name, f.Label, displayValue(f, &next))}
	ch := ChangeValues | ChangeFile | ChangeStatus
	if f.Kind == model.Text {
		ch |= ChangeColumns
	}
	c.notify(ch)
	return nil
}

// setField parses text for field f and sets it in s.
func setField(s *model.Scenario, f model.Field, text string) error {
	switch f.Kind {
	case model.Text:
		if strings.TrimSpace(text) == "" {
			return errors.New("name must not be empty")
		}
		s.Name = text
		return nil
	case model.Bool:
		b, err := model.ParseBool(text)
		if err != nil {
			return fmt.Errorf("%s: %w", f.Key, err)
		}
		f.SetBool(s, b)
		return nil
	}
	v, err := f.ParseValue(text)
	if err != nil {
		return err
	}
	return f.SetNumber(s, v)
}

// withRange tells a numeric field's error in the words of the grid, with
// the field's allowed range (see explain).
func withRange(f model.Field, err error) error {
	if f.Kind != model.Number && f.Kind != model.Integer {
		return err
	}
	return explain(fieldRule(f), err)
}

// checkName refuses a name another scenario has.
func (c *Controller) checkName(name string, self int) error {
	for j, s := range c.doc.Scenarios {
		if j != self && s.Name == name {
			return fmt.Errorf("name must be unique: scenario %d is already called %q", j+1, name)
		}
	}
	return nil
}

// CellText returns the text a cell shows.
func (c *Controller) CellText(cell Cell) string {
	if cell.Row < 0 || cell.Row >= len(c.rows) {
		return ""
	}
	r := c.rows[cell.Row]
	i := cell.Scenario()
	if i < 0 {
		return r.Label
	}
	if i >= len(c.doc.Scenarios) {
		return ""
	}
	switch r.Kind {
	case HeaderRow, InputRow:
		return displayValue(model.Fields[r.Field], &c.doc.Scenarios[i])
	case ResultRow:
		return resultValue(r.Measure, &c.results[i])
	}
	return ""
}
