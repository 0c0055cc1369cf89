package ui

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// newTestWindow opens the main window on doc in a test app, 1280×800.
func newTestWindow(t testing.TB, doc model.Document) *Window {
	t.Helper()
	a := test.NewTempApp(t)
	if tt, ok := t.(*testing.T); ok {
		test.ApplyTheme(tt, test.Theme())
	}
	w := NewWindow(a, doc, "")
	settle(t, w) // the test driver lands charts on their own goroutine
	w.win.Resize(fyne.NewSize(1280, 800))
	w.win.Show()
	settle(t, w)
	t.Cleanup(w.win.Close)
	return w
}

// press sends a key to whatever has the keyboard focus.
func press(t testing.TB, w *Window, key fyne.KeyName) {
	t.Helper()
	f := w.win.Canvas().Focused()
	if f == nil {
		t.Fatalf("nothing has the focus to receive %s", key)
	}
	f.TypedKey(&fyne.KeyEvent{Name: key})
}

// typeText types chars as the window's driver does: each rune goes to
// whatever has the focus at that moment (the grid, then the cell editor that
// the first rune opened).
func typeText(t testing.TB, w *Window, chars string) {
	t.Helper()
	for _, r := range chars {
		f := w.win.Canvas().Focused()
		if f == nil {
			t.Fatalf("nothing has the focus to receive %q", r)
		}
		f.TypedRune(r)
	}
}

// walk calls fn for o and every object drawn inside it, as laid out now.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch x := o.(type) {
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, fn)
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, fn)
		}
	}
}

// visibleVerdicts returns the words of the verdict badges the grid shows,
// left to right.
func visibleVerdicts(w *Window) []string {
	var cells []*cellView
	walk(w.grid, func(o fyne.CanvasObject) {
		if v, ok := o.(*cellView); ok && v.Visible() && v.kind == verdictCell {
			cells = append(cells, v)
		}
	})
	slices.SortFunc(cells, func(a, b *cellView) int {
		return int(fyne.CurrentApp().Driver().AbsolutePositionForObject(a).X -
			fyne.CurrentApp().Driver().AbsolutePositionForObject(b).X)
	})
	var words []string
	for _, v := range cells {
		words = append(words, v.badgeText.Text)
	}
	return words
}

// editorText returns the text of the field open in the grid, or fails.
func editorText(t testing.TB, w *Window) string {
	t.Helper()
	e, ok := w.win.Canvas().Focused().(*cellEntry)
	if !ok || !e.Visible() {
		t.Fatalf("no cell editor has the focus (focused: %T)", w.win.Canvas().Focused())
	}
	return e.Text
}

func TestTypingIntoCellChangesVerdict(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	c := w.win.Canvas()
	if c.Focused() != w.grid {
		t.Fatalf("the grid does not have the focus at start: %T", c.Focused())
	}
	name := "Docs Q&A assistant (today)"
	if got := w.detail.title.Text; got != name {
		t.Fatalf("panel shows %q, want %q", got, name)
	}
	if got := w.detail.badge.Text(); got != "BUY" {
		t.Fatalf("panel verdict %q, want BUY", got)
	}

	// The selection starts on queries_per_month of the first scenario.
	typeText(t, w, "10M")
	if got := editorText(t, w); got != "10M" {
		t.Fatalf("editor shows %q, want the typed 10M", got)
	}
	press(t, w, fyne.KeyReturn)
	if got := w.ctl.Scenario(0).QueriesPerMonth; got != 10e6 {
		t.Fatalf("queries = %v after typing 10M", got)
	}
	if c.Focused() != w.grid {
		t.Errorf("after Enter the focus is on %T, want the grid", c.Focused())
	}
	// $90,050 a month is above the buy threshold; self-hosting this
	// scenario never costs less, so the verdict stays BUY by the last rule.
	if !strings.Contains(w.detail.reasons.Text, "above the $10,000/month buy threshold") {
		t.Errorf("reasons not updated:\n%s", w.detail.reasons.Text)
	}
	if !strings.Contains(w.detail.reasons.Text, "nothing else favours building") {
		t.Errorf("reasons do not give the deciding rule:\n%s", w.detail.reasons.Text)
	}

	// Utilization 90% and 30M queries make self-hosting cheaper: BUILD.
	w.ctl.Select(Cell{Row: rowOf(t, w.ctl, "utilization_pct"), Col: 1})
	typeText(t, w, "90%")
	press(t, w, fyne.KeyReturn)
	w.ctl.Select(Cell{Row: rowOf(t, w.ctl, "queries_per_month"), Col: 1})
	typeText(t, w, "30,000,000")
	press(t, w, fyne.KeyTab)

	if got := w.detail.badge.Text(); got != "BUILD" {
		t.Errorf("panel verdict %q, want BUILD", got)
	}
	if !strings.HasPrefix(w.detail.reasons.Text, "•  The API can serve") || !strings.Contains(w.detail.reasons.Text, "Build: over 12 months") {
		t.Errorf("reasons:\n%s", w.detail.reasons.Text)
	}
	verdictRow := measureRow(t, w.ctl, MeasureVerdict)
	w.grid.ScrollTo(widget.TableCellID{Row: verdictRow, Col: 1})
	shown := visibleVerdicts(w)
	if len(shown) < 2 {
		t.Fatalf("the grid shows %d verdict badges", len(shown))
	}
	for i, word := range shown {
		if want := verdictWord(w.ctl.Result(i).Verdict); word != want {
			t.Errorf("verdict badge %d reads %q, want %q", i+1, word, want)
		}
	}
	if shown[0] != "BUILD" {
		t.Errorf("first scenario's verdict cell reads %q, want BUILD", shown[0])
	}
	if !strings.HasSuffix(w.win.Title(), "•") {
		t.Errorf("title %q has no unsaved marker", w.win.Title())
	}
}

