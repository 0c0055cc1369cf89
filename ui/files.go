package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/export/workbook"
)

// onNew starts a new document, after asking about unsaved changes.
func (w *Window) onNew() {
	w.confirmDiscard("starting a new document", func() {
		w.ctl.NewDocument()
		w.focusGrid()
	})
}

// onOpen asks for a scenario document and opens it, after asking about
// unsaved changes. A file that cannot be read says why in a dialog.
func (w *Window) onOpen() {
	w.confirmDiscard("opening another file", func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				w.showError("The file cannot be opened", err)
				return
			}
			if r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			w.openPath(path)
		}, w.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
		w.startIn(d)
		d.Resize(w.dialogSize())
		d.Show()
	})
}

// openPath opens the document at path; if it cannot, a dialog says why
// (model.Load's errors name the file, the scenario and the key).
func (w *Window) openPath(path string) {
	if err := w.ctl.Open(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			w.prefs.RemoveRecent(path)
			w.updateRecentMenu()
		}
		w.showError("The file cannot be opened", err)
	}
	w.focusGrid()
}

// onOpenRecent opens a file of File → Open Recent, after asking about
// unsaved changes.
func (w *Window) onOpenRecent(path string) {
	w.confirmDiscard("opening another file", func() { w.openPath(path) })
}

// remember puts path first in File → Open Recent and makes its folder the
// one the file dialogs start in.
func (w *Window) remember(path string) {
	w.prefs.AddRecent(path)
	w.prefs.SetFolder(filepath.Dir(path))
	w.updateRecentMenu()
}

// recentMenu returns File → Open Recent.
func (w *Window) recentMenu() *fyne.MenuItem {
	w.recent = fyne.NewMenuItem("Open Recent", nil)
	w.recent.ChildMenu = fyne.NewMenu("")
	w.fillRecent()
	return w.recent
}

// fillRecent lists the recent files in File → Open Recent.
func (w *Window) fillRecent() {
	var items []*fyne.MenuItem
	for _, p := range w.prefs.Recent() {
		items = append(items, fyne.NewMenuItem(filepath.Base(p)+"  —  "+filepath.Dir(p), func() { w.onOpenRecent(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("No recent files", nil)
		none.Disabled = true
		items = append(items, none)
	}
	w.recent.ChildMenu.Items = items
}

// updateRecentMenu shows the recent files as they are now.
func (w *Window) updateRecentMenu() {
	if w.recent == nil {
		return
	}
	w.fillRecent()
	if m := w.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// onSave saves to the document's file, or asks for one.
func (w *Window) onSave() { w.save(nil) }

// save saves the document, asking for a file if it has none, and calls then
// (if set) once it is saved.
func (w *Window) save(then func()) {
	err := w.ctl.Save()
	switch {
	case errors.Is(err, ErrNoPath):
		w.saveAs(then)
	case err != nil:
		w.showError("The document cannot be saved", err)
	case then != nil:
		then()
	}
}

// onSaveAs asks for a file and saves the document to it.
func (w *Window) onSaveAs() { w.saveAs(nil) }

func (w *Window) saveAs(then func()) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError("The document cannot be saved", err)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		if err := w.ctl.SaveAs(path); err != nil {
			w.showError("The document cannot be saved", err)
			return
		}
		if then != nil {
			then()
		}
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.SetFileName(w.baseName() + ".json")
	w.startIn(d)
	d.Resize(w.dialogSize())
	d.Show()
}

// onExport asks for a file and writes the workbook to it, off the UI
// goroutine; the status line says when it is done.
func (w *Window) onExport() {
	if err := w.ctl.Commit(0, 0); err != nil {
		return // the refused value is marked and explained in the status line
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError("The workbook cannot be written", err)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		w.prefs.SetFolder(filepath.Dir(path))
		w.exportTo(path, nil)
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	d.SetFileName(w.baseName() + ".xlsx")
	w.startIn(d)
	d.Resize(w.dialogSize())
	d.Show()
}

// exportTo writes the workbook of the document as it is now to path, then
// reports in the status line (or a dialog) and calls done if set.
func (w *Window) exportTo(path string, done func(error)) {
	doc := w.ctl.Document()
	w.ctl.SetStatus("Exporting "+filepath.Base(path)+"…", false)
	go func() {
		err := workbook.Save(path, doc)
		fyne.Do(func() {
			if err != nil {
				w.showError("The workbook cannot be written", err)
			} else {
				w.ctl.SetStatus("Exported "+filepath.Base(path), false)
			}
			if done != nil {
				done(err)
			}
		})
	}()
}

// confirmDiscard runs proceed at once if nothing is unsaved; otherwise it
// asks whether to save first, go on without saving, or stay.
func (w *Window) confirmDiscard(action string, proceed func()) {
	// What is being typed counts: commit it first. If it is refused, stop
	// here so that the user sees why, with the text still in its cell.
	if err := w.ctl.Commit(0, 0); err != nil {
		return
	}
	if !w.ctl.Dirty() {
		proceed()
		return
	}
	name := "Untitled"
	if p := w.ctl.Path(); p != "" {
		name = filepath.Base(p)
	}
	msg := widget.NewLabel("“" + name + "” has changes that are not saved.\nSave them before " + action + "?")
	var d *dialog.CustomDialog
	save := widget.NewButton("Save", func() { d.Hide(); w.save(proceed) })
	save.Importance = widget.HighImportance
	discard := widget.NewButton("Don't save", func() { d.Hide(); proceed() })
	cancel := widget.NewButton("Cancel", func() { d.Hide(); w.focusGrid() })
	d = dialog.NewCustomWithoutButtons("Unsaved changes", msg, w.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Show()
}

// onClose closes the window, after asking about unsaved changes; what the
// user saved or chose not to save leaves no recovery file.
func (w *Window) onClose() {
	w.confirmDiscard("closing", func() { w.finish(true); w.win.Close() })
}

// onQuit quits, after asking about unsaved changes.
func (w *Window) onQuit() {
	w.confirmDiscard("quitting", func() { w.finish(true); w.app.Quit() })
}

// showError says in a dialog what went wrong.
func (w *Window) showError(title string, err error) {
	w.ctl.SetStatus(title+": "+err.Error(), true)
	d := dialog.NewError(errors.New(title+".\n\n"+err.Error()), w.win)
	d.Show()
}

// baseName is the document's file name without its extension, for the
// name a file dialog suggests.
func (w *Window) baseName() string {
	if p := w.ctl.Path(); p != "" {
		return strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
	}
	return "scenarios"
}

// startIn opens a file dialog in the last folder used, or else the
// document's folder, or else the working one.
func (w *Window) startIn(d *dialog.FileDialog) {
	dir := w.prefs.Folder()
	if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
		dir = filepath.Dir(w.ctl.Path())
		if w.ctl.Path() == "" {
			dir, _ = os.Getwd()
		}
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

func (w *Window) dialogSize() fyne.Size {
	s := w.win.Canvas().Size()
	return fyne.NewSize(min(900, s.Width*0.9), min(640, s.Height*0.9))
}
