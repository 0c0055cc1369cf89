package model_test

import (
	"math"
	"strings"
	"testing"

	"buildvsbuy/model"
)

// verdictBase is a scenario whose numbers are exact in binary:
//
//	api_per_query = 1000*2/1e6 = 0.002; buy = 5,000,000*0.002 = $10,000/month
//	capacity = 1000*3600*730*0.5 = 1,314,000,000 tokens; 5,000,000*1,000 = 5e9
//	tokens -> 3.8 -> 4 replicas at 1*1*730 = $730: build = $2,920/month
//	over 12 months: buy $120,000, build $35,040; building saves $84,960.
func verdictBase() model.Scenario {
	return model.Scenario{
		Name:            "base",
		QueriesPerMonth: 5_000_000, InputTokens: 1000, APIInputPrice: 2,
		GPUHourly: 1, GPUsPerReplica: 1, ReplicaTokensPerSec: 1000, UtilizationPct: 50, MinReplicas: 1,
		APIQualityOK: true, APILatencyMS: 1500,
	}
}

func TestVerdictRules(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(s *model.Scenario, p *model.Policy)
		verdict model.Verdict
		rule    int
		reasons []string // phrases that must appear
		absent  []string // phrases that must not
	}{
		{
			name:    "API quality not acceptable",
			edit:    func(s *model.Scenario, p *model.Policy) { s.APIQualityOK = false },
			verdict: model.BuildRequired, rule: 1,
			reasons: []string{"Self-hosting is required: the API cannot serve because its output quality is not acceptable for this use case.",
				"For the record, over 12 months self-hosting costs $35,040 against $120,000 for the API: building saves $84,960."},
			absent: []string{"regulated", "latency budget", "Buy:"},
		},
		{
			name:    "regulated data",
			edit:    func(s *model.Scenario, p *model.Policy) { s.Regulated = true },
			verdict: model.BuildRequired, rule: 1,
			reasons: []string{"the API cannot serve because the data is regulated and may not leave your environment."},
			absent:  []string{"quality", "latency budget"},
		},
		{
			name:    "latency budget below the API's latency",
			edit:    func(s *model.Scenario, p *model.Policy) { s.LatencyBudgetMS = 800 },
			verdict: model.BuildRequired, rule: 1,
			reasons: []string{"the API cannot serve because the latency budget of 800 ms is below the API's typical 1,500 ms."},
			absent:  []string{"quality", "regulated"},
		},
		{
			name: "every cause at once",
			edit: func(s *model.Scenario, p *model.Policy) {
				s.APIQualityOK, s.Regulated, s.LatencyBudgetMS = false, true, 800
			},
			verdict: model.BuildRequired, rule: 1,
			reasons: []string{"because its output quality is not acceptable for this use case, the data is regulated and may not leave your environment and the latency budget of 800 ms is below the API's typical 1,500 ms."},
		},
		{
			name: "required even though the API is cheap and building dearer",
			edit: func(s *model.Scenario, p *model.Policy) {
				s.Regulated, s.GPUHourly, p.BuyBelowMonthly = true, 100, 1e6
			},
			verdict: model.BuildRequired, rule: 1,
			reasons: []string{"buying saves"},
		},
		{
			name:    "latency budget 0 is no requirement",
			edit:    func(s *model.Scenario, p *model.Policy) { s.LatencyBudgetMS, s.APILatencyMS = 0, 99_999 },
			verdict: model.Buy, rule: 2,
			reasons: []string{"The API can serve: its quality is acceptable, the data is not regulated, and there is no latency requirement."},
		},
		{
			name:    "latency budget equal to the API's latency fits",
			edit:    func(s *model.Scenario, p *model.Policy) { s.LatencyBudgetMS = 1500 },
			verdict: model.Buy, rule: 2,
			reasons: []string{"its typical 1,500 ms fits the 1,500 ms latency budget"},
		},
		{
			name:    "buy_month1 exactly at buy_below_monthly buys",
			edit:    func(s *model.Scenario, p *model.Policy) {},
			verdict: model.Buy, rule: 2,
			reasons: []string{"Buy: the API costs $10,000 in month 1, within the $10,000/month buy threshold."},
			absent:  []string{"Build:", "Consider"},
		},
		{
			name:    "cheap API buys even when building is cheaper and strategic",
			edit:    func(s *model.Scenario, p *model.Policy) { s.AICoreProduct, s.ProprietaryData = true, true },
			verdict: model.Buy, rule: 2,
		},
		{
			name:    "a cent over the threshold and building cheaper builds",
			edit:    func(s *model.Scenario, p *model.Policy) { p.BuyBelowMonthly = 9999.99 },
			verdict: model.Build, rule: 3,
			reasons: []string{"The API costs $10,000 in month 1, above the $10,000/month buy threshold, so cost decides.",
				"Build: over 12 months self-hosting costs $35,040 against $120,000 for the API: building saves $84,960."},
		},
		{
			name: "cheaper building beats strategy",
			edit: func(s *model.Scenario, p *model.Policy) {
				p.BuyBelowMonthly, s.AICoreProduct, s.ProprietaryData = 5000, true, true
			},
			verdict: model.Build, rule: 3,
			absent: []string{"Consider"},
		},
		{
			// Still building all year, no team: build(m) = buy(m), so the
			// totals are equal to the cent, and equal is not cheaper.
			name:    "build_total equal to buy_total is not BUILD",
			edit:    func(s *model.Scenario, p *model.Policy) { s.BuildMonths, p.BuyBelowMonthly = 12, 5000 },
			verdict: model.Buy, rule: 5,
			reasons: []string{"Over 12 months self-hosting costs $120,000 against $120,000 for the API: they cost the same.",
				"Buy: the model is not the product and there is no proprietary data moat, so nothing else favours building."},
		},
		{
			name: "equal totals, AI is the product",
			edit: func(s *model.Scenario, p *model.Policy) {
				s.BuildMonths, p.BuyBelowMonthly, s.AICoreProduct = 12, 5000, true
			},
			verdict: model.ConsiderBuild, rule: 4,
			reasons: []string{"Consider building: the model itself is what customers buy, though cost alone does not justify it yet."},
		},
		{
			// 4 replicas at 1*100*730 = $73,000: $292,000/month against $10,000.
			name: "building dearer, proprietary data",
			edit: func(s *model.Scenario, p *model.Policy) {
				s.GPUHourly, p.BuyBelowMonthly, s.ProprietaryData = 100, 5000, true
			},
			verdict: model.ConsiderBuild, rule: 4,
			reasons: []string{"Consider building: proprietary data is a moat worth training on, though cost alone does not justify it yet."},
		},
		{
			name: "building dearer, both strategic reasons",
			edit: func(s *model.Scenario, p *model.Policy) {
				s.GPUHourly, p.BuyBelowMonthly, s.ProprietaryData, s.AICoreProduct = 100, 5000, true, true
			},
			verdict: model.ConsiderBuild, rule: 4,
			reasons: []string{"Consider building: the model itself is what customers buy and proprietary data is a moat worth training on"},
		},
		{
			name:    "building dearer, nothing strategic",
			edit:    func(s *model.Scenario, p *model.Policy) { s.GPUHourly, p.BuyBelowMonthly = 100, 5000 },
			verdict: model.Buy, rule: 5,
			reasons: []string{"Over 12 months self-hosting costs $3,504,000 against $120,000 for the API: buying saves $3,384,000.",
				"Buy: the model is not the product"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, p := verdictBase(), model.DefaultPolicy()
			tt.edit(&s, &p)
			r := model.EvaluateScenario(s, p)
			if r.Verdict != tt.verdict || r.DecidingRule() != tt.rule {
				t.Errorf("verdict %s by rule %d, want %s by rule %d", r.Verdict, r.DecidingRule(), tt.verdict, tt.rule)
			}
			reasons := strings.Join(r.Reasons(), "\n")
			for _, want := range tt.reasons {
				if !strings.Contains(reasons, want) {
					t.Errorf("reasons lack %q:\n%s", want, reasons)
				}
			}
			for _, not := range tt.absent {
				if strings.Contains(reasons, not) {
					t.Errorf("reasons should not mention %q:\n%s", not, reasons)
				}
			}
		})
	}
}

