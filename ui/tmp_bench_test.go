package ui

import (
	"testing"

	"buildvsbuy/assets"
)

func BenchmarkTmpMove(b *testing.B) {
	w := newTestWindow(b, assets.DefaultDocument())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			w.ctl.Move(1, 0)
		} else {
			w.ctl.Move(-1, 0)
		}
	}
}

func BenchmarkTmpRefresh(b *testing.B) {
	w := newTestWindow(b, assets.DefaultDocument())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.grid.Refresh()
	}
}

func BenchmarkTmpCreate(b *testing.B) {
	w := newTestWindow(b, assets.DefaultDocument())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.grid.CreateCell()
	}
}
