package workbook

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/model"
)

// Write writes doc as an .xlsx workbook to w. The document must be valid
// (model.Document.Validate); its figures are computed with model.Evaluate
// and stored beside every formula.
func Write(w io.Writer, doc model.Document) error {
	f, err := build(doc, time.Now())
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteTo(w)
	return err
}

// Save writes doc as an .xlsx workbook to path atomically: a reader of path
// sees the old file or the whole new one, never a part.
func Save(path string, doc model.Document) error {
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		return err
	}
	return model.WriteFileAtomic(path, buf.Bytes(), 0o644)
}

// book is a workbook being built.
type book struct {
	f       *excelize.File
	doc     model.Document
	results []model.Result
	st      styles
	horizon int
	created time.Time

	// The break-even and tornado pictures of the charted scenarios, drawn
	// while the sheets are written.
	picturesDone chan struct{}
	pictures     [][]byte
	tornadoes    [][]byte
	picturesErr  error
}

// build lays out every sheet of the workbook for doc.
func build(doc model.Document, created time.Time) (*excelize.File, error) {
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	if len(doc.Scenarios) > maxScenarios {
		return nil, fmt.Errorf("workbook: %d scenarios do not fit on the Inputs sheet (at most %d)", len(doc.Scenarios), maxScenarios)
	}
	f := excelize.NewFile()
	b := &book{f: f, doc: doc, results: model.Evaluate(doc), horizon: doc.Policy.HorizonMonths, created: created}
	b.startPictures()
	steps := []func() error{
		b.createSheets,
		func() (err error) { b.st, err = newStyles(f); return err },
		b.writeSummary,
		b.writeInputs,
		b.writePolicy,
		b.writeProjection,
		b.writeCharts,
		b.writeSensitivity,
		b.writeRisk,
		b.writeSources,
		b.setProperties,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			<-b.picturesDone
			f.Close()
			return nil, fmt.Errorf("workbook: %w", err)
		}
	}
	return f, nil
}

// createSheets creates the sheets in order, Summary first and active.
func (b *book) createSheets() error {
	if err := b.f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return err
	}
	for _, name := range []string{SheetInputs, SheetPolicy, SheetProjection, SheetCharts, SheetSensitivity, SheetRisk, SheetSources} {
		if _, err := b.f.NewSheet(name); err != nil {
			return err
		}
	}
	b.f.SetActiveSheet(0)
	return nil
}

// scenario returns the formula builder of scenario i.
func scenario(i int) scenarioRefs { return newScenarioRefs(col(firstScenarioCol + i)) }

// formula is a formula cell carrying the value the app computed for it, so
// that a reader that never calculates shows the right number. A nil value
// stands for the blank the app reports as null.
func formula(style int, text string, value any) excelize.Cell {
	return excelize.Cell{StyleID: style, Formula: text, Value: value}
}

// text is a cell holding s as text, whatever characters it starts with: the
// stream writer stores strings as inline strings, never as formulas.
func text(style int, s string) excelize.Cell { return excelize.Cell{StyleID: style, Value: s} }
