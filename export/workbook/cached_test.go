package workbook

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// TestCachedValues checks, without recalculating, that every formula cell
// of Summary and Projection carries the app's value, so that a previewer
// that never calculates shows the right numbers, and that the workbook
// asks for a full recalculation on load.
func TestCachedValues(t *testing.T) {
	for _, tc := range documentCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			xlsx := export(t, tc.doc)
			f, err := excelize.OpenReader(bytes.NewReader(xlsx))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			cached := sheets{}
			for _, sheet := range []string{SheetSummary, SheetProjection} {
				rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatal(err)
				}
				cached[sheet] = rows
			}
			compareWithModel(t, cached, tc.doc, compareOptions{})

			// Every figure is a formula; the break-even volume's keeps the
			// app's value while its inputs are as exported.
			for i := range tc.doc.Scenarios {
				row := summaryRow(i)
				for c := sumVerdict; c <= sumBreakEvenMonth; c++ {
					formula, err := f.GetCellFormula(SheetSummary, cell(c, row))
					if err != nil {
						t.Fatal(err)
					}
					if formula == "" {
						t.Errorf("Summary!%s formula %q", cell(c, row), formula)
					}
				}
			}
			props, err := f.GetCalcProps()
			if err != nil {
				t.Fatal(err)
			}
			if props.FullCalcOnLoad == nil || !*props.FullCalcOnLoad {
				t.Errorf("calcPr fullCalcOnLoad = %v, want true", props.FullCalcOnLoad)
			}
		})
	}
}

// TestLayout checks the sheet order and the labels SPEC section 7 fixes
// on Inputs and Policy, which other tools read by position.
func TestLayout(t *testing.T) {
	doc := assets.DefaultDocument()
	f, err := excelize.OpenReader(bytes.NewReader(export(t, doc)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{SheetSummary, SheetInputs, SheetPolicy, SheetProjection, SheetCharts, SheetSensitivity, SheetRisk, SheetSources}
	if got := f.GetSheetList(); !equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	for i, field := range model.Fields[1:] {
		row := i + 2
		if got, _ := f.GetCellValue(SheetInputs, cell(1, row)); got != field.Label {
			t.Errorf("Inputs!A%d = %q, want %q", row, got, field.Label)
		}
		if got, _ := f.GetCellValue(SheetInputs, cell(2, row)); got != field.Units {
			t.Errorf("Inputs!B%d = %q, want %q", row, got, field.Units)
		}
		for s := range doc.Scenarios {
			raw, _ := f.GetCellValue(SheetInputs, cell(firstScenarioCol+s, row), excelize.Options{RawCellValue: true})
			var want string
			switch v := field.Value(&doc.Scenarios[s]).(type) {
			case bool:
				want = map[bool]string{true: "1", false: "0"}[v]
				if typ, _ := f.GetCellType(SheetInputs, cell(firstScenarioCol+s, row)); typ != excelize.CellTypeBool {
					t.Errorf("Inputs!%s is of type %v, want a boolean", cell(firstScenarioCol+s, row), typ)
				}
			case float64:
				want = strconv.FormatFloat(v, 'f', -1, 64)
			}
			if raw != want {
				t.Errorf("Inputs!%s (%s of %q) = %q, want %q", cell(firstScenarioCol+s, row), field.Key, doc.Scenarios[s].Name, raw, want)
			}
		}
	}
	for i, pf := range model.PolicyFields {
		row := i + 2
		if got, _ := f.GetCellValue(SheetPolicy, cell(1, row)); got != pf.Label {
			t.Errorf("Policy!A%d = %q, want %q", row, got, pf.Label)
		}
		raw, _ := f.GetCellValue(SheetPolicy, cell(2, row), excelize.Options{RawCellValue: true})
		if want := strconv.FormatFloat(pf.Value(&doc.Policy), 'f', -1, 64); raw != want {
			t.Errorf("Policy!B%d (%s) = %q, want %q", row, pf.Key, raw, want)
		}
	}
}

func equal(a, b []string) bool {
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

// TestWriteRejectsInvalidDocuments checks that an invalid document is an
// error naming the problem, and that Save then leaves no file behind.
func TestWriteRejectsInvalidDocuments(t *testing.T) {
	valid := assets.DefaultDocument()
	tests := []struct {
		name  string
		spoil func(d *model.Document)
		want  string // the key the error must name
	}{
		{"utilization over 100", func(d *model.Document) { d.Scenarios[1].UtilizationPct = 140 }, "utilization_pct"},
		{"horizon 0", func(d *model.Document) { d.Policy.HorizonMonths = 0 }, "horizon_months"},
		{"duplicate names", func(d *model.Document) { d.Scenarios[2].Name = d.Scenarios[0].Name }, "name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := valid.Clone()
			tt.spoil(&doc)
			var buf bytes.Buffer
			err := Write(&buf, doc)
			var fe *model.FieldError
			if !errors.As(err, &fe) || fe.Field != tt.want {
				t.Fatalf("Write error %v, want a FieldError on %s", err, tt.want)
			}
			path := filepath.Join(t.TempDir(), "out.xlsx")
			if err := Save(path, doc); err == nil {
				t.Fatal("Save accepted an invalid document")
			}
			entries, _ := os.ReadDir(filepath.Dir(path))
			if len(entries) != 0 {
				t.Errorf("Save left %d files behind", len(entries))
			}
		})
	}
}

// TestSaveReplacesAtomically checks that Save writes a workbook that opens,
// over an existing file, leaving no temporary file.
func TestSaveReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Save(path, assets.DefaultDocument()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("the saved workbook does not open: %v", err)
	}
	f.Close()
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only the workbook", len(entries))
	}
}
