package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// startRecovery turns autosave on with store and, if an earlier run ended
// without saving its work, offers to restore it.
func (w *Window) startRecovery(store *RecoveryStore) {
	w.autosave = NewAutosaver(store, AutosaveDelay)
	w.autosave.OnError = func(err error) {
		fyne.Do(func() { w.ctl.SetStatus("Autosave failed: "+err.Error(), true) })
	}
	w.autosave.Watch(w.ctl)
	orphan, err := store.Orphan()
	if err != nil {
		w.ctl.SetStatus(err.Error(), true)
	}
	if orphan != nil {
		w.offerRecovery(orphan)
	}
}

// offerRecovery asks whether to restore the work of a run that ended
// without saving: Restore shows it (and this run takes over its recovery
// file), Not now leaves it for the next start, Discard deletes it.
func (w *Window) offerRecovery(o *Orphan) {
	st := o.State
	name := "an untitled document"
	if st.Path != "" {
		name = "“" + filepath.Base(st.Path) + "”"
	}
	msg := widget.NewLabel("Build vs Buy ended without saving the work on " + name +
		".\nIts last change was at " + st.Written.Local().Format("15:04:05 on Jan 2") + ".\n\nRestore that work?")
	var d *dialog.CustomDialog
	restore := widget.NewButton("Restore", func() {
		d.Hide()
		// Work done meanwhile is not dropped without asking.
		w.confirmDiscard("restoring the earlier work", func() { w.restore(o) })
	})
	restore.Importance = widget.HighImportance
	later := widget.NewButton("Not now", func() { d.Hide(); o.Release(); w.focusGrid() })
	discard := widget.NewButton("Discard", func() { d.Hide(); o.Remove(); w.focusGrid() })
	d = dialog.NewCustomWithoutButtons("Restore unsaved work?", msg, w.win)
	d.SetButtons([]fyne.CanvasObject{discard, later, restore})
	d.Show()
}

// restore shows the orphan's work; this run's own recovery file then holds
// it, and the orphan's file goes.
func (w *Window) restore(o *Orphan) {
	if err := w.ctl.Restore(o.State); err != nil {
		o.Release()
		w.showError("The unsaved work cannot be restored", err)
		return
	}
	if err := w.autosave.Flush(); err != nil {
		o.Release() // kept: this run could not take the work over
		return
	}
	o.Remove()
	if _, editing := w.ctl.Editing(); editing {
		w.grid.focusEditor() // the edit that was in progress, open again
	} else {
		w.focusGrid()
	}
}
