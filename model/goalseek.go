package model

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Target is what GoalSeek solves for.
type Target string

// The goal seek targets.
const (
	TargetSavings Target = "savings" // horizon savings (build − buy) reach zero
	TargetVerdict Target = "verdict" // the verdict changes
)

// Seek is the answer of GoalSeek.
type Seek struct {
	Scenario string
	Input    string // the input's JSON key
	Target   Target
	Current  float64 // the input's value in the scenario
	// Value is the value of the input nearest to Current at which the target
	// is reached, or nil when no valid value of the input reaches it.
	Value         *float64
	VerdictBefore Verdict // the verdict at Current
	VerdictAfter  Verdict // the verdict at Value (VerdictBefore without one)
	SavingsBefore float64 // horizon savings at Current
	SavingsAfter  float64 // horizon savings at Value (SavingsBefore without one)
}

// maxSteps bounds the replica steps goal seek walks through on one side of
// the current value; an answer farther away is reported as an error rather
// than guessed.
const maxSteps = 200000

// GoalSeek finds the value of the numeric input key of s nearest to its
// current value at which, under policy p, the horizon savings reach zero
// (TargetSavings: they change sign or become zero; if they are zero already
// the current value is the answer) or the verdict changes (TargetVerdict).
// Value is nil when no valid value of the input does it. Only the input
// moves; every other input stays as it is.
//
// The answer is exact: at Value the target holds, and at the next float64
// toward the current value (for an integer input, the next whole value) it
// does not. It is solved, not sampled:
//
//   - Inputs that savings depend on linearly (prices, fixed costs, the GPU
//     price, engineers, their cost, the upfront cost): savings and the
//     month-1 API cost are straight lines in the input, solved in closed
//     form; the latency inputs change only rule 1, at the other latency.
//   - Volume, input and output tokens, growth: each month's replica count
//     is a step function of the input, so savings are continuous between
//     the breakpoints where some month's replicas change. The breakpoints
//     are computed in closed form outward from the current value; in each
//     piece savings are a straight line (volume, tokens), solved directly,
//     or strictly monotone (growth, through (1+g/100)^(m−1)), solved by
//     bisection to full float64 precision. Where every month needs more
//     than the minimum replicas, savings lie between two monotone bounds
//     (replicas between capacity-exact and one more), which prove "never"
//     or skip stretches where the sign cannot change.
//   - Throughput and utilization enter only through the replica capacity:
//     savings are a non-increasing step function of them, so the answer is
//     a replica breakpoint, found exactly by bisection over the ordered
//     float64 values.
//   - gpus_per_replica and min_replicas: savings are non-decreasing in
//     them, so the nearest whole value is found by bisection over whole
//     numbers; build_months matters only up to the horizon, so each whole
//     value up to it is checked.
//
// The answer is only sought among values the input accepts (SPEC section 1);
// values at which the projection overflows are never an answer.
func GoalSeek(s Scenario, p Policy, key string, target Target) (Seek, error) {
	f, ok := FieldByKey(key)
	if !ok || (f.Kind != Number && f.Kind != Integer) {
		return Seek{}, fmt.Errorf("unknown input %q: goal seek takes a numeric input of SPEC section 1 (%s)", key, numericKeys())
	}
	if target != TargetSavings && target != TargetVerdict {
		return Seek{}, fmt.Errorf("unknown target %q (expected savings or verdict)", target)
	}
	g := &seeker{f: f, s: s, p: p, target: target, x0: f.Number(&s)}
	g.v0, g.s0 = verdictOf(&s, &p)
	out := Seek{Scenario: s.Name, Input: key, Target: target, Current: g.x0,
		VerdictBefore: g.v0, VerdictAfter: g.v0, SavingsBefore: g.s0, SavingsAfter: g.s0}
	if target == TargetSavings && g.s0 == 0 {
		x := g.x0
		out.Value = &x
		return out, nil
	}
	// Below, then above, the current value; a side that walks too far
	// without an answer is retried up to the other side's answer.
	g.limit = math.Inf(1)
	down, foundDown, errDown := g.side(-1)
	if foundDown {
		g.limit = g.x0 - down
	}
	up, foundUp, errUp := g.side(1)
	if errDown != nil && foundUp {
		g.limit = up - g.x0
		down, foundDown, errDown = g.side(-1)
	}
	for _, err := range []error{errDown, errUp} {
		if err != nil {
			return Seek{}, fmt.Errorf("scenario %q: goal seek of %s: %w", s.Name, key, err)
		}
	}
	var best *float64
	if foundDown {
		best = &down
	}
	if foundUp && (best == nil || up-g.x0 < g.x0-down) {
		best = &up
	}
	if best != nil {
		v, sv := g.at(*best)
		if !math.IsInf(sv, 0) { // an overflowing projection is no answer
			out.Value, out.VerdictAfter, out.SavingsAfter = best, v, sv
		}
	}
	return out, nil
}

