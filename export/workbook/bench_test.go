package workbook

import (
	"bytes"
	"fmt"
	"testing"
)

// BenchmarkWrite exports documents of 10, 100 and 1,000 scenarios over the
// default 12-month horizon and reports the size of the file.
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		doc := generate(b, genOptions{seed: uint64(n), scenarios: n, horizon: 12})
		b.Run(fmt.Sprintf("scenarios=%d", n), func(b *testing.B) {
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
