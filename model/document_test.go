package model_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// legal is the "Legal research" seed scenario as a JSON object, renamed.
func legal() map[string]any {
	return map[string]any{
		"name": "Legal research", "queries_per_month": 400000, "growth_pct": 5,
		"input_tokens": 8000, "output_tokens": 1000, "api_input_price": 3, "api_output_price": 15,
		"embedding_tokens": 1000, "embedding_price": 0.1, "api_fixed_monthly": 500,
		"gpu_hourly": 3, "gpus_per_replica": 8, "replica_tokens_per_sec": 2500,
		"utilization_pct": 50, "min_replicas": 2, "build_fixed_monthly": 8000,
		"engineers": 2, "engineer_monthly_cost": 18000, "build_months": 6, "upfront_cost": 120000,
		"api_quality_ok": true, "regulated": false, "latency_budget_ms": 5000, "api_latency_ms": 2000,
		"proprietary_data": true, "ai_core_product": false,
	}
}

// doc returns a document with one "Legal research" scenario, edited by edit.
func doc(edit func(top, policy, scenario map[string]any)) string {
	sc := legal()
	policy := map[string]any{"buy_below_monthly": 10000, "revisit_below_monthly": 5000,
		"plan_scale_queries": 1000000, "true_scale_queries": 10000000, "horizon_months": 12}
	top := map[string]any{"version": 1, "policy": policy, "scenarios": []any{sc}}
	if edit != nil {
		edit(top, policy, sc)
	}
	data, err := json.Marshal(top)
	if err != nil {
		panic(err)
	}
	return string(data)
}

// withRanges returns a version 2 document whose scenario carries ranges.
func withRanges(ranges map[string]any) string {
	return doc(func(top, p, s map[string]any) {
		top["version"] = 2
		s["ranges"] = ranges
	})
}

func raw(s string) json.RawMessage { return json.RawMessage(s) }

// documentCase is one named document for Parse. With no want, the document
// must load; otherwise the error must contain every phrase in want, and its
// first FieldError must name scenario and field (both "" for the document).
type documentCase struct {
	name     string
	input    string
	want     []string
	scenario string
	field    string
	check    func(t *testing.T, d model.Document)
}

