package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// projectionRow is one line of the month-by-month projection.
type projectionRow struct {
	label string
	value func(m *model.Month) string
}

var projectionRows = []projectionRow{
	{"Month", func(m *model.Month) string { return fmt.Sprintf("Month %d", m.Month) }},
	{"Queries", func(m *model.Month) string { return model.FormatCount(m.Queries) }},
	{"Replicas", func(m *model.Month) string {
		if m.Replicas == 0 {
			return "building"
		}
		return model.FormatCount(m.Replicas)
	}},
	{"Buy", func(m *model.Month) string { return model.FormatMoney(m.Buy) }},
	{"Build", func(m *model.Month) string { return model.FormatMoney(m.Build) }},
	{"Cumulative buy", func(m *model.Month) string { return model.FormatMoney(m.CumBuy) }},
	{"Cumulative build", func(m *model.Month) string { return model.FormatMoney(m.CumBuild) }},
	{"Difference (build − buy)", func(m *model.Month) string { return model.FormatMoney(m.CumBuild - m.CumBuy) }},
}

// Projection is the month-by-month table of one scenario: months as
// columns, the figures of model.Month as rows.
type Projection struct {
	table  *widget.Table
	months []model.Month
}

// NewProjection returns an empty projection table.
func NewProjection() *Projection {
	p := &Projection{}
	p.table = widget.NewTable(p.size, p.create, p.update)
	p.table.StickyColumnCount = 1
	p.table.StickyRowCount = 1
	p.table.SetColumnWidth(0, 190)
	return p
}

// Show fills the table with a scenario's months.
func (p *Projection) Show(months []model.Month) {
	p.months = months
	p.table.Refresh()
}

func (p *Projection) size() (int, int) { return len(projectionRows), len(p.months) + 1 }

func (p *Projection) create() fyne.CanvasObject {
	bg := canvas.NewRectangle(color.Transparent)
	t := canvas.NewText("$000,000,000", theme.Color(theme.ColorNameForeground))
	t.Alignment = fyne.TextAlignTrailing
	return container.NewStack(bg, container.NewPadded(t))
}

// update draws one reused cell; it sets every property.
func (p *Projection) update(id widget.TableCellID, o fyne.CanvasObject) {
	stack := o.(*fyne.Container)
	bg := stack.Objects[0].(*canvas.Rectangle)
	t := stack.Objects[1].(*fyne.Container).Objects[0].(*canvas.Text)
	t.Color = theme.Color(theme.ColorNameForeground)
	t.TextStyle = fyne.TextStyle{Bold: id.Row == 0 || id.Col == 0}
	t.Alignment = fyne.TextAlignTrailing
	bg.FillColor = color.Transparent
	if id.Row == 0 {
		bg.FillColor = headerBackground()
	}
	switch {
	case id.Row < 0 || id.Row >= len(projectionRows):
		t.Text = ""
	case id.Col == 0:
		t.Text = projectionRows[id.Row].label
		t.Alignment = fyne.TextAlignLeading
	case id.Col-1 < len(p.months):
		m := &p.months[id.Col-1]
		t.Text = projectionRows[id.Row].value(m)
		if id.Row == len(projectionRows)-1 {
			t.TextStyle.Bold = true
		}
		if m.Replicas == 0 && id.Row == 2 {
			t.Color = theme.Color(theme.ColorNamePlaceHolder)
		}
	default:
		t.Text = ""
	}
	if w := o.Size().Width - 2*theme.Padding(); id.Col > 0 && w > 0 {
		t.Text = fitText(t.Text, w, t.TextSize, t.TextStyle)
	}
	bg.Refresh()
	t.Refresh()
}
