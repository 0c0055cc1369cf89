package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// toolbarButtons are the buttons above the grid.
type toolbarButtons struct {
	add, duplicate, delete, left, right, policy, export *widget.Button
}

// toolbar returns the row of buttons above the grid.
func (w *Window) toolbar() fyne.CanvasObject {
	add := widget.NewButtonWithIcon("Scenario", theme.ContentAddIcon(), w.onAddScenario)
	dup := widget.NewButtonWithIcon("Duplicate", theme.ContentCopyIcon(), w.onDuplicateScenario)
	del := widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), w.onDeleteScenario)
	left := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), w.onMoveLeft)
	right := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), w.onMoveRight)
	policy := widget.NewButtonWithIcon("Policy…", theme.SettingsIcon(), w.onPolicy)
	export := widget.NewButtonWithIcon("Export to Excel…", theme.DownloadIcon(), w.onExport)
	for _, b := range []*widget.Button{add, dup, del, left, right, policy, export} {
		b.Importance = widget.LowImportance
	}
	add.Importance = widget.HighImportance
	w.buttons = toolbarButtons{add, dup, del, left, right, policy, export}
	return container.New(wrapLayout{}, add, dup, del, widget.NewSeparator(), left, right, widget.NewSeparator(),
		policy, widget.NewSeparator(),
		w.presetSelect(model.PresetAPI, "API model"), w.presetSelect(model.PresetEmbedding, "Embedding"),
		w.presetSelect(model.PresetGPU, "GPU"),
		w.presetSelect(model.PresetServing, "Serving"),
		widget.NewSeparator(), export)
}

// wrapLayout lays the toolbar out left to right at each object's minimum
// size and starts a new row when the next object does not fit, so that a
// narrow window shows every button on two rows rather than overlapping
// them. A separator that would start a row is left out.
type wrapLayout struct{}

// place returns where each object goes in a width, the size each takes, and
// the height of all the rows.
func (wrapLayout) place(objects []fyne.CanvasObject, width float32) (pos []fyne.Position, sizes []fyne.Size, height float32) {
	pad := theme.Padding()
	pos, sizes = make([]fyne.Position, len(objects)), make([]fyne.Size, len(objects))
	x, y, rowH, rowStart := float32(0), float32(0), float32(0), 0
	endRow := func(end int) {
		for j := rowStart; j < end; j++ {
			if _, sep := objects[j].(*widget.Separator); sep {
				sizes[j].Height = rowH
			} else {
				pos[j].Y += (rowH - sizes[j].Height) / 2
			}
		}
	}
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		_, sep := o.(*widget.Separator)
		if x > 0 && x+m.Width > width {
			endRow(i)
			x, y, rowH, rowStart = 0, y+rowH+pad, 0, i
		}
		if sep && x == 0 {
			sizes[i] = fyne.Size{} // no separator at the start of a row
			pos[i] = fyne.NewPos(0, y)
			continue
		}
		pos[i], sizes[i] = fyne.NewPos(x, y), m
		x += m.Width + pad
		rowH = max(rowH, m.Height)
	}
	endRow(len(objects))
	return pos, sizes, y + rowH
}

// Layout implements fyne.Layout.
func (l wrapLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pos, sizes, _ := l.place(objects, size.Width)
	for i, o := range objects {
		o.Move(pos[i])
		o.Resize(sizes[i])
	}
}

// MinSize implements fyne.Layout: the widest object, on one row. The
// window's layout asks for the height at its width (see heightFor).
func (l wrapLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	return s
}

// heightFor returns the height of the rows at width.
func (l wrapLayout) heightFor(objects []fyne.CanvasObject, width float32) float32 {
	_, _, h := l.place(objects, width)
	return h
}

// windowLayout lays the window out: the toolbar on top, as tall as its
// rows at the window's width, the status line at the bottom, and the grid
// and detail pane between.
type windowLayout struct{}

// Layout implements fyne.Layout; objects are the toolbar, the status line
// and the middle.
func (windowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	top, bottom, middle := objects[0], objects[1], objects[2]
	pad := theme.Padding()
	th := top.MinSize().Height
	if c, ok := top.(*fyne.Container); ok {
		th = wrapLayout{}.heightFor(c.Objects, size.Width)
	}
	bh := bottom.MinSize().Height
	top.Move(fyne.NewPos(0, 0))
	top.Resize(fyne.NewSize(size.Width, th))
	bottom.Move(fyne.NewPos(0, size.Height-bh))
	bottom.Resize(fyne.NewSize(size.Width, bh))
	middle.Move(fyne.NewPos(0, th+pad))
	middle.Resize(fyne.NewSize(size.Width, max(size.Height-th-bh-2*pad, 0)))
}

// MinSize implements fyne.Layout.
func (windowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for _, o := range objects {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
	}
	return fyne.NewSize(w, h+2*pad)
}