var documentCases = []documentCase{
	{name: "the seed document", input: string(assets.SeedScenarios), check: func(t *testing.T, d model.Document) {
		if len(d.Scenarios) != 6 || d.Scenarios[4].Name != "Legal research (proprietary case law)" {
			t.Errorf("scenarios = %d, fifth %q", len(d.Scenarios), d.Scenarios[4].Name)
		}
	}},
	{name: "one valid scenario", input: doc(nil), check: func(t *testing.T, d model.Document) {
		s := d.Scenarios[0]
		if s.Name != "Legal research" || s.QueriesPerMonth != 400000 || s.GPUsPerReplica != 8 || !s.ProprietaryData || s.EmbeddingPrice != 0.1 {
			t.Errorf("scenario = %+v", s)
		}
	}},
	{name: "no scenarios", input: doc(func(top, p, s map[string]any) { top["scenarios"] = []any{} }),
		check: func(t *testing.T, d model.Document) {
			if d.Scenarios == nil || len(d.Scenarios) != 0 {
				t.Errorf("scenarios = %#v, want an empty list", d.Scenarios)
			}
		}},

	// Scenario keys and types.
	{name: "unknown scenario key", input: doc(func(top, p, s map[string]any) { s["colour"] = "blue" }),
		want: []string{`scenario "Legal research": unknown key "colour"`}, scenario: "Legal research", field: "colour"},
	{name: "two unknown keys name the first in order", input: doc(func(top, p, s map[string]any) { s["zeta"], s["alpha"] = 1, 2 }),
		want: []string{`scenario "Legal research": unknown key "alpha"`}, scenario: "Legal research", field: "alpha"},
	{name: "two bad policy values name the first in order", input: doc(func(top, p, s map[string]any) {
		p["true_scale_queries"], p["buy_below_monthly"] = -5, -1
	}), want: []string{`policy: buy_below_monthly must be >= 0, got -1`}, field: "buy_below_monthly"},
	{name: "string for a number", input: doc(func(top, p, s map[string]any) { s["queries_per_month"] = "400000" }),
		want:     []string{`scenario "Legal research": queries_per_month must be a number, got "400000"`},
		scenario: "Legal research", field: "queries_per_month"},
	{name: "string that is not a number", input: doc(func(top, p, s map[string]any) { s["gpu_hourly"] = "three" }),
		want: []string{`scenario "Legal research": gpu_hourly must be a number, got "three"`}, scenario: "Legal research", field: "gpu_hourly"},
	{name: "number for a bool", input: doc(func(top, p, s map[string]any) { s["regulated"] = 1 }),
		want: []string{`scenario "Legal research": regulated must be true or false, got 1`}, scenario: "Legal research", field: "regulated"},
	{name: "string for a bool", input: doc(func(top, p, s map[string]any) { s["api_quality_ok"] = "yes" }),
		want: []string{`scenario "Legal research": api_quality_ok must be true or false, got "yes"`}, scenario: "Legal research", field: "api_quality_ok"},
	{name: "null for a number", input: doc(func(top, p, s map[string]any) { s["engineers"] = nil }),
		want: []string{`scenario "Legal research": engineers must be a number, got null`}, scenario: "Legal research", field: "engineers"},
	{name: "null for a bool", input: doc(func(top, p, s map[string]any) { s["proprietary_data"] = nil }),
		want: []string{`scenario "Legal research": proprietary_data must be true or false, got null`}, scenario: "Legal research", field: "proprietary_data"},
	{name: "null for the name", input: doc(func(top, p, s map[string]any) { s["name"] = nil }),
		want: []string{`scenario 1: name must be a string`}, field: "name"},
	{name: "number for the name", input: doc(func(top, p, s map[string]any) { s["name"] = 7 }),
		want: []string{`scenario 1: name must be a string`}, field: "name"},
	{name: "array for a number", input: doc(func(top, p, s map[string]any) { s["upfront_cost"] = []int{1} }),
		want: []string{`scenario "Legal research": upfront_cost must be a number, got [1]`}, scenario: "Legal research", field: "upfront_cost"},
	{name: "float for gpus_per_replica", input: doc(func(top, p, s map[string]any) { s["gpus_per_replica"] = 8.5 }),
		want: []string{`scenario "Legal research": gpus_per_replica must be a whole number, got 8.5`}, scenario: "Legal research", field: "gpus_per_replica"},
	{name: "float for min_replicas", input: doc(func(top, p, s map[string]any) { s["min_replicas"] = 1.5 }),
		want: []string{`scenario "Legal research": min_replicas must be a whole number, got 1.5`}, scenario: "Legal research", field: "min_replicas"},
	{name: "float for build_months", input: doc(func(top, p, s map[string]any) { s["build_months"] = 0.5 }),
		want: []string{`scenario "Legal research": build_months must be a whole number, got 0.5`}, scenario: "Legal research", field: "build_months"},
	{name: "whole number written as a float", input: doc(func(top, p, s map[string]any) { s["gpus_per_replica"] = raw("8.0") }),
		check: func(t *testing.T, d model.Document) {
			if d.Scenarios[0].GPUsPerReplica != 8 {
				t.Errorf("gpus_per_replica = %d", d.Scenarios[0].GPUsPerReplica)
			}
		}},

	// Ranges.
	{name: "utilization 140", input: doc(func(top, p, s map[string]any) { s["utilization_pct"] = 140 }),
		want: []string{`scenario "Legal research": utilization_pct must be > 0 and <= 100, got 140`}, scenario: "Legal research", field: "utilization_pct"},
	{name: "utilization 0", input: doc(func(top, p, s map[string]any) { s["utilization_pct"] = 0 }),
		want: []string{`scenario "Legal research": utilization_pct must be > 0 and <= 100, got 0`}, scenario: "Legal research", field: "utilization_pct"},
	{name: "utilization 100", input: doc(func(top, p, s map[string]any) { s["utilization_pct"] = 100 })},
	{name: "growth -100", input: doc(func(top, p, s map[string]any) { s["growth_pct"] = -100 }),
		want: []string{`scenario "Legal research": growth_pct must be > -100, got -100`}, scenario: "Legal research", field: "growth_pct"},
	{name: "growth -99.9", input: doc(func(top, p, s map[string]any) { s["growth_pct"] = -99.9 })},
	{name: "negative price", input: doc(func(top, p, s map[string]any) { s["api_input_price"] = -1 }),
		want: []string{`scenario "Legal research": api_input_price must be >= 0, got -1`}, scenario: "Legal research", field: "api_input_price"},
	{name: "no GPUs per replica", input: doc(func(top, p, s map[string]any) { s["gpus_per_replica"] = 0 }),
		want: []string{`scenario "Legal research": gpus_per_replica must be >= 1, got 0`}, scenario: "Legal research", field: "gpus_per_replica"},
	{name: "zero throughput", input: doc(func(top, p, s map[string]any) { s["replica_tokens_per_sec"] = 0 }),
		want: []string{`scenario "Legal research": replica_tokens_per_sec must be > 0, got 0`}, scenario: "Legal research", field: "replica_tokens_per_sec"},
	{name: "min_replicas 0", input: doc(func(top, p, s map[string]any) { s["min_replicas"] = 0 })},
	{name: "integer too large", input: doc(func(top, p, s map[string]any) { s["min_replicas"] = 1e12 }),
		want: []string{`scenario "Legal research": min_replicas must be a whole number >= 0 and at most 2147483648, got 1000000000000`}, scenario: "Legal research", field: "min_replicas"},
	{name: "number beyond a float64", input: doc(func(top, p, s map[string]any) { s["queries_per_month"] = raw("1e400") }),
		want: []string{`scenario "Legal research": queries_per_month must be a number a float64 can hold, got 1e400`}, scenario: "Legal research", field: "queries_per_month"},
	{name: "huge numbers overflow the projection", input: doc(func(top, p, s map[string]any) {
		s["queries_per_month"], s["input_tokens"] = 1e300, 1e10
	}), want: []string{`scenario "Legal research": the projection overflows`}, scenario: "Legal research", field: "queries_per_month"},
	{name: "growth that overflows within 120 months", input: doc(func(top, p, s map[string]any) { s["growth_pct"] = 1e6 }),
		want: []string{`scenario "Legal research": the projection overflows`}, scenario: "Legal research", field: "queries_per_month"},
	{name: "two problems in one scenario", input: doc(func(top, p, s map[string]any) {
		s["utilization_pct"], s["engineers"] = 140, -2
	}), want: []string{`scenario "Legal research": engineers must be >= 0, got -2`, `scenario "Legal research": utilization_pct must be > 0 and <= 100, got 140`},
		scenario: "Legal research", field: "utilization_pct"},

	// Names.
	{name: "empty name", input: doc(func(top, p, s map[string]any) { s["name"] = "" }),
		want: []string{`scenario 1: name must not be empty`}, field: "name"},
	{name: "duplicate names", input: doc(func(top, p, s map[string]any) {
		second := legal()
		second["queries_per_month"] = 1
		top["scenarios"] = []any{s, second}
	}), want: []string{`scenario "Legal research": name must be unique, but scenario 1 has it too`}, scenario: "Legal research", field: "name"},
	{name: "missing scenario keys", input: doc(func(top, p, s map[string]any) {
		delete(s, "growth_pct")
		delete(s, "min_replicas")
	}), want: []string{`scenario "Legal research": missing keys growth_pct, min_replicas`}, scenario: "Legal research", field: "growth_pct"},
	{name: "missing one key", input: doc(func(top, p, s map[string]any) { delete(s, "ai_core_product") }),
		want: []string{`scenario "Legal research": missing key ai_core_product`}, scenario: "Legal research", field: "ai_core_product"},
	{name: "missing name", input: doc(func(top, p, s map[string]any) { delete(s, "name") }),
		want: []string{`scenario 1: missing key name`}, field: "name"},
	{name: "scenario not an object", input: doc(func(top, p, s map[string]any) { top["scenarios"] = []any{s, 5} }),
		want: []string{`scenario 2: must be a JSON object`}},

	// The policy.
	{name: "missing policy takes the defaults", input: doc(func(top, p, s map[string]any) { delete(top, "policy") }),
		check: func(t *testing.T, d model.Document) {
			if d.Policy != model.DefaultPolicy() {
				t.Errorf("policy = %+v", d.Policy)
			}
		}},
	{name: "partial policy", input: doc(func(top, p, s map[string]any) {
		top["policy"] = map[string]any{"horizon_months": 24, "buy_below_monthly": 0}
	}),
		check: func(t *testing.T, d model.Document) {
			want := model.DefaultPolicy()
			want.HorizonMonths, want.BuyBelowMonthly = 24, 0
			if d.Policy != want {
				t.Errorf("policy = %+v, want %+v", d.Policy, want)
			}
		}},
	{name: "empty policy", input: doc(func(top, p, s map[string]any) { top["policy"] = map[string]any{} }),
		check: func(t *testing.T, d model.Document) {
			if d.Policy != model.DefaultPolicy() {
				t.Errorf("policy = %+v", d.Policy)
			}
		}},
	{name: "horizon 0", input: doc(func(top, p, s map[string]any) { p["horizon_months"] = 0 }),
		want: []string{`policy: horizon_months must be a whole number >= 1 and <= 120, got 0`}, field: "horizon_months"},
	{name: "horizon 121", input: doc(func(top, p, s map[string]any) { p["horizon_months"] = 121 }),
		want: []string{`policy: horizon_months must be a whole number >= 1 and <= 120, got 121`}, field: "horizon_months"},
	{name: "horizon 120", input: doc(func(top, p, s map[string]any) { p["horizon_months"] = 120 })},
	{name: "horizon 12.5", input: doc(func(top, p, s map[string]any) { p["horizon_months"] = 12.5 }),
		want: []string{`policy: horizon_months must be a whole number, got 12.5`}, field: "horizon_months"},
	{name: "horizon as a string", input: doc(func(top, p, s map[string]any) { p["horizon_months"] = "12" }),
		want: []string{`policy: horizon_months must be a whole number, got "12"`}, field: "horizon_months"},
	{name: "negative buy threshold", input: doc(func(top, p, s map[string]any) { p["buy_below_monthly"] = -1 }),
		want: []string{`policy: buy_below_monthly must be >= 0, got -1`}, field: "buy_below_monthly"},
	{name: "unknown policy key", input: doc(func(top, p, s map[string]any) { p["horizon"] = 12 }),
		want: []string{`policy: unknown key "horizon"`}, field: "horizon"},
	{name: "policy not an object", input: doc(func(top, p, s map[string]any) { top["policy"] = nil }),
		want: []string{`policy must be an object`}, field: "policy"},

	// The document.
	{name: "version 3", input: doc(func(top, p, s map[string]any) { top["version"] = 3 }),
		want: []string{`version 3 is not supported (this app reads versions 1 to 2)`}, field: "version"},
	{name: "version 1 reads as version 2", input: doc(nil), check: func(t *testing.T, d model.Document) {
		if d.Version != 2 || !d.Scenarios[0].Ranges.IsZero() {
			t.Errorf("version %d, ranges %v", d.Version, d.Scenarios[0].Ranges.Keys())
		}
	}},
	{name: "version 2 without ranges", input: doc(func(top, p, s map[string]any) { top["version"] = 2 })},

	// Ranges (version 2).
	{name: "ranges", input: withRanges(map[string]any{
		"gpu_hourly":       map[string]any{"low": 2, "likely": 2.5, "high": 4},
		"gpus_per_replica": map[string]any{"low": 4, "likely": 8, "high": 8},
		"utilization_pct":  map[string]any{"low": 30, "likely": 50, "high": 100},
		"growth_pct":       map[string]any{"low": -5, "likely": 5, "high": 5},
	}), check: func(t *testing.T, d model.Document) {
		r := d.Scenarios[0].Ranges
		if got := r.Keys(); !reflect.DeepEqual(got, []string{"growth_pct", "gpu_hourly", "gpus_per_replica", "utilization_pct"}) {
			t.Errorf("keys %q, want SPEC order", got)
		}
		if e, ok := r.Get("gpu_hourly"); !ok || e != (model.Estimate{Low: 2, Likely: 2.5, High: 4}) {
			t.Errorf("gpu_hourly = %+v, %v", e, ok)
		}
		if _, ok := r.Get("queries_per_month"); ok {
			t.Error("queries_per_month has a range")
		}
	}},
	{name: "empty ranges", input: withRanges(map[string]any{}), check: func(t *testing.T, d model.Document) {
		if !d.Scenarios[0].Ranges.IsZero() {
			t.Error("ranges not empty")
		}
	}},
	{name: "a point range", input: withRanges(map[string]any{"engineers": map[string]any{"low": 2, "likely": 2, "high": 2}})},
	{name: "ranges in a version 1 document", input: doc(func(top, p, s map[string]any) {
		s["ranges"] = map[string]any{"gpu_hourly": map[string]any{"low": 2, "likely": 2.5, "high": 4}}
	}), want: []string{`scenario "Legal research": unknown key "ranges" (ranges need document version 2)`}, scenario: "Legal research", field: "ranges"},
	{name: "range of an unknown input", input: withRanges(map[string]any{"colour": map[string]any{"low": 1, "likely": 2, "high": 3}}),
		want: []string{`scenario "Legal research": ranges: unknown input "colour"`}, scenario: "Legal research", field: "ranges.colour"},
	{name: "range of a bool", input: withRanges(map[string]any{"regulated": map[string]any{"low": 0, "likely": 0, "high": 1}}),
		want: []string{`scenario "Legal research": ranges: "regulated" is not a numeric input`}, scenario: "Legal research", field: "ranges.regulated"},
	{name: "range of the name", input: withRanges(map[string]any{"name": map[string]any{"low": 0, "likely": 0, "high": 1}}),
		want: []string{`scenario "Legal research": ranges: "name" is not a numeric input`}, scenario: "Legal research", field: "ranges.name"},
	{name: "low above likely", input: withRanges(map[string]any{"gpu_hourly": map[string]any{"low": 3, "likely": 2.5, "high": 4}}),
		want:     []string{`scenario "Legal research": ranges.gpu_hourly: low <= likely <= high is required, got low 3, likely 2.5, high 4`},
		scenario: "Legal research", field: "ranges.gpu_hourly"},
	{name: "likely above high", input: withRanges(map[string]any{"engineers": map[string]any{"low": 1, "likely": 5, "high": 4}}),
		want:     []string{`scenario "Legal research": ranges.engineers: low <= likely <= high is required, got low 1, likely 5, high 4`},
		scenario: "Legal research", field: "ranges.engineers"},
	{name: "range beyond the field's range", input: withRanges(map[string]any{"utilization_pct": map[string]any{"low": 40, "likely": 60, "high": 140}}),
		want:     []string{`scenario "Legal research": ranges.utilization_pct: high must be > 0 and <= 100, got 140`},
		scenario: "Legal research", field: "ranges.utilization_pct"},
	{name: "range with a negative low", input: withRanges(map[string]any{"queries_per_month": map[string]any{"low": -1, "likely": 5, "high": 9}}),
		want:     []string{`scenario "Legal research": ranges.queries_per_month: low must be >= 0, got -1`},
		scenario: "Legal research", field: "ranges.queries_per_month"},
	{name: "fractional range of an integer", input: withRanges(map[string]any{"gpus_per_replica": map[string]any{"low": 1.5, "likely": 2, "high": 4}}),
		want:     []string{`scenario "Legal research": ranges.gpus_per_replica: low must be a whole number, got 1.5`},
		scenario: "Legal research", field: "ranges.gpus_per_replica"},
	{name: "range missing a point", input: withRanges(map[string]any{"gpu_hourly": map[string]any{"low": 2, "high": 4}}),
		want: []string{`scenario "Legal research": ranges.gpu_hourly: missing key "likely"`}, scenario: "Legal research", field: "ranges.gpu_hourly"},
	{name: "range with an unknown point", input: withRanges(map[string]any{"gpu_hourly": map[string]any{"low": 2, "likely": 3, "high": 4, "mode": 3}}),
		want:     []string{`scenario "Legal research": ranges.gpu_hourly: unknown key "mode" (expected low, likely and high)`},
		scenario: "Legal research", field: "ranges.gpu_hourly"},
	{name: "range point as a string", input: withRanges(map[string]any{"gpu_hourly": map[string]any{"low": "2", "likely": 3, "high": 4}}),
		want: []string{`scenario "Legal research": ranges.gpu_hourly: low must be a number, got "2"`}, scenario: "Legal research", field: "ranges.gpu_hourly"},
	{name: "range not an object", input: withRanges(map[string]any{"gpu_hourly": []int{2, 3, 4}}),
		want: []string{`scenario "Legal research": ranges.gpu_hourly must be an object with low, likely and high, got [2,3,4]`}, scenario: "Legal research", field: "ranges.gpu_hourly"},
	{name: "ranges not an object", input: withRanges(nil),
		want: []string{`scenario "Legal research": ranges must be an object`}, scenario: "Legal research", field: "ranges"},
	{name: "ranges that overflow the projection", input: withRanges(map[string]any{"growth_pct": map[string]any{"low": 0, "likely": 5, "high": 1e6}}),
		want: []string{`scenario "Legal research": ranges: the projection overflows at the ends of the ranges`}, scenario: "Legal research", field: "ranges"},
	{name: "version 0.5", input: doc(func(top, p, s map[string]any) { top["version"] = 0.5 }),
		want: []string{`version must be a whole number, got 0.5`}, field: "version"},
	{name: "version as a string", input: doc(func(top, p, s map[string]any) { top["version"] = "1" }),
		want: []string{`version must be a whole number, got "1"`}, field: "version"},
	{name: "missing version", input: doc(func(top, p, s map[string]any) { delete(top, "version") }),
		want: []string{`missing key "version"`}, field: "version"},
	{name: "missing scenarios", input: doc(func(top, p, s map[string]any) { delete(top, "scenarios") }),
		want: []string{`missing key "scenarios"`}, field: "scenarios"},
	{name: "scenarios not an array", input: doc(func(top, p, s map[string]any) { top["scenarios"] = s }),
		want: []string{`scenarios must be an array of objects`}, field: "scenarios"},
	{name: "unknown top-level key", input: doc(func(top, p, s map[string]any) { top["scenario"] = []any{} }),
		want: []string{`unknown key "scenario" (expected version, policy and scenarios)`}},
	{name: "not JSON", input: `{"version": 1, "scenarios": [}`,
		want: []string{`not a scenario document: invalid JSON at byte`}},
	{name: "empty file", input: ``, want: []string{`not a scenario document`}},
	{name: "JSON array at top level", input: `[{"version": 1}]`,
		want: []string{`not a scenario document: expected a JSON object`}},
	{name: "JSON null", input: `null`, want: []string{`not a scenario document: expected a JSON object`}},
	{name: "trailing garbage", input: doc(nil) + ` {}`, want: []string{`not a scenario document`}},

	// A key said twice is refused rather than the last one winning.
	{name: "scenario key twice", input: strings.Replace(doc(nil), `"gpu_hourly":3`, `"gpu_hourly":3,"gpu_hourly":99`, 1),
		want: []string{`scenario "Legal research": key "gpu_hourly" appears twice`}, scenario: "Legal research", field: "gpu_hourly"},
	{name: "policy key twice", input: strings.Replace(doc(nil), `"horizon_months":12`, `"horizon_months":12,"horizon_months":24`, 1),
		want: []string{`policy: key "horizon_months" appears twice`}, field: "horizon_months"},
	{name: "document key twice", input: strings.Replace(doc(nil), `"version":1`, `"version":1,"version":1`, 1),
		want: []string{`key "version" appears twice`}, field: "version"},
	{name: "range input twice", input: strings.Replace(withRanges(map[string]any{"gpu_hourly": map[string]any{"low": 2, "likely": 3, "high": 4}}),
		`"gpu_hourly":{`, `"gpu_hourly":{"low":1,"likely":1,"high":1},"gpu_hourly":{`, 1),
		want: []string{`scenario "Legal research": key "ranges.gpu_hourly" appears twice`}, scenario: "Legal research", field: "ranges.gpu_hourly"},
	{name: "range point twice", input: strings.Replace(withRanges(map[string]any{"gpu_hourly": map[string]any{"low": 2, "likely": 3, "high": 4}}),
		`"high":4`, `"high":4,"high":5`, 1),
		want: []string{`scenario "Legal research": key "ranges.gpu_hourly.high" appears twice`}, scenario: "Legal research", field: "ranges.gpu_hourly"},

	// Text as editors write it.
	{name: "byte-order mark before the document", input: "\ufeff" + doc(nil), check: func(t *testing.T, d model.Document) {
		if len(d.Scenarios) != 1 || d.Scenarios[0].Name != "Legal research" {
			t.Errorf("scenarios = %+v", d.Scenarios)
		}
	}},
	{name: "name of spaces only", input: doc(func(top, p, s map[string]any) { s["name"] = "   " }),
		want: []string{`name must not be empty or only spaces`}, scenario: "   ", field: "name"},
	{name: "names differing only by a trailing space", input: doc(func(top, p, s map[string]any) {
		second := legal()
		second["name"] = "Legal research "
		top["scenarios"] = []any{s, second}
	}), want: []string{`scenario "Legal research ": name must be unique, but scenario 1 has it too`}, scenario: "Legal research ", field: "name"},
}