func numericKeys() string {
	var keys []string
	for _, f := range Fields {
		if f.Kind == Number || f.Kind == Integer {
			keys = append(keys, f.Key)
		}
	}
	return fmt.Sprint(keys)
}

// seeker holds one goal seek.
type seeker struct {
	f      Field
	s      Scenario
	p      Policy
	target Target
	x0     float64
	v0     Verdict
	s0     float64
	limit  float64 // the walk stops this far from x0: an answer is known nearer
}

// with returns the scenario with the input at x.
func (g *seeker) with(x float64) Scenario {
	sc := g.s
	g.f.setRaw(&sc, x)
	return sc
}

// at returns the verdict and savings with the input at x.
func (g *seeker) at(x float64) (Verdict, float64) {
	sc := g.with(x)
	return verdictOf(&sc, &g.p)
}

// hit reports whether the target is reached with the input at x.
func (g *seeker) hit(x float64) bool {
	v, sv := g.at(x)
	if math.IsNaN(sv) {
		return false
	}
	if g.target == TargetVerdict {
		return v != g.v0
	}
	if g.s0 > 0 {
		return sv <= 0
	}
	return sv >= 0
}

// side returns the value nearest x0 in direction dir (+1 up, −1 down) at
// which the target is reached.
func (g *seeker) side(dir float64) (float64, bool, error) {
	switch g.f.Key {
	case "gpus_per_replica", "min_replicas":
		return g.monotoneWhole(dir)
	case "build_months":
		return g.eachWhole(dir)
	case "replica_tokens_per_sec", "utilization_pct":
		end, ok := g.end(dir)
		if !ok || !g.hit(end) {
			return 0, false, nil
		}
		return g.bisect(g.x0, end), true, nil
	}
	return g.walk(dir)
}

// end returns the last valid value of the input in direction dir; false
// when there is none beyond x0.
func (g *seeker) end(dir float64) (float64, bool) {
	r := g.f.Range
	var e float64
	if dir > 0 {
		e = r.Max
		if math.IsInf(e, 1) {
			e = math.MaxFloat64
		} else if r.MaxOpen {
			e = math.Nextafter(e, math.Inf(-1))
		}
		if g.f.Kind == Integer {
			e = math.Min(math.Floor(e), maxInt)
		}
		return e, e > g.x0
	}
	e = r.Min
	if r.MinOpen {
		e = math.Nextafter(e, math.Inf(1))
	}
	if g.f.Kind == Integer {
		e = math.Ceil(e)
	}
	return e, e < g.x0
}

// monotoneWhole solves an integer input that savings are monotone in, and
// the verdict depends on only through savings: bisection over whole values.
func (g *seeker) monotoneWhole(dir float64) (float64, bool, error) {
	end, ok := g.end(dir)
	if !ok || !g.hit(end) {
		return 0, false, nil
	}
	safe, hit := g.x0, end // hit(safe) false, hit(hit) true
	for math.Abs(hit-safe) > 1 {
		mid := math.Floor((safe + hit) / 2)
		if mid == safe {
			mid = safe + dir
		}
		if g.hit(mid) {
			hit = mid
		} else {
			safe = mid
		}
	}
	return hit, true, nil
}

