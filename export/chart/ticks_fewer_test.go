package chart

import (
	"bytes"
	"fmt"
	"testing"

	"gonum.org/v1/plot"

	"buildvsbuy/model"
)

func TestFewerLabels(t *testing.T) {
	logAxis := plot.TickerFunc(func(lo, hi float64) []plot.Tick { return logTicks(lo, hi, compactMoney) })
	linearAxis := plot.TickerFunc(func(lo, hi float64) []plot.Tick { return linearTicks(lo, hi, 11, compactMoney) })
	tests := []struct {
		name   string
		ticker plot.Ticker
		log    bool
		lo, hi float64
		max    int
		want   []string // the labels left, in order
	}{
		{"log axis with room keeps 1, 2 and 5", logAxis, true, 200, 500e3, 20,
			[]string{"$200", "$500", "$1k", "$2k", "$5k", "$10k", "$20k", "$50k", "$100k", "$200k", "$500k"}},
		{"short log axis keeps the decades", logAxis, true, 200, 500e3, 4,
			[]string{"$1k", "$10k", "$100k"}},
		// Six decades label only the decades: seven labels, one in three kept.
		{"very short log axis keeps every third decade", logAxis, true, 1, 1e6, 3,
			[]string{"$1", "$1k", "$1M"}},
		// $0 to $2.5M in steps of $500k: six labels, every other one kept.
		{"short linear axis keeps every other label", linearAxis, false, 0, 2.5e6, 3,
			[]string{"$0", "$1M", "$2M"}},
		{"a limit below two still leaves two labels", linearAxis, false, 0, 1e6, 0,
			[]string{"$0", "$600k"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ticks := fewerLabels{Ticker: tt.ticker, max: tt.max, log: tt.log}.Ticks(tt.lo, tt.hi)
			var got []string
			for _, tk := range ticks {
				if tk.Label != "" {
					got = append(got, tk.Label)
				}
			}
			all := tt.ticker.Ticks(tt.lo, tt.hi)
			if len(ticks) != len(all) {
				t.Errorf("kept %d ticks, want all %d (unlabelled ones stay as minor ticks)", len(ticks), len(all))
			}
			if len(got) > max(tt.max, 2) {
				t.Errorf("%d labels %q, want at most %d", len(got), got, max(tt.max, 2))
			}
			if !equalStrings(got, tt.want) {
				t.Errorf("labels %q, want %q", got, tt.want)
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Scenario names on the totals chart are fixed ticks: a short chart of
// many scenarios must still name every one (thinning is for numbers).
func TestTotalsNamesEveryScenarioWhenSmall(t *testing.T) {
	seed := seedResults(t)
	var doc model.Document
	doc.Policy = model.DefaultPolicy()
	for i := 0; i < 9; i++ {
		s := seed[i%len(seed)].Scenario()
		s.Name = fmt.Sprintf("Scenario %d", i+1)
		doc.Scenarios = append(doc.Scenarios, s)
	}
	results := model.Evaluate(doc)
	var buf bytes.Buffer
	if err := Write(&buf, "svg", Totals, results, 0, 480, 260, Light()); err != nil {
		t.Fatal(err)
	}
	drawn := texts(buf.Bytes())
	for _, r := range results {
		if !contains(drawn, r.Name) {
			t.Errorf("%q is not named on the chart; texts: %q", r.Name, drawn)
		}
	}
}
