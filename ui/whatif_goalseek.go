package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// The goal seek targets as the dialog offers them.
const (
	targetSavingsLabel = "Savings reach zero"
	targetVerdictLabel = "The verdict changes"
)

// GoalSeekDialog asks, for the selected scenario, at which value of one
// input the savings reach zero or the verdict changes, says the answer in a
// sentence and offers to apply it.
type GoalSeekDialog struct {
	ctl    *Controller
	index  int // the scenario solved for
	keys   []string
	input  *widget.Select
	target *widget.RadioGroup
	answer *widget.Label
	apply  *widget.Button
	dlg    *dialog.CustomDialog

	seek model.Seek // the last answer
	ok   bool       // seek holds a value that can be applied
}

// numericFields returns the numeric inputs, in grid order.
func numericFields() []model.Field {
	var out []model.Field
	for _, f := range model.Fields {
		if f.Kind == model.Number || f.Kind == model.Integer {
			out = append(out, f)
		}
	}
	return out
}

// newGoalSeekDialog builds the dialog for ctl's selected scenario, starting
// from the selected row's input when it is numeric, else the GPU price.
func newGoalSeekDialog(ctl *Controller, win fyne.Window) *GoalSeekDialog {
	g := &GoalSeekDialog{ctl: ctl, index: ctl.SelectedScenario(),
		answer: &widget.Label{Wrapping: fyne.TextWrapWord}}
	var labels []string
	for _, f := range numericFields() {
		g.keys = append(g.keys, f.Key)
		labels = append(labels, f.Label)
	}
	start := "gpu_hourly"
	if sel := ctl.Selection(); sel.Row >= 0 && sel.Row < len(ctl.Rows()) {
		if r := ctl.Rows()[sel.Row]; r.Kind == InputRow {
			if f := model.Fields[r.Field]; f.Kind == model.Number || f.Kind == model.Integer {
				start = f.Key
			}
		}
	}
	g.input = widget.NewSelect(labels, func(string) { g.solve() })
	g.target = widget.NewRadioGroup([]string{targetSavingsLabel, targetVerdictLabel}, func(string) { g.solve() })
	g.target.Required = true
	g.apply = widget.NewButton("Apply", g.onApply)
	g.apply.Importance = widget.HighImportance
	g.target.SetSelected(targetSavingsLabel)
	fl, _ := model.FieldByKey(start)
	g.input.SetSelected(fl.Label)

	name := "no scenario"
	if g.index >= 0 {
		name = ctl.Scenario(g.index).Name
	}
	form := widget.NewForm(widget.NewFormItem("Input", g.input), widget.NewFormItem("Until", g.target))
	content := container.NewVBox(widget.NewLabel("Scenario: "+name), form, g.answer)
	g.dlg = dialog.NewCustomWithoutButtons("Goal seek", content, win)
	g.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Close", g.dlg.Hide), g.apply})
	g.dlg.Resize(fyne.NewSize(560, 0))
	return g
}

// showGoalSeekDialog opens the goal seek dialog for ctl's selected scenario.
func showGoalSeekDialog(ctl *Controller, win fyne.Window) *GoalSeekDialog {
	g := newGoalSeekDialog(ctl, win)
	g.dlg.Show()
	return g
}

// key returns the input chosen.
func (g *GoalSeekDialog) key() string {
	if i := g.input.SelectedIndex(); i >= 0 {
		return g.keys[i]
	}
	return ""
}

// targetChosen returns the target chosen.
func (g *GoalSeekDialog) targetChosen() model.Target {
	if g.target.Selected == targetVerdictLabel {
		return model.TargetVerdict
	}
	return model.TargetSavings
}

// solve runs goal seek for the chosen input and target and shows the answer.
func (g *GoalSeekDialog) solve() {
	if g.input == nil || g.target == nil || g.apply == nil || g.key() == "" || g.index < 0 {
		return
	}
	sk, err := g.ctl.GoalSeek(g.index, g.key(), g.targetChosen())
	g.seek, g.ok = sk, err == nil && sk.Value != nil && *sk.Value != sk.Current
	if err != nil {
		g.answer.SetText("Goal seek failed: " + err.Error())
	} else {
		g.answer.SetText(seekSentence(g.ctl.Scenario(g.index), sk))
	}
	if g.ok {
		g.apply.Enable()
	} else {
		g.apply.Disable()
	}
}

// onApply sets the input to the value found, as one undo step.
func (g *GoalSeekDialog) onApply() {
	if !g.ok {
		return
	}
	if err := g.ctl.ApplyGoalSeek(g.index, g.seek); err != nil {
		g.answer.SetText("Cannot apply: " + err.Error())
		return
	}
	g.dlg.Hide()
}

// seekSentence says goal seek's answer for scenario s: "Savings reach zero
// when GPU price is $8.78 (now $2.50); the verdict is then BUY."
func seekSentence(s model.Scenario, sk model.Seek) string {
	f, _ := model.FieldByKey(sk.Input)
	now := displayValue(f, &s)
	if sk.Value == nil {
		if sk.Target == model.TargetVerdict {
			return fmt.Sprintf("No value of %s changes the verdict from %s: it stays %s whatever %s is (now %s).",
				f.Label, verdictWord(sk.VerdictBefore), verdictWord(sk.VerdictBefore), f.Label, now)
		}
		return fmt.Sprintf("No value of %s makes the savings reach zero: never within its valid range (now %s).", f.Label, now)
	}
	at := s
	_ = f.SetNumber(&at, *sk.Value)
	val := displayValue(f, &at)
	if *sk.Value == sk.Current {
		return fmt.Sprintf("Savings are zero already at %s = %s.", f.Label, now)
	}
	if sk.Target == model.TargetVerdict {
		return fmt.Sprintf("The verdict turns from %s to %s when %s reaches %s (now %s).",
			verdictWord(sk.VerdictBefore), verdictWord(sk.VerdictAfter), f.Label, val, now)
	}
	return fmt.Sprintf("Savings (build − buy) reach zero when %s is %s (now %s); the verdict there is %s.",
		f.Label, val, now, verdictWord(sk.VerdictAfter))
}
