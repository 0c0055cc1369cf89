package chart

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"buildvsbuy/model"
)

// volumeSeries is what the cost-vs-volume chart draws, computed from a
// result without drawing anything, so that it can be checked against the
// model.
type volumeSeries struct {
	Lo, Hi     float64     // the volumes on the x axis, queries/month
	YMin, YMax float64     // the costs on the y axis, $/month
	Buy        plotter.XYs // Costs.Buy, a straight line in volume, sampled
	Build      plotter.XYs // Costs.Live, a step function: its vertices
	ExactTo    float64     // every step is drawn up to this volume; beyond, the line joins step corners
	BreakEven  *float64    // the model's BreakEvenQueries
	Today      float64     // queries_per_month
	BuyZero    bool        // buying costs $0 at every volume: nothing to draw on a log axis
	BuildZero  bool        // self-hosting costs $0 at every volume
}

const (
	buySamples = 241 // samples of the buy line, log-spaced
	// exactSteps is how many steps are drawn one by one before the line
	// switches to joining step corners: past it a step is far narrower
	// than a pixel on a log axis.
	exactSteps = 256
	// cornerRatio spaces the corners joined past exactSteps: about seventy
	// per doubling of volume, well under a pixel apart.
	cornerRatio = 1.01
)

// volumeRange returns the volumes the chart spans: a decade-aligned range
// from well below the smallest to well past the largest of today's volume,
// the break-even and the first replica's capacity.
func volumeRange(r *model.Result) (lo, hi float64) {
	c := r.Costs()
	var core []float64
	if q := r.Scenario().QueriesPerMonth; q > 0 && !math.IsInf(q, 0) {
		core = append(core, q)
	}
	if be := r.BreakEvenQueries; be != nil && *be > 0 && !math.IsInf(*be, 0) {
		core = append(core, *be)
	}
	anchors := append([]float64(nil), core...)
	// The volume at which the first replica beyond the minimum is needed:
	// where the steps begin. Shown unless it is far from everything else.
	if u := c.TokensPerQuery / c.Capacity; u > 0 && !math.IsInf(u, 0) {
		first := math.Max(c.MinReplicas, 1) / u
		if len(core) == 0 || (first >= minOf(core)/1e3 && first <= maxOf(core)*1e3) {
			anchors = append(anchors, first)
		}
	}
	if len(anchors) == 0 {
		return 1e3, 1e7
	}
	lo = math.Pow(10, math.Floor(math.Log10(minOf(anchors)/3)))
	hi = math.Pow(10, math.Ceil(math.Log10(maxOf(anchors)*3)))
	return lo, hi
}

// deref returns *p, or 0 for nil.
func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// positive returns the values of v above zero: those a log axis can place.
func positive(v ...float64) []float64 {
	var out []float64
	for _, x := range v {
		if x > 0 {
			out = append(out, x)
		}
	}
	return out
}

func minOf(v []float64) float64 {
	m := v[0]
	for _, x := range v[1:] {
		m = math.Min(m, x)
	}
	return m
}

func maxOf(v []float64) float64 {
	m := v[0]
	for _, x := range v[1:] {
		m = math.Max(m, x)
	}
	return m
}

// volumeData computes the series of the cost-vs-volume chart of r.
func volumeData(r *model.Result) volumeSeries {
	c := r.Costs()
	lo, hi := volumeRange(r)
	d := volumeSeries{Lo: lo, Hi: hi, BreakEven: r.BreakEvenQueries, Today: r.Scenario().QueriesPerMonth}

	d.Buy = make(plotter.XYs, buySamples)
	for i := range d.Buy {
		q := lo * math.Pow(hi/lo, float64(i)/float64(buySamples-1))
		if i == buySamples-1 {
			q = hi
		}
		d.Buy[i] = plotter.XY{X: q, Y: c.Buy(q)}
	}
	d.Build, d.ExactTo = stepVertices(c, lo, hi)

	// Both costs rise with volume, so their extremes are at the ends.
	d.BuyZero = c.Buy(hi) <= 0
	d.BuildZero = c.Live(hi) <= 0
	var ys []float64
	for _, y := range []float64{c.Buy(lo), d.Build[0].Y, c.Buy(hi), d.Build[len(d.Build)-1].Y} {
		if y > 0 {
			ys = append(ys, y)
		}
	}
	if len(ys) == 0 {
		d.YMin, d.YMax = 1, 1e4
	} else {
		d.YMin, d.YMax = niceLogRange(minOf(ys), maxOf(ys))
	}
	return d
}

