package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
)

func shortcut(key fyne.KeyName, mods ...fyne.KeyModifier) fyne.Shortcut {
	m := fyne.KeyModifierShortcutDefault
	for _, x := range mods {
		m |= x
	}
	return &desktop.CustomShortcut{KeyName: key, Modifier: m}
}

func item(label string, action func(), sc fyne.Shortcut) *fyne.MenuItem {
	i := fyne.NewMenuItem(label, action)
	i.Shortcut = sc
	return i
}

// mainMenu returns the menus with their shortcuts.
func (w *Window) mainMenu() *fyne.MainMenu {
	quit := item("Quit", w.onQuit, shortcut(fyne.KeyQ))
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("New", w.onNew, shortcut(fyne.KeyN)),
		item("Open…", w.onOpen, shortcut(fyne.KeyO)),
		fyne.NewMenuItemSeparator(),
		item("Save", w.onSave, shortcut(fyne.KeyS)),
		item("Save As…", w.onSaveAs, shortcut(fyne.KeyS, fyne.KeyModifierShift)),
		item("Export to Excel…", w.onExport, shortcut(fyne.KeyE)),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu("Edit",
		item("Undo", w.onUndo, shortcut(fyne.KeyZ)),
		item("Redo", w.onRedo, shortcut(fyne.KeyY)),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Edit cell (F2)", func() { w.grid.edit() }),
		fyne.NewMenuItem("Copy cell", func() { w.app.Clipboard().SetContent(w.ctl.CopyText()) }),
		fyne.NewMenuItem("Paste into cells", func() { w.ctl.Paste(w.app.Clipboard().Content()) }),
		fyne.NewMenuItemSeparator(),
		item("Policy…", w.onPolicy, shortcut(fyne.KeyP)),
	)
	scenario := fyne.NewMenu("Scenario",
		item("Add scenario", w.onAddScenario, shortcut(fyne.KeyT)),
		item("Duplicate", w.onDuplicateScenario, shortcut(fyne.KeyD)),
		item("Rename…", w.onRename, nil),
		item("Delete…", w.onDeleteScenario, nil),
		fyne.NewMenuItemSeparator(),
		w.presetMenu(),
		fyne.NewMenuItemSeparator(),
		item("Move left", w.onMoveLeft, shortcut(fyne.KeyLeft, fyne.KeyModifierShift)),
		item("Move right", w.onMoveRight, shortcut(fyne.KeyRight, fyne.KeyModifierShift)),
	)
	w.dark = fyne.NewMenuItem("Dark theme", func() { w.setDark(!w.dark.Checked) })
	w.dark.Checked = isDark()
	view := fyne.NewMenu("View", w.dark)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("How the verdict is decided", w.onHowVerdict),
		fyne.NewMenuItem("About Build vs Buy", w.onAbout),
	)
	return fyne.NewMainMenu(file, edit, scenario, view, help)
}

func (w *Window) onAddScenario()       { w.ctl.AddScenario(); w.focusGrid() }
func (w *Window) onDuplicateScenario() { w.ctl.DuplicateScenario(); w.focusGrid() }
func (w *Window) onMoveLeft()          { w.ctl.MoveScenario(-1); w.focusGrid() }
func (w *Window) onMoveRight()         { w.ctl.MoveScenario(1); w.focusGrid() }
func (w *Window) onPolicy()            { showPolicyDialog(w.ctl, w.win) }
func (w *Window) onUndo()              { w.ctl.Undo(); w.focusGrid() }
func (w *Window) onRedo()              { w.ctl.Redo(); w.focusGrid() }

// onRename selects the scenario's name and opens it for editing.
func (w *Window) onRename() {
	sel := w.ctl.Selection()
	w.ctl.Select(Cell{Row: 0, Col: sel.Col})
	w.ctl.BeginEdit("", false)
}

// onDeleteScenario asks before deleting the selected scenario: its values
// would be lost.
func (w *Window) onDeleteScenario() {
	i := w.ctl.SelectedScenario()
	if i < 0 {
		return
	}
	name := w.ctl.Scenario(i).Name
	dialog.ShowConfirm("Delete scenario", "Delete “"+name+"” and all its values?", func(ok bool) {
		if ok {
			w.ctl.DeleteScenario()
		}
		w.focusGrid()
	}, w.win)
}

func (w *Window) focusGrid() { w.win.Canvas().Focus(w.grid) }
