package workbook

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"runtime"
	"sync"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

// Chart sizes, in pixels, and the rows they take at the default 20-pixel
// row height.
const (
	totalsChartHeight                 = 340
	totalsChartRows                   = 18
	sheetChartWidth, sheetChartHeight = 720, 400
	chartBlockRows                    = 22   // a heading row, a chart, a blank row
	pictureScale                      = 1.25 // pictures are drawn larger than shown, for sharp print
	chartsColWidth                    = 10   // Charts sheet columns, in characters: 75 pixels
	chartsPerPage                     = 2    // chart blocks on a printed page
)

// axisFont is the font of chart axes: dark enough to print.
var axisFont = excelize.Font{Size: 9, Color: "404040"}

var (
	buyColor   = hexColor(chart.VerdictColor(model.Buy))
	buildColor = hexColor(chart.VerdictColor(model.Build))
)

// charted returns how many scenarios the charts show.
func (b *book) charted() int { return min(len(b.results), maxCharted) }

// addTotalsChart adds the native chart of horizon totals per scenario, buy
// against build, to Summary at row, width pixels wide. It reads the Summary cells, so it
// follows the inputs.
func (b *book) addTotalsChart(row, width int) error {
	n := b.charted()
	if n == 0 {
		return nil
	}
	title := fmt.Sprintf("Total cost over %s, per scenario", months(b.horizon))
	if n < len(b.results) {
		title += fmt.Sprintf(" (first %d of %d)", n, len(b.results))
	}
	categories := fmt.Sprintf("%s!$A$2:$A$%d", SheetSummary, summaryRow(n-1))
	series := func(column int, color string) excelize.ChartSeries {
		return excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$1", SheetSummary, col(column)),
			Categories: categories,
			Values:     fmt.Sprintf("%s!$%s$2:$%s$%d", SheetSummary, col(column), col(column), summaryRow(n-1)),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
		}
	}
	gap := uint(60)
	return b.f.AddChart(SheetSummary, cell(1, row), &excelize.Chart{
		Type:      excelize.Col,
		Series:    []excelize.ChartSeries{series(sumBuyTotal, buyColor), series(sumBuildTotal, buildColor)},
		Title:     chartTitle(title),
		Legend:    excelize.ChartLegend{Position: "top"},
		Dimension: excelize.ChartDimension{Width: uint(width), Height: totalsChartHeight},
		XAxis:     excelize.ChartAxis{Font: axisFont},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: fmtMoney}, Font: axisFont},
		GapWidth:  &gap,
		Format:    excelize.GraphicOptions{AltText: title},
	})
}

// writeCharts writes the Charts sheet: for each charted scenario, a native
// chart of cumulative cost month by month (it follows the inputs) beside the
// app's break-even picture (as exported).
func (b *book) writeCharts() error {
	const sheet = SheetCharts
	f := b.f
	if err := f.SetColWidth(sheet, "A", "T", chartsColWidth); err != nil {
		return err
	}
	note := "Left: cumulative cost month by month, buying (green) against building (blue); a native chart of the Projection sheet that recomputes with the inputs. " +
		"Right: the break-even picture from the app, monthly cost against monthly volume, as exported (it does not recompute)."
	if n := b.charted(); n < len(b.results) {
		note += fmt.Sprintf(" Charts show the first %d of %d scenarios; Summary and Projection hold them all.", n, len(b.results))
	}
	if err := setText(f, sheet, "A1", "Charts", b.st.title); err != nil {
		return err
	}
	if err := setText(f, sheet, "A2", note, b.st.note); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, "A2", "T2"); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 2, 30); err != nil {
		return err
	}
	<-b.picturesDone
	if b.picturesErr != nil {
		return b.picturesErr
	}
	pictures := b.pictures
	pictureCol := 1 + (sheetChartWidth+pixels(chartsColWidth)-1)/pixels(chartsColWidth) // the first column right of the chart
	for i := range b.charted() {
		top := 4 + i*chartBlockRows
		r := &b.results[i]
		if i > 0 && i%chartsPerPage == 0 {
			if err := f.InsertPageBreak(sheet, cell(1, top)); err != nil {
				return err
			}
		}
		if err := setText(f, sheet, cell(1, top), r.Name, b.st.bold); err != nil {
			return err
		}
		if err := b.addCumulativeChart(i, cell(1, top+1)); err != nil {
			return err
		}
		if err := b.addPicture(i, pictures[i], cell(pictureCol, top+1)); err != nil {
			return err
		}
	}
	if err := b.printSetup(sheet, true); err != nil {
		return err
	}
	if err := b.fitToPage(sheet); err != nil {
		return err
	}
	return b.fitWidth(sheet)
}

