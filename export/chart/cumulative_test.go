package chart

import (
	"fmt"
	"math"
	"testing"

	"buildvsbuy/model"
)

func TestCumulativeSeriesAreTheModelsMonths(t *testing.T) {
	for _, tc := range volumeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			r := &tc.result
			d := cumulativeData(r)
			if len(d.Buy) != len(r.Months)+1 || len(d.Build) != len(r.Months)+1 {
				t.Fatalf("%d and %d points for %d months", len(d.Buy), len(d.Build), len(r.Months))
			}
			if d.Buy[0].X != 0 || d.Buy[0].Y != 0 || d.Build[0].X != 0 || d.Build[0].Y != 0 {
				t.Errorf("the lines start at %v and %v, want (0, 0)", d.Buy[0], d.Build[0])
			}
			for i, m := range r.Months {
				if b := d.Buy[i+1]; b.X != float64(m.Month) || b.Y != m.CumBuy {
					t.Errorf("buy point %d is %v, want (%d, %g)", i+1, b, m.Month, m.CumBuy)
				}
				if b := d.Build[i+1]; b.X != float64(m.Month) || b.Y != m.CumBuild {
					t.Errorf("build point %d is %v, want (%d, %g)", i+1, b, m.Month, m.CumBuild)
				}
				if d.YMax < m.CumBuy || d.YMax < m.CumBuild {
					t.Errorf("y axis ends at %g, below month %d", d.YMax, m.Month)
				}
			}
			if want := math.Min(float64(r.Scenario().BuildMonths), float64(len(r.Months))); d.BuildMonths != want {
				t.Errorf("build months shaded to %g, want %g", d.BuildMonths, want)
			}
		})
	}
}

func TestCumulativeChartParts(t *testing.T) {
	results := seedResults(t)
	docs := results[seedIndex(t, results, "Docs Q&A")] // no build months, no break-even
	tests := []struct {
		name   string
		result model.Result
		parts  []string
		absent []string
		legend []string
		texts  []string
	}{
		{
			name:   "break-even in month 4 after 3 build months",
			result: results[seedIndex(t, results, "True scale")],
			parts:  []string{"build months", "grid", "build", "build dots", "buy", "buy dots", "break-even", "break-even point"},
			legend: []string{"Buy: API, $2.4M in total", "Build: self-hosted, $1.41M in total", "Building (3 months): API in use", "Break-even"},
			texts: []string{"Cumulative cost: True scale (10M calls/month)", "BUILD", "Break-even: month 4",
				"Month", "Cumulative cost (US$)", "$0", "$1M", "$2M", "12"},
		},
		{
			name:   "no break-even and no build months",
			result: docs,
			parts:  []string{"grid", "build", "buy"},
			absent: []string{"build months", "break-even", "break-even point"},
			legend: []string{"Buy: API, $6k in total", "Build: self-hosted, $480k in total"},
			texts:  []string{"BUY", "No break-even: self-hosting does not pay for itself within 12 months."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := cumulativeChart(&tt.result, nil, Light())
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range tt.parts {
				if ch.part(name) == nil {
					t.Errorf("no %q in the chart", name)
				}
			}
			for _, name := range tt.absent {
				if ch.part(name) != nil {
					t.Errorf("%q drawn; it should not be", name)
				}
			}
			if m, ok := ch.part("break-even").(*vmark); ok && m.X != float64(*tt.result.BreakEvenMonth) {
				t.Errorf("break-even marked at month %g, the model's is %d", m.X, *tt.result.BreakEvenMonth)
			}
			if got, want := fmt.Sprint(legendLabels(ch)), fmt.Sprint(tt.legend); got != want {
				t.Errorf("legend %s, want %s", got, want)
			}
			drawn := texts(svgOf(t, Cumulative, []model.Result{tt.result}, 0))
			for _, s := range tt.texts {
				if !contains(drawn, s) {
					t.Errorf("%q not drawn; texts: %q", s, drawn)
				}
			}
		})
	}
}

func legendLabels(ch *chart) []string {
	var out []string
	for _, e := range ch.legend {
		out = append(out, e.label)
	}
	return out
}

func TestCumulativeLongHorizonHasNoDots(t *testing.T) {
	for _, tc := range edgeCases() {
		if tc.name != "120-month horizon" {
			continue
		}
		ch, err := cumulativeChart(&tc.result, nil, Light())
		if err != nil {
			t.Fatal(err)
		}
		if ch.part("buy dots") != nil {
			t.Error("a dot per month over 120 months")
		}
		labels := 0
		for _, tk := range monthTicks(120) {
			if tk.Label != "" {
				labels++
			}
		}
		if labels > 13 {
			t.Errorf("%d month labels over 120 months", labels)
		}
	}
}