// Flags add notes to the reasons and never change the verdict.
func TestFlagNotes(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(s *model.Scenario, p *model.Policy)
		check func(f model.Flags) bool
		note  string // "" when no flag note may appear
	}{
		{
			name:  "revisit below the threshold",
			edit:  func(s *model.Scenario, p *model.Policy) { p.RevisitBelowMonthly = 20000 },
			check: func(f model.Flags) bool { return f.Revisit },
			note:  "The API costs under $20,000/month: ship with it and revisit at 10x volume (50,000,000 queries/month).",
		},
		{
			name:  "buy_month1 equal to the revisit threshold is not under it",
			edit:  func(s *model.Scenario, p *model.Policy) { p.RevisitBelowMonthly = 10000 },
			check: func(f model.Flags) bool { return !f.Revisit },
			note:  "",
		},
		{
			// 5,000,000 doubling each month: 5M, 10M, 20M, 40M -> month 4.
			name: "plan for scale from the month volume reaches it",
			edit: func(s *model.Scenario, p *model.Policy) { s.GrowthPct, p.PlanScaleQueries = 100, 40_000_000 },
			check: func(f model.Flags) bool {
				return f.PlanForScaleMonth != nil && *f.PlanForScaleMonth == 4
			},
			note: "Plan for scale: volume reaches 40,000,000 queries/month in month 4.",
		},
		{
			// 5M*2^11 = 10.24e9 < 20e9: not within 12 months.
			name:  "plan for scale beyond the horizon",
			edit:  func(s *model.Scenario, p *model.Policy) { s.GrowthPct, p.PlanScaleQueries = 100, 20e9 },
			check: func(f model.Flags) bool { return f.PlanForScaleMonth == nil },
			note:  "",
		},
		{
			name:  "true scale at exactly the threshold",
			edit:  func(s *model.Scenario, p *model.Policy) { p.TrueScaleQueries = 5_000_000 },
			check: func(f model.Flags) bool { return f.TrueScale },
			note:  "True scale: 5,000,000 queries/month is at or above 5,000,000.",
		},
		{
			name:  "one query short of true scale",
			edit:  func(s *model.Scenario, p *model.Policy) { p.TrueScaleQueries = 5_000_001 },
			check: func(f model.Flags) bool { return !f.TrueScale },
			note:  "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The base plans for scale from month 1 under the default policy;
			// move that threshold out of reach unless the case sets it.
			s, p := verdictBase(), model.DefaultPolicy()
			p.PlanScaleQueries = 1e15
			quiet := model.EvaluateScenario(s, p)
			tt.edit(&s, &p)
			r := model.EvaluateScenario(s, p)
			if !tt.check(r.Flags) {
				t.Errorf("flags = %+v", r.Flags)
			}
			reasons := strings.Join(r.Reasons(), "\n")
			if tt.note != "" && !strings.Contains(reasons, tt.note) {
				t.Errorf("reasons lack %q:\n%s", tt.note, reasons)
			}
			for _, phrase := range []string{"Plan for scale", "True scale", "revisit at 10x"} {
				if tt.note == "" && strings.Contains(reasons, phrase) {
					t.Errorf("reasons note %q with no flag set:\n%s", phrase, reasons)
				}
			}
			if r.Verdict != quiet.Verdict || r.DecidingRule() != quiet.DecidingRule() {
				t.Errorf("verdict %s (rule %d), without the flag %s (rule %d)", r.Verdict, r.DecidingRule(), quiet.Verdict, quiet.DecidingRule())
			}
		})
	}
}