// addCumulativeChart adds the native line chart of scenario i's cumulative
// cost, buy against build, at cell.
func (b *book) addCumulativeChart(i int, at string) error {
	first, last := projectionRow(i, 1, b.horizon), projectionRow(i, b.horizon, b.horizon)
	rng := func(column int) string {
		return fmt.Sprintf("%s!$%s$%d:$%s$%d", SheetProjection, col(column), first, col(column), last)
	}
	series := func(column int, color string) excelize.ChartSeries {
		return excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$1", SheetProjection, col(column)),
			Categories: rng(projMonth),
			Values:     rng(column),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
			Line:       excelize.LineOptions{Width: 2.25},
			Marker:     excelize.ChartMarker{Symbol: "none"},
		}
	}
	title := "Cumulative cost: " + b.results[i].Name
	return b.f.AddChart(SheetCharts, at, &excelize.Chart{
		Type:      excelize.Line,
		Series:    []excelize.ChartSeries{series(projCumBuy, buyColor), series(projCumBuild, buildColor)},
		Title:     chartTitle(title),
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: sheetChartWidth, Height: sheetChartHeight},
		XAxis:     excelize.ChartAxis{Title: chartTitle("Month"), Font: axisFont},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: fmtMoney}, Font: axisFont},
		Format:    excelize.GraphicOptions{AltText: title},
	})
}

// startPictures starts drawing the pictures, which take longer than
// anything else, so that they are drawn while the sheets are written;
// picturesDone closes when they are.
func (b *book) startPictures() {
	b.picturesDone = make(chan struct{})
	go func() {
		defer close(b.picturesDone)
		b.pictures, b.tornadoes, b.picturesErr = b.drawPictures()
	}()
}

// drawPictures draws, as PNG, the app's break-even chart (cost against
// monthly volume) and its tornado chart (chart.Tornado at the default
// swing) of each charted scenario, on every core: drawing and compressing
// pictures is most of an export's time.
func (b *book) drawPictures() (volumes, tornadoes [][]byte, err error) {
	n := b.charted()
	pngs, errs := make([][]byte, 2*n), make([]error, 2*n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(2*n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			enc := png.Encoder{CompressionLevel: png.BestSpeed}
			for job := range next {
				kind, i, what := chart.Volume, job, "break-even picture"
				if job >= n {
					kind, i, what = chart.Tornado, job-n, "tornado picture"
				}
				img, err := chart.Render(kind, b.results, i, int(sheetChartWidth*pictureScale), int(sheetChartHeight*pictureScale), chart.Light())
				if err != nil {
					errs[job] = fmt.Errorf("%s of %q: %w", what, b.results[i].Name, err)
					continue
				}
				var buf bytes.Buffer
				errs[job] = enc.Encode(&buf, img)
				pngs[job] = buf.Bytes()
			}
		})
	}
	for job := range 2 * n {
		next <- job
	}
	close(next)
	wg.Wait()
	return pngs[:n], pngs[n:], errors.Join(errs...)
}

// addPicture embeds scenario i's break-even picture at cell.
func (b *book) addPicture(i int, picture []byte, at string) error {
	return b.embed(SheetCharts, at, picture, 24, "Break-even: monthly cost against monthly volume, "+b.results[i].Name)
}

// embed places a picture drawn pictureScale times larger than shown at
// cell at of sheet, offset pixels right of the cell's left edge.
func (b *book) embed(sheet, at string, picture []byte, offset int, alt string) error {
	scale := 1.0 / pictureScale
	return b.f.AddPictureFromBytes(sheet, at, &excelize.Picture{
		Extension: ".png",
		File:      picture,
		Format:    &excelize.GraphicOptions{ScaleX: scale, ScaleY: scale, OffsetX: offset, AltText: alt},
	})
}

// chartTitle returns a chart or axis title of plain text.
func chartTitle(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s, Font: &excelize.Font{Bold: true, Size: 12, Color: "1F2328"}}}}
}

// months says "12 months" or "1 month".
func months(n int) string {
	if n == 1 {
		return "1 month"
	}
	return fmt.Sprintf("%d months", n)
}

// setText writes s into a cell of a sheet written cell by cell, as text
// whatever it starts with, in the given style.
func setText(f *excelize.File, sheet, ref, s string, style int) error {
	if err := f.SetCellStr(sheet, ref, s); err != nil {
		return err
	}
	return f.SetCellStyle(sheet, ref, ref, style)
}
