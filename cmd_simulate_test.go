package main

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// rangedDoc is the seed document with True scale's GPU price ranging
// Triangular(2, 8, 12).
func rangedDoc(t *testing.T) string {
	d := assets.DefaultDocument()
	if err := d.Scenarios[1].Ranges.Set("gpu_hourly", model.Estimate{Low: 2, Likely: 8, High: 12}); err != nil {
		t.Fatal(err)
	}
	return writeDoc(t, d)
}

func TestSimulateJSON(t *testing.T) {
	path := rangedDoc(t)
	args := []string{"simulate", path, "--scenario", trueScaleName, "--json", "--seed", "5"}
	status, stdout, stderr := runCLI(args...)
	if status != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", status, stderr)
	}
	wantKeys := []string{"p_build_cheaper", "savings_p10", "savings_p50", "savings_p90", "trials"}
	if keys := objectKeys(t, json.RawMessage(stdout)); !reflect.DeepEqual(keys, wantKeys) {
		t.Fatalf("keys %q, want %q", keys, wantKeys)
	}
	var got struct {
		Trials        int     `json:"trials"`
		PBuildCheaper float64 `json:"p_build_cheaper"`
		P10           float64 `json:"savings_p10"`
		P50           float64 `json:"savings_p50"`
		P90           float64 `json:"savings_p90"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	// Savings are 157,680·h − 1,384,200, below zero for h < 8.7785: with h
	// ~ Triangular(2, 8, 12), P = 1 − (12 − h*)² / 40.
	h := 1384200.0 / 157680
	exact := 1 - (12-h)*(12-h)/40
	if se := math.Sqrt(exact * (1 - exact) / 10000); got.Trials != 10000 || math.Abs(got.PBuildCheaper-exact) > 4*se {
		t.Errorf("%d trials, P(build cheaper) %v, want %v ± %v", got.Trials, got.PBuildCheaper, exact, 4*se)
	}
	if !(got.P10 < got.P50 && got.P50 < got.P90) {
		t.Errorf("percentiles %v %v %v", got.P10, got.P50, got.P90)
	}
	// The same seed, the same figures.
	if _, again, _ := runCLI(args...); again != stdout {
		t.Errorf("seed 5 twice:\n%s\n%s", stdout, again)
	}
	if _, other, _ := runCLI("simulate", path, "--scenario", trueScaleName, "--json", "--seed", "6"); other == stdout {
		t.Error("seeds 5 and 6 gave the same figures")
	}
}

func TestSimulateSummary(t *testing.T) {
	status, stdout, _ := runCLI("simulate", rangedDoc(t), "--scenario", trueScaleName, "--trials", "2000")
	if status != 0 || !strings.Contains(stdout, "2000 trials") || !strings.Contains(stdout, "Inputs with a range: gpu_hourly") ||
		!strings.Contains(stdout, "Building is cheaper in") || !strings.Contains(stdout, "P90") {
		t.Errorf("status %d:\n%s", status, stdout)
	}
	// Without ranges every trial is the model: savings −$990,000.
	status, stdout, _ = runCLI("simulate", "--scenario", trueScaleName, "--trials", "100")
	if status != 0 || !strings.Contains(stdout, "no ranges") || !strings.Contains(stdout, "100.0% of trials") || strings.Count(stdout, "-$990,000") != 3 {
		t.Errorf("status %d:\n%s", status, stdout)
	}
}
