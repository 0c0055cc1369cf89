package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"buildvsbuy/model"
)

// CopyText returns the selected block as tab-separated text that Excel and
// Google Sheets paste as cells (see FormatTSV): names as typed, inputs as
// plain numbers (3 for $3.00, 12 for 12%), yes/no as TRUE/FALSE, computed
// figures as numbers rounded to the cent. A single cell is its bare value.
func (c *Controller) CopyText() string {
	b := c.Selected()
	if b.Single() {
		return c.copyValue(c.sel)
	}
	var rows [][]string
	for _, r := range c.blockRows(b) {
		var row []string
		for col := b.Left; col <= b.Right; col++ {
			row = append(row, c.copyValue(Cell{Row: r, Col: col}))
		}
		rows = append(rows, row)
	}
	return FormatTSV(rows)
}

// CopyColumnText returns scenario i's whole column, from its name to its
// last result, as tab-separated text: one value a line.
func (c *Controller) CopyColumnText(i int) string {
	var rows [][]string
	for _, r := range c.blockRows(Block{Top: 0, Bottom: len(c.rows) - 1}) {
		rows = append(rows, []string{c.copyValue(Cell{Row: r, Col: i + 1})})
	}
	return FormatTSV(rows)
}

// CopyResultsText returns the computed results of every scenario as a
// table: a row of scenario names, then one row per result with its label.
func (c *Controller) CopyResultsText() string {
	head := []string{"Result"}
	for _, s := range c.doc.Scenarios {
		head = append(head, s.Name)
	}
	rows := [][]string{head}
	for r, row := range c.rows {
		if row.Kind != ResultRow {
			continue
		}
		line := []string{row.Label}
		for col := 1; col <= len(c.doc.Scenarios); col++ {
			line = append(line, c.copyValue(Cell{Row: r, Col: col}))
		}
		rows = append(rows, line)
	}
	return FormatTSV(rows)
}

// copyValue is a cell's value as the clipboard carries it.
func (c *Controller) copyValue(cell Cell) string {
	i := cell.Scenario()
	if cell.Row < 0 || cell.Row >= len(c.rows) || i < 0 || i >= len(c.doc.Scenarios) {
		return ""
	}
	r := c.rows[cell.Row]
	s := &c.doc.Scenarios[i]
	switch r.Kind {
	case HeaderRow, InputRow:
		f := model.Fields[r.Field]
		switch f.Kind {
		case model.Text:
			return s.Name
		case model.Bool:
			return strings.ToUpper(strconv.FormatBool(f.Bool(s)))
		}
		return plainNumber(f.Number(s))
	case ResultRow:
		return resultCopy(r.Measure, &c.results[i])
	}
	return ""
}

// resultCopy is a computed figure as a number a spreadsheet reads: money
// rounded to the cent, the cost per query to a millionth of a dollar; blank
// where there is none.
func resultCopy(m Measure, r *model.Result) string {
	cents := func(v float64) string { return plainNumber(math.Round(v*100) / 100) }
	switch m {
	case MeasureVerdict:
		return verdictWord(r.Verdict)
	case MeasureAPIPerQuery:
		return plainNumber(math.Round(r.APICostPerQuery*1e6) / 1e6)
	case MeasureBuyMonth:
		return cents(r.BuyMonth1)
	case MeasureBuildMonth:
		return cents(r.BuildSteadyMonth1)
	case MeasureBuyTotal:
		return cents(r.BuyTotal)
	case MeasureBuildTotal:
		return cents(r.BuildTotal)
	case MeasureSavings:
		return cents(r.Savings)
	case MeasureBreakEvenQueries:
		if r.BreakEvenQueries == nil {
			return ""
		}
		return plainNumber(math.Ceil(*r.BreakEvenQueries))
	case MeasureBreakEvenMonth:
		if r.BreakEvenMonth == nil {
			return ""
		}
		return strconv.Itoa(*r.BreakEvenMonth)
	}
	return ""
}

