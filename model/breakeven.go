package model

import "math"

// BreakEven returns the smallest monthly volume q >= 0 at which the live
// self-hosted cost is no more than the cost of buying:
//
//	Live(q) <= Buy(q)
//
// and false when there is none, or none that a float64 can hold.
//
// Live is a step function: it is flat while the replicas last and jumps by one
// replica's cost at every multiple of a replica's capacity, while Buy rises
// in a straight line. So the gap Buy - Live rises inside each step and falls
// at each boundary, and the first volume where it reaches zero may lie in
// any step, or in none. The answer is solved for, step by step in closed
// form, never searched for by sampling.
func (c Costs) BreakEven() (float64, bool) {
	a := c.APIPerQuery()
	u := c.TokensPerQuery / c.Capacity // replicas per query
	rc := c.ReplicaCost
	fixed := c.BuildFixed + c.Team - c.APIFixed // Live - Buy at zero volume, less replicas
	minR := c.MinReplicas

	if a <= 0 {
		// Buying costs the same at every volume and self-hosting never
		// less with more volume: it pays at zero volume or never.
		if c.Live(0) <= c.Buy(0) {
			return 0, true
		}
		return 0, false
	}

	// need(k) is the volume at which buying costs as much as running k replicas.
	need := func(k float64) float64 { return math.Max(0, (k*rc+fixed)/a) }

	if math.IsInf(u, 1) || math.IsNaN(u) {
		return 0, false
	}
	// The first block, q in [0, minR/u], runs the minimum replicas.
	q := need(minR)
	if u == 0 || servedBy(q, minR, u) {
		return finite(q)
	}

	// Step k > minR covers q in ((k-1)/u, k/u]. The gap reaches zero inside
	// it when need(k) <= k/u, that is when k·(a - rc·u) >= fixed·u.
	// s is the margin each query earns once replicas are full.
	k1 := math.Max(minR+1, 1)
	s := a - rc*u
	var k float64
	switch {
	case s > 0:
		k = math.Max(k1, math.Ceil(fixed*u/s))
	case fitsStep(k1, need, u):
		k = k1 // margin never grows: only the first step can still fit
	default:
		return 0, false
	}
	// Floating-point error in the closed form can land a step off.
	// Settle on the first step that fits by the same test; a few steps
	// either way is all rounding can move it.
	for i := 0; i < 4 && k > k1 && fitsStep(k-1, need, u); i++ {
		k--
	}
	for i := 0; i < 4 && !fitsStep(k, need, u); i++ {
		k++
	}
	return finite(math.Max(need(k), (k-1)/u))
}

// finite returns q and true, or false when q is beyond what a float64 holds:
// tiny but valid prices can put the crossing past 1.8e308 queries a month,
// which no one reaches and which JSON cannot carry.
func finite(q float64) (float64, bool) {
	if math.IsInf(q, 0) || math.IsNaN(q) {
		return 0, false
	}
	return q, true
}

// fitsStep reports whether buying catches up with k replicas within step k.
func fitsStep(k float64, need func(float64) float64, u float64) bool {
	return servedBy(need(k), k, u)
}

// servedBy reports whether k replicas serve q queries, with the tolerance
// of Replicas: a volume that lands a hair above k replicas' capacity through
// rounding is still served by k, so an exact tie at the top of a step counts.
func servedBy(q, k, u float64) bool {
	return q*u-ceilTolerance <= k
}
