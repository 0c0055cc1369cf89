package model

import (
	"fmt"
	"math"
	"strconv"
)

// Kind is the type of a scenario field's value.
type Kind int

// The kinds of field values.
const (
	Text    Kind = iota // the scenario name
	Number              // any finite number in the field's range
	Integer             // a whole number in the field's range
	Bool                // yes or no
)

// Group is a heading of the grid under which fields are listed.
type Group string

// The field groups, in grid order.
const (
	GroupName        Group = "Scenario"
	GroupWorkload    Group = "Workload"
	GroupAPI         Group = "API (buy)"
	GroupSelfHosted  Group = "Self-hosted (build)"
	GroupTeam        Group = "Team and timeline"
	GroupConstraints Group = "Constraints"
)

// Unit tells how a numeric field's value reads and which marks a typed value
// may carry: only money fields accept "$", only percent fields "%".
type Unit int

// The units of numeric fields.
const (
	Plain   Unit = iota // a count or a duration
	Money               // US dollars
	Percent             // a percentage, stored as 12 for 12%
)

// Range is the set of values a numeric field accepts. Max is +Inf where the
// field has no upper bound.
type Range struct {
	Min, Max         float64
	MinOpen, MaxOpen bool // the bound itself is excluded
}

// Contains reports whether v is a finite number in r.
func (r Range) Contains(v float64) bool {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return false
	}
	if v < r.Min || (r.MinOpen && v == r.Min) {
		return false
	}
	return v < r.Max || (!r.MaxOpen && v == r.Max)
}

// String describes r as SPEC.md does: ">= 0", "> 0 and <= 100".
func (r Range) String() string {
	lo := ">= " + formatPlain(r.Min)
	if r.MinOpen {
		lo = "> " + formatPlain(r.Min)
	}
	if math.IsInf(r.Max, 1) {
		return lo
	}
	hi := "<= " + formatPlain(r.Max)
	if r.MaxOpen {
		hi = "< " + formatPlain(r.Max)
	}
	return lo + " and " + hi
}

func formatPlain(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Field describes one input of a scenario: its JSON key, how the grid and the
// workbook label it, and which values it accepts. Fields lists them all.
type Field struct {
	Key   string // JSON key, e.g. "queries_per_month"
	Label string // row label, e.g. "Queries / month"
	Unit  Unit   // how the value reads
	Units string // unit text shown beside the label, e.g. "$/1M tokens"
	Group Group
	Kind  Kind
	Range Range // for Number and Integer fields

	num  func(*Scenario) *float64
	int  func(*Scenario) *int
	flag func(*Scenario) *bool
}

var atLeastZero = Range{Min: 0, Max: math.Inf(1)}

// Fields lists the scenario's fields in SPEC order: the name, then the 25
// inputs. Each input's position here is its row on the workbook's Inputs
// sheet (index i is row i+1).
var Fields = []Field{
	{Key: "name", Label: "Scenario", Group: GroupName, Kind: Text},

	{Key: "queries_per_month", Label: "Queries / month", Units: "queries", Group: GroupWorkload, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.QueriesPerMonth }},
	{Key: "growth_pct", Label: "Growth / month", Unit: Percent, Units: "%", Group: GroupWorkload, Kind: Number,
		Range: Range{Min: -100, MinOpen: true, Max: math.Inf(1)},
		num:   func(s *Scenario) *float64 { return &s.GrowthPct }},
	{Key: "input_tokens", Label: "Input tokens / query", Units: "tokens", Group: GroupWorkload, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.InputTokens }},
	{Key: "output_tokens", Label: "Output tokens / query", Units: "tokens", Group: GroupWorkload, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.OutputTokens }},

	{Key: "api_input_price", Label: "API input price", Unit: Money, Units: "$/1M tokens", Group: GroupAPI, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.APIInputPrice }},
	{Key: "api_output_price", Label: "API output price", Unit: Money, Units: "$/1M tokens", Group: GroupAPI, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.APIOutputPrice }},
	{Key: "embedding_tokens", Label: "Embedding tokens / query", Units: "tokens", Group: GroupAPI, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.EmbeddingTokens }},
	{Key: "embedding_price", Label: "Embedding price", Unit: Money, Units: "$/1M tokens", Group: GroupAPI, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.EmbeddingPrice }},
	{Key: "api_fixed_monthly", Label: "API fixed costs", Unit: Money, Units: "$/month", Group: GroupAPI, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.APIFixedMonthly }},

	{Key: "gpu_hourly", Label: "GPU price", Unit: Money, Units: "$/GPU-hour", Group: GroupSelfHosted, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.GPUHourly }},
	{Key: "gpus_per_replica", Label: "GPUs / replica", Units: "GPUs", Group: GroupSelfHosted, Kind: Integer, Range: Range{Min: 1, Max: math.Inf(1)},
		int: func(s *Scenario) *int { return &s.GPUsPerReplica }},
	{Key: "replica_tokens_per_sec", Label: "Replica throughput", Units: "tokens/s", Group: GroupSelfHosted, Kind: Number,
		Range: Range{Min: 0, MinOpen: true, Max: math.Inf(1)},
		num:   func(s *Scenario) *float64 { return &s.ReplicaTokensPerSec }},
	{Key: "utilization_pct", Label: "Utilization", Unit: Percent, Units: "%", Group: GroupSelfHosted, Kind: Number,
		Range: Range{Min: 0, MinOpen: true, Max: 100},
		num:   func(s *Scenario) *float64 { return &s.UtilizationPct }},
	{Key: "min_replicas", Label: "Minimum replicas", Units: "replicas", Group: GroupSelfHosted, Kind: Integer, Range: atLeastZero,
		int: func(s *Scenario) *int { return &s.MinReplicas }},
	{Key: "build_fixed_monthly", Label: "Build fixed costs", Unit: Money, Units: "$/month", Group: GroupSelfHosted, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.BuildFixedMonthly }},

	{Key: "engineers", Label: "Engineers", Units: "FTE", Group: GroupTeam, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.Engineers }},
	{Key: "engineer_monthly_cost", Label: "Engineer cost", Unit: Money, Units: "$/FTE-month", Group: GroupTeam, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.EngineerMonthlyCost }},
	{Key: "build_months", Label: "Build time", Units: "months", Group: GroupTeam, Kind: Integer, Range: atLeastZero,
		int: func(s *Scenario) *int { return &s.BuildMonths }},
	{Key: "upfront_cost", Label: "Upfront cost", Unit: Money, Units: "$ once", Group: GroupTeam, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.UpfrontCost }},

	{Key: "api_quality_ok", Label: "API quality acceptable", Units: "yes/no", Group: GroupConstraints, Kind: Bool,
		flag: func(s *Scenario) *bool { return &s.APIQualityOK }},
	{Key: "regulated", Label: "Regulated data", Units: "yes/no", Group: GroupConstraints, Kind: Bool,
		flag: func(s *Scenario) *bool { return &s.Regulated }},
	{Key: "latency_budget_ms", Label: "Latency budget", Units: "ms (0 = none)", Group: GroupConstraints, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.LatencyBudgetMS }},
	{Key: "api_latency_ms", Label: "API latency", Units: "ms", Group: GroupConstraints, Kind: Number, Range: atLeastZero,
		num: func(s *Scenario) *float64 { return &s.APILatencyMS }},
	{Key: "proprietary_data", Label: "Proprietary data moat", Units: "yes/no", Group: GroupConstraints, Kind: Bool,
		flag: func(s *Scenario) *bool { return &s.ProprietaryData }},
	{Key: "ai_core_product", Label: "AI is the product", Units: "yes/no", Group: GroupConstraints, Kind: Bool,
		flag: func(s *Scenario) *bool { return &s.AICoreProduct }},
}

