package ui

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// randomOp makes one random change (or attempt at one: some values are
// refused) of every kind a user can make, and names it.
func randomOp(r *rand.Rand, c *Controller, presets []model.Preset) string {
	rows := c.Rows()
	editable := func() Cell {
		for {
			cell := Cell{Row: r.IntN(len(rows)), Col: 1 + r.IntN(c.ScenarioCount())}
			if c.Editable(cell) {
				return cell
			}
		}
	}
	value := func(cell Cell) string {
		f := c.field(cell)
		switch f.Kind {
		case model.Text:
			return fmt.Sprintf("Scenario %d", r.IntN(12))
		case model.Bool:
			return []string{"yes", "no", "TRUE", "maybe"}[r.IntN(4)]
		}
		return []string{"0", "1", "2.5", "1,000", "$3", "12%", "2M", "-1", "abc", "150", "7"}[r.IntN(11)]
	}
	switch op := r.IntN(11); op {
	case 0, 1:
		cell := editable()
		v := value(cell)
		c.SetCell(cell, v)
		return fmt.Sprintf("set %v to %q", cell, v)
	case 2:
		cell := editable()
		c.Select(cell)
		c.ExtendBy(r.IntN(3), r.IntN(2))
		var lines []string
		for range 1 + r.IntN(3) {
			var vals []string
			for range 1 + r.IntN(3) {
				vals = append(vals, value(cell))
			}
			lines = append(lines, strings.Join(vals, "\t"))
		}
		text := strings.Join(lines, "\r\n") + "\r\n"
		c.Paste(text)
		return fmt.Sprintf("paste %q at %v", text, cell)
	case 3:
		c.Select(editable())
		c.AddScenario()
		return "add"
	case 4:
		c.Select(editable())
		c.DuplicateScenario()
		return "duplicate"
	case 5:
		c.Select(editable())
		c.DeleteScenario()
		return "delete"
	case 6:
		c.Select(editable())
		d := []int{-1, 1}[r.IntN(2)]
		c.MoveScenario(d)
		return fmt.Sprintf("move %d", d)
	case 7:
		i := r.IntN(c.ScenarioCount())
		name := fmt.Sprintf("Renamed %d", r.IntN(5))
		c.RenameScenario(i, name)
		return fmt.Sprintf("rename %d to %q", i, name)
	case 8:
		pf := model.PolicyFields[r.IntN(len(model.PolicyFields))]
		v := []string{"6", "24", "5000", "20000", "0", "-3"}[r.IntN(6)]
		c.SetPolicy(pf.Key, v)
		return fmt.Sprintf("policy %s = %s", pf.Key, v)
	case 9:
		c.Select(editable())
		p := presets[r.IntN(len(presets))]
		c.ApplyPreset(p)
		return "preset " + p.Name
	default:
		cell := editable()
		c.Select(cell)
		c.Toggle()
		return fmt.Sprintf("toggle %v", cell)
	}
}

// TestUndoRedoRandomSequences checks, for random sequences of every kind of
// change, that undoing them one by one passes back through every document in
// reverse order to the starting one, and that redoing replays them all.
func TestUndoRedoRandomSequences(t *testing.T) {
	presets := assets.Catalog().Presets
	for seed := range uint64(40) {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 0x6275696c64))
			c := NewController(assets.DefaultDocument(), "")
			docs := []model.Document{c.Document()}
			var log []string
			for range 60 {
				before := len(c.undo)
				log = append(log, randomOp(r, c, presets))
				if len(c.undo) > before {
					docs = append(docs, c.Document())
				} else if !reflect.DeepEqual(c.Document(), docs[len(docs)-1]) {
					t.Fatalf("%s changed the document without an undo step", log[len(log)-1])
				}
			}
			t.Logf("%d changes", len(docs)-1)
			if len(c.undo) != len(docs)-1 {
				t.Fatalf("%d undo steps for %d changes", len(c.undo), len(docs)-1)
			}
			for i := len(docs) - 2; i >= 0; i-- {
				if !c.Undo() {
					t.Fatalf("undo %d did nothing", len(docs)-1-i)
				}
				if !reflect.DeepEqual(c.Document(), docs[i]) {
					t.Fatalf("after undoing back to change %d the document differs (ops: %s)", i, strings.Join(log, "; "))
				}
			}
			if c.CanUndo() || c.Dirty() {
				t.Errorf("back at the start, yet can undo %v / unsaved %v", c.CanUndo(), c.Dirty())
			}
			for i := 1; i < len(docs); i++ {
				if !c.Redo() {
					t.Fatalf("redo %d did nothing", i)
				}
				if !reflect.DeepEqual(c.Document(), docs[i]) {
					t.Fatalf("redo %d gives a different document", i)
				}
			}
			if c.CanRedo() {
				t.Errorf("everything redone, yet more to redo")
			}
			if want := model.Evaluate(c.Document()); !reflect.DeepEqual(c.Results(), want) {
				t.Errorf("results not recomputed after redo")
			}
		})
	}
}

