package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// scenarioIndex returns the index of the scenario called name, or fails.
func scenarioIndex(t testing.TB, c *Controller, name string) int {
	t.Helper()
	for i := range c.ScenarioCount() {
		if strings.HasPrefix(c.Scenario(i).Name, name) {
			return i
		}
	}
	t.Fatalf("no scenario %q", name)
	return -1
}

// selectTab selects the detail panel's tab called title.
func selectTab(t testing.TB, w *Window, title string) *container.TabItem {
	t.Helper()
	for _, ti := range w.detail.tabs.Items {
		if ti.Text == title {
			w.detail.tabs.Select(ti)
			return ti
		}
	}
	t.Fatalf("no tab %q", title)
	return nil
}

func TestTornadoTabShowsWhatFlipsTrueScale(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	i := scenarioIndex(t, w.ctl, "True scale")
	w.ctl.Select(Cell{Row: rowOf(t, w.ctl, "gpu_hourly"), Col: i + 1})
	settle(t, w) // the charts of the newly selected scenario land first
	v := w.detail.what.view
	drawn := make(chan uint64, 16)
	v.rendered = func(gen uint64) { drawn <- gen } // sent after the image is shown
	selectTab(t, w, whatTab)
	if !v.Visible() {
		t.Fatal("the tornado is hidden while its tab is selected")
	}
	waitTornado(t, v, drawn)
	if v.Image() == nil {
		t.Fatal("no tornado drawn")
	}
	if v.index != i {
		t.Errorf("the tornado shows scenario %d, want %d (True scale)", v.index, i)
	}
	note := w.detail.what.note.Text
	t.Log(note)
	if !strings.Contains(note, "BUILD turns to BUY at") {
		t.Errorf("the note %q does not say where the closest input flips BUILD", note)
	}
	if !strings.Contains(note, "No single input flips BUILD") || !strings.Contains(note, "Closest:") {
		t.Errorf("at ±20%% the note says %q, want that nothing flips BUILD and the closest input", note)
	}

	// At ±50% the inputs model.Sensitivity says flip are named.
	w.detail.what.swing.SetSelected("±50%")
	swings, err := model.Sensitivity(w.ctl.Scenario(i), w.ctl.Policy(), 50)
	if err != nil {
		t.Fatal(err)
	}
	var flips int
	note = w.detail.what.note.Text
	for _, sw := range swings {
		if sw.Flips {
			flips++
			if !strings.Contains(note, fieldLabel(sw.Input)) {
				t.Errorf("at ±50%% the note %q does not name %s, which flips the verdict", note, sw.Input)
			}
		}
	}
	if flips > 0 && !strings.Contains(note, "can flip BUILD") || flips == 0 && !strings.Contains(note, "No single input flips BUILD") {
		t.Errorf("at ±50%% %d inputs flip; the note says %q", flips, note)
	}
	waitTornado(t, v, drawn)
	if v.opts.SwingPct != 50 {
		t.Errorf("the tornado is drawn at ±%v%%, want ±50%%", v.opts.SwingPct)
	}

	// An edit redraws it.
	before := v.Image()
	gen := v.gen
	if err := w.ctl.SetCell(Cell{Row: rowOf(t, w.ctl, "gpu_hourly"), Col: i + 1}, "1"); err != nil {
		t.Fatal(err)
	}
	waitTornado(t, v, drawn)
	if v.gen == gen || v.Image() == before {
		t.Error("the tornado was not drawn again after an edit")
	}

	// Another tab hides it, so it is not drawn for nothing.
	selectTab(t, w, "Cumulative")
	if v.Visible() {
		t.Error("the tornado stays visible under another tab")
	}
	settle(t, w)
}

// waitTornado waits until v shows the drawing of its current gen, as told
// on drawn by its rendered hook (after the image has been refreshed).
func waitTornado(t testing.TB, v *ChartView, drawn chan uint64) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		v.mu.Lock()
		want := v.gen
		v.mu.Unlock()
		select {
		case gen := <-drawn:
			if gen == want {
				return
			}
		case <-deadline:
			t.Fatal("the tornado was not drawn in time")
		}
	}
}
