package chart

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/plot/plotter"

	"buildvsbuy/model"
)

// stepValueAt returns the level of the horizontal segment of pts that
// holds q, and false if q falls on a sloped segment or outside pts.
func stepValueAt(pts plotter.XYs, q float64) (float64, bool) {
	for i := 0; i+1 < len(pts); i++ {
		if pts[i].X <= q && q < pts[i+1].X {
			return pts[i].Y, pts[i].Y == pts[i+1].Y
		}
	}
	return 0, false
}

// logInterp returns the drawn line's value at q: straight between vertices
// on log-log axes.
func logInterp(pts plotter.XYs, q float64) float64 {
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		if a.X <= q && q <= b.X && a.X < b.X {
			f := math.Log(q/a.X) / math.Log(b.X/a.X)
			return math.Exp(math.Log(a.Y) + f*math.Log(b.Y/a.Y))
		}
	}
	return math.NaN()
}

// volumeCases are the results whose step function is checked: the seed
// scenarios and the edge cases.
func volumeCases(t *testing.T) []edgeCase {
	cases := edgeCases()
	for _, r := range seedResults(t) {
		cases = append(cases, edgeCase{name: "seed: " + r.Name, result: r})
	}
	return cases
}

func TestStepFunctionIsTheModelsLiveCost(t *testing.T) {
	for _, tc := range volumeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			r := &tc.result
			c := r.Costs()
			d := volumeData(r)
			pts := d.Build
			if pts[0].X != d.Lo || pts[len(pts)-1].X != d.Hi {
				t.Fatalf("steps span %g..%g, want the chart's %g..%g", pts[0].X, pts[len(pts)-1].X, d.Lo, d.Hi)
			}
			// Every vertex lies on the function: at a jump, the level
			// before (Live at the boundary) or the level after.
			for i, p := range pts {
				after := c.Live(p.X * (1 + 1e-8)) // past the model's 1e-9 replica tolerance
				if p.Y != c.Live(p.X) && p.Y != after {
					t.Fatalf("vertex %d (%g, %g) is off the step function: Live = %g, just after %g", i, p.X, p.Y, c.Live(p.X), after)
				}
				if i > 0 && p.X < pts[i-1].X {
					t.Fatalf("vertex %d goes back in volume: %g after %g", i, p.X, pts[i-1].X)
				}
			}
			// Every jump drawn is at a whole number of replicas' capacity.
			u := c.TokensPerQuery / c.Capacity
			for i := 1; i < len(pts); i++ {
				if pts[i].X == pts[i-1].X {
					if k := pts[i].X * u; math.Abs(k-math.Round(k)) > 1e-9*math.Max(1, k) {
						t.Fatalf("jump at %g queries is %g replicas' capacity, not a whole number", pts[i].X, k)
					}
				}
			}
			// Up to ExactTo, the line's level is Live at every volume.
			for i := range 2000 {
				q := d.Lo * math.Pow(d.ExactTo/d.Lo, (float64(i)+0.37)/2000)
				y, flat := stepValueAt(pts, q)
				if !flat {
					t.Fatalf("at %g queries the line is not flat", q)
				}
				if y != c.Live(q) {
					t.Fatalf("at %g queries the line is at %g, Live is %g", q, y, c.Live(q))
				}
			}
			// Beyond it, the line joins step corners and stays within a
			// step of Live.
			if d.ExactTo < d.Hi {
				for i := range 2000 {
					q := d.ExactTo * math.Pow(d.Hi/d.ExactTo, (float64(i)+0.5)/2000)
					if got, want := logInterp(pts, q), c.Live(q); math.Abs(got-want) > 1.5*c.ReplicaCost+1e-9*want {
						t.Fatalf("at %g queries the line is at %g, Live is %g: more than a step (%g) apart", q, got, want, c.ReplicaCost)
					}
				}
			}
			if len(pts) > 6000 {
				t.Errorf("%d vertices: too many to draw quickly", len(pts))
			}
		})
	}
}

func TestManyStepsAreDrawnAsCorners(t *testing.T) {
	s := model.NewScenario("Huge")
	s.QueriesPerMonth = 1e12
	r := model.EvaluateScenario(s, model.DefaultPolicy())
	d := volumeData(&r)
	c := r.Costs()
	steps := (d.Hi - d.Lo) * c.TokensPerQuery / c.Capacity
	if steps < 1e5 {
		t.Fatalf("only %g steps in range: the case does not test many steps", steps)
	}
	if d.ExactTo >= d.Hi {
		t.Errorf("ExactTo = %g: every one of %g steps drawn", d.ExactTo, steps)
	}
	if len(d.Build) > 6000 {
		t.Errorf("%d vertices for %g steps", len(d.Build), steps)
	}
}

// Past 2^52 replicas, k+1 == k in float64: stepping replica by replica
// would never end. The chart must still finish, with every vertex on Live.
func TestVolumesBeyondWholeReplicasFinish(t *testing.T) {
	for _, q := range []float64{1e24, 1e30} {
		s := model.NewScenario("Beyond")
		s.QueriesPerMonth = q
		r := model.EvaluateScenario(s, model.DefaultPolicy())
		d := volumeData(&r)
		c := r.Costs()
		if n := d.Hi * c.TokensPerQuery / c.Capacity; n < 1<<52 {
			t.Fatalf("%g queries: only %g replicas at the right edge, the case does not test the limit", q, n)
		}
		if len(d.Build) < 2 || len(d.Build) > 6000 {
			t.Errorf("%g queries: %d vertices, want 2 to 6,000", q, len(d.Build))
		}
		for _, p := range d.Build {
			if p.Y != c.Live(p.X) {
				t.Fatalf("%g queries: vertex at %g is %g, Live is %g", q, p.X, p.Y, c.Live(p.X))
			}
		}
		if _, err := Render(Volume, []model.Result{r}, 0, 800, 500, Light()); err != nil {
			t.Errorf("%g queries: %v", q, err)
		}
	}
}