func TestUndoLabels(t *testing.T) {
	p := assets.Catalog().OfKind(model.PresetAPI)[0]
	tests := []struct {
		name  string
		do    func(t *testing.T, c *Controller)
		label string
	}{
		{"cell edit", func(t *testing.T, c *Controller) {
			c.SetCell(Cell{Row: rowOf(t, c, "queries_per_month"), Col: 1}, "5")
		}, "edit of Queries / month"},
		{"toggle", func(t *testing.T, c *Controller) {
			c.Select(Cell{Row: rowOf(t, c, "regulated"), Col: 1})
			c.Toggle()
		}, "edit of " + model.Fields[21].Label},
		{"rename", func(t *testing.T, c *Controller) { c.RenameScenario(0, "X") }, "rename scenario"},
		{"paste", func(t *testing.T, c *Controller) { c.Paste("1\t2") }, "paste"},
		{"add", func(t *testing.T, c *Controller) { c.AddScenario() }, "add scenario"},
		{"duplicate", func(t *testing.T, c *Controller) { c.DuplicateScenario() }, "duplicate scenario"},
		{"delete", func(t *testing.T, c *Controller) { c.DeleteScenario() }, "delete scenario"},
		{"move", func(t *testing.T, c *Controller) { c.MoveScenario(1) }, "move scenario"},
		{"policy", func(t *testing.T, c *Controller) { c.SetPolicy("horizon_months", "24") }, "policy edit"},
		{"policy form", func(t *testing.T, c *Controller) {
			f := newPolicyForm(c)
			f.entries[0].SetText("20000")
			f.entries[4].SetText("36")
			f.apply()
			if len(c.undo) != 1 {
				t.Errorf("the policy form made %d undo steps, want 1", len(c.undo))
			}
		}, "policy edit"},
		{"preset", func(t *testing.T, c *Controller) { c.ApplyPreset(p) }, "preset " + p.Name},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newSeedController(t)
			tt.do(t, c)
			if got := c.UndoLabel(); got != tt.label {
				t.Errorf("UndoLabel = %q, want %q", got, tt.label)
			}
			c.Undo()
			if got := c.RedoLabel(); got != tt.label {
				t.Errorf("RedoLabel = %q, want %q", got, tt.label)
			}
			if !strings.Contains(c.Status().Text, "Undone "+tt.label) {
				t.Errorf("status %q does not say what was undone", c.Status().Text)
			}
		})
	}
}

func TestEveryPresetSetsExactlyItsFields(t *testing.T) {
	for _, p := range assets.Catalog().Presets {
		t.Run(string(p.Kind)+"/"+p.Name, func(t *testing.T) {
			c, _ := newSeedController(t)
			c.Select(Cell{Row: 0, Col: 3})
			before := c.Scenario(2)
			if err := c.ApplyPreset(p); err != nil {
				t.Fatal(err)
			}
			after := c.Scenario(2)
			for _, f := range model.Fields {
				v, named := p.Values[f.Key]
				switch {
				case named && f.Number(&after) != v:
					t.Errorf("%s = %v, want the preset's %v", f.Key, f.Number(&after), v)
				case !named && !reflect.DeepEqual(f.Value(&after), f.Value(&before)):
					t.Errorf("%s changed from %v to %v, but the preset does not name it", f.Key, f.Value(&before), f.Value(&after))
				}
			}
			for _, want := range []string{p.Source, p.Checked} {
				if !strings.Contains(c.Status().Text, want) {
					t.Errorf("status %q does not show %q", c.Status().Text, want)
				}
			}
			for i := range c.ScenarioCount() {
				if s := c.Scenario(i); i != 2 && s != assets.DefaultDocument().Scenarios[i] {
					t.Errorf("scenario %d changed too", i)
				}
			}
			// The user can still type over a value the preset set.
			for key := range p.Values {
				cell := Cell{Row: rowOf(t, c, key), Col: 3}
				if err := c.SetCell(cell, "1"); err != nil {
					t.Errorf("typing over %s: %v", key, err)
				}
			}
		})
	}
}
