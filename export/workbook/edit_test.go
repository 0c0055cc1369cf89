package workbook

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// TestEditedInputRecomputes changes input cells in an exported workbook, as
// an analyst would in a spreadsheet, has gnumeric recalculate it, and checks
// every figure and verdict against the model run on the changed document.
func TestEditedInputRecomputes(t *testing.T) {
	seed := assets.DefaultDocument()
	tests := []struct {
		name  string
		doc   model.Document
		edits []edit
	}{
		{"400 times the queries", seed, []edit{
			{sheet: SheetInputs, scenario: 0, key: "queries_per_month", value: 20e6},
		}},
		{"growth and build time", seed, []edit{
			{sheet: SheetInputs, scenario: 1, key: "growth_pct", value: -7.5},
			{sheet: SheetInputs, scenario: 1, key: "build_months", value: 9.0},
			{sheet: SheetInputs, scenario: 2, key: "growth_pct", value: 15.0},
		}},
		{"constraints lifted: regulated off, latency met", seed, []edit{
			{sheet: SheetInputs, scenario: 2, key: "regulated", value: false},
			{sheet: SheetInputs, scenario: 3, key: "latency_budget_ms", value: 0.0},
		}},
		{"quality fails and AI becomes the product", seed, []edit{
			{sheet: SheetInputs, scenario: 1, key: "api_quality_ok", value: false},
			{sheet: SheetInputs, scenario: 0, key: "ai_core_product", value: true},
			{sheet: SheetInputs, scenario: 0, key: "queries_per_month", value: 900000.0},
		}},
		{"cheaper GPUs, no minimum replicas, upfront cost", seed, []edit{
			{sheet: SheetInputs, scenario: 4, key: "gpu_hourly", value: 1.49},
			{sheet: SheetInputs, scenario: 4, key: "min_replicas", value: 0.0},
			{sheet: SheetInputs, scenario: 5, key: "upfront_cost", value: 250000.0},
			{sheet: SheetInputs, scenario: 5, key: "utilization_pct", value: 85.0},
		}},
		{"policy: buy threshold raised", seed, []edit{
			{sheet: SheetPolicy, key: "buy_below_monthly", value: 300000.0},
		}},
		{"policy: buy threshold zero on a long horizon", generate(t, genOptions{seed: 21, scenarios: 8, horizon: 48}), []edit{
			{sheet: SheetPolicy, key: "buy_below_monthly", value: 0.0},
			{sheet: SheetInputs, scenario: 7, key: "engineers", value: 0.5},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := excelize.OpenReader(bytes.NewReader(export(t, tt.doc)))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			changed := tt.doc.Clone()
			for _, e := range tt.edits {
				e.apply(t, f, &changed)
			}
			if err := changed.Validate(); err != nil {
				t.Fatalf("the edits make an invalid document: %v", err)
			}
			var buf bytes.Buffer
			if err := f.Write(&buf); err != nil {
				t.Fatal(err)
			}
			got := recalculate(t, buf.Bytes())
			if before, after := model.Evaluate(tt.doc), model.Evaluate(changed); sameFigures(before, after) {
				t.Fatalf("the edits change no figure; the test would prove nothing")
			}
			compareWithModel(t, got, changed, compareOptions{exported: &tt.doc})
		})
	}
}

// edit is one changed input cell: a scenario's field on Inputs, or a
// policy key on Policy.
type edit struct {
	sheet    string
	scenario int
	key      string
	value    any // float64 or bool
}

// apply writes the edit into the workbook's cell and into doc.
func (e edit) apply(t *testing.T, f *excelize.File, doc *model.Document) {
	t.Helper()
	var ref string
	switch e.sheet {
	case SheetInputs:
		field, ok := model.FieldByKey(e.key)
		if !ok {
			t.Fatalf("no field %s", e.key)
		}
		ref = cell(firstScenarioCol+e.scenario, inputRow(e.key))
		s := &doc.Scenarios[e.scenario]
		if b, ok := e.value.(bool); ok {
			field.SetBool(s, b)
		} else if err := field.SetNumber(s, e.value.(float64)); err != nil {
			t.Fatal(err)
		}
	case SheetPolicy:
		ref = cell(2, policyRow(e.key))
		for _, pf := range model.PolicyFields {
			if pf.Key == e.key {
				if err := pf.Set(&doc.Policy, e.value.(float64)); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := f.SetCellValue(e.sheet, ref, e.value); err != nil {
		t.Fatal(err)
	}
}

// sameFigures reports whether two evaluations agree on every total and verdict.
func sameFigures(a, b []model.Result) bool {
	for i := range a {
		if a[i].BuyTotal != b[i].BuyTotal || a[i].BuildTotal != b[i].BuildTotal || a[i].Verdict != b[i].Verdict ||
			a[i].BuyMonth1 != b[i].BuyMonth1 || a[i].BuildSteadyMonth1 != b[i].BuildSteadyMonth1 {
			return false
		}
	}
	return true
}
