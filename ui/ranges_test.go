package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

func TestSetRangesUndoAndDirty(t *testing.T) {
	c, _ := newSeedController(t)
	i := scenarioIndex(t, c, "True scale")
	c.Select(Cell{Row: rowOf(t, c, "gpu_hourly"), Col: i + 1})
	r, err := ParseRanges(c.Scenario(i), map[string]RangeText{
		"gpu_hourly":        {Low: "$2", Likely: "", High: "4.00"},
		"queries_per_month": {Low: "8M", Likely: "10,000,000", High: "12M"},
		"engineers":         {}, // blank: no range
	})
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := r.Get("gpu_hourly"); !ok || e != (model.Estimate{Low: 2, Likely: c.Scenario(i).GPUHourly, High: 4}) {
		t.Errorf("gpu_hourly estimate %+v, %v; a blank likely takes the grid's value", e, ok)
	}
	if e, _ := r.Get("queries_per_month"); e != (model.Estimate{Low: 8e6, Likely: 1e7, High: 12e6}) {
		t.Errorf("queries estimate %+v", e)
	}
	if r.Len() != 2 {
		t.Errorf("%d ranges, want 2", r.Len())
	}
	if err := c.SetRanges(i, r); err != nil {
		t.Fatal(err)
	}
	if !c.Dirty() || c.Scenario(i).Ranges != r {
		t.Error("setting ranges did not change the document or mark it unsaved")
	}
	if !strings.HasPrefix(c.UndoLabel(), "ranges of True scale") {
		t.Errorf("undo label %q", c.UndoLabel())
	}
	// The ranges are saved with the document.
	if doc := c.Document(); doc.Scenarios[i].Ranges.Len() != 2 {
		t.Error("the document does not hold the ranges")
	}

	// Clearing is one more step; two undos take both back.
	if err := c.SetRanges(i, model.Ranges{}); err != nil {
		t.Fatal(err)
	}
	if !c.Scenario(i).Ranges.IsZero() {
		t.Error("ranges not cleared")
	}
	c.Undo()
	if c.Scenario(i).Ranges != r {
		t.Error("undoing the clear does not bring the ranges back")
	}
	c.Undo()
	if !c.Scenario(i).Ranges.IsZero() || c.Dirty() {
		t.Errorf("undoing the ranges leaves ranges, dirty %v", c.Dirty())
	}
	// Setting the same ranges again changes nothing.
	if err := c.SetRanges(i, model.Ranges{}); err != nil {
		t.Fatal(err)
	}
	if !c.CanRedo() || c.Dirty() {
		t.Error("setting unchanged ranges counted as a change")
	}
}

func TestParseRangesRefusals(t *testing.T) {
	c, _ := newSeedController(t)
	s := c.Scenario(scenarioIndex(t, c, "True scale"))
	for _, tt := range []struct {
		name  string
		key   string
		text  RangeText
		wants []string
	}{
		{"out of order", "gpu_hourly", RangeText{"5", "2.5", "4"}, []string{"GPU price", "low <= likely <= high"}},
		{"over the range", "utilization_pct", RangeText{"40", "50", "140"}, []string{"Utilization", "high", "140"}},
		{"not a number", "engineers", RangeText{"one", "2", "3"}, []string{"Engineers", "low"}},
		{"missing high", "gpu_hourly", RangeText{"1", "2", ""}, []string{"GPU price", "high is missing"}},
		{"not whole", "gpus_per_replica", RangeText{"1", "1.5", "2"}, []string{"GPUs / replica", "likely"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRanges(s, map[string]RangeText{tt.key: tt.text})
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tt.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestStarterRanges(t *testing.T) {
	c, _ := newSeedController(t)
	s := c.Scenario(scenarioIndex(t, c, "True scale"))
	r := StarterRanges(s, 20)
	e, ok := r.Get("gpu_hourly")
	if !ok || e.Likely != s.GPUHourly || e.Low != s.GPUHourly*0.8 || e.High != s.GPUHourly*1.2 {
		t.Errorf("gpu_hourly starter %+v, %v", e, ok)
	}
	next := s
	next.Ranges = r
	if err := model.ValidateScenario(&next); err != nil {
		t.Errorf("the starter ranges are refused: %v", err)
	}
}

func TestRangesDialogKeepsRefusedTextAndApplies(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	i := scenarioIndex(t, w.ctl, "True scale")
	w.ctl.Select(Cell{Row: rowOf(t, w.ctl, "gpu_hourly"), Col: i + 1})
	ch := watchRisk(w)
	d := showRangesDialog(w.ctl, w.win)
	var gpu rangeRow
	for _, r := range d.rows {
		if r.field.Key == "gpu_hourly" {
			gpu = r
		}
	}
	test.Type(gpu.low, "9")
	test.Type(gpu.high, "4")
	d.onApply()
	if !strings.Contains(d.message.Text, "GPU price") || gpu.low.Text != "9" || !w.ctl.Scenario(i).Ranges.IsZero() {
		t.Fatalf("a refused range: message %q, low %q", d.message.Text, gpu.low.Text)
	}
	gpu.low.SetText("2")
	d.onStarter() // fills the other drivers, keeps the typed GPU range
	if gpu.low.Text != "2" || gpu.high.Text != "4" {
		t.Errorf("the starter overwrote typed text: %q … %q", gpu.low.Text, gpu.high.Text)
	}
	d.onApply()
	r := w.ctl.Scenario(i).Ranges
	if e, ok := r.Get("gpu_hourly"); !ok || e.Low != 2 || e.High != 4 {
		t.Errorf("gpu_hourly range %+v, %v", e, ok)
	}
	if _, ok := r.Get("queries_per_month"); !ok || !w.ctl.Dirty() {
		t.Error("the starter's ranges were not applied")
	}
	waitRisk(t, w, ch) // the run the ranges started ends within the test
}
