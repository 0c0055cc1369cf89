package model_test

import (
	"strings"
	"testing"

	"buildvsbuy/model"
)

// constructed is a scenario whose costs are easy to work by hand: 1M queries
// a month of 1,000 input tokens at $20 per 1M tokens, $0.02 a query, $20,000
// a month, $240,000 over 12 months. One 1-GPU replica at $1/hour ($730 a
// month) serves it many times over; with $8,000 fixed and one $10,000
// engineer, building costs $18,730 a month, $224,760 over 12 months.
// Savings: 224,760 − 240,000 = −15,240, so the verdict is BUILD.
func constructed() (model.Scenario, model.Policy) {
	s := model.Scenario{
		Name: "Constructed", QueriesPerMonth: 1e6, InputTokens: 1000, APIInputPrice: 20, APIOutputPrice: 15,
		GPUHourly: 1, GPUsPerReplica: 1, ReplicaTokensPerSec: 1e6, UtilizationPct: 100, MinReplicas: 1,
		BuildFixedMonthly: 8000, Engineers: 1, EngineerMonthlyCost: 10000, APIQualityOK: true, APILatencyMS: 1000,
	}
	return s, model.DefaultPolicy()
}

func TestSensitivityConstructed(t *testing.T) {
	s, p := constructed()
	if r := model.EvaluateScenario(s, p); r.Savings != -15240 || r.Verdict != model.Build {
		t.Fatalf("the constructed scenario: savings %v, verdict %s", r.Savings, r.Verdict)
	}
	got, err := model.Sensitivity(s, p, 20)
	if err != nil {
		t.Fatal(err)
	}
	// By hand, ±20%:
	//  - queries, input tokens and the input price move the API bill by
	//    ±$4,000 a month, ±$48,000: savings +32,760 (BUY: flips) / −63,240.
	//  - engineers and their cost move the team by ±$2,000 a month: −39,240 / +8,760 (flips).
	//  - build fixed costs ±$1,600 a month: −34,440 / +3,960 (flips).
	//  - the GPU price ±$146 a month: −16,992 / −13,488.
	//  - every other input is 0, rounds back to 1 (gpus_per_replica,
	//    min_replicas), is capped at 100 (utilization) or leaves a huge
	//    replica capacity huge: no change.
	want := []struct {
		input       string
		low, high   float64
		sLow, sHigh float64
		flips       bool
	}{
		{"queries_per_month", 800000, 1200000, 32760, -63240, true},
		{"input_tokens", 800, 1200, 32760, -63240, true},
		{"api_input_price", 16, 24, 32760, -63240, true},
		{"engineers", 0.8, 1.2, -39240, 8760, true},
		{"engineer_monthly_cost", 8000, 12000, -39240, 8760, true},
		{"build_fixed_monthly", 6400, 9600, -34440, 3960, true},
		{"gpu_hourly", 0.8, 1.2, -16992, -13488, false},
		{"growth_pct", 0, 0, -15240, -15240, false},
		{"output_tokens", 0, 0, -15240, -15240, false},
		{"api_output_price", 12, 18, -15240, -15240, false},
		{"embedding_tokens", 0, 0, -15240, -15240, false},
		{"embedding_price", 0, 0, -15240, -15240, false},
		{"api_fixed_monthly", 0, 0, -15240, -15240, false},
		{"gpus_per_replica", 1, 1, -15240, -15240, false},
		{"replica_tokens_per_sec", 800000, 1200000, -15240, -15240, false},
		{"utilization_pct", 80, 100, -15240, -15240, false},
		{"min_replicas", 1, 1, -15240, -15240, false},
		{"build_months", 0, 0, -15240, -15240, false},
		{"upfront_cost", 0, 0, -15240, -15240, false},
		{"latency_budget_ms", 0, 0, -15240, -15240, false},
		{"api_latency_ms", 800, 1200, -15240, -15240, false},
	}
	if len(got) != len(want) {
		t.Fatalf("%d swings, want %d (every numeric input)", len(got), len(want))
	}
	const cent = 0.005
	for i, w := range want {
		g := got[i]
		if g.Input != w.input || !within(g.LowValue, w.low, 1e-9) || !within(g.HighValue, w.high, 1e-9) ||
			!within(g.SavingsLow, w.sLow, cent) || !within(g.SavingsHigh, w.sHigh, cent) || g.Flips != w.flips {
			t.Errorf("swing %d = %s %v..%v savings %v..%v flips %v;\nwant %+v", i, g.Input, g.LowValue, g.HighValue,
				g.SavingsLow, g.SavingsHigh, g.Flips, w)
		}
	}
	if got[0].VerdictLow != model.Buy || got[0].VerdictHigh != model.Build {
		t.Errorf("queries verdicts %s / %s, want BUY / BUILD", got[0].VerdictLow, got[0].VerdictHigh)
	}
}

func within(a, b, tol float64) bool { return a-b <= tol && b-a <= tol }

// Clamping and rounding at the ends, swinging 30%: utilization 90 +30% is
// capped at 100;
// growth −90 +30% is −117, kept just above −100; 8 GPUs ±30% are 6
// and 10 (5.6 and 10.4 rounded); 2 replicas are 1 and 3 (1.4
// and 2.6 rounded).
func TestSensitivityClampsAndRounds(t *testing.T) {
	s, p := constructed()
	s.UtilizationPct, s.GrowthPct, s.GPUsPerReplica, s.MinReplicas = 90, -90, 8, 2
	got, err := model.Sensitivity(s, p, 30)
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]model.Swing{}
	for _, sw := range got {
		byKey[sw.Input] = sw
	}
	checks := []struct {
		key       string
		low, high float64
	}{
		{"utilization_pct", 63, 100},
		{"gpus_per_replica", 6, 10},
		{"min_replicas", 1, 3},
	}
	for _, c := range checks {
		if sw := byKey[c.key]; !within(sw.LowValue, c.low, 1e-9) || sw.HighValue != c.high {
			t.Errorf("%s: %v..%v, want %v..%v", c.key, sw.LowValue, sw.HighValue, c.low, c.high)
		}
	}
	if g := byKey["growth_pct"]; !within(g.LowValue, -63, 1e-9) || !(g.HighValue > -100 && g.HighValue < -99.99999) {
		t.Errorf("growth_pct: %v..%v, want -63 and just above -100", g.LowValue, g.HighValue)
	}
	for _, pct := range []float64{0, -5, 100, 150} {
		if _, err := model.Sensitivity(s, p, pct); err == nil || !strings.Contains(err.Error(), "swing") {
			t.Errorf("swing %v: err = %v", pct, err)
		}
	}
}
