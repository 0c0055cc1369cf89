package workbook

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"buildvsbuy/model"
)

// TestRiskSheet checks the Monte Carlo summary of each scenario with ranges
// against model.Simulate with the sheet's trials and seed, "no ranges set"
// for the others, and the table of ranges.
func TestRiskSheet(t *testing.T) {
	doc := withRanges(t)
	f := open(t, doc)
	results := model.Evaluate(doc)
	note := raw(t, f, SheetRisk, "A2")
	for _, want := range []string{"10,000 trials with seed 1", "same figures", "not formulas"} {
		if !strings.Contains(note, want) {
			t.Errorf("Risk!A2 = %q, want %q in it", note, want)
		}
	}
	for c, h := range RiskHeaders {
		if got := raw(t, f, SheetRisk, cell(c+1, riskHeaderRow)); got != h {
			t.Errorf("%s = %q, want %q", cell(c+1, riskHeaderRow), got, h)
		}
	}
	for i, s := range doc.Scenarios {
		t.Run(s.Name, func(t *testing.T) {
			row := riskRow(i)
			if got := raw(t, f, SheetRisk, cell(1, row)); got != s.Name {
				t.Errorf("A%d = %q, want %q", row, got, s.Name)
			}
			if got := raw(t, f, SheetRisk, cell(9, row)); got != string(results[i].Verdict) {
				t.Errorf("I%d = %q, want %s", row, got, results[i].Verdict)
			}
			status := raw(t, f, SheetRisk, cell(2, row))
			if s.Ranges.IsZero() {
				if status != "no ranges set" {
					t.Errorf("B%d = %q, want \"no ranges set\"", row, status)
				}
				for c := 3; c <= 8; c++ {
					if got := raw(t, f, SheetRisk, cell(c, row)); got != "" {
						t.Errorf("%s = %q, want blank", cell(c, row), got)
					}
				}
				return
			}
			if want := plural(s.Ranges.Len(), "input"); status != want {
				t.Errorf("B%d = %q, want %q", row, status, want)
			}
			u, err := model.Simulate(context.Background(), s, doc.Policy, model.SimulateOptions{Trials: RiskTrials, Seed: RiskSeed})
			if err != nil {
				t.Fatal(err)
			}
			if u.PBuildCheaper == 0 || u.PBuildCheaper == 1 {
				t.Logf("P(build cheaper) = %v: the ranges do not straddle the verdict", u.PBuildCheaper)
			}
			for c, want := range []struct {
				v   float64
				tol tolerance
			}{
				{RiskTrials, exact}, {RiskSeed, exact}, {u.PBuildCheaper, 1e-12},
				{u.SavingsP10, cent}, {u.SavingsP50, cent}, {u.SavingsP90, cent},
			} {
				if err := checkNumber(raw(t, f, SheetRisk, cell(c+3, row)), &want.v, want.tol); err != nil {
					t.Errorf("%s (%s): %v", cell(c+3, row), RiskHeaders[c+2], err)
				}
			}
		})
	}

	// The ranges, in document and input order.
	header := rangesHeaderRow(len(doc.Scenarios))
	for c, h := range RangeHeaders {
		if got := raw(t, f, SheetRisk, cell(c+1, header)); got != h {
			t.Errorf("%s = %q, want %q", cell(c+1, header), got, h)
		}
	}
	row := header + 1
	for _, s := range doc.Scenarios {
		for _, key := range s.Ranges.Keys() {
			e, _ := s.Ranges.Get(key)
			field, _ := model.FieldByKey(key)
			got := []string{raw(t, f, SheetRisk, cell(1, row)), raw(t, f, SheetRisk, cell(2, row)), raw(t, f, SheetRisk, cell(3, row))}
			if want := []string{s.Name, field.Label, field.Units}; !equal(got, want) {
				t.Errorf("row %d: %q, want %q", row, got, want)
			}
			for c, want := range []float64{e.Low, e.Likely, e.High} {
				if v := number(t, raw(t, f, SheetRisk, cell(c+4, row))); v != want {
					t.Errorf("%s = %v, want %v", cell(c+4, row), v, want)
				}
			}
			row++
		}
	}
	if got := raw(t, f, SheetRisk, cell(1, row)); got != "" {
		t.Errorf("A%d = %q after the ranges, want blank", row, got)
	}
}

// TestRiskWithoutRanges checks the sheet of a document without ranges, and
// of one with more scenarios with ranges than the export simulates.
func TestRiskWithoutRanges(t *testing.T) {
	doc := generate(t, genOptions{seed: 3, scenarios: 3, horizon: 12})
	f := open(t, doc)
	for i := range doc.Scenarios {
		if got := raw(t, f, SheetRisk, cell(2, riskRow(i))); got != "no ranges set" {
			t.Errorf("B%d = %q, want \"no ranges set\"", riskRow(i), got)
		}
	}
	if got := raw(t, f, SheetRisk, cell(1, rangesHeaderRow(3)+1)); !strings.HasPrefix(got, "No scenario has ranges") {
		t.Errorf("under the ranges header: %q", got)
	}

	many := generate(t, genOptions{seed: 4, scenarios: maxSimulated + 2, horizon: 12, edit: func(i int, s *model.Scenario) {
		v := s.GPUHourly
		if err := s.Ranges.Set("gpu_hourly", model.Estimate{Low: v, Likely: v, High: v + 1}); err != nil {
			panic(err)
		}
	}})
	f = open(t, many)
	for i := range many.Scenarios {
		got := raw(t, f, SheetRisk, cell(2, riskRow(i)))
		want := "1 input"
		if i >= maxSimulated {
			want = fmt.Sprintf("not simulated: the export simulates the first %d scenarios with ranges", maxSimulated)
		}
		if got != want {
			t.Errorf("B%d = %q, want %q", riskRow(i), got, want)
		}
	}
}
