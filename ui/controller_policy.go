package ui

import (
	"fmt"

	"buildvsbuy/model"
)

// PolicyError is a policy value the form refused: which key, what was
// typed, why, and the value the policy keeps.
type PolicyError struct {
	Field model.PolicyField
	Text  string
	Kept  string
	Err   error
}

// Error implements error: scenario (or policy), field, why, and the value kept.
func (e *PolicyError) Error() string {
	// What was kept comes first: a long reason may be cut at the end.
	return fmt.Sprintf("Policy · %s kept %s: %v", e.Field.Label, e.Kept, e.Err)
}

// Unwrap returns the field's own error.
func (e *PolicyError) Unwrap() error { return e.Err }

// PolicyText returns a policy value as the form shows it.
func PolicyText(f model.PolicyField, p *model.Policy) string {
	v := f.Value(p)
	if f.Unit == model.Money {
		return model.FormatMoney(v)
	}
	return formatDecimal(v, 4)
}

// CheckPolicy tells whether text is a valid value of the policy key f,
// without setting it. The error names the key and its allowed range.
func CheckPolicy(f model.PolicyField, text string) error {
	v, err := model.ParseNumber(text)
	if err == nil {
		err = f.Check(v)
	}
	return explain(policyRule(f), err)
}

// SetPolicy sets the policy key from text as a user typed it and
// re-evaluates every scenario. A refused value leaves the policy as it was,
// shows why in the status line and is returned as a *PolicyError.
func (c *Controller) SetPolicy(key string, text string) error {
	var f model.PolicyField
	for _, pf := range model.PolicyFields {
		if pf.Key == key {
			f = pf
		}
	}
	if f.Key == "" {
		return fmt.Errorf("unknown policy key %q", key)
	}
	next := c.doc.Policy
	v, err := model.ParseNumber(text)
	if err == nil {
		err = f.Set(&next, v)
	}
	if err != nil {
		pe := &PolicyError{Field: f, Text: text, Kept: PolicyText(f, &c.doc.Policy), Err: CheckPolicy(f, text)}
		c.SetStatus(pe.Error(), true)
		return pe
	}
	if next == c.doc.Policy {
		return nil
	}
	c.remember("policy edit")
	c.doc.Policy = next
	c.recompute()
	c.status = Status{Text: fmt.Sprintf("Policy · %s set to %s", f.Label, PolicyText(f, &next))}
	c.notify(ChangeValues | ChangeFile | ChangeStatus)
	return nil
}
