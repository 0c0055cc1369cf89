package ui

import "buildvsbuy/model"

// maxUndo is how many changes Undo can take back.
const maxUndo = 200

// snapshot is the document as it was before a change, for Undo and Redo.
type snapshot struct {
	doc     model.Document
	ids     []int
	sel     Cell
	version int
}

func (c *Controller) snapshot() snapshot {
	return snapshot{doc: c.doc.Clone(), ids: append([]int(nil), c.ids...), sel: c.sel, version: c.version}
}

// remember records the document before a change and gives the change a new
// version; it forgets what could be redone.
func (c *Controller) remember() {
	c.undo = append(c.undo, c.snapshot())
	if len(c.undo) > maxUndo {
		c.undo = c.undo[1:]
	}
	c.redo = nil
	c.next++
	c.version = c.next
}

// CanUndo reports whether there is a change to take back.
func (c *Controller) CanUndo() bool { return len(c.undo) > 0 }

// Undo takes back the last change, or, during an edit, abandons the edit.
// It reports whether anything was undone.
func (c *Controller) Undo() bool {
	if c.edit != nil {
		c.Cancel()
		return true
	}
	if len(c.undo) == 0 {
		c.SetStatus("Nothing to undo.", false)
		return false
	}
	s := c.undo[len(c.undo)-1]
	c.undo = c.undo[:len(c.undo)-1]
	c.redo = append(c.redo, c.snapshot())
	c.restore(s, "Undone")
	return true
}

// Redo applies again the change Undo took back last. It reports whether
// anything was redone.
func (c *Controller) Redo() bool {
	c.Commit(0, 0)
	if len(c.redo) == 0 {
		c.SetStatus("Nothing to redo.", false)
		return false
	}
	s := c.redo[len(c.redo)-1]
	c.redo = c.redo[:len(c.redo)-1]
	c.undo = append(c.undo, c.snapshot())
	c.restore(s, "Redone")
	return true
}

func (c *Controller) restore(s snapshot, verb string) {
	c.doc, c.ids, c.sel, c.version = s.doc, s.ids, s.sel, s.version
	c.edit = nil
	c.recompute()
	c.status = Status{Text: verb + ": the selected cell shows what changed."}
	c.notify(ChangeColumns | ChangeValues | ChangeSelection | ChangeEdit | ChangeFile | ChangeStatus)
}