// stepVertices returns the vertices of the self-hosted cost, Costs.Live,
// from volume lo to hi: flat while the replicas last, a vertical jump at
// every multiple of a replica's capacity. The first exactSteps jumps are
// drawn one by one; beyond them (exactTo) the vertices are the step corners
// (q, Live(q)) at step boundaries, about one per percent of volume, which
// still lie on the function. Every level is the model's own Costs.Live.
func stepVertices(c model.Costs, lo, hi float64) (pts plotter.XYs, exactTo float64) {
	u := c.TokensPerQuery / c.Capacity // replicas per query a month
	if !(u > 0) || math.IsInf(u, 0) || math.IsInf(hi*u, 0) {
		// The replicas do not depend on the volume.
		return plotter.XYs{{X: lo, Y: c.Live(lo)}, {X: hi, Y: c.Live(hi)}}, hi
	}
	if hi*u >= 1<<52 {
		// Beyond 2^52 replicas whole numbers no longer step by one in
		// float64: a step is far thinner than a pixel, so the corners are
		// taken one per percent of volume, each on Costs.Live.
		pts = append(pts, plotter.XY{X: lo, Y: c.Live(lo)})
		for q := lo * cornerRatio; q < hi; q *= cornerRatio {
			pts = append(pts, plotter.XY{X: q, Y: c.Live(q)})
		}
		return append(pts, plotter.XY{X: hi, Y: c.Live(hi)}), lo
	}
	// level(k) is the cost on step k: volumes in ((k-1)/u, k/u].
	level := func(k float64) float64 { return c.Live((k - 0.5) / u) }

	// The step holding volumes just above lo.
	k := math.Floor(lo*u) + 1
	for k > 1 && (k-1)/u > lo {
		k--
	}
	for k/u <= lo {
		k++
	}
	pts = append(pts, plotter.XY{X: lo, Y: level(k)})

	// Boundaries below the minimum replicas do not change the cost.
	k = math.Max(k, c.MinReplicas)
	exactTo = hi
	for n := 0; k/u < hi; n++ {
		if n == exactSteps {
			exactTo = k / u
			for k/u < hi {
				pts = append(pts, plotter.XY{X: k / u, Y: level(k)})
				k = math.Max(k+1, math.Floor(k*cornerRatio))
			}
			break
		}
		pts = append(pts, plotter.XY{X: k / u, Y: level(k)}, plotter.XY{X: k / u, Y: level(k + 1)})
		k++
	}
	return append(pts, plotter.XY{X: hi, Y: c.Live(hi)}), exactTo
}

// volumeChart builds the cost-vs-volume chart of r.
func volumeChart(r *model.Result, th Theme) (*chart, error) {
	d := volumeData(r)
	p := newPlot(th)
	ch := &chart{
		title:    "Cost vs volume: " + r.Name,
		subtitle: "Monthly cost of the API and of the self-hosted stack once live (whole replicas)",
		verdict:  r.Verdict,
		plot:     p,
		theme:    th,
	}
	ch.xlabel = "Queries per month (log scale)"
	ch.ylabel = "Cost per month, US$ (log scale)"
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker = plot.TickerFunc(func(lo, hi float64) []plot.Tick { return logTicks(lo, hi, compactCount) })
	p.Y.Tick.Marker = plot.TickerFunc(func(lo, hi float64) []plot.Tick { return logTicks(lo, hi, compactMoney) })

	grid := plotter.NewGrid()
	grid.Vertical, grid.Horizontal = lineStyle(th.Grid, 0.6), lineStyle(th.Grid, 0.6)
	ch.add("grid", grid)

	build, err := plotter.NewLine(d.Build)
	if err != nil {
		return nil, fmt.Errorf("self-hosted cost: %w", err)
	}
	build.LineStyle = lineStyle(buildColor, 2)
	buy, err := plotter.NewLine(d.Buy)
	if err != nil {
		return nil, fmt.Errorf("API cost: %w", err)
	}
	buy.LineStyle = lineStyle(buyColor, 2)
	ch.addLegend("Buy: API", buy)
	ch.addLegend("Build: self-hosted, once live", build)
	if !d.BuildZero {
		ch.add("build", build)
	}
	if !d.BuyZero {
		ch.add("buy", buy)
	}

	markText := textStyle(th.Text, markSize, false)
	labelBack := withAlpha(th.Background, 0.85)
	c := r.Costs()
	switch be := d.BreakEven; {
	case be == nil:
		ch.notes = append(ch.notes, "No break-even: at no volume does self-hosting cost less per month than the API.")
	case *be <= 0:
		ch.notes = append(ch.notes, "Break-even at 0 queries/month: self-hosting costs no more than the API even at zero volume.")
	default:
		m := &vmark{X: *be, Label: "Break-even " + compactCount(*be) + "/month", Top: true, Left: true,
			Line: dashed(th.Text, 1.2), Text: markText, Background: labelBack, Avoid: positive(d.Today)}
		ch.add("break-even", m)
		ch.addLegend("Break-even", m)
		if y := c.Buy(*be); y > 0 {
			dot, err := plotter.NewScatter(plotter.XYs{{X: *be, Y: y}})
			if err != nil {
				return nil, fmt.Errorf("break-even: %w", err)
			}
			dot.GlyphStyle = draw.GlyphStyle{Color: th.Text, Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
			ch.add("break-even point", dot)
		}
		ch.subtitle = "Monthly cost once self-hosting is live (whole replicas); break-even at " +
			model.FormatCount(math.Round(*be)) + " queries/month"
	}
	if d.Today > 0 {
		m := &vmark{X: d.Today, Label: "Today " + compactCount(d.Today) + "/month",
			Line: dotted(th.Muted, 1.4), Text: markText, Background: labelBack, Avoid: positive(deref(d.BreakEven))}
		ch.add("today", m)
		ch.addLegend("Today's volume", m)
	} else {
		ch.notes = append(ch.notes, "Today's volume is 0 queries/month, which a log scale cannot show.")
	}
	switch {
	case d.BuyZero && d.BuildZero:
		ch.notes = append(ch.notes, "Both sides cost $0 a month at every volume: there is nothing to compare.")
	case d.BuyZero:
		ch.notes = append(ch.notes, "The API costs $0 a month at every volume, below the log scale.")
	case d.BuildZero:
		ch.notes = append(ch.notes, "Self-hosting costs $0 a month at every volume, below the log scale.")
	}

	p.X.Min, p.X.Max = d.Lo, d.Hi
	p.Y.Min, p.Y.Max = d.YMin, d.YMax
	return ch, nil
}
