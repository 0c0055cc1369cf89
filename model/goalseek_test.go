package model_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// reached says, through Evaluate, whether the goal is reached with input
// key of s at x: for savings, their sign has changed from before (or they
// are zero); for the verdict, it differs from before.
func reached(t *testing.T, s model.Scenario, p model.Policy, key string, target model.Target, x float64) (bool, model.Result) {
	t.Helper()
	before := model.EvaluateScenario(s, p)
	f, _ := model.FieldByKey(key)
	if err := f.SetNumber(&s, x); err != nil {
		t.Fatalf("%s = %v is not a valid value: %v", key, x, err)
	}
	r := model.EvaluateScenario(s, p)
	if target == model.TargetVerdict {
		return r.Verdict != before.Verdict, r
	}
	if before.Savings > 0 {
		return r.Savings <= 0, r
	}
	return r.Savings >= 0, r
}

// toward returns the value just before x on the way from the current value
// x0: the next float64, or the next whole number for an integer input.
func toward(key string, x, x0 float64) float64 {
	if f, _ := model.FieldByKey(key); f.Kind == model.Integer {
		if x0 > x {
			return x + 1
		}
		return x - 1
	}
	return math.Nextafter(x, x0)
}

// checkSeek checks an answer against the model: the goal is reached at
// Value and not just before it.
func checkSeek(t *testing.T, s model.Scenario, p model.Policy, got model.Seek) {
	t.Helper()
	if got.Value == nil {
		return
	}
	x := *got.Value
	ok, r := reached(t, s, p, got.Input, got.Target, x)
	if !ok {
		t.Errorf("%s: at %s = %v the goal is not reached: savings %v, verdict %s", s.Name, got.Input, x, r.Savings, r.Verdict)
	}
	if x == got.Current {
		return
	}
	if ok, r := reached(t, s, p, got.Input, got.Target, toward(got.Input, x, got.Current)); ok {
		t.Errorf("%s: the goal is reached already just before %s = %v: savings %v, verdict %s", s.Name, got.Input, x, r.Savings, r.Verdict)
	}
	if r.Verdict != got.VerdictAfter || r.Savings != got.SavingsAfter {
		t.Errorf("%s: after: %s %v, Evaluate says %s %v", s.Name, got.VerdictAfter, got.SavingsAfter, r.Verdict, r.Savings)
	}
}

