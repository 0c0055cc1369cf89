package chart

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"buildvsbuy/model"
)

// nearTheLine is True scale at 3M calls a month: savings of a few
// thousand dollars, so that a ±20% move of most inputs flips the verdict.
func nearTheLine(t testing.TB) model.Result {
	t.Helper()
	results := seedResults(t)
	r := results[seedIndex(t, results, "True scale")]
	s := r.Scenario()
	s.Name, s.QueriesPerMonth = "Near the line", 3e6
	return model.EvaluateScenario(s, r.Policy())
}

// tornadoCases are the scenarios the tornado tests run on.
func tornadoCases(t testing.TB) []struct {
	name   string
	result model.Result
} {
	results := seedResults(t)
	cases := []struct {
		name   string
		result model.Result
	}{{"near the line", nearTheLine(t)}}
	for _, r := range results {
		cases = append(cases, struct {
			name   string
			result model.Result
		}{"seed: " + r.Name, r})
	}
	for _, tc := range edgeCases() {
		cases = append(cases, struct {
			name   string
			result model.Result
		}{"edge: " + tc.name, tc.result})
	}
	return cases
}

// TestTornadoBarsAreTheModelsSwings checks that every bar is
// model.Sensitivity's swing, in its order, and that only the inputs that
// neither move savings nor flip the verdict are left out.
func TestTornadoBarsAreTheModelsSwings(t *testing.T) {
	for _, tc := range tornadoCases(t) {
		for _, pct := range []float64{20, 50} {
			t.Run(fmt.Sprintf("%s/±%v%%", tc.name, pct), func(t *testing.T) {
				r := &tc.result
				want, err := model.Sensitivity(r.Scenario(), r.Policy(), pct)
				if err != nil {
					t.Fatal(err)
				}
				d, err := tornadoData(r, pct, tornadoMaxRows)
				if err != nil {
					t.Fatal(err)
				}
				var moving []model.Swing
				for _, sw := range want {
					if sw.Impact > 0 || sw.Flips {
						moving = append(moving, sw)
					}
				}
				if got := len(d.Swings) + d.Omitted; got != len(moving) {
					t.Fatalf("%d bars and %d left out, want %d inputs that move", len(d.Swings), d.Omitted, len(moving))
				}
				if d.Still != len(want)-len(moving) {
					t.Errorf("%d inputs counted as still, want %d", d.Still, len(want)-len(moving))
				}
				if len(d.Swings) != min(len(moving), tornadoMaxRows) {
					t.Errorf("%d bars, want %d", len(d.Swings), min(len(moving), tornadoMaxRows))
				}
				flips := 0
				for i, sw := range d.Swings {
					if sw != moving[i] {
						t.Errorf("bar %d is %+v, want %+v", i, sw, moving[i])
					}
					if d.Fields[i].Key != sw.Input {
						t.Errorf("bar %d labelled with %s, its input is %s", i, d.Fields[i].Key, sw.Input)
					}
					if i > 0 && d.Y[i] >= d.Y[i-1] {
						t.Errorf("bar %d is not below bar %d", i, i-1)
					}
					for _, v := range []float64{sw.SavingsLow, sw.SavingsHigh} {
						if v < d.XMin || v > d.XMax {
							t.Errorf("bar %d ends at %g, outside the axis %g..%g", i, v, d.XMin, d.XMax)
						}
					}
					if sw.Flips {
						flips++
					}
				}
				if d.Flips != flips || d.Current != r.Savings || d.Verdict != r.Verdict {
					t.Errorf("flips %d, current %g, verdict %s; want %d, %g, %s", d.Flips, d.Current, d.Verdict, flips, r.Savings, r.Verdict)
				}
				if 0 < d.XMin || 0 > d.XMax || d.Current < d.XMin || d.Current > d.XMax {
					t.Errorf("axis %g..%g leaves out $0 or the current savings %g", d.XMin, d.XMax, d.Current)
				}
			})
		}
	}
}

