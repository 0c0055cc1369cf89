package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

const trueScaleName = "True scale (10M calls/month)"

// objectKeys returns the sorted keys of a JSON object.
func objectKeys(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("not a JSON object: %v\n%s", err, raw)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// writeDoc writes d to a file in a temporary folder and returns its path.
func writeDoc(t *testing.T, d model.Document) string {
	t.Helper()
	data, err := d.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSensitivityJSON(t *testing.T) {
	status, stdout, stderr := runCLI("sensitivity", "--scenario", trueScaleName, "--json", seedFile)
	if status != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", status, stderr)
	}
	var rows []json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
		t.Fatal(err)
	}
	d := assets.DefaultDocument()
	var numeric []string
	for _, f := range model.Fields {
		if f.Kind == model.Number || f.Kind == model.Integer {
			numeric = append(numeric, f.Key)
		}
	}
	if len(rows) != len(numeric) {
		t.Fatalf("%d rows, want one per numeric input (%d)", len(rows), len(numeric))
	}
	wantKeys := []string{"flips", "high_value", "input", "low_value", "savings_high", "savings_low"}
	s := d.Scenarios[1]
	base := model.EvaluateScenario(s, d.Policy)
	var seen []string
	prevImpact := math.Inf(1)
	for _, raw := range rows {
		if keys := objectKeys(t, raw); !reflect.DeepEqual(keys, wantKeys) {
			t.Fatalf("keys %q, want %q", keys, wantKeys)
		}
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		row := struct {
			Input                   string
			LowValue, HighValue     float64
			SavingsLow, SavingsHigh float64
			Flips                   bool
		}{m["input"].(string), m["low_value"].(float64), m["high_value"].(float64),
			m["savings_low"].(float64), m["savings_high"].(float64), m["flips"].(bool)}
		seen = append(seen, row.Input)
		// Each end, recomputed through Evaluate.
		f, _ := model.FieldByKey(row.Input)
		flips := false
		for _, end := range []struct{ v, savings float64 }{{row.LowValue, row.SavingsLow}, {row.HighValue, row.SavingsHigh}} {
			moved := s
			if err := f.SetNumber(&moved, end.v); err != nil {
				t.Fatalf("%s: %v", row.Input, err)
			}
			r := model.EvaluateScenario(moved, d.Policy)
			if r.Savings != end.savings {
				t.Errorf("%s at %v: savings %v, Evaluate says %v", row.Input, end.v, end.savings, r.Savings)
			}
			flips = flips || r.Verdict != base.Verdict
		}
		if row.Flips != flips {
			t.Errorf("%s: flips %v, want %v", row.Input, row.Flips, flips)
		}
		// ±20% of the current value, integers rounded.
		v := f.Number(&s)
		lo, hi := v*0.8, v*1.2
		if f.Kind == model.Integer {
			lo, hi = math.Round(lo), math.Round(hi)
		}
		if row.Input == "utilization_pct" {
			hi = math.Min(hi, 100)
		}
		if math.Abs(row.LowValue-lo) > 1e-9*math.Abs(lo) || math.Abs(row.HighValue-hi) > 1e-9*math.Abs(hi) {
			t.Errorf("%s: %v..%v, want %v..%v", row.Input, row.LowValue, row.HighValue, lo, hi)
		}
		impact := max(row.SavingsLow, row.SavingsHigh, base.Savings) - min(row.SavingsLow, row.SavingsHigh, base.Savings)
		if impact > prevImpact {
			t.Errorf("%s (impact %v) comes after an input of impact %v", row.Input, impact, prevImpact)
		}
		prevImpact = impact
	}
	slices.Sort(seen)
	slices.Sort(numeric)
	if !reflect.DeepEqual(seen, numeric) {
		t.Errorf("inputs %q, want %q", seen, numeric)
	}
	// The top row, by hand from SPEC section 3: True scale pays the team on
	// top of the API for 3 build months (+$90,000), then 9 live months. At
	// 8M queries 8M × 3,500 / 15,768,000,000 = 1.78 → 2 replicas: 9 × (2 ×
	// $14,600 + $36,200 − $160,000) = −$851,400, savings −$761,400. At 12M,
	// 2.66 → 3 replicas: 9 × ($43,800 + $36,200 − $240,000), savings −$1,350,000.
	var top struct {
		Input       string  `json:"input"`
		SavingsLow  float64 `json:"savings_low"`
		SavingsHigh float64 `json:"savings_high"`
	}
	if err := json.Unmarshal(rows[0], &top); err != nil {
		t.Fatal(err)
	}
	if top.Input != "queries_per_month" || math.Abs(top.SavingsLow+761400) > 0.005 || math.Abs(top.SavingsHigh+1350000) > 0.005 {
		t.Errorf("top row %+v, want queries_per_month from -761,400 to -1,350,000", top)
	}
}