func TestGoalSeek(t *testing.T) {
	gh, growthRoot := 1384200.0/157680, constructedGrowthRoot()
	tests := []struct {
		name     string
		scenario func() (model.Scenario, model.Policy)
		input    string
		target   model.Target
		want     *float64 // nil: never
		tol      float64  // on the value
		zero     bool     // savings are zero at the answer (continuous crossing)
	}{
		// True scale, by hand (see TestSimulateTriangularProbability):
		// savings(h) = 157,680·h − 1,384,200.
		{"True scale: GPU price at which savings reach zero", seed(trueScale), "gpu_hourly", model.TargetSavings, &gh, 1e-9, true},
		{"True scale: GPU price at which BUILD turns to BUY", seed(trueScale), "gpu_hourly", model.TargetVerdict, &gh, 1e-9, true},
		// Volume: 3 build months cost the team (3 × $30,000 more than the
		// API); below 4,505,143 queries one replica serves, and then
		// savings(Q) = 90,000 + 9·(14,600 + 36,200 − 0.02·Q), zero at
		// Q = 3,040,000. Above 10M each replica ($131,400 over 9 months)
		// brings 4.5M queries ($810,926 of API): savings only fall.
		{"True scale: volume at which savings reach zero", seed(trueScale), "queries_per_month", model.TargetSavings, ptr(3040000), 1e-6, true},
		{"True scale: volume at which the verdict turns", seed(trueScale), "queries_per_month", model.TargetVerdict, ptr(3040000), 1e-6, true},
		// Whole inputs: savings(n GPUs) = 49,275·n − 1,384,200 (zero at
		// 28.09); with n minimum replicas above 3, 131,400·n − 1,384,200
		// (zero at 10.53); with b build months 150,000·b − 1,440,000 (9.6).
		{"True scale: GPUs per replica", seed(trueScale), "gpus_per_replica", model.TargetSavings, ptr(29), 0, false},
		{"True scale: minimum replicas", seed(trueScale), "min_replicas", model.TargetVerdict, ptr(11), 0, false},
		{"True scale: build months", seed(trueScale), "build_months", model.TargetSavings, ptr(10), 0, false},
		{"True scale: build months, verdict", seed(trueScale), "build_months", model.TargetVerdict, ptr(10), 0, false},
		// Utilization: 11 replicas (savings −1,384,200 + 131,400·11 > 0) are
		// needed once 3.5e10 tokens / (10,000 × 3,600 × 730 × u/100) − 1e-9
		// exceeds 10: u below 13.3181126331811.
		{"True scale: utilization", seed(trueScale), "utilization_pct", model.TargetSavings, ptr(3.5e10 / (2.628e8 * (10 + 1e-9))), 1e-9, false},
		// Docs Q&A: one more replica ($17,520) serves 1,825,000 queries that
		// cost $16,425 at the API: self-hosting never catches up, at any volume.
		{"Docs Q&A: volume, savings never reach zero", seed("Docs Q&A assistant (today)"), "queries_per_month", model.TargetSavings, nil, 0, false},
		{"Docs Q&A: volume, the verdict never turns", seed("Docs Q&A assistant (today)"), "queries_per_month", model.TargetVerdict, nil, 0, false},
		{"Docs Q&A: latency never moves savings", seed("Docs Q&A assistant (today)"), "api_latency_ms", model.TargetSavings, nil, 0, false},
		// Regulated data: the verdict is BUILD_REQUIRED whatever the price.
		{"Hospital: GPU price never turns the verdict", seed("Hospital records (data stays on-premise)"), "gpu_hourly", model.TargetVerdict, nil, 0, false},
		// Trading signals: BUILD_REQUIRED while 0 < budget < 800 ms; no
		// budget (0) is nearer to 20 than 800 is.
		{"Trading: latency budget", seed("Trading signals (sub-50 ms)"), "latency_budget_ms", model.TargetVerdict, ptr(0), 0, false},
		{"Trading: API latency", seed("Trading signals (sub-50 ms)"), "api_latency_ms", model.TargetVerdict, ptr(20), 0, false},
		// Growth in the constructed scenario: savings(g) = 224,760 −
		// 20,000·Σ(1+g/100)^i, i = 0..11, zero where the geometric sum is 11.238.
		{"Constructed: growth", constructed, "growth_pct", model.TargetSavings, &growthRoot, 1e-9, true},
		// Savings are already zero: the current value is the answer.
		{"Zero savings already", zeroSavings, "gpu_hourly", model.TargetSavings, ptr(1), 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, p := tt.scenario()
			got, err := model.GoalSeek(s, p, tt.input, tt.target)
			if err != nil {
				t.Fatal(err)
			}
			if got.Input != tt.input || got.Target != tt.target || got.Scenario != s.Name {
				t.Errorf("answer names %q %q %q", got.Scenario, got.Input, got.Target)
			}
			switch {
			case tt.want == nil && got.Value != nil:
				t.Fatalf("value %v, want none", *got.Value)
			case tt.want == nil:
				if got.VerdictAfter != got.VerdictBefore {
					t.Errorf("verdict after %s, before %s", got.VerdictAfter, got.VerdictBefore)
				}
				return
			case got.Value == nil:
				t.Fatalf("no value, want %v", *tt.want)
			case math.Abs(*got.Value-*tt.want) > tt.tol:
				t.Errorf("value %.12g, want %.12g", *got.Value, *tt.want)
			}
			checkSeek(t, s, p, got)
			if tt.zero && math.Abs(got.SavingsAfter) > 0.005 {
				t.Errorf("savings at the answer %v, want 0 within half a cent", got.SavingsAfter)
			}
		})
	}
}

func ptr(v float64) *float64 { return &v }

func seed(name string) func() (model.Scenario, model.Policy) {
	return func() (model.Scenario, model.Policy) {
		for _, s := range assets.DefaultDocument().Scenarios {
			if s.Name == name {
				return s, assets.DefaultDocument().Policy
			}
		}
		panic("no seed scenario " + name)
	}
}

// zeroSavings is the constructed scenario with the build fixed costs raised
// by $1,270 a month (15,240 / 12): savings exactly zero at GPU price 1.
func zeroSavings() (model.Scenario, model.Policy) {
	s, p := constructed()
	s.BuildFixedMonthly += 1270
	return s, p
}

