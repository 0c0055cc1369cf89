package chart

import (
	"bytes"
	"html"
	"regexp"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// seedResults evaluates the six built-in scenarios.
func seedResults(t testing.TB) []model.Result {
	t.Helper()
	return model.Evaluate(assets.DefaultDocument())
}

// seedIndex returns the index of the seed scenario whose name starts with
// prefix.
func seedIndex(t testing.TB, results []model.Result, prefix string) int {
	t.Helper()
	for i := range results {
		if len(results[i].Name) >= len(prefix) && results[i].Name[:len(prefix)] == prefix {
			return i
		}
	}
	t.Fatalf("no seed scenario %q", prefix)
	return -1
}

// edgeCase is a scenario at the edge of what the charts must draw.
type edgeCase struct {
	name   string
	result model.Result
	note   string // a note the volume chart must carry, "" for none
}

// edgeCases returns the scenarios every chart must draw without failing,
// each with the message it should show.
func edgeCases() []edgeCase {
	p := model.DefaultPolicy()
	eval := func(s model.Scenario, p model.Policy) model.Result { return model.EvaluateScenario(s, p) }

	zeroVolume := model.NewScenario("Zero volume")
	zeroVolume.QueriesPerMonth = 0

	noBreakEven := model.NewScenario("No break-even")
	noBreakEven.APIInputPrice, noBreakEven.APIOutputPrice = 0.1, 0.4 // far cheaper than a GPU

	atZero := model.NewScenario("Break-even at zero")
	atZero.MinReplicas, atZero.BuildFixedMonthly, atZero.Engineers = 0, 0, 0
	atZero.APIFixedMonthly = 500

	longHorizon := model.NewScenario("Ten years")
	longHorizon.GrowthPct = 4
	long := p
	long.HorizonMonths = 120

	huge := model.NewScenario("Huge volume")
	huge.QueriesPerMonth = 1e12

	zero := model.Scenario{Name: "All zero", GPUsPerReplica: 1, ReplicaTokensPerSec: 1000, UtilizationPct: 50,
		InputTokens: 1000, OutputTokens: 100, QueriesPerMonth: 1000, APIQualityOK: true}

	return []edgeCase{
		{"zero volume", eval(zeroVolume, p), "Today's volume is 0 queries/month"},
		{"no break-even", eval(noBreakEven, p), "No break-even"},
		{"break-even at zero", eval(atZero, p), "Break-even at 0 queries/month"},
		{"120-month horizon", eval(longHorizon, long), ""},
		{"huge volume", eval(huge, p), ""},
		{"all-zero costs", eval(zero, p), "$0"},
		{"seed: true scale", model.Evaluate(assets.DefaultDocument())[1], ""},
	}
}

var svgText = regexp.MustCompile(`(?s)<text[^>]*>(.*?)</text>`)

// texts returns every text an SVG draws, unescaped.
func texts(svg []byte) []string {
	var out []string
	for _, m := range svgText.FindAllSubmatch(svg, -1) {
		out = append(out, html.UnescapeString(string(m[1])))
	}
	return out
}

// svgOf renders chart kind as SVG at 800×500 in the light theme.
func svgOf(t testing.TB, kind Kind, results []model.Result, index int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, "svg", kind, results, index, 800, 500, Light()); err != nil {
		t.Fatalf("Write(svg, %s): %v", kind, err)
	}
	return buf.Bytes()
}

// contains reports whether one of list equals s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
