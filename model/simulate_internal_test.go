package model

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// deciles agrees with sorting and interpolating, on sizes around the
// thresholds and on data with many ties.
func TestDeciles(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pct := func(sorted []float64, p float64) float64 {
		r := float64(len(sorted)-1) * p / 100
		i := int(r)
		if i+1 >= len(sorted) {
			return sorted[i]
		}
		return sorted[i] + (r-float64(i))*(sorted[i+1]-sorted[i])
	}
	for _, n := range []int{1, 2, 3, 9, 10, 11, 17, 100, 1001, 10000} {
		for _, ties := range []int{0, 3} {
			v := make([]float64, n)
			for i := range v {
				v[i] = rng.NormFloat64() * 1e6
				if ties > 0 {
					v[i] = float64(rng.IntN(ties))
				}
			}
			sorted := slices.Sorted(slices.Values(v))
			p10, p50, p90 := deciles(v)
			if p10 != pct(sorted, 10) || p50 != pct(sorted, 50) || p90 != pct(sorted, 90) {
				t.Errorf("n %d ties %d: %v %v %v, want %v %v %v", n, ties, p10, p50, p90, pct(sorted, 10), pct(sorted, 50), pct(sorted, 90))
			}
		}
	}
}

// Ranges holds one slot per field: a field added to Fields needs fieldCount
// raised with it.
func TestFieldCount(t *testing.T) {
	if len(Fields) != fieldCount {
		t.Fatalf("len(Fields) = %d, fieldCount = %d", len(Fields), fieldCount)
	}
}
