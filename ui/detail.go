package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

// Detail is the right side of the window: the selected scenario's verdict
// with every reason, its charts and its month-by-month projection.
type Detail struct {
	ctl *Controller

	title      *widget.Label
	badge      *Badge
	summary    *widget.Label
	reasons    *widget.Label
	charts     []*ChartView
	tabs       *container.AppTabs
	what       *SensitivityTab  // "What moves it": the tornado
	risk       *RiskSection     // the chance that building pays off
	lower      *container.Split // the charts over the month table
	offset     float64          // the charts' share of it before the tornado's tab took more
	projection *Projection

	shown   int // the scenario shown, or -1
	content fyne.CanvasObject
}

// chartTabs names the chart tabs, in the order of chart.Kinds.
var chartTabs = map[chart.Kind]string{
	chart.Volume:     "Cost vs volume",
	chart.Cumulative: "Cumulative",
	chart.Totals:     "All scenarios",
}

// whatTab is the title of the tornado's tab.
const whatTab = "What moves it"

// tornadoShare is the least share of the panel's lower part the charts get
// while the tornado is shown.
const tornadoShare = 0.85

// NewDetail returns the detail panel of ctl's selected scenario.
func NewDetail(ctl *Controller) *Detail {
	d := &Detail{
		ctl:        ctl,
		title:      &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Truncation: fyne.TextTruncateEllipsis},
		badge:      NewBadge(),
		summary:    &widget.Label{Wrapping: fyne.TextWrapWord},
		reasons:    &widget.Label{Wrapping: fyne.TextWrapWord},
		projection: NewProjection(),
		shown:      -1,
	}
	d.tabs = container.NewAppTabs()
	for _, k := range chart.Kinds {
		v := NewChartView(k)
		d.charts = append(d.charts, v)
		d.tabs.Append(container.NewTabItem(chartTabs[k], v))
	}
	d.what = NewSensitivityTab(ctl)
	d.what.view.Hide() // drawn when its tab is shown
	d.charts = append(d.charts, d.what.view)
	d.tabs.Append(container.NewTabItem(whatTab, d.what.Content()))
	d.tabs.OnSelected = d.onTabSelected
	d.risk = NewRiskSection(ctl)
	d.risk.onResult = d.onRisk
	head := container.NewBorder(nil, nil, container.NewCenter(d.badge), nil, d.summary)
	top := container.NewBorder(container.NewVBox(d.title, head), d.risk.Content(), nil, nil, container.NewVScroll(d.reasons))
	lower := container.NewVSplit(d.tabs, container.NewThemeOverride(d.projection.table, compactTheme{}))
	lower.SetOffset(0.64)
	d.lower = lower
	split := container.NewVSplit(top, lower)
	split.SetOffset(0.38)
	d.content = split
	ctl.OnChange(d.onChange)
	d.update(true)
	return d
}

// onTabSelected shows the tornado only while its tab is selected, so that it
// is drawn only then (the tab's content wraps it with its swing selector).
func (d *Detail) onTabSelected(ti *container.TabItem) {
	if ti.Text == whatTab {
		d.what.view.Show()
		// A bar per input needs height: the month table yields some.
		d.offset = d.lower.Offset
		if d.offset < tornadoShare {
			d.lower.SetOffset(tornadoShare)
		}
		d.what.content.Refresh() // lays the shown view out, which draws it
	} else if d.what.view.Visible() {
		d.what.view.Hide()
		if d.offset > 0 && d.lower.Offset == tornadoShare {
			d.lower.SetOffset(d.offset)
		}
	}
}

// onRisk draws the simulation's band on the cumulative chart, or takes it
// away (nil) while there is none for the results shown.
func (d *Detail) onRisk(u *model.Uncertainty) {
	for _, v := range d.charts {
		if v.kind == chart.Cumulative {
			v.SetOptions(chart.Options{Uncertainty: u})
		}
	}
}

// Content returns the panel's root object.
func (d *Detail) Content() fyne.CanvasObject { return d.content }

// onChange redraws the panel when the results or the selected scenario changed.
func (d *Detail) onChange(ch Change) {
	if ch&(ChangeValues|ChangeColumns) != 0 {
		d.update(true)
	} else if ch&ChangeSelection != 0 && d.ctl.SelectedScenario() != d.shown {
		d.update(false)
	}
}

// update shows the selected scenario's verdict, reasons, projection and
// charts; valuesChanged also redraws the chart of all scenarios.
func (d *Detail) update(valuesChanged bool) {
	i := d.ctl.SelectedScenario()
	d.shown = i
	if i < 0 {
		return
	}
	r := d.ctl.Result(i)
	d.title.SetText(r.Name)
	d.badge.SetVerdict(r.Verdict)
	d.summary.SetText(savingsSummary(r) + ".")
	text := ""
	for j, reason := range r.Reasons() {
		if j > 0 {
			text += "\n"
		}
		text += "•  " + reason
	}
	d.reasons.SetText(text)
	d.projection.Show(r.Months)
	results := d.ctl.Results()
	d.risk.update(i) // first: it takes the old band off the cumulative chart
	for _, v := range d.charts {
		if v.kind != chart.Tornado && (v.kind != chart.Totals || valuesChanged) {
			v.SetData(results, i)
		}
	}
	d.what.update(results, i)
}

// Redraw draws the charts again, as after a theme change.
func (d *Detail) Redraw() {
	for _, v := range d.charts {
		v.Redraw()
	}
	d.projection.table.Refresh()
}
