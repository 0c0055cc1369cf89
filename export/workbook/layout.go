package workbook

import (
	"strconv"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/model"
)

// Sheet names, in the order the workbook shows them.
const (
	SheetSummary     = "Summary"
	SheetInputs      = "Inputs"
	SheetPolicy      = "Policy"
	SheetProjection  = "Projection"
	SheetCharts      = "Charts"
	SheetSensitivity = "Sensitivity"
	SheetRisk        = "Risk"
	SheetSources     = "Sources"
)

// SummaryHeaders are the Summary sheet's column headers, A to J (SPEC section 7).
var SummaryHeaders = []string{
	"Scenario", "Verdict", "API cost / query", "Buy / month", "Build / month",
	"Buy total", "Build total", "Savings (build − buy)",
	"Break-even queries / month", "Break-even month",
}

// ProjectionHeaders are the Projection sheet's column headers, A to H (SPEC section 7).
var ProjectionHeaders = []string{
	"Scenario", "Month", "Queries", "Replicas", "Buy", "Build",
	"Cumulative buy", "Cumulative build",
}

// Summary columns, 1-based.
const (
	sumName = iota + 1
	sumVerdict
	sumAPIPerQuery
	sumBuyMonth
	sumBuildMonth
	sumBuyTotal
	sumBuildTotal
	sumSavings
	sumBreakEvenQueries
	sumBreakEvenMonth
)

// Projection columns, 1-based.
const (
	projName = iota + 1
	projMonth
	projQueries
	projReplicas
	projBuy
	projBuild
	projCumBuy
	projCumBuild
)

// Inputs layout: labels in A, units in B, scenario i in column firstScenarioCol+i.
const (
	inputsLabelCol   = 1
	inputsUnitCol    = 2
	firstScenarioCol = 3
)

// maxScenarios is the most scenarios the Inputs sheet has columns for.
const maxScenarios = excelize.MaxColumns - firstScenarioCol + 1

// col returns the letters of a 1-based column number.
func col(n int) string {
	name, err := excelize.ColumnNumberToName(n)
	if err != nil {
		panic(err) // column numbers are bounded by maxScenarios
	}
	return name
}

// cell returns the reference of a 1-based column and row, like "C12".
func cell(column, row int) string { return col(column) + strconv.Itoa(row) }

// inputRow returns the Inputs row of the scenario field with the given key:
// field i of model.Fields is on row i+1, so the name is on row 1.
func inputRow(key string) int {
	row, ok := inputRows[key]
	if !ok {
		panic("workbook: no scenario field " + key)
	}
	return row
}

// inputRows maps each field's key to its Inputs row.
var inputRows = func() map[string]int {
	rows := make(map[string]int, len(model.Fields))
	for i, f := range model.Fields {
		rows[f.Key] = i + 1
	}
	return rows
}()

// policyRow returns the Policy row of the policy key: key i of
// model.PolicyFields is on row i+2.
func policyRow(key string) int {
	for i, f := range model.PolicyFields {
		if f.Key == key {
			return i + 2
		}
	}
	panic("workbook: no policy key " + key)
}

// summaryRow is the Summary row of scenario i (0-based).
func summaryRow(i int) int { return i + 2 }

// projectionRow is the Projection row of scenario i's month m (1-based)
// under a horizon of h months.
func projectionRow(i, m, h int) int { return 2 + i*h + m - 1 }
