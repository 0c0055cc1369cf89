package workbook

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/model"
)

// xmlEscaper escapes a formula for the raw XML of a validation rule.
var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// validateInput restricts the scenarios' values of field f, on Inputs row
// r, to what the app accepts: numbers in the field's range, whole numbers
// for counts, TRUE or FALSE for yes/no fields.
func (b *book) validateInput(f model.Field, r, n int) error {
	first := cell(firstScenarioCol, r)
	dv := excelize.NewDataValidation(false)
	dv.Sqref = first + ":" + cell(firstScenarioCol+n-1, r)
	var rule string
	switch f.Kind {
	case model.Bool:
		dv.Type = "custom"
		dv.Formula1 = xmlEscaper.Replace("ISLOGICAL(" + first + ")")
		rule = "TRUE or FALSE"
	case model.Number, model.Integer:
		if err := setRange(dv, f.Range, f.Kind == model.Integer, first); err != nil {
			return err
		}
		rule = f.Range.String()
		if f.Kind == model.Integer {
			rule = "a whole number " + rule
		}
	default:
		return nil
	}
	units := ""
	if f.Units != "" && f.Kind != model.Bool {
		units = " (" + f.Units + ")"
	}
	dv.SetInput(clip(f.Label, 32), clip(fmt.Sprintf("%s%s: %s.", f.Label, units, rule), 255))
	dv.SetError(excelize.DataValidationErrorStyleStop, clip("Invalid "+strings.ToLower(f.Label), 32),
		clip(fmt.Sprintf("%s must be %s.", f.Label, rule), 255))
	return b.f.AddDataValidation(SheetInputs, dv)
}

// setRange sets dv to accept the numbers of r, whole ones if integer;
// first is the top-left cell for a custom rule.
func setRange(dv *excelize.DataValidation, r model.Range, integer bool, first string) error {
	kind := excelize.DataValidationTypeDecimal
	if integer {
		kind = excelize.DataValidationTypeWhole
	}
	switch {
	case math.IsInf(r.Max, 1) && r.MinOpen:
		return dv.SetRange(r.Min, "", kind, excelize.DataValidationOperatorGreaterThan)
	case math.IsInf(r.Max, 1):
		return dv.SetRange(r.Min, "", kind, excelize.DataValidationOperatorGreaterThanOrEqual)
	case !r.MinOpen && !r.MaxOpen:
		return dv.SetRange(r.Min, r.Max, kind, excelize.DataValidationOperatorBetween)
	}
	lo, hi := ">=", "<="
	if r.MinOpen {
		lo = ">"
	}
	if r.MaxOpen {
		hi = "<"
	}
	dv.Type = "custom"
	dv.Formula1 = xmlEscaper.Replace(fmt.Sprintf("AND(ISNUMBER(%s),%s%s%v,%s%s%v)", first, first, lo, r.Min, first, hi, r.Max))
	return nil
}

// validatePolicy restricts the policy values to what the app accepts. The
// horizon is held at its exported value: Projection has that many months
// per scenario, so another horizon needs another export.
func (b *book) validatePolicy() error {
	for i, f := range model.PolicyFields {
		ref := cell(2, i+2)
		dv := excelize.NewDataValidation(false)
		dv.Sqref = ref
		rule := f.Range.String()
		if f.Key == "horizon_months" {
			h := b.horizon
			if err := dv.SetRange(h, h, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
				return err
			}
			dv.SetInput("Horizon", fmt.Sprintf("Projection has %d months per scenario. To project another horizon, change it in the app and export again.", h))
			dv.SetError(excelize.DataValidationErrorStyleStop, "Horizon is fixed",
				fmt.Sprintf("This workbook projects %d months per scenario. Change the horizon in the app and export again.", h))
		} else {
			if err := setRange(dv, f.Range, f.Integer, ref); err != nil {
				return err
			}
			dv.SetInput(clip(f.Label, 32), clip(fmt.Sprintf("%s (%s): %s.", f.Label, f.Units, rule), 255))
			dv.SetError(excelize.DataValidationErrorStyleStop, "Invalid policy value", clip(fmt.Sprintf("%s must be %s.", f.Label, rule), 255))
		}
		if err := b.f.AddDataValidation(SheetPolicy, dv); err != nil {
			return err
		}
	}
	return nil
}

// clip shortens s to at most n characters, as validation messages must be.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