func TestParse(t *testing.T) {
	for _, tt := range documentCases {
		t.Run(tt.name, func(t *testing.T) {
			d, err := model.Parse([]byte(tt.input))
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if err := d.Validate(); err != nil {
					t.Errorf("a parsed document does not validate: %v", err)
				}
				if tt.check != nil {
					tt.check(t, d)
				}
				return
			}
			if err == nil {
				t.Fatalf("Parse accepted the document; want an error with %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\nlacks %q", err, w)
				}
			}
			if strings.HasPrefix(err.Error(), "policy:") && !isPolicyKey(tt.field) {
				t.Errorf("error %q blames the policy", err)
			}
			var fe *model.FieldError
			if tt.field == "" && tt.scenario == "" {
				return
			}
			if !errors.As(err, &fe) {
				t.Fatalf("error %q is not a *FieldError", err)
			}
			if fe.Field != tt.field || fe.Scenario != tt.scenario {
				t.Errorf("FieldError names scenario %q field %q, want %q %q", fe.Scenario, fe.Field, tt.scenario, tt.field)
			}
		})
	}
}

func isPolicyKey(key string) bool {
	for _, f := range model.PolicyFields {
		if f.Key == key {
			return true
		}
	}
	return key == "horizon"
}

// Every document Parse accepts is marshalled with every key, in SPEC order,
// and reads back equal.
func TestMarshalRoundTrip(t *testing.T) {
	for _, tt := range documentCases {
		if len(tt.want) > 0 {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			d, err := model.Parse([]byte(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			data, err := d.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			back, err := model.Parse(data)
			if err != nil {
				t.Fatalf("re-parse: %v\n%s", err, data)
			}
			if !reflect.DeepEqual(back, d) {
				t.Errorf("round trip changed the document:\n%+v\n%+v", d, back)
			}
			if len(d.Scenarios) == 0 {
				return
			}
			// Keys in SPEC order: name, then fields 1..25.
			text := string(data)
			last := -1
			for _, f := range model.Fields {
				i := strings.Index(text, `"`+f.Key+`":`)
				if i < 0 || i < last {
					t.Errorf("key %q missing or out of SPEC order", f.Key)
				}
				last = i
			}
		})
	}
}

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "scenarios.json")
	d := assets.DefaultDocument()
	d.Policy.HorizonMonths = 36
	d.Scenarios[0].GrowthPct = 2.5
	if err := d.Save(path); err != nil {
		t.Fatalf("Save: %v", err)
	}
	back, err := model.Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if !reflect.DeepEqual(back, d) {
		t.Errorf("Load(Save(d)) differs:\n%+v\n%+v", back, d)
	}
	assertOnly(t, dir, "scenarios.json")

	// Saving over an existing file replaces it.
	d.Scenarios = d.Scenarios[:2]
	if err := d.Save(path); err != nil {
		t.Fatalf("second Save: %v", err)
	}
	if back, err := model.Load(path); err != nil || len(back.Scenarios) != 2 {
		t.Errorf("after the second save: %d scenarios, %v", len(back.Scenarios), err)
	}
	assertOnly(t, dir, "scenarios.json")
}

