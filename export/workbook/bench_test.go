package workbook

import (
	"bytes"
	"testing"

	"buildvsbuy/model"
)

// BenchmarkWrite exports documents of 10, 100 and 1,000 scenarios over the
// default 12-month horizon and reports the size of the file; "ranges" gives
// every scenario ranges on its volume and GPU price, so that the Risk sheet
// simulates as many scenarios as it does at most.
func BenchmarkWrite(b *testing.B) {
	withRanges := func(i int, s *model.Scenario) {
		q, g := s.QueriesPerMonth, s.GPUHourly
		if err := s.Ranges.Set("queries_per_month", model.Estimate{Low: q / 2, Likely: q, High: q * 2}); err != nil {
			panic(err)
		}
		if err := s.Ranges.Set("gpu_hourly", model.Estimate{Low: g, Likely: g, High: g + 1}); err != nil {
			panic(err)
		}
	}
	for _, tc := range []struct {
		name string
		o    genOptions
	}{
		{"scenarios=10", genOptions{seed: 10, scenarios: 10, horizon: 12}},
		{"scenarios=100", genOptions{seed: 100, scenarios: 100, horizon: 12}},
		{"scenarios=1000", genOptions{seed: 1000, scenarios: 1000, horizon: 12}},
		{"scenarios=1000,ranges", genOptions{seed: 1000, scenarios: 1000, horizon: 12, edit: withRanges}},
	} {
		doc := generate(b, tc.o)
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Write(&buf, doc); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes/file")
		})
	}
}
