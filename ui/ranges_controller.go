package ui

import (
	"errors"
	"fmt"
	"strings"

	"buildvsbuy/model"
)

// RangeText is what the user typed for one input's three-point estimate.
// All three blank means the input has no range.
type RangeText struct{ Low, Likely, High string }

// blank reports whether nothing was typed.
func (t RangeText) blank() bool {
	return strings.TrimSpace(t.Low) == "" && strings.TrimSpace(t.Likely) == "" && strings.TrimSpace(t.High) == ""
}

// RangeError is an estimate the Ranges dialog refused: which input and why.
type RangeError struct {
	Field model.Field
	Err   error
}

// Error implements error: "GPU price: high must be >= 0, got -1".
// The model's "ranges.KEY: " prefix is left out: the label says it.
func (e *RangeError) Error() string {
	return e.Field.Label + ": " + strings.TrimPrefix(e.Err.Error(), "ranges."+e.Field.Key+": ")
}

// Unwrap returns the model's error.
func (e *RangeError) Unwrap() error { return e.Err }

// ParseRanges reads typed estimates, keyed by input, into ranges: each point
// parsed as the grid parses a value (model.Field.ParseValue) and the three
// checked with model.Field.CheckEstimate. A blank likely point takes the
// input's value in s. The errors, one *RangeError per refused input, name
// the input by its row label.
func ParseRanges(s model.Scenario, texts map[string]RangeText) (model.Ranges, error) {
	var r model.Ranges
	var errs []error
	for _, f := range numericFields() {
		t, ok := texts[f.Key]
		if !ok || t.blank() {
			continue
		}
		var e model.Estimate
		var bad error
		for _, pt := range []struct {
			name, text string
			v          *float64
		}{{"low", t.Low, &e.Low}, {"likely", t.Likely, &e.Likely}, {"high", t.High, &e.High}} {
			if strings.TrimSpace(pt.text) == "" {
				if pt.name == "likely" {
					*pt.v = f.Number(&s)
					continue
				}
				bad = fmt.Errorf("%s is missing", pt.name)
				break
			}
			v, err := f.ParseValue(pt.text)
			if err != nil {
				bad = fmt.Errorf("%s: %w", pt.name, err)
				break
			}
			*pt.v = v
		}
		if bad == nil {
			bad = f.CheckEstimate(e)
		}
		if bad == nil {
			bad = r.Set(f.Key, e)
		}
		if bad != nil {
			errs = append(errs, &RangeError{Field: f, Err: bad})
		}
	}
	return r, errors.Join(errs...)
}

// SetRanges gives scenario i the ranges r: one undo step, "ranges of NAME",
// that marks the document unsaved. Ranges that do not differ change nothing.
func (c *Controller) SetRanges(i int, r model.Ranges) error {
	if c.edit != nil {
		c.Commit(0, 0)
	}
	if i < 0 || i >= len(c.doc.Scenarios) {
		return fmt.Errorf("no scenario %d", i+1)
	}
	next := c.doc.Scenarios[i]
	next.Ranges = r
	if err := model.ValidateScenario(&next); err != nil {
		return err
	}
	if next == c.doc.Scenarios[i] {
		return nil
	}
	c.remember("ranges of " + next.Name)
	c.doc.Scenarios[i] = next
	c.recompute()
	msg := fmt.Sprintf("%s · %d input(s) now have a low/likely/high range", next.Name, r.Len())
	if r.Len() == 0 {
		msg = next.Name + " · ranges cleared"
	}
	c.status = Status{Text: msg}
	c.notify(ChangeValues | ChangeFile | ChangeStatus)
	return nil
}

// starterKeys are the main cost drivers the "±20%" starter gives a range.
var starterKeys = []string{"queries_per_month", "input_tokens", "output_tokens", "api_input_price",
	"api_output_price", "gpu_hourly", "engineers", "engineer_monthly_cost", "upfront_cost"}

// StarterRanges returns ranges of ±pct percent around s's values of the main
// cost drivers (volume, tokens, API prices, the GPU price, the team and the
// upfront cost), leaving out those at 0.
func StarterRanges(s model.Scenario, pct float64) model.Ranges {
	var r model.Ranges
	for _, key := range starterKeys {
		f, _ := model.FieldByKey(key)
		v := f.Number(&s)
		if v == 0 {
			continue
		}
		_ = r.Set(key, model.Estimate{Low: v * (1 - pct/100), Likely: v, High: v * (1 + pct/100)})
	}
	return r
}