func TestBuyLineIsTheModelsBuyCost(t *testing.T) {
	for _, tc := range volumeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.result.Costs()
			d := volumeData(&tc.result)
			if d.Buy[0].X != d.Lo || d.Buy[len(d.Buy)-1].X != d.Hi {
				t.Errorf("buy line spans %g..%g, want %g..%g", d.Buy[0].X, d.Buy[len(d.Buy)-1].X, d.Lo, d.Hi)
			}
			for _, p := range d.Buy {
				if p.Y != c.Buy(p.X) {
					t.Fatalf("buy line at %g queries is %g, Buy is %g", p.X, p.Y, c.Buy(p.X))
				}
			}
		})
	}
}

func TestVolumeRangeShowsTodayAndBreakEven(t *testing.T) {
	for _, tc := range volumeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			d := volumeData(&tc.result)
			if !(d.Lo > 0 && d.Hi > d.Lo) {
				t.Fatalf("range %g..%g", d.Lo, d.Hi)
			}
			for _, q := range []float64{d.Today, deref(d.BreakEven)} {
				if q > 0 && (q < d.Lo*3 || q > d.Hi/3) {
					t.Errorf("%g queries is not well inside %g..%g", q, d.Lo, d.Hi)
				}
			}
			if !(d.YMin > 0 && d.YMax > d.YMin) {
				t.Errorf("cost range %g..%g", d.YMin, d.YMax)
			}
		})
	}
}

func TestBreakEvenMarkIsTheModels(t *testing.T) {
	results := seedResults(t)
	for i := range results {
		r := &results[i]
		t.Run(r.Name, func(t *testing.T) {
			ch, err := volumeChart(r, Light())
			if err != nil {
				t.Fatal(err)
			}
			m, _ := ch.part("break-even").(*vmark)
			if r.BreakEvenQueries == nil {
				if m != nil {
					t.Fatalf("break-even marked at %g; the model has none", m.X)
				}
				if !hasNote(ch, "No break-even") {
					t.Errorf("notes %q do not say there is no break-even", ch.notes)
				}
				return
			}
			if m == nil {
				t.Fatalf("no break-even mark; the model has %g", *r.BreakEvenQueries)
			}
			if m.X != *r.BreakEvenQueries {
				t.Errorf("break-even marked at %g, the model's is %g", m.X, *r.BreakEvenQueries)
			}
			if !strings.Contains(m.Label, compactCount(*r.BreakEvenQueries)) {
				t.Errorf("label %q does not state %s", m.Label, compactCount(*r.BreakEvenQueries))
			}
		})
	}
}

func TestTrueScaleBreaksEvenAt254M(t *testing.T) {
	results := seedResults(t)
	i := seedIndex(t, results, "True scale")
	texts := texts(svgOf(t, Volume, results, i))
	if !contains(texts, "Break-even 2.54M/month") {
		t.Errorf("the True scale chart does not mark break-even at 2.54M; texts: %q", texts)
	}
}

func hasNote(ch *chart, prefix string) bool {
	for _, n := range ch.notes {
		if strings.Contains(n, prefix) {
			return true
		}
	}
	return false
}

func TestVolumeChartParts(t *testing.T) {
	results := seedResults(t)
	trueScale := seedIndex(t, results, "True scale")
	docs := seedIndex(t, results, "Docs Q&A")
	tests := []struct {
		name    string
		result  model.Result
		parts   []string
		absent  []string
		legend  []string
		texts   []string // drawn in the SVG
		noteHas string
	}{
		{
			name:   "break-even",
			result: results[trueScale],
			parts:  []string{"grid", "build", "buy", "break-even", "break-even point", "today"},
			legend: []string{"Buy: API", "Build: self-hosted, once live", "Break-even", "Today's volume"},
			texts: []string{"Cost vs volume: True scale (10M calls/month)", "BUILD", "Break-even 2.54M/month",
				"Today 10M/month", "Queries per month (log scale)", "Cost per month, US$ (log scale)",
				"$10k", "$100k", "$1M", "1M", "10M", "Buy: API", "Build: self-hosted, once live"},
		},
		{
			name:    "no break-even",
			result:  results[docs],
			parts:   []string{"grid", "build", "buy", "today"},
			absent:  []string{"break-even", "break-even point"},
			legend:  []string{"Buy: API", "Build: self-hosted, once live", "Today's volume"},
			texts:   []string{"BUY", "Today 50k/month", "No break-even: at no volume does self-hosting cost less per month than the API."},
			noteHas: "No break-even",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := volumeChart(&tt.result, Light())
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
			var legend []string
			for _, e := range ch.legend {
				legend = append(legend, e.label)
			}
			if strings.Join(legend, "|") != strings.Join(tt.legend, "|") {
				t.Errorf("legend %q, want %q", legend, tt.legend)
			}
			if tt.noteHas != "" && !hasNote(ch, tt.noteHas) {
				t.Errorf("notes %q lack %q", ch.notes, tt.noteHas)
			}
			drawn := texts(svgOf(t, Volume, []model.Result{tt.result}, 0))
			for _, s := range tt.texts {
				if !contains(drawn, s) {
					t.Errorf("%q not drawn; texts: %q", s, drawn)
				}
			}
		})
	}
}
