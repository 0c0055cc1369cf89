package chart

import (
	"fmt"
	"image/color"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"buildvsbuy/model"
)

// spreadSeries is the uncertainty band of the cumulative chart: per month,
// the cumulative buy cost plus the 10th and the 90th percentile of
// cumulative build − buy across the trials of model.Simulate, from (0, 0).
type spreadSeries struct {
	P10, P90 plotter.XYs
	Trials   int
}

// spreadData computes the band of r's cumulative chart from u. u must hold
// one band per month of r.
func spreadData(r *model.Result, u *model.Uncertainty) (spreadSeries, error) {
	if len(u.Months) != len(r.Months) {
		return spreadSeries{}, fmt.Errorf("the simulation covers %s, the horizon %s",
			plural(float64(len(u.Months)), "month"), plural(float64(len(r.Months)), "month"))
	}
	d := spreadSeries{P10: make(plotter.XYs, len(r.Months)+1), P90: make(plotter.XYs, len(r.Months)+1), Trials: u.Trials}
	for i, m := range r.Months {
		b := u.Months[i]
		d.P10[i+1] = plotter.XY{X: float64(m.Month), Y: m.CumBuy + b.P10}
		d.P90[i+1] = plotter.XY{X: float64(m.Month), Y: m.CumBuy + b.P90}
	}
	return d, nil
}

// addSpread adds the uncertainty band of u to the cumulative chart ch of
// r, with its legend entry and a note of what it found; a scenario without
// ranges gets a note instead. It returns the top of the band.
func addSpread(ch *chart, r *model.Result, u *model.Uncertainty) (float64, error) {
	s := r.Scenario()
	if s.Ranges.IsZero() {
		ch.notes = append(ch.notes, "No ranges set: there is no uncertainty to draw.")
		return 0, nil
	}
	d, err := spreadData(r, u)
	if err != nil {
		return 0, err
	}
	alpha := 0.22
	if dark(ch.theme.Background) {
		alpha = 0.34
	}
	f := &fillBetween{Lo: d.P10, Hi: d.P90, Color: withAlpha(buildColor, alpha)}
	ch.add("build spread", f)
	ch.addLegend(fmt.Sprintf("Build, P10–P90 of %s trials", trimDecimals(float64(d.Trials))), f)

	var inputs []string
	for _, key := range s.Ranges.Keys() {
		f, _ := model.FieldByKey(key)
		inputs = append(inputs, f.Label)
	}
	ch.notes = append(ch.notes, fmt.Sprintf("Building is cheaper in %s of trials; savings P10 %s, P50 %s, P90 %s. Ranges on: %s.",
		percent(u.PBuildCheaper), compactMoney(u.SavingsP10), compactMoney(u.SavingsP50), compactMoney(u.SavingsP90),
		strings.Join(inputs, ", ")))
	top := 0.0
	for _, p := range d.P90 {
		top = max(top, p.Y)
	}
	return top, nil
}

// percent formats a share as a whole percent, or with one decimal near 0
// and 100 so that "0%" and "100%" mean exactly that: "62%", "99.6%".
func percent(share float64) string {
	v := share * 100
	switch {
	case v == 0 || v == 100:
		return trimDecimals(v) + "%"
	case v < 1 || v > 99:
		return fmt.Sprintf("%.1f%%", v)
	}
	return fmt.Sprintf("%.0f%%", v)
}

// fillBetween fills the area between two lines over the same x values. It
// implements plot.Plotter and plot.Thumbnailer.
type fillBetween struct {
	Lo, Hi plotter.XYs
	Color  color.Color
}

// Plot implements plot.Plotter.
func (f *fillBetween) Plot(c draw.Canvas, p *plot.Plot) {
	if len(f.Lo) < 2 || len(f.Lo) != len(f.Hi) {
		return
	}
	trX, trY := p.Transforms(&c)
	var path vg.Path
	for i, pt := range f.Hi {
		q := vg.Point{X: trX(pt.X), Y: trY(pt.Y)}
		if i == 0 {
			path.Move(q)
		} else {
			path.Line(q)
		}
	}
	for i := len(f.Lo) - 1; i >= 0; i-- {
		path.Line(vg.Point{X: trX(f.Lo[i].X), Y: trY(f.Lo[i].Y)})
	}
	path.Close()
	c.SetColor(f.Color)
	c.Fill(path)
}

// Thumbnail implements plot.Thumbnailer: a filled square.
func (f *fillBetween) Thumbnail(c *draw.Canvas) {
	c.SetColor(f.Color)
	c.Fill(c.Rectangle.Path())
}
