package workbook

import (
	"fmt"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// writeProjection writes the Projection sheet: one row per scenario and
// month, scenarios in document order, every number a formula on Inputs and
// Policy.
func (b *book) writeProjection() error {
	if err := b.fitToPage(SheetProjection); err != nil {
		return err
	}
	sw, err := b.f.NewStreamWriter(SheetProjection)
	if err != nil {
		return err
	}
	nameWidth := 12.0
	for _, s := range b.doc.Scenarios {
		nameWidth = max(nameWidth, float64(utf8.RuneCountInString(s.Name))+2)
	}
	for c, w := range []float64{min(nameWidth, 48), 8, 14, 10, 14, 14, 16, 16} {
		if err := sw.SetColWidth(c+1, c+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(frozen(1, 1)); err != nil {
		return err
	}
	header := make([]any, len(ProjectionHeaders))
	for i, h := range ProjectionHeaders {
		header[i] = text(b.st.header, h)
	}
	header[0] = text(b.st.headerLeft, ProjectionHeaders[0])
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}

	st := b.st
	row := make([]any, len(ProjectionHeaders))
	for i := range b.results {
		r := &b.results[i]
		refs := scenario(i)
		for _, m := range r.Months {
			rowNum := projectionRow(i, m.Month, b.horizon)
			f := refs.projectionFormulas(rowNum, m.Month)
			name, count, whole, money := st.name, st.count, st.whole, st.money
			if m.Month == 1 {
				name, count, whole, money = st.firstName, st.firstCount, st.firstWhole, st.firstMoney
			}
			row[projName-1] = text(name, r.Name)
			row[projMonth-1] = formula(whole, f[projMonth], m.Month)
			row[projQueries-1] = formula(count, f[projQueries], m.Queries)
			row[projReplicas-1] = formula(whole, f[projReplicas], m.Replicas)
			row[projBuy-1] = formula(money, f[projBuy], m.Buy)
			row[projBuild-1] = formula(money, f[projBuild], m.Build)
			row[projCumBuy-1] = formula(money, f[projCumBuy], m.CumBuy)
			row[projCumBuild-1] = formula(money, f[projCumBuild], m.CumBuild)
			if err := sw.SetRow(cell(1, rowNum), row); err != nil {
				return err
			}
		}
	}
	if err := b.printSetup(SheetProjection, false); err != nil {
		return err
	}
	if err := b.fitWidth(SheetProjection); err != nil {
		return err
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: SheetProjection,
		RefersTo: fmt.Sprintf("%s!$1:$1", SheetProjection)}); err != nil {
		return err
	}
	return sw.Flush()
}
