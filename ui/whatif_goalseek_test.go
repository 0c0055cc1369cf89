package ui

import (
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

func TestApplyGoalSeekIsOneUndoStep(t *testing.T) {
	c, _ := newSeedController(t)
	i := scenarioIndex(t, c, "True scale")
	before := c.Scenario(i)
	want, err := model.GoalSeek(before, c.Policy(), "gpu_hourly", model.TargetSavings)
	if err != nil || want.Value == nil {
		t.Fatalf("model.GoalSeek: %v, %v", want.Value, err)
	}
	sk, err := c.GoalSeek(i, "gpu_hourly", model.TargetSavings)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.ApplyGoalSeek(i, sk); err != nil {
		t.Fatal(err)
	}
	if got := c.Scenario(i).GPUHourly; got != *want.Value {
		t.Errorf("applied GPU price %v, want goal seek's %v", got, *want.Value)
	}
	if !c.Dirty() {
		t.Error("applying goal seek leaves the document saved")
	}
	if got := c.UndoLabel(); got != "goal seek of GPU price" {
		t.Errorf("undo label %q", got)
	}
	if s := c.Result(i).Savings; s != 0 && s != want.SavingsAfter {
		t.Errorf("savings after applying %v, want %v", s, want.SavingsAfter)
	}
	c.Undo()
	if c.Scenario(i) != before || c.Dirty() || c.CanUndo() {
		t.Errorf("one undo does not take goal seek back: GPU price %v, dirty %v", c.Scenario(i).GPUHourly, c.Dirty())
	}
	if err := c.ApplyGoalSeek(i, model.Seek{Input: "gpu_hourly"}); err == nil {
		t.Error("applying a goal seek that found nothing succeeds")
	}
}

func TestGoalSeekDialogSaysWhereSavingsReachZero(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	i := scenarioIndex(t, w.ctl, "True scale")
	w.ctl.Select(Cell{Row: rowOf(t, w.ctl, "gpu_hourly"), Col: i + 1})
	s := w.ctl.Scenario(i)
	want, err := model.GoalSeek(s, w.ctl.Policy(), "gpu_hourly", model.TargetSavings)
	if err != nil || want.Value == nil {
		t.Fatalf("model.GoalSeek: %v, %v", want.Value, err)
	}
	at := s
	at.GPUHourly = *want.Value
	price := displayValue(model.Fields[rowField(t, w.ctl, "gpu_hourly")], &at)

	g := showGoalSeekDialog(w.ctl, w.win)
	if g.input.Selected != "GPU price" || g.target.Selected != targetSavingsLabel {
		t.Fatalf("the dialog starts at %q / %q, want the selected row's GPU price and savings", g.input.Selected, g.target.Selected)
	}
	text := g.answer.Text
	t.Log(text)
	now := displayValue(model.Fields[rowField(t, w.ctl, "gpu_hourly")], &s)
	if !strings.Contains(text, "Savings (build − buy) reach zero when GPU price is "+price) || !strings.Contains(text, "(now "+now+")") {
		t.Errorf("the dialog says %q, want savings zero at %s", text, price)
	}

	// The verdict target names both verdicts.
	g.target.SetSelected(targetVerdictLabel)
	vk, _ := model.GoalSeek(s, w.ctl.Policy(), "gpu_hourly", model.TargetVerdict)
	if vk.Value != nil && !strings.Contains(g.answer.Text, "turns from BUILD to "+verdictWord(vk.VerdictAfter)) {
		t.Errorf("verdict target: %q", g.answer.Text)
	}

	// Apply sets the value as one undo step and closes the dialog.
	g.target.SetSelected(targetSavingsLabel)
	if g.apply.Disabled() {
		t.Fatal("Apply is disabled with an answer")
	}
	g.apply.OnTapped()
	if got := w.ctl.Scenario(i).GPUHourly; got != *want.Value {
		t.Errorf("Apply set GPU price %v, want %v", got, *want.Value)
	}
	if w.ctl.UndoLabel() != "goal seek of GPU price" {
		t.Errorf("undo label %q", w.ctl.UndoLabel())
	}
}

func TestSeekSentenceNever(t *testing.T) {
	s := assets.DefaultDocument().Scenarios[0]
	got := seekSentence(s, model.Seek{Input: "gpu_hourly", Target: model.TargetSavings})
	if !strings.Contains(got, "never within its valid range") {
		t.Errorf("no value: %q", got)
	}
}

// rowField returns the index in model.Fields of the input key.
func rowField(t testing.TB, c *Controller, key string) int {
	t.Helper()
	return c.Rows()[rowOf(t, c, key)].Field
}