func TestKeyboardNavigationAndEditing(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	c := w.win.Canvas()
	q := rowOf(t, w.ctl, "queries_per_month")
	start := Cell{Row: q, Col: 1}
	if w.ctl.Selection() != start {
		t.Fatalf("selection starts at %v", w.ctl.Selection())
	}
	steps := []struct {
		key  fyne.KeyName
		want Cell
	}{
		{fyne.KeyRight, Cell{q, 2}},
		{fyne.KeyDown, Cell{q + 1, 2}},
		{fyne.KeyTab, Cell{q + 1, 3}},
		{fyne.KeyLeft, Cell{q + 1, 2}},
		{fyne.KeyUp, Cell{q, 2}},
		{fyne.KeyUp, Cell{0, 2}},
		{fyne.KeyUp, Cell{0, 2}},
		{fyne.KeyDown, Cell{q, 2}},
		{fyne.KeyHome, Cell{q, 1}},
		{fyne.KeyEnd, Cell{q, 6}},
	}
	for _, s := range steps {
		press(t, w, s.key)
		if got := w.ctl.Selection(); got != s.want {
			t.Fatalf("after %s the selection is %v, want %v", s.key, got, s.want)
		}
	}
	if got := w.grid.Table.Length; got == nil {
		t.Fatal("grid has no length")
	}

	// F2 edits in place, starting from the value; Escape cancels.
	press(t, w, fyne.KeyHome)
	press(t, w, fyne.KeyF2)
	if got := editorText(t, w); got != "50,000" {
		t.Errorf("F2 opens the editor on %q, want 50,000", got)
	}
	typeText(t, w, "1")
	press(t, w, fyne.KeyEscape)
	if _, editing := w.ctl.Editing(); editing || w.ctl.Scenario(0).QueriesPerMonth != 50000 {
		t.Errorf("Escape did not cancel the edit")
	}
	if c.Focused() != w.grid {
		t.Errorf("after Escape the focus is on %T", c.Focused())
	}

	// Enter edits, Enter again commits and moves down.
	press(t, w, fyne.KeyReturn)
	e := c.Focused().(*cellEntry)
	e.SetText("")
	typeText(t, w, "75k")
	press(t, w, fyne.KeyReturn)
	if got := w.ctl.Scenario(0).QueriesPerMonth; got != 75000 {
		t.Errorf("queries = %v, want 75000", got)
	}
	if got := w.ctl.Selection(); got != (Cell{q + 1, 1}) {
		t.Errorf("Enter moved to %v", got)
	}

	// Typing replaces; Tab commits and moves right.
	typeText(t, w, "5%")
	press(t, w, fyne.KeyTab)
	if got := w.ctl.Scenario(0).GrowthPct; got != 5 {
		t.Errorf("growth = %v, want 5", got)
	}
	if got := w.ctl.Selection(); got != (Cell{q + 1, 2}) {
		t.Errorf("Tab moved to %v", got)
	}

	// Space toggles a yes/no input; so does a click.
	reg := Cell{Row: rowOf(t, w.ctl, "regulated"), Col: 3}
	w.ctl.Select(reg)
	before := w.ctl.Scenario(2).Regulated
	press(t, w, fyne.KeySpace)
	if w.ctl.Scenario(2).Regulated == before {
		t.Errorf("Space did not toggle regulated")
	}
	if got := w.grid.spec(reg); got.kind != boolCell || got.checked == before {
		t.Errorf("the cell shows %+v after the toggle", got)
	}

	// A computed cell is not edited.
	w.ctl.Select(Cell{Row: measureRow(t, w.ctl, MeasureSavings), Col: 1})
	typeText(t, w, "9")
	if _, editing := w.ctl.Editing(); editing {
		t.Errorf("a computed cell opened an editor")
	}
}

