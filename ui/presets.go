package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// presetKinds are the catalog's kinds of presets with the words the toolbar
// and the Scenario menu use for them.
var presetKinds = []struct {
	kind  model.PresetKind
	label string
}{
	{model.PresetAPI, "API model"},
	{model.PresetEmbedding, "Embedding model"},
	{model.PresetVectorDB, "Vector database"},
	{model.PresetGPU, "GPU"},
	{model.PresetServing, "Serving"},
	{model.PresetTeam, "Team cost"},
}

// presetLabel is how a preset is listed: its name and the date its price
// was checked, "GPT-4o (2025-09)". Applying it shows the source too.
func presetLabel(p model.Preset) string { return p.Name + " (" + p.Checked + ")" }

// presetSelect returns a drop-down of the catalog's presets of one kind;
// choosing one applies it to the selected scenario.
func (w *Window) presetSelect(kind model.PresetKind, label string) *widget.Select {
	presets := w.catalog.OfKind(kind)
	names := make([]string, len(presets))
	for i, p := range presets {
		names[i] = presetLabel(p)
	}
	var sel *widget.Select
	sel = widget.NewSelect(names, func(name string) {
		if name == "" {
			return
		}
		for _, p := range presets {
			if presetLabel(p) == name {
				w.ctl.ApplyPreset(p)
			}
		}
		sel.ClearSelected()
		w.focusGrid()
	})
	sel.PlaceHolder = label + "…"
	return sel
}

// presetMenu returns the Scenario menu's "Apply preset" item: one submenu
// per kind of preset.
func (w *Window) presetMenu() *fyne.MenuItem {
	var kinds []*fyne.MenuItem
	for _, k := range presetKinds {
		var items []*fyne.MenuItem
		for _, p := range w.catalog.OfKind(k.kind) {
			items = append(items, fyne.NewMenuItem(presetLabel(p), func() {
				w.ctl.ApplyPreset(p)
				w.focusGrid()
			}))
		}
		if len(items) == 0 {
			continue
		}
		kind := fyne.NewMenuItem(k.label, nil)
		kind.ChildMenu = fyne.NewMenu("", items...)
		kinds = append(kinds, kind)
	}
	apply := fyne.NewMenuItem("Apply preset", nil)
	apply.ChildMenu = fyne.NewMenu("", kinds...)
	return apply
}

// defaultCatalog is the price catalog the app ships with.
func defaultCatalog() model.Catalog { return assets.Catalog() }