// plainNumber writes v with no grouping and no unit, which every
// spreadsheet reads as a number whatever its locale's thousands separator.
func plainNumber(v float64) string {
	if v == 0 {
		return "0" // not "-0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// PasteError is a pasted block that was refused as a whole because some of
// its values are not valid: each one, with its scenario, field and reason.
// Nothing of the block was applied.
type PasteError struct {
	Problems []*CellError
}

// Error implements error: how many values were refused, and each one.
func (e *PasteError) Error() string {
	var b strings.Builder
	n := len(e.Problems)
	if n == 1 {
		b.WriteString("Nothing was pasted: 1 value is not valid: ")
	} else {
		fmt.Fprintf(&b, "Nothing was pasted: %d values are not valid: ", n)
	}
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s · %s: %v", p.Scenario, p.Field.Label, p.Err)
	}
	return b.String()
}

// pasteTarget is one value of a pasted block and the cell it lands on.
type pasteTarget struct {
	cell Cell
	text string
}

// Paste sets tab-separated text (see ParseTSV), as a spreadsheet copies a
// block, into the grid: its top-left value into the selected block's
// top-left cell, the rest to the right and downwards, section headings
// stepped over. A single value fills every cell of a selected block.
//
// Every value is checked first. If any is not valid, nothing is pasted: the
// refused cells are marked and a *PasteError lists each one. Otherwise the
// whole block is applied as one change that Undo takes back at once. Blank
// values leave their cells as they were; values that land on computed rows
// or below the grid are left out; a block wider than the scenarios to the
// right adds scenarios for its extra columns. The status line says all this.
func (c *Controller) Paste(text string) error {
	if err := c.Commit(0, 0); err != nil {
		return err
	}
	targets := c.pasteTargets(trimBlock(ParseTSV(text)))
	if len(targets) == 0 {
		c.SetStatus("Nothing to paste: the clipboard holds no values.", false)
		return nil
	}

	next := c.doc.Clone()
	added := 0
	for _, t := range targets {
		for t.cell.Scenario() >= len(next.Scenarios) {
			next.Scenarios = append(next.Scenarios, model.NewScenario(uniqueIn(next.Scenarios, "New scenario")))
			added++
		}
	}
	var problems []*CellError
	var blank, computed, outside, set int
	var named []pasteTarget
	for _, t := range targets {
		switch {
		case strings.TrimSpace(t.text) == "":
			blank++
			continue
		case t.cell.Row >= len(c.rows):
			outside++
			continue
		case c.rows[t.cell.Row].Kind == ResultRow:
			computed++
			continue
		}
		s := &next.Scenarios[t.cell.Scenario()]
		f := c.field(t.cell)
		if err := setField(s, f, t.text); err != nil {
			problems = append(problems, c.pasteProblem(t, s, withRange(f, err)))
			continue
		}
		if f.Kind == model.Text {
			named = append(named, t)
		}
		set++
	}
	for _, t := range named {
		s := &next.Scenarios[t.cell.Scenario()]
		for j, o := range next.Scenarios {
			if j != t.cell.Scenario() && o.Name == s.Name {
				err := fmt.Errorf("name must be unique: scenario %d would also be called %q", j+1, s.Name)
				problems = append(problems, c.pasteProblem(t, s, err))
				break
			}
		}
	}
	if len(problems) == 0 {
		for i := range next.Scenarios {
			if err := model.ValidateScenario(&next.Scenarios[i]); err != nil {
				problems = append(problems, &CellError{Scenario: next.Scenarios[i].Name, Field: model.Fields[0], Err: err})
			}
		}
	}
	if len(problems) > 0 {
		pe := &PasteError{Problems: problems}
		c.status = Status{Text: pe.Error(), Error: true}
		c.notify(ChangeStatus | ChangeEdit)
		return pe
	}

	for _, t := range targets {
		if k, ok := c.markKey(t.cell); ok {
			delete(c.marks, k)
		}
	}
	first, last := targets[0].cell, targets[len(targets)-1].cell
	last.Row = min(last.Row, len(c.rows)-1)
	if next.Policy == c.doc.Policy && sameScenarios(next.Scenarios, c.doc.Scenarios) {
		c.SelectBlock(first, last)
		c.SetStatus("Pasted: every value was already there, nothing changed.", false)
		return nil
	}
	c.remember("paste")
	c.doc = next
	for range added {
		c.ids = append(c.ids, c.newID())
	}
	c.anchor, c.sel = first, last
	c.recompute()
	c.status = Status{Text: pasteSummary(set, added, blank, computed, outside)}
	ch := ChangeValues | ChangeFile | ChangeStatus | ChangeSelection | ChangeEdit
	if added > 0 || len(named) > 0 {
		ch |= ChangeColumns
	}
	c.notify(ch)
	return nil
}

// pasteTargets lays a block of values over the grid from the selected
// block's top-left cell; a single value fills the whole selected block.
func (c *Controller) pasteTargets(block [][]string) []pasteTarget {
	if len(block) == 0 {
		return nil
	}
	sel := c.Selected()
	var out []pasteTarget
	if len(block) == 1 && len(block[0]) == 1 && !sel.Single() {
		for _, r := range c.blockRows(sel) {
			for col := sel.Left; col <= sel.Right; col++ {
				if c.Editable(Cell{Row: r, Col: col}) {
					out = append(out, pasteTarget{Cell{Row: r, Col: col}, block[0][0]})
				}
			}
		}
		return out
	}
	row := sel.Top
	for _, line := range block {
		for j, text := range line {
			out = append(out, pasteTarget{Cell{Row: row, Col: sel.Left + j}, text})
		}
		row++
		for row < len(c.rows) && c.rows[row].Kind == SectionRow {
			row++
		}
	}
	return out
}

// pasteProblem describes a refused pasted value and marks its cell, when the
// cell exists already, with what was pasted and why it was refused.
func (c *Controller) pasteProblem(t pasteTarget, s *model.Scenario, err error) *CellError {
	f := c.field(t.cell)
	ce := &CellError{Scenario: s.Name, Field: f, Text: t.text, Err: err}
	if i := t.cell.Scenario(); i < len(c.doc.Scenarios) {
		ce.Scenario = c.doc.Scenarios[i].Name
		ce.Kept = displayValue(f, &c.doc.Scenarios[i])
		if k, ok := c.markKey(t.cell); ok {
			c.marks[k] = Mark{Text: t.text, Err: ce}
		}
	}
	return ce
}

// trimBlock drops what spreadsheets leave around a block: rows that are
// wholly blank at its end, and columns that are blank in every row at its
// right (trailing tabs).
func trimBlock(rows [][]string) [][]string {
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	for len(rows) > 0 {
		last := rows[len(rows)-1]
		allBlank := true
		for _, v := range last {
			allBlank = allBlank && blank(v)
		}
		if !allBlank {
			break
		}
		rows = rows[:len(rows)-1]
	}
	width := 0
	for _, row := range rows {
		for j, v := range row {
			if !blank(v) {
				width = max(width, j+1)
			}
		}
	}
	for i, row := range rows {
		rows[i] = row[:min(len(row), width)]
	}
	return rows
}

// pasteSummary says what a paste did.
func pasteSummary(set, added, blank, computed, outside int) string {
	parts := []string{fmt.Sprintf("Pasted %d %s", set, plural(set, "value", "values"))}
	if added > 0 {
		parts = append(parts, fmt.Sprintf("added %d %s for the extra columns", added, plural(added, "scenario", "scenarios")))
	}
	if blank > 0 {
		parts = append(parts, fmt.Sprintf("%d blank %s left as %s", blank, plural(blank, "cell", "cells"), plural(blank, "it was", "they were")))
	}
	if computed > 0 {
		parts = append(parts, fmt.Sprintf("%d %s over computed rows left out", computed, plural(computed, "value", "values")))
	}
	if outside > 0 {
		parts = append(parts, fmt.Sprintf("%d %s below the last row left out", outside, plural(outside, "value", "values")))
	}
	return strings.Join(parts, "; ") + ". Undo takes the paste back."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// sameScenarios reports whether a and b hold the same scenarios in order.
func sameScenarios(a, b []model.Scenario) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// uniqueIn returns base if no scenario in list has it, else base and the
// first free number from 2.
func uniqueIn(list []model.Scenario, base string) string {
	taken := make(map[string]bool, len(list))
	for _, s := range list {
		taken[s.Name] = true
	}
	name := base
	for n := 2; taken[name]; n++ {
		name = fmt.Sprintf("%s %d", base, n)
	}
	return name
}
