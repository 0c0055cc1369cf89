package model

import (
	"fmt"
	"math"
)

// PolicyField describes one key of the policy: its JSON key, its label on
// the Policy sheet and form, and the values it accepts. PolicyFields lists
// them in SPEC order.
type PolicyField struct {
	Key     string
	Label   string
	Unit    Unit
	Units   string
	Integer bool
	Range   Range

	ptr func(*Policy) *float64
	int func(*Policy) *int
}

// PolicyFields lists the policy's keys in SPEC order; index i is row i+2 of
// the workbook's Policy sheet.
var PolicyFields = []PolicyField{
	{Key: "buy_below_monthly", Label: "Buy when API cost / month is at most", Unit: Money, Units: "$/month", Range: atLeastZero,
		ptr: func(p *Policy) *float64 { return &p.BuyBelowMonthly }},
	{Key: "revisit_below_monthly", Label: "Revisit at 10x volume below", Unit: Money, Units: "$/month", Range: atLeastZero,
		ptr: func(p *Policy) *float64 { return &p.RevisitBelowMonthly }},
	{Key: "plan_scale_queries", Label: "Plan for scale from", Units: "queries/month", Range: atLeastZero,
		ptr: func(p *Policy) *float64 { return &p.PlanScaleQueries }},
	{Key: "true_scale_queries", Label: "True scale from", Units: "queries/month", Range: atLeastZero,
		ptr: func(p *Policy) *float64 { return &p.TrueScaleQueries }},
	{Key: "horizon_months", Label: "Horizon", Units: "months", Integer: true, Range: Range{Min: 1, Max: MaxHorizon},
		int: func(p *Policy) *int { return &p.HorizonMonths }},
}

// MaxHorizon is the longest projection a policy may ask for, in months.
const MaxHorizon = 120

// Value returns the policy key's value in p.
func (f PolicyField) Value(p *Policy) float64 {
	if f.Integer {
		return float64(*f.int(p))
	}
	return *f.ptr(p)
}

// Check tells whether v is a valid value of the policy key; the error says
// what is allowed.
func (f PolicyField) Check(v float64) error {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fmt.Errorf("%s must be a finite number", f.Key)
	case f.Integer && (v != math.Trunc(v) || !f.Range.Contains(v)):
		return fmt.Errorf("%s must be a whole number %s, got %s", f.Key, f.Range, formatPlain(v))
	case !f.Range.Contains(v):
		return fmt.Errorf("%s must be %s, got %s", f.Key, f.Range, formatPlain(v))
	}
	return nil
}

// Set sets the policy key in p to v after checking it; on error p is unchanged.
func (f PolicyField) Set(p *Policy, v float64) error {
	if err := f.Check(v); err != nil {
		return err
	}
	if f.Integer {
		*f.int(p) = int(v)
	} else {
		*f.ptr(p) = v
	}
	return nil
}