// TestTornadoFlipMarkers checks that the flip colours, diamonds and new
// verdicts are drawn on exactly the inputs whose swing flips the verdict.
func TestTornadoFlipMarkers(t *testing.T) {
	results := seedResults(t)
	tests := []struct {
		name      string
		result    model.Result
		wantFlips []string // input keys
	}{
		{"near the line: every input that moves flips", nearTheLine(t), []string{
			"queries_per_month", "output_tokens", "api_output_price", "engineers", "engineer_monthly_cost",
			"build_months", "gpus_per_replica", "input_tokens", "api_input_price", "gpu_hourly", "build_fixed_monthly"}},
		{"true scale: nothing flips", results[seedIndex(t, results, "True scale")], nil},
		{"docs: nothing flips", results[seedIndex(t, results, "Docs Q&A")], nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := tornadoData(&tt.result, 20, tornadoMaxRows)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, sw := range d.Swings {
				if sw.Flips {
					got = append(got, sw.Input)
				}
			}
			if !equalStrings(got, tt.wantFlips) {
				t.Errorf("flipping bars %q, want %q", got, tt.wantFlips)
			}
			ch, err := tornadoChart(&tt.result, 20, tornadoMaxRows, Light())
			if err != nil {
				t.Fatal(err)
			}
			legend := legendLabels(ch)
			if has := contains(legend, "flips the verdict"); has != (len(tt.wantFlips) > 0) {
				t.Errorf("legend %q: flips entry %v, want %v", legend, has, len(tt.wantFlips) > 0)
			}
			// Each flipping end writes its value and the new verdict; no
			// other end does.
			drawn := texts(svgOf(t, Tornado, []model.Result{tt.result}, 0))
			arrows := 0
			for _, s := range drawn {
				if strings.Contains(s, " → ") {
					arrows++
				}
			}
			ends := 0
			for _, sw := range d.Swings {
				for _, v := range []model.Verdict{sw.VerdictLow, sw.VerdictHigh} {
					if v != tt.result.Verdict {
						ends++
					}
				}
			}
			if arrows != ends {
				t.Errorf("%d new verdicts drawn, want one per flipping end: %d; texts %q", arrows, ends, drawn)
			}
			for i, sw := range d.Swings {
				if sw.VerdictHigh != tt.result.Verdict {
					want := inputValue(d.Fields[i], sw.HighValue) + " → " + verdictWords(sw.VerdictHigh)
					if !contains(drawn, want) {
						t.Errorf("%q not drawn for %s", want, sw.Input)
					}
				}
			}
		})
	}
}

// TestTornadoChartParts checks the named parts, legend, notes and texts of
// the tornado of the seed scenarios.
func TestTornadoChartParts(t *testing.T) {
	results := seedResults(t)
	tests := []struct {
		name   string
		result model.Result
		legend []string
		texts  []string
		notes  []string
	}{
		{
			name:   "true scale",
			result: results[seedIndex(t, results, "True scale")],
			legend: []string{"Input −20%", "Input +20%", "$0: the cheaper side changes", "Savings now"},
			texts: []string{"What moves the verdict: True scale (10M calls/month)", "BUILD",
				"Savings over 12 months (build − buy) with each input moved −20% and +20%, one at a time",
				"Queries / month", "Output tokens / query", "API output price", "Now -$990k", "$0", "8M", "12M", "$12", "$8"},
			notes: []string{
				"No input flips the verdict (BUILD) at ±20%. Closest to $0: Output tokens / query at 1.2k, savings -$720k.",
				"Not shown: 1 more input with smaller effects; 8 inputs that do not move savings at ±20%."},
		},
		{
			name:   "hospital: the verdict rests on regulation",
			result: results[seedIndex(t, results, "Hospital")],
			legend: []string{"Input −20%", "Input +20%", "$0: the cheaper side changes", "Savings now"},
			texts:  []string{"BUILD REQUIRED", "Engineers", "Now $502k"},
			notes: []string{
				"No input flips the verdict (BUILD REQUIRED) at ±20%: it rests on quality, regulation or latency, not on cost.",
				"Not shown: 4 more inputs with smaller effects; 5 inputs that do not move savings at ±20%."},
		},
		{
			name:   "near the line",
			result: nearTheLine(t),
			legend: []string{"Input −20%", "Input +20%", "flips the verdict", "$0: the cheaper side changes", "Savings now"},
			texts:  []string{"BUY", "3.6M → BUILD", "2.4M", "Now $7.2k"},
			notes: []string{
				"Flips the verdict (BUY) at ±20%: Queries / month, Output tokens / query, API output price, Engineers, and 7 more.",
				"Not shown: 10 inputs that do not move savings at ±20%."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := tornadoChart(&tt.result, 20, tornadoMaxRows, Light())
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"grid", "bars", "zero", "current"} {
				if ch.part(name) == nil {
					t.Errorf("no %q in the chart", name)
				}
			}
			if m, ok := ch.part("current").(*vmark); !ok || m.X != tt.result.Savings {
				t.Errorf("current savings marked at %v, want %g", ch.part("current"), tt.result.Savings)
			}
			if m, ok := ch.part("zero").(*vmark); !ok || m.X != 0 {
				t.Errorf("zero marked at %v, want 0", ch.part("zero"))
			}
			if got, want := fmt.Sprint(legendLabels(ch)), fmt.Sprint(tt.legend); got != want {
				t.Errorf("legend %s, want %s", got, want)
			}
			if got, want := fmt.Sprintf("%q", ch.notes), fmt.Sprintf("%q", tt.notes); got != want {
				t.Errorf("notes %s, want %s", got, want)
			}
			drawn := texts(svgOf(t, Tornado, []model.Result{tt.result}, 0))
			for _, s := range tt.texts {
				if !contains(drawn, s) {
					t.Errorf("%q not drawn; texts: %q", s, drawn)
				}
			}
		})
	}
}

