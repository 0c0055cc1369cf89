package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The allocation-free projection gives Evaluate's figures to the bit, and
// the verdict rules applied to its totals give Evaluate's verdict.
func TestTotalsMatchEvaluate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		s := NewScenario("random")
		s.QueriesPerMonth = math.Floor(rng.Float64() * 2e7)
		s.GrowthPct = rng.Float64()*30 - 10
		s.InputTokens = math.Floor(rng.Float64() * 5000)
		s.OutputTokens = math.Floor(rng.Float64() * 2000)
		s.GPUHourly = rng.Float64() * 5
		s.GPUsPerReplica = 1 + rng.IntN(8)
		s.MinReplicas = rng.IntN(4)
		s.BuildMonths = rng.IntN(14)
		s.UpfrontCost = math.Floor(rng.Float64() * 1e5)
		s.LatencyBudgetMS = float64(rng.IntN(3)) * 1000
		s.ProprietaryData = rng.IntN(2) == 0
		p := DefaultPolicy()
		p.HorizonMonths = 1 + rng.IntN(36)
		r := EvaluateScenario(s, p)
		cum := make([]float64, p.HorizonMonths)
		buy, build := totals(&s, p.HorizonMonths, cum)
		if buy != r.BuyTotal || build != r.BuildTotal {
			t.Fatalf("case %d: totals %v %v, Evaluate %v %v", n, buy, build, r.BuyTotal, r.BuildTotal)
		}
		for i, m := range r.Months {
			if cum[i] != m.CumBuild-m.CumBuy {
				t.Fatalf("case %d month %d: %v, want %v", n, i+1, cum[i], m.CumBuild-m.CumBuy)
			}
		}
		if v, sv := verdictOf(&s, &p); v != r.Verdict || sv != r.Savings {
			t.Fatalf("case %d: verdict %s savings %v, Evaluate %s %v", n, v, sv, r.Verdict, r.Savings)
		}
	}
}
