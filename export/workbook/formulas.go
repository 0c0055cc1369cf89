package workbook

import (
	"fmt"
	"strconv"
	"strings"

	"buildvsbuy/model"
)

// The formulas below restate SPEC section 3 and model/compute.go in
// spreadsheet terms, operation for operation in the same order, so that a
// spreadsheet engine computes the same floating-point values as the app.

// scenarioRefs builds formula text for one scenario: absolute references to
// its column on Inputs and to the Policy values. The parts every month's
// formulas share are built once.
type scenarioRefs struct {
	refs                                             []string // "Inputs!$C$2" and so on, by Inputs row - 1
	perMillion, capacityRef, replicaCostRef, teamRef string
}

// newScenarioRefs returns the formula builder of the scenario in column
// (letters) of Inputs.
func newScenarioRefs(column string) scenarioRefs {
	s := scenarioRefs{refs: make([]string, len(model.Fields))}
	for i := range model.Fields {
		s.refs[i] = SheetInputs + "!$" + column + "$" + strconv.Itoa(i+1)
	}
	s.perMillion = s.apiPerMillion()
	s.capacityRef = s.capacity()
	s.replicaCostRef = s.replicaCost()
	s.teamRef = s.team()
	return s
}

// in returns the absolute reference to the scenario's value of a field,
// e.g. "Inputs!$C$2" for queries_per_month.
func (s scenarioRefs) in(key string) string { return s.refs[inputRow(key)-1] }

// policy returns the absolute reference to a policy value, e.g. "Policy!$B$2".
func policy(key string) string {
	return fmt.Sprintf("%s!$B$%d", SheetPolicy, policyRow(key))
}

// apiPerMillion is the API cost of a million queries: tokens at API prices
// plus embeddings (model.Costs.APIPerMillion).
func (s scenarioRefs) apiPerMillion() string {
	return "(" + s.in("input_tokens") + "*" + s.in("api_input_price") +
		"+" + s.in("output_tokens") + "*" + s.in("api_output_price") +
		"+" + s.in("embedding_tokens") + "*" + s.in("embedding_price") + ")"
}

// apiPerQuery is the API cost of one query.
func (s scenarioRefs) apiPerQuery() string { return s.perMillion + "/1000000" }

// buy is the monthly cost of calling the API for q queries (model.Costs.Buy).
func (s scenarioRefs) buy(q string) string {
	return q + "*" + s.perMillion + "/1000000+" + s.in("api_fixed_monthly")
}

// capacity is the tokens one replica serves in a month at planned utilization.
func (s scenarioRefs) capacity() string {
	return fmt.Sprintf("(%s*3600*%d*%s/100)", s.in("replica_tokens_per_sec"), model.HoursPerMonth, s.in("utilization_pct"))
}

// replicas is the replicas needed for q queries a month: the ceiling with a
// 1e-9 tolerance, written -INT(-x) because Excel's CEILING misbehaves for
// negative numbers, and never fewer than the minimum (model.Costs.Replicas).
func (s scenarioRefs) replicas(q string) string {
	return "MAX(" + s.in("min_replicas") + ",-INT(-(" + q + "*(" + s.in("input_tokens") + "+" + s.in("output_tokens") + ")/" +
		s.capacityRef + "-1E-9)))"
}

// replicaCost is the cost of one replica-month.
func (s scenarioRefs) replicaCost() string {
	return fmt.Sprintf("(%s*%s*%d)", s.in("gpus_per_replica"), s.in("gpu_hourly"), model.HoursPerMonth)
}

// team is the monthly cost of the engineers.
func (s scenarioRefs) team() string { return s.in("engineers") + "*" + s.in("engineer_monthly_cost") }

// live is the monthly cost of the self-hosted stack, once live, at the
// volume that the formula replicas stands for (model.Costs.Live).
func (s scenarioRefs) live(replicas string) string {
	return replicas + "*" + s.replicaCostRef + "+" + s.in("build_fixed_monthly") + "+" + s.teamRef
}

// projectionFormulas returns the formulas of Projection row r, month m
// (1-based), indexed by column, Month to Cumulative build.
func (s scenarioRefs) projectionFormulas(r, m int) [projCumBuild + 1]string {
	ref := func(column, row int) string { return cell(column, row) }
	month, q, rep, buy := ref(projMonth, r), ref(projQueries, r), ref(projReplicas, r), ref(projBuy, r)
	var f [projCumBuild + 1]string
	at := func(column int, formula string) { f[column] = formula }

	if m == 1 {
		at(projMonth, "1")
		at(projCumBuy, buy)
		at(projCumBuild, ref(projBuild, r))
	} else {
		at(projMonth, ref(projMonth, r-1)+"+1")
		at(projCumBuy, ref(projCumBuy, r-1)+"+"+buy)
		at(projCumBuild, ref(projCumBuild, r-1)+"+"+ref(projBuild, r))
	}
	at(projQueries, s.in("queries_per_month")+"*(1+"+s.in("growth_pct")+"/100)^("+month+"-1)")
	at(projReplicas, "IF("+month+"<="+s.in("build_months")+",0,"+s.replicas(q)+")")
	at(projBuy, s.buy(q))
	at(projBuild, "IF("+month+"<="+s.in("build_months")+","+buy+"+"+s.teamRef+","+s.live(rep)+")+IF("+
		month+"=1,"+s.in("upfront_cost")+",0)")
	return f
}

