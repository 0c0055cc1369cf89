package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// RangesDialog edits the low/likely/high estimates of the selected
// scenario's numeric inputs, which the risk simulation draws from. What is
// typed stays in the entries until it is applied or the dialog cancelled; a
// refused estimate is reported in the dialog, which stays open.
type RangesDialog struct {
	ctl     *Controller
	index   int
	rows    []rangeRow
	message *widget.Label
	dlg     *dialog.CustomDialog
}

// rangeRow is one input's three entries.
type rangeRow struct {
	field             model.Field
	low, likely, high *widget.Entry
}

// rangeText formats an estimate point for editing, as the grid does.
func rangeText(v float64) string { return groupDigits(strconv.FormatFloat(v, 'f', -1, 64)) }

// newRangesDialog builds the dialog for ctl's selected scenario.
func newRangesDialog(ctl *Controller, win fyne.Window) *RangesDialog {
	d := &RangesDialog{ctl: ctl, index: ctl.SelectedScenario(),
		message: &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.DangerImportance}}
	s := ctl.Scenario(d.index)
	head := func(t string) fyne.CanvasObject {
		return &widget.Label{Text: t, TextStyle: fyne.TextStyle{Bold: true}}
	}
	cells := []fyne.CanvasObject{head("Input"), head("Low"), head("Likely"), head("High")}
	for _, f := range numericFields() {
		row := rangeRow{field: f, low: widget.NewEntry(), likely: widget.NewEntry(), high: widget.NewEntry()}
		row.likely.SetPlaceHolder(editValue(f, &s))
		if e, ok := s.Ranges.Get(f.Key); ok {
			row.low.SetText(rangeText(e.Low))
			row.likely.SetText(rangeText(e.Likely))
			row.high.SetText(rangeText(e.High))
		}
		label := f.Label
		if f.Units != "" {
			label += "  (" + f.Units + ")"
		}
		cells = append(cells, widget.NewLabel(label), row.low, row.likely, row.high)
		d.rows = append(d.rows, row)
	}
	grid := container.NewGridWithColumns(4, cells...)
	intro := widget.NewLabel("Each input with a range is drawn from low … likely … high (triangular) in every trial.\nLeave all three blank for no range; a blank likely means the value in the grid.")
	intro.Wrapping = fyne.TextWrapWord
	starter := widget.NewButtonWithIcon("±20% on the main cost drivers", theme.ContentAddIcon(), d.onStarter)
	clear := widget.NewButtonWithIcon("Clear all", theme.ContentClearIcon(), d.onClear)
	top := container.NewVBox(widget.NewLabel("Scenario: "+s.Name), intro, container.NewHBox(starter, clear))
	content := container.NewBorder(top, d.message, nil, nil, container.NewVScroll(grid))
	d.dlg = dialog.NewCustomWithoutButtons("Ranges", content, win)
	apply := widget.NewButton("Apply", d.onApply)
	apply.Importance = widget.HighImportance
	d.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", d.dlg.Hide), apply})
	d.dlg.Resize(fyne.NewSize(820, 680))
	return d
}

// showRangesDialog opens the Ranges dialog for ctl's selected scenario.
func showRangesDialog(ctl *Controller, win fyne.Window) *RangesDialog {
	if ctl.SelectedScenario() < 0 {
		return nil
	}
	d := newRangesDialog(ctl, win)
	d.dlg.Show()
	return d
}

// texts returns what is typed, keyed by input.
func (d *RangesDialog) texts() map[string]RangeText {
	m := map[string]RangeText{}
	for _, r := range d.rows {
		m[r.field.Key] = RangeText{Low: r.low.Text, Likely: r.likely.Text, High: r.high.Text}
	}
	return m
}

// onStarter fills ±20% on the main cost drivers into the inputs that have
// no range typed yet.
func (d *RangesDialog) onStarter() {
	st := StarterRanges(d.ctl.Scenario(d.index), 20)
	for _, r := range d.rows {
		e, ok := st.Get(r.field.Key)
		if !ok || !(RangeText{r.low.Text, r.likely.Text, r.high.Text}).blank() {
			continue
		}
		r.low.SetText(rangeText(e.Low))
		r.likely.SetText(rangeText(e.Likely))
		r.high.SetText(rangeText(e.High))
	}
}

// onClear empties every entry: applied, it removes every range.
func (d *RangesDialog) onClear() {
	for _, r := range d.rows {
		r.low.SetText("")
		r.likely.SetText("")
		r.high.SetText("")
	}
}

// onApply sets the typed ranges as one undo step, or says what is wrong.
func (d *RangesDialog) onApply() {
	r, err := ParseRanges(d.ctl.Scenario(d.index), d.texts())
	if err == nil {
		err = d.ctl.SetRanges(d.index, r)
	}
	if err != nil {
		d.message.SetText(err.Error())
		return
	}
	d.dlg.Hide()
}
