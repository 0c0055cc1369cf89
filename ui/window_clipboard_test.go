package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/assets"
)

// shortcutTo sends a shortcut to the focused widget, as the driver does
// for Ctrl+C, Ctrl+Z and the like.
func shortcutTo(t *testing.T, w *Window, s fyne.Shortcut) {
	t.Helper()
	sc, ok := w.win.Canvas().Focused().(fyne.Shortcutable)
	if !ok {
		t.Fatalf("the focused %T takes no shortcuts", w.win.Canvas().Focused())
	}
	sc.TypedShortcut(s)
}

func TestShiftArrowsCopyAndPasteInWindow(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	q := rowOf(t, w.ctl, "queries_per_month")
	w.ctl.Select(Cell{Row: q, Col: 1})
	w.grid.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	press(t, w, fyne.KeyDown)
	press(t, w, fyne.KeyRight)
	w.grid.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if !w.grid.spec(Cell{Row: q + 1, Col: 2}).inBlock || w.grid.spec(Cell{Row: q + 2, Col: 2}).inBlock {
		t.Errorf("the grid does not draw the selected block")
	}
	shortcutTo(t, w, &fyne.ShortcutCopy{})
	want := "50000\t10000000\r\n0\t0\r\n"
	if got := w.app.Clipboard().Content(); got != want {
		t.Errorf("clipboard %q, want %q", got, want)
	}

	// Paste a block from a spreadsheet at another cell.
	press(t, w, fyne.KeyRight) // no Shift: the block collapses
	w.app.Clipboard().SetContent("1,500\t2500\r\n4\t5\r\n")
	w.ctl.Select(Cell{Row: q, Col: 3})
	shortcutTo(t, w, &fyne.ShortcutPaste{})
	if w.ctl.Scenario(2).QueriesPerMonth != 1500 || w.ctl.Scenario(3).GrowthPct != 5 {
		t.Errorf("pasted %v, %v", w.ctl.Scenario(2).QueriesPerMonth, w.ctl.Scenario(3).GrowthPct)
	}
	if w.undo.Label != "Undo paste" || w.undo.Disabled {
		t.Errorf("Edit menu says %q (disabled %v)", w.undo.Label, w.undo.Disabled)
	}

	// A bad block is refused with a dialog naming the bad cell.
	w.app.Clipboard().SetContent("7\tseven\r\n")
	before := w.ctl.Document()
	shortcutTo(t, w, &fyne.ShortcutPaste{})
	if !reflect.DeepEqual(w.ctl.Document(), before) {
		t.Errorf("a refused paste changed the document")
	}
	if findLabel(w, "seven") == nil {
		t.Errorf("no dialog names the bad value")
	}
	if w.win.Canvas().Focused() != nil {
		t.Errorf("the grid still takes keys under the dialog")
	}
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.win.Canvas().Overlays().Top() != nil {
		t.Errorf("Escape did not close the dialog")
	}
	if w.win.Canvas().Focused() != w.grid {
		t.Errorf("the grid did not get the keys back")
	}
}

// findLabel returns the label of the open dialog whose text holds s, or nil.
func findLabel(w *Window, s string) *widget.Label {
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, s) {
			return l
		}
	}
	return nil
}

func TestUndoTenEditsWithKeys(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	start := w.ctl.Document()
	for i := range 10 {
		typeText(t, w, []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}[i])
		press(t, w, fyne.KeyReturn)
	}
	if w.undo.Label != "Undo edit of "+w.ctl.field(Cell{Row: w.ctl.step(w.ctl.Selection(), -1, 0).Row, Col: 1}).Label {
		t.Errorf("Edit menu says %q", w.undo.Label)
	}
	for range 10 {
		shortcutTo(t, w, &fyne.ShortcutUndo{})
	}
	if !reflect.DeepEqual(w.ctl.Document(), start) || w.ctl.Dirty() {
		t.Errorf("ten Ctrl+Z do not give back the starting document")
	}
	if w.redo.Label == "Redo" || w.redo.Disabled {
		t.Errorf("Edit menu's redo says %q", w.redo.Label)
	}
	shortcutTo(t, w, &fyne.ShortcutRedo{})
	shortcutTo(t, w, &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if len(w.ctl.undo) != 2 {
		t.Errorf("Ctrl+Y and Ctrl+Shift+Z redid %d changes, want 2", len(w.ctl.undo))
	}
}

