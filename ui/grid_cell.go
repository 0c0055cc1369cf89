package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// cellKind says how a grid cell is drawn.
type cellKind int

const (
	labelCell   cellKind = iota // the label column: label and units
	sectionCell                 // a group heading band
	headerCell                  // a scenario name
	valueCell                   // an input number, right-aligned
	boolCell                    // a yes/no input with a check box
	resultCell                  // a computed figure, right-aligned on a tint
	verdictCell                 // the verdict badge
	blankCell                   // the slack beyond the last row or column
)

// cellSpec is everything a grid cell shows. The grid computes one per cell
// from the controller and hands it to the reused cell template.
type cellSpec struct {
	kind     cellKind
	text     string
	units    string
	verdict  model.Verdict
	checked  bool
	heading  bool // a label-column cell of the header or a section row
	marked   bool // the cell refused the last value typed into it
	selected bool
	inBlock  bool // inside a selected block of several cells
	editing  bool
}

// Grid geometry.
const (
	labelColumnWidth = 250
	valueColumnWidth = 140
	rowHeight        = 30
	headerRowHeight  = 50
)

// cellView is the grid's cell template: one of them is reused for many
// cells as the grid scrolls, so set draws every property from a cellSpec.
type cellView struct {
	widget.BaseWidget

	bg        *canvas.Rectangle
	mark      *canvas.Rectangle
	label     *widget.Label
	units     *canvas.Text
	value     *canvas.Text
	badge     *canvas.Rectangle
	badgeText *canvas.Text
	check     *widget.Icon
	entry     *cellEntry

	kind cellKind
	id   widget.TableCellID // the cell last drawn, set by Grid.updateCell
	grid *Grid              // told about a click on the cell
}

