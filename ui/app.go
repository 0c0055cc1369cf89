// Package ui is the desktop app: the scenario grid, the verdict panel, the
// charts and the menus.
//
// The state behind the window is a Controller (plain Go, tested without a
// window). A cell edit travels one path: Grid (keys and clicks) →
// Controller.Commit → Controller.SetCell (parse, check, apply) →
// model.Evaluate → the listeners: Grid redraws its cells, Detail its verdict,
// reasons, projection and charts, the status line and the window title.
package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// AppID is the app's identifier, as in FyneApp.toml.
const AppID = "app.buildvsbuy.BuildVsBuy"

// Run opens the main window on the embedded default scenarios and returns
// when the app quits.
//
// Every change is written to a recovery file in the app's storage folder
// (see RecoveryStore) within a second; if an earlier run ended without
// saving, the window offers to restore its work.
func Run() {
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := NewWindow(a, assets.DefaultDocument(), "")
	store, err := OpenRecoveryStore(recoveryDir(a))
	if err != nil {
		w.ctl.SetStatus("Autosave is off: "+err.Error(), true)
	} else {
		w.startRecovery(store)
	}
	w.win.ShowAndRun()
	w.finish(false) // if the app ended some other way: unsaved work stays recoverable
}

// recoveryDir is the folder of the recovery files: "recovery" in the app's
// storage root (on Linux ~/.config/fyne/<app ID>), or in the user's config
// folder if the app has none.
func recoveryDir(a fyne.App) string {
	if u := a.Storage().RootURI(); u != nil && u.Scheme() == "file" {
		return filepath.Join(u.Path(), "recovery")
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, AppID, "recovery")
}

// finish ends the session: it remembers the window's size and stops the
// autosaver. With discard (the user saved or chose not to) the recovery
// file goes; otherwise unsaved work stays in it for the next start.
func (w *Window) finish(discard bool) {
	if w.finished {
		return
	}
	w.finished = true
	if s := w.win.Canvas().Size(); !s.IsZero() {
		w.prefs.SetWindowSize(s)
	}
	if w.autosave != nil {
		if err := w.autosave.Stop(discard); err != nil {
			fmt.Fprintln(os.Stderr, "buildvsbuy: autosave:", err)
		}
		w.autosave = nil
	}
}

// Window is the main window: toolbar, grid, detail panel and status line,
// with the menus and file dialogs around them.
type Window struct {
	app    fyne.App
	win    fyne.Window
	ctl    *Controller
	theme  *appTheme
	grid   *Grid
	detail *Detail
	status *StatusLine
	split  *container.Split
	dark   *fyne.MenuItem
	undo   *fyne.MenuItem // its label names the change it takes back
	redo   *fyne.MenuItem

	buttons toolbarButtons
	catalog model.Catalog

	prefs    appPrefs
	recent   *fyne.MenuItem // File → Open Recent
	lastPath string         // the file last added to the recent files
	autosave *Autosaver     // nil when autosave is off
	finished bool           // finish has run
}

// NewWindow builds the main window of doc (read from path, "" if new) in
// app a. It does not show it.
func NewWindow(a fyne.App, doc model.Document, path string) *Window {
	ctl := NewController(doc, path)
	w := &Window{app: a, win: a.NewWindow(ctl.Title()), ctl: ctl, catalog: defaultCatalog(),
		prefs: appPrefs{a.Preferences()}, lastPath: path}
	w.theme = &appTheme{Theme: a.Settings().Theme()}
	a.Settings().SetTheme(w.theme)

	w.grid = NewGrid(ctl)
	w.grid.OnPasteRefused = w.onPasteRefused
	w.detail = NewDetail(ctl)
	w.status = NewStatusLine(ctl)
	w.split = container.NewHSplit(container.NewThemeOverride(w.grid, compactTheme{}), w.detail.Content())
	w.split.SetOffset(0.6)

	w.win.SetContent(container.New(windowLayout{}, w.toolbar(), w.status.content, w.split))
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	w.win.SetCloseIntercept(w.onClose)
	size := fyne.NewSize(1280, 800)
	if s, ok := w.prefs.WindowSize(); ok {
		size = s
	}
	w.win.Resize(size)
	ctl.OnChange(w.onChange)
	w.win.Canvas().Focus(w.grid)
	return w
}

// onChange keeps the title in step with the file and the unsaved marker.
func (w *Window) onChange(ch Change) {
	if ch&ChangeFile != 0 {
		w.win.SetTitle(w.ctl.Title())
		w.updateUndoItems()
		if p := w.ctl.Path(); p != "" && p != w.lastPath {
			w.remember(p)
		}
		w.lastPath = w.ctl.Path()
	}
}

// setDark shows the dark theme, or the light one.
func (w *Window) setDark(dark bool) {
	v := theme.VariantLight
	if dark {
		v = theme.VariantDark
	}
	w.theme.variant = &v
	w.app.Settings().SetTheme(w.theme)
	w.dark.Checked = dark
	w.win.MainMenu().Refresh()
	w.grid.Refresh()
	w.detail.Redraw()
}
