package model_test

import (
	"encoding/json"
	"math"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// FuzzEvaluate fills the numbers of a scenario with arbitrary values. Every
// scenario that validates must evaluate to finite figures that JSON can
// carry, with a break-even volume, if any, at which self-hosting is no
// dearer than buying.
func FuzzEvaluate(f *testing.F) {
	for _, s := range assets.DefaultDocument().Scenarios {
		f.Add(s.QueriesPerMonth, s.GrowthPct, s.InputTokens, s.OutputTokens, s.APIInputPrice, s.EmbeddingTokens,
			s.EmbeddingPrice, s.APIFixedMonthly, s.GPUHourly, s.ReplicaTokensPerSec, s.UtilizationPct,
			int64(s.MinReplicas), s.BuildFixedMonthly, s.Engineers, int64(s.BuildMonths), s.UpfrontCost, 12)
	}
	f.Add(1.0, 0.0, 1e-300, 0.0, 1e-10, 0.0, 0.0, 0.0, 0.0, 2500.0, 50.0, int64(1), 0.0, 0.0, int64(0), 0.0, 12)
	f.Add(1e300, -99.9, 1e5, 1e5, 1e5, 0.0, 0.0, 1e300, 1e300, 1e-300, 1e-300, int64(0), 1e300, 1e300, int64(200), 1e300, 120)
	f.Fuzz(func(t *testing.T, queries, growth, in, out, price, embTokens, embPrice, apiFixed, gpuHourly, tps, util float64,
		minR int64, buildFixed, engineers float64, buildMonths int64, upfront float64, horizon int) {
		s := model.NewScenario("fuzzed")
		s.QueriesPerMonth, s.GrowthPct, s.InputTokens, s.OutputTokens = queries, growth, in, out
		s.APIInputPrice, s.APIOutputPrice, s.EmbeddingTokens, s.EmbeddingPrice = price, price, embTokens, embPrice
		s.APIFixedMonthly, s.GPUHourly, s.ReplicaTokensPerSec, s.UtilizationPct = apiFixed, gpuHourly, tps, util
		if minR < 0 || minR > 1<<31 || buildMonths < 0 || buildMonths > 1<<31 {
			return
		}
		s.MinReplicas, s.BuildMonths = int(minR), int(buildMonths)
		s.BuildFixedMonthly, s.Engineers, s.UpfrontCost = buildFixed, engineers, upfront
		if model.ValidateScenario(&s) != nil {
			return
		}
		p := model.DefaultPolicy()
		if horizon < 1 || horizon > model.MaxHorizon {
			return
		}
		p.HorizonMonths = horizon
		r := model.EvaluateScenario(s, p)
		figures := []float64{r.APICostPerQuery, r.BuyMonth1, r.BuildSteadyMonth1, r.BuyTotal, r.BuildTotal, r.Savings}
		for _, m := range r.Months {
			figures = append(figures, m.Queries, m.Replicas, m.Buy, m.Build, m.CumBuy, m.CumBuild)
		}
		for i, v := range figures {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("figure %d is %v for a valid scenario %+v", i, v, s)
			}
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("report JSON: %v", err)
		}
		if q := r.BreakEvenQueries; q != nil {
			c := r.Costs()
			if *q < 0 || math.IsInf(*q, 0) {
				t.Fatalf("break-even volume %v", *q)
			}
			if l, b := c.Live(*q), c.Buy(*q); l > b+1e-9*math.Max(1, math.Abs(b)) {
				t.Fatalf("at break-even volume %v live %v > buy %v; costs %+v", *q, l, b, c)
			}
		}
	})
}