// summaryFormulas returns the formulas of Summary row r for a scenario whose
// projection fills Projection rows first..last. The break-even volume, a
// value, has no formula. The result is indexed by column.
func (s scenarioRefs) summaryFormulas(r, first, last int) [sumBreakEvenMonth + 1]string {
	ref := func(column int) string { return cell(column, r) }
	projRange := func(column int) string {
		return fmt.Sprintf("%s!$%s$%d:$%s$%d", SheetProjection, col(column), first, col(column), last)
	}
	breakEvenMonth := fmt.Sprintf(`IFERROR(SUMPRODUCT(MATCH(1,--(%s<=%s),0)),"")`, projRange(projCumBuild), projRange(projCumBuy))
	if first == last {
		// MATCH wants a range of more than one cell in gnumeric.
		breakEvenMonth = fmt.Sprintf(`IF(%s!$%s$%d<=%s!$%s$%d,1,"")`,
			SheetProjection, col(projCumBuild), first, SheetProjection, col(projCumBuy), first)
	}
	return [sumBreakEvenMonth + 1]string{
		sumVerdict:     s.verdict(ref(sumBuyMonth), ref(sumBuyTotal), ref(sumBuildTotal)),
		sumAPIPerQuery: s.apiPerQuery(),
		sumBuyMonth:    s.buy(s.in("queries_per_month")),
		sumBuildMonth:  s.live(s.replicas(s.in("queries_per_month"))),
		sumBuyTotal:    fmt.Sprintf("%s!$%s$%d", SheetProjection, col(projCumBuy), last),
		sumBuildTotal:  fmt.Sprintf("%s!$%s$%d", SheetProjection, col(projCumBuild), last),
		sumSavings:     ref(sumBuildTotal) + "-" + ref(sumBuyTotal),
		// The first month whose cumulative build is at or below the
		// cumulative buy. SUMPRODUCT makes MATCH see the comparison as an
		// array in Excel, LibreOffice and gnumeric alike, with no
		// array-formula entry and no dynamic arrays; no month gives #N/A,
		// shown blank.
		sumBreakEvenMonth: breakEvenMonth,
	}
}

// verdict returns the formula of SPEC section 4's rules, given the cells
// holding buy_month1, buy_total and build_total.
func (s scenarioRefs) verdict(buyMonth1, buyTotal, buildTotal string) string {
	latency, apiLatency := s.in("latency_budget_ms"), s.in("api_latency_ms")
	var b strings.Builder
	fmt.Fprintf(&b, `IF(OR(NOT(%s),%s,AND(%s>0,%s<%s)),"%s",`,
		s.in("api_quality_ok"), s.in("regulated"), latency, latency, apiLatency, model.BuildRequired)
	fmt.Fprintf(&b, `IF(%s<=%s,"%s",`, buyMonth1, policy("buy_below_monthly"), model.Buy)
	fmt.Fprintf(&b, `IF(%s<%s,"%s",`, buildTotal, buyTotal, model.Build)
	fmt.Fprintf(&b, `IF(OR(%s,%s),"%s","%s"))))`,
		s.in("ai_core_product"), s.in("proprietary_data"), model.ConsiderBuild, model.Buy)
	return b.String()
}

// breakEvenInputs are the inputs the break-even volume depends on: the
// costs per query and per replica, and the fixed costs on either side.
var breakEvenInputs = []string{
	"input_tokens", "output_tokens", "api_input_price", "api_output_price",
	"embedding_tokens", "embedding_price", "api_fixed_monthly", "gpu_hourly",
	"gpus_per_replica", "replica_tokens_per_sec", "utilization_pct", "min_replicas",
	"build_fixed_monthly", "engineers", "engineer_monthly_cost",
}

// staleBreakEven is the text the break-even volume shows once an input it
// depends on differs from the exported value.
const staleBreakEven = "inputs changed: export again"

// breakEvenVolume returns the formula of the break-even volume cell. The
// volume is solved by the app (model.Costs.BreakEven), not by a formula, so
// the cell keeps the exported value (blank for none) only while every input
// it depends on is as exported; after an edit it says so instead of showing
// a figure that no longer holds.
func (s scenarioRefs) breakEvenVolume(sc *model.Scenario, volume *float64) string {
	conds := make([]string, len(breakEvenInputs))
	for i, key := range breakEvenInputs {
		f, _ := model.FieldByKey(key)
		v := numberLiteral(f.Number(sc))
		conds[i] = fmt.Sprintf("ABS(%s-%s)<=1E-9*MAX(1,ABS(%s))", s.in(key), v, v)
	}
	value := `""`
	if volume != nil {
		value = numberLiteral(*volume)
	}
	return fmt.Sprintf(`IF(AND(%s),%s,"%s")`, strings.Join(conds, ","), value, staleBreakEven)
}

// numberLiteral writes v as a spreadsheet formula reads it back exactly.
func numberLiteral(v float64) string {
	return strings.ToUpper(strconv.FormatFloat(v, 'g', -1, 64))
}