func TestOpenRecentAndLastFolder(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	if err := w.ctl.SaveAs(a); err != nil {
		t.Fatal(err)
	}
	if err := w.ctl.SaveAs(b); err != nil {
		t.Fatal(err)
	}
	if got := w.prefs.Recent(); !reflect.DeepEqual(got, []string{b, a}) {
		t.Errorf("recent files %q", got)
	}
	if w.prefs.Folder() != dir {
		t.Errorf("last folder %q, want %q", w.prefs.Folder(), dir)
	}
	if items := w.recent.ChildMenu.Items; len(items) != 2 || items[0].Label[:6] != "b.json" {
		t.Fatalf("Open Recent lists %d items", len(items))
	}
	w.recent.ChildMenu.Items[1].Action()
	if w.ctl.Path() != a {
		t.Errorf("Open Recent opened %q", w.ctl.Path())
	}
	// A file that is gone says so and leaves the list.
	os.Remove(b)
	w.onOpenRecent(b)
	test.Tap(findButton(t, w, "OK"))
	if got := w.prefs.Recent(); !reflect.DeepEqual(got, []string{a}) {
		t.Errorf("recent files after a missing one: %q", got)
	}
}

func TestRestoreOfferedAtStart(t *testing.T) {
	dir := t.TempDir()
	// An earlier run, gone without cleaning up.
	old, err := openRecoveryStore(dir, 1000009)
	if err != nil {
		t.Fatal(err)
	}
	c := NewController(assets.DefaultDocument(), "")
	c.SetCell(Cell{Row: rowOf(t, c, "queries_per_month"), Col: 1}, "4242")
	a := NewAutosaver(old, time.Millisecond)
	a.Changed(c.recoverySnapshot())
	if err := a.Flush(); err != nil {
		t.Fatal(err)
	}
	unlock(old.lock)

	w := newTestWindow(t, assets.DefaultDocument())
	store, err := OpenRecoveryStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	w.startRecovery(store)
	defer w.finish(true)
	// Work done while the offer is open is not dropped without asking.
	w.ctl.SetCell(Cell{Row: rowOf(t, w.ctl, "growth_pct"), Col: 1}, "9")
	test.Tap(findButton(t, w, "Restore"))
	test.Tap(findButton(t, w, "Don't save"))
	if w.ctl.Scenario(0).QueriesPerMonth != 4242 || !w.ctl.Dirty() {
		t.Errorf("restored %v queries, unsaved %v", w.ctl.Scenario(0).QueriesPerMonth, w.ctl.Dirty())
	}
	if _, err := os.Stat(old.File()); !os.IsNotExist(err) {
		t.Errorf("the restored orphan's file is still there")
	}
	if _, err := os.Stat(store.File()); err != nil {
		t.Errorf("this run did not take the work over in its own file: %v", err)
	}
}

// settle waits until every chart of w has drawn and landed, so that the
// test driver (whose fyne.Do runs on the drawing goroutine) lays nothing out
// while a chart lands.
func settle(t testing.TB, w *Window) {
	t.Helper()
	for _, v := range append(w.detail.charts, w.detail.what.view) {
		if v.Visible() { // the other tabs draw when shown
			waitForChart(t, v)
		}
	}
	time.Sleep(20 * time.Millisecond)
}

func TestWindowSizeRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	test.ApplyTheme(t, test.Theme())
	appPrefs{a.Preferences()}.SetWindowSize(fyne.NewSize(1000, 700))
	w := NewWindow(a, assets.DefaultDocument(), "")
	settle(t, w)
	if got := w.win.Canvas().Size(); got != fyne.NewSize(1000, 700) {
		t.Errorf("the window opens at %v, want the remembered 1000×700", got)
	}
	w.win.Resize(fyne.NewSize(900, 600))
	settle(t, w)
	w.finish(true)
	if s, ok := w.prefs.WindowSize(); !ok || s != fyne.NewSize(900, 600) {
		t.Errorf("remembered size %v, %v; want 900×600", s, ok)
	}
}
