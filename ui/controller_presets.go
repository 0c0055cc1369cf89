package ui

import (
	"fmt"
	"sort"
	"strings"

	"buildvsbuy/model"
)

// ApplyPreset sets the fields a price-catalog preset names in the selected
// scenario, and no others, then re-evaluates every scenario. The status
// line says what was set and where the prices come from.
func (c *Controller) ApplyPreset(p model.Preset) error {
	i := c.SelectedScenario()
	if i < 0 {
		return fmt.Errorf("select a scenario to apply %q to", p.Name)
	}
	c.Commit(0, 0)
	next := c.doc.Scenarios[i]
	err := p.Apply(&next)
	if err == nil {
		err = model.ValidateScenario(&next)
	}
	if err != nil {
		c.SetStatus(fmt.Sprintf("%s · preset %q: %v", next.Name, p.Name, err), true)
		return err
	}
	keys := make([]string, 0, len(p.Values))
	for k := range p.Values {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return fieldIndex(keys[a]) < fieldIndex(keys[b]) })
	var set []string
	for _, k := range keys {
		f, _ := model.FieldByKey(k)
		set = append(set, f.Label+" "+displayValue(f, &next))
		if mk, ok := c.markKey(Cell{Row: c.rowOfField(k), Col: i + 1}); ok {
			delete(c.marks, mk)
		}
	}
	c.remember("preset " + p.Name)
	c.doc.Scenarios[i] = next
	c.recompute()
	c.status = Status{Text: fmt.Sprintf("%s · %s: %s (%s, checked %s)",
		next.Name, p.Name, strings.Join(set, ", "), p.Source, p.Checked)}
	c.notify(ChangeValues | ChangeFile | ChangeStatus)
	return nil
}

// fieldIndex returns the position of the field with key in model.Fields.
func fieldIndex(key string) int {
	for i, f := range model.Fields {
		if f.Key == key {
			return i
		}
	}
	return len(model.Fields)
}

// rowOfField returns the grid row of the field with key, or -1.
func (c *Controller) rowOfField(key string) int {
	i := fieldIndex(key)
	for r, row := range c.rows {
		if (row.Kind == InputRow || row.Kind == HeaderRow) && row.Field == i {
			return r
		}
	}
	return -1
}