// FieldByKey returns the field with the given JSON key.
func FieldByKey(key string) (Field, bool) {
	for _, f := range Fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Value returns the field's value in s: the name as a string, numbers as
// float64, booleans as bool.
func (f Field) Value(s *Scenario) any {
	switch f.Kind {
	case Number:
		return *f.num(s)
	case Integer:
		return float64(*f.int(s))
	case Bool:
		return *f.flag(s)
	}
	return s.Name
}

// Number returns a numeric field's value in s (an Integer as float64).
// It panics for Text and Bool fields.
func (f Field) Number(s *Scenario) float64 {
	switch f.Kind {
	case Number:
		return *f.num(s)
	case Integer:
		return float64(*f.int(s))
	}
	panic("model: Number of non-numeric field " + f.Key)
}

// Bool returns a yes/no field's value in s. It panics for other kinds.
func (f Field) Bool(s *Scenario) bool {
	if f.Kind != Bool {
		panic("model: Bool of non-boolean field " + f.Key)
	}
	return *f.flag(s)
}

// CheckNumber tells whether v is a valid value of the numeric field f; the
// error says what is allowed, e.g. "utilization_pct must be > 0 and <= 100, got 140".
func (f Field) CheckNumber(v float64) error {
	switch {
	case f.Kind != Number && f.Kind != Integer:
		return fmt.Errorf("%s is not a number field", f.Key)
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fmt.Errorf("%s must be a finite number", f.Key)
	case f.Kind == Integer && v != math.Trunc(v):
		return fmt.Errorf("%s must be a whole number %s, got %s", f.Key, f.Range, formatPlain(v))
	case f.Kind == Integer && math.Abs(v) > maxInt:
		return fmt.Errorf("%s must be a whole number %s and at most %s, got %s", f.Key, f.Range, formatPlain(maxInt), formatPlain(v))
	case !f.Range.Contains(v):
		return fmt.Errorf("%s must be %s, got %s", f.Key, f.Range, formatPlain(v))
	}
	return nil
}

// maxInt bounds integer fields so that they convert to int exactly.
const maxInt = 1 << 31

// SetNumber sets the numeric field f of s to v after checking it; on error s
// is unchanged.
func (f Field) SetNumber(s *Scenario, v float64) error {
	if err := f.CheckNumber(v); err != nil {
		return err
	}
	if f.Kind == Integer {
		*f.int(s) = int(v)
	} else {
		*f.num(s) = v
	}
	return nil
}

// SetBool sets the yes/no field f of s. It panics for other kinds.
func (f Field) SetBool(s *Scenario, v bool) {
	if f.Kind != Bool {
		panic("model: SetBool of non-boolean field " + f.Key)
	}
	*f.flag(s) = v
}
