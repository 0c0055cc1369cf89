package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// seedFile is a copy of shared/spec/seed-scenarios.json, the six scenarios
// of SPEC section 5; the app embeds the same document.
const seedFile = "testdata/seed-scenarios.json"

func runCLI(args ...string) (status int, stdout, stderr string) {
	var out, errs bytes.Buffer
	status = run(args, &out, &errs)
	return status, out.String(), errs.String()
}

func TestSeedFileIsTheEmbeddedDocument(t *testing.T) {
	d, err := model.Load(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, assets.DefaultDocument()) {
		t.Error("testdata/seed-scenarios.json and the embedded default document differ")
	}
}

func TestReportTable(t *testing.T) {
	want := map[string]string{
		"Docs Q&A assistant (today)":               "BUY",
		"True scale (10M calls/month)":             "BUILD",
		"Hospital records (data stays on-premise)": "BUILD_REQUIRED",
		"Trading signals (sub-50 ms)":              "BUILD_REQUIRED",
		"Legal research (proprietary case law)":    "CONSIDER_BUILD",
		"AI-native product (model is the product)": "CONSIDER_BUILD",
	}
	for _, args := range [][]string{{"report"}, {"report", seedFile}} {
		status, stdout, stderr := runCLI(args...)
		if status != 0 || stderr != "" {
			t.Fatalf("%q: status %d, stderr %q", args, status, stderr)
		}
		lines := strings.Split(stdout, "\n")
		for name, verdict := range want {
			i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, name) })
			if i < 0 {
				t.Errorf("%q: no line for %q:\n%s", args, name, stdout)
				continue
			}
			if fields := strings.Fields(strings.TrimPrefix(lines[i], name)); len(fields) == 0 || fields[0] != verdict {
				t.Errorf("%q: %q reads %q, want verdict %s", args, name, lines[i], verdict)
			}
		}
		// The True scale row, worked out by hand in model/golden_test.go.
		for _, cell := range []string{"$200,000", "$80,000", "$2,400,000", "$1,410,000", "-$990,000", "2,540,000"} {
			if !strings.Contains(stdout, cell) {
				t.Errorf("%q: the table lacks %s", args, cell)
			}
		}
	}
}

func TestReportJSON(t *testing.T) {
	topKeys := []string{"api_cost_per_query", "break_even_month", "break_even_queries", "build_steady_month1",
		"build_total", "buy_month1", "buy_total", "flags", "months", "name", "reasons", "savings", "verdict"}
	flagKeys := []string{"plan_for_scale_month", "revisit", "true_scale"}
	monthKeys := []string{"build", "buy", "cum_build", "cum_buy", "month", "queries", "replicas"}

	for _, args := range [][]string{{"report", "--json", seedFile}, {"report", seedFile, "--json"}} {
		status, stdout, stderr := runCLI(args...)
		if status != 0 || stderr != "" {
			t.Fatalf("%q: status %d, stderr %q", args, status, stderr)
		}
		var got []map[string]any
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("%q: not a JSON array: %v", args, err)
		}
		d, err := model.Load(seedFile)
		if err != nil {
			t.Fatal(err)
		}
		results := model.Evaluate(d)
		if len(got) != len(results) {
			t.Fatalf("%q: %d objects, want %d", args, len(got), len(results))
		}
		for i, r := range results {
			obj := got[i]
			if keys := sortedKeys(obj); !slices.Equal(keys, topKeys) {
				t.Errorf("scenario %d keys %q, want %q", i+1, keys, topKeys)
			}
			flags, _ := obj["flags"].(map[string]any)
			if keys := sortedKeys(flags); !slices.Equal(keys, flagKeys) {
				t.Errorf("scenario %d flags keys %q, want %q", i+1, keys, flagKeys)
			}
			months, _ := obj["months"].([]any)
			if len(months) != d.Policy.HorizonMonths {
				t.Fatalf("scenario %d: %d months", i+1, len(months))
			}
			for j, m := range months {
				m, _ := m.(map[string]any)
				if keys := sortedKeys(m); !slices.Equal(keys, monthKeys) {
					t.Errorf("scenario %d month %d keys %q, want %q", i+1, j+1, keys, monthKeys)
				}
				want := r.Months[j]
				for key, v := range map[string]float64{"month": float64(want.Month), "queries": want.Queries, "replicas": want.Replicas,
					"buy": want.Buy, "build": want.Build, "cum_buy": want.CumBuy, "cum_build": want.CumBuild} {
					if m[key] != v {
						t.Errorf("scenario %d month %d %s = %v, want %v", i+1, j+1, key, m[key], v)
					}
				}
			}
			want := map[string]any{
				"name": r.Name, "verdict": string(r.Verdict),
				"api_cost_per_query": r.APICostPerQuery, "buy_month1": r.BuyMonth1, "build_steady_month1": r.BuildSteadyMonth1,
				"buy_total": r.BuyTotal, "build_total": r.BuildTotal, "savings": r.Savings,
				"break_even_queries": nullOr(r.BreakEvenQueries), "break_even_month": nullOrInt(r.BreakEvenMonth),
			}
			for key, v := range want {
				if obj[key] != v {
					t.Errorf("%s: %s = %v, want %v", r.Name, key, obj[key], v)
				}
			}
			wantFlags := map[string]any{"plan_for_scale_month": nullOrInt(r.Flags.PlanForScaleMonth),
				"true_scale": r.Flags.TrueScale, "revisit": r.Flags.Revisit}
			if !reflect.DeepEqual(flags, wantFlags) {
				t.Errorf("%s: flags %v, want %v", r.Name, flags, wantFlags)
			}
			var reasons []string
			for _, s := range obj["reasons"].([]any) {
				reasons = append(reasons, s.(string))
			}
			if !slices.Equal(reasons, r.Reasons()) || len(reasons) == 0 {
				t.Errorf("%s: reasons %q, want %q", r.Name, reasons, r.Reasons())
			}
		}
		// Spot values worked out by hand: True scale breaks even at
		// 2,540,000 queries/month and in month 4; Docs Q&A never does.
		if got[1]["break_even_queries"] != 2540000.0 || got[1]["break_even_month"] != 4.0 || got[0]["break_even_queries"] != nil {
			t.Errorf("break-even: True scale %v/%v, Docs Q&A %v", got[1]["break_even_queries"], got[1]["break_even_month"], got[0]["break_even_queries"])
		}
	}
}

