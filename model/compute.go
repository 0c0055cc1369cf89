package model

import "math"

// HoursPerMonth is the number of hours a cloud bills in a month.
const HoursPerMonth = 730

// ceilTolerance keeps replicas from rounding an exact multiple up through
// floating-point error: 3.0000000000004 replicas are 3 replicas.
const ceilTolerance = 1e-9

// Costs holds what a scenario's monthly costs are built from (SPEC section 3).
// Its methods give the cost of buying and of self-hosting at any monthly
// volume; charts sample them, Evaluate projects them over the horizon.
type Costs struct {
	APIPerMillion  float64 // $ per million queries: tokens at API prices plus embeddings
	APIFixed       float64 // buy side fixed $/month
	TokensPerQuery float64 // input + output tokens a replica must serve per query
	Capacity       float64 // tokens one replica serves in a month at planned utilization
	MinReplicas    float64
	ReplicaCost    float64 // $ per replica-month
	BuildFixed     float64 // build side fixed $/month
	Team           float64 // engineers × cost per FTE-month
}

// CostsOf returns the cost structure of s.
func CostsOf(s *Scenario) Costs {
	perMillion := s.InputTokens*s.APIInputPrice + s.OutputTokens*s.APIOutputPrice +
		s.EmbeddingTokens*s.EmbeddingPrice
	return Costs{
		APIPerMillion:  perMillion,
		APIFixed:       s.APIFixedMonthly,
		TokensPerQuery: s.InputTokens + s.OutputTokens,
		Capacity:       s.ReplicaTokensPerSec * 3600 * HoursPerMonth * s.UtilizationPct / 100,
		MinReplicas:    float64(s.MinReplicas),
		ReplicaCost:    float64(s.GPUsPerReplica) * s.GPUHourly * HoursPerMonth,
		BuildFixed:     s.BuildFixedMonthly,
		Team:           s.Engineers * s.EngineerMonthlyCost,
	}
}

// Buy returns the monthly cost of calling the API for q queries.
func (c Costs) Buy(q float64) float64 { return q*c.APIPerMillion/1e6 + c.APIFixed }

// APIPerQuery returns the API cost of one query: tokens at API prices plus
// embeddings.
func (c Costs) APIPerQuery() float64 { return c.APIPerMillion / 1e6 }

// Replicas returns the replicas needed to serve q queries a month: whole
// replicas, never fewer than the minimum.
func (c Costs) Replicas(q float64) float64 {
	return math.Max(c.MinReplicas, math.Ceil(q*c.TokensPerQuery/c.Capacity-ceilTolerance))
}

// Live returns the monthly cost of the self-hosted stack, once live, serving
// q queries: replicas, fixed costs and the team.
func (c Costs) Live(q float64) float64 {
	return c.Replicas(q)*c.ReplicaCost + c.BuildFixed + c.Team
}

// Month is one month of a scenario's projection.
type Month struct {
	Month    int     `json:"month"`
	Queries  float64 `json:"queries"`
	Replicas float64 `json:"replicas"` // 0 while the stack is being built
	Buy      float64 `json:"buy"`
	Build    float64 `json:"build"`
	CumBuy   float64 `json:"cum_buy"`
	CumBuild float64 `json:"cum_build"`
}

// Flags are notes on a scenario that do not change its verdict.
type Flags struct {
	PlanForScaleMonth *int `json:"plan_for_scale_month"` // first month at plan_scale_queries, or nil
	TrueScale         bool `json:"true_scale"`           // month-1 volume is at true scale
	Revisit           bool `json:"revisit"`              // under the revisit threshold
}

// Result is everything SPEC section 3 reports for one scenario.
type Result struct {
	Name              string
	APICostPerQuery   float64
	BuyMonth1         float64
	BuildSteadyMonth1 float64 // self-hosted cost at month-1 volume, were it live
	BuyTotal          float64
	BuildTotal        float64
	Savings           float64  // BuildTotal - BuyTotal: positive when buying saves
	BreakEvenQueries  *float64 // smallest volume at which self-hosting is no dearer, or nil
	BreakEvenMonth    *int     // first month cumulative build <= cumulative buy, or nil
	Flags             Flags
	Verdict           Verdict
	Months            []Month

	decision decision // what the verdict rules found, for Reasons
	scenario Scenario
	policy   Policy
}

// Scenario returns the inputs the result was computed from.
func (r *Result) Scenario() Scenario { return r.scenario }

// Policy returns the policy the result was computed under.
func (r *Result) Policy() Policy { return r.policy }

// Costs returns the cost structure of the result's scenario.
func (r *Result) Costs() Costs { return CostsOf(&r.scenario) }

// Evaluate computes every scenario of d under its policy, in document order.
// The document should be valid (see Document.Validate); invalid inputs give
// meaningless figures, not a panic.
func Evaluate(d Document) []Result {
	h := max(d.Policy.HorizonMonths, 0)
	results := make([]Result, len(d.Scenarios))
	months := make([]Month, len(d.Scenarios)*h)
	for i := range d.Scenarios {
		evaluate(&results[i], &d.Scenarios[i], d.Policy, months[i*h:(i+1)*h:(i+1)*h])
	}
	return results
}

// EvaluateScenario computes one scenario under policy p.
func EvaluateScenario(s Scenario, p Policy) Result {
	var r Result
	evaluate(&r, &s, p, make([]Month, max(p.HorizonMonths, 0)))
	return r
}

func evaluate(r *Result, s *Scenario, p Policy, months []Month) {
	c := CostsOf(s)
	r.Name = s.Name
	r.scenario = *s
	r.policy = p
	r.APICostPerQuery = c.APIPerQuery()
	r.BuyMonth1 = c.Buy(s.QueriesPerMonth)
	r.BuildSteadyMonth1 = c.Live(s.QueriesPerMonth)
	if q, ok := c.BreakEven(); ok {
		r.BreakEvenQueries = &q
	}

	growth := 1 + s.GrowthPct/100
	var cumBuy, cumBuild float64
	for i := range months {
		m := i + 1
		q := s.QueriesPerMonth
		if i > 0 && growth != 1 {
			q *= math.Pow(growth, float64(i))
		}
		buy := c.Buy(q)
		build, replicas := buy+c.Team, 0.0
		if m > s.BuildMonths {
			replicas = c.Replicas(q)
			build = replicas*c.ReplicaCost + c.BuildFixed + c.Team
		}
		if m == 1 {
			build += s.UpfrontCost
		}
		cumBuy += buy
		cumBuild += build
		months[i] = Month{Month: m, Queries: q, Replicas: replicas, Buy: buy, Build: build, CumBuy: cumBuy, CumBuild: cumBuild}
		if r.BreakEvenMonth == nil && cumBuild <= cumBuy {
			r.BreakEvenMonth = &months[i].Month
		}
		if r.Flags.PlanForScaleMonth == nil && q >= p.PlanScaleQueries {
			r.Flags.PlanForScaleMonth = &months[i].Month
		}
	}
	r.Months = months
	r.BuyTotal, r.BuildTotal = cumBuy, cumBuild
	r.Savings = cumBuild - cumBuy
	r.Flags.TrueScale = s.QueriesPerMonth >= p.TrueScaleQueries
	r.Flags.Revisit = r.BuyMonth1 < p.RevisitBelowMonthly
	r.decide()
}