// eachWhole solves build_months: every value from the horizon on projects
// the same (no month is live), so each whole value between x0 and the
// horizon is checked in turn.
func (g *seeker) eachWhole(dir float64) (float64, bool, error) {
	h := float64(g.p.HorizonMonths)
	if dir > 0 {
		for b := g.x0 + 1; b <= h; b++ {
			if g.hit(b) {
				return b, true, nil
			}
		}
		return 0, false, nil
	}
	for b := math.Min(g.x0-1, h); b >= 0; b-- {
		if g.hit(b) {
			return b, true, nil
		}
	}
	return 0, false, nil
}

// ord maps float64 values to integers in the same order, neighbours to
// neighbours, so that bisection can run over every float64 between two.
func ord(x float64) int64 {
	u := math.Float64bits(x)
	if u>>63 == 1 {
		return -int64(u &^ (1 << 63))
	}
	return int64(u)
}

func unord(k int64) float64 {
	if k < 0 {
		return math.Float64frombits(uint64(-k) | 1<<63)
	}
	return math.Float64frombits(uint64(k))
}

// bisect returns the float64 nearest safe, between safe and hit, at which
// the target is reached, given that it is not at safe and is at hit and
// changes once between them: at most 64 halvings of the float64 values
// between.
func (g *seeker) bisect(safe, hit float64) float64 {
	lo, hi := ord(safe), ord(hit)
	for lo-hi > 1 || hi-lo > 1 {
		mid := lo>>1 + hi>>1 + lo&hi&1
		if mid == lo || mid == hi {
			break
		}
		if g.hit(unord(mid)) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return unord(hi)
}

// stepped reports whether the input moves replica counts in steps that the
// walk must find: volume, tokens and growth.
func (g *seeker) stepped() bool {
	switch g.f.Key {
	case "queries_per_month", "input_tokens", "output_tokens", "growth_pct":
		return true
	}
	return false
}

// walk solves inputs that savings are piecewise linear (or, for growth,
// piecewise monotone) in, moving outward from x0 piece by piece.
//
// Events are the values where something the verdict depends on can change:
// replica breakpoints (ends of pieces), the zero of savings within a piece,
// the value at which the month-1 API cost meets the buy threshold, and the
// latency at which the API stops (or starts) meeting the budget. Between
// two events nothing changes sign, so testing the target once between
// each pair, then bisecting between the last value that missed and the
// first that hit, gives the exact answer.
func (g *seeker) walk(dir float64) (float64, bool, error) {
	end, ok := g.end(dir)
	if !ok {
		return 0, false, nil
	}
	beyond := func(a, b float64) bool { return (b-a)*dir > 0 } // b lies beyond a
	global := g.globalEvents(dir)
	var br *breaks
	if g.stepped() {
		br = g.newBreaks(g.x0, dir)
	}
	safe, pos := g.x0, g.x0
	for steps := 0; ; steps++ {
		if steps > maxSteps {
			return 0, false, fmt.Errorf("the answer lies more than %d replica steps away; giving up", maxSteps)
		}
		pieceEnd, bounded := end, true
		if br != nil {
			if b, ok := br.next(); ok && beyond(b, end) {
				pieceEnd = b
			} else if !ok && dir > 0 {
				bounded = end != math.MaxFloat64
			}
		} else if dir > 0 && end == math.MaxFloat64 {
			bounded = false
		}
		if br != nil && dir > 0 && !hasBeyond(global, pos, dir) {
			// Savings keep their sign from pos on (never) or up to skipTo, and
			// nothing else moves: the target holds at pos or not at all there.
			verdict, skipTo := g.bounds(pos)
			if verdict == boundsNever || (verdict == boundsSkip && beyond(pieceEnd, skipTo)) {
				if g.hit(pos) {
					return g.bisect(safe, pos), true, nil
				}
				if verdict == boundsNever {
					return 0, false, nil
				}
				safe, pos = pos, skipTo
				br = g.newBreaks(pos, dir)
				continue
			}
		}
		// Events inside this piece, nearest first.
		var events []float64
		for _, e := range global {
			if beyond(pos, e) && (beyond(e, pieceEnd) || !bounded) {
				events = append(events, e)
			}
		}
		if z, ok := g.zeroInPiece(pos, pieceEnd, bounded, dir); ok {
			events = append(events, z)
		}
		slices.SortFunc(events, func(a, b float64) int { return cmp.Compare(a*dir, b*dir) })
		// Test between each pair of events, and at the end of the piece.
		prev := pos
		var tests []float64
		for _, e := range append(events, pieceEnd) {
			switch {
			case e == pieceEnd && !bounded:
				tests = append(tests, prev+dir*math.Max(1, math.Abs(prev))) // nothing changes beyond the last event
			case e == pieceEnd && pieceEnd == end:
				tests = append(tests, prev+(e-prev)/2, end) // the range's end is a value of its own
			default:
				tests = append(tests, prev+(e-prev)/2)
			}
			prev = e
		}
		for _, test := range tests {
			if beyond(safe, test) {
				if g.hit(test) {
					return g.bisect(safe, test), true, nil
				}
				safe = test
			}
		}
		if limit := math.Abs(pos - g.x0); limit > g.limit {
			return 0, false, nil
		}
		if pieceEnd == end || !bounded {
			return 0, false, nil
		}
		pos = pieceEnd
		br.advance(pieceEnd)
	}
}

func hasBeyond(events []float64, pos, dir float64) bool {
	for _, e := range events {
		if (e-pos)*dir > 0 {
			return true
		}
	}
	return false
}

// globalEvents returns, beyond x0 in direction dir, where the month-1 API
// cost meets the buy threshold (rule 2) and where the latency rule turns
// (rule 1): both are straight lines or single values in the input.
func (g *seeker) globalEvents(dir float64) []float64 {
	var out []float64
	switch g.f.Key {
	case "latency_budget_ms":
		out = append(out, g.s.APILatencyMS)
	case "api_latency_ms":
		if g.s.LatencyBudgetMS > 0 {
			out = append(out, g.s.LatencyBudgetMS)
		}
	case "queries_per_month", "input_tokens", "output_tokens", "api_input_price", "api_output_price",
		"embedding_tokens", "embedding_price", "api_fixed_monthly":
		f2 := func(x float64) float64 {
			sc := g.with(x)
			c := CostsOf(&sc)
			return c.Buy(sc.QueriesPerMonth) - g.p.BuyBelowMonthly
		}
		if z, ok := lineZero(f2, g.x0, g.x0+math.Max(1, math.Abs(g.x0))); ok {
			out = append(out, z)
		}
	}
	var kept []float64
	for _, e := range out {
		if (e-g.x0)*dir > 0 {
			kept = append(kept, e)
		}
	}
	return kept
}

// lineZero returns where the straight line through (a, f(a)) and (b, f(b))
// crosses zero.
func lineZero(f func(float64) float64, a, b float64) (float64, bool) {
	fa, fb := f(a), f(b)
	if fa == fb || math.IsNaN(fa) || math.IsNaN(fb) || math.IsInf(fa, 0) || math.IsInf(fb, 0) {
		return 0, false
	}
	z := a - fa*(b-a)/(fb-fa)
	return z, !math.IsNaN(z) && !math.IsInf(z, 0)
}

// zeroInPiece returns where savings are zero between pos and pieceEnd (or
// anywhere beyond pos when the piece is unbounded), with the replicas
// fixed at those of the piece.
func (g *seeker) zeroInPiece(pos, pieceEnd float64, bounded bool, dir float64) (float64, bool) {
	far := pieceEnd
	if !bounded {
		far = pos + dir*math.Max(1, math.Abs(pos))
	}
	mid := pos + (far-pos)/2
	reps := g.replicasAt(mid)
	sr := func(x float64) float64 { return g.savingsFixed(x, reps) }
	inside := func(z float64) bool {
		return (z-pos)*dir > 0 && (!bounded || (pieceEnd-z)*dir > 0)
	}
	if g.f.Key != "growth_pct" {
		z, ok := lineZero(sr, pos, far)
		return z, ok && inside(z)
	}
	// Growth: savings with fixed replicas are monotone in growth, so bracket
	// the zero (doubling the step when the piece is unbounded) and bisect.
	a, b := pos, far
	fa, fb := sr(a), sr(b)
	for i := 0; !bounded && i < 64 && (fa > 0) == (fb > 0) && fa != 0; i++ {
		b = pos + 2*(b-pos)
		if fb = sr(b); math.IsInf(fb, 0) || math.IsNaN(fb) {
			return 0, false
		}
	}
	if (fa > 0) == (fb > 0) || fa == 0 {
		return 0, false
	}
	lo, hi := ord(a), ord(b)
	for lo-hi > 1 || hi-lo > 1 {
		m := lo>>1 + hi>>1 + lo&hi&1
		if m == lo || m == hi {
			break
		}
		if (sr(unord(m)) > 0) == (fa > 0) {
			lo = m
		} else {
			hi = m
		}
	}
	z := unord(hi)
	return z, inside(z)
}

// replicasAt returns each month's replicas with the input at x (0 while
// building).
func (g *seeker) replicasAt(x float64) []float64 {
	sc := g.with(x)
	c := CostsOf(&sc)
	out := make([]float64, g.p.HorizonMonths)
	for i := range out {
		if i+1 > sc.BuildMonths {
			out[i] = c.Replicas(monthQueries(&sc, i))
		}
	}
	return out
}

// monthQueries returns the volume of month i+1 as the projection computes it.
func monthQueries(s *Scenario, i int) float64 {
	q := s.QueriesPerMonth
	if growth := 1 + s.GrowthPct/100; i > 0 && growth != 1 {
		q *= math.Pow(growth, float64(i))
	}
	return q
}

// savingsWith projects s with live month i's replicas given by rep.
func savingsWith(s *Scenario, h int, rep func(i int, q float64, c *Costs) float64) float64 {
	c := CostsOf(s)
	var cumBuy, cumBuild float64
	for i := range h {
		q := monthQueries(s, i)
		buy := c.Buy(q)
		build := buy + c.Team
		if i+1 > s.BuildMonths {
			build = rep(i, q, &c)*c.ReplicaCost + c.BuildFixed + c.Team
		}
		if i == 0 {
			build += s.UpfrontCost
		}
		cumBuy += buy
		cumBuild += build
	}
	return cumBuild - cumBuy
}

// savingsFixed returns savings with the input at x and the replicas fixed.
func (g *seeker) savingsFixed(x float64, reps []float64) float64 {
	sc := g.with(x)
	return savingsWith(&sc, g.p.HorizonMonths, func(i int, _ float64, _ *Costs) float64 { return reps[i] })
}

// lowerSavings returns savings with the input at x and each live month's
// replicas replaced by the exact (fractional) number its volume needs, at
// least the minimum: a lower bound of savings. Adding one replica-month
// per live month gives an upper bound.
func (g *seeker) lowerSavings(x float64) (lo, width float64) {
	sc := g.with(x)
	lo = savingsWith(&sc, g.p.HorizonMonths, func(_ int, q float64, c *Costs) float64 {
		return math.Max(c.MinReplicas, q*c.TokensPerQuery/c.Capacity-ceilTolerance)
	})
	c := CostsOf(&sc)
	return lo, c.ReplicaCost * float64(max(0, g.p.HorizonMonths-sc.BuildMonths))
}

type boundsResult int

const (
	boundsWalk  boundsResult = iota // walk on: the sign can change in this piece
	boundsNever                     // the sign of savings never changes again
	boundsSkip                      // the sign cannot change before skipTo
)

// bounds checks, moving up a stepped input from pos with nothing but
// savings left to change the target, whether bounds on savings prove that
// the target is never reached, or not before some value.
//
// With each live month's replicas replaced by the fractional number its
// volume needs (at least the minimum), savings become Lo <= savings < Lo +
// one replica-month per live month. Each month's part of Lo falls with the
// input (more API cost) until the month needs more than the minimum, and
// then moves at the rate slope() gives: a replica's cost per query less the
// API's. So when that rate is not negative, Lo never falls below the sum of
// each month's part at the value where it leaves the minimum (or now, if it
// has), and when it is negative, Lo and the upper bound only fall.
func (g *seeker) bounds(pos float64) (boundsResult, float64) {
	sc := g.with(pos)
	c := CostsOf(&sc)
	v, sv := verdictOf(&sc, &g.p)
	seekNegative := g.s0 > 0 // savings must fall to zero or below
	if g.target == TargetVerdict {
		if v == BuildRequired || c.Buy(sc.QueriesPerMonth) <= g.p.BuyBelowMonthly {
			return boundsNever, 0 // rule 1 or 2 decides from here on
		}
		seekNegative = sv >= 0
	}
	lo, width := g.lowerSavings(pos)
	tol := 1e-9 * (math.Abs(lo) + width + 1)
	slope := g.slope(&sc, &c)
	switch {
	case seekNegative && slope >= 0:
		if g.futureMinimum(pos) > tol {
			return boundsNever, 0
		}
	case seekNegative && lo > tol:
		z, ok := g.boundZero(pos, func(x float64) float64 { l, _ := g.lowerSavings(x); return l })
		return boundsSkip, z - math.Abs(z)*1e-9*boolSign(ok)
	case !seekNegative && slope <= 0:
		if lo+width < -tol {
			return boundsNever, 0
		}
	case !seekNegative && lo+width < -tol && g.saturated(&sc, &c):
		z, ok := g.boundZero(pos, func(x float64) float64 { l, w := g.lowerSavings(x); return l + w })
		return boundsSkip, z - math.Abs(z)*1e-9*boolSign(ok)
	}
	return boundsWalk, 0
}

// saturated reports whether every live month whose volume the input moves
// runs more than its minimum replicas.
func (g *seeker) saturated(sc *Scenario, c *Costs) bool {
	first := sc.BuildMonths
	if g.f.Key == "growth_pct" {
		first = max(first, 1) // month 1's volume does not grow
	}
	for i := first; i < g.p.HorizonMonths; i++ {
		if monthQueries(sc, i)*c.TokensPerQuery/c.Capacity-ceilTolerance < c.MinReplicas {
			return false
		}
	}
	return true
}

// futureMinimum returns a lower bound of savings for every value from pos
// up, when slope() is not negative: each live month's part of Lo at the
// value where that month leaves its minimum replicas, or at pos if it
// already has.
func (g *seeker) futureMinimum(pos float64) float64 {
	sc := g.with(pos)
	c := CostsOf(&sc)
	h := g.p.HorizonMonths
	built := min(sc.BuildMonths, h)
	total := sc.UpfrontCost + float64(built)*c.Team
	for i := built; i < h; i++ {
		x := pos
		if b := g.breakAt(&sc, &c, i, c.MinReplicas); b > pos {
			x = b
		}
		mc := g.with(x)
		cc := CostsOf(&mc)
		q := monthQueries(&mc, i)
		rep := math.Max(cc.MinReplicas, q*cc.TokensPerQuery/cc.Capacity-ceilTolerance)
		total += rep*cc.ReplicaCost + cc.BuildFixed + cc.Team - cc.Buy(q)
	}
	return total
}

func boolSign(ok bool) float64 {
	if ok {
		return 1
	}
	return math.NaN()
}

// slope returns the sign-bearing rate at which the savings bounds move as
// the input grows, once every live month runs on its volume: per query, a
// replica's share of cost less the API price.
func (g *seeker) slope(sc *Scenario, c *Costs) float64 {
	perToken := c.ReplicaCost / c.Capacity
	switch g.f.Key {
	case "input_tokens":
		return perToken - sc.APIInputPrice/1e6
	case "output_tokens":
		return perToken - sc.APIOutputPrice/1e6
	}
	return perToken*c.TokensPerQuery - c.APIPerQuery()
}

// boundZero finds where a monotone bound crosses zero above pos: doubling
// the step to bracket it, then bisecting.
func (g *seeker) boundZero(pos float64, f func(float64) float64) (float64, bool) {
	f0 := f(pos)
	step := math.Max(1, math.Abs(pos))
	b := pos + step
	for i := 0; i < 2000; i++ {
		fb := f(b)
		if math.IsNaN(fb) || math.IsInf(fb, 0) {
			return 0, false
		}
		if (fb > 0) != (f0 > 0) {
			break
		}
		step *= 2
		b = pos + step
		if math.IsInf(b, 0) {
			return 0, false
		}
	}
	lo, hi := ord(pos), ord(b)
	for hi-lo > 1 {
		m := lo>>1 + hi>>1 + lo&hi&1
		if m == lo || m == hi {
			break
		}
		if (f(unord(m)) > 0) == (f0 > 0) {
			lo = m
		} else {
			hi = m
		}
	}
	return unord(lo), true
}

// breaks yields the replica breakpoints of a stepped input, in order from a
// starting value in one direction: the values at which some live month's
// replicas change.
type breaks struct {
	next func() (float64, bool) // the nearest breakpoint not yet passed
	adv  func(b float64)        // pass every breakpoint up to b
}

func (br *breaks) advance(b float64) { br.adv(b) }

// newBreaks sets up the breakpoints beyond x in direction dir. Month m's
// replicas change where its volume times tokens over capacity, less the
// tolerance, passes a whole number k >= min_replicas; solving that for the
// input gives the breakpoint in closed form.
func (g *seeker) newBreaks(x, dir float64) *breaks {
	sc := g.with(x)
	c := CostsOf(&sc)
	h := g.p.HorizonMonths
	ks := make([]float64, h) // next whole number per month, NaN when none
	for i := range ks {
		ks[i] = math.NaN()
		if i+1 <= sc.BuildMonths {
			continue
		}
		z := monthQueries(&sc, i)*c.TokensPerQuery/c.Capacity - ceilTolerance
		if math.IsNaN(z) || math.IsInf(z, 0) {
			continue
		}
		if dir > 0 {
			ks[i] = math.Max(c.MinReplicas, math.Floor(z)+1)
		} else if k := math.Ceil(z) - 1; k >= c.MinReplicas {
			ks[i] = k
		}
	}
	at := func(i int, k float64) (float64, bool) {
		b := g.breakAt(&sc, &c, i, k)
		return b, !math.IsNaN(b) && !math.IsInf(b, 0) && (b-x)*dir > 0
	}
	br := &breaks{}
	br.next = func() (float64, bool) {
		best, found := 0.0, false
		for i, k := range ks {
			if math.IsNaN(k) {
				continue
			}
			if b, ok := at(i, k); ok && (!found || (b-best)*dir < 0) {
				best, found = b, true
			}
		}
		return best, found
	}
	br.adv = func(b float64) {
		for i, k := range ks {
			if math.IsNaN(k) {
				continue
			}
			switch bb, ok := at(i, k); {
			case !ok:
				ks[i] = math.NaN()
			case (bb-b)*dir <= 0:
				ks[i] = k + dir
				if ks[i] < c.MinReplicas {
					ks[i] = math.NaN()
				}
			}
		}
	}
	return br
}

// breakAt returns the value of the input at which live month i (from 0) of
// sc needs more than k replicas: where its volume times tokens over capacity,
// less the tolerance, reaches k. NaN when the input does not move it.
func (g *seeker) breakAt(sc *Scenario, c *Costs, i int, k float64) float64 {
	y := (k + ceilTolerance) * c.Capacity // volume × tokens at the breakpoint
	switch g.f.Key {
	case "queries_per_month":
		gm := math.Pow(1+sc.GrowthPct/100, float64(i))
		if i == 0 || sc.GrowthPct == 0 {
			gm = 1
		} else if sc.QueriesPerMonth != 0 {
			gm = monthQueries(sc, i) / sc.QueriesPerMonth
		}
		return y / (c.TokensPerQuery * gm)
	case "input_tokens":
		return y/monthQueries(sc, i) - sc.OutputTokens
	case "output_tokens":
		return y/monthQueries(sc, i) - sc.InputTokens
	case "growth_pct":
		if i == 0 {
			return math.NaN()
		}
		return 100 * (math.Pow(y/(sc.QueriesPerMonth*c.TokensPerQuery), 1/float64(i)) - 1)
	}
	return math.NaN()
}
