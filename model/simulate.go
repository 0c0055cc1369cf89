package model

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// DefaultTrials is the number of trials Simulate runs when asked for none.
const DefaultTrials = 10000

// MaxTrials bounds the trials of one simulation (memory: one float64 per
// trial and month).
const MaxTrials = 10_000_000

// simChunk is the number of trials drawn from one random stream. Chunk i
// always draws from the stream seeded (seed, i), whichever worker runs it,
// so a seed gives the same result on any number of cores.
const simChunk = 512

// SimulateOptions sets up a Monte Carlo run.
type SimulateOptions struct {
	Trials  int    // trials to run; 0 means DefaultTrials
	Seed    uint64 // the same seed gives the same result
	Workers int    // goroutines; 0 means runtime.GOMAXPROCS(0)

	// Progress, if not nil, is called after each chunk of trials with the
	// number of trials done so far and the total. Calls never overlap and
	// done only grows; it is called from the simulation's goroutines.
	Progress func(done, total int)
}

// Band is the spread of one month's cumulative build − buy across trials.
type Band struct {
	Month         int
	P10, P50, P90 float64
}

// Uncertainty is what Simulate found.
type Uncertainty struct {
	Trials int
	// PBuildCheaper is the share of trials whose build total is below the
	// buy total (savings < 0).
	PBuildCheaper float64
	// Percentiles of horizon savings (build total − buy total) across trials.
	SavingsP10, SavingsP50, SavingsP90 float64
	// Months holds, per month, the percentiles of cumulative build − buy:
	// the band around the cumulative chart.
	Months []Band
}

