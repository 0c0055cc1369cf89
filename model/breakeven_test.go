package model_test

import (
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"testing"

	"buildvsbuy/model"
)

// intCosts is a scenario's cost structure in whole numbers, worked out from
// the scenario's fields independently of model.CostsOf, so that the brute
// force below can decide every comparison exactly:
//
//	buy(q)  = P*q/1e6 + A                    P: $ per million queries
//	live(q) = replicas(q)*RC + F             F: build fixed + team
//	replicas(q) = max(minR, ceil(q*T/C))     T: tokens per query, C: capacity
type intCosts struct {
	P, A, T, C, RC, F, MinR int64
}

func intCostsOf(s *model.Scenario) intCosts {
	return intCosts{
		P:    int64(s.InputTokens*s.APIInputPrice + s.OutputTokens*s.APIOutputPrice + s.EmbeddingTokens*s.EmbeddingPrice),
		A:    int64(s.APIFixedMonthly),
		T:    int64(s.InputTokens + s.OutputTokens),
		C:    int64(s.ReplicaTokensPerSec) * 3600 * 730 * int64(s.UtilizationPct) / 100,
		RC:   int64(s.GPUsPerReplica) * int64(s.GPUHourly) * 730,
		F:    int64(s.BuildFixedMonthly) + int64(s.Engineers)*int64(s.EngineerMonthlyCost),
		MinR: int64(s.MinReplicas),
	}
}

// lessEq128 reports whether a*b <= c*d for non-negative 64-bit factors.
func lessEq128(a, b, c, d uint64) bool {
	h1, l1 := bits.Mul64(a, b)
	h2, l2 := bits.Mul64(c, d)
	return h1 < h2 || (h1 == h2 && l1 <= l2)
}

// fits reports whether buying catches up with running k replicas at volume
// hi = kHi*C/T, by exact integer arithmetic: num = k*RC + F - A is what the
// API must earn, and it does when num <= P*hi/1e6, that is num*1e6*T <= P*kHi*C.
func (c intCosts) fits(k, kHi int64) bool {
	num := k*c.RC + c.F - c.A
	if num <= 0 {
		return true
	}
	if c.P == 0 {
		return false
	}
	return lessEq128(uint64(num), uint64(1e6*c.T), uint64(c.P), uint64(kHi*c.C))
}

// need is the volume at which the API costs as much as k replicas (>= 0).
func (c intCosts) need(k int64) float64 {
	num := k*c.RC + c.F - c.A
	if num <= 0 {
		return 0
	}
	return float64(num) * 1e6 / float64(c.P)
}

// stepBound returns a step beyond which no step can be the first to fit: the
// gap between buying and self-hosting at the top of step k is
// (k*(C*P - RC*1e6*T) - (F-A)*1e6*T) / (1e6*T), linear in k. ok is false when
// that step is too far to enumerate.
func (c intCosts) stepBound() (int64, bool) {
	d := c.C*c.P - c.RC*1_000_000*c.T
	k := c.MinR + 2
	if fa := (c.F - c.A) * 1_000_000 * c.T; d > 0 && fa > 0 {
		k = max(k, fa/d+2)
	}
	return k + 50, k <= 200_000
}

// bruteBreakEven enumerates the blocks of constant replicas one by one,
// starting from zero volume, and in each solves the linear inequality
// live <= buy. It returns the smallest volume and the step it lies in.
func (c intCosts) bruteBreakEven(limit int64) (q float64, step int64, ok bool) {
	// The first block runs the minimum replicas: [0, MinR*C/T], or every
	// volume when no tokens need serving.
	switch {
	case c.T == 0:
		if c.MinR*c.RC+c.F-c.A <= 0 || c.P > 0 {
			return c.need(c.MinR), c.MinR, true
		}
		return 0, 0, false
	case c.fits(c.MinR, c.MinR):
		return c.need(c.MinR), c.MinR, true
	}
	// Step k > MinR serves ((k-1)*C/T, k*C/T] with k replicas.
	for k := max(c.MinR+1, 1); k <= limit; k++ {
		if c.fits(k, k) {
			lo := float64(k-1) * float64(c.C) / float64(c.T)
			return math.Max(lo, c.need(k)), k, true
		}
	}
	return 0, 0, false
}