// TestTornadoEdgeCases renders scenarios with nothing to move, one input
// that moves, and more inputs than rows, in both formats and themes.
func TestTornadoEdgeCases(t *testing.T) {
	p := model.DefaultPolicy()
	// Every cost zero: no input moves savings.
	still := model.Scenario{Name: "Still", GPUsPerReplica: 1, ReplicaTokensPerSec: 1000, UtilizationPct: 50, APIQualityOK: true}
	// Only the upfront cost is not zero: one input moves savings.
	single := still
	single.Name, single.UpfrontCost = "Single", 1000
	tests := []struct {
		name     string
		result   model.Result
		rows     int
		wantBars int
		wantNote string
	}{
		{"zero savings everywhere", model.EvaluateScenario(still, p), tornadoMaxRows, 0, "No input moves savings or the verdict at ±20%."},
		{"single input", model.EvaluateScenario(single, p), tornadoMaxRows, 1, "Not shown: 20 inputs that do not move savings at ±20%."},
		{"three rows", nearTheLine(t), 3, 3, "Not shown: 8 more inputs with smaller effects; 10 inputs that do not move savings at ±20%."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := tornadoChart(&tt.result, 20, tt.rows, Light())
			if err != nil {
				t.Fatal(err)
			}
			bars := ch.part("bars").(*swingBars)
			if len(bars.Series.Swings) != tt.wantBars {
				t.Errorf("%d bars, want %d", len(bars.Series.Swings), tt.wantBars)
			}
			if !hasNote(ch, tt.wantNote) {
				t.Errorf("notes %q lack %q", ch.notes, tt.wantNote)
			}
			for _, th := range []Theme{Light(), Dark()} {
				for _, format := range []string{"png", "svg"} {
					if err := WriteWith(io.Discard, format, Tornado, []model.Result{tt.result}, 0, 800, 500, th, Options{}); err != nil {
						t.Errorf("%s: %v", format, err)
					}
				}
			}
		})
	}
}

// TestTornadoRows checks that a smaller chart shows fewer bars.
func TestTornadoRows(t *testing.T) {
	tests := []struct {
		name string
		h    int
		want int
	}{
		{"800×500", 500, tornadoMaxRows},
		{"1600×1000", 1000, tornadoMaxRows},
		{"smallest", MinHeight, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := tt.h * 8 / 5
			if got := tornadoRowsFor(points(tt.h, dpiFor(w, tt.h))); got != tt.want {
				t.Errorf("%d rows, want %d", got, tt.want)
			}
		})
	}
}

// TestTornadoSwingOption checks the swing option: the default, a chosen
// swing in the subtitle, and swings out of range.
func TestTornadoSwingOption(t *testing.T) {
	results := seedResults(t)
	index := seedIndex(t, results, "True scale")
	drawn := texts(svgOf(t, Tornado, results, index))
	if !contains(drawn, "Input −20%") {
		t.Errorf("the default swing is not 20%%: %q", drawn)
	}
	if _, err := RenderTornado(results, index, 35, 800, 500, Light()); err != nil {
		t.Error(err)
	}
	for _, pct := range []float64{-5, 100, 150} {
		if err := WriteWith(io.Discard, "png", Tornado, results, index, 800, 500, Light(), Options{SwingPct: pct}); !errors.Is(err, ErrSwing) {
			t.Errorf("swing %v: error %v, want ErrSwing", pct, err)
		}
	}
}
