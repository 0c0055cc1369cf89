package model_test

import (
	"context"
	"errors"
	"math"
	"runtime"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

func seedScenario(t testing.TB, name string) (model.Scenario, model.Policy) {
	t.Helper()
	d := assets.DefaultDocument()
	for _, s := range d.Scenarios {
		if s.Name == name {
			return s, d.Policy
		}
	}
	t.Fatalf("no seed scenario %q", name)
	return model.Scenario{}, model.Policy{}
}

const trueScale = "True scale (10M calls/month)"

func mustSet(t testing.TB, s *model.Scenario, key string, e model.Estimate) {
	t.Helper()
	if err := s.Ranges.Set(key, e); err != nil {
		t.Fatal(err)
	}
}

// With every range a single point, every trial is the deterministic model.
func TestSimulatePointRanges(t *testing.T) {
	for _, s := range assets.DefaultDocument().Scenarios {
		p := assets.DefaultDocument().Policy
		for _, key := range []string{"queries_per_month", "gpu_hourly", "gpus_per_replica", "growth_pct", "build_months"} {
			f, _ := model.FieldByKey(key)
			v := f.Number(&s)
			mustSet(t, &s, key, model.Estimate{Low: v, Likely: v, High: v})
		}
		want := model.EvaluateScenario(s, p)
		u, err := model.Simulate(context.Background(), s, p, model.SimulateOptions{Trials: 1000, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		if u.SavingsP10 != want.Savings || u.SavingsP50 != want.Savings || u.SavingsP90 != want.Savings {
			t.Errorf("%s: savings P10/P50/P90 %v %v %v, want %v", s.Name, u.SavingsP10, u.SavingsP50, u.SavingsP90, want.Savings)
		}
		wantP := 0.0
		if want.BuildTotal < want.BuyTotal {
			wantP = 1
		}
		if u.PBuildCheaper != wantP || u.Trials != 1000 {
			t.Errorf("%s: P(build cheaper) %v over %d trials, want %v", s.Name, u.PBuildCheaper, u.Trials, wantP)
		}
		for i, b := range u.Months {
			m := want.Months[i]
			if d := m.CumBuild - m.CumBuy; b.Month != i+1 || b.P10 != d || b.P50 != d || b.P90 != d {
				t.Errorf("%s month %d: band %+v, want %v", s.Name, i+1, b, d)
			}
		}
	}
}

// Savings are linear in gpu_hourly, so P(build cheaper) is the triangular
// CDF at the break-even price, worked out by hand.
//
// True scale, by hand from SPEC section 3: the API costs 10M × $0.02 =
// $200,000 a month, $2,400,000 over 12 months. Building costs $230,000 in
// each of the 3 build months (API + 2 × $15,000 team), then 3 replicas of
// 8 GPUs, $6,200 fixed and the team: 9 × (3 × 8 × 730 × h + 36,200).
// Savings(h) = 690,000 + 325,800 + 157,680·h − 2,400,000 = 157,680·h −
// 1,384,200, zero at h* = 1,384,200 / 157,680 = 8.778538812785388.
// With h ~ Triangular(2, 8, 12): P(h < h*) = 1 − (12 − h*)² / ((12 − 2)(12 − 8)).
func TestSimulateTriangularProbability(t *testing.T) {
	s, p := seedScenario(t, trueScale)
	mustSet(t, &s, "gpu_hourly", model.Estimate{Low: 2, Likely: 8, High: 12})
	hStar := 1384200.0 / 157680
	exact := 1 - (12-hStar)*(12-hStar)/(10*4)
	const n = 20000
	u, err := model.Simulate(context.Background(), s, p, model.SimulateOptions{Trials: n, Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	se := math.Sqrt(exact * (1 - exact) / n)
	if math.Abs(u.PBuildCheaper-exact) > 4*se {
		t.Errorf("P(build cheaper) = %v, exact %v (4 s.e. = %v)", u.PBuildCheaper, exact, 4*se)
	}
	// The median of Triangular(2, 8, 12) is 12 − sqrt(10·4/2) = 7.5279 (the
	// mode lies above the middle of the range), so median savings are
	// 157,680 × 7.5279 − 1,384,200; a sample median's standard error is
	// 1 / (2·f(median)·sqrt(n)) in h, f the triangular density.
	medianH := 12 - math.Sqrt(20)
	wantP50 := 157680*medianH - 1384200
	seMedian := 4 * 157680 / (triPDF(medianH) * 2 * math.Sqrt(n))
	if math.Abs(u.SavingsP50-wantP50) > seMedian {
		t.Errorf("median savings %v, want %v ± %v", u.SavingsP50, wantP50, seMedian)
	}
	if !(u.SavingsP10 < u.SavingsP50 && u.SavingsP50 < u.SavingsP90) {
		t.Errorf("percentiles out of order: %v %v %v", u.SavingsP10, u.SavingsP50, u.SavingsP90)
	}
}

// triPDF is the density of Triangular(2, 8, 12) at h.
func triPDF(h float64) float64 {
	if h < 8 {
		return 2 * (h - 2) / (10 * 6)
	}
	return 2 * (12 - h) / (10 * 4)
}

// An integer input drawn from a range: build_months ~ Triangular(0, 0, 6),
// rounded. In True scale a build month costs $230,000 (API and team) and a
// live month $80,000, so savings(b) = 230,000·b + 80,000·(12 − b) −
// 2,400,000 = 150,000·b − 1,440,000: building is cheaper for every b < 9.6.
func TestSimulateIntegerInput(t *testing.T) {
	s, p := seedScenario(t, trueScale)
	mustSet(t, &s, "build_months", model.Estimate{Low: 0, Likely: 0, High: 6})
	u, err := model.Simulate(context.Background(), s, p, model.SimulateOptions{Trials: 3000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	// P10..P90 lie on that line between b = 0 and b = 6; the draws are whole,
	// so with 3,000 trials each percentile falls on a whole b. The median of
	// Triangular(0, 0, 6) is 6 − sqrt(18) = 1.76, rounded to 2.
	for _, v := range []float64{u.SavingsP10, u.SavingsP50, u.SavingsP90} {
		b := (v + 1440000) / 150000
		if b < 0 || b > 6 || b != math.Trunc(b) {
			t.Errorf("savings percentile %v is b = %v, not a whole number in 0..6", v, b)
		}
	}
	if u.SavingsP50 != 150000*2-1440000 {
		t.Errorf("median savings %v, want b = 2: %v", u.SavingsP50, 150000*2-1440000)
	}
	if u.PBuildCheaper != 1 {
		t.Errorf("P(build cheaper) = %v, want 1", u.PBuildCheaper)
	}
}

func rangedTrueScale(t testing.TB) (model.Scenario, model.Policy) {
	s, p := seedScenario(t, trueScale)
	mustSet(t, &s, "gpu_hourly", model.Estimate{Low: 2, Likely: 8, High: 12})
	mustSet(t, &s, "queries_per_month", model.Estimate{Low: 1e6, Likely: 5e6, High: 2e7})
	mustSet(t, &s, "utilization_pct", model.Estimate{Low: 20, Likely: 50, High: 90})
	mustSet(t, &s, "min_replicas", model.Estimate{Low: 1, Likely: 2, High: 5})
	mustSet(t, &s, "growth_pct", model.Estimate{Low: -5, Likely: 2, High: 15})
	return s, p
}

// The same seed gives the same result, on one core or two, with any number
// of workers; another seed gives another.
func TestSimulateReproducible(t *testing.T) {
	s, p := rangedTrueScale(t)
	run := func(seed uint64, workers int) model.Uncertainty {
		u, err := model.Simulate(context.Background(), s, p, model.SimulateOptions{Trials: 5000, Seed: seed, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	prev := runtime.GOMAXPROCS(1)
	one := run(9, 0)
	runtime.GOMAXPROCS(2)
	two := run(9, 0)
	runtime.GOMAXPROCS(prev)
	five := run(9, 5)
	for _, u := range []model.Uncertainty{two, five} {
		if !equalUncertainty(one, u) {
			t.Errorf("seed 9 gave %+v and %+v", one, u)
		}
	}
	if other := run(10, 0); equalUncertainty(one, other) {
		t.Error("seeds 9 and 10 gave the same result")
	}
	if one.PBuildCheaper <= 0 || one.PBuildCheaper >= 1 {
		t.Errorf("P(build cheaper) = %v: the ranges should leave it uncertain", one.PBuildCheaper)
	}
}

func equalUncertainty(a, b model.Uncertainty) bool {
	if a.Trials != b.Trials || a.PBuildCheaper != b.PBuildCheaper || a.SavingsP10 != b.SavingsP10 ||
		a.SavingsP50 != b.SavingsP50 || a.SavingsP90 != b.SavingsP90 || len(a.Months) != len(b.Months) {
		return false
	}
	for i := range a.Months {
		if a.Months[i] != b.Months[i] {
			return false
		}
	}
	return true
}

// Cancelling stops the simulation and returns the context's error;
// progress reports grow to the total.
func TestSimulateCancelAndProgress(t *testing.T) {
	s, p := rangedTrueScale(t)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, err := model.Simulate(ctx, s, p, model.SimulateOptions{Trials: 1_000_000, Progress: func(done, total int) {
		calls++
		if done >= 20000 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if calls > 200 {
		t.Errorf("%d progress calls after cancelling at 20,000 of 1,000,000 trials", calls)
	}

	last, total := 0, 0
	_, err = model.Simulate(context.Background(), s, p, model.SimulateOptions{Trials: 3000, Progress: func(done, n int) {
		if done <= last {
			t.Errorf("progress went from %d to %d", last, done)
		}
		last, total = done, n
	}})
	if err != nil || last != 3000 || total != 3000 {
		t.Errorf("progress ended at %d of %d (%v)", last, total, err)
	}
	if _, err := model.Simulate(context.Background(), s, p, model.SimulateOptions{Trials: -1}); err == nil {
		t.Error("-1 trials accepted")
	}
}