func TestClickSelectsAndToggles(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	// Click the cell at the second data column of the first input row.
	pad := compactTheme{}.Size(theme.SizeNamePadding)
	pos := fyne.NewPos(labelColumnWidth+pad+valueColumnWidth+pad+valueColumnWidth/2,
		headerRowHeight+pad+rowHeight+pad+rowHeight/2)
	pos = pos.Add(fyne.CurrentApp().Driver().AbsolutePositionForObject(w.grid))
	test.TapCanvas(w.win.Canvas(), pos)
	if got := w.ctl.Selection(); got != (Cell{Row: rowOf(t, w.ctl, "queries_per_month"), Col: 2}) {
		t.Fatalf("click selected %v", got)
	}
	if got := w.detail.title.Text; got != w.ctl.Scenario(1).Name {
		t.Errorf("panel shows %q after selecting %q", got, w.ctl.Scenario(1).Name)
	}
	if w.win.Canvas().Focused() != w.grid {
		t.Errorf("a click does not focus the grid")
	}
	test.TapCanvas(w.win.Canvas(), pos)
	if _, editing := w.ctl.Editing(); !editing {
		t.Errorf("a second click on the cell does not edit it")
	}
}

func TestRejectedValueInWindow(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	cell := Cell{Row: rowOf(t, w.ctl, "utilization_pct"), Col: 3}
	w.ctl.Select(cell)
	before := w.ctl.Scenario(2).UtilizationPct
	typeText(t, w, "140")
	press(t, w, fyne.KeyReturn)

	if got := w.ctl.Scenario(2).UtilizationPct; got != before {
		t.Errorf("utilization changed to %v", got)
	}
	msg := w.status.Text()
	for _, want := range []string{w.ctl.Scenario(2).Name, "Utilization kept", "more than 0% and at most 100%", "140"} {
		if !strings.Contains(msg, want) {
			t.Errorf("status %q lacks %q", msg, want)
		}
	}
	if w.status.label.Importance != widget.DangerImportance {
		t.Errorf("status not shown as an error")
	}
	if w.ctl.Selection() != cell {
		t.Errorf("a refused value moved the selection to %v", w.ctl.Selection())
	}
	if s := w.grid.spec(cell); !s.marked || s.text != displayValue(model.Fields[rowFieldIndex(w.ctl, cell)], ptr(w.ctl.Scenario(2))) {
		t.Errorf("cell shows %+v, want the kept value, marked", s)
	}
	if w.ctl.Dirty() {
		t.Errorf("a refused value made the document unsaved")
	}
	// Editing the marked cell starts from what was typed.
	press(t, w, fyne.KeyF2)
	if got := editorText(t, w); got != "140" {
		t.Errorf("editor reopens on %q, want 140", got)
	}
}

func rowFieldIndex(c *Controller, cell Cell) int { return c.Rows()[cell.Row].Field }

func ptr[T any](v T) *T { return &v }

// findButton returns the button labelled text in the window's top overlay.
func findButton(t testing.TB, w *Window, text string) *widget.Button {
	t.Helper()
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open to press %q in", text)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	t.Fatalf("no button %q in the dialog", text)
	return nil
}

