package model_test

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"buildvsbuy/model"
)

// numberCases are texts as people type or paste them. want is the value;
// with bad set, ParseNumber must fail with an error containing every phrase
// of errs.
var numberCases = []struct {
	name string
	text string
	want float64
	bad  bool
	errs []string
}{
	{name: "plain", text: "1234.5", want: 1234.5},
	{name: "comma thousands", text: "1,234.5", want: 1234.5},
	{name: "dollars", text: "$3.00", want: 3},
	{name: "dollars with thousands", text: "$1,234,567.89", want: 1234567.89},
	{name: "percent", text: "12%", want: 12},
	{name: "percent after a space", text: "12 %", want: 12},
	{name: "thousand suffix", text: "1.5k", want: 1500},
	{name: "thousand suffix, capital, spaced", text: "1.5 K", want: 1500},
	{name: "million suffix", text: "2M", want: 2e6},
	{name: "million as mm", text: "2mm", want: 2e6},
	{name: "billion as bn", text: "3bn", want: 3e9},
	{name: "billion as B", text: "4B", want: 4e9},
	{name: "trillion", text: "1t", want: 1e12},
	{name: "space thousands with padding", text: " 40 000 ", want: 40000},
	{name: "no-break space thousands", text: "40\u00a0000", want: 40000},
	{name: "accounting negative", text: "(1,200)", want: -1200},
	{name: "accounting negative dollars", text: "($1,200)", want: -1200},
	{name: "minus before dollar", text: "-$12", want: -12},
	{name: "minus after dollar", text: "$-12", want: -12},
	{name: "unicode minus sign", text: "−5", want: -5},
	{name: "plus sign", text: "+7", want: 7},
	{name: "exponent", text: "1e6", want: 1e6},
	{name: "negative exponent", text: "2.5e-3", want: 0.0025},
	{name: "exponent with plus", text: "2.5E+3", want: 2500},
	{name: "leading point", text: ".5", want: 0.5},
	{name: "zero", text: "0", want: 0},
	{name: "tab padding", text: "\t42\n", want: 42},

	{name: "letters", text: "abc", bad: true, errs: []string{`"abc" is not a number`, "try 1,234.5"}},
	{name: "comma not in threes", text: "1,23", bad: true, errs: []string{`"1,23" is not a number`, "commas must separate groups of three digits"}},
	{name: "four digits after a comma", text: "1,2345", bad: true, errs: []string{"groups of three"}},
	{name: "leading comma", text: ",123", bad: true, errs: []string{"groups of three"}},
	{name: "two points", text: "1.2.3", bad: true, errs: []string{`"1.2.3" is not a number`}},
	{name: "dollar alone", text: "$", bad: true, errs: []string{`"$" is not a number: no digits`}},
	{name: "percent alone", text: "%", bad: true, errs: []string{`"%" is not a number: no digits`}},
	{name: "percent with a suffix", text: "12%k", bad: true, errs: []string{`"12%k" is not a number`}},
	{name: "suffix on a percent", text: "5k%", bad: true, errs: []string{"a percentage takes no k, M or B suffix"}},
	{name: "NaN", text: "NaN", bad: true, errs: []string{`"NaN" is not a number`}},
	{name: "Inf", text: "Inf", bad: true, errs: []string{`"Inf" is not a number`}},
	{name: "Infinity", text: "-Infinity", bad: true, errs: []string{`is not a number`}},
	{name: "empty", text: "", bad: true, errs: []string{"a number is needed, the cell is empty"}},
	{name: "blank", text: "   ", bad: true, errs: []string{"the cell is empty"}},
	{name: "beyond float64", text: "1e400", bad: true, errs: []string{`"1e400" is not a number`}},
	{name: "suffix overflows", text: "1e308k", bad: true, errs: []string{"too large"}},
	{name: "double minus", text: "--5", bad: true, errs: []string{`"--5" is not a number`}},
	{name: "minus inside parentheses", text: "(-5)", bad: true, errs: []string{`"(-5)" is not a number: more than one minus sign`}},
	{name: "minus on both sides of the dollar", text: "-$-12", bad: true, errs: []string{"more than one minus sign"}},
	{name: "unicode minus inside parentheses", text: "(−5)", bad: true, errs: []string{"more than one minus sign"}},
	{name: "exponent without digits", text: "1e", bad: true, errs: []string{"a bad exponent"}},
	{name: "exponent alone", text: "e5", bad: true, errs: []string{"no digits"}},
	{name: "hexadecimal", text: "0x10", bad: true, errs: []string{`is not a number`}},
	{name: "underscores", text: "1_000", bad: true, errs: []string{`is not a number`}},
	{name: "trailing dollar", text: "12$", bad: true, errs: []string{`is not a number`}},
	{name: "suffix alone", text: "k", bad: true, errs: []string{`"k" is not a number`}},
}