// A flip is marked in the table and in JSON: the constructed scenario of
// the model's tests (savings −$15,240, BUILD) turns to BUY at −20% volume.
func TestSensitivityFlips(t *testing.T) {
	s := model.Scenario{
		Name: "Constructed", QueriesPerMonth: 1e6, InputTokens: 1000, APIInputPrice: 20, APIOutputPrice: 15,
		GPUHourly: 1, GPUsPerReplica: 1, ReplicaTokensPerSec: 1e6, UtilizationPct: 100, MinReplicas: 1,
		BuildFixedMonthly: 8000, Engineers: 1, EngineerMonthlyCost: 10000, APIQualityOK: true, APILatencyMS: 1000,
	}
	path := writeDoc(t, model.Document{Version: model.DocumentVersion, Policy: model.DefaultPolicy(), Scenarios: []model.Scenario{s}})
	status, stdout, stderr := runCLI("sensitivity", path, "--scenario", "Constructed", "--json")
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	var rows []struct {
		Input string `json:"input"`
		Flips bool   `json:"flips"`
	}
	if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
		t.Fatal(err)
	}
	flipped := map[string]bool{}
	for _, r := range rows {
		flipped[r.Input] = r.Flips
	}
	for key, want := range map[string]bool{"queries_per_month": true, "engineers": true, "build_fixed_monthly": true, "gpu_hourly": false} {
		if flipped[key] != want {
			t.Errorf("%s flips %v, want %v", key, flipped[key], want)
		}
	}
	status, stdout, _ = runCLI("sensitivity", path, "--scenario", "Constructed", "--swing", "10")
	if status != 0 || !strings.Contains(stdout, "flips: BUY / BUILD") || !strings.Contains(stdout, "-10% / +10%") {
		t.Errorf("table:\n%s", stdout)
	}
}

func TestScenarioCommandErrors(t *testing.T) {
	dir := t.TempDir()
	invalid := filepath.Join(dir, "invalid.json")
	if err := os.WriteFile(invalid, []byte(`{"version": 2, "scenarios": [{"name": "x", "queries_per_month": -5}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantStderr string
	}{
		{"sensitivity: unknown scenario", []string{"sensitivity", "--scenario", "Nope"}, exitInvalid, `no scenario named "Nope"`},
		{"sensitivity: no scenario", []string{"sensitivity"}, exitUsage, "--scenario NAME is required"},
		{"sensitivity: bad swing", []string{"sensitivity", "--scenario", trueScaleName, "--swing", "120"}, exitUsage, "--swing"},
		{"sensitivity: swing not a number", []string{"sensitivity", "--scenario", trueScaleName, "--swing", "lots"}, exitUsage, "invalid value"},
		{"sensitivity: bad flag", []string{"sensitivity", "--scenario", trueScaleName, "--colour", "red"}, exitUsage, "flag provided but not defined"},
		{"sensitivity: invalid document", []string{"sensitivity", "--scenario", "x", invalid}, exitInvalid, "queries_per_month"},
		{"goalseek: unknown scenario", []string{"goalseek", "--scenario", "Nope", "--input", "gpu_hourly"}, exitInvalid, `no scenario named "Nope"`},
		{"goalseek: unknown input", []string{"goalseek", "--scenario", trueScaleName, "--input", "colour"}, exitUsage, `--input "colour" is not a numeric input`},
		{"goalseek: bool input", []string{"goalseek", "--scenario", trueScaleName, "--input", "regulated"}, exitUsage, `--input "regulated" is not a numeric input`},
		{"goalseek: no input", []string{"goalseek", "--scenario", trueScaleName}, exitUsage, "--input KEY is required"},
		{"goalseek: bad target", []string{"goalseek", "--scenario", trueScaleName, "--input", "gpu_hourly", "--target", "profit"}, exitUsage, "--target must be savings or verdict"},
		{"goalseek: bad flag", []string{"goalseek", "--bogus"}, exitUsage, "flag provided but not defined"},
		{"goalseek: missing file", []string{"goalseek", "--scenario", "x", "--input", "gpu_hourly", filepath.Join(dir, "missing.json")}, exitInvalid, "missing.json"},
		{"simulate: unknown scenario", []string{"simulate", "--scenario", "Nope"}, exitInvalid, `no scenario named "Nope"`},
		{"simulate: no trials", []string{"simulate", "--scenario", trueScaleName, "--trials", "0"}, exitUsage, "--trials must be between 1"},
		{"simulate: negative seed", []string{"simulate", "--scenario", trueScaleName, "--seed", "-1"}, exitUsage, "invalid value"},
		{"simulate: two files", []string{"simulate", "--scenario", trueScaleName, "a.json", "b.json"}, exitUsage, "at most one FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := runCLI(tt.args...)
			if status != tt.wantStatus {
				t.Fatalf("status %d, want %d; stderr: %s", status, tt.wantStatus, stderr)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr %q lacks %q", stderr, tt.wantStderr)
			}
			if stdout != "" {
				t.Errorf("stdout %q on failure", stdout)
			}
		})
	}
}

func TestScenarioCommandsHelp(t *testing.T) {
	for cmd, want := range map[string]string{
		"sensitivity": "--swing PCT", "goalseek": "--target", "simulate": "--trials N",
	} {
		status, stdout, _ := runCLI("help", cmd)
		if status != 0 || !strings.Contains(stdout, want) {
			t.Errorf("help %s:\n%s", cmd, stdout)
		}
	}
	_, stdout, _ := runCLI("help")
	for _, cmd := range []string{"sensitivity --scenario NAME", "goalseek --scenario NAME", "simulate --scenario NAME"} {
		if !strings.Contains(stdout, cmd) {
			t.Errorf("program help lacks %q", cmd)
		}
	}
}