func TestAddDuplicateDeleteInWindow(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	n := w.ctl.ScenarioCount()
	test.Tap(w.buttons.add)
	if w.ctl.ScenarioCount() != n+1 {
		t.Fatalf("add: %d scenarios", w.ctl.ScenarioCount())
	}
	if got := w.grid.spec(Cell{Row: 0, Col: 2}).text; got != "New scenario" {
		t.Errorf("new column header %q", got)
	}
	if got := w.detail.title.Text; got != "New scenario" {
		t.Errorf("panel shows %q", got)
	}
	test.Tap(w.buttons.duplicate)
	if got := w.grid.spec(Cell{Row: 0, Col: 3}).text; got != "New scenario (copy)" {
		t.Errorf("duplicate header %q", got)
	}
	// Rename by typing over the selected header.
	typeText(t, w, "Pilot")
	press(t, w, fyne.KeyReturn)
	if got := w.ctl.Scenario(2).Name; got != "Pilot" {
		t.Errorf("renamed to %q", got)
	}
	test.Tap(w.buttons.left)
	if w.ctl.Scenario(1).Name != "Pilot" || w.grid.spec(Cell{Row: 0, Col: 2}).text != "Pilot" {
		t.Errorf("move left: %q", w.ctl.Scenario(1).Name)
	}
	test.Tap(w.buttons.delete)
	test.Tap(findButton(t, w, "No"))
	if w.ctl.ScenarioCount() != n+2 {
		t.Errorf("declining the delete deleted")
	}
	test.Tap(w.buttons.delete)
	test.Tap(findButton(t, w, "Yes"))
	if w.ctl.ScenarioCount() != n+1 || w.ctl.Scenario(1).Name == "Pilot" {
		t.Errorf("delete: %d scenarios, second %q", w.ctl.ScenarioCount(), w.ctl.Scenario(1).Name)
	}
	rows, cols := w.grid.Length()
	if rows != len(w.ctl.Rows())+1 || cols != n+3 { // with a blank row and column of slack
		t.Errorf("grid is %d×%d", rows, cols)
	}
}

func TestSaveReopenAndUnsavedPrompt(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	typeText(t, w, "123,456")
	press(t, w, fyne.KeyReturn)
	if w.win.Title() != "Build vs Buy — Untitled •" {
		t.Errorf("title %q", w.win.Title())
	}

	// New with unsaved changes asks; Cancel keeps the document.
	w.onNew()
	test.Tap(findButton(t, w, "Cancel"))
	if w.ctl.Scenario(0).QueriesPerMonth != 123456 {
		t.Fatalf("Cancel lost the edit")
	}

	path := filepath.Join(t.TempDir(), "acme.json")
	if err := w.ctl.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	if w.win.Title() != "Build vs Buy — acme.json" {
		t.Errorf("title after save %q", w.win.Title())
	}
	saved := w.ctl.Document()

	// Don't save goes on and drops the change.
	typeText(t, w, "1")
	press(t, w, fyne.KeyReturn)
	w.onNew()
	test.Tap(findButton(t, w, "Don't save"))
	if w.ctl.ScenarioCount() != 1 || w.ctl.Path() != "" || w.ctl.Dirty() {
		t.Errorf("after New: %d scenarios, path %q", w.ctl.ScenarioCount(), w.ctl.Path())
	}

	// Reopen in a new window (the test driver gives objects the canvas of
	// the newest window).
	w2 := NewWindow(fyne.CurrentApp(), model.Document{}, "")
	w2.win.Show()
	defer w2.win.Close()
	if err := w2.ctl.Open(path); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(w2.ctl.Document(), saved) {
		t.Errorf("reopened document differs")
	}
	if w2.win.Title() != "Build vs Buy — acme.json" || w2.detail.title.Text != saved.Scenarios[0].Name {
		t.Errorf("reopened window: title %q, panel %q", w2.win.Title(), w2.detail.title.Text)
	}
	if got := w2.grid.spec(Cell{Row: rowOf(t, w2.ctl, "queries_per_month"), Col: 1}).text; got != "123,456" {
		t.Errorf("reopened cell shows %q", got)
	}
}

