package workbook

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// openpyxlScript loads the workbook twice with openpyxl, a second,
// independent reader: once for formulas, formats and charts, once with
// data_only for the cached values. It prints what it found as JSON.
const openpyxlScript = `
import json, sys, zipfile, openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
cached = openpyxl.load_workbook(path, data_only=True)
out = {"sheets": wb.sheetnames, "summary": [], "charts": {}, "frozen": {},
       "title": wb.properties.title, "creator": wb.properties.creator,
       "created": wb.properties.created.isoformat() if wb.properties.created else None,
       "validations": {}, "conditional": 0, "landscape": wb["Summary"].page_setup.orientation,
       "fit": [wb["Summary"].page_setup.fitToWidth, wb["Summary"].page_setup.fitToHeight, wb["Summary"].sheet_properties.pageSetUpPr.fitToPage]}
ws, cs = wb["Summary"], cached["Summary"]
for row in range(2, ws.max_row + 1):
    cells = []
    for col in range(1, 11):
        c, v = ws.cell(row, col), cs.cell(row, col)
        cells.append({"formula": c.data_type == "f", "text": c.data_type == "s", "format": c.number_format,
                      "cached": v.value if not isinstance(v.value, bool) else str(v.value), "value": c.value if c.data_type != "f" else None})
    out["summary"].append(cells)
for name in wb.sheetnames:
    out["charts"][name] = len(wb[name]._charts)
    out["frozen"][name] = wb[name].freeze_panes
    out["validations"][name] = len(wb[name].data_validations.dataValidation)
# openpyxl reads pictures only with Pillow; count them in the package.
out["pictures"] = sum(1 for n in zipfile.ZipFile(path).namelist() if n.startswith("xl/media/") and n.endswith(".png"))
out["conditional"] = sum(len(r.rules) for r in wb["Summary"].conditional_formatting)
def values(name, cols):
    ws = cached[name]
    return [[ws.cell(r, c).value for c in range(1, cols + 1)] for r in range(1, ws.max_row + 1)]
out["sensitivity"] = values("Sensitivity", 7)
out["risk"] = values("Risk", 9)
json.dump(out, sys.stdout)
`

// openpyxlReport is what openpyxlScript prints.
type openpyxlReport struct {
	Sheets  []string
	Summary [][]struct {
		Formula, Text bool
		Format        string
		Cached        any
		Value         any
	}
	Charts, Validations     map[string]int
	Pictures                int
	Frozen                  map[string]*string
	Title, Creator, Created string
	Conditional             int
	Landscape               string
	Fit                     []any
	Sensitivity, Risk       [][]any
}

