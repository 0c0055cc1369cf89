package ui

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkAutosaveSnapshot measures what autosave adds to every change and
// keystroke on the UI goroutine: copying the document and the typed text.
func BenchmarkAutosaveSnapshot(b *testing.B) {
	for _, n := range []int{6, 100} {
		b.Run(fmt.Sprintf("%d scenarios", n), func(b *testing.B) {
			c := NewController(manyScenarios(n), "")
			c.SetCell(Cell{Row: rowOf(b, c, "queries_per_month"), Col: 1}, "1")
			b.ReportAllocs()
			for b.Loop() {
				c.recoverySnapshot()
			}
		})
	}
}

// BenchmarkAutosaveWrite measures one write of the recovery file, off the
// UI goroutine: marshalling the document and writing it atomically.
func BenchmarkAutosaveWrite(b *testing.B) {
	for _, n := range []int{6, 100} {
		b.Run(fmt.Sprintf("%d scenarios", n), func(b *testing.B) {
			store, err := OpenRecoveryStore(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer store.Close(false)
			c := NewController(manyScenarios(n), "")
			c.SetCell(Cell{Row: rowOf(b, c, "queries_per_month"), Col: 1}, "1")
			a := NewAutosaver(store, time.Hour)
			b.ReportAllocs()
			for b.Loop() {
				a.Changed(c.recoverySnapshot())
				if err := a.Flush(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
