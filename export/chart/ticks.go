package chart

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
)

// compactUnits are the suffixes of compact numbers, largest first.
var compactUnits = []struct {
	size   float64
	suffix string
}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}}

// compactCount formats a volume or count for an axis or a label: three
// significant digits at most and a k, M, B or T suffix, never scientific
// notation: "950", "10k", "2.54M", "176M", "1T", "1,500T".
func compactCount(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	for _, u := range compactUnits {
		// Round first, so that 999,999 reads 1M and not 1,000k.
		if r := roundSig(v/u.size, 3); r >= 1 {
			if r >= 1000 && u.suffix != "T" {
				continue
			}
			return sign + trimDecimals(r) + u.suffix
		}
	}
	return sign + trimDecimals(roundSig(v, 3))
}

// compactMoney formats dollars the way compactCount formats counts: "$10k",
// "$1.41M", "-$990k", "$0.50" (cents are kept below a dollar).
func compactMoney(v float64) string {
	s := compactCount(math.Abs(v))
	if math.Abs(v) < 1 && v != 0 {
		s = strconv.FormatFloat(math.Abs(v), 'f', 2, 64)
	}
	if v < 0 && s != "0" && s != "0.00" {
		return "-$" + s
	}
	return "$" + s
}

// roundSig rounds v to digits significant digits, keeping whole digits
// beyond them (1234.5 is 1235) and no more than two decimals.
func roundSig(v float64, digits int) float64 {
	if v == 0 {
		return 0
	}
	decimals := digits - 1 - int(math.Floor(math.Log10(math.Abs(v))))
	decimals = max(0, min(decimals, 2))
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}

// trimDecimals formats v with up to two decimals, no trailing zeros, and
// thousands separators in its whole part.
func trimDecimals(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}

// logTicks returns the ticks of a log axis from lo to hi (both > 0),
// labelled by format. Ranges up to 3.5 decades label 1, 2 and 5 of each decade; wider
// ones label the decades, or every other decade beyond ten decades, with
// unlabelled minor ticks between.
func logTicks(lo, hi float64, format func(float64) string) []plot.Tick {
	if !(lo > 0) || !(hi > lo) || math.IsInf(hi, 0) {
		return nil
	}
	decades := math.Log10(hi / lo)
	first := math.Floor(math.Log10(lo))
	last := math.Ceil(math.Log10(hi))
	every := 1.0
	if decades > 10 {
		every = 2
	}
	var ticks []plot.Tick
	for e := first; e <= last; e++ {
		base := math.Pow(10, e)
		for m := 1.0; m <= 9; m++ {
			v := m * base
			if v < lo*(1-1e-9) || v > hi*(1+1e-9) {
				continue
			}
			labelled := m == 1 && math.Mod(e, every) == 0
			if decades <= 3.5 {
				labelled = m == 1 || m == 2 || m == 5
			}
			t := plot.Tick{Value: v}
			if labelled {
				t.Label = format(v)
			}
			ticks = append(ticks, t)
		}
	}
	return ticks
}

// niceLogRange widens [lo, hi] (both > 0) to the nearest 1, 2 or 5 times a
// power of ten on each side, so that both ends carry readable labels.
func niceLogRange(lo, hi float64) (float64, float64) {
	if hi <= lo {
		lo, hi = lo/2, hi*2
	}
	return niceBelow(lo), niceAbove(hi)
}

// niceBelow returns the largest 1, 2 or 5 times a power of ten at or below v.
func niceBelow(v float64) float64 {
	base := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{5, 2, 1} {
		if m*base <= v*(1+1e-12) {
			return m * base
		}
	}
	return base
}

// niceAbove returns the smallest 1, 2 or 5 times a power of ten at or above v.
func niceAbove(v float64) float64 {
	base := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*base >= v*(1-1e-12) {
			return m * base
		}
	}
	return 10 * base
}

// niceStep returns a round step (1, 2, 2.5 or 5 times a power of ten) that
// cuts span into at most maxTicks intervals.
func niceStep(span float64, maxTicks int) float64 {
	if !(span > 0) || math.IsInf(span, 0) {
		return 1
	}
	raw := span / float64(maxTicks)
	base := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*base >= raw*(1-1e-12) {
			return m * base
		}
	}
	return 10 * base
}

// linearTicks returns labelled ticks every niceStep from the first multiple
// of the step at or above lo to hi, with a minor tick between labels.
func linearTicks(lo, hi float64, maxTicks int, format func(float64) string) []plot.Tick {
	if !(hi > lo) || math.IsInf(hi-lo, 0) {
		return nil
	}
	step := niceStep(hi-lo, maxTicks)
	var ticks []plot.Tick
	for i := math.Ceil(lo/step - 1e-9); ; i++ {
		v := i * step
		if v > hi*(1+1e-12)+1e-12 {
			break
		}
		if v == 0 {
			v = 0 // no "-0"
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: format(v)})
		if mid := v + step/2; mid <= hi {
			ticks = append(ticks, plot.Tick{Value: mid})
		}
	}
	return ticks
}

// monthStep returns the spacing of month labels for a horizon of h months:
// every month up to 12, then every 2, 3, 6, 12 or 24 months.
func monthStep(h int) int {
	for _, s := range []int{1, 2, 3, 6, 12, 24} {
		if h/s <= 12 {
			return s
		}
	}
	return 24
}

// monthTicks labels months 0..h every monthStep(h) months, with a minor
// tick on every other month when there is room.
func monthTicks(h int) []plot.Tick {
	step := monthStep(h)
	var ticks []plot.Tick
	for m := 0; m <= h; m++ {
		switch {
		case m%step == 0:
			ticks = append(ticks, plot.Tick{Value: float64(m), Label: strconv.Itoa(m)})
		case h <= 60:
			ticks = append(ticks, plot.Tick{Value: float64(m)})
		}
	}
	return ticks
}

// fewerLabels is a tick marker that keeps at most max of its ticks
// labelled, so that labels never crowd a short axis: on a log axis it first
// drops the labels off the 2s and 5s of a decade; then it keeps every other
// (every third, ...) label. Unlabelled ticks stay as minor ticks.
type fewerLabels struct {
	plot.Ticker
	max int
	log bool
}

// Ticks implements plot.Ticker.
func (f fewerLabels) Ticks(lo, hi float64) []plot.Tick {
	ticks := f.Ticker.Ticks(lo, hi)
	max := f.max
	if max < 2 {
		max = 2
	}
	if labelled(ticks) <= max {
		return ticks
	}
	if f.log {
		for i, t := range ticks {
			if t.Label != "" && t.Value > 0 && !isPowerOfTen(t.Value) {
				ticks[i].Label = ""
			}
		}
	}
	n := labelled(ticks)
	if n <= max {
		return ticks
	}
	every := (n + max - 1) / max
	seen := 0
	for i, t := range ticks {
		if t.Label == "" {
			continue
		}
		if seen%every != 0 {
			ticks[i].Label = ""
		}
		seen++
	}
	return ticks
}

func labelled(ticks []plot.Tick) int {
	n := 0
	for _, t := range ticks {
		if t.Label != "" {
			n++
		}
	}
	return n
}

func isPowerOfTen(v float64) bool {
	e := math.Round(math.Log10(v))
	return math.Abs(v-math.Pow(10, e)) <= 1e-9*v
}