func TestParseNumber(t *testing.T) {
	for _, tt := range numberCases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := model.ParseNumber(tt.text)
			if tt.bad {
				if err == nil {
					t.Fatalf("ParseNumber(%q) = %v, want an error", tt.text, got)
				}
				for _, want := range tt.errs {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("ParseNumber(%q) error %q lacks %q", tt.text, err, want)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseNumber(%q): %v", tt.text, err)
			}
			if got != tt.want {
				t.Errorf("ParseNumber(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestFieldParseValue(t *testing.T) {
	tests := []struct {
		key, text string
		want      float64
		err       string
	}{
		{"gpu_hourly", "$2.99", 2.99, ""},
		{"api_fixed_monthly", "$1.5k", 1500, ""},
		{"growth_pct", "12%", 12, ""},
		{"growth_pct", "-5%", -5, ""},
		{"utilization_pct", "60", 60, ""},
		{"queries_per_month", "1.5M", 1.5e6, ""},
		{"gpus_per_replica", "8", 8, ""},
		{"growth_pct", "$12", 0, `growth_pct is not an amount of money; type it without "$"`},
		{"queries_per_month", "$5", 0, `queries_per_month is not an amount of money`},
		{"queries_per_month", "12%", 0, `queries_per_month is not a percentage; type it without "%"`},
		{"gpu_hourly", "3%", 0, `gpu_hourly is not a percentage`},
		{"utilization_pct", "140%", 0, "utilization_pct must be > 0 and <= 100, got 140"},
		{"growth_pct", "-100%", 0, "growth_pct must be > -100, got -100"},
		{"gpus_per_replica", "8.5", 0, "gpus_per_replica must be a whole number >= 1, got 8.5"},
		{"gpu_hourly", "-$1", 0, "gpu_hourly must be >= 0, got -1"},
		{"api_input_price", "abc", 0, `api_input_price: "abc" is not a number`},
		{"engineers", "", 0, "engineers: a number is needed, the cell is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.key+" "+tt.text, func(t *testing.T) {
			f, ok := model.FieldByKey(tt.key)
			if !ok {
				t.Fatalf("no field %q", tt.key)
			}
			got, err := f.ParseValue(tt.text)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("ParseValue(%q) = %v, %v; want an error with %q", tt.text, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseValue(%q) = %v, %v; want %v", tt.text, got, err, tt.want)
			}
		})
	}
}

func TestParseBool(t *testing.T) {
	yes := []string{"true", "TRUE", "yes", " Yes ", "y", "1", "on", "x", "X", "✓", "☑"}
	no := []string{"false", "False", "no", "NO", "n", "0", "off", "☐"}
	for _, text := range yes {
		if got, err := model.ParseBool(text); err != nil || !got {
			t.Errorf("ParseBool(%q) = %v, %v; want true", text, got, err)
		}
	}
	for _, text := range no {
		if got, err := model.ParseBool(text); err != nil || got {
			t.Errorf("ParseBool(%q) = %v, %v; want false", text, got, err)
		}
	}
	for _, text := range []string{"", "  ", "maybe", "2", "yess", "nope"} {
		_, err := model.ParseBool(text)
		if err == nil || !strings.Contains(err.Error(), "is not yes or no") {
			t.Errorf("ParseBool(%q) error = %v, want 'is not yes or no'", text, err)
		}
	}
}

// FuzzParseNumber: ParseNumber never panics, accepts only finite values, and
// reads back every value it accepts when that value is written out again.
func FuzzParseNumber(f *testing.F) {
	for _, tt := range numberCases {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		v, err := model.ParseNumber(text)
		if err != nil {
			if err.Error() == "" {
				t.Errorf("ParseNumber(%q): empty error", text)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseNumber(%q) = %v, not finite", text, v)
		}
		for _, format := range []byte{'f', 'g', 'e'} {
			s := strconv.FormatFloat(v, format, -1, 64)
			back, err := model.ParseNumber(s)
			if err != nil || back != v {
				t.Errorf("ParseNumber(%q) = %v, written %q reads %v, %v", text, v, s, back, err)
			}
		}
		if s := model.FormatCents(v); math.Abs(v) < 1e15 {
			back, err := model.ParseNumber(s)
			if err != nil || math.Abs(back-v) > 0.005+1e-9*math.Abs(v) {
				t.Errorf("ParseNumber(%q) = %v, written %q reads %v, %v", text, v, s, back, err)
			}
		}
	})
}
