package ui

import "buildvsbuy/model"

// maxUndo is how many changes Undo can take back.
const maxUndo = 200

// snapshot is the document as it was before a change, for Undo and Redo.
type snapshot struct {
	label   string // what the change after it did: "edit of Queries / month"
	doc     model.Document
	ids     []int
	sel     Cell
	version int
}

func (c *Controller) snapshot() snapshot {
	return snapshot{doc: c.doc.Clone(), ids: append([]int(nil), c.ids...), sel: c.sel, version: c.version}
}

// remember records the document before a change described by label ("edit
// of Queries / month", "delete scenario") and gives the change a new version;
// it forgets what could be redone. Within a batch only the first step is
// recorded, under the batch's label, so that the whole batch undoes at once.
func (c *Controller) remember(label string) {
	if c.batch != nil {
		if c.batch.recorded {
			return
		}
		c.batch.recorded = true
		label = c.batch.label
	}
	c.fadeMarks()
	s := c.snapshot()
	s.label = label
	c.undo = append(c.undo, s)
	if len(c.undo) > maxUndo {
		c.undo = c.undo[1:]
	}
	c.redo = nil
	c.next++
	c.version = c.next
}

// batch is a change made of several steps that Undo takes back at once.
type batch struct {
	label    string
	recorded bool
}

// group runs f, whose changes Undo then takes back as one, described by label.
func (c *Controller) group(label string, f func()) {
	if c.batch != nil { // already inside a group: it is part of that one
		f()
		return
	}
	c.batch = &batch{label: label}
	defer func() { c.batch = nil }()
	f()
}

// UndoLabel describes the change Undo would take back ("edit of Queries /
// month"), or returns "" when there is none.
func (c *Controller) UndoLabel() string {
	if len(c.undo) == 0 {
		return ""
	}
	return c.undo[len(c.undo)-1].label
}

// RedoLabel describes the change Redo would apply again, or returns "".
func (c *Controller) RedoLabel() string {
	if len(c.redo) == 0 {
		return ""
	}
	return c.redo[len(c.redo)-1].label
}

// CanRedo reports whether there is an undone change to apply again.
func (c *Controller) CanRedo() bool { return len(c.redo) > 0 }

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
	c.travel(&c.undo, &c.redo, "Undone")
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
	c.travel(&c.redo, &c.undo, "Redone")
	return true
}

func (c *Controller) restore(s snapshot, verb string) {
	c.doc, c.ids, c.sel, c.version = s.doc, s.ids, s.sel, s.version
	c.anchor = c.sel
	c.edit = nil
	c.fadeMarks()
	c.recompute()
	c.status = Status{Text: verb + ": the selected cell shows what changed."}
	c.notify(ChangeColumns | ChangeValues | ChangeSelection | ChangeEdit | ChangeFile | ChangeStatus)
}

// travel restores the newest snapshot of from, keeping the document as it
// is now, under the same label, on to: one step of undo or of redo.
func (c *Controller) travel(from, to *[]snapshot, verb string) {
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	now := c.snapshot()
	now.label = s.label
	*to = append(*to, now)
	c.restore(s, verb+" "+s.label)
}