// genScenario draws a scenario with whole-number inputs small enough for
// intCosts to be exact. kind picks the corner the case explores.
func genScenario(r *rand.Rand, kind int) model.Scenario {
	s := model.Scenario{
		Name:                "generated",
		QueriesPerMonth:     float64(r.IntN(10_000_000)),
		InputTokens:         float64(r.IntN(3000)),
		OutputTokens:        float64(r.IntN(1000)),
		APIInputPrice:       float64(r.IntN(16)),
		APIOutputPrice:      float64(r.IntN(31)),
		EmbeddingTokens:     float64(r.IntN(2000)),
		EmbeddingPrice:      float64(r.IntN(2)),
		APIFixedMonthly:     float64(r.IntN(5) * r.IntN(10_000)),
		GPUHourly:           float64(r.IntN(6)),
		GPUsPerReplica:      1 + r.IntN(8),
		ReplicaTokensPerSec: float64(1 + r.IntN(20_000)),
		UtilizationPct:      float64(1 + r.IntN(100)),
		MinReplicas:         r.IntN(6),
		BuildFixedMonthly:   float64(r.IntN(100_000)),
		Engineers:           float64(r.IntN(6)),
		EngineerMonthlyCost: float64(r.IntN(25_000)),
		APIQualityOK:        true,
	}
	// Keep the capacity a whole number of tokens.
	s.UtilizationPct = float64(int(s.UtilizationPct) / 5 * 5)
	if s.UtilizationPct == 0 {
		s.UtilizationPct = 100
	}
	switch kind {
	case 1: // no tokens to serve: a fixed number of replicas
		s.InputTokens, s.OutputTokens = 0, 0
	case 2: // a free API
		s.APIInputPrice, s.APIOutputPrice, s.EmbeddingPrice = 0, 0, 0
	case 3: // no replicas unless there is load
		s.MinReplicas = 0
	case 4: // free GPUs
		s.GPUHourly = 0
	case 5: // a large minimum
		s.MinReplicas = 50 + r.IntN(2000)
	case 6: // a cheap, slow replica: the crossing lies many steps up
		s.ReplicaTokensPerSec = float64(1 + r.IntN(20))
		s.GPUsPerReplica, s.GPUHourly = 1, float64(1+r.IntN(2))
	case 7: // no minimum and nothing fixed: live and buy both start at zero
		s.MinReplicas, s.BuildFixedMonthly, s.Engineers, s.APIFixedMonthly = 0, 0, 0, 0
	case 8: // the API's fixed cost outweighs everything fixed on the build side
		s.APIFixedMonthly = float64(200_000 + r.IntN(100_000))
	}
	return s
}

// genTie draws a scenario whose first crossing falls exactly on the top of a
// step: live(k*C/T) == buy(k*C/T) in exact arithmetic for some k > minR.
func genTie(r *rand.Rand) (model.Scenario, int64) {
	s := genScenario(r, 0)
	x := int64(1 + r.IntN(3))
	m := int64(1 + r.IntN(3))
	s.InputTokens, s.OutputTokens, s.EmbeddingTokens = float64(1000*x), 0, 0
	s.APIInputPrice = float64(1 + r.IntN(10))
	s.UtilizationPct = 50 // capacity = tps*3600*730/2 = tps*1,314,000
	s.ReplicaTokensPerSec = float64(1000 * x * m)
	// queries per replica Q = C/T = m*1,314,000; API revenue per full
	// replica R = P*Q/1e6 = x*price*m*1,314.
	revenue := x * int64(s.APIInputPrice) * m * 1314
	s.GPUsPerReplica = 1
	s.GPUHourly = float64(r.IntN(int(revenue/730) + 1))
	if s.GPUHourly*730 >= float64(revenue) {
		s.GPUHourly = 0
	}
	rc := int64(s.GPUHourly) * 730
	k0 := int64(s.MinReplicas) + 1 + int64(r.IntN(40))
	s.Engineers, s.EngineerMonthlyCost = 0, 0
	s.APIFixedMonthly = float64(r.IntN(1000))
	s.BuildFixedMonthly = s.APIFixedMonthly + float64(k0*(revenue-rc))
	return s, k0
}

