package model

import (
	"fmt"
	"strings"
)

// Verdict is the decision for one scenario.
type Verdict string

// The verdicts, from SPEC section 4.
const (
	Buy           Verdict = "BUY"            // call the API
	Build         Verdict = "BUILD"          // self-hosting is cheaper over the horizon
	BuildRequired Verdict = "BUILD_REQUIRED" // the API cannot serve the use case
	ConsiderBuild Verdict = "CONSIDER_BUILD" // strategic reasons, not yet cost
)

// Verdicts lists every verdict, in the order the rules can reach them.
var Verdicts = []Verdict{BuildRequired, Buy, Build, ConsiderBuild}

// decision records what each verdict rule found, for the reasons.
type decision struct {
	rule       int // 1..5: the rule that decided
	qualityBad bool
	regulated  bool
	latencyBad bool
}

// decide applies the rules of SPEC section 4 in order; the first that
// decides wins.
func (r *Result) decide() {
	s, p := &r.scenario, &r.policy
	d := decision{
		qualityBad: !s.APIQualityOK,
		regulated:  s.Regulated,
		latencyBad: s.LatencyBudgetMS > 0 && s.LatencyBudgetMS < s.APILatencyMS,
	}
	switch {
	case d.qualityBad || d.regulated || d.latencyBad:
		d.rule, r.Verdict = 1, BuildRequired
	case r.BuyMonth1 <= p.BuyBelowMonthly:
		d.rule, r.Verdict = 2, Buy
	case r.BuildTotal < r.BuyTotal:
		d.rule, r.Verdict = 3, Build
	case s.AICoreProduct || s.ProprietaryData:
		d.rule, r.Verdict = 4, ConsiderBuild
	default:
		d.rule, r.Verdict = 5, Buy
	}
	r.decision = d
}

// DecidingRule returns the number (1 to 5) of the SPEC rule that decided the
// verdict.
func (r *Result) DecidingRule() int { return r.decision.rule }

// Reasons explains the verdict in plain words with the numbers: what each
// rule that was checked found, in order, then the notes the flags add.
func (r *Result) Reasons() []string {
	s, p, d := &r.scenario, &r.policy, r.decision
	months := fmt.Sprintf("%d months", p.HorizonMonths)
	if p.HorizonMonths == 1 {
		months = "1 month"
	}
	var out []string

	// Rule 1: can the API serve at all?
	if d.rule == 1 {
		var causes []string
		if d.qualityBad {
			causes = append(causes, "its output quality is not acceptable for this use case")
		}
		if d.regulated {
			causes = append(causes, "the data is regulated and may not leave your environment")
		}
		if d.latencyBad {
			causes = append(causes, fmt.Sprintf("the latency budget of %s ms is below the API's typical %s ms",
				FormatCount(s.LatencyBudgetMS), FormatCount(s.APILatencyMS)))
		}
		out = append(out, "Self-hosting is required: the API cannot serve because "+joinAnd(causes)+".")
		out = append(out, "For the record, over "+months+" "+r.costComparison())
	} else {
		latency := "there is no latency requirement"
		if s.LatencyBudgetMS > 0 {
			latency = fmt.Sprintf("its typical %s ms fits the %s ms latency budget",
				FormatCount(s.APILatencyMS), FormatCount(s.LatencyBudgetMS))
		}
		out = append(out, "The API can serve: its quality is acceptable, the data is not regulated, and "+latency+".")
	}

	// Rule 2: is the API cheap enough to stop here?
	if d.rule >= 2 {
		if d.rule == 2 {
			out = append(out, fmt.Sprintf("Buy: the API costs %s in month 1, within the %s/month buy threshold.",
				FormatMoney(r.BuyMonth1), FormatMoney(p.BuyBelowMonthly)))
		} else {
			out = append(out, fmt.Sprintf("The API costs %s in month 1, above the %s/month buy threshold, so cost decides.",
				FormatMoney(r.BuyMonth1), FormatMoney(p.BuyBelowMonthly)))
		}
	}

	// Rule 3: is self-hosting cheaper over the horizon?
	if d.rule >= 3 {
		prefix := "Over " + months + " "
		if d.rule == 3 {
			prefix = "Build: over " + months + " "
		}
		out = append(out, prefix+r.costComparison())
	}

	// Rules 4 and 5: strategy.
	if d.rule == 4 {
		var why []string
		if s.AICoreProduct {
			why = append(why, "the model itself is what customers buy")
		}
		if s.ProprietaryData {
			why = append(why, "proprietary data is a moat worth training on")
		}
		out = append(out, "Consider building: "+joinAnd(why)+", though cost alone does not justify it yet.")
	}
	if d.rule == 5 {
		out = append(out, "Buy: the model is not the product and there is no proprietary data moat, so nothing else favours building.")
	}

	return append(out, r.notes()...)
}

// costComparison states the horizon totals and which side saves how much.
func (r *Result) costComparison() string {
	base := fmt.Sprintf("self-hosting costs %s against %s for the API", FormatMoney(r.BuildTotal), FormatMoney(r.BuyTotal))
	switch {
	case r.Savings < 0:
		return base + ": building saves " + FormatMoney(-r.Savings) + "."
	case r.Savings > 0:
		return base + ": buying saves " + FormatMoney(r.Savings) + "."
	}
	return base + ": they cost the same."
}

// notes lists break-even facts and the flags' notes.
func (r *Result) notes() []string {
	s, p := &r.scenario, &r.policy
	var out []string
	if r.BreakEvenMonth != nil {
		out = append(out, fmt.Sprintf("Self-hosting has paid for itself by month %d (cumulative cost at or below the API's).", *r.BreakEvenMonth))
	} else {
		out = append(out, fmt.Sprintf("Self-hosting does not pay for itself within the %d-month horizon.", p.HorizonMonths))
	}
	if r.BreakEvenQueries != nil {
		out = append(out, fmt.Sprintf("Once live, self-hosting costs no more than the API from %s queries/month.", FormatCount(*r.BreakEvenQueries)))
	} else {
		out = append(out, "At no volume does self-hosting cost less per month than the API.")
	}
	if m := r.Flags.PlanForScaleMonth; m != nil {
		out = append(out, fmt.Sprintf("Plan for scale: volume reaches %s queries/month in month %d.", FormatCount(p.PlanScaleQueries), *m))
	}
	if r.Flags.TrueScale {
		out = append(out, fmt.Sprintf("True scale: %s queries/month is at or above %s.", FormatCount(s.QueriesPerMonth), FormatCount(p.TrueScaleQueries)))
	}
	if r.Flags.Revisit {
		out = append(out, fmt.Sprintf("The API costs under %s/month: ship with it and revisit at 10x volume (%s queries/month).",
			FormatMoney(p.RevisitBelowMonthly), FormatCount(10*s.QueriesPerMonth)))
	}
	return out
}

// joinAnd joins phrases as a sentence does: "a", "a and b", "a, b and c".
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
