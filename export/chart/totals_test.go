package chart

import (
	"fmt"
	"strings"
	"testing"

	"buildvsbuy/model"
)

func TestTotalsSeriesAreTheModelsTotals(t *testing.T) {
	results := seedResults(t)
	d := totalsData(results)
	for i, r := range results {
		if d.Names[i] != r.Name || d.Buy[i] != r.BuyTotal || d.Build[i] != r.BuildTotal || d.Verdicts[i] != r.Verdict {
			t.Errorf("row %d is %q %g %g %s, want %q %g %g %s", i, d.Names[i], d.Buy[i], d.Build[i], d.Verdicts[i],
				r.Name, r.BuyTotal, r.BuildTotal, r.Verdict)
		}
		if i > 0 && d.Y[i] >= d.Y[i-1] {
			t.Errorf("scenario %d is not below scenario %d", i, i-1)
		}
		if d.XMax < r.BuyTotal || d.XMax < r.BuildTotal {
			t.Errorf("x axis ends at %g, before %s's bars", d.XMax, r.Name)
		}
	}
}

func TestTotalsChartParts(t *testing.T) {
	results := seedResults(t)
	ch, err := totalsChart(results, Light())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"grid", "buy", "build"} {
		if ch.part(name) == nil {
			t.Errorf("no %q in the chart", name)
		}
	}
	if buy, _ := ch.part("buy").(*hbars); buy == nil || buy.Color != buyColor {
		t.Errorf("buy bars are not in the BUY colour")
	}
	if build, _ := ch.part("build").(*hbars); build == nil || build.Color != buildColor {
		t.Errorf("build bars are not in the BUILD colour")
	}
	if got := fmt.Sprint(legendLabels(ch)); got != "[Buy: API Build: self-hosted]" {
		t.Errorf("legend %s", got)
	}
	drawn := texts(svgOf(t, Totals, results, 0))
	want := []string{"Total cost over 12 months, by scenario", "Total cost over 12 months (US$)",
		"BUY", "BUILD", "BUILD REQUIRED", "CONSIDER BUILD", "$2.4M", "$1.41M", "$6k", "$480k",
		"True scale", "(10M calls/month)", "Docs Q&A assistant", "(today)"}
	for _, s := range want {
		if !contains(drawn, s) {
			t.Errorf("%q not drawn; texts: %q", s, drawn)
		}
	}
	// One chip per scenario.
	chips := 0
	for _, s := range drawn {
		switch s {
		case "BUY", "BUILD", "BUILD REQUIRED", "CONSIDER BUILD":
			chips++
		}
	}
	if chips != len(results) {
		t.Errorf("%d verdict chips for %d scenarios", chips, len(results))
	}
}

func TestTotalsOfManyScenarios(t *testing.T) {
	var results []model.Result
	for i := range 20 {
		s := model.NewScenario(fmt.Sprintf("Scenario number %d with a long descriptive name", i+1))
		s.QueriesPerMonth = float64(i+1) * 250000
		results = append(results, model.EvaluateScenario(s, model.DefaultPolicy()))
	}
	if _, err := Render(Totals, results, 0, 800, 500, Light()); err != nil {
		t.Fatal(err)
	}
	d := totalsData(results)
	if len(d.Names) != 20 {
		t.Errorf("%d rows for 20 scenarios", len(d.Names))
	}
}

func TestWrapName(t *testing.T) {
	tests := []struct {
		name, in     string
		chars, lines int
		want         string
	}{
		{"short", "Docs", 24, 2, "Docs"},
		{"parenthesis", "True scale (10M calls/month)", 24, 2, "True scale\n(10M calls/month)"},
		{"long parenthesis", "Hospital records (data stays on-premise)", 24, 2, "Hospital records\n(data stays on-premise)"},
		{"words", "A scenario with a rather long name indeed", 24, 2, "A scenario with a rather\nlong name indeed"},
		{"cut", "A scenario with a rather long name indeed and more words", 24, 2, "A scenario with a rather\nlong name indeed and…"},
		{"one line", "True scale (10M calls/month)", 30, 1, "True scale (10M calls/month)"},
		{"one long word", strings.Repeat("x", 40), 24, 2, strings.Repeat("x", 23) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrapName(tt.in, tt.chars, tt.lines); got != tt.want {
				t.Errorf("wrapName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
