package ui

import (
	"path/filepath"

	"buildvsbuy/model"
)

// Change says what a controller operation changed, so that the window
// refreshes only what it must. Values may be combined.
type Change uint

// The kinds of change a listener is told about.
const (
	ChangeValues    Change = 1 << iota // inputs or policy: results recomputed
	ChangeColumns                      // scenarios added, removed, renamed or moved
	ChangeSelection                    // the selected cell moved
	ChangeEdit                         // an in-place edit began, changed or ended
	ChangeStatus                       // the status line has a new message
	ChangeFile                         // the file path or the unsaved marker
	ChangeText                         // the text of the edit in progress (nothing to redraw)
)

// Cell is a position in the grid: Row indexes Rows(), Col 0 is the label
// column and Col i+1 shows scenario i.
type Cell struct{ Row, Col int }

// Scenario returns the index of the scenario the cell shows, or -1 for the
// label column.
func (c Cell) Scenario() int { return c.Col - 1 }

// Status is the message of the status line.
type Status struct {
	Text  string
	Error bool // the message reports a rejected value or a failed operation
}

// Controller is the state behind the window: the document and its results,
// the selected cell, the in-place edit, the values that were rejected, the
// unsaved flag, the file and the status message. It is plain Go, tested
// without a window; widgets render it and forward user actions to it.
//
// Every edit goes through SetCell (or SetPolicy), which parses and checks the
// text, applies it to the document, re-evaluates every scenario and tells the
// listeners.
type Controller struct {
	doc     model.Document
	results []model.Result
	ids     []int // a stable identity per scenario, for marks that follow moves
	nextID  int
	rows    []Row

	sel    Cell // the active cell
	anchor Cell // the other corner of the selected block (sel when one cell)
	edit   *Edit
	marks  map[markKey]Mark

	version int // the document's version: a new number for every change
	saved   int // the version last opened or saved
	next    int // the next version number to hand out
	undo    []snapshot
	redo    []snapshot
	batch   *batch // a change made of several steps, undone as one
	path    string
	status  Status

	listeners []func(Change)
}

// Edit is an in-place edit in progress.
type Edit struct {
	Cell Cell
	Text string // what the user has typed so far
	// Typed is true when the edit began by typing over the cell (Excel's
	// "enter" mode) rather than with Enter or F2.
	Typed bool
}

// Mark is a rejected value remembered on its cell: what was typed and why it
// was refused. Editing the cell again starts from Text.
//
// The cell is outlined in red until the next change to the document (an
// accepted edit or paste elsewhere, an undo or a redo): by then the user
// has moved on, and an outline would only make the kept value look like
// bad data. The mark then fades: it is no longer outlined, but nothing
// typed is lost: selecting the cell says in the status line what was typed
// and refused, and editing it still starts from Text.
type Mark struct {
	Text  string
	Err   error
	Faded bool // outlined no longer: the document changed since
}

// fadeMarks stops outlining every rejected value: the document changed.
func (c *Controller) fadeMarks() {
	for k, m := range c.marks {
		if !m.Faded {
			m.Faded = true
			c.marks[k] = m
		}
	}
}

type markKey struct{ id, field int }

// NewController returns a controller showing doc, read from path ("" for a
// document not yet saved). The first scenario's name cell is selected.
func NewController(doc model.Document, path string) *Controller {
	c := &Controller{rows: gridRows()}
	c.load(doc, path)
	return c
}

// load replaces the document and resets everything that belonged to the old one.
func (c *Controller) load(doc model.Document, path string) {
	c.doc = doc.Clone()
	c.ids = make([]int, len(c.doc.Scenarios))
	for i := range c.ids {
		c.ids[i] = c.newID()
	}
	c.marks = map[markKey]Mark{}
	c.edit = nil
	c.next++
	c.version, c.saved = c.next, c.next
	c.undo, c.redo = nil, nil
	c.path = path
	c.sel = Cell{Row: c.firstInputRow(), Col: 1}
	if len(c.doc.Scenarios) == 0 {
		c.sel.Col = 0
	}
	c.anchor = c.sel
	c.recompute()
}

func (c *Controller) newID() int {
	c.nextID++
	return c.nextID
}

// OnChange registers f to be called after every change, with what changed.
func (c *Controller) OnChange(f func(Change)) { c.listeners = append(c.listeners, f) }

func (c *Controller) notify(ch Change) {
	for _, f := range c.listeners {
		f(ch)
	}
}

// recompute evaluates every scenario of the document.
func (c *Controller) recompute() { c.results = model.Evaluate(c.doc) }

// Document returns a copy of the document.
func (c *Controller) Document() model.Document { return c.doc.Clone() }

// Results returns the results of every scenario, in document order. The
// slice is replaced, never changed, by later edits, so it may be handed to
// another goroutine.
func (c *Controller) Results() []model.Result { return c.results }

// Policy returns the document's policy.
func (c *Controller) Policy() model.Policy { return c.doc.Policy }

// Rows returns the grid's rows, top to bottom.
func (c *Controller) Rows() []Row { return c.rows }

// Size returns the grid's size: rows, and columns including the label column.
func (c *Controller) Size() (rows, cols int) { return len(c.rows), len(c.doc.Scenarios) + 1 }

// ScenarioCount returns the number of scenarios.
func (c *Controller) ScenarioCount() int { return len(c.doc.Scenarios) }

// Scenario returns scenario i.
func (c *Controller) Scenario(i int) model.Scenario { return c.doc.Scenarios[i] }

// Result returns the result of scenario i.
func (c *Controller) Result(i int) *model.Result { return &c.results[i] }

// Dirty reports whether the document has changes not yet saved.
func (c *Controller) Dirty() bool { return c.version != c.saved }

// Path returns the file the document was opened from or saved to, or "".
func (c *Controller) Path() string { return c.path }

// Title is the window title: the app, the file name and "•" when unsaved.
func (c *Controller) Title() string {
	name := "Untitled"
	if c.path != "" {
		name = filepath.Base(c.path)
	}
	title := "Build vs Buy — " + name
	if c.Dirty() {
		title += " •"
	}
	return title
}

// Status returns the status line's message.
func (c *Controller) Status() Status { return c.status }

// SetStatus shows a message in the status line.
func (c *Controller) SetStatus(text string, isError bool) {
	c.status = Status{Text: text, Error: isError}
	c.notify(ChangeStatus)
}

// Mark returns the rejected value remembered on cell, if any.
func (c *Controller) Mark(cell Cell) (Mark, bool) {
	k, ok := c.markKey(cell)
	if !ok {
		return Mark{}, false
	}
	m, ok := c.marks[k]
	return m, ok
}

func (c *Controller) markKey(cell Cell) (markKey, bool) {
	i := cell.Scenario()
	if i < 0 || i >= len(c.ids) || cell.Row < 0 || cell.Row >= len(c.rows) {
		return markKey{}, false
	}
	r := c.rows[cell.Row]
	if r.Kind != HeaderRow && r.Kind != InputRow {
		return markKey{}, false
	}
	return markKey{id: c.ids[i], field: r.Field}, true
}

func (c *Controller) firstInputRow() int {
	for i, r := range c.rows {
		if r.Kind == InputRow {
			return i
		}
	}
	return 0
}
