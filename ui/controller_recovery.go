package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"buildvsbuy/model"
)

// recoverySnapshot copies what the recovery file holds.
func (c *Controller) recoverySnapshot() recoverySnapshot {
	s := recoverySnapshot{doc: c.doc.Clone(), path: c.path, dirty: c.Dirty()}
	for k, m := range c.marks {
		if i := c.indexOfID(k.id); i >= 0 {
			s.pending = append(s.pending, PendingText{Scenario: i, Key: model.Fields[k.field].Key, Text: m.Text})
		}
	}
	if e := c.edit; e != nil && c.Editable(e.Cell) {
		s.pending = append(s.pending, PendingText{Scenario: e.Cell.Scenario(), Key: c.field(e.Cell).Key, Text: e.Text, Editing: true})
	}
	return s
}

func (c *Controller) indexOfID(id int) int {
	for i, x := range c.ids {
		if x == id {
			return i
		}
	}
	return -1
}

// Restore shows the work a recovery file holds: its document, marked
// unsaved if it was, belonging to its file; values that were refused are
// marked again with their text, and the edit that was in progress is open
// again with what had been typed. Nothing changes if the document cannot be
// read; the error says why.
func (c *Controller) Restore(st RecoveryState) error {
	doc, err := model.Parse(st.Document)
	if err != nil {
		return fmt.Errorf("the recovered document cannot be read: %w", err)
	}
	c.load(doc, st.Path)
	if st.Dirty {
		c.saved = 0 // no version is the saved one
	}
	var edit *PendingText
	for _, p := range st.Pending {
		row := c.rowOfField(p.Key)
		cell := Cell{Row: row, Col: p.Scenario + 1}
		if row < 0 || !c.Editable(cell) {
			continue
		}
		if p.Editing {
			edit = &p
			continue
		}
		c.SetCell(cell, p.Text) // refused again, and marked; or, if now valid, set
	}
	if edit != nil {
		c.sel = Cell{Row: c.rowOfField(edit.Key), Col: edit.Scenario + 1}
		c.anchor = c.sel
		c.edit = &Edit{Cell: c.sel, Text: edit.Text, Typed: true}
	}
	name := "Untitled"
	if st.Path != "" {
		name = filepath.Base(st.Path)
	}
	c.status = Status{Text: fmt.Sprintf("Restored the unsaved work on %s from %s. Save it to keep it.",
		name, st.Written.Local().Format("Jan 2 15:04:05"))}
	c.notify(ChangeColumns | ChangeValues | ChangeSelection | ChangeEdit | ChangeFile | ChangeStatus)
	return nil
}

// statFile is os.Stat, named for what the autosaver asks.
func statFile(path string) (os.FileInfo, error) { return os.Stat(path) }