// constructedGrowthRoot solves 20,000·Σ x^i (i = 0..11) = 224,760 for the
// growth factor x by bisection on the closed form (x^12 − 1)/(x − 1),
// independently of the model, and returns the growth in percent.
func constructedGrowthRoot() float64 {
	sum := func(x float64) float64 { return (math.Pow(x, 12) - 1) / (x - 1) }
	lo, hi := 0.9, 0.9999999 // sum(0.9) < 11.238 < sum(1) = 12
	for range 200 {
		mid := (lo + hi) / 2
		if sum(mid) < 224760.0/20000 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return 100 * ((lo+hi)/2 - 1)
}

func TestGoalSeekErrors(t *testing.T) {
	s, p := constructed()
	for _, key := range []string{"colour", "name", "regulated"} {
		if _, err := model.GoalSeek(s, p, key, model.TargetSavings); err == nil {
			t.Errorf("input %q accepted", key)
		}
	}
	if _, err := model.GoalSeek(s, p, "gpu_hourly", "profit"); err == nil {
		t.Error("target profit accepted")
	}
}

// Every seed scenario, every numeric input, both targets: each answer holds
// against Evaluate and not just before; and no value on a wide grid either
// side of the current one reaches the goal nearer than the answer (none at
// all when there is no answer).
func TestGoalSeekAgainstScan(t *testing.T) {
	if testing.Short() {
		t.Skip("scans every input")
	}
	d := assets.DefaultDocument()
	for _, s := range d.Scenarios {
		for _, f := range model.Fields {
			if f.Kind != model.Number && f.Kind != model.Integer {
				continue
			}
			for _, target := range []model.Target{model.TargetSavings, model.TargetVerdict} {
				got, err := model.GoalSeek(s, d.Policy, f.Key, target)
				if err != nil {
					t.Errorf("%s %s %s: %v", s.Name, f.Key, target, err)
					continue
				}
				checkSeek(t, s, d.Policy, got)
				x0 := got.Current
				limit := math.Inf(1)
				if got.Value != nil {
					limit = math.Abs(*got.Value - x0)
				}
				for _, x := range scanGrid(f, x0) {
					if math.Abs(x-x0) >= limit || f.CheckNumber(x) != nil || x == x0 {
						continue
					}
					if ok, r := reached(t, s, d.Policy, f.Key, target, x); ok {
						t.Errorf("%s %s %s: reached at %v (savings %v, %s), nearer than the answer %v",
							s.Name, f.Key, target, x, r.Savings, r.Verdict, got.Value)
						break
					}
				}
			}
		}
	}
}

// scanGrid returns values from 0 to 1000 times x0 (or to 1e7 from 0), finer
// near x0.
func scanGrid(f model.Field, x0 float64) []float64 {
	var out []float64
	base := math.Max(math.Abs(x0), 1)
	for i := -2000; i <= 2000; i++ {
		r := float64(i) / 2000 // -1..1
		out = append(out, x0+base*r, x0+base*1000*r*r*r)
	}
	if f.Key == "growth_pct" {
		for g := -99.5; g < 200; g += 0.25 {
			out = append(out, g)
		}
	}
	if f.Kind == model.Integer {
		for i := range out {
			out[i] = math.Round(out[i])
		}
	}
	return out
}

// Random scenarios, every numeric input, both targets: every answer holds
// against Evaluate and not just before it.
func TestGoalSeekRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	p := model.DefaultPolicy()
	for n := range 60 {
		s := model.NewScenario(fmt.Sprintf("random %d", n))
		s.QueriesPerMonth = math.Floor(rng.Float64() * 2e7)
		s.GrowthPct = math.Round(rng.Float64()*300-50) / 10
		s.InputTokens = math.Floor(rng.Float64() * 5000)
		s.OutputTokens = math.Floor(rng.Float64() * 2000)
		s.APIInputPrice = rng.Float64() * 5
		s.GPUHourly = rng.Float64() * 5
		s.GPUsPerReplica = 1 + rng.IntN(8)
		s.ReplicaTokensPerSec = 1000 + rng.Float64()*9000
		s.MinReplicas = rng.IntN(4)
		s.BuildMonths = rng.IntN(14)
		s.UpfrontCost = math.Floor(rng.Float64() * 1e5)
		s.AICoreProduct = rng.IntN(2) == 0
		for _, f := range model.Fields {
			if f.Kind != model.Number && f.Kind != model.Integer {
				continue
			}
			for _, target := range []model.Target{model.TargetSavings, model.TargetVerdict} {
				got, err := model.GoalSeek(s, p, f.Key, target)
				if err != nil {
					t.Errorf("%+v\n%s %s: %v", s, f.Key, target, err)
					continue
				}
				checkSeek(t, s, p, got)
			}
		}
	}
}

// FuzzGoalSeek moves one seed scenario's volume, growth, GPU price and
// minimum replicas and seeks on one input: every answer holds against
// Evaluate and not just before it.
func FuzzGoalSeek(f *testing.F) {
	f.Add(uint8(1), uint8(10), false, 1.0, 0.0, 1.0, uint8(1))
	f.Add(uint8(0), uint8(1), true, 3.0, 2.0, 0.5, uint8(0))
	f.Add(uint8(4), uint8(2), false, 1.0, 5.0, 1.0, uint8(2))
	f.Add(uint8(5), uint8(13), true, 0.25, -3.0, 2.0, uint8(3))
	f.Fuzz(func(t *testing.T, si, fi uint8, verdict bool, volume, growth, price float64, minR uint8) {
		d := assets.DefaultDocument()
		s := d.Scenarios[int(si)%len(d.Scenarios)]
		s.QueriesPerMonth *= volume
		s.GrowthPct = growth
		s.GPUHourly *= price
		s.MinReplicas = int(minR % 8)
		if model.ValidateScenario(&s) != nil || math.Abs(volume) > 1e6 || growth > 100 {
			return
		}
		var numeric []model.Field
		for _, f := range model.Fields {
			if f.Kind == model.Number || f.Kind == model.Integer {
				numeric = append(numeric, f)
			}
		}
		target := model.TargetSavings
		if verdict {
			target = model.TargetVerdict
		}
		got, err := model.GoalSeek(s, d.Policy, numeric[int(fi)%len(numeric)].Key, target)
		if err != nil {
			if !strings.Contains(err.Error(), "giving up") {
				t.Fatal(err)
			}
			return
		}
		checkSeek(t, s, d.Policy, got)
	})
}
