package model_test

import (
	"fmt"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// benchDocument returns n scenarios: the six seeds in turn, each with its
// volume scaled so that replica counts and break-even steps vary.
func benchDocument(n, horizon int) model.Document {
	seed := assets.DefaultDocument()
	d := model.Document{Version: model.DocumentVersion, Policy: seed.Policy}
	d.Policy.HorizonMonths = horizon
	for i := range n {
		s := seed.Scenarios[i%len(seed.Scenarios)]
		s.Name = fmt.Sprintf("%s #%d", s.Name, i)
		s.QueriesPerMonth *= float64(1 + i%17)
		d.Scenarios = append(d.Scenarios, s)
	}
	if err := d.Validate(); err != nil {
		panic(err)
	}
	return d
}

func BenchmarkEvaluate(b *testing.B) {
	for _, bc := range []struct{ scenarios, months int }{{1000, 12}, {1000, 120}} {
		d := benchDocument(bc.scenarios, bc.months)
		b.Run(fmt.Sprintf("%dx%d", bc.scenarios, bc.months), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if r := model.Evaluate(d); len(r) != bc.scenarios {
					b.Fatal(len(r))
				}
			}
		})
	}
}

func BenchmarkBreakEven(b *testing.B) {
	costs := make([]model.Costs, 0, 6)
	for _, s := range assets.DefaultDocument().Scenarios {
		costs = append(costs, model.CostsOf(&s))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range costs {
			c.BreakEven()
		}
	}
}

func BenchmarkParseSeed(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := model.Parse(assets.SeedScenarios); err != nil {
			b.Fatal(err)
		}
	}
}
