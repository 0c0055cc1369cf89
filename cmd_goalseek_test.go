package main

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestGoalseekJSON(t *testing.T) {
	wantKeys := []string{"input", "scenario", "target", "value", "verdict_after", "verdict_before"}
	tests := []struct {
		name          string
		args          []string
		want          *float64 // nil: null
		before, after string
		target        string
	}{
		// True scale by hand: savings(h) = 157,680·h − 1,384,200 (9 live
		// months of 3 replicas of 8 GPUs at 730 hours), zero at 8.7785388.
		{"GPU price, savings", []string{"--scenario", trueScaleName, "--input", "gpu_hourly"}, ptr(1384200.0 / 157680), "BUILD", "BUY", "savings"},
		// One replica serves up to 4.5M queries; savings 547,200 − 0.18·Q
		// are zero at 3,040,000 queries a month.
		{"volume, verdict", []string{"--scenario", trueScaleName, "--input", "queries_per_month", "--target", "verdict"}, ptr(3040000), "BUILD", "BUY", "verdict"},
		// Docs Q&A: a replica's cost per query stays above the API's.
		{"never", []string{"--scenario", "Docs Q&A assistant (today)", "--input", "queries_per_month", "--target", "verdict"}, nil, "BUY", "BUY", "verdict"},
		// An integer: 49,275 per GPU per replica, zero at 28.09 GPUs.
		{"GPUs per replica", []string{"--scenario", trueScaleName, "--input", "gpus_per_replica", "--target", "savings"}, ptr(29), "BUILD", "BUY", "savings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := runCLI(append([]string{"goalseek", "--json", seedFile}, tt.args...)...)
			if status != 0 || stderr != "" {
				t.Fatalf("status %d, stderr %q", status, stderr)
			}
			if keys := objectKeys(t, json.RawMessage(stdout)); !reflect.DeepEqual(keys, wantKeys) {
				t.Fatalf("keys %q, want %q", keys, wantKeys)
			}
			var got struct {
				Scenario      string   `json:"scenario"`
				Input         string   `json:"input"`
				Target        string   `json:"target"`
				Value         *float64 `json:"value"`
				VerdictBefore string   `json:"verdict_before"`
				VerdictAfter  string   `json:"verdict_after"`
			}
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatal(err)
			}
			if got.Target != tt.target || got.VerdictBefore != tt.before || got.VerdictAfter != tt.after || got.Input != tt.args[3] {
				t.Errorf("got %+v", got)
			}
			switch {
			case tt.want == nil:
				if got.Value != nil || !strings.Contains(stdout, `"value": null`) {
					t.Errorf("value %v, want null", *got.Value)
				}
			case got.Value == nil:
				t.Errorf("value null, want %v", *tt.want)
			case math.Abs(*got.Value-*tt.want) > 1e-6:
				t.Errorf("value %.12g, want %.12g", *got.Value, *tt.want)
			}
		})
	}
}

func ptr(v float64) *float64 { return &v }

func TestGoalseekSentence(t *testing.T) {
	status, stdout, _ := runCLI("goalseek", "--scenario", trueScaleName, "--input", "gpu_hourly")
	if status != 0 || !strings.Contains(stdout, "Savings reach zero at gpu_hourly = $8.78") {
		t.Errorf("status %d:\n%s", status, stdout)
	}
	status, stdout, _ = runCLI("goalseek", "--scenario", "Docs Q&A assistant (today)", "--input", "queries_per_month", "--target", "verdict")
	if status != 0 || !strings.Contains(stdout, "never within range") {
		t.Errorf("status %d:\n%s", status, stdout)
	}
}
