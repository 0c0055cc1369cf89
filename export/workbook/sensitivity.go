package workbook

import (
	"fmt"
	"math"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/model"
)

// SensitivityHeaders are the column headers of each scenario's table on
// the Sensitivity sheet, A to G.
var SensitivityHeaders = []string{
	"Input", "Unit", "Low value", "High value", "Savings at low", "Savings at high", "Flips the verdict",
}

// sensitivityWidths are the Sensitivity column widths, A to G, in characters.
var sensitivityWidths = []float64{26, 14, 13, 13, 16, 16, 10}

// numericInputs is the number of numeric inputs of a scenario: the rows of
// each table on the Sensitivity sheet.
var numericInputs = func() int {
	n := 0
	for _, f := range model.Fields {
		if f.Kind == model.Number || f.Kind == model.Integer {
			n++
		}
	}
	return n
}()

// Sensitivity layout: a title, a note, a blank row, then one block per
// charted scenario: its name and verdict, the header row, one row per
// numeric input and a blank row, with the tornado picture right of the table.
const (
	sensitivityFirstBlock = 4
	sensitivityPictureCol = 9 // I: a narrow column H between table and picture
)

// sensitivityBlockRows is the rows one scenario takes on the Sensitivity
// sheet: at least as many as its picture at the default 20-pixel row height.
var sensitivityBlockRows = max(numericInputs+3, sheetChartHeight/20+3)

// sensitivityBlock returns the first row (the name) of scenario i's block
// on the Sensitivity sheet; its header row is the next one.
func sensitivityBlock(i int) int { return sensitivityFirstBlock + i*sensitivityBlockRows }

// writeSensitivity writes the Sensitivity sheet: for each charted scenario,
// every numeric input moved down and up by model.DefaultSwingPct percent
// (model.Sensitivity), sorted by effect, beside the tornado picture.
func (b *book) writeSensitivity() error {
	const sheet = SheetSensitivity
	f := b.f
	for i, w := range append(sensitivityWidths, 2) {
		if err := f.SetColWidth(sheet, col(i+1), col(i+1), w); err != nil {
			return err
		}
	}
	swing := fmt.Sprintf("%d%%", model.DefaultSwingPct)
	note := fmt.Sprintf("Each numeric input moved −%s and +%s of its value, one at a time, the others as they are; "+
		"savings = build total − buy total over %s (positive: buying saves that much). Largest effect first. "+
		"Moved values stay valid: whole numbers are rounded, utilization stays at most 100%%; an input at 0 does not move. "+
		"Values computed by the app at export, not formulas: they do not recompute when inputs change.", swing, swing, months(b.horizon))
	if n := b.charted(); n < len(b.results) {
		note += fmt.Sprintf(" The sheet shows the first %d of %d scenarios; the command line (sensitivity --scenario NAME) prints any of them.", n, len(b.results))
	}
	if err := setText(f, sheet, "A1", "Sensitivity: what moves the verdict (swing ±"+swing+")", b.st.title); err != nil {
		return err
	}
	if err := setText(f, sheet, "A2", note, b.st.note); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, "A2", "G2"); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 2, 15*float64(wrappedLines(note, 108*charsPerWidth))+3); err != nil {
		return err
	}
	<-b.picturesDone
	if b.picturesErr != nil {
		return b.picturesErr
	}
	for i := range b.charted() {
		if err := b.writeSensitivityBlock(i); err != nil {
			return err
		}
	}
	if err := b.printSetup(sheet, true); err != nil {
		return err
	}
	if err := b.fitToPage(sheet); err != nil {
		return err
	}
	return b.fitWidth(sheet)
}

// writeSensitivityBlock writes scenario i's table and tornado picture.
func (b *book) writeSensitivityBlock(i int) error {
	const sheet = SheetSensitivity
	f := b.f
	r := &b.results[i]
	swings, err := model.Sensitivity(r.Scenario(), r.Policy(), model.DefaultSwingPct)
	if err != nil {
		return fmt.Errorf("sensitivity of %q: %w", r.Name, err)
	}
	top := sensitivityBlock(i)
	if i > 0 && i%chartsPerPage == 0 {
		if err := f.InsertPageBreak(sheet, cell(1, top)); err != nil {
			return err
		}
	}
	if err := setText(f, sheet, cell(1, top), r.Name, b.st.bold); err != nil {
		return err
	}
	head := fmt.Sprintf("Verdict %s; savings %s over %s", r.Verdict, model.FormatMoney(r.Savings), months(b.horizon))
	if err := setText(f, sheet, cell(3, top), head, b.st.text); err != nil {
		return err
	}
	if err := b.header(sheet, top+1, SensitivityHeaders); err != nil {
		return err
	}
	for k, sw := range swings {
		row := top + 2 + k
		field, _ := model.FieldByKey(sw.Input)
		if err := setText(f, sheet, cell(1, row), field.Label, b.st.label); err != nil {
			return err
		}
		if err := setText(f, sheet, cell(2, row), field.Units, b.st.unit); err != nil {
			return err
		}
		valueStyle := b.inputValueStyle(field, sw.LowValue, sw.HighValue)
		flip, flipStyle := "no", b.st.flipNo
		if sw.Flips {
			flip, flipStyle = "yes", b.st.flipYes
		}
		for c, v := range []struct {
			value any
			style int
		}{
			{sw.LowValue, valueStyle}, {sw.HighValue, valueStyle},
			{sw.SavingsLow, b.st.money}, {sw.SavingsHigh, b.st.money}, {flip, flipStyle},
		} {
			ref := cell(c+3, row)
			if err := setValue(f, sheet, ref, v.value, v.style); err != nil {
				return err
			}
		}
	}
	return b.embed(sheet, cell(sensitivityPictureCol, top), b.tornadoes[i], 0,
		"Tornado: savings with each input moved down and up, "+r.Name)
}

// inputValueStyle returns the style of an input's moved values: money as
// a price with cents, percentages with a sign, counts whole unless one of
// the values has a fraction.
func (b *book) inputValueStyle(f model.Field, values ...float64) int {
	switch f.Unit {
	case model.Money:
		return b.st.valuePrice
	case model.Percent:
		return b.st.valuePct
	}
	for _, v := range values {
		if v != math.Trunc(v) {
			return b.st.valueDecimal
		}
	}
	return b.st.valueCount
}

// setValue writes a value the app computed into a cell of a sheet written
// cell by cell, in the given style. Numbers keep Excel's 15 significant
// digits.
func setValue(f *excelize.File, sheet, ref string, v any, style int) error {
	if err := f.SetCellValue(sheet, ref, v); err != nil {
		return err
	}
	return f.SetCellStyle(sheet, ref, ref, style)
}