func TestPolicyFormRecomputes(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	f := newPolicyForm(w.ctl)
	f.entries[len(f.entries)-1].SetText("24")
	if err := f.apply(); err != nil {
		t.Fatal(err)
	}
	if got := len(w.ctl.Result(0).Months); got != 24 {
		t.Errorf("horizon 24 gives %d months", got)
	}
	if got := w.detail.projection.table.Length; got == nil {
		t.Fatal("no projection")
	}
	if _, cols := w.detail.projection.size(); cols != 25 {
		t.Errorf("projection has %d columns, want 25", cols)
	}
	f.entries[0].SetText("-5")
	if err := f.entries[0].Validate(); err == nil {
		t.Errorf("a negative threshold validates")
	}
	if err := f.apply(); err == nil || w.ctl.Policy().BuyBelowMonthly != 10000 {
		t.Errorf("a negative threshold applied: %v", err)
	}
}

// waitForChart waits until v shows an image of what it was last given.
func waitForChart(t testing.TB, v *ChartView) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		v.mu.Lock()
		done := v.drawn == v.gen && !v.busy
		v.mu.Unlock()
		if done {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("chart %s not drawn in time", v.kind)
}

func TestChartsRedrawAfterEdit(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	v := w.detail.charts[0]
	waitForChart(t, v)
	first := v.Image()
	if first == nil {
		t.Fatalf("no chart drawn: %s", v.note.Text)
	}
	size := first.Bounds().Size()
	if want := v.Size(); size.X != int(want.Width) || size.Y != int(want.Height) {
		t.Errorf("chart drawn at %v, its space is %v", size, want)
	}
	typeText(t, w, "2M")
	press(t, w, fyne.KeyReturn)
	waitForChart(t, v)
	if v.Image() == first {
		t.Errorf("chart not redrawn after the edit")
	}
	w.split.SetOffset(0.4)
	waitForChart(t, v)
	if got := v.Image().Bounds().Dx(); got != int(v.Size().Width) {
		t.Errorf("chart %d px wide in a %v space after the split moved", got, v.Size().Width)
	}
	// The hidden tabs draw when shown.
	w.detail.tabs.SelectIndex(2)
	waitForChart(t, w.detail.charts[2])
	if w.detail.charts[2].Image() == nil {
		t.Errorf("the All scenarios chart is not drawn")
	}
}

func TestDarkThemeToggle(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	w.setDark(true)
	if !isDark() || !w.dark.Checked {
		t.Errorf("dark theme not applied")
	}
	w.setDark(false)
	if isDark() || w.dark.Checked {
		t.Errorf("light theme not applied")
	}
}

func TestVerdictHelpNamesThresholds(t *testing.T) {
	text := verdictHelp(model.DefaultPolicy())
	for _, want := range []string{"BUILD REQUIRED", "$10,000", "12-month", "1,000,000", "10,000,000", "$5,000"} {
		if !strings.Contains(text, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	if got := version(test.NewTempApp(t)); got == "" {
		t.Errorf("no version text")
	}
}

// manyScenarios returns the seed document with n scenarios, the seeds
// repeated under unique names.
func manyScenarios(n int) model.Document {
	seed := assets.DefaultDocument()
	doc := seed.Clone()
	doc.Scenarios = nil
	for i := range n {
		s := seed.Scenarios[i%len(seed.Scenarios)]
		s.Name = fmt.Sprintf("%s #%d", s.Name, i+1)
		doc.Scenarios = append(doc.Scenarios, s)
	}
	return doc
}

func TestSelectionScrollsIntoView(t *testing.T) {
	w := newTestWindow(t, manyScenarios(12))
	g := w.grid
	views := map[widget.TableCellID]*cellView{}
	update := g.UpdateCell
	g.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		views[id] = o.(*cellView)
		update(id, o)
	}
	d := fyne.CurrentApp().Driver()
	rows, cols := w.ctl.Size()
	for _, cell := range []Cell{{rows - 1, 1}, {rows - 1, cols - 1}, {2, cols - 1}, {2, 1}, {20, 6}, {0, 3}, {2, 2}} {
		w.ctl.Select(cell)
		v := views[widget.TableCellID{Row: cell.Row, Col: cell.Col}]
		if v == nil {
			t.Fatalf("%v was never drawn", cell)
		}
		p := d.AbsolutePositionForObject(v).Subtract(d.AbsolutePositionForObject(g))
		s := g.Size()
		left, top := float32(labelColumnWidth), float32(headerRowHeight)
		if cell.Row == 0 {
			top = 0
		}
		if p.X < left || p.Y < top || p.X+v.Size().Width > s.Width+0.5 || p.Y+v.Size().Height > s.Height+0.5 {
			t.Errorf("selected %v is drawn at %v, size %v, outside the visible %v", cell, p, v.Size(), s)
		}
		if v.mark.StrokeColor != theme.Color(theme.ColorNamePrimary) {
			t.Errorf("selected %v is not outlined", cell)
		}
	}
}

func TestGrowingWindowScrollsBack(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	rows, cols := w.ctl.Size()
	w.ctl.Select(Cell{Row: rows - 1, Col: cols - 1})
	if off, _ := w.grid.scrollOffset(); off.X == 0 || off.Y == 0 {
		t.Fatalf("the grid did not scroll to the last cell: %v", off)
	}
	w.win.Resize(fyne.NewSize(3000, 2000))
	if off, _ := w.grid.scrollOffset(); off.X != 0 || off.Y != 0 {
		t.Errorf("a grid with room for everything stays scrolled by %v", off)
	}
}

func TestExportWritesWorkbook(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	path := filepath.Join(t.TempDir(), "scenarios.xlsx")
	done := make(chan error, 1)
	w.exportTo(path, func(err error) { done <- err })
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("export did not finish")
	}
	info, err := os.Stat(path)
	if err != nil || info.Size() == 0 {
		t.Fatalf("no workbook written: %v", err)
	}
	if got := w.ctl.Status().Text; got != "Exported scenarios.xlsx" {
		t.Errorf("status %q", got)
	}
}