func TestSaveFailures(t *testing.T) {
	good := assets.DefaultDocument()
	invalid := assets.DefaultDocument()
	invalid.Scenarios[4].UtilizationPct = 140

	tests := []struct {
		name string
		doc  model.Document
		// target returns the path to save to, in a folder holding an old
		// file that must survive.
		target func(dir string) string
		want   string
	}{
		{"invalid document", invalid, func(dir string) string { return filepath.Join(dir, "old.json") },
			`scenario "Legal research (proprietary case law)": utilization_pct must be > 0 and <= 100, got 140`},
		{"missing folder", good, func(dir string) string { return filepath.Join(dir, "no such folder", "new.json") },
			"new.json: the folder " + "%DIR%" + "/no such folder/ does not exist"},
		{"path is a folder", good, func(dir string) string {
			sub := filepath.Join(dir, "folder.json")
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sub, "keep"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			return sub
		}, "folder.json: it is a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			old := filepath.Join(dir, "old.json")
			if err := good.Save(old); err != nil {
				t.Fatal(err)
			}
			before, err := os.ReadFile(old)
			if err != nil {
				t.Fatal(err)
			}
			target := tt.target(dir)
			err = tt.doc.Save(target)
			want := strings.ReplaceAll(tt.want, "%DIR%", dir)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("Save(%s) = %v, want an error with %q", target, err, want)
			}
			if strings.Contains(err.Error(), ".tmp") {
				t.Errorf("error %q names the temporary file", err)
			}
			after, err := os.ReadFile(old)
			if err != nil || string(after) != string(before) {
				t.Errorf("the old file changed (%v)", err)
			}
			names := []string{"old.json"}
			if _, err := os.Stat(filepath.Join(dir, "folder.json")); err == nil {
				names = append(names, "folder.json")
			}
			assertOnly(t, dir, names...)
		})
	}
}

