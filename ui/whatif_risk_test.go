package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"buildvsbuy/assets"
	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

// watchRisk records every outcome the risk section shows, by gen.
func watchRisk(w *Window) chan uint64 {
	ch := make(chan uint64, 64)
	w.detail.risk.landed = func(gen uint64) { ch <- gen }
	return ch
}

// waitRisk waits for the outcome of the risk section's current run.
func waitRisk(t testing.TB, w *Window, ch chan uint64) {
	t.Helper()
	want := w.detail.risk.gen
	deadline := time.After(30 * time.Second)
	for {
		select {
		case gen := <-ch:
			if gen == want {
				return
			}
			t.Fatalf("a superseded run (gen %d) landed while gen %d is current", gen, want)
		case <-deadline:
			t.Fatal("the risk simulation did not land in time")
		}
	}
}

func TestRiskShowsProbabilityAfterRanges(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	ch := watchRisk(w)
	i := scenarioIndex(t, w.ctl, "True scale")
	w.ctl.Select(Cell{Row: rowOf(t, w.ctl, "gpu_hourly"), Col: i + 1})
	waitRisk(t, w, ch)
	if !strings.Contains(w.detail.risk.text.Text, "No ranges yet") || w.detail.risk.Result() != nil {
		t.Errorf("without ranges the risk section says %q", w.detail.risk.text.Text)
	}

	if err := w.ctl.SetRanges(i, StarterRanges(w.ctl.Scenario(i), 20)); err != nil {
		t.Fatal(err)
	}
	waitRisk(t, w, ch)
	want, err := model.Simulate(context.Background(), w.ctl.Scenario(i), w.ctl.Policy(),
		model.SimulateOptions{Trials: riskTrials, Seed: riskSeed})
	if err != nil {
		t.Fatal(err)
	}
	got := w.detail.risk.Result()
	if got == nil || got.PBuildCheaper != want.PBuildCheaper || got.SavingsP50 != want.SavingsP50 {
		t.Fatalf("risk result %+v, want model.Simulate's P %v, P50 %v", got, want.PBuildCheaper, want.SavingsP50)
	}
	text := w.detail.risk.text.Text
	t.Log(text)
	for _, s := range []string{formatShare(want.PBuildCheaper), model.FormatMoney(want.SavingsP10), model.FormatMoney(want.SavingsP90)} {
		if !strings.Contains(text, s) {
			t.Errorf("the risk section %q does not show %s", text, s)
		}
	}
	// The cumulative chart draws the band.
	for _, v := range w.detail.charts {
		if v.kind == chart.Cumulative {
			v.mu.Lock()
			u := v.opts.Uncertainty
			v.mu.Unlock()
			if u == nil || u.PBuildCheaper != want.PBuildCheaper {
				t.Error("the cumulative chart has no band")
			}
		}
	}
}

func TestRiskSupersededRunLeavesNoStaleResult(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	ch := watchRisk(w)
	i := scenarioIndex(t, w.ctl, "True scale")
	w.ctl.Select(Cell{Row: rowOf(t, w.ctl, "gpu_hourly"), Col: i + 1})
	waitRisk(t, w, ch) // "no ranges yet"
	if err := w.ctl.SetRanges(i, StarterRanges(w.ctl.Scenario(i), 20)); err != nil {
		t.Fatal(err)
	}
	// Edits in quick succession: only the last one's run may land.
	gpu := Cell{Row: rowOf(t, w.ctl, "gpu_hourly"), Col: i + 1}
	for _, v := range []string{"3", "4", "5"} {
		if err := w.ctl.SetCell(gpu, v); err != nil {
			t.Fatal(err)
		}
	}
	waitRisk(t, w, ch) // fails if an earlier gen lands
	want, _ := model.Simulate(context.Background(), w.ctl.Scenario(i), w.ctl.Policy(),
		model.SimulateOptions{Trials: riskTrials, Seed: riskSeed})
	if got := w.detail.risk.Result(); got == nil || got.PBuildCheaper != want.PBuildCheaper {
		t.Fatalf("after edits the risk shows %+v, want the last scenario's P %v", got, want.PBuildCheaper)
	}

	// An edit of another scenario neither restarts nor drops the result.
	gen := w.detail.risk.gen
	if err := w.ctl.SetCell(Cell{Row: gpu.Row, Col: 1}, "4"); err != nil {
		t.Fatal(err)
	}
	if w.detail.risk.gen != gen || w.detail.risk.Result() == nil {
		t.Error("editing another scenario started the simulation again")
	}

	// A run cancelled by moving to a scenario without ranges never lands.
	if err := w.ctl.SetCell(gpu, "6"); err != nil {
		t.Fatal(err)
	}
	w.ctl.Select(Cell{Row: gpu.Row, Col: 1}) // the first scenario has no ranges
	waitRisk(t, w, ch)
	time.Sleep(riskDebounce + 300*time.Millisecond)
	select {
	case gen := <-ch:
		t.Errorf("a cancelled run landed (gen %d)", gen)
	default:
	}
	if w.detail.risk.Result() != nil || !strings.Contains(w.detail.risk.text.Text, "No ranges yet") {
		t.Errorf("after moving to a scenario without ranges the risk says %q", w.detail.risk.text.Text)
	}
}
