package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"buildvsbuy/model"
)

// benchWindow opens the window on n scenarios at 1920×1080, with the first
// scenario's queries_per_month selected.
func benchWindow(b *testing.B, n int) (*Window, Cell) {
	b.Helper()
	w := newTestWindow(b, manyScenarios(n))
	w.win.Resize(fyne.NewSize(1920, 1080))
	cell := Cell{Row: rowOf(b, w.ctl, "queries_per_month"), Col: 1}
	w.ctl.Select(cell)
	return w, cell
}

// edits alternates between two volumes on either side of the buy
// threshold, so that every edit changes the verdict and the reasons.
var edits = []string{"10M", "50,000"}

// BenchmarkEditToGrid measures one committed edit through to re-evaluated
// scenarios, the refreshed grid cells, the verdict panel, the projection,
// the status line and the title. The charts are hidden here: they are
// drawn off the UI goroutine (see BenchmarkEditToCharts).
func BenchmarkEditToGrid(b *testing.B) {
	for _, n := range []int{6, 100} {
		b.Run(fmt.Sprintf("scenarios=%d", n), func(b *testing.B) {
			w, cell := benchWindow(b, n)
			for _, v := range w.detail.charts {
				v.Hide()
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := w.ctl.SetCell(cell, edits[i%2]); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if w.detail.badge.Text() == "" {
				b.Fatal("no verdict shown")
			}
		})
	}
}

// BenchmarkEditToCharts measures one committed edit through to the chart
// on show redrawn at its size: the cost-vs-volume chart of the selected
// scenario, and the chart of all scenarios.
func BenchmarkEditToCharts(b *testing.B) {
	for _, n := range []int{6, 100} {
		for tab, name := range []string{"volume", "totals"} {
			if tab == 1 {
				tab = 2
			}
			b.Run(fmt.Sprintf("scenarios=%d/chart=%s", n, name), func(b *testing.B) {
				w, cell := benchWindow(b, n)
				w.detail.tabs.SelectIndex(tab)
				v := w.detail.charts[tab]
				waitForChart(b, v)
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if err := w.ctl.SetCell(cell, edits[i%2]); err != nil {
						b.Fatal(err)
					}
					waitForChart(b, v)
				}
				b.StopTimer()
				if v.Image() == nil {
					b.Fatal("no chart drawn")
				}
			})
		}
	}
}

// TestBenchmarkEditsChangeVerdict checks that the benchmarks' edits do the
// work they claim to: each changes the first scenario's reasons.
func TestBenchmarkEditsChangeVerdict(t *testing.T) {
	c := NewController(manyScenarios(6), "")
	cell := Cell{Row: rowOf(t, c, "queries_per_month"), Col: 1}
	var rules []int
	for _, e := range edits {
		if err := c.SetCell(cell, e); err != nil {
			t.Fatal(err)
		}
		rules = append(rules, c.Result(0).DecidingRule())
	}
	if rules[0] == rules[1] {
		t.Errorf("both edits decide by rule %d", rules[0])
	}
	if c.Result(0).Verdict != model.Buy {
		t.Errorf("verdict %s", c.Result(0).Verdict)
	}
}
