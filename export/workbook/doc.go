// Package workbook writes a scenario document as an Excel workbook: a live
// model, not a dump of numbers. SPEC.md section 7 fixes its layout:
//
//	Summary     one row per scenario: verdict, monthly costs, totals, savings, break-even
//	Inputs      one column per scenario from C, one row per input field (rows 2..26)
//	Policy      the thresholds and the horizon (rows 2..6, value in column B)
//	Projection  one row per scenario and month: queries, replicas, buy, build, cumulative
//	Charts      cumulative cost per scenario and the break-even picture
//	Sensitivity each input moved ±20%: savings at each end, whether the verdict flips, the tornado
//	Risk        Monte Carlo over the ranges (10,000 trials, seed 1): P(build cheaper), savings P10/P50/P90
//	Sources     the price catalog's dates and what each formula means
//
// Every number on Summary and Projection is a formula on Inputs and Policy,
// so an analyst who changes an input sees the costs and the verdict
// recompute. The one exception is the break-even volume, a value the app
// solves for; Sensitivity and Risk hold values the app computed at export,
// not formulas. Each formula cell also carries the value the app computed, so
// previewers that never calculate still show the right numbers, and the
// workbook asks spreadsheets to recalculate in full when they open it.
//
// Text a user typed, such as a scenario name, is always written as text,
// never as a formula.
package workbook