func newCellView(entry *cellEntry) *cellView {
	v := &cellView{
		bg:        canvas.NewRectangle(color.Transparent),
		mark:      canvas.NewRectangle(color.Transparent),
		label:     widget.NewLabel(""),
		units:     canvas.NewText("", color.Black),
		value:     canvas.NewText("", color.Black),
		badge:     canvas.NewRectangle(color.Transparent),
		badgeText: canvas.NewText("", color.White),
		check:     widget.NewIcon(nil),
		entry:     entry,
	}
	v.value.Alignment = fyne.TextAlignTrailing
	v.units.Alignment = fyne.TextAlignTrailing
	v.badge.CornerRadius = 4
	v.badgeText.TextStyle = fyne.TextStyle{Bold: true}
	v.badgeText.Alignment = fyne.TextAlignCenter
	v.mark.StrokeWidth = 2
	v.entry.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// set draws spec. It sets every property, as the template is reused.
func (v *cellView) set(s cellSpec) {
	v.kind = s.kind
	fg := theme.Color(theme.ColorNameForeground)
	size := theme.TextSize()

	switch s.kind {
	case headerCell:
		v.bg.FillColor = headerBackground()
	case sectionCell:
		v.bg.FillColor = sectionBackground()
	case resultCell, verdictCell:
		v.bg.FillColor = resultBackground()
	case labelCell:
		v.bg.FillColor = color.Transparent
		if s.heading {
			v.bg.FillColor = sectionBackground()
			if s.text == "Scenario" {
				v.bg.FillColor = headerBackground()
			}
		}
	default:
		v.bg.FillColor = color.Transparent
	}

	v.mark.FillColor = color.Transparent
	v.mark.StrokeColor = color.Transparent
	switch {
	case s.selected:
		v.mark.FillColor = theme.Color(theme.ColorNameSelection)
		v.mark.StrokeColor = theme.Color(theme.ColorNamePrimary)
	case s.inBlock:
		v.mark.FillColor = mix(theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameSelection), 0.85)
	}
	if s.marked {
		v.mark.StrokeColor = theme.Color(theme.ColorNameError)
		if !s.selected {
			v.mark.FillColor = mix(theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameError), 0.15)
		}
	}

	showLabel := s.kind == labelCell || s.kind == headerCell || s.kind == sectionCell
	showValue := s.kind == valueCell || s.kind == resultCell || s.kind == boolCell
	setVisible(v.label, showLabel)
	setVisible(v.units, showLabel && s.units != "")
	setVisible(v.value, showValue)
	setVisible(v.badge, s.kind == verdictCell)
	setVisible(v.badgeText, s.kind == verdictCell)
	setVisible(v.check, s.kind == boolCell)

	switch s.kind {
	case labelCell, headerCell, sectionCell:
		text := s.text
		style := fyne.TextStyle{Bold: s.heading || s.kind == headerCell}
		wrap := fyne.TextWrapOff
		align := fyne.TextAlignLeading
		trunc := fyne.TextTruncateEllipsis
		switch {
		case s.kind == headerCell:
			// Fyne 2.7 cannot both wrap and truncate a label; shorten
			// the name to two lines instead.
			wrap, trunc, align = fyne.TextWrapWord, fyne.TextTruncateOff, fyne.TextAlignCenter
			text = fitLines(text, valueColumnWidth-2*theme.InnerPadding(), 2, style)
		case s.heading && text != "Scenario":
			text = strings.ToUpper(text)
		}
		imp := widget.MediumImportance
		if s.heading && s.kind == labelCell && text != "Scenario" {
			imp = widget.HighImportance
		}
		l := v.label
		if l.Text != text || l.TextStyle != style || l.Wrapping != wrap || l.Truncation != trunc || l.Alignment != align || l.Importance != imp {
			l.Text, l.TextStyle, l.Wrapping, l.Truncation, l.Alignment, l.Importance = text, style, wrap, trunc, align, imp
			l.Refresh()
		}
		v.units.Text = s.units
		v.units.Color = theme.Color(theme.ColorNamePlaceHolder)
		v.units.TextSize = size * 0.85
	case valueCell, resultCell:
		v.value.Color = fg
		v.value.TextSize = size
		v.value.TextStyle = fyne.TextStyle{Bold: s.kind == resultCell}
		v.value.Text = fitText(s.text, valueColumnWidth-2*theme.InnerPadding(), size, v.value.TextStyle)
		if s.marked {
			v.value.Color = theme.Color(theme.ColorNameError)
		}
	case boolCell:
		icon := theme.CheckButtonIcon()
		if s.checked {
			icon = theme.CheckButtonCheckedIcon()
		}
		if v.check.Resource != icon {
			v.check.SetResource(icon)
		}
		v.value.Text = s.text
		v.value.Color = fg
		v.value.TextSize = size
		v.value.TextStyle = fyne.TextStyle{}
	case verdictCell:
		v.badge.FillColor = verdictColor(s.verdict)
		v.badgeText.Text = s.text
		v.badgeText.Color = verdictTextColor(s.verdict)
		v.badgeText.TextSize = size * 0.9
	}
	if !s.editing {
		setVisible(v.entry, false)
	}
	v.Refresh()
}

// Tapped implements fyne.Tappable: the cell tells the grid which cell was
// clicked. It knows the id it was last drawn for, so the click selects the
// cell drawn under the pointer whatever the table's scroll offset (Fyne
// 2.7's Table works a position out to a cell from sizes that do not match
// what it draws once scrolled, off by up to a row or column).
func (v *cellView) Tapped(*fyne.PointEvent) {
	if v.grid != nil {
		v.grid.tapCell(Cell{Row: v.id.Row, Col: v.id.Col})
	}
}

// setVisible shows or hides o, touching it only on a change: showing a
// label lays its text out again, which is costly in a grid of many cells.
func setVisible(o fyne.CanvasObject, visible bool) {
	switch {
	case visible && !o.Visible():
		o.Show()
	case !visible && o.Visible():
		o.Hide()
	}
}

// CreateRenderer implements fyne.Widget.
func (v *cellView) CreateRenderer() fyne.WidgetRenderer {
	return &cellRenderer{v: v}
}

type cellRenderer struct{ v *cellView }

