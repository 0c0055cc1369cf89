package workbook

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/assets"
)

// formulaLikeNames are scenario names a spreadsheet would take for formulas
// if they were written carelessly.
var formulaLikeNames = []string{"=1+2", "@SUM(A1)", "+1", "-1", `=HYPERLINK("http://example.com","x")`, "=cmd|' /C calc'!A0", " spaced  "}

// TestNamesStayText checks that scenario names that look like formulas are
// written as text, never as formulas: in the file, and after gnumeric has
// recalculated it.
func TestNamesStayText(t *testing.T) {
	doc := assets.DefaultDocument()
	doc.Scenarios = doc.Scenarios[:1]
	for i, name := range formulaLikeNames {
		s := doc.Scenarios[0]
		s.Name = name
		if i == 0 {
			doc.Scenarios[0] = s
		} else {
			doc.Scenarios = append(doc.Scenarios, s)
		}
	}
	xlsx := export(t, doc)
	f, err := excelize.OpenReader(bytes.NewReader(xlsx))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := recalculate(t, xlsx)
	h := doc.Policy.HorizonMonths
	for i, name := range formulaLikeNames {
		t.Run(name, func(t *testing.T) {
			places := []struct{ sheet, ref string }{
				{SheetInputs, cell(firstScenarioCol+i, 1)},
				{SheetSummary, cell(sumName, summaryRow(i))},
				{SheetProjection, cell(projName, projectionRow(i, 1, h))},
				{SheetProjection, cell(projName, projectionRow(i, h, h))},
			}
			for _, p := range places {
				if formula, err := f.GetCellFormula(p.sheet, p.ref); err != nil || formula != "" {
					t.Errorf("%s!%s holds formula %q (err %v), want the text %q", p.sheet, p.ref, formula, err, name)
				}
				if typ, _ := f.GetCellType(p.sheet, p.ref); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
					t.Errorf("%s!%s has cell type %v, want a string", p.sheet, p.ref, typ)
				}
				if v, _ := f.GetCellValue(p.sheet, p.ref); v != name {
					t.Errorf("%s!%s = %q, want %q", p.sheet, p.ref, v, name)
				}
				column, row, _ := excelize.CellNameToCoordinates(p.ref)
				if v := got.at(p.sheet, column, row); v != name {
					t.Errorf("recalculated %s!%s = %q, want %q", p.sheet, p.ref, v, name)
				}
			}
		})
	}
}
