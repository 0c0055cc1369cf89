package model_test

import (
	"context"
	"fmt"
	"testing"

	"buildvsbuy/model"
)

// addBenchRanges gives s ranges on five inputs around their values: the volume,
// growth, GPU price, utilization and minimum replicas.
func addBenchRanges(tb testing.TB, s *model.Scenario) {
	mustSet(tb, s, "queries_per_month", model.Estimate{Low: s.QueriesPerMonth / 2, Likely: s.QueriesPerMonth, High: s.QueriesPerMonth * 2})
	mustSet(tb, s, "growth_pct", model.Estimate{Low: s.GrowthPct - 2, Likely: s.GrowthPct, High: s.GrowthPct + 5})
	mustSet(tb, s, "gpu_hourly", model.Estimate{Low: s.GPUHourly * 0.7, Likely: s.GPUHourly, High: s.GPUHourly * 1.5})
	mustSet(tb, s, "utilization_pct", model.Estimate{Low: s.UtilizationPct / 2, Likely: s.UtilizationPct, High: min(100, s.UtilizationPct*1.2)})
	mustSet(tb, s, "min_replicas", model.Estimate{Low: 0, Likely: float64(s.MinReplicas), High: float64(s.MinReplicas + 2)})
}

// BenchmarkSimulate runs 10,000 trials of 12 months on all cores: one
// scenario, and each of 100 scenarios in turn.
func BenchmarkSimulate(b *testing.B) {
	for _, n := range []int{1, 100} {
		d := benchDocument(n, 12)
		for i := range d.Scenarios {
			addBenchRanges(b, &d.Scenarios[i])
		}
		b.Run(fmt.Sprintf("%dx10000x12", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range d.Scenarios {
					if _, err := model.Simulate(context.Background(), s, d.Policy, model.SimulateOptions{Trials: 10000, Seed: 1}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

func BenchmarkGoalSeek(b *testing.B) {
	s, p := seedScenario(b, trueScale)
	for _, key := range []string{"gpu_hourly", "queries_per_month", "growth_pct", "utilization_pct"} {
		b.Run(key, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := model.GoalSeek(s, p, key, model.TargetVerdict); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSensitivity(b *testing.B) {
	s, p := seedScenario(b, trueScale)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := model.Sensitivity(s, p, 20); err != nil {
			b.Fatal(err)
		}
	}
}
