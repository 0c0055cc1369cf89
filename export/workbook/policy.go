package workbook

import (
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/model"
)

// writePolicy writes the Policy sheet: label in A, value in B, unit in C,
// the keys of SPEC section 2 on rows 2 to 6.
func (b *book) writePolicy() error {
	sw, err := b.f.NewStreamWriter(SheetPolicy)
	if err != nil {
		return err
	}
	labelWidth := 10.0
	for _, f := range model.PolicyFields {
		labelWidth = max(labelWidth, float64(utf8.RuneCountInString(f.Label))+2)
	}
	for c, w := range []float64{labelWidth, 14, 16} {
		if err := sw.SetColWidth(c+1, c+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(frozen(1, 1)); err != nil {
		return err
	}
	header := []any{text(b.st.headerLeft, "Policy"), text(b.st.header, "Value"), text(b.st.headerLeft, "Unit")}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	for i, f := range model.PolicyFields {
		style := b.st.inputCount
		if f.Unit == model.Money {
			style = b.st.inputMoney
		}
		row := []any{text(b.st.label, f.Label), excelize.Cell{StyleID: style, Value: f.Value(&b.doc.Policy)}, text(b.st.unit, f.Units)}
		if err := sw.SetRow(cell(1, i+2), row, excelize.RowOpts{Height: 17}); err != nil {
			return err
		}
	}
	if err := b.validatePolicy(); err != nil {
		return err
	}
	if err := b.printSetup(SheetPolicy, false); err != nil {
		return err
	}
	return sw.Flush()
}