// TestBreakEvenAgainstBruteForce checks Costs.BreakEven on thousands of
// generated scenarios against an exact search over the replica steps.
func TestBreakEvenAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 7))
	counts := map[string]int{}
	const cases = 6000
	for i := 0; i < cases; i++ {
		var s model.Scenario
		var tieStep int64
		kind := i % 10
		if kind == 9 {
			s, tieStep = genTie(r)
		} else {
			s = genScenario(r, kind)
		}
		ic := intCostsOf(&s)
		limit, ok := ic.stepBound()
		if !ok {
			counts["skipped: too many steps"]++
			continue
		}
		c := model.CostsOf(&s)
		name := fmt.Sprintf("case %d (kind %d) %+v", i, kind, ic)

		want, step, found := ic.bruteBreakEven(limit)
		got, gotOK := c.BreakEven()
		switch {
		case !found:
			counts["no crossing"]++
		case step == ic.MinR || ic.T == 0:
			counts["minimum block"]++
		case step > max(ic.MinR, 0)+1:
			counts["later step"]++
		default:
			counts["first step above the minimum"]++
		}
		if ic.T == 0 {
			counts["zero tokens"]++
		}
		if ic.P == 0 {
			counts["zero API price"]++
		}
		if ic.MinR == 0 {
			counts["no minimum"]++
		}
		if ic.RC == 0 {
			counts["zero replica cost"]++
		}
		if ic.MinR >= 50 {
			counts["large minimum"]++
		}
		if tieStep > 0 {
			if !found || step != tieStep {
				t.Fatalf("%s: tie generator broken: brute force found %v at step %d, want step %d", name, found, step, tieStep)
			}
			counts["exact tie at a step's top"]++
		}

		// (c) a crossing is returned iff the brute force finds one.
		if gotOK != found {
			t.Errorf("%s: BreakEven() = %v, %v; brute force: %v, %v (step %d)", name, got, gotOK, want, found, step)
			continue
		}
		if !found {
			continue
		}
		// The brute force agrees with the model's own cost functions.
		if l, b := c.Live(want), c.Buy(want); l > b+1e-6*math.Max(1, b) {
			t.Fatalf("%s: brute force answer %v has live %v > buy %v", name, want, l, b)
		}
		if !near(got, want, 1e-6*math.Max(1, want)) {
			t.Errorf("%s: BreakEven() = %.6f (%v replicas), brute force %.6f (step %d)", name, got, c.Replicas(got), want, step)
			continue
		}
		// (a) the volume returned satisfies live <= buy.
		if l, b := c.Live(got), c.Buy(got); l > b+1e-6*math.Max(1, math.Abs(b)) {
			t.Errorf("%s: at BreakEven() = %v live %v > buy %v", name, got, l, b)
		}
		// (b) no smaller volume does: the gap is widest at the top of each
		// step, so check those, and just below the answer.
		if ic.T > 0 {
			for k := max(ic.MinR, 1); float64(k)*float64(ic.C)/float64(ic.T) < got*(1-1e-9) && k <= limit; k++ {
				q := float64(k) * float64(ic.C) / float64(ic.T)
				if l, b := c.Live(q), c.Buy(q); l < b-1e-6*math.Max(1, math.Abs(b)) {
					t.Errorf("%s: at %v (top of step %d), below BreakEven() = %v, live %v < buy %v", name, q, k, got, l, b)
					break
				}
			}
		}
		if below := got * (1 - 1e-6); got > 1e-3 {
			if l, b := c.Live(below), c.Buy(below); l < b-1e-6*math.Max(1, math.Abs(b)) {
				t.Errorf("%s: just below BreakEven() = %v, at %v, live %v < buy %v", name, got, below, l, b)
			}
		}
	}
	t.Logf("cases: %v", counts)
	for _, k := range []string{"no crossing", "minimum block", "later step", "first step above the minimum",
		"zero tokens", "zero API price", "no minimum", "zero replica cost", "large minimum", "exact tie at a step's top"} {
		if counts[k] < 30 {
			t.Errorf("only %d generated cases of %q; the generator no longer explores it", counts[k], k)
		}
	}
	if counts["skipped: too many steps"] > cases/10 {
		t.Errorf("%d of %d cases skipped as too long to enumerate", counts["skipped: too many steps"], cases)
	}
}

