package workbook

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"
)

// Title is the workbook's title in its document properties and page headers.
const Title = "Build vs Buy: self-host or call an API"

// printSetup sets the page orientation, margins and the header and footer
// every printed page carries: the sheet's name, the date, page x of y.
func (b *book) printSetup(sheet string, landscape bool) error {
	orientation := "portrait"
	if landscape {
		orientation = "landscape"
	}
	size := 1 // US Letter; A4 readers get the same page scaled to fit
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orientation}); err != nil {
		return err
	}
	margin, edge := 0.5, 0.3
	if err := b.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &margin, Right: &margin, Top: &margin, Bottom: &margin, Header: &edge, Footer: &edge}); err != nil {
		return err
	}
	return b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L&\"-,Bold\"" + Title + "&R&A",
		OddFooter: fmt.Sprintf("&LExported %s&RPage &P of &N", b.created.Format("2 January 2006")),
	})
}

// fitToPage turns on the fit-to-page print option that the page layout's
// FitToWidth and FitToHeight need. A sheet written through a stream writer
// takes its sheet properties when the writer is created, so this comes
// first.
func (b *book) fitToPage(sheet string) error {
	fit := true
	return b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}

// fitWidth makes a sheet print one page wide and as many pages long as it needs.
func (b *book) fitWidth(sheet string) error {
	one, auto := 1, 0
	return b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{FitToWidth: &one, FitToHeight: &auto})
}

// setProperties sets the document properties and asks spreadsheets to
// recalculate every formula when they open the workbook.
func (b *book) setProperties() error {
	created := b.created.UTC().Format(time.RFC3339)
	if err := b.f.SetDocProps(&excelize.DocProperties{
		Title:       Title,
		Subject:     fmt.Sprintf("Build-vs-buy scenarios over %d months", b.horizon),
		Creator:     "Build vs Buy",
		Description: "Costs of self-hosting an AI stack against calling a commercial API, per scenario, with the verdict of each.",
		Keywords:    "build vs buy, LLM, self-hosting, API, TCO",
		Category:    "Financial model",
		Created:     created,
		Modified:    created,
		Language:    "en-US",
	}); err != nil {
		return err
	}
	if err := b.f.SetAppProps(&excelize.AppProperties{Application: "Build vs Buy", Company: ""}); err != nil {
		return err
	}
	full := true
	return b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full})
}
