package workbook

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// genOptions shapes a generated document.
type genOptions struct {
	seed      uint64
	scenarios int
	horizon   int
	growth    []float64 // growth_pct values to draw from
	edit      func(i int, s *model.Scenario)
	policy    func(p *model.Policy)
}

// pick returns one of values, drawn with r.
func pick(r *rand.Rand, values ...float64) float64 { return values[r.IntN(len(values))] }

// pickInt returns one of values, drawn with r.
func pickInt(r *rand.Rand, values ...int) int { return values[r.IntN(len(values))] }

// generate returns a valid document of random scenarios whose values are
// drawn from the kinds of numbers the app sees: zeros, round amounts,
// catalog prices, fractions of an engineer, build times past the horizon.
func generate(t testing.TB, o genOptions) model.Document {
	t.Helper()
	r := rand.New(rand.NewPCG(o.seed, 2026))
	growth := o.growth
	if growth == nil {
		growth = []float64{0, 0, 3, 8, -5}
	}
	doc := model.Document{Version: model.DocumentVersion, Policy: model.DefaultPolicy()}
	doc.Policy.HorizonMonths = o.horizon
	doc.Policy.BuyBelowMonthly = pick(r, 0, 5000, 10000, 25000)
	doc.Policy.RevisitBelowMonthly = pick(r, 0, 5000, 8000)
	doc.Policy.PlanScaleQueries = pick(r, 0, 1e6, 5e6)
	doc.Policy.TrueScaleQueries = pick(r, 1e6, 1e7)
	if o.policy != nil {
		o.policy(&doc.Policy)
	}
	for i := range o.scenarios {
		s := model.Scenario{
			Name:                fmt.Sprintf("Scenario %d", i+1),
			QueriesPerMonth:     pick(r, 0, 1000, 50000, 200000, 2e6, 1.5e7, 123456.5),
			GrowthPct:           pick(r, growth...),
			InputTokens:         pick(r, 0, 400, 1500, 3000),
			OutputTokens:        pick(r, 0, 20, 300, 1500),
			APIInputPrice:       pick(r, 0, 0.15, 1.25, 2.5, 3),
			APIOutputPrice:      pick(r, 0, 0.6, 10, 15),
			EmbeddingTokens:     pick(r, 0, 500),
			EmbeddingPrice:      pick(r, 0.02, 0.1, 0.13),
			APIFixedMonthly:     pick(r, 0, 50, 500),
			GPUHourly:           pick(r, 0, 1.49, 2.99, 3.9),
			GPUsPerReplica:      pickInt(r, 1, 4, 8),
			ReplicaTokensPerSec: pick(r, 419, 2243, 2500, 10000),
			UtilizationPct:      pick(r, 25, 40, 60, 100),
			MinReplicas:         pickInt(r, 0, 1, 2),
			BuildFixedMonthly:   pick(r, 0, 5000, 6480),
			Engineers:           pick(r, 0, 1, 1.5, 2),
			EngineerMonthlyCost: pick(r, 16000, 21000),
			BuildMonths:         pickInt(r, 0, 3, o.horizon, o.horizon+4),
			UpfrontCost:         pick(r, 0, 30000, 120000),
			APIQualityOK:        r.IntN(5) > 0,
			Regulated:           r.IntN(5) == 0,
			LatencyBudgetMS:     pick(r, 0, 0, 20, 3000),
			APILatencyMS:        pick(r, 800, 1500),
			ProprietaryData:     r.IntN(3) == 0,
			AICoreProduct:       r.IntN(3) == 0,
		}
		if o.edit != nil {
			o.edit(i, &s)
		}
		doc.Scenarios = append(doc.Scenarios, s)
	}
	if err := doc.Validate(); err != nil {
		t.Fatalf("generated document is invalid: %v", err)
	}
	return doc
}

