package chart

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"buildvsbuy/model"
)

// cumulativeSeries is what the cumulative-cost chart draws, computed from a
// result without drawing anything.
type cumulativeSeries struct {
	Buy, Build  plotter.XYs // (month, cumulative cost), from (0, 0) to the horizon
	BuildMonths float64     // months before self-hosting is live, at most the horizon
	BreakEven   *int        // the model's BreakEvenMonth
	BreakEvenAt float64     // cumulative build cost in the break-even month
	YMax        float64     // top of the y axis
	Horizon     int
}

// cumulativeData computes the series of the cumulative-cost chart of r:
// month 0 at $0, then one point per month of Result.Months.
func cumulativeData(r *model.Result) cumulativeSeries {
	h := len(r.Months)
	d := cumulativeSeries{
		Buy:         make(plotter.XYs, h+1),
		Build:       make(plotter.XYs, h+1),
		BuildMonths: math.Min(float64(r.Scenario().BuildMonths), float64(h)),
		BreakEven:   r.BreakEvenMonth,
		Horizon:     h,
	}
	top := 0.0
	for i, m := range r.Months {
		d.Buy[i+1] = plotter.XY{X: float64(m.Month), Y: m.CumBuy}
		d.Build[i+1] = plotter.XY{X: float64(m.Month), Y: m.CumBuild}
		top = math.Max(top, math.Max(m.CumBuy, m.CumBuild))
		if d.BreakEven != nil && m.Month == *d.BreakEven {
			d.BreakEvenAt = m.CumBuild
		}
	}
	d.YMax = top * 1.08
	if !(d.YMax > 0) {
		d.YMax = 1000
	}
	return d
}

// cumulativeChart builds the cumulative-cost chart of r; with u, the
// result of model.Simulate for r's scenario, it adds the P10–P90 band of
// the cumulative build cost (see addSpread).
func cumulativeChart(r *model.Result, u *model.Uncertainty, th Theme) (*chart, error) {
	d := cumulativeData(r)
	if d.Horizon == 0 {
		return nil, fmt.Errorf("scenario %q has no months to plot", r.Name)
	}
	p := newPlot(th)
	months := fmt.Sprintf("%d months", d.Horizon)
	if d.Horizon == 1 {
		months = "1 month"
	}
	ch := &chart{
		title:    "Cumulative cost: " + r.Name,
		subtitle: "Total spent since month 1, buying vs building, over " + months,
		verdict:  r.Verdict,
		plot:     p,
		theme:    th,
	}
	ch.xlabel = "Month"
	ch.ylabel = "Cumulative cost (US$)"
	p.X.Tick.Marker = plot.ConstantTicks(monthTicks(d.Horizon))
	p.Y.Tick.Marker = plot.TickerFunc(func(lo, hi float64) []plot.Tick { return linearTicks(lo, hi, 6, compactMoney) })

	// The band first, so that every line is drawn over it.
	if u != nil {
		top, err := addSpread(ch, r, u)
		if err != nil {
			return nil, err
		}
		d.YMax = math.Max(d.YMax, top*1.04)
	}
	if d.BuildMonths > 0 {
		b := &band{X0: 0, X1: d.BuildMonths, Color: th.Shade}
		ch.add("build months", b)
		ch.addLegend(fmt.Sprintf("Building (%s): API in use", plural(d.BuildMonths, "month")), b)
	}
	grid := plotter.NewGrid()
	grid.Vertical, grid.Horizontal = lineStyle(th.Grid, 0.6), lineStyle(th.Grid, 0.6)
	ch.add("grid", grid)

	glyphs := d.Horizon <= 24
	for _, s := range []struct {
		name, label string
		xys         plotter.XYs
		total       float64
		clr         color.NRGBA
	}{
		{"build", "Build: self-hosted", d.Build, r.BuildTotal, buildColor},
		{"buy", "Buy: API", d.Buy, r.BuyTotal, buyColor},
	} {
		l, err := plotter.NewLine(s.xys)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.label, err)
		}
		l.LineStyle = lineStyle(s.clr, 2)
		ch.add(s.name, l)
		if glyphs {
			pts, err := plotter.NewScatter(s.xys[1:])
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.label, err)
			}
			pts.GlyphStyle = draw.GlyphStyle{Color: s.clr, Radius: vg.Points(2.2), Shape: draw.CircleGlyph{}}
			ch.add(s.name+" dots", pts)
		}
		ch.legend = append([]legendEntry{{s.label + ", " + compactMoney(s.total) + " in total", l}}, ch.legend...)
	}

	if be := d.BreakEven; be != nil {
		m := &vmark{X: float64(*be), Label: fmt.Sprintf("Break-even: month %d", *be), Top: true, Left: true,
			Line: dashed(th.Text, 1.2), Text: textStyle(th.Text, markSize, false), Background: withAlpha(th.Background, 0.85)}
		ch.add("break-even", m)
		ch.addLegend("Break-even", m)
		dot, err := plotter.NewScatter(plotter.XYs{{X: float64(*be), Y: d.BreakEvenAt}})
		if err != nil {
			return nil, fmt.Errorf("break-even: %w", err)
		}
		dot.GlyphStyle = draw.GlyphStyle{Color: th.Text, Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
		ch.add("break-even point", dot)
	} else {
		ch.notes = append(ch.notes, "No break-even: self-hosting does not pay for itself within "+months+".")
	}
	if r.BuyTotal == 0 && r.BuildTotal == 0 {
		ch.notes = append(ch.notes, "Both sides cost $0 over the horizon: there is nothing to compare.")
	}

	p.X.Min, p.X.Max = 0, float64(d.Horizon)
	p.Y.Min, p.Y.Max = 0, d.YMax
	return ch, nil
}

// plural returns "1 month", "2.5 months".
func plural(n float64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return trimDecimals(n) + " " + unit + "s"
}
