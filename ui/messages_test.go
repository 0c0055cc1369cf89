package ui

import (
	"strings"
	"testing"
)

// TestRefusalMessagesSpeakPlainly: a refused value is told with the row
// label, the range in words and examples the field takes, what was kept
// comes first, and no rule that does not apply is added.
func TestRefusalMessagesSpeakPlainly(t *testing.T) {
	tests := []struct {
		key, text string
		first     string   // the message starts with this
		in, notIn []string // it says these, and never these
	}{
		{"growth_pct", "$3", "Docs Q&A assistant (today) · Growth / month kept 0%:",
			[]string{"Growth / month is not an amount of money"}, []string{"growth_pct", "-100", "must be"}},
		{"api_input_price", "abc", "Docs Q&A assistant (today) · API input price kept $3.00:",
			[]string{`"abc" is not a number`, "try 3, 3.50 or $3.00", "API input price must be at least $0"}, []string{"12%", "api_input_price", ">="}},
		{"utilization_pct", "0", "Docs Q&A assistant (today) · Utilization kept 50%:",
			[]string{"Utilization must be more than 0% and at most 100%, got 0"}, []string{"utilization_pct", "<="}},
		{"gpus_per_replica", "x", "Docs Q&A assistant (today) · GPUs / replica kept 8:",
			[]string{"a whole number at least 1", "try 8 or 1,000"}, []string{"$3.00", "12%"}},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+tt.text, func(t *testing.T) {
			c, _ := newSeedController(t)
			if c.SetCell(Cell{Row: rowOf(t, c, tt.key), Col: 1}, tt.text) == nil {
				t.Fatalf("%q accepted", tt.text)
			}
			msg := c.Status().Text
			if !strings.HasPrefix(msg, tt.first) {
				t.Errorf("status %q does not start with %q", msg, tt.first)
			}
			for _, w := range tt.in {
				if !strings.Contains(msg, w) {
					t.Errorf("status %q lacks %q", msg, w)
				}
			}
			for _, w := range tt.notIn {
				if strings.Contains(msg, w) {
					t.Errorf("status %q says %q", msg, w)
				}
			}
		})
	}
}

// TestPolicyRefusalSpeaksPlainly: the Policy form's messages use the label
// and the range in words, and say first what was kept.
func TestPolicyRefusalSpeaksPlainly(t *testing.T) {
	c, _ := newSeedController(t)
	if c.SetPolicy("horizon_months", "abc") == nil {
		t.Fatal("abc accepted as a horizon")
	}
	msg := c.Status().Text
	if !strings.HasPrefix(msg, "Policy · Horizon kept 12") {
		t.Errorf("status %q does not start with what was kept", msg)
	}
	for _, w := range []string{"horizon_months", ">=", "$3.00", "12%"} {
		if strings.Contains(msg, w) {
			t.Errorf("status %q says %q", msg, w)
		}
	}
	if !strings.Contains(msg, "a whole number at least 1 and at most 120") {
		t.Errorf("status %q does not give the range in words", msg)
	}
}

// TestPasteRefusalSpeaksPlainly: the refused-paste list uses labels too.
func TestPasteRefusalSpeaksPlainly(t *testing.T) {
	c, _ := newSeedController(t)
	c.Select(Cell{Row: rowOf(t, c, "api_input_price"), Col: 1})
	err := c.Paste("abc")
	if err == nil {
		t.Fatal("abc pasted as a price")
	}
	pe := err.(*PasteError)
	msg := pe.Problems[0].Err.Error()
	if strings.Contains(msg, "api_input_price") || strings.Contains(msg, "12%") || !strings.Contains(msg, "at least $0") {
		t.Errorf("paste problem reads %q", msg)
	}
}
