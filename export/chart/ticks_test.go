package chart

import (
	"math"
	"regexp"
	"strings"
	"testing"
)

func TestCompactCount(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"zero", 0, "0"},
		{"small", 950, "950"},
		{"fraction", 0.5, "0.5"},
		{"thousands", 10000, "10k"},
		{"three digits", 2540000, "2.54M"},
		{"rounded", 175700000, "176M"},
		{"almost a million", 999999, "1M"},
		{"billions", 2e9, "2B"},
		{"trillion", 1e12, "1T"},
		{"beyond", 1.5e15, "1,500T"},
		{"negative", -250000, "-250k"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compactCount(tt.in); got != tt.want {
				t.Errorf("compactCount(%g) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCompactMoney(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"zero", 0, "$0"},
		{"cents", 0.5, "$0.50"},
		{"dollars", 500, "$500"},
		{"ten thousand", 1e4, "$10k"},
		{"millions", 1410000, "$1.41M"},
		{"negative", -990000, "-$990k"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compactMoney(tt.in); got != tt.want {
				t.Errorf("compactMoney(%g) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

var scientific = regexp.MustCompile(`\de[+-]?\d`)

func TestLogTicks(t *testing.T) {
	tests := []struct {
		name     string
		lo, hi   float64
		format   func(float64) string
		want     []string // the labels, in order
		maxLabel int
	}{
		{"narrow money", 2000, 2e6, compactMoney, []string{"$2k", "$5k", "$10k", "$20k", "$50k", "$100k", "$200k", "$500k", "$1M", "$2M"}, 0},
		{"wide volume", 1e5, 1e10, compactCount, []string{"100k", "1M", "10M", "100M", "1B", "10B"}, 0},
		{"huge volume", 1e3, 1e15, compactCount, nil, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var labels []string
			minor := 0
			for _, tk := range logTicks(tt.lo, tt.hi, tt.format) {
				if tk.Value < tt.lo || tk.Value > tt.hi*(1+1e-9) {
					t.Errorf("tick %g outside %g..%g", tk.Value, tt.lo, tt.hi)
				}
				if tk.Label == "" {
					minor++
					continue
				}
				labels = append(labels, tk.Label)
				if scientific.MatchString(tk.Label) {
					t.Errorf("label %q in scientific notation", tk.Label)
				}
			}
			if tt.want != nil && strings.Join(labels, " ") != strings.Join(tt.want, " ") {
				t.Errorf("labels %q, want %q", labels, tt.want)
			}
			if tt.maxLabel > 0 && len(labels) > tt.maxLabel {
				t.Errorf("%d labels, want at most %d: %q", len(labels), tt.maxLabel, labels)
			}
			if minor == 0 {
				t.Error("no minor ticks")
			}
		})
	}
}

func TestNiceLogRange(t *testing.T) {
	tests := []struct {
		name           string
		lo, hi         float64
		wantLo, wantHi float64
	}{
		{"true scale", 2000, 2e6, 2000, 2e6},
		{"between", 140, 125000, 100, 200000},
		{"flat", 40000, 40000, 20000, 100000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi := niceLogRange(tt.lo, tt.hi)
			if math.Abs(lo/tt.wantLo-1) > 1e-12 || math.Abs(hi/tt.wantHi-1) > 1e-12 {
				t.Errorf("niceLogRange(%g, %g) = %g, %g, want %g, %g", tt.lo, tt.hi, lo, hi, tt.wantLo, tt.wantHi)
			}
		})
	}
}

func TestLinearTicks(t *testing.T) {
	tests := []struct {
		name   string
		lo, hi float64
		want   []string
	}{
		{"true scale cumulative", 0, 2.592e6, []string{"$0", "$500k", "$1M", "$1.5M", "$2M", "$2.5M"}},
		{"small", 0, 6480, []string{"$0", "$2k", "$4k", "$6k"}},
		{"zero costs", 0, 1000, []string{"$0", "$200", "$400", "$600", "$800", "$1k"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var labels []string
			for _, tk := range linearTicks(tt.lo, tt.hi, 6, compactMoney) {
				if tk.Label != "" {
					labels = append(labels, tk.Label)
				}
			}
			if strings.Join(labels, " ") != strings.Join(tt.want, " ") {
				t.Errorf("labels %q, want %q", labels, tt.want)
			}
		})
	}
}

func TestMonthTicks(t *testing.T) {
	tests := []struct {
		name    string
		horizon int
		want    string
	}{
		{"one", 1, "0 1"},
		{"year", 12, "0 1 2 3 4 5 6 7 8 9 10 11 12"},
		{"two years", 24, "0 2 4 6 8 10 12 14 16 18 20 22 24"},
		{"ten years", 120, "0 12 24 36 48 60 72 84 96 108 120"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var labels []string
			for _, tk := range monthTicks(tt.horizon) {
				if tk.Label != "" {
					labels = append(labels, tk.Label)
				}
			}
			if got := strings.Join(labels, " "); got != tt.want {
				t.Errorf("labels %q, want %q", got, tt.want)
			}
		})
	}
}
