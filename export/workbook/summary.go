package workbook

import (
	"fmt"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// maxCharted is the most scenarios the charts show; a chart of hundreds of
// scenarios reads as noise, and every scenario is on Projection anyway.
const maxCharted = 12

// summaryWidths are the Summary column widths, B to J, in characters.
var summaryWidths = []float64{19, 12, 14, 14, 15, 15, 15, 16, 11}

// writeSummary writes the Summary sheet: one row per scenario in document
// order, every figure a formula; the break-even volume is the app's value,
// shown only while the inputs it depends on are as exported.
func (b *book) writeSummary() error {
	if err := b.fitToPage(SheetSummary); err != nil {
		return err
	}
	sw, err := b.f.NewStreamWriter(SheetSummary)
	if err != nil {
		return err
	}
	n := len(b.doc.Scenarios)
	nameWidth := 12.0
	for _, s := range b.doc.Scenarios {
		nameWidth = max(nameWidth, float64(utf8.RuneCountInString(s.Name))+2)
	}
	widths := append([]float64{min(nameWidth, 48)}, summaryWidths...)
	tableWidth := 0
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
		tableWidth += pixels(w)
	}
	if err := sw.SetPanes(frozen(1, 1)); err != nil {
		return err
	}
	header := make([]any, len(SummaryHeaders))
	for i, h := range SummaryHeaders {
		header[i] = text(b.st.header, h)
	}
	header[0] = text(b.st.headerLeft, SummaryHeaders[0])
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 32}); err != nil {
		return err
	}

	row := make([]any, len(SummaryHeaders))
	for i := range b.results {
		r := &b.results[i]
		rowNum := summaryRow(i)
		f := scenario(i).summaryFormulas(rowNum, projectionRow(i, 1, b.horizon), projectionRow(i, b.horizon, b.horizon))
		row[sumName-1] = text(b.st.rowName, r.Name)
		row[sumVerdict-1] = formula(b.st.verdict, f[sumVerdict], string(r.Verdict))
		row[sumAPIPerQuery-1] = formula(b.st.perQuery, f[sumAPIPerQuery], r.APICostPerQuery)
		row[sumBuyMonth-1] = formula(b.st.money, f[sumBuyMonth], r.BuyMonth1)
		row[sumBuildMonth-1] = formula(b.st.money, f[sumBuildMonth], r.BuildSteadyMonth1)
		row[sumBuyTotal-1] = formula(b.st.money, f[sumBuyTotal], r.BuyTotal)
		row[sumBuildTotal-1] = formula(b.st.money, f[sumBuildTotal], r.BuildTotal)
		row[sumSavings-1] = formula(b.st.money, f[sumSavings], r.Savings)
		var volume any
		if q := r.BreakEvenQueries; q != nil {
			volume = *q
		}
		row[sumBreakEvenQueries-1] = formula(b.st.computedValue,
			scenario(i).breakEvenVolume(&b.doc.Scenarios[i], r.BreakEvenQueries), volume)
		var month any
		if m := r.BreakEvenMonth; m != nil {
			month = *m
		}
		row[sumBreakEvenMonth-1] = formula(b.st.month, f[sumBreakEvenMonth], month)
		if err := sw.SetRow(cell(1, rowNum), row, excelize.RowOpts{Height: 18}); err != nil {
			return err
		}
	}

	last := summaryRow(n - 1)
	if n > 0 {
		if err := b.colourVerdicts(SheetSummary, sumVerdict, 2, last); err != nil {
			return err
		}
	}
	chartRow := last + 2
	if err := b.addTotalsChart(chartRow, tableWidth); err != nil {
		return err
	}
	if err := b.printSummary(chartRow + totalsChartRows); err != nil {
		return err
	}
	return sw.Flush()
}

// pixels returns the width in pixels of a column width characters wide in
// the default font.
func pixels(width float64) int { return int(width*7 + 5) }

// frozen returns panes that freeze the first rows and columns.
func frozen(rows, cols int) *excelize.Panes {
	return &excelize.Panes{Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: cell(cols+1, rows+1), ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: cell(cols+1, rows+1), ActiveCell: cell(cols+1, rows+1), Pane: "bottomRight"}}}
}

// printSummary sets up Summary to print on one landscape page, through the
// totals chart that ends on row lastRow.
func (b *book) printSummary(lastRow int) error {
	if err := b.printSetup(SheetSummary, true); err != nil {
		return err
	}
	one := 1
	if err := b.f.SetPageLayout(SheetSummary, &excelize.PageLayoutOptions{FitToWidth: &one, FitToHeight: &one}); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", Scope: SheetSummary,
		RefersTo: fmt.Sprintf("%s!$A$1:$%s$%d", SheetSummary, col(len(SummaryHeaders)), lastRow)})
}
