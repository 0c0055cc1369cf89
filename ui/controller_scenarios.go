package ui

import (
	"fmt"
	"slices"

	"buildvsbuy/model"
)

// AddScenario inserts a scenario with model.NewScenario's starting values
// after the selected one (or at the end) under a name no other scenario has,
// and selects its name.
func (c *Controller) AddScenario() {
	c.insert(model.NewScenario(c.uniqueName("New scenario")), "Added", "add scenario")
}

// DuplicateScenario inserts a copy of the selected scenario after it, named
// "<name> (copy)" or "<name> (copy 2)" and so on, and selects its name.
func (c *Controller) DuplicateScenario() {
	i := c.SelectedScenario()
	if i < 0 {
		return
	}
	s := c.doc.Scenarios[i]
	s.Name = c.uniqueName(s.Name + " (copy)")
	c.insert(s, "Duplicated "+c.doc.Scenarios[i].Name+" as", "duplicate scenario")
}

func (c *Controller) insert(s model.Scenario, verb, label string) {
	c.Commit(0, 0)
	at := len(c.doc.Scenarios)
	if i := c.SelectedScenario(); i >= 0 {
		at = i + 1
	}
	c.remember(label)
	c.doc.Scenarios = slices.Insert(c.doc.Scenarios, at, s)
	c.ids = slices.Insert(c.ids, at, c.newID())
	c.sel = Cell{Row: 0, Col: at + 1}
	c.anchor = c.sel
	c.structureChanged(fmt.Sprintf("%s %q", verb, s.Name))
}

// DeleteScenario removes the selected scenario; the one that takes its place
// is selected. The last scenario is kept: a document needs one to show.
func (c *Controller) DeleteScenario() bool {
	i := c.SelectedScenario()
	if i < 0 {
		return false
	}
	if len(c.doc.Scenarios) == 1 {
		c.SetStatus("The last scenario cannot be deleted; add another first.", true)
		return false
	}
	c.Commit(0, 0)
	c.remember("delete scenario")
	name := c.doc.Scenarios[i].Name
	id := c.ids[i]
	for k := range c.marks {
		if k.id == id {
			delete(c.marks, k)
		}
	}
	c.doc.Scenarios = slices.Delete(c.doc.Scenarios, i, i+1)
	c.ids = slices.Delete(c.ids, i, i+1)
	c.sel.Col = min(c.sel.Col, len(c.doc.Scenarios))
	c.anchor = c.sel
	c.structureChanged(fmt.Sprintf("Deleted %q", name))
	return true
}

// MoveScenario moves the selected scenario delta columns (-1 left, +1
// right); the selection moves with it. It reports whether it moved.
func (c *Controller) MoveScenario(delta int) bool {
	i := c.SelectedScenario()
	j := i + delta
	if i < 0 || j < 0 || j >= len(c.doc.Scenarios) {
		return false
	}
	c.Commit(0, 0)
	c.remember("move scenario")
	s := c.doc.Scenarios[i]
	id := c.ids[i]
	c.doc.Scenarios = slices.Insert(slices.Delete(c.doc.Scenarios, i, i+1), j, s)
	c.ids = slices.Insert(slices.Delete(c.ids, i, i+1), j, id)
	c.sel.Col = j + 1
	c.anchor = c.sel
	c.structureChanged(fmt.Sprintf("Moved %q to column %d", s.Name, j+1))
	return true
}

// RenameScenario sets the name of scenario i; a name that is empty or taken
// is refused with a *CellError.
func (c *Controller) RenameScenario(i int, name string) error {
	return c.SetCell(Cell{Row: 0, Col: i + 1}, name)
}

func (c *Controller) structureChanged(status string) {
	c.recompute()
	c.status = Status{Text: status}
	c.notify(ChangeColumns | ChangeValues | ChangeSelection | ChangeFile | ChangeStatus)
}

// uniqueName returns base if no scenario has it, else base followed by the
// first free number from 2: "New scenario 2".
func (c *Controller) uniqueName(base string) string {
	taken := make(map[string]bool, len(c.doc.Scenarios))
	for _, s := range c.doc.Scenarios {
		taken[s.Name] = true
	}
	name := base
	for n := 2; taken[name]; n++ {
		name = fmt.Sprintf("%s %d", base, n)
		if base[len(base)-1] == ')' {
			name = fmt.Sprintf("%s %d)", base[:len(base)-1], n)
		}
	}
	return name
}