// Replicas must not round an exact multiple of a replica's capacity up
// through floating-point error (SPEC section 3: tolerance 1e-9).
func TestReplicasExactMultiple(t *testing.T) {
	tests := []struct {
		name          string
		tps, util     float64
		in, out       float64
		queries       float64
		want          float64
		naiveRoundsUp bool // math.Ceil on the float quotient gives want+1
	}{
		// capacity = 0.3*3600*730*0.33 = 260,172 tokens; 7 replicas serve
		// 1,821,204 tokens = 520.344 queries of 3,500 tokens. In floats
		// 520.344*3500/capacity = 7.000000000000001.
		{"7 replicas exactly, float lands above", 0.3, 33, 2000, 1500, 520.344, 7, true},
		// capacity = 0.1*3600*730*0.07 = 18,396; 7*18,396/1,800 = 71.54 queries.
		{"7 replicas exactly, small throughput", 0.1, 7, 1500, 300, 71.54, 7, true},
		// 2 replicas of 3,285,000,000 tokens at 1,800 tokens a query.
		{"2 replicas exactly", 2500, 50, 1500, 300, 3_650_000, 2, false},
		{"a thousandth of a query more needs another replica", 0.3, 33, 2000, 1500, 520.345, 8, false},
		{"a thousandth less still needs 7", 0.3, 33, 2000, 1500, 520.343, 7, false},
		{"a millionth over needs another", 2500, 50, 1500, 300, 3_650_000 * (1 + 1e-6), 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := verdictBase()
			s.ReplicaTokensPerSec, s.UtilizationPct = tt.tps, tt.util
			s.InputTokens, s.OutputTokens = tt.in, tt.out
			s.QueriesPerMonth, s.MinReplicas = tt.queries, 0
			c := model.CostsOf(&s)
			if naive := math.Ceil(tt.queries*c.TokensPerQuery/c.Capacity) == tt.want+1; naive != tt.naiveRoundsUp {
				t.Fatalf("the case no longer exercises rounding: plain ceil gives %v", math.Ceil(tt.queries*c.TokensPerQuery/c.Capacity))
			}
			if got := c.Replicas(tt.queries); got != tt.want {
				t.Errorf("Replicas(%v) = %v, want %v", tt.queries, got, tt.want)
			}
			r := model.EvaluateScenario(s, model.DefaultPolicy())
			if got := r.Months[0].Replicas; got != tt.want {
				t.Errorf("month 1 replicas = %v, want %v", got, tt.want)
			}
			// 730 $/replica-month, nothing fixed.
			if want := tt.want * 730; !near(r.BuildSteadyMonth1, want, centTol) {
				t.Errorf("build_steady_month1 = %v, want %v", r.BuildSteadyMonth1, want)
			}
		})
	}
}