func sortedKeys(m map[string]any) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func nullOr(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func nullOrInt(p *int) any {
	if p == nil {
		return nil
	}
	return float64(*p)
}

func TestReportInvalidDocument(t *testing.T) {
	data, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	data = bytes.Replace(data, []byte(`"utilization_pct": 50, "min_replicas": 2,
      "build_fixed_monthly": 8000`), []byte(`"utilization_pct": 140, "min_replicas": 2,
      "build_fixed_monthly": 8000`), 1)
	if err := os.WriteFile(bad, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"value out of range", []string{"report", bad},
			`scenario "Legal research (proprietary case law)": utilization_pct must be > 0 and <= 100, got 140`},
		{"value out of range, JSON", []string{"report", "--json", bad}, `utilization_pct must be > 0 and <= 100, got 140`},
		{"missing file", []string{"report", filepath.Join(dir, "none.json")}, "none.json"},
		{"not JSON", []string{"report", "main.go"}, "not a scenario document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := runCLI(tt.args...)
			if status != 1 {
				t.Errorf("status %d, want 1", status)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q lacks %q", stderr, tt.want)
			}
		})
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		stdout string // a phrase of the output, "" when none is allowed
		stderr string // a phrase of the error, "" when none is allowed
	}{
		{"no arguments", nil, 2, "", "no command given"},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"unknown flag", []string{"report", "--xml"}, 2, "", "flag provided but not defined: -xml"},
		{"two files", []string{"report", "a.json", "b.json"}, 2, "", "report takes at most one FILE, got 2: a.json b.json"},
		{"help for an unknown command", []string{"help", "frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"--help", []string{"--help"}, 0, "report [--json] [FILE]", ""},
		{"-h", []string{"-h"}, 0, "Usage:", ""},
		{"help", []string{"help"}, 0, "help [COMMAND]", ""},
		{"help report", []string{"help", "report"}, 0, "Usage: buildvsbuy report [--json] [FILE]", ""},
		{"help help", []string{"help", "help"}, 0, "help [COMMAND]", ""},
		{"report --help", []string{"report", "--help"}, 0, "Usage: buildvsbuy report [--json] [FILE]", ""},
		{"report -h", []string{"report", "-h"}, 0, "--json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := runCLI(tt.args...)
			if status != tt.status {
				t.Errorf("status %d, want %d", status, tt.status)
			}
			if tt.stdout == "" && stdout != "" || !strings.Contains(stdout, tt.stdout) {
				t.Errorf("stdout %q, want %q", stdout, tt.stdout)
			}
			if tt.stderr == "" && stderr != "" || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q, want %q", stderr, tt.stderr)
			}
			if tt.status == 2 && !strings.Contains(stderr, "Run 'buildvsbuy help' for usage.") {
				t.Errorf("a usage error should point to help: %q", stderr)
			}
		})
	}
}

func TestDisplayProblem(t *testing.T) {
	tests := []struct {
		name string
		goos string
		env  map[string]string
		want string // a phrase of the message, "" for none
	}{
		{"Linux with X11", "linux", map[string]string{"DISPLAY": ":0"}, ""},
		{"Linux with Wayland", "linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, ""},
		{"Linux with no display", "linux", nil, "no display to open the window on"},
		{"FreeBSD with no display", "freebsd", nil, "run 'buildvsbuy help'"},
		{"Windows needs no variable", "windows", nil, ""},
		{"macOS needs no variable", "darwin", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := displayProblem(tt.goos, func(k string) string { return tt.env[k] })
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("displayProblem = %q, want %q", got, tt.want)
			}
		})
	}
}
