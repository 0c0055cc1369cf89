package workbook

import (
	"fmt"
	"math"
	"strconv"
	"testing"

	"buildvsbuy/model"
)

// tolerance of a figure: money to the cent, the cost per query to a
// millionth of a cent; counts must be exact.
type tolerance float64

const (
	cent     tolerance = 0.005
	perQuery tolerance = 1e-8
	exact    tolerance = 0
)

// checkNumber reports whether text, a cell's value, is want within tol;
// "" stands for a blank cell and matches a nil want.
func checkNumber(text string, want *float64, tol tolerance) error {
	if want == nil {
		if text != "" {
			return fmt.Errorf("got %q, want a blank cell", text)
		}
		return nil
	}
	got, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return fmt.Errorf("got %q, want %v", text, *want)
	}
	// Relative slack of 1e-13 covers values whose cents lie beyond a
	// float64's 15 to 16 significant digits.
	if d := math.Abs(got - *want); d > float64(tol) && d > 1e-13*math.Abs(*want) {
		return fmt.Errorf("got %v, want %v (off by %g)", got, *want, d)
	}
	return nil
}

func ptr(v float64) *float64 { return &v }

func intPtr(v *int) *float64 {
	if v == nil {
		return nil
	}
	return ptr(float64(*v))
}

// compareOptions says which figures a comparison leaves out.
type compareOptions struct {
	// exported is the document the workbook was exported from, when its
	// inputs were edited since: a scenario whose break-even inputs changed
	// must show staleBreakEven instead of a volume.
	exported *model.Document
}

// breakEvenInputsChanged reports whether an input the break-even volume
// depends on differs between a and b.
func breakEvenInputsChanged(a, b *model.Scenario) bool {
	for _, key := range breakEvenInputs {
		f, _ := model.FieldByKey(key)
		if f.Number(a) != f.Number(b) {
			return true
		}
	}
	return false
}

// compareWithModel checks every number and verdict on Summary and
// Projection against the model's results for doc.
func compareWithModel(t *testing.T, got sheets, doc model.Document, opts compareOptions) {
	t.Helper()
	results := model.Evaluate(doc)
	h := doc.Policy.HorizonMonths
	errs := 0
	check := func(sheet string, column, row int, want *float64, tol tolerance) {
		if err := checkNumber(got.at(sheet, column, row), want, tol); err != nil {
			errs++
			if errs <= 20 {
				t.Errorf("%s!%s: %v", sheet, cell(column, row), err)
			}
		}
	}
	for c, h := range SummaryHeaders {
		if g := got.at(SheetSummary, c+1, 1); g != h {
			t.Errorf("Summary header %d = %q, want %q", c+1, g, h)
		}
	}
	for c, h := range ProjectionHeaders {
		if g := got.at(SheetProjection, c+1, 1); g != h {
			t.Errorf("Projection header %d = %q, want %q", c+1, g, h)
		}
	}
	if n := len(got[SheetSummary]); n != len(results)+1 {
		t.Errorf("Summary has %d rows, want a header and %d scenarios", n, len(results))
	}
	if n := len(got[SheetProjection]); n != len(results)*h+1 {
		t.Errorf("Projection has %d rows, want a header and %d scenarios × %d months", n, len(results), h)
	}
	for i := range results {
		r := &results[i]
		row := summaryRow(i)
		if g := got.at(SheetSummary, sumName, row); g != r.Name {
			t.Errorf("Summary!A%d = %q, want %q", row, g, r.Name)
		}
		if g := got.at(SheetSummary, sumVerdict, row); g != string(r.Verdict) {
			errs++
			t.Errorf("%s: verdict %q, want %q", r.Name, g, r.Verdict)
		}
		check(SheetSummary, sumAPIPerQuery, row, ptr(r.APICostPerQuery), perQuery)
		check(SheetSummary, sumBuyMonth, row, ptr(r.BuyMonth1), cent)
		check(SheetSummary, sumBuildMonth, row, ptr(r.BuildSteadyMonth1), cent)
		check(SheetSummary, sumBuyTotal, row, ptr(r.BuyTotal), cent)
		check(SheetSummary, sumBuildTotal, row, ptr(r.BuildTotal), cent)
		check(SheetSummary, sumSavings, row, ptr(r.Savings), cent)
		if opts.exported != nil && breakEvenInputsChanged(&opts.exported.Scenarios[i], &doc.Scenarios[i]) {
			if g := got.at(SheetSummary, sumBreakEvenQueries, row); g != staleBreakEven {
				errs++
				t.Errorf("%s: break-even volume %q after its inputs changed, want %q", r.Name, g, staleBreakEven)
			}
		} else {
			check(SheetSummary, sumBreakEvenQueries, row, r.BreakEvenQueries, cent)
		}
		check(SheetSummary, sumBreakEvenMonth, row, intPtr(r.BreakEvenMonth), exact)

		for _, m := range r.Months {
			pr := projectionRow(i, m.Month, h)
			if g := got.at(SheetProjection, projName, pr); g != r.Name {
				t.Errorf("Projection!A%d = %q, want %q", pr, g, r.Name)
			}
			check(SheetProjection, projMonth, pr, ptr(float64(m.Month)), exact)
			check(SheetProjection, projQueries, pr, ptr(m.Queries), cent)
			check(SheetProjection, projReplicas, pr, ptr(m.Replicas), exact)
			check(SheetProjection, projBuy, pr, ptr(m.Buy), cent)
			check(SheetProjection, projBuild, pr, ptr(m.Build), cent)
			check(SheetProjection, projCumBuy, pr, ptr(m.CumBuy), cent)
			check(SheetProjection, projCumBuild, pr, ptr(m.CumBuild), cent)
		}
	}
	if errs > 20 {
		t.Errorf("... and %d more differences", errs-20)
	}
}

// evaluate returns the model's results for doc.
func evaluate(doc model.Document) []model.Result { return model.Evaluate(doc) }
