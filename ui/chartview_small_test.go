package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

// TestChartTooSmallSaysSo: in less room than a plot needs the view says
// to enlarge the window instead of showing an empty frame; given room
// again, it draws the chart.
func TestChartTooSmallSaysSo(t *testing.T) {
	test.NewTempApp(t)
	c, _ := newSeedController(t)
	v := NewChartView(chart.Volume)
	landed := make(chan uint64, 8)
	v.rendered = func(gen uint64) { landed <- gen }
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(500, 130))
	v.SetData([]model.Result{*c.Result(0)}, 0)
	if !v.note.Visible() || !strings.HasPrefix(v.note.Text, "Enlarge the window") || v.Image() != nil {
		t.Fatalf("in %v the view shows note %q (visible %v), image %v", v.Size(), v.note.Text, v.note.Visible(), v.Image() != nil)
	}
	w.Resize(fyne.NewSize(600, 400))
	for v.Image() == nil {
		<-landed
	}
	if v.note.Visible() {
		t.Errorf("the note stays once the chart has room")
	}
}