// TestBreakEvenCases pins the corners by name, worked out by hand.
func TestBreakEvenCases(t *testing.T) {
	// base: a = $0.01/query; a replica serves 1,000 queries and costs $5;
	// fixed self-hosting $100/month; no API fixed cost; minimum 1 replica.
	base := model.Costs{APIPerMillion: 10_000, TokensPerQuery: 1, Capacity: 1000, MinReplicas: 1, ReplicaCost: 5, BuildFixed: 100}
	tests := []struct {
		name   string
		edit   func(c *model.Costs)
		want   float64
		wantOK bool
	}{
		// need(1) = (5 + 100)/0.01 = 10,500 > 1,000; margin per full replica
		// 1,000*0.01 - 5 = 5 > 0: step k fits when (5k + 100)/0.01 <= 1,000k,
		// i.e. 500k + 10,000 <= 1,000k, k >= 20: need(20) = 20,000 = top of step 20.
		{"crossing at the top of a later step", func(c *model.Costs) {}, 20000, true},
		// with $50 of API fixed cost: (5k + 50)/0.01 <= 1,000k <=> k >= 10;
		// need(10) = 10,000, the top of step 10.
		{"API fixed cost brings it down", func(c *model.Costs) { c.APIFixed = 50 }, 10000, true},
		// BuildFixed 102: k >= 20.4 -> k = 21: need(21) = (105 + 102)/0.01 = 20,700 in (20,000, 21,000].
		{"crossing inside a later step", func(c *model.Costs) { c.BuildFixed = 102 }, 20700, true},
		// replica cost 10 = a replica's 1,000 queries at $0.01: the gap never closes.
		{"replicas cost what they earn", func(c *model.Costs) { c.ReplicaCost = 10 }, 0, false},
		// replica cost 10 but the minimum block of 100 replicas (q <= 100,000)
		// needs (1,000 + 100)/0.01 = 110,000 > 100,000: none.
		{"large minimum, no crossing", func(c *model.Costs) { c.ReplicaCost = 10; c.MinReplicas = 100 }, 0, false},
		// 200 replicas minimum at $5: (1,000 + 100)/0.01 = 110,000 <= 200,000.
		{"large minimum, crossing in the minimum block", func(c *model.Costs) { c.MinReplicas = 200 }, 110000, true},
		// no tokens: always the minimum replica: (5 + 100)/0.01 = 10,500.
		{"zero tokens", func(c *model.Costs) { c.TokensPerQuery = 0 }, 10500, true},
		{"zero API price, self-hosting dearer", func(c *model.Costs) { c.APIPerMillion = 0 }, 0, false},
		{"zero API price, API fixed cost higher", func(c *model.Costs) { c.APIPerMillion = 0; c.APIFixed = 105 }, 0, true},
		// min 0: live(0) = 100 > buy(0) = 0; then as the first case.
		{"no minimum", func(c *model.Costs) { c.MinReplicas = 0 }, 20000, true},
		{"no minimum, nothing fixed", func(c *model.Costs) { c.MinReplicas = 0; c.BuildFixed = 0 }, 0, true},
		// free replicas: 100/0.01 = 10,000.
		{"zero replica cost", func(c *model.Costs) { c.ReplicaCost = 0 }, 10000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.edit(&c)
			got, ok := c.BreakEven()
			if ok != tt.wantOK || (ok && !near(got, tt.want, 1e-6)) {
				t.Errorf("BreakEven() = %v, %v; want %v, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// A valid scenario whose API is so cheap that buying would only catch up
// beyond 1.8e308 queries a month has no break-even volume a float64 holds:
// the model reports none rather than +Inf, which JSON cannot carry.
func TestBreakEvenBeyondFloat64(t *testing.T) {
	tests := []struct {
		name string
		edit func(s *model.Scenario)
	}{
		{"embeddings only, nothing to serve", func(s *model.Scenario) {
			s.InputTokens, s.OutputTokens = 0, 0
			s.EmbeddingTokens, s.EmbeddingPrice = 1e-300, 1e-10
		}},
		{"free GPUs", func(s *model.Scenario) {
			s.InputTokens, s.OutputTokens, s.EmbeddingTokens = 1e-300, 0, 0
			s.APIInputPrice, s.GPUHourly = 1e-10, 0
		}},
		{"replicas dearer than the API", func(s *model.Scenario) {
			s.InputTokens, s.OutputTokens, s.EmbeddingTokens = 1e-300, 0, 0
			s.APIInputPrice = 1e-10
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := model.NewScenario(tt.name)
			tt.edit(&s)
			if err := model.ValidateScenario(&s); err != nil {
				t.Fatalf("the scenario should be valid: %v", err)
			}
			r := model.EvaluateScenario(s, model.DefaultPolicy())
			if r.BreakEvenQueries != nil {
				t.Errorf("break_even_queries = %v, want null", *r.BreakEvenQueries)
			}
			if _, err := json.Marshal(r); err != nil {
				t.Errorf("report JSON: %v", err)
			}
		})
	}
}
