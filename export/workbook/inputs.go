package workbook

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/model"
)

// scenarioWidth is the width of a scenario's column on Inputs, in characters;
// longer names wrap onto more lines of the header row.
const scenarioWidth = 17.0

// writeInputs writes the Inputs sheet: labels in A, units in B, one column
// per scenario from C, names on row 1 and the 25 inputs on rows 2 to 26.
func (b *book) writeInputs() error {
	if err := b.fitToPage(SheetInputs); err != nil {
		return err
	}
	sw, err := b.f.NewStreamWriter(SheetInputs)
	if err != nil {
		return err
	}
	n := len(b.doc.Scenarios)
	labelWidth, unitWidth := 10.0, 6.0
	for _, f := range model.Fields {
		labelWidth = max(labelWidth, float64(utf8.RuneCountInString(f.Label))+2)
		unitWidth = max(unitWidth, float64(utf8.RuneCountInString(f.Units))+3) // indented
	}
	if err := sw.SetColWidth(inputsLabelCol, inputsLabelCol, labelWidth); err != nil {
		return err
	}
	if err := sw.SetColWidth(inputsUnitCol, inputsUnitCol, unitWidth); err != nil {
		return err
	}
	if n > 0 {
		if err := sw.SetColWidth(firstScenarioCol, firstScenarioCol+n-1, scenarioWidth); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(frozen(1, inputsUnitCol)); err != nil {
		return err
	}

	row := make([]any, firstScenarioCol-1+n)
	row[inputsLabelCol-1] = text(b.st.headerLeft, model.Fields[0].Label)
	row[inputsUnitCol-1] = text(b.st.headerLeft, "Unit")
	lines := 1
	for i, s := range b.doc.Scenarios {
		row[firstScenarioCol-1+i] = text(b.st.inputText, s.Name)
		lines = max(lines, wrappedLines(s.Name, scenarioWidth))
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: 15*float64(min(lines, 4)) + 3}); err != nil {
		return err
	}

	for fi, f := range model.Fields[1:] {
		r := fi + 2
		style := b.inputStyle(f)
		row[inputsLabelCol-1] = text(b.st.label, f.Label)
		row[inputsUnitCol-1] = text(b.st.unit, f.Units)
		for i := range b.doc.Scenarios {
			row[firstScenarioCol-1+i] = excelize.Cell{StyleID: style, Value: f.Value(&b.doc.Scenarios[i])}
		}
		if err := sw.SetRow(cell(1, r), row, excelize.RowOpts{Height: 17}); err != nil {
			return err
		}
		if n > 0 {
			if err := b.validateInput(f, r, n); err != nil {
				return err
			}
		}
	}
	if err := b.printInputs(n); err != nil {
		return err
	}
	return sw.Flush()
}

// scenariosPerPage is how many scenario columns a printed page of Inputs holds.
const scenariosPerPage = 8

// printInputs prints Inputs on landscape pages of all 26 rows and up to
// scenariosPerPage scenarios each, the labels and units repeated on every
// page.
func (b *book) printInputs(n int) error {
	if err := b.printSetup(SheetInputs, true); err != nil {
		return err
	}
	wide, tall := max(1, (n+scenariosPerPage-1)/scenariosPerPage), 1
	if err := b.f.SetPageLayout(SheetInputs, &excelize.PageLayoutOptions{FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: SheetInputs,
		RefersTo: fmt.Sprintf("%s!$%s:$%s,%s!$1:$1", SheetInputs, col(inputsLabelCol), col(inputsUnitCol), SheetInputs)})
}

// inputStyle returns the style of a field's values: its number format, in
// the colours of an input.
func (b *book) inputStyle(f model.Field) int {
	switch {
	case f.Kind == model.Bool:
		return b.st.inputBool
	case f.Unit == model.Percent:
		return b.st.inputPct
	case f.Unit == model.Money && (strings.Contains(f.Units, "month") || strings.Contains(f.Units, "once")):
		return b.st.inputMoney
	case f.Unit == model.Money:
		return b.st.inputPrice
	case f.Kind == model.Integer:
		return b.st.inputCount
	}
	for i := range b.doc.Scenarios {
		if v := f.Number(&b.doc.Scenarios[i]); v != math.Trunc(v) {
			return b.st.inputDecimal
		}
	}
	return b.st.inputCount
}

// wrappedLines estimates the lines s takes in a wrapped cell width
// characters wide.
func wrappedLines(s string, width float64) int {
	lines, used := 1, 0
	for _, word := range strings.Fields(s) {
		w := utf8.RuneCountInString(word)
		switch {
		case used == 0:
			used = w
		case float64(used+1+w) <= width-1:
			used += 1 + w
		default:
			lines++
			used = w
		}
		for float64(used) > width-1 {
			lines++
			used -= int(width - 1)
		}
	}
	return lines
}
