// Package model holds the build-vs-buy domain: scenarios, the policy that
// turns costs into a verdict, the cost computation itself, and the scenario
// document that the app saves and opens.
//
// The package is the contract of SPEC.md in code. It imports nothing from the
// user interface, the workbook or the charts; everything else depends on it.
package model

// Scenario is one workload to decide on: one column of the grid and one
// object in the document's "scenarios" array. Field order is the order of the
// JSON keys, of the grid's rows and of the workbook's Inputs sheet.
type Scenario struct {
	Name string `json:"name"`

	// Workload.
	QueriesPerMonth float64 `json:"queries_per_month"` // AI calls in month 1
	GrowthPct       float64 `json:"growth_pct"`        // month-over-month volume growth, %
	InputTokens     float64 `json:"input_tokens"`      // prompt tokens per query
	OutputTokens    float64 `json:"output_tokens"`     // completion tokens per query

	// API (buy).
	APIInputPrice   float64 `json:"api_input_price"`   // $ per 1M input tokens
	APIOutputPrice  float64 `json:"api_output_price"`  // $ per 1M output tokens
	EmbeddingTokens float64 `json:"embedding_tokens"`  // tokens embedded per query
	EmbeddingPrice  float64 `json:"embedding_price"`   // $ per 1M embedded tokens
	APIFixedMonthly float64 `json:"api_fixed_monthly"` // buy side fixed $/month

	// Self-hosted (build).
	GPUHourly           float64 `json:"gpu_hourly"`             // $ per GPU-hour
	GPUsPerReplica      int     `json:"gpus_per_replica"`       // GPUs serving one replica
	ReplicaTokensPerSec float64 `json:"replica_tokens_per_sec"` // tokens/s one replica sustains
	UtilizationPct      float64 `json:"utilization_pct"`        // plannable average utilization, %
	MinReplicas         int     `json:"min_replicas"`           // replicas kept up regardless of load
	BuildFixedMonthly   float64 `json:"build_fixed_monthly"`    // build side fixed $/month

	// Team and timeline.
	Engineers           float64 `json:"engineers"`             // FTEs the self-hosted stack needs
	EngineerMonthlyCost float64 `json:"engineer_monthly_cost"` // fully loaded $ per FTE-month
	BuildMonths         int     `json:"build_months"`          // months until self-hosting is live
	UpfrontCost         float64 `json:"upfront_cost"`          // one-time cost, charged in month 1

	// Constraints.
	APIQualityOK    bool    `json:"api_quality_ok"`    // the API's output quality is acceptable
	Regulated       bool    `json:"regulated"`         // data may not leave your environment
	LatencyBudgetMS float64 `json:"latency_budget_ms"` // required response time; 0 = none
	APILatencyMS    float64 `json:"api_latency_ms"`    // typical API response time
	ProprietaryData bool    `json:"proprietary_data"`  // unique data worth training on
	AICoreProduct   bool    `json:"ai_core_product"`   // the model is what customers buy

	// Uncertainty: optional three-point estimates of numeric inputs, for
	// Simulate. Saved only when there is one (document version 2).
	Ranges Ranges `json:"ranges,omitzero"`
}

// Policy holds the thresholds that turn costs into a verdict, and the
// projection's length. A document has one.
type Policy struct {
	BuyBelowMonthly     float64 `json:"buy_below_monthly"`     // API cost at or below this: buy
	RevisitBelowMonthly float64 `json:"revisit_below_monthly"` // under this: revisit at 10x volume
	PlanScaleQueries    float64 `json:"plan_scale_queries"`    // volume at which to plan for scale
	TrueScaleQueries    float64 `json:"true_scale_queries"`    // volume that is true scale
	HorizonMonths       int     `json:"horizon_months"`        // projection length, 1..120
}

// DefaultPolicy returns the thresholds of the decision tree SPEC.md starts
// from: buy below $10,000 a month, revisit below $5,000, plan for scale at 1M
// calls a month, true scale at 10M, over 12 months.
func DefaultPolicy() Policy {
	return Policy{
		BuyBelowMonthly:     10000,
		RevisitBelowMonthly: 5000,
		PlanScaleQueries:    1000000,
		TrueScaleQueries:    10000000,
		HorizonMonths:       12,
	}
}

// DocumentVersion is the version of the scenario document this package
// writes. Version 2 added each scenario's optional "ranges"; Parse still
// reads version 1 files, and upgrades them to version 2 in memory.
const DocumentVersion = 2

// Document is a saved set of scenarios with their policy.
type Document struct {
	Version   int        `json:"version"`
	Policy    Policy     `json:"policy"`
	Scenarios []Scenario `json:"scenarios"`
}

// Clone returns a deep copy of d, so that an edit of the copy leaves d as it is.
func (d Document) Clone() Document {
	d.Scenarios = append([]Scenario(nil), d.Scenarios...)
	return d
}

// NewScenario returns a scenario with sensible starting values for a
// mid-sized assistant: 100,000 queries a month on a frontier API, against one
// 8-GPU replica and one engineer. name is used as given.
func NewScenario(name string) Scenario {
	return Scenario{
		Name:                name,
		QueriesPerMonth:     100000,
		InputTokens:         1500,
		OutputTokens:        300,
		APIInputPrice:       3,
		APIOutputPrice:      15,
		EmbeddingPrice:      0.02,
		APIFixedMonthly:     50,
		GPUHourly:           3,
		GPUsPerReplica:      8,
		ReplicaTokensPerSec: 2500,
		UtilizationPct:      50,
		MinReplicas:         1,
		BuildFixedMonthly:   5000,
		Engineers:           1,
		EngineerMonthlyCost: 18000,
		BuildMonths:         3,
		APIQualityOK:        true,
		APILatencyMS:        1500,
	}
}
