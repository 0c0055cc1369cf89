package workbook

import (
	"github.com/xuri/excelize/v2"
)

// Number formats. Percent inputs hold the number SPEC uses (12 means 12%),
// so they read as percent through a literal sign, not Excel's % format.
const (
	fmtMoney     = `"$"#,##0;-"$"#,##0`
	fmtPrice     = `"$"#,##0.00##;-"$"#,##0.00##`
	fmtPerQuery  = `"$"#,##0.0000;-"$"#,##0.0000`
	fmtCount     = `#,##0`
	fmtDecimal   = `#,##0.00`
	fmtPercent   = `0.0"%"`
	fmtWhole     = `0`
	fmtBool      = `"TRUE";"TRUE";"FALSE"` // Excel shows booleans as such; LibreOffice needs the format
	fmtShare     = `0.0%`                  // a probability stored as a fraction
	headerFill   = "1F3A5F"
	headerFont   = "FFFFFF"
	inputFont    = "1F4E9A" // finance convention: inputs in blue, formulas in black
	inputFill    = "FFF8E1"
	blockBorder  = "8EA3BD"
	noteFont     = "595959"
	valueFontCol = "595959" // a value the app computed, not a formula
	flipFont     = "6D28D9" // "yes": the input flips the verdict, in the charts' flip purple
)

// styles holds the style IDs of the workbook, each created once.
type styles struct {
	header, headerLeft, title, note, bold, label, text, unit, wrapText int

	// Inputs and Policy values, by number format.
	inputText, inputBool                                       int
	inputMoney, inputPrice, inputCount, inputDecimal, inputPct int

	// Computed values, by number format; first* start a scenario's block
	// on Projection with a rule above.
	name, firstName, rowName                                  int
	money, firstMoney, perQuery, count, firstCount            int
	whole, firstWhole, month, verdict, computedValue, dateCol int

	// Values the app computed on Sensitivity and Risk, by number format,
	// and the flag of an input that flips the verdict.
	valuePrice, valueCount, valueDecimal, valuePct, valueShare, flipYes, flipNo int
}

// styleMaker creates styles and keeps the first error.
type styleMaker struct {
	f   *excelize.File
	err error
}

func (m *styleMaker) make(s *excelize.Style) int {
	if m.err != nil {
		return 0
	}
	id, err := m.f.NewStyle(s)
	if err != nil {
		m.err = err
	}
	return id
}

func numFmt(format string) *string { return &format }

func newStyles(f *excelize.File) (styles, error) {
	m := &styleMaker{f: f}
	font := func(bold bool, color string) *excelize.Font {
		return &excelize.Font{Bold: bold, Color: color, Family: "Calibri", Size: 11}
	}
	top := []excelize.Border{{Type: "top", Color: blockBorder, Style: 1}}
	headerBorder := []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}
	fill := func(color string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
	}
	input := func(format string) int {
		return m.make(&excelize.Style{Font: font(false, inputFont), Fill: fill(inputFill), CustomNumFmt: numFmt(format), Alignment: &excelize.Alignment{Vertical: "center"},
			Border: []excelize.Border{{Type: "bottom", Color: "E0D5B5", Style: 1}}})
	}
	middle := &excelize.Alignment{Vertical: "center"}
	computed := func(format string, border []excelize.Border) int {
		return m.make(&excelize.Style{Font: font(false, ""), CustomNumFmt: numFmt(format), Border: border, Alignment: middle})
	}

	s := styles{
		header: m.make(&excelize.Style{Font: font(true, headerFont), Fill: fill(headerFill), Border: headerBorder,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}),
		headerLeft: m.make(&excelize.Style{Font: font(true, headerFont), Fill: fill(headerFill), Border: headerBorder,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}}),
		title:    m.make(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Family: "Calibri", Color: headerFill}}),
		note:     m.make(&excelize.Style{Font: &excelize.Font{Italic: true, Family: "Calibri", Size: 10, Color: noteFont}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),
		bold:     m.make(&excelize.Style{Font: font(true, ""), Alignment: &excelize.Alignment{Vertical: "top"}}),
		text:     m.make(&excelize.Style{Font: font(false, ""), Alignment: &excelize.Alignment{Vertical: "top"}}),
		label:    m.make(&excelize.Style{Font: font(true, ""), Alignment: &excelize.Alignment{Vertical: "center"}}),
		unit:     m.make(&excelize.Style{Font: font(false, noteFont), Alignment: &excelize.Alignment{Indent: 1, Vertical: "center"}}),
		wrapText: m.make(&excelize.Style{Font: font(false, ""), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),

		inputText:    m.make(&excelize.Style{Font: font(true, headerFont), Fill: fill(headerFill), Border: headerBorder, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}),
		inputBool:    m.make(&excelize.Style{Font: font(false, inputFont), Fill: fill(inputFill), CustomNumFmt: numFmt(fmtBool), Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}, Border: []excelize.Border{{Type: "bottom", Color: "E0D5B5", Style: 1}}}),
		inputMoney:   input(fmtMoney),
		inputPrice:   input(fmtPrice),
		inputCount:   input(fmtCount),
		inputDecimal: input(fmtDecimal),
		inputPct:     input(fmtPercent),

		name:          m.make(&excelize.Style{Font: font(false, noteFont), Alignment: middle}),
		firstName:     m.make(&excelize.Style{Font: font(true, ""), Border: top, Alignment: middle}),
		rowName:       m.make(&excelize.Style{Font: font(false, ""), Alignment: middle}),
		money:         computed(fmtMoney, nil),
		firstMoney:    computed(fmtMoney, top),
		perQuery:      computed(fmtPerQuery, nil),
		count:         computed(fmtCount, nil),
		firstCount:    computed(fmtCount, top),
		whole:         computed(fmtWhole, nil),
		firstWhole:    computed(fmtWhole, top),
		month:         m.make(&excelize.Style{Font: font(false, ""), CustomNumFmt: numFmt(fmtWhole), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}),
		verdict:       m.make(&excelize.Style{Font: font(true, ""), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}),
		computedValue: m.make(&excelize.Style{Font: &excelize.Font{Italic: true, Family: "Calibri", Size: 11, Color: valueFontCol}, CustomNumFmt: numFmt(fmtCount), Alignment: middle}),
		dateCol:       m.make(&excelize.Style{Font: font(false, ""), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}),

		valuePrice:   computed(fmtPrice, nil),
		valueCount:   computed(fmtCount, nil),
		valueDecimal: computed(fmtDecimal, nil),
		valuePct:     computed(fmtPercent, nil),
		valueShare:   computed(fmtShare, nil),
		flipYes:      m.make(&excelize.Style{Font: font(true, flipFont), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}),
		flipNo:       m.make(&excelize.Style{Font: font(false, noteFont), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}),
	}
	return s, m.err
}
