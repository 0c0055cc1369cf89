package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
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
	return container.NewHBox(add, dup, del, widget.NewSeparator(), left, right, widget.NewSeparator(),
		policy, widget.NewSeparator(),
		w.presetSelect(model.PresetAPI, "API model"), w.presetSelect(model.PresetEmbedding, "Embedding"),
		w.presetSelect(model.PresetGPU, "GPU"),
		w.presetSelect(model.PresetServing, "Serving"),
		layout.NewSpacer(), export)
}
