package workbook

import (
	"context"
	"fmt"
	"unicode/utf8"

	"buildvsbuy/model"
)

// The Monte Carlo run of the Risk sheet: fixed, so that exporting the same
// document twice gives the same figures.
const (
	RiskTrials = model.DefaultTrials // 10,000
	RiskSeed   = 1
)

// maxSimulated is the most scenarios with ranges the Risk sheet simulates,
// in document order; each takes RiskTrials projections of the horizon.
const maxSimulated = maxCharted

// RiskHeaders are the Risk sheet's column headers, A to I, on riskHeaderRow.
var RiskHeaders = []string{
	"Scenario", "Ranges", "Trials", "Seed", "P(build cheaper)",
	"Savings P10", "Savings P50", "Savings P90", "Verdict",
}

// RangeHeaders are the headers of the Risk sheet's table of ranges, A to F.
var RangeHeaders = []string{"Scenario", "Input", "Unit", "Low", "Likely", "High"}

// riskWidths are the Risk column widths, A to I, in characters; A widens
// to the longest scenario name.
var riskWidths = []float64{34, 26, 12, 10, 16, 15, 15, 15, 16}

// Risk layout: a title, a note, a blank row, the header and one row per
// scenario; then a blank row, the title of the ranges, their header and one
// row per estimate.
const riskHeaderRow = 4

// riskRow is the Risk row of scenario i (0-based).
func riskRow(i int) int { return riskHeaderRow + 1 + i }

// rangesHeaderRow is the header row of the table of ranges under n scenarios.
func rangesHeaderRow(n int) int { return riskRow(n) + 2 }

// writeRisk writes the Risk sheet: for each scenario with ranges,
// model.Simulate's summary of RiskTrials trials with RiskSeed, and every
// range the document holds.
func (b *book) writeRisk() error {
	const sheet = SheetRisk
	f := b.f
	widths := append([]float64(nil), riskWidths...)
	for _, s := range b.doc.Scenarios {
		widths[0] = max(widths[0], min(float64(utf8.RuneCountInString(s.Name))+2, 48))
	}
	for i, w := range widths {
		if err := f.SetColWidth(sheet, col(i+1), col(i+1), w); err != nil {
			return err
		}
	}
	note := fmt.Sprintf("For each scenario with ranges, a Monte Carlo simulation of %s trials with seed %d: in each trial every input with a range is drawn "+
		"from the triangular distribution of its low, likely and high values, the other inputs as they are. The fixed seed and number of trials make "+
		"every export of the same document show the same figures. P(build cheaper) is the share of trials whose build total is below the buy total; "+
		"savings = build total − buy total over %s, at the 10th, 50th and 90th percentiles of the trials. "+
		"Values computed by the app at export, not formulas: they do not recompute when inputs change.",
		model.FormatCount(RiskTrials), RiskSeed, months(b.horizon))
	if err := setText(f, sheet, "A1", "Risk: how likely building is cheaper, given the ranges", b.st.title); err != nil {
		return err
	}
	if err := setText(f, sheet, "A2", note, b.st.note); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, "A2", "I2"); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 2, 15*float64(wrappedLines(note, 150*charsPerWidth))+3); err != nil {
		return err
	}
	if err := b.header(sheet, riskHeaderRow, RiskHeaders); err != nil {
		return err
	}
	simulated := 0
	for i := range b.doc.Scenarios {
		s := &b.doc.Scenarios[i]
		row := riskRow(i)
		if err := setText(f, sheet, cell(1, row), s.Name, b.st.label); err != nil {
			return err
		}
		if err := setText(f, sheet, cell(9, row), string(b.results[i].Verdict), b.st.verdict); err != nil {
			return err
		}
		var status string
		switch n := s.Ranges.Len(); {
		case n == 0:
			status = "no ranges set"
		case simulated == maxSimulated:
			status = fmt.Sprintf("not simulated: the export simulates the first %d scenarios with ranges", maxSimulated)
		default:
			simulated++
			if err := b.writeSimulation(row, s); err != nil {
				return err
			}
			status = plural(n, "input")
		}
		if err := setText(f, sheet, cell(2, row), status, b.st.text); err != nil {
			return err
		}
	}
	if err := b.writeRanges(rangesHeaderRow(len(b.doc.Scenarios))); err != nil {
		return err
	}
	if err := b.printSetup(sheet, true); err != nil {
		return err
	}
	if err := b.fitToPage(sheet); err != nil {
		return err
	}
	return b.fitWidth(sheet)
}

// writeSimulation simulates s and writes its summary into columns C to H
// of row.
func (b *book) writeSimulation(row int, s *model.Scenario) error {
	u, err := model.Simulate(context.Background(), *s, b.doc.Policy, model.SimulateOptions{Trials: RiskTrials, Seed: RiskSeed})
	if err != nil {
		return fmt.Errorf("simulation of %q: %w", s.Name, err)
	}
	for c, v := range []struct {
		value any
		style int
	}{
		{u.Trials, b.st.valueCount}, {RiskSeed, b.st.valueCount}, {u.PBuildCheaper, b.st.valueShare},
		{u.SavingsP10, b.st.money}, {u.SavingsP50, b.st.money}, {u.SavingsP90, b.st.money},
	} {
		ref := cell(c+3, row)
		if err := setValue(b.f, SheetRisk, ref, v.value, v.style); err != nil {
			return err
		}
	}
	return nil
}

// writeRanges writes the table of every range of every scenario, in
// document and input order, under its title, header at row header.
func (b *book) writeRanges(header int) error {
	const sheet = SheetRisk
	f := b.f
	if err := setText(f, sheet, cell(1, header-1), "Ranges: three-point estimates of the inputs", b.st.bold); err != nil {
		return err
	}
	if err := b.header(sheet, header, RangeHeaders); err != nil {
		return err
	}
	row := header + 1
	for i := range b.doc.Scenarios {
		s := &b.doc.Scenarios[i]
		for _, key := range s.Ranges.Keys() {
			e, _ := s.Ranges.Get(key)
			field, _ := model.FieldByKey(key)
			for c, t := range []struct {
				text  string
				style int
			}{{s.Name, b.st.text}, {field.Label, b.st.label}, {field.Units, b.st.unit}} {
				if err := setText(f, sheet, cell(c+1, row), t.text, t.style); err != nil {
					return err
				}
			}
			style := b.inputValueStyle(field, e.Low, e.Likely, e.High)
			for c, v := range []float64{e.Low, e.Likely, e.High} {
				ref := cell(c+4, row)
				if err := setValue(f, sheet, ref, v, style); err != nil {
					return err
				}
			}
			row++
		}
	}
	if row == header+1 {
		return setText(f, sheet, cell(1, row), "No scenario has ranges: set them in the app (low, likely and high values of an input).", b.st.note)
	}
	return nil
}

// header writes a row of column headers, the first left-aligned.
func (b *book) header(sheet string, row int, headers []string) error {
	for c, h := range headers {
		style := b.st.header
		if c == 0 {
			style = b.st.headerLeft
		}
		if err := setText(b.f, sheet, cell(c+1, row), h, style); err != nil {
			return err
		}
	}
	return b.f.SetRowHeight(sheet, row, 30)
}

// plural says "1 input" or "3 inputs".
func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