func TestReplicasMinimum(t *testing.T) {
	c := model.Costs{TokensPerQuery: 1000, Capacity: 1e6, MinReplicas: 3}
	for _, tt := range []struct {
		q, want float64
	}{{0, 3}, {1, 3}, {3000, 3}, {3001, 4}, {10_000, 10}} {
		if got := c.Replicas(tt.q); got != tt.want {
			t.Errorf("Replicas(%v) with minimum 3 = %v, want %v", tt.q, got, tt.want)
		}
	}
	// A quotient that lands a hair above a whole number is that number.
	unit := model.Costs{TokensPerQuery: 1, Capacity: 1}
	for _, tt := range []struct {
		q, want float64
	}{{3 + 1e-12, 3}, {3 - 1e-12, 3}, {3 + 1e-6, 4}} {
		if got := unit.Replicas(tt.q); got != tt.want {
			t.Errorf("Replicas(%v) at one query per replica = %v, want %v", tt.q, got, tt.want)
		}
	}
	c.MinReplicas = 0
	if got := c.Replicas(0); got != 0 || math.Signbit(got) {
		t.Errorf("Replicas(0) with no minimum = %v, want 0", got)
	}
}

// break_even_month is the first month whose cumulative build cost is at or
// below the cumulative buy cost; the base buys at $10,000 and builds at
// $2,920 a month from month 1.
func TestBreakEvenMonth(t *testing.T) {
	tests := []struct {
		name string
		edit func(s *model.Scenario)
		want *int
	}{
		{"cheaper from month 1", func(s *model.Scenario) {}, ip(1)},
		// building all year with no team: build(m) = buy(m), equal from month 1
		{"equal cumulative costs count", func(s *model.Scenario) { s.BuildMonths = 12 }, ip(1)},
		// 2,920m + 21,000 <= 10,000m from m = 2.97: month 3
		{"upfront cost paid back in month 3", func(s *model.Scenario) { s.UpfrontCost = 21000 }, ip(3)},
		// 2,920*3 + 21,240 = 30,000 = 10,000*3: a tie in month 3
		{"paid back to the cent in month 3", func(s *model.Scenario) { s.UpfrontCost = 21240 }, ip(3)},
		// one cent more: month 4
		{"a cent short in month 3", func(s *model.Scenario) { s.UpfrontCost = 21240.01 }, ip(4)},
		// 4 replicas at $73,000 a month never pay back
		{"never", func(s *model.Scenario) { s.GPUHourly = 100 }, nil},
		// saving 7,080 a month pays 100,000 back in month 15, after the horizon
		{"paid back after the horizon", func(s *model.Scenario) { s.UpfrontCost = 100000 }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := verdictBase()
			tt.edit(&s)
			r := model.EvaluateScenario(s, model.DefaultPolicy())
			checkIntPtr(t, "break_even_month", r.BreakEvenMonth, tt.want)
		})
	}
}
