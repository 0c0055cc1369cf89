package chart

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"gonum.org/v1/plot/plotter"

	"buildvsbuy/model"
)

// withRanges returns True scale with three-point estimates of its volume
// and its GPU price, evaluated.
func withRanges(t testing.TB) model.Result {
	t.Helper()
	results := seedResults(t)
	r := results[seedIndex(t, results, "True scale")]
	s := r.Scenario()
	for key, e := range map[string]model.Estimate{
		"queries_per_month": {Low: 2e6, Likely: 6e6, High: 12e6},
		"gpu_hourly":        {Low: 2, Likely: 2.5, High: 4},
	} {
		if err := s.Ranges.Set(key, e); err != nil {
			t.Fatal(err)
		}
	}
	return model.EvaluateScenario(s, r.Policy())
}

// simulate runs model.Simulate on r's scenario with a fixed seed.
func simulate(t testing.TB, r model.Result, trials int) model.Uncertainty {
	t.Helper()
	u, err := model.Simulate(context.Background(), r.Scenario(), r.Policy(), model.SimulateOptions{Trials: trials, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestSpreadIsTheSimulationsBands checks that the band's edges are the
// cumulative buy cost plus the P10 and P90 of cumulative build − buy, month
// by month, from (0, 0).
func TestSpreadIsTheSimulationsBands(t *testing.T) {
	r := withRanges(t)
	u := simulate(t, r, 2000)
	d, err := spreadData(&r, &u)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.P10) != len(r.Months)+1 || len(d.P90) != len(r.Months)+1 || d.Trials != 2000 {
		t.Fatalf("%d and %d points, %d trials; want %d points and 2000 trials", len(d.P10), len(d.P90), d.Trials, len(r.Months)+1)
	}
	if d.P10[0] != (plotter.XY{}) || d.P90[0] != (plotter.XY{}) {
		t.Errorf("the band starts at %v–%v, want (0, 0)", d.P10[0], d.P90[0])
	}
	for i, m := range r.Months {
		b := u.Months[i]
		if got, want := d.P10[i+1], (plotter.XY{X: float64(m.Month), Y: m.CumBuy + b.P10}); got != want {
			t.Errorf("month %d: P10 point %v, want %v", m.Month, got, want)
		}
		if got, want := d.P90[i+1], (plotter.XY{X: float64(m.Month), Y: m.CumBuy + b.P90}); got != want {
			t.Errorf("month %d: P90 point %v, want %v", m.Month, got, want)
		}
	}
	ch, err := cumulativeChart(&r, &u, Light())
	if err != nil {
		t.Fatal(err)
	}
	f, ok := ch.part("build spread").(*fillBetween)
	if !ok {
		t.Fatal("no band in the chart")
	}
	for i := range f.Lo {
		if f.Lo[i] != d.P10[i] || f.Hi[i] != d.P90[i] {
			t.Errorf("point %d drawn %v–%v, want %v–%v", i, f.Lo[i], f.Hi[i], d.P10[i], d.P90[i])
		}
		if f.Hi[i].Y > ch.plot.Y.Max {
			t.Errorf("the band's top %g at month %d is above the axis %g", f.Hi[i].Y, i, ch.plot.Y.Max)
		}
	}
}

// TestCumulativeWithSpread checks the legend and notes a simulation adds,
// and what a scenario without ranges shows instead.
func TestCumulativeWithSpread(t *testing.T) {
	results := seedResults(t)
	plain := results[seedIndex(t, results, "True scale")]
	ranged := withRanges(t)
	tests := []struct {
		name      string
		result    model.Result
		band      bool
		wantNotes []string
	}{
		{"ranges", ranged, true, []string{"Building is cheaper in ", "Ranges on: Queries / month, GPU price."}},
		{"no ranges", plain, false, []string{"No ranges set: there is no uncertainty to draw."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := simulate(t, tt.result, 1000)
			ch, err := cumulativeChart(&tt.result, &u, Light())
			if err != nil {
				t.Fatal(err)
			}
			if (ch.part("build spread") != nil) != tt.band {
				t.Errorf("band drawn: %v, want %v", ch.part("build spread") != nil, tt.band)
			}
			legend := legendLabels(ch)
			if contains(legend, "Build, P10–P90 of 1,000 trials") != tt.band {
				t.Errorf("legend %q", legend)
			}
			for _, n := range tt.wantNotes {
				if !hasNote(ch, n) {
					t.Errorf("notes %q lack %q", ch.notes, n)
				}
			}
			if tt.band {
				want := fmt.Sprintf("Building is cheaper in %s of trials; savings P10 %s, P50 %s, P90 %s.",
					percent(u.PBuildCheaper), compactMoney(u.SavingsP10), compactMoney(u.SavingsP50), compactMoney(u.SavingsP90))
				if !hasNote(ch, want) {
					t.Errorf("notes %q lack %q", ch.notes, want)
				}
				drawn := texts(svgBand(t, tt.result, u))
				if !contains(drawn, "Build, P10–P90 of 1,000 trials") {
					t.Errorf("legend not drawn: %q", drawn)
				}
			}
		})
	}
}

// svgBand renders the cumulative chart of r with the band of u as SVG.
func svgBand(t *testing.T, r model.Result, u model.Uncertainty) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteWith(&b, "svg", Cumulative, []model.Result{r}, 0, 800, 500, Light(), Options{Uncertainty: &u}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSpreadEdgeCases checks a simulation of the wrong length, a single
// trial and the edge scenarios with ranges.
func TestSpreadEdgeCases(t *testing.T) {
	r := withRanges(t)
	u := simulate(t, r, 1)
	if _, err := RenderCumulativeBand([]model.Result{r}, 0, u, 800, 500, Dark()); err != nil {
		t.Errorf("one trial: %v", err)
	}
	short := u
	short.Months = short.Months[:5]
	if _, err := RenderCumulativeBand([]model.Result{r}, 0, short, 800, 500, Light()); err == nil || !strings.Contains(err.Error(), "the simulation covers 5 months, the horizon 12 months") {
		t.Errorf("a 5-month simulation of a 12-month horizon: error %v", err)
	}
	for _, tc := range edgeCases() {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.result.Scenario()
			if err := s.Ranges.Set("queries_per_month", model.Estimate{Low: 0, Likely: s.QueriesPerMonth, High: s.QueriesPerMonth * 2}); err != nil {
				t.Fatal(err)
			}
			res := model.EvaluateScenario(s, tc.result.Policy())
			u := simulate(t, res, 200)
			for _, format := range []string{"png", "svg"} {
				if err := WriteWith(io.Discard, format, Cumulative, []model.Result{res}, 0, 800, 500, Light(), Options{Uncertainty: &u}); err != nil {
					t.Errorf("%s: %v", format, err)
				}
			}
		})
	}
	if err := WriteWith(io.Discard, "png", Cumulative, []model.Result{r}, 0, 800, 500, Light(), Options{Uncertainty: &model.Uncertainty{}}); err == nil {
		t.Error("an empty simulation drew a band")
	} else if errors.Is(err, ErrSize) {
		t.Errorf("wrong error %v", err)
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		share float64
		want  string
	}{{0, "0%"}, {1, "100%"}, {0.62, "62%"}, {0.004, "0.4%"}, {0.996, "99.6%"}, {0.5, "50%"}}
	for _, tt := range tests {
		if got := percent(tt.share); got != tt.want {
			t.Errorf("percent(%v) = %q, want %q", tt.share, got, tt.want)
		}
	}
}