// documentCases are the documents the recalculation tests run on: the seed
// scenarios and generated ones that reach every branch of the formulas.
func documentCases(t testing.TB) []struct {
	name string
	doc  model.Document
} {
	verdicts := func(i int, s *model.Scenario) {
		// One scenario per verdict rule, whatever the draw.
		switch i % 5 {
		case 0:
			s.APIQualityOK = false
		case 1:
			s.APIQualityOK, s.Regulated, s.LatencyBudgetMS, s.QueriesPerMonth = true, false, 0, 1000
		case 2:
			s.APIQualityOK, s.Regulated, s.LatencyBudgetMS = true, false, 0
			s.QueriesPerMonth, s.InputTokens, s.OutputTokens, s.APIInputPrice, s.APIOutputPrice = 1.5e7, 3000, 1500, 3, 15
			s.BuildMonths, s.UpfrontCost = 0, 0
		case 3:
			s.APIQualityOK, s.Regulated, s.LatencyBudgetMS, s.AICoreProduct = true, false, 0, true
			s.QueriesPerMonth, s.InputTokens, s.APIInputPrice, s.GPUHourly, s.MinReplicas = 2e6, 1500, 3, 3.9, 2
		}
	}
	return []struct {
		name string
		doc  model.Document
	}{
		{"seed scenarios", assets.DefaultDocument()},
		{"no scenarios", model.Document{Version: model.DocumentVersion, Policy: model.DefaultPolicy()}},
		{"horizon 1", generate(t, genOptions{seed: 1, scenarios: 12, horizon: 1})},
		{"horizon 2, every verdict", generate(t, genOptions{seed: 2, scenarios: 10, horizon: 2, edit: verdicts})},
		{"horizon 12, every verdict", generate(t, genOptions{seed: 3, scenarios: 15, horizon: 12, edit: verdicts})},
		{"horizon 37, negative growth", generate(t, genOptions{seed: 4, scenarios: 10, horizon: 37, growth: []float64{-50, -12.5, -1}})},
		{"horizon 120, growth", generate(t, genOptions{seed: 5, scenarios: 6, horizon: 120, growth: []float64{-3, 0, 2.5, 5}})},
		{"build months past the horizon", generate(t, genOptions{seed: 6, scenarios: 8, horizon: 6,
			edit: func(i int, s *model.Scenario) { s.BuildMonths = 6 + i }})},
		{"no minimum replicas, zero tokens", generate(t, genOptions{seed: 7, scenarios: 8, horizon: 12,
			edit: func(i int, s *model.Scenario) {
				s.MinReplicas = 0
				if i%2 == 0 {
					s.InputTokens, s.OutputTokens, s.EmbeddingTokens = 0, 0, 0
				}
				if i%4 == 1 {
					s.QueriesPerMonth = 0
				}
			}})},
		{"exact replica multiples", generate(t, genOptions{seed: 8, scenarios: 6, horizon: 3,
			edit: func(i int, s *model.Scenario) {
				// capacity = 2500 × 3600 × 730 × 50 / 100 tokens; the
				// volume fills exactly i+1 replicas.
				s.ReplicaTokensPerSec, s.UtilizationPct, s.InputTokens, s.OutputTokens, s.GrowthPct = 2500, 50, 1500, 300, 0
				s.QueriesPerMonth = float64(i+1) * 2500 * 3600 * 730 * 0.5 / 1800
				s.BuildMonths = 0
			}})},
		{"policy: buy below nothing, scale thresholds high", generate(t, genOptions{seed: 9, scenarios: 10, horizon: 24,
			policy: func(p *model.Policy) {
				p.BuyBelowMonthly, p.RevisitBelowMonthly, p.PlanScaleQueries, p.TrueScaleQueries = 0, 0, 1e9, 1e9
			}})},
		{"policy: buy below a million", generate(t, genOptions{seed: 10, scenarios: 10, horizon: 12,
			policy: func(p *model.Policy) { p.BuyBelowMonthly = 1e6 }})},
		{"many scenarios", generate(t, genOptions{seed: 11, scenarios: 60, horizon: 18, edit: verdicts})},
	}
}
