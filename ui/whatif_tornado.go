package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

// swingChoices are the swings the "What moves it" tab offers, in percent.
var swingChoices = []string{"±10%", "±20%", "±30%", "±50%"}

// SensitivityTab is the "What moves it" chart tab: the tornado chart of the
// selected scenario, each input moved down and up by the chosen swing, with
// a sentence above it saying which inputs flip the verdict or, when none
// does, which comes closest.
type SensitivityTab struct {
	ctl   *Controller
	view  *ChartView
	swing *widget.Select
	note  *widget.Label

	pct     float64 // the swing shown, in percent
	content fyne.CanvasObject
}

// NewSensitivityTab returns the tab for ctl's selected scenario, at ±20%.
func NewSensitivityTab(ctl *Controller) *SensitivityTab {
	t := &SensitivityTab{
		ctl:  ctl,
		view: NewChartView(chart.Tornado),
		note: &widget.Label{Wrapping: fyne.TextWrapWord},
		pct:  model.DefaultSwingPct,
	}
	t.view.SetOptions(chart.Options{SwingPct: t.pct})
	t.swing = widget.NewSelect(swingChoices, t.onSwingChanged)
	t.swing.SetSelected(swingLabel(t.pct))
	swing := container.NewVBox(container.NewHBox(widget.NewLabel("Swing"), t.swing))
	t.content = container.NewBorder(container.NewBorder(nil, nil, swing, nil, t.note), nil, nil, nil, t.view)
	return t
}

// Content returns the tab's root object.
func (t *SensitivityTab) Content() fyne.CanvasObject { return t.content }

func swingLabel(pct float64) string { return "±" + strconv.FormatFloat(pct, 'f', -1, 64) + "%" }

// onSwingChanged redraws the tornado at the chosen swing.
func (t *SensitivityTab) onSwingChanged(choice string) {
	pct, err := strconv.ParseFloat(strings.Trim(choice, "±%"), 64)
	if err != nil || pct == t.pct {
		return
	}
	t.pct = pct
	t.view.SetOptions(chart.Options{SwingPct: pct})
	t.update(t.ctl.Results(), t.ctl.SelectedScenario())
}

// update shows the tornado and its sentence for scenario index of results.
func (t *SensitivityTab) update(results []model.Result, index int) {
	if index < 0 {
		return
	}
	t.view.SetData(results, index)
	t.note.SetText(sensitivityNote(t.ctl.Scenario(index), t.ctl.Policy(), &results[index], t.pct))
}

// sensitivityNote says in a sentence what the tornado shows: the inputs
// whose swing flips the verdict, or the one that comes closest to it.
func sensitivityNote(s model.Scenario, p model.Policy, r *model.Result, pct float64) string {
	swings, err := model.Sensitivity(s, p, pct)
	if err != nil {
		return "Sensitivity cannot be computed: " + err.Error()
	}
	at := swingLabel(pct)
	if r.Verdict == model.BuildRequired {
		return "BUILD REQUIRED rests on quality, regulation or latency, not on cost: the bars show how the savings move at " + at + "."
	}
	var flips []string
	for _, sw := range swings {
		if sw.Flips {
			flips = append(flips, fieldLabel(sw.Input))
		}
	}
	word := verdictWord(r.Verdict)
	if len(flips) > 0 {
		return fmt.Sprintf("At %s, %d input(s) can flip %s: %s.", at, len(flips), word, strings.Join(flips, ", "))
	}
	// The closest: the end whose savings come nearest the other side of zero.
	best, bestSav, found := "", 0.0, false
	for _, sw := range swings {
		for _, v := range []float64{sw.SavingsLow, sw.SavingsHigh} {
			d := v
			if r.Savings > 0 {
				d = -v
			}
			if !found || d > bestSav {
				best, bestSav, found = sw.Input, d, true
			}
		}
	}
	if !found {
		return "No input moves the savings at " + at + "."
	}
	closest := bestSav
	if r.Savings > 0 {
		closest = -bestSav
	}
	still := "building still saves " + model.FormatMoney(-closest)
	if closest > 0 {
		still = "buying still saves " + model.FormatMoney(closest)
	}
	text := fmt.Sprintf("No single input flips %s at %s. Closest: %s (%s at its far end).", word, at, fieldLabel(best), still)
	if sk, err := model.GoalSeek(s, p, best, model.TargetVerdict); err == nil && sk.Value != nil {
		f, _ := model.FieldByKey(best)
		moved := s
		_ = f.SetNumber(&moved, *sk.Value)
		text += fmt.Sprintf(" %s turns to %s at %s (now %s).", word, verdictWord(sk.VerdictAfter),
			displayValue(f, &moved), displayValue(f, &s))
	}
	return text
}

// fieldLabel returns the row label of the input key ("GPU price").
func fieldLabel(key string) string {
	if f, ok := model.FieldByKey(key); ok {
		return f.Label
	}
	return key
}