// TestOpenpyxlReadsWorkbook checks that the workbook opens cleanly in
// openpyxl, with formulas, number formats, charts, pictures, validations and
// cached values where they belong.
func TestOpenpyxlReadsWorkbook(t *testing.T) {
	python := "/usr/bin/python3"
	if out, err := exec.Command(python, "-c", "import openpyxl").CombinedOutput(); err != nil {
		t.Fatalf("python3-openpyxl is needed as a second reader of the workbook (apt-get install python3-openpyxl): %v\n%s", err, out)
	}
	doc := assets.DefaultDocument()
	doc.Scenarios[0].Name = "=1+2"
	doc.Scenarios[1].Name = "@SUM(A1)"
	results := evaluate(doc)
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, export(t, doc), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(python, "-c", openpyxlScript, path).Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("openpyxl could not read the workbook: %v\n%s", err, stderr)
	}
	var got openpyxlReport
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}

	if want := []string{SheetSummary, SheetInputs, SheetPolicy, SheetProjection, SheetCharts, SheetSensitivity, SheetRisk, SheetSources}; !equal(got.Sheets, want) {
		t.Errorf("sheets %q, want %q", got.Sheets, want)
	}
	if len(got.Summary) != len(results) {
		t.Fatalf("Summary has %d scenario rows, want %d", len(got.Summary), len(results))
	}
	for i, row := range got.Summary {
		r := results[i]
		if name := row[0]; !name.Text || name.Value != r.Name || name.Cached != r.Name {
			t.Errorf("row %d: name %+v, want the text %q", i+2, name, r.Name)
		}
		if v := row[sumVerdict-1]; !v.Formula || v.Cached != string(r.Verdict) {
			t.Errorf("row %d: verdict %+v, want a formula caching %q", i+2, v, r.Verdict)
		}
		for c := sumAPIPerQuery; c <= sumSavings; c++ {
			v := row[c-1]
			if !v.Formula || !strings.Contains(v.Format, "$") || !strings.Contains(v.Format, "#,##0") {
				t.Errorf("row %d column %s: %+v, want a formula in a currency format", i+2, col(c), v)
			}
			if _, ok := v.Cached.(float64); !ok {
				t.Errorf("row %d column %s: cached value %v, want a number", i+2, col(c), v.Cached)
			}
		}
		if v := row[sumBreakEvenMonth-1]; !v.Formula || (r.BreakEvenMonth == nil) != (v.Cached == nil) {
			t.Errorf("row %d: break-even month %+v, want a formula caching %v", i+2, v, r.BreakEvenMonth)
		}
	}
	if got.Charts[SheetSummary] != 1 || got.Charts[SheetCharts] != len(results) || got.Pictures != 2*len(results) {
		t.Errorf("charts %v and %d pictures, want a chart on Summary, %d charts and pictures on Charts and %[3]d pictures on Sensitivity", got.Charts, got.Pictures, len(results))
	}
	// Sensitivity and Risk read as the model's values.
	for i, r := range results {
		top := sensitivityBlock(i)
		if len(got.Sensitivity) < top+1+numericInputs {
			t.Fatalf("Sensitivity has %d rows, want the block of scenario %d", len(got.Sensitivity), i)
		}
		if name := got.Sensitivity[top-1][0]; name != r.Name {
			t.Errorf("Sensitivity!A%d = %v, want %q", top, name, r.Name)
		}
		for c, h := range SensitivityHeaders {
			if v := got.Sensitivity[top][c]; v != h {
				t.Errorf("Sensitivity!%s = %v, want %q", cell(c+1, top+1), v, h)
			}
		}
		swings, err := model.Sensitivity(r.Scenario(), r.Policy(), model.DefaultSwingPct)
		if err != nil {
			t.Fatal(err)
		}
		for k, sw := range swings {
			row := got.Sensitivity[top+1+k]
			if !cents(row[4], sw.SavingsLow) || !cents(row[5], sw.SavingsHigh) || row[6] != map[bool]string{true: "yes", false: "no"}[sw.Flips] {
				t.Errorf("Sensitivity row %d: %v, want %s at %g and %g, flips %v", top+2+k, row, sw.Input, sw.SavingsLow, sw.SavingsHigh, sw.Flips)
			}
		}
		risk := got.Risk[riskRow(i)-1]
		if risk[0] != r.Name || risk[1] != "no ranges set" || risk[8] != string(r.Verdict) {
			t.Errorf("Risk row %d: %v, want %q with no ranges set", riskRow(i), risk, r.Name)
		}
	}
	for c, h := range RiskHeaders {
		if v := got.Risk[riskHeaderRow-1][c]; v != h {
			t.Errorf("Risk!%s = %v, want %q", cell(c+1, riskHeaderRow), v, h)
		}
	}
	for _, sheet := range []string{SheetSummary, SheetInputs, SheetPolicy, SheetProjection} {
		if got.Frozen[sheet] == nil {
			t.Errorf("%s has no frozen panes", sheet)
		}
	}
	if got.Validations[SheetInputs] != len(model.Fields)-1 || got.Validations[SheetPolicy] != 5 {
		t.Errorf("data validations %v, want 25 on Inputs and 5 on Policy", got.Validations)
	}
	if got.Conditional != 4 {
		t.Errorf("%d conditional formatting rules on Summary, want one per verdict", got.Conditional)
	}
	if got.Title != Title || got.Creator == "" || got.Created == "" {
		t.Errorf("document properties: title %q, creator %q, created %q", got.Title, got.Creator, got.Created)
	}
	if got.Landscape != "landscape" || len(got.Fit) != 3 || got.Fit[0] != 1.0 || got.Fit[1] != 1.0 || got.Fit[2] != true {
		t.Errorf("Summary prints %s, fit %v; want landscape on one page", got.Landscape, got.Fit)
	}
}

// cents reports whether v, as openpyxl read it, is a number within a cent
// of want.
func cents(v any, want float64) bool {
	x, ok := v.(float64)
	return ok && checkNumber(strconv.FormatFloat(x, 'g', -1, 64), &want, cent) == nil
}
