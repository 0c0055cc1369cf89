package ui

import (
	"fmt"

	"buildvsbuy/model"
)

// GoalSeek solves, for scenario i under the document's policy, the value of
// the numeric input key at which target is reached; see model.GoalSeek.
func (c *Controller) GoalSeek(i int, key string, target model.Target) (model.Seek, error) {
	if i < 0 || i >= len(c.doc.Scenarios) {
		return model.Seek{}, fmt.Errorf("no scenario %d", i+1)
	}
	return model.GoalSeek(c.doc.Scenarios[i], c.doc.Policy, key, target)
}

// ApplyGoalSeek sets the input sk solved for, in scenario i, to the value
// goal seek found: one undo step, "goal seek of GPU price". An edit in
// progress is committed first. It fails when sk found no value or the value
// is refused, leaving the document as it was.
func (c *Controller) ApplyGoalSeek(i int, sk model.Seek) error {
	if sk.Value == nil {
		return fmt.Errorf("goal seek of %s found no value to apply", sk.Input)
	}
	return c.setInput(i, sk.Input, *sk.Value, "goal seek of ")
}

// setInput sets the numeric input key of scenario i to v as one undo step
// labelled verb followed by the input's label.
func (c *Controller) setInput(i int, key string, v float64, verb string) error {
	if c.edit != nil {
		c.Commit(0, 0)
	}
	if i < 0 || i >= len(c.doc.Scenarios) {
		return fmt.Errorf("no scenario %d", i+1)
	}
	f, ok := model.FieldByKey(key)
	if !ok || (f.Kind != model.Number && f.Kind != model.Integer) {
		return fmt.Errorf("%q is not a numeric input", key)
	}
	next := c.doc.Scenarios[i]
	if err := f.SetNumber(&next, v); err != nil {
		return err
	}
	if err := model.ValidateScenario(&next); err != nil {
		return err
	}
	if next == c.doc.Scenarios[i] {
		return nil
	}
	c.remember(verb + f.Label)
	c.doc.Scenarios[i] = next
	for fi, g := range model.Fields {
		if g.Key == key {
			delete(c.marks, markKey{id: c.ids[i], field: fi})
		}
	}
	c.recompute()
	c.status = Status{Text: fmt.Sprintf("%s · %s set to %s by goal seek", next.Name, f.Label, displayValue(f, &next))}
	c.notify(ChangeValues | ChangeFile | ChangeStatus | ChangeEdit)
	return nil
}
