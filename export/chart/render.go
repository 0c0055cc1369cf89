// Package chart draws the break-even charts of Build vs Buy from model
// results, as images for the app and as PNG or SVG files:
//
//   - Volume: one scenario's monthly cost of buying (a straight line in
//     volume) and of self-hosting once live (a step function: whole
//     replicas) from a small volume to well past the break-even, on log
//     axes, with the break-even volume and today's volume marked.
//   - Cumulative: one scenario's cumulative cost, buying vs building, month
//     by month over the horizon, with the build months shaded and the
//     break-even month marked.
//   - Totals: every scenario's horizon totals, buying vs building, with its
//     verdict.
//   - Tornado: what moves one scenario's verdict: its horizon savings with
//     each numeric input moved down and up by a swing (model.Sensitivity),
//     largest effect on top, the inputs that flip the verdict marked.
//
// Options add to a chart: the swing of the tornado, and a Monte Carlo
// result (model.Simulate) that draws the P10–P90 band of building on the
// cumulative chart.
//
// Charts are pure functions of the results: the same results, size and
// theme give the same picture. VerdictColor is the one source of the
// verdict colours for the whole app. The package imports model, never ui.
package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"buildvsbuy/model"
)

// Kind names a chart.
type Kind string

// The charts.
const (
	Volume     Kind = "volume"     // cost vs monthly volume for one scenario
	Cumulative Kind = "cumulative" // cumulative cost over the horizon for one scenario
	Totals     Kind = "totals"     // horizon totals of every scenario
	Tornado    Kind = "tornado"    // savings at ±swing of each input for one scenario
)

// Kinds lists the charts in the order the app shows them in its tabs.
var Kinds = []Kind{Volume, Cumulative, Totals}

// AllKinds lists every chart Render draws: Kinds, then Tornado.
var AllKinds = []Kind{Volume, Cumulative, Totals, Tornado}

// ParseKind returns the chart named s, or an error listing the names.
func ParseKind(s string) (Kind, error) {
	for _, k := range AllKinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown chart kind %q (want volume, cumulative, totals or tornado)", s)
}

// Options add to what a chart shows. The zero value adds nothing: the
// tornado then moves each input by model.DefaultSwingPct.
type Options struct {
	// SwingPct is how far the Tornado chart moves each input down and up,
	// in percent (> 0 and < 100); 0 means model.DefaultSwingPct.
	SwingPct float64
	// Uncertainty, if not nil, is model.Simulate's result for the selected
	// scenario: the Cumulative chart then draws the P10–P90 band of the
	// cumulative build cost and the probability that building is cheaper,
	// when the scenario has ranges. Its months must be the horizon's.
	Uncertainty *model.Uncertainty
}

// Size limits of a chart, in pixels.
const (
	MinWidth, MinHeight = 240, 150
	MaxSide             = 8192
)

// Errors of Render and Write, wrapped with details.
var (
	ErrSize   = errors.New("chart size out of range")
	ErrIndex  = errors.New("scenario index out of range")
	ErrFormat = errors.New("unknown image format")
	ErrSwing  = errors.New("swing out of range")
)

// Render draws chart kind of results at width×height pixels in theme th.
// index selects the scenario of the Volume, Cumulative and Tornado charts;
// Totals shows every scenario and ignores it. It is RenderWith without
// options.
func Render(kind Kind, results []model.Result, index int, width, height int, th Theme) (image.Image, error) {
	return RenderWith(kind, results, index, width, height, th, Options{})
}

// RenderTornado draws the tornado chart of scenario index of results, each
// input moved by ±swingPct percent; see RenderWith.
func RenderTornado(results []model.Result, index int, swingPct float64, width, height int, th Theme) (image.Image, error) {
	return RenderWith(Tornado, results, index, width, height, th, Options{SwingPct: swingPct})
}

// RenderCumulativeBand draws the cumulative chart of scenario index of
// results with the P10–P90 band of u, model.Simulate's result for that
// scenario; see RenderWith.
func RenderCumulativeBand(results []model.Result, index int, u model.Uncertainty, width, height int, th Theme) (image.Image, error) {
	return RenderWith(Cumulative, results, index, width, height, th, Options{Uncertainty: &u})
}

// RenderWith draws chart kind of results at width×height pixels in theme
// th, with what opt adds; see Render and Options.
func RenderWith(kind Kind, results []model.Result, index int, width, height int, th Theme, opt Options) (image.Image, error) {
	ch, dpi, err := prepare(kind, results, index, width, height, th, opt)
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	c := vgimg.NewWith(vgimg.UseImage(img), vgimg.UseDPI(dpi))
	if err := drawSafely(ch, draw.New(c)); err != nil {
		return nil, err
	}
	return c.Image(), nil
}

