package ui

import (
	"math"
	"strings"

	"buildvsbuy/model"
)

// numberHint is the list of examples model.ParseNumber's errors end with;
// explain replaces it with examples the field accepts.
const numberHint = "(try 1,234.5, $3.00, 12%, 1.5k or 2M)"

// valueRule is what explain needs to know of an input or a policy value.
type valueRule struct {
	key, label string
	unit       model.Unit
	integer    bool
	rng        model.Range
}

// fieldRule returns the rule of a scenario input.
func fieldRule(f model.Field) valueRule {
	return valueRule{key: f.Key, label: f.Label, unit: f.Unit, integer: f.Kind == model.Integer, rng: f.Range}
}

// policyRule returns the rule of a policy value.
func policyRule(f model.PolicyField) valueRule {
	return valueRule{key: f.Key, label: f.Label, unit: f.Unit, integer: f.Integer, rng: f.Range}
}

// explainedError is a model error told in the words of the grid: the row
// label instead of the key, the allowed range in words, examples the field
// accepts. Unwrap gives the model's error.
type explainedError struct {
	msg string
	err error
}

func (e *explainedError) Error() string { return e.msg }
func (e *explainedError) Unwrap() error { return e.err }

// explain rewrites a model error about a value of r for the people who
// typed it: the row label for the key, the range in words ("at least $0"),
// examples with only the marks the field accepts, and the allowed range
// added to a value that is not a number, and only to such a value (a "$"
// typed into a percentage is told to drop the "$", nothing more).
func explain(r valueRule, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	notNumber := strings.Contains(msg, numberHint)
	msg = strings.ReplaceAll(msg, numberHint, "(try "+r.examples()+")")
	words := r.rangeWords()
	msg = strings.ReplaceAll(msg, r.rng.String(), words)
	if r.key != "" {
		msg = strings.ReplaceAll(msg, r.key+": ", "")
		msg = strings.ReplaceAll(msg, r.key, r.label)
	}
	if notNumber && !strings.Contains(msg, words) {
		if r.integer {
			words = "a whole number " + words
		}
		msg += "; " + r.label + " must be " + words
	}
	return &explainedError{msg: msg, err: err}
}

// examples lists values as the field takes them, with only its marks.
func (r valueRule) examples() string {
	switch {
	case r.unit == model.Money:
		return "3, 3.50 or $3.00"
	case r.unit == model.Percent:
		return "12 or 12%"
	case r.integer:
		return "8 or 1,000"
	}
	return "1,234.5, 1.5k or 2M"
}

// rangeWords says the range in words: "at least $0", "more than 0% and at
// most 100%", "a whole number at least 1".
func (r valueRule) rangeWords() string {
	lo := "at least " + r.amount(r.rng.Min)
	if r.rng.MinOpen {
		lo = "more than " + r.amount(r.rng.Min)
	}
	if math.IsInf(r.rng.Max, 1) {
		return lo
	}
	hi := "at most " + r.amount(r.rng.Max)
	if r.rng.MaxOpen {
		hi = "less than " + r.amount(r.rng.Max)
	}
	return lo + " and " + hi
}

// amount writes a bound with the field's unit mark.
func (r valueRule) amount(v float64) string {
	switch r.unit {
	case model.Money:
		return formatPrice(v)
	case model.Percent:
		return formatDecimal(v, 4) + "%"
	}
	return formatDecimal(v, 4)
}