func TestPresetFromToolbar(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	api := w.catalog.OfKind(model.PresetAPI)
	var sel *widget.Select
	walk(w.win.Content(), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.PlaceHolder == "API model…" {
			sel = s
		}
	})
	if sel == nil {
		t.Fatal("no API model presets in the toolbar")
	}
	p := api[len(api)-1]
	sel.SetSelected(presetLabel(p))
	s := w.ctl.Scenario(0)
	if s.APIInputPrice != p.Values["api_input_price"] || s.APIOutputPrice != p.Values["api_output_price"] {
		t.Errorf("prices %v/%v after choosing %s", s.APIInputPrice, s.APIOutputPrice, p.Name)
	}
	if sel.Selected != "" {
		t.Errorf("the drop-down keeps %q selected", sel.Selected)
	}
}

func TestQuitCommitsWhatIsBeingTyped(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	typeText(t, w, "12345") // not yet committed
	quit := false
	w.confirmDiscard("quitting", func() { quit = true })
	if quit {
		t.Fatal("quit without asking about the value being typed")
	}
	if w.ctl.Scenario(0).QueriesPerMonth != 12345 {
		t.Errorf("the value being typed was not committed")
	}
	test.Tap(findButton(t, w, "Cancel"))

	// A refused value in progress stops the quit and stays in its cell.
	typeText(t, w, "-5")
	w.confirmDiscard("quitting", func() { quit = true })
	if quit || w.win.Canvas().Overlays().Top() != nil {
		t.Errorf("quit went on past a refused value")
	}
	if m, ok := w.ctl.Mark(w.ctl.Selection()); !ok || m.Text != "-5" {
		t.Errorf("the refused text is not kept on its cell: %+v", m)
	}
}

func TestOpenErrorSaysWhy(t *testing.T) {
	w := newTestWindow(t, assets.DefaultDocument())
	bad := filepath.Join(t.TempDir(), "bad.json")
	doc := `{"version":1,"scenarios":[` + strings.Replace(string(mustMarshalScenario(t)), `"utilization_pct":50`, `"utilization_pct":140`, 1) + `]}`
	if err := os.WriteFile(bad, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	w.openPath(bad)
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog says why the file cannot be opened")
	}
	var texts []string
	walk(top, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			texts = append(texts, x.Text)
		case *widget.RichText:
			texts = append(texts, x.String())
		}
	})
	all := strings.Join(texts, " ")
	for _, want := range []string{"cannot be opened", "Probe", "utilization_pct", "> 0 and <= 100"} {
		if !strings.Contains(all, want) {
			t.Errorf("dialog %q lacks %q", all, want)
		}
	}
	if w.ctl.Path() != "" || w.ctl.ScenarioCount() != 6 {
		t.Errorf("a file that cannot be opened replaced the document")
	}
}

// mustMarshalScenario returns a valid scenario named Probe as JSON.
func mustMarshalScenario(t *testing.T) []byte {
	t.Helper()
	s := model.NewScenario("Probe")
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