// Write writes chart kind of results to w as a "png" or "svg" image of
// width×height pixels in theme th; see Render. The SVG is laid out exactly
// as the PNG and declares the same size in pixels. It is WriteWith without
// options.
func Write(w io.Writer, format string, kind Kind, results []model.Result, index int, width, height int, th Theme) error {
	return WriteWith(w, format, kind, results, index, width, height, th, Options{})
}

// WriteWith writes chart kind of results to w as Write does, with what opt
// adds; see Options.
func WriteWith(w io.Writer, format string, kind Kind, results []model.Result, index int, width, height int, th Theme, opt Options) error {
	switch strings.ToLower(format) {
	case "png":
		img, err := RenderWith(kind, results, index, width, height, th, opt)
		if err != nil {
			return err
		}
		return png.Encode(w, img)
	case "svg":
		ch, dpi, err := prepare(kind, results, index, width, height, th, opt)
		if err != nil {
			return err
		}
		wpt, hpt := points(width, dpi), points(height, dpi)
		c := vgsvg.NewWith(vgsvg.UseWH(wpt, hpt))
		if err := drawSafely(ch, draw.New(c)); err != nil {
			return err
		}
		var buf bytes.Buffer
		if _, err := c.WriteTo(&buf); err != nil {
			return err
		}
		_, err = w.Write(fixSVG(buf.Bytes(), wpt, hpt, width, height))
		return err
	}
	return fmt.Errorf("chart: %w %q (want png or svg)", ErrFormat, format)
}

// prepare checks the arguments and builds the chart.
func prepare(kind Kind, results []model.Result, index int, width, height int, th Theme, opt Options) (*chart, int, error) {
	if width < MinWidth || height < MinHeight || width > MaxSide || height > MaxSide {
		return nil, 0, fmt.Errorf("chart: %w: %d×%d pixels (from %d×%d to %d×%d)",
			ErrSize, width, height, MinWidth, MinHeight, MaxSide, MaxSide)
	}
	var (
		ch  *chart
		err error
	)
	dpi := dpiFor(width, height)
	switch kind {
	case Volume, Cumulative, Tornado:
		if index < 0 || index >= len(results) {
			return nil, 0, fmt.Errorf("chart: %w: %d of %d scenarios", ErrIndex, index, len(results))
		}
		switch kind {
		case Volume:
			ch, err = volumeChart(&results[index], th)
		case Cumulative:
			ch, err = cumulativeChart(&results[index], opt.Uncertainty, th)
		default:
			pct := opt.SwingPct
			if pct == 0 {
				pct = model.DefaultSwingPct
			}
			if !(pct > 0 && pct < 100) {
				return nil, 0, fmt.Errorf("chart: %w: %v%% (want > 0 and < 100)", ErrSwing, pct)
			}
			ch, err = tornadoChart(&results[index], pct, tornadoRowsFor(points(height, dpi)), th)
		}
	case Totals:
		ch, err = totalsChart(results, th)
	default:
		_, err = ParseKind(string(kind))
	}
	if err != nil {
		return nil, 0, fmt.Errorf("chart: %s: %w", kind, err)
	}
	return ch, dpi, nil
}

// dpiFor returns the resolution that lays a width×height pixel chart out on
// about 600×375 points: the layout of 800×500 at 96 dpi, scaled, so text
// keeps its proportion at every size (within limits, for tiny or huge ones).
func dpiFor(width, height int) int {
	scale := math.Min(float64(width)/800, float64(height)/500)
	scale = math.Max(0.75, math.Min(scale, 6))
	return int(math.Round(96 * scale))
}

// points returns px pixels at dpi, in points.
func points(px, dpi int) vg.Length {
	return vg.Length(float64(px) / float64(dpi) * 72)
}

// drawSafely draws ch on c, turning a panic of the plotting library into an
// error so that a bad figure never takes the app down.
func drawSafely(ch *chart, c draw.Canvas) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("chart: drawing %q: %v", ch.title, p)
		}
	}()
	ch.draw(c)
	return nil
}

// fixSVG makes the SVG declare its size in pixels and name fallbacks for
// its font: Liberation Sans is metric-compatible with Arial and Helvetica,
// so a viewer without it keeps the layout.
func fixSVG(svg []byte, wpt, hpt vg.Length, width, height int) []byte {
	s := string(svg)
	s = strings.Replace(s,
		fmt.Sprintf(`width="%.*gpt" height="%.*gpt"`, svgPrecision, float64(wpt), svgPrecision, float64(hpt)),
		fmt.Sprintf(`width="%dpx" height="%dpx"`, width, height), 1)
	s = strings.ReplaceAll(s, "font-family:Liberation Sans;", "font-family:'Liberation Sans',Arial,Helvetica,sans-serif;")
	return []byte(s)
}

// svgPrecision is the number of digits vgsvg writes the SVG's size with.
const svgPrecision = 5