// assertOnly fails unless dir holds exactly the named entries: no temporary
// files left behind.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	slices.Sort(names)
	if !reflect.DeepEqual(got, names) {
		t.Errorf("%s holds %q, want %q", dir, got, names)
	}
}

// FuzzParse: Parse never panics, and every document it accepts validates,
// evaluates to figures JSON can carry, and marshals to JSON that parses back
// to an equal document.
func FuzzParse(f *testing.F) {
	for _, tt := range documentCases {
		f.Add([]byte(tt.input))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := model.Parse(data)
		if err != nil {
			if err.Error() == "" {
				t.Errorf("empty error message")
			}
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("accepted document does not validate: %v", err)
		}
		out, err := d.Marshal()
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		back, err := model.Parse(out)
		if err != nil {
			t.Fatalf("re-parse of\n%s\n: %v", out, err)
		}
		if !reflect.DeepEqual(back, d) {
			t.Fatalf("round trip changed the document:\n%+v\n%+v", d, back)
		}
		if _, err := json.Marshal(model.Evaluate(d)); err != nil {
			t.Fatalf("report JSON of an accepted document: %v", err)
		}
	})
}

// Marshal writes version 2, and a scenario's "ranges" only when it has one,
// in SPEC order of the inputs.
func TestMarshalVersion2Ranges(t *testing.T) {
	d := assets.DefaultDocument()
	data, err := d.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"version": 2`) || strings.Contains(string(data), `"ranges"`) {
		t.Errorf("a document without ranges:\n%s", data)
	}
	if err := d.Scenarios[1].Ranges.Set("utilization_pct", model.Estimate{Low: 40, Likely: 60, High: 80}); err != nil {
		t.Fatal(err)
	}
	if err := d.Scenarios[1].Ranges.Set("gpu_hourly", model.Estimate{Low: 2, Likely: 2.5, High: 4}); err != nil {
		t.Fatal(err)
	}
	data, err = d.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	want := `"ranges": {
        "gpu_hourly": {
          "low": 2,
          "likely": 2.5,
          "high": 4
        },
        "utilization_pct": {
          "low": 40,
          "likely": 60,
          "high": 80
        }
      }`
	if n := strings.Count(string(data), `"ranges"`); n != 1 || !strings.Contains(string(data), want) {
		t.Errorf("%d ranges keys; want one reading\n%s\ngot\n%s", n, want, data)
	}
	back, err := model.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, d) {
		t.Error("the ranges did not survive the round trip")
	}
	// Setting a bad estimate names the field and leaves the ranges alone.
	err = d.Scenarios[1].Ranges.Set("min_replicas", model.Estimate{Low: 1, Likely: 0.5, High: 2})
	if err == nil || !strings.Contains(err.Error(), "ranges.min_replicas: likely must be a whole number") {
		t.Errorf("Set = %v", err)
	}
	if err := d.Scenarios[1].Ranges.Set("regulated", model.Estimate{}); err == nil {
		t.Error("a bool input took a range")
	}
	d.Scenarios[1].Ranges.Delete("gpu_hourly")
	if got := d.Scenarios[1].Ranges.Keys(); !reflect.DeepEqual(got, []string{"utilization_pct"}) {
		t.Errorf("after Delete: %q", got)
	}
}
