package workbook

import (
	"fmt"
	"image/color"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

// hexColor returns c as the RRGGBB text excelize takes.
func hexColor(c color.NRGBA) string { return fmt.Sprintf("%02X%02X%02X", c.R, c.G, c.B) }

// colourVerdicts colours the verdict cells of a column, rows first to last,
// as the app does, through conditional formatting: a verdict that
// recomputes to another value takes that value's colour.
func (b *book) colourVerdicts(sheet string, column, first, last int) error {
	top := cell(column, first)
	var rules []excelize.ConditionalFormatOptions
	for _, v := range model.Verdicts {
		style, err := b.f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Bold: true, Color: hexColor(chart.VerdictTextColor(v))},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{hexColor(chart.VerdictColor(v))}},
		})
		if err != nil {
			return err
		}
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "formula", Criteria: fmt.Sprintf(`%s="%s"`, top, v), Format: &style, StopIfTrue: true,
		})
	}
	return b.f.SetConditionalFormat(sheet, top+":"+cell(column, last), rules)
}
