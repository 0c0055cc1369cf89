package model

import "math"

// totals projects s over horizon months as evaluate does, with the same
// arithmetic in the same order, so that its figures equal Evaluate's to the
// bit, but without allocating: it returns the horizon totals and, when cum
// is not nil, stores each month's cumulative build − buy in cum[i].
// Sensitivity, goal seek and Simulate evaluate thousands of variants of a
// scenario through it.
func totals(s *Scenario, horizon int, cum []float64) (buyTotal, buildTotal float64) {
	c := CostsOf(s)
	growth := 1 + s.GrowthPct/100
	var cumBuy, cumBuild float64
	for i := range horizon {
		m := i + 1
		q := s.QueriesPerMonth
		if i > 0 && growth != 1 {
			q *= math.Pow(growth, float64(i))
		}
		buy := c.Buy(q)
		build := buy + c.Team
		if m > s.BuildMonths {
			build = c.Replicas(q)*c.ReplicaCost + c.BuildFixed + c.Team
		}
		if m == 1 {
			build += s.UpfrontCost
		}
		cumBuy += buy
		cumBuild += build
		if cum != nil {
			cum[i] = cumBuild - cumBuy
		}
	}
	return cumBuy, cumBuild
}

// verdictOf returns the verdict of s under p, by the rules of decide, from
// the totals alone.
func verdictOf(s *Scenario, p *Policy) (Verdict, float64) {
	buy, build := totals(s, p.HorizonMonths, nil)
	c := CostsOf(s)
	switch {
	case !s.APIQualityOK || s.Regulated || (s.LatencyBudgetMS > 0 && s.LatencyBudgetMS < s.APILatencyMS):
		return BuildRequired, build - buy
	case c.Buy(s.QueriesPerMonth) <= p.BuyBelowMonthly:
		return Buy, build - buy
	case build < buy:
		return Build, build - buy
	case s.AICoreProduct || s.ProprietaryData:
		return ConsiderBuild, build - buy
	}
	return Buy, build - buy
}
