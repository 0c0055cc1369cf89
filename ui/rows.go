package ui

import "buildvsbuy/model"

// RowKind tells what a row of the grid holds.
type RowKind int

// The kinds of grid rows, top to bottom.
const (
	HeaderRow  RowKind = iota // the scenario names; editing one renames
	SectionRow                // a group heading, not selectable
	InputRow                  // one input of SPEC section 1
	ResultRow                 // a computed, read-only figure
)

// Measure names one computed figure of a scenario shown below the inputs.
type Measure int

// The computed rows, in grid order.
const (
	MeasureVerdict Measure = iota
	MeasureAPIPerQuery
	MeasureBuyMonth
	MeasureBuildMonth
	MeasureBuyTotal
	MeasureBuildTotal
	MeasureSavings
	MeasureBreakEvenQueries
	MeasureBreakEvenMonth
)

// Row is one row of the grid: its kind, its label and units, and what it
// shows — an input field (an index into model.Fields) or a computed measure.
type Row struct {
	Kind    RowKind
	Label   string
	Units   string
	Field   int // index into model.Fields for HeaderRow and InputRow, else -1
	Measure Measure
}

// ResultsHeading is the label of the section heading above the computed rows.
const ResultsHeading = "Results"

// gridRows lays out the grid: the header of names, then each group of inputs
// under its heading, then the computed rows under "Results".
func gridRows() []Row {
	rows := []Row{{Kind: HeaderRow, Label: "Scenario", Field: 0}}
	var group model.Group
	for i, f := range model.Fields {
		if i == 0 {
			continue
		}
		if f.Group != group {
			group = f.Group
			rows = append(rows, Row{Kind: SectionRow, Label: string(group), Field: -1})
		}
		rows = append(rows, Row{Kind: InputRow, Label: f.Label, Units: f.Units, Field: i})
	}
	rows = append(rows, Row{Kind: SectionRow, Label: ResultsHeading, Field: -1})
	for _, r := range []Row{
		{Label: "Verdict", Measure: MeasureVerdict},
		{Label: "API cost / query", Units: "$/query", Measure: MeasureAPIPerQuery},
		{Label: "Buy / month", Units: "$ month 1", Measure: MeasureBuyMonth},
		{Label: "Build / month", Units: "$ when live", Measure: MeasureBuildMonth},
		{Label: "Buy total", Units: "$ horizon", Measure: MeasureBuyTotal},
		{Label: "Build total", Units: "$ horizon", Measure: MeasureBuildTotal},
		{Label: "Savings (build − buy)", Units: "$ horizon", Measure: MeasureSavings},
		{Label: "Break-even volume", Units: "queries/month", Measure: MeasureBreakEvenQueries},
		{Label: "Break-even month", Units: "month", Measure: MeasureBreakEvenMonth},
	} {
		r.Kind, r.Field = ResultRow, -1
		rows = append(rows, r)
	}
	return rows
}
