package model

import (
	"fmt"
	"math"
	"slices"
)

// DefaultSwingPct is the swing Sensitivity applies when asked for none: ±20%.
const DefaultSwingPct = 20

// Swing is one input's bar of a tornado chart: the input moved down and up
// by the swing, and the horizon savings (build total − buy total) at each
// end.
type Swing struct {
	Input       string  `json:"input"`        // the input's JSON key
	LowValue    float64 `json:"low_value"`    // the input at −swing%
	HighValue   float64 `json:"high_value"`   // the input at +swing%
	SavingsLow  float64 `json:"savings_low"`  // savings with the input at LowValue
	SavingsHigh float64 `json:"savings_high"` // savings with the input at HighValue
	Flips       bool    `json:"flips"`        // either end changes the verdict

	VerdictLow  Verdict `json:"-"` // the verdict with the input at LowValue
	VerdictHigh Verdict `json:"-"` // the verdict with the input at HighValue
	Impact      float64 `json:"-"` // spread of savings over low, current and high
}

// Sensitivity moves each numeric input of s (SPEC section 1, in order) to
// value·(1 − pct/100) and value·(1 + pct/100), one at a time with the others
// as they are, and reports the horizon savings and the verdict at each end.
// A moved value is brought into the input's valid range (utilization_pct at
// most 100, growth_pct above −100) and an integer input is rounded to the
// nearest whole value. An input at 0 does not move.
//
// The swings come sorted by impact, largest first: the spread between the
// largest and the smallest of the savings at the low end, at the current
// value and at the high end (so an input whose both ends move savings the
// same way, as replica steps can, still counts fully). Ties keep SPEC order.
// pct must be > 0 and < 100.
func Sensitivity(s Scenario, p Policy, pct float64) ([]Swing, error) {
	if !(pct > 0 && pct < 100) {
		return nil, fmt.Errorf("the swing must be > 0 and < 100 percent, got %s", formatPlain(pct))
	}
	base, baseSavings := verdictOf(&s, &p)
	var out []Swing
	for _, f := range Fields {
		if f.Kind != Number && f.Kind != Integer {
			continue
		}
		v := f.Number(&s)
		sw := Swing{Input: f.Key, LowValue: f.nearestValid(v * (1 - pct/100)), HighValue: f.nearestValid(v * (1 + pct/100))}
		for _, end := range []struct {
			v       float64
			savings *float64
			verdict *Verdict
		}{{sw.LowValue, &sw.SavingsLow, &sw.VerdictLow}, {sw.HighValue, &sw.SavingsHigh, &sw.VerdictHigh}} {
			moved := s
			f.setRaw(&moved, end.v)
			if err := checkFinite(&moved); err != nil {
				return nil, fmt.Errorf("scenario %q: %s at %s: the projection overflows", s.Name, f.Key, formatPlain(end.v))
			}
			*end.verdict, *end.savings = verdictOf(&moved, &p)
		}
		sw.Flips = sw.VerdictLow != base || sw.VerdictHigh != base
		sw.Impact = max(sw.SavingsLow, sw.SavingsHigh, baseSavings) - min(sw.SavingsLow, sw.SavingsHigh, baseSavings)
		out = append(out, sw)
	}
	slices.SortStableFunc(out, func(a, b Swing) int {
		switch {
		case a.Impact > b.Impact:
			return -1
		case a.Impact < b.Impact:
			return 1
		}
		return 0
	})
	return out, nil
}

// nearestValid returns the valid value of the numeric field f nearest to v:
// v clamped into the field's range (just inside an open bound), and for an
// Integer field rounded to the nearest whole value.
func (f Field) nearestValid(v float64) float64 {
	r := f.Range
	if f.Kind == Integer {
		v = math.Round(v)
		lo := math.Ceil(r.Min)
		if r.MinOpen && lo == r.Min {
			lo++
		}
		return math.Min(math.Max(v, lo), math.Min(r.Max, maxInt))
	}
	switch {
	case v < r.Min || (r.MinOpen && v == r.Min):
		if r.MinOpen {
			return math.Nextafter(r.Min, math.Inf(1))
		}
		return r.Min
	case v > r.Max || (r.MaxOpen && v == r.Max):
		if r.MaxOpen {
			return math.Nextafter(r.Max, math.Inf(-1))
		}
		return r.Max
	}
	return v
}