// Destroy, Objects, MinSize, Layout and Refresh implement fyne.WidgetRenderer.
func (r *cellRenderer) Destroy() {}

// MinSize is the size of the grid's first row and column, the sticky ones:
// the table takes its template's size for them (see Grid.sizeColumns).
func (r *cellRenderer) MinSize() fyne.Size { return fyne.NewSize(labelColumnWidth, headerRowHeight) }

func (r *cellRenderer) Objects() []fyne.CanvasObject {
	v := r.v
	return []fyne.CanvasObject{v.bg, v.mark, v.label, v.units, v.value, v.badge, v.badgeText, v.check, v.entry}
}

func (r *cellRenderer) Refresh() {
	for _, o := range []fyne.CanvasObject{r.v.bg, r.v.mark, r.v.units, r.v.value, r.v.badge, r.v.badgeText} {
		o.Refresh()
	}
	r.Layout(r.v.Size())
}

func (r *cellRenderer) Layout(size fyne.Size) {
	v := r.v
	pad := theme.Padding()
	inner := theme.InnerPadding()
	v.bg.Move(fyne.NewPos(-pad/2, -pad/2))
	v.bg.Resize(size.AddWidthHeight(pad, pad))
	v.mark.Move(fyne.NewPos(1, 1))
	v.mark.Resize(size.SubtractWidthHeight(2, 2))
	v.entry.Move(fyne.NewPos(0, 0))
	v.entry.Resize(size)

	switch v.kind {
	case labelCell, headerCell, sectionCell:
		unitsW := float32(0)
		if v.units.Visible() {
			unitsW = fyne.MeasureText(v.units.Text, v.units.TextSize, v.units.TextStyle).Width
			v.units.Move(fyne.NewPos(size.Width-unitsW-inner, (size.Height-v.units.MinSize().Height)/2))
			v.units.Resize(fyne.NewSize(unitsW, v.units.MinSize().Height))
			unitsW += inner / 2
		}
		if v.kind == headerCell {
			v.label.Move(fyne.NewPos(0, 0))
			v.label.Resize(fyne.NewSize(size.Width-unitsW, size.Height))
		} else { // one line, centred as the values beside it are
			h := v.label.MinSize().Height
			v.label.Move(fyne.NewPos(0, (size.Height-h)/2))
			v.label.Resize(fyne.NewSize(size.Width-unitsW, h))
		}
	case valueCell, resultCell, boolCell:
		h := v.value.MinSize().Height
		v.value.Move(fyne.NewPos(inner, (size.Height-h)/2))
		v.value.Resize(fyne.NewSize(size.Width-2*inner, h))
		if v.kind == boolCell {
			icon := theme.IconInlineSize()
			tw := fyne.MeasureText(v.value.Text, v.value.TextSize, v.value.TextStyle).Width
			v.check.Move(fyne.NewPos(size.Width-inner-tw-pad-icon, (size.Height-icon)/2))
			v.check.Resize(fyne.NewSize(icon, icon))
		}
	case verdictCell:
		tw := fyne.MeasureText(v.badgeText.Text, v.badgeText.TextSize, v.badgeText.TextStyle)
		bw := min(tw.Width+2*inner, size.Width-2*pad)
		bh := tw.Height + pad*1.5
		v.badge.Move(fyne.NewPos(size.Width-inner/2-bw, (size.Height-bh)/2))
		v.badge.Resize(fyne.NewSize(bw, bh))
		v.badgeText.Move(v.badge.Position())
		v.badgeText.Resize(v.badge.Size())
	}
}

// fitLines shortens text with an ellipsis so that, wrapped at width, it
// takes about lines lines.
func fitLines(text string, width float32, lines int, style fyne.TextStyle) string {
	size := theme.TextSize()
	limit := width * float32(lines) * 0.85
	if fyne.MeasureText(text, size, style).Width <= limit {
		return text
	}
	r := []rune(text)
	for len(r) > 1 && fyne.MeasureText(string(r)+"…", size, style).Width > limit {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}