// Simulate runs a Monte Carlo simulation of scenario s under policy p: in
// each trial every input with an estimate in s.Ranges is drawn from its
// triangular distribution (low, likely, high), integer inputs rounded to the
// nearest whole value, and the horizon is projected as Evaluate does. Inputs
// without a range keep their value, so with every range a single point the
// result is the deterministic model's.
//
// Percentiles interpolate linearly between the order statistics (as a
// spreadsheet's PERCENTILE.INC does). Trials run on opt.Workers goroutines;
// chunk i of simChunk trials draws from a PCG stream seeded with (opt.Seed,
// i), so the result depends on the seed and the number of trials only. When
// ctx is cancelled Simulate stops within a chunk and returns ctx's error.
func Simulate(ctx context.Context, s Scenario, p Policy, opt SimulateOptions) (Uncertainty, error) {
	n := opt.Trials
	if n == 0 {
		n = DefaultTrials
	}
	if n < 0 || n > MaxTrials {
		return Uncertainty{}, fmt.Errorf("trials must be between 1 and %d, got %d", MaxTrials, n)
	}
	h := p.HorizonMonths
	if h < 1 || h > MaxHorizon {
		return Uncertainty{}, fmt.Errorf("horizon_months must be between 1 and %d, got %d", MaxHorizon, h)
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunks := (n + simChunk - 1) / simChunk
	workers = min(workers, chunks)

	var draws []drawer
	for i, ok := range s.Ranges.set {
		if ok {
			draws = append(draws, drawer{field: Fields[i], est: s.Ranges.est[i]})
		}
	}
	savings := make([]float64, n)
	cum := make([]float64, n*h) // trial-major: trial t's months at cum[t*h:]

	var next atomic.Int64
	var mu sync.Mutex // serialises Progress
	done := 0
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := s // this worker's copy: its drawn inputs are overwritten every trial
			var pcg rand.PCG
			rng := rand.New(&pcg)
			for {
				k := int(next.Add(1) - 1)
				if k >= chunks || ctx.Err() != nil {
					return
				}
				pcg.Seed(opt.Seed, uint64(k))
				lo, hi := k*simChunk, min((k+1)*simChunk, n)
				for t := lo; t < hi; t++ {
					for j := range draws {
						draws[j].draw(&sc, rng)
					}
					buy, build := totals(&sc, h, cum[t*h:(t+1)*h])
					savings[t] = build - buy
				}
				if opt.Progress != nil {
					mu.Lock()
					done += hi - lo
					opt.Progress(done, n)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Uncertainty{}, err
	}

	u := Uncertainty{Trials: n, Months: make([]Band, h)}
	cheaper := 0
	for _, v := range savings {
		if v < 0 {
			cheaper++
		}
	}
	u.PBuildCheaper = float64(cheaper) / float64(n)
	u.SavingsP10, u.SavingsP50, u.SavingsP90 = deciles(savings)
	// The months' bands, on the same workers: each gathers one month's
	// column of trials at a time into its own buffer.
	next.Store(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			col := savings // the first worker reuses the summarised savings
			if w > 0 {
				col = make([]float64, n)
			}
			for {
				m := int(next.Add(1) - 1)
				if m >= h {
					return
				}
				for t := range n {
					col[t] = cum[t*h+m]
				}
				b := &u.Months[m]
				b.Month = m + 1
				b.P10, b.P50, b.P90 = deciles(col)
			}
		}()
	}
	wg.Wait()
	return u, nil
}

// deciles returns the 10th, 50th and 90th percentiles of values, which it
// reorders, interpolating linearly between order statistics at rank
// (n−1)·pct/100 counted from 0 (as a spreadsheet's PERCENTILE.INC does).
// It selects the order statistics it needs in linear time rather than
// sorting.
func deciles(values []float64) (p10, p50, p90 float64) {
	n := len(values)
	if n == 0 {
		return math.NaN(), math.NaN(), math.NaN()
	}
	rank := func(pct float64) (int, float64) {
		r := float64(n-1) * pct / 100
		i := int(r)
		return i, r - float64(i)
	}
	// at returns the interpolated percentile from order statistic i, given
	// that the next one is the least of above.
	at := func(i int, frac float64, above []float64) float64 {
		v := values[i]
		if frac == 0 || len(above) == 0 {
			return v
		}
		return v + frac*(slices.Min(above)-v)
	}
	i50, f50 := rank(50)
	selectNth(values, i50)
	p50 = at(i50, f50, values[i50+1:])
	i10, f10 := rank(10)
	if i10 < i50 {
		selectNth(values[:i50], i10)
		p10 = at(i10, f10, values[i10+1:i50+1])
	} else {
		p10 = at(i10, f10, values[i10+1:])
	}
	i90, f90 := rank(90)
	if i90 > i50 {
		selectNth(values[i50+1:], i90-i50-1)
	}
	p90 = at(i90, f90, values[i90+1:])
	return p10, p50, p90
}

// selectNth reorders a so that a[k] is the value a sorted copy would hold
// there, with no greater value before it and no smaller one after:
// quickselect with a median-of-three pivot. A sort settles short slices and
// any slice that keeps partitioning badly.
func selectNth(a []float64, k int) {
	lo, hi := 0, len(a)-1
	for budget := 64; hi-lo > 16; budget-- {
		if budget == 0 {
			slices.Sort(a[lo : hi+1])
			return
		}
		mid := lo + (hi-lo)/2
		if a[mid] < a[lo] {
			a[mid], a[lo] = a[lo], a[mid]
		}
		if a[hi] < a[lo] {
			a[hi], a[lo] = a[lo], a[hi]
		}
		if a[hi] < a[mid] {
			a[hi], a[mid] = a[mid], a[hi]
		}
		pivot := a[mid]
		i, j := lo, hi
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return // a[j+1 : i] all equal the pivot
		}
	}
	slices.Sort(a[lo : hi+1])
}

// drawer draws one input from its triangular estimate.
type drawer struct {
	field Field
	est   Estimate
}

func (d *drawer) draw(s *Scenario, rng *rand.Rand) {
	d.field.setRaw(s, triangular(d.est, rng.Float64()))
}

// triangular returns the value of the triangular distribution of e at
// cumulative probability u in [0, 1): the inverse of its CDF.
func triangular(e Estimate, u float64) float64 {
	a, c, b := e.Low, e.Likely, e.High
	if a == b {
		return a
	}
	if fc := (c - a) / (b - a); u < fc {
		return a + math.Sqrt(u*(b-a)*(c-a))
	}
	return b - math.Sqrt((1-u)*(b-a)*(b-c))
}
