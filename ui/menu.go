package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
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
		w.recentMenu(),
		fyne.NewMenuItemSeparator(),
		item("Save", w.onSave, shortcut(fyne.KeyS)),
		item("Save As…", w.onSaveAs, shortcut(fyne.KeyS, fyne.KeyModifierShift)),
		item("Export to Excel…", w.onExport, shortcut(fyne.KeyE)),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	// Ctrl+Z, Ctrl+Y, Ctrl+C, Ctrl+V and Ctrl+A reach the grid as the
	// driver's own shortcuts (see Grid.TypedShortcut), and a cell being
	// edited or a dialog's field keeps them for its text. The menu only
	// shows them: the driver never sends these custom ones for those keys.
	w.undo = item("Undo", w.onUndo, shortcut(fyne.KeyZ))
	w.redo = item("Redo", w.onRedo, shortcut(fyne.KeyY))
	edit := fyne.NewMenu("Edit",
		w.undo,
		w.redo,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Edit cell (F2)", func() { w.grid.edit() }),
		item("Copy", w.onCopy, shortcut(fyne.KeyC)),
		fyne.NewMenuItem("Copy scenario column", w.onCopyColumn),
		fyne.NewMenuItem("Copy results table", w.onCopyResults),
		item("Paste", w.onPaste, shortcut(fyne.KeyV)),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Select scenario column (Ctrl+Space)", func() { w.ctl.SelectColumn(); w.focusGrid() }),
		item("Select all", func() { w.ctl.SelectAll(); w.focusGrid() }, shortcut(fyne.KeyA)),
		fyne.NewMenuItemSeparator(),
		item("Policy…", w.onPolicy, shortcut(fyne.KeyP)),
	)
	w.updateUndoItems()
	scenario := fyne.NewMenu("Scenario",
		item("Add scenario", w.onAddScenario, shortcut(fyne.KeyT)),
		item("Duplicate", w.onDuplicateScenario, shortcut(fyne.KeyD)),
		item("Rename…", w.onRename, nil),
		item("Delete…", w.onDeleteScenario, nil),
		fyne.NewMenuItemSeparator(),
		w.presetMenu(),
		fyne.NewMenuItemSeparator(),
		item("Goal seek…", w.onGoalSeek, shortcut(fyne.KeyG)),
		item("Ranges…", w.onRanges, shortcut(fyne.KeyR)),
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
func (w *Window) onGoalSeek()          { showGoalSeekDialog(w.ctl, w.win) }
func (w *Window) onRanges()            { showRangesDialog(w.ctl, w.win) }
func (w *Window) onUndo()              { w.ctl.Undo(); w.focusGrid() }
func (w *Window) onRedo()              { w.ctl.Redo(); w.focusGrid() }
func (w *Window) onCopy()              { w.grid.onCopy(); w.focusGrid() }
func (w *Window) onPaste()             { w.grid.onPaste(); w.focusGrid() }

// onCopyColumn copies the selected scenario's whole column.
func (w *Window) onCopyColumn() {
	if i := w.ctl.SelectedScenario(); i >= 0 {
		w.app.Clipboard().SetContent(w.ctl.CopyColumnText(i))
		w.ctl.SetStatus("Copied the column of "+w.ctl.Scenario(i).Name+": its name, inputs and results.", false)
	}
	w.focusGrid()
}

// onCopyResults copies the results of every scenario as a table.
func (w *Window) onCopyResults() {
	w.app.Clipboard().SetContent(w.ctl.CopyResultsText())
	w.ctl.SetStatus("Copied the results table: paste it into a spreadsheet.", false)
	w.focusGrid()
}

// updateUndoItems names in the Edit menu the change Undo and Redo would
// take back or apply again ("Undo edit of Queries / month").
func (w *Window) updateUndoItems() {
	label := func(verb, what string) string {
		if what == "" {
			return verb
		}
		return verb + " " + what
	}
	undo, redo := label("Undo", w.ctl.UndoLabel()), label("Redo", w.ctl.RedoLabel())
	if w.undo.Label == undo && w.redo.Label == redo && w.undo.Disabled == !w.ctl.CanUndo() && w.redo.Disabled == !w.ctl.CanRedo() {
		return
	}
	w.undo.Label, w.undo.Disabled = undo, !w.ctl.CanUndo()
	w.redo.Label, w.redo.Disabled = redo, !w.ctl.CanRedo()
	if m := w.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// onPasteRefused lists in a dialog each value of a refused paste.
func (w *Window) onPasteRefused(pe *PasteError) {
	var b strings.Builder
	b.WriteString("Nothing was pasted. Fix these values and paste again:\n")
	for i, p := range pe.Problems {
		if i == 12 {
			fmt.Fprintf(&b, "\n… and %d more", len(pe.Problems)-i)
			break
		}
		fmt.Fprintf(&b, "\n• %s · %s: %v", p.Scenario, p.Field.Label, p.Err)
	}
	l := widget.NewLabel(b.String())
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Paste refused", "OK", container.NewVScroll(l), w.win)
	d.Resize(fyne.NewSize(720, 420))
	// While it is open the grid takes no keys; Enter or Escape close it.
	cv := w.win.Canvas()
	cv.Unfocus()
	prev := cv.OnTypedKey()
	cv.SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape:
			d.Hide()
		}
	})
	d.SetOnClosed(func() { cv.SetOnTypedKey(prev); w.focusGrid() })
	d.Show()
}

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

// addShortcuts makes the grid's shortcuts work when nothing that takes
// shortcuts has the focus (the driver sends them to the canvas then).
func (w *Window) addShortcuts() {
	cv := w.win.Canvas()
	for _, s := range []fyne.Shortcut{&fyne.ShortcutUndo{}, &fyne.ShortcutRedo{}, &fyne.ShortcutCopy{},
		&fyne.ShortcutPaste{}, &fyne.ShortcutSelectAll{},
		&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}} {
		cv.AddShortcut(s, func(s fyne.Shortcut) {
			if cv.Overlays().Top() != nil {
				return // a dialog is open: it comes first
			}
			w.grid.TypedShortcut(s)
			w.focusGrid()
		})
	}
}
