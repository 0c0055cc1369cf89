package workbook

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// withRanges returns the seed scenarios followed by "Near the line", True
// scale at 3M calls a month (most inputs flip its verdict at ±20%), with
// ranges on its volume and GPU price, and "Ranged docs", the Docs seed with
// a range on its engineers.
func withRanges(t testing.TB) model.Document {
	t.Helper()
	doc := assets.DefaultDocument()
	near := doc.Scenarios[1]
	near.Name, near.QueriesPerMonth = "Near the line", 3e6
	docs := doc.Scenarios[0]
	docs.Name = "Ranged docs"
	for _, set := range []struct {
		s   *model.Scenario
		key string
		e   model.Estimate
	}{
		{&near, "queries_per_month", model.Estimate{Low: 2e6, Likely: 3e6, High: 9e6}},
		{&near, "gpu_hourly", model.Estimate{Low: 2, Likely: 2.5, High: 4}},
		{&docs, "engineers", model.Estimate{Low: 0.5, Likely: 1, High: 2}},
	} {
		if err := set.s.Ranges.Set(set.key, set.e); err != nil {
			t.Fatal(err)
		}
	}
	doc.Scenarios = append(doc.Scenarios, near, docs)
	if err := doc.Validate(); err != nil {
		t.Fatal(err)
	}
	return doc
}

// open exports doc and opens the workbook.
func open(t *testing.T, doc model.Document) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(export(t, doc)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// raw returns the raw value of a cell: numbers as written, text as text.
func raw(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestSensitivitySheet checks each scenario's table against
// model.Sensitivity: the headers, one row per numeric input in its order,
// the moved values, the savings at each end and the flips.
func TestSensitivitySheet(t *testing.T) {
	doc := withRanges(t)
	f := open(t, doc)
	results := model.Evaluate(doc)
	if note := raw(t, f, SheetSensitivity, "A2"); !strings.Contains(note, "−20% and +20%") || !strings.Contains(note, "not formulas") {
		t.Errorf("Sensitivity!A2 = %q, want the swing and that the values are not formulas", note)
	}
	if title := raw(t, f, SheetSensitivity, "A1"); title != "Sensitivity: what moves the verdict (swing ±20%)" {
		t.Errorf("Sensitivity!A1 = %q", title)
	}
	flipping := 0
	for i, r := range results {
		t.Run(r.Name, func(t *testing.T) {
			top := sensitivityBlock(i)
			if got := raw(t, f, SheetSensitivity, cell(1, top)); got != r.Name {
				t.Errorf("A%d = %q, want %q", top, got, r.Name)
			}
			for c, h := range SensitivityHeaders {
				if got := raw(t, f, SheetSensitivity, cell(c+1, top+1)); got != h {
					t.Errorf("%s = %q, want %q", cell(c+1, top+1), got, h)
				}
			}
			swings, err := model.Sensitivity(r.Scenario(), r.Policy(), model.DefaultSwingPct)
			if err != nil {
				t.Fatal(err)
			}
			if len(swings) != numericInputs {
				t.Fatalf("%d swings for %d numeric inputs", len(swings), numericInputs)
			}
			for k, sw := range swings {
				row := top + 2 + k
				field, _ := model.FieldByKey(sw.Input)
				if got := raw(t, f, SheetSensitivity, cell(1, row)); got != field.Label {
					t.Errorf("A%d = %q, want %q", row, got, field.Label)
				}
				if got := raw(t, f, SheetSensitivity, cell(2, row)); got != field.Units {
					t.Errorf("B%d = %q, want %q", row, got, field.Units)
				}
				for c, want := range []float64{sw.LowValue, sw.HighValue, sw.SavingsLow, sw.SavingsHigh} {
					if err := checkNumber(raw(t, f, SheetSensitivity, cell(c+3, row)), &want, cent); err != nil {
						t.Errorf("%s (%s): %v", cell(c+3, row), sw.Input, err)
					}
				}
				want := "no"
				if sw.Flips {
					want = "yes"
					flipping++
				}
				if got := raw(t, f, SheetSensitivity, cell(7, row)); got != want {
					t.Errorf("G%d (%s flips) = %q, want %q", row, sw.Input, got, want)
				}
			}
			if got := raw(t, f, SheetSensitivity, cell(1, top+2+numericInputs)); got != "" {
				t.Errorf("A%d = %q after the table, want a blank row", top+2+numericInputs, got)
			}
		})
	}
	if flipping == 0 {
		t.Error("no input flips any verdict: the test does not reach the flips")
	}
	pics, err := f.GetPictures(SheetSensitivity, cell(sensitivityPictureCol, sensitivityBlock(0)))
	if err != nil || len(pics) != 1 {
		t.Errorf("%d pictures beside the first table (%v), want its tornado", len(pics), err)
	}
}

// TestSensitivityLimit checks that a document of more scenarios than the
// sheet holds shows the first ones and says so.
func TestSensitivityLimit(t *testing.T) {
	tests := []struct {
		name      string
		scenarios int
		blocks    int
		note      string
	}{
		{"no scenarios", 0, 0, ""},
		{"one scenario", 1, 1, ""},
		{"twelve", 12, 12, ""},
		{"fifteen", 15, 12, "The sheet shows the first 12 of 15 scenarios"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := generate(t, genOptions{seed: uint64(tt.scenarios), scenarios: tt.scenarios, horizon: 12})
			f := open(t, doc)
			note := raw(t, f, SheetSensitivity, "A2")
			if tt.note != "" && !strings.Contains(note, tt.note) || tt.note == "" && strings.Contains(note, "The sheet shows the first") {
				t.Errorf("note %q, want %q", note, tt.note)
			}
			for i := range tt.scenarios {
				got := raw(t, f, SheetSensitivity, cell(1, sensitivityBlock(i)))
				if want := map[bool]string{true: doc.Scenarios[i].Name, false: ""}[i < tt.blocks]; got != want {
					t.Errorf("block %d named %q, want %q", i, got, want)
				}
			}
		})
	}
}

// TestInputValueStyle checks the number format of moved input values.
func TestInputValueStyle(t *testing.T) {
	b := &book{st: styles{valuePrice: 1, valuePct: 2, valueCount: 3, valueDecimal: 4}}
	tests := []struct {
		key    string
		values []float64
		want   int
	}{
		{"gpu_hourly", []float64{2, 3}, 1},
		{"utilization_pct", []float64{48, 72}, 2},
		{"queries_per_month", []float64{8e6, 12e6}, 3},
		{"engineers", []float64{1.6, 2.4}, 4},
		{"engineers", []float64{0.8, 1}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.key+" "+fmt.Sprint(tt.values), func(t *testing.T) {
			f, _ := model.FieldByKey(tt.key)
			if got := b.inputValueStyle(f, tt.values...); got != tt.want {
				t.Errorf("style %d, want %d", got, tt.want)
			}
		})
	}
}

// number parses a raw cell value as a number.
func number(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return v
}
