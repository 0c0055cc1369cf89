package ui

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// rowOf returns the grid row of the field with the given key.
func rowOf(t testing.TB, c *Controller, key string) int {
	t.Helper()
	for i, r := range c.Rows() {
		if (r.Kind == InputRow || r.Kind == HeaderRow) && model.Fields[r.Field].Key == key {
			return i
		}
	}
	t.Fatalf("no row for %s", key)
	return -1
}

func measureRow(t testing.TB, c *Controller, m Measure) int {
	t.Helper()
	for i, r := range c.Rows() {
		if r.Kind == ResultRow && r.Measure == m {
			return i
		}
	}
	t.Fatalf("no row for measure %d", m)
	return -1
}

func newSeedController(t testing.TB) (*Controller, *[]Change) {
	t.Helper()
	c := NewController(assets.DefaultDocument(), "")
	var changes []Change
	c.OnChange(func(ch Change) { changes = append(changes, ch) })
	return c, &changes
}

func TestGridRowsFollowSpecOrder(t *testing.T) {
	rows := gridRows()
	var keys []string
	var sections []string
	for _, r := range rows {
		switch r.Kind {
		case InputRow, HeaderRow:
			keys = append(keys, model.Fields[r.Field].Key)
		case SectionRow:
			sections = append(sections, r.Label)
		}
	}
	var want []string
	for _, f := range model.Fields {
		want = append(want, f.Key)
	}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("grid fields = %v, want %v", keys, want)
	}
	wantSections := []string{"Workload", "API (buy)", "Self-hosted (build)", "Team and timeline", "Constraints", "Results"}
	if !reflect.DeepEqual(sections, wantSections) {
		t.Errorf("sections = %v, want %v", sections, wantSections)
	}
}

func TestEditRecomputesVerdict(t *testing.T) {
	c, changes := newSeedController(t)
	row := rowOf(t, c, "queries_per_month")
	verdict := measureRow(t, c, MeasureVerdict)
	cell := Cell{Row: row, Col: 1}
	if got := c.CellText(Cell{Row: verdict, Col: 1}); got != "BUY" {
		t.Fatalf("seed verdict of %s = %s, want BUY", c.Scenario(0).Name, got)
	}
	if err := c.SetCell(cell, "10M"); err != nil {
		t.Fatal(err)
	}
	if got := c.Scenario(0).QueriesPerMonth; got != 10e6 {
		t.Errorf("queries = %v, want 1e7", got)
	}
	if got := c.CellText(cell); got != "10,000,000" {
		t.Errorf("cell shows %q, want 10,000,000", got)
	}
	// At 10M queries the API costs $90,050 a month, above the buy threshold,
	// yet self-hosting this scenario never costs less (its replicas cost
	// $5.33 per 1M tokens against the API's blended $5.00): still BUY, but
	// now by rule 5 instead of rule 2.
	if r := c.Result(0); r.Verdict != model.Buy || r.DecidingRule() != 5 || r.BuyMonth1 != 90050 {
		t.Errorf("at 10M: %s by rule %d, buy %v; want BUY by rule 5, buy 90050", r.Verdict, r.DecidingRule(), r.BuyMonth1)
	}
	if err := c.SetCell(Cell{Row: rowOf(t, c, "utilization_pct"), Col: 1}, "90%"); err != nil {
		t.Fatal(err)
	}
	if err := c.SetCell(cell, "30M"); err != nil {
		t.Fatal(err)
	}
	if got := c.CellText(Cell{Row: verdict, Col: 1}); got != "BUILD" {
		t.Errorf("at 30M queries and 90%% utilization the verdict is %s, want BUILD", got)
	}
	want := model.Evaluate(c.Document())[0]
	if c.Result(0).BuyTotal != want.BuyTotal || c.Result(0).Verdict != want.Verdict {
		t.Errorf("results not recomputed: %+v vs %+v", c.Result(0).BuyTotal, want.BuyTotal)
	}
	if !c.Dirty() || !strings.HasSuffix(c.Title(), "•") {
		t.Errorf("dirty = %v, title %q: want unsaved", c.Dirty(), c.Title())
	}
	if len(*changes) == 0 || (*changes)[len(*changes)-1]&ChangeValues == 0 {
		t.Errorf("listeners not told of new values: %v", *changes)
	}
}

func TestTypedValues(t *testing.T) {
	tests := []struct {
		key, text string
		want      any
	}{
		{"queries_per_month", "1,234", 1234.0},
		{"queries_per_month", "2M", 2e6},
		{"api_input_price", "$3", 3.0},
		{"growth_pct", "12%", 12.0},
		{"growth_pct", "-5", -5.0},
		{"gpus_per_replica", "4", 4.0},
		{"regulated", "yes", true},
		{"api_quality_ok", "n", false},
		{"name", "Renamed", "Renamed"},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+tt.text, func(t *testing.T) {
			c, _ := newSeedController(t)
			if err := c.SetCell(Cell{Row: rowOf(t, c, tt.key), Col: 2}, tt.text); err != nil {
				t.Fatal(err)
			}
			f, _ := model.FieldByKey(tt.key)
			s := c.Scenario(1)
			if got := f.Value(&s); got != tt.want {
				t.Errorf("%s = %v, want %v", tt.key, got, tt.want)
			}
		})
	}
}

func TestRejectedValueKeepsOldValue(t *testing.T) {
	tests := []struct {
		key, text string
		wantInMsg []string
	}{
		{"utilization_pct", "140", []string{"Utilization kept", "more than 0% and at most 100%", "got 140"}},
		{"utilization_pct", "abc", []string{"Utilization must be more than 0% and at most 100%", "not a number", "try 12 or 12%"}},
		{"gpus_per_replica", "0", []string{"GPUs / replica", "at least 1"}},
		{"gpus_per_replica", "1.5", []string{"whole number"}},
		{"queries_per_month", "$5", []string{"Queries / month is not an amount of money"}},
		{"queries_per_month", "", []string{"Queries / month", "empty"}},
		{"regulated", "maybe", []string{"regulated", "not yes or no"}},
		{"name", "", []string{"name must not be empty"}},
		{"name", "True scale (10M calls/month)", []string{"unique", "scenario 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+tt.text, func(t *testing.T) {
			c, _ := newSeedController(t)
			before := c.Document()
			beforeResults := c.Result(0).BuyTotal
			cell := Cell{Row: rowOf(t, c, tt.key), Col: 1}
			err := c.SetCell(cell, tt.text)
			var ce *CellError
			if !errors.As(err, &ce) {
				t.Fatalf("SetCell(%q) = %v, want a *CellError", tt.text, err)
			}
			if !reflect.DeepEqual(c.Document(), before) {
				t.Errorf("document changed by a refused value")
			}
			if c.Result(0).BuyTotal != beforeResults || c.Dirty() {
				t.Errorf("refused value changed the results or the unsaved flag")
			}
			msg := c.Status().Text
			if !c.Status().Error || !strings.Contains(msg, before.Scenarios[0].Name) {
				t.Errorf("status %q does not name the scenario %q", msg, before.Scenarios[0].Name)
			}
			for _, w := range tt.wantInMsg {
				if !strings.Contains(msg, w) {
					t.Errorf("status %q lacks %q", msg, w)
				}
			}
			m, ok := c.Mark(cell)
			if !ok || m.Text != tt.text {
				t.Errorf("cell not marked with the refused text: %+v %v", m, ok)
			}
			c.Select(cell)
			if !c.BeginEdit("", false) {
				t.Fatal("cannot edit the marked cell")
			}
			if e, _ := c.Editing(); e.Text != tt.text {
				t.Errorf("editing the marked cell starts from %q, want the refused %q", e.Text, tt.text)
			}
		})
	}
}

func TestEditKeysCommitAndMove(t *testing.T) {
	c, _ := newSeedController(t)
	q := rowOf(t, c, "queries_per_month")
	c.Select(Cell{Row: q, Col: 1})
	c.BeginEdit("5", true)
	c.SetEditText("50k")
	if err := c.Commit(1, 0); err != nil {
		t.Fatal(err)
	}
	if got := c.Scenario(0).QueriesPerMonth; got != 50000 {
		t.Errorf("queries = %v, want 50000", got)
	}
	if got := c.Selection(); got != (Cell{Row: q + 1, Col: 1}) {
		t.Errorf("Enter moved to %v, want the row below", got)
	}
	c.BeginEdit("", false)
	c.SetEditText("7%")
	c.Commit(0, 1)
	if got := c.Scenario(0).GrowthPct; got != 7 {
		t.Errorf("growth = %v, want 7", got)
	}
	if got := c.Selection(); got != (Cell{Row: q + 1, Col: 2}) {
		t.Errorf("Tab moved to %v, want the next column", got)
	}
	before := c.Scenario(1).GrowthPct
	c.BeginEdit("9", true)
	c.Cancel()
	if _, editing := c.Editing(); editing || c.Scenario(1).GrowthPct != before {
		t.Errorf("Escape did not cancel")
	}
	c.BeginEdit("abc", true)
	if err := c.Commit(1, 0); err == nil {
		t.Fatal("a refused value committed")
	}
	if got := c.Selection(); got != (Cell{Row: q + 1, Col: 2}) {
		t.Errorf("a refused value moved the selection to %v", got)
	}
}

func TestMoveSkipsSectionsAndStopsAtEdges(t *testing.T) {
	c, _ := newSeedController(t)
	last := rowOf(t, c, "output_tokens")
	c.Select(Cell{Row: last, Col: 1})
	c.Move(1, 0)
	if got := c.Selection().Row; got != rowOf(t, c, "api_input_price") {
		t.Errorf("Down from the last workload row went to row %d (%s)", got, c.Rows()[got].Label)
	}
	c.Move(0, -5)
	if got := c.Selection().Col; got != 1 {
		t.Errorf("Left past the edge: column %d", got)
	}
	c.Move(0, 100)
	if got := c.Selection().Col; got != c.ScenarioCount() {
		t.Errorf("Right past the edge: column %d", got)
	}
	c.Move(-100, 0)
	if got := c.Selection().Row; got != 0 {
		t.Errorf("Up past the top: row %d", got)
	}
	if c.Select(Cell{Row: 1, Col: 1}) {
		t.Errorf("a section heading was selected")
	}
}

func TestToggle(t *testing.T) {
	c, _ := newSeedController(t)
	cell := Cell{Row: rowOf(t, c, "regulated"), Col: 1}
	c.Select(cell)
	if !c.Toggle() || !c.Scenario(0).Regulated {
		t.Fatal("Toggle did not set regulated")
	}
	if c.Result(0).Verdict != model.BuildRequired {
		t.Errorf("regulated data gives %s, want BUILD_REQUIRED", c.Result(0).Verdict)
	}
	c.Select(Cell{Row: rowOf(t, c, "queries_per_month"), Col: 1})
	if c.Toggle() {
		t.Errorf("a number toggled")
	}
}

func TestComputedCellsAreReadOnly(t *testing.T) {
	c, _ := newSeedController(t)
	cell := Cell{Row: measureRow(t, c, MeasureSavings), Col: 1}
	c.Select(cell)
	if c.BeginEdit("1", true) {
		t.Error("a computed cell began editing")
	}
	if err := c.SetCell(cell, "1"); err == nil {
		t.Error("a computed cell was set")
	}
	if !strings.Contains(c.Status().Text, "computed") {
		t.Errorf("status %q does not say the cell is computed", c.Status().Text)
	}
}

func TestScenarioOperations(t *testing.T) {
	c, _ := newSeedController(t)
	n := c.ScenarioCount()
	names := func() []string {
		var out []string
		for i := range c.ScenarioCount() {
			out = append(out, c.Scenario(i).Name)
		}
		return out
	}

	c.Select(Cell{Row: 0, Col: 1})
	c.AddScenario()
	c.AddScenario()
	if got := names(); got[1] != "New scenario" || got[2] != "New scenario 2" || len(got) != n+2 {
		t.Fatalf("after two adds: %v", got)
	}
	if want := model.NewScenario("New scenario"); c.Scenario(1) != want {
		t.Errorf("added scenario %+v, want NewScenario defaults", c.Scenario(1))
	}
	if c.SelectedScenario() != 2 {
		t.Errorf("the added scenario is not selected: %d", c.SelectedScenario())
	}

	c.Select(Cell{Row: 0, Col: 1})
	c.DuplicateScenario()
	c.Select(Cell{Row: 0, Col: 1})
	c.DuplicateScenario()
	first := c.Scenario(0).Name
	if got := names(); got[1] != first+" (copy 2)" || got[2] != first+" (copy)" {
		t.Fatalf("after two duplicates: %v", got[:4])
	}
	dup := c.Scenario(1)
	dup.Name = first
	if dup != c.Scenario(0) {
		t.Errorf("duplicate differs from its original beyond the name")
	}

	if err := c.RenameScenario(1, first); err == nil {
		t.Errorf("rename to a taken name accepted")
	}
	if err := c.RenameScenario(1, "Pilot"); err != nil || c.Scenario(1).Name != "Pilot" {
		t.Errorf("rename: %v, name %q", err, c.Scenario(1).Name)
	}

	c.Select(Cell{Row: 0, Col: 2})
	if !c.MoveScenario(-1) || c.Scenario(0).Name != "Pilot" || c.Scenario(1).Name != first || c.SelectedScenario() != 0 {
		t.Errorf("move left: %v, selected %d", names()[:3], c.SelectedScenario())
	}
	if c.MoveScenario(-1) {
		t.Errorf("moved past the left edge")
	}
	if !c.MoveScenario(1) || c.Scenario(1).Name != "Pilot" {
		t.Errorf("move right: %v", names()[:3])
	}

	c.Select(Cell{Row: 0, Col: 2})
	if !c.DeleteScenario() || c.ScenarioCount() != n+3 || slicesContains(names(), "Pilot") {
		t.Errorf("delete: %v", names())
	}
	seen := map[string]bool{}
	for _, name := range names() {
		if seen[name] {
			t.Errorf("name %q twice", name)
		}
		seen[name] = true
	}
	if len(c.Results()) != c.ScenarioCount() {
		t.Errorf("%d results for %d scenarios", len(c.Results()), c.ScenarioCount())
	}
	for c.ScenarioCount() > 1 {
		c.DeleteScenario()
	}
	if c.DeleteScenario() || c.ScenarioCount() != 1 {
		t.Errorf("the last scenario was deleted")
	}
	doc := c.Document()
	if err := doc.Validate(); err != nil {
		t.Errorf("document invalid after the operations: %v", err)
	}
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestMarksFollowTheirScenario(t *testing.T) {
	c, _ := newSeedController(t)
	cell := Cell{Row: rowOf(t, c, "utilization_pct"), Col: 2}
	c.SetCell(cell, "140")
	c.Select(Cell{Row: 0, Col: 2})
	c.MoveScenario(-1)
	if _, ok := c.Mark(Cell{Row: cell.Row, Col: 1}); !ok {
		t.Errorf("mark did not move with its scenario")
	}
	if _, ok := c.Mark(cell); ok {
		t.Errorf("mark stayed on the column")
	}
	if err := c.SetCell(Cell{Row: cell.Row, Col: 1}, "60"); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Mark(Cell{Row: cell.Row, Col: 1}); ok {
		t.Errorf("mark kept after a good value")
	}
}

func TestPolicy(t *testing.T) {
	c, _ := newSeedController(t)
	if err := c.SetPolicy("horizon_months", "24"); err != nil {
		t.Fatal(err)
	}
	if len(c.Result(0).Months) != 24 || !c.Dirty() {
		t.Errorf("horizon 24 gives %d months, dirty %v", len(c.Result(0).Months), c.Dirty())
	}
	err := c.SetPolicy("horizon_months", "0")
	var pe *PolicyError
	if !errors.As(err, &pe) || c.Policy().HorizonMonths != 24 {
		t.Fatalf("horizon 0: %v, horizon now %d", err, c.Policy().HorizonMonths)
	}
	for _, w := range []string{"kept 24", "at least 1 and at most 120"} {
		if !strings.Contains(c.Status().Text, w) {
			t.Errorf("status %q lacks %q", c.Status().Text, w)
		}
	}
	if err := c.SetPolicy("buy_below_monthly", "$100"); err != nil {
		t.Fatal(err)
	}
	if c.Policy().BuyBelowMonthly != 100 {
		t.Errorf("buy_below_monthly = %v", c.Policy().BuyBelowMonthly)
	}
}

func TestSaveAndReopen(t *testing.T) {
	c, _ := newSeedController(t)
	c.SetCell(Cell{Row: rowOf(t, c, "queries_per_month"), Col: 3}, "2.5M")
	c.Select(Cell{Row: 0, Col: 1})
	c.DuplicateScenario()
	if err := c.Save(); !errors.Is(err, ErrNoPath) {
		t.Errorf("Save without a file = %v, want ErrNoPath", err)
	}
	path := filepath.Join(t.TempDir(), "acme.json")
	c.Select(Cell{Row: rowOf(t, c, "growth_pct"), Col: 1})
	c.BeginEdit("4%", true) // an edit in progress is saved too
	if err := c.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	if c.Dirty() || c.Title() != "Build vs Buy — acme.json" {
		t.Errorf("after save: dirty %v, title %q", c.Dirty(), c.Title())
	}
	saved := c.Document()
	if saved.Scenarios[0].GrowthPct != 4 {
		t.Errorf("the edit in progress was not saved")
	}

	other := NewController(assets.DefaultDocument(), "")
	if err := other.Open(path); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(other.Document(), saved) {
		t.Errorf("reopened document differs:\n%+v\n%+v", other.Document(), saved)
	}
	if other.Dirty() || other.Path() != path {
		t.Errorf("reopened: dirty %v, path %q", other.Dirty(), other.Path())
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := model.WriteFileAtomic(bad, []byte(`{"version":1,"scenarios":[{"name":"X"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	err := other.Open(bad)
	if err == nil || !strings.Contains(err.Error(), "X") {
		t.Errorf("opening a bad file: %v", err)
	}
	if other.Path() != path {
		t.Errorf("a failed open changed the document")
	}
	other.NewDocument()
	if other.ScenarioCount() != 1 || other.Path() != "" || other.Dirty() {
		t.Errorf("new document: %d scenarios, path %q, dirty %v", other.ScenarioCount(), other.Path(), other.Dirty())
	}
}

func TestPaste(t *testing.T) {
	c, _ := newSeedController(t)
	q := rowOf(t, c, "queries_per_month")
	c.Select(Cell{Row: q, Col: 1})
	if err := c.Paste("1,000\t2,000\n5%\t6%\n"); err != nil {
		t.Fatal(err)
	}
	if c.Scenario(0).QueriesPerMonth != 1000 || c.Scenario(1).QueriesPerMonth != 2000 ||
		c.Scenario(0).GrowthPct != 5 || c.Scenario(1).GrowthPct != 6 {
		t.Errorf("paste gave %v %v %v %v", c.Scenario(0).QueriesPerMonth, c.Scenario(1).QueriesPerMonth,
			c.Scenario(0).GrowthPct, c.Scenario(1).GrowthPct)
	}
	c.Select(Cell{Row: q, Col: 1})
	c.CopyText()
	if got := c.CopyText(); got != "1000" {
		t.Errorf("copy = %q", got)
	}
}

func TestFormatting(t *testing.T) {
	tests := []struct{ got, want string }{
		{formatPrice(0.02), "$0.02"},
		{formatPrice(0.0035), "$0.0035"},
		{formatPrice(3), "$3.00"},
		{formatPrice(18000), "$18,000"},
		{formatDecimal(1234567.5, 4), "1,234,567.5"},
		{formatDecimal(-0.00001, 4), "0"},
		{groupDigits("-1234.25"), "-1,234.25"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, f := range model.Fields {
		s := model.NewScenario("x")
		s.QueriesPerMonth = 1234567.125
		if f.Kind == model.Number || f.Kind == model.Integer {
			v, err := f.ParseValue(editValue(f, &s))
			if err != nil || v != f.Number(&s) {
				t.Errorf("%s: edit text %q reads back as %v, %v", f.Key, editValue(f, &s), v, err)
			}
		}
	}
}

func TestSavingsSummary(t *testing.T) {
	c := NewController(assets.DefaultDocument(), "")
	want := map[model.Verdict]string{
		model.Buy:           "buying saves",
		model.Build:         "building saves",
		model.BuildRequired: "the API cannot serve",
	}
	for i := range c.ScenarioCount() {
		r := c.Result(i)
		if w, ok := want[r.Verdict]; ok && !strings.HasPrefix(savingsSummary(r), w) {
			t.Errorf("%s (%s): %q", r.Name, r.Verdict, savingsSummary(r))
		}
	}
}

func TestApplyPreset(t *testing.T) {
	c, _ := newSeedController(t)
	cat := assets.Catalog()
	gpu := cat.OfKind(model.PresetGPU)[0]
	c.Select(Cell{Row: rowOf(t, c, "gpu_hourly"), Col: 2})
	c.SetCell(Cell{Row: rowOf(t, c, "gpu_hourly"), Col: 2}, "-1") // a refused value, marked
	before := c.Scenario(1)
	if err := c.ApplyPreset(gpu); err != nil {
		t.Fatal(err)
	}
	after := c.Scenario(1)
	for key, v := range gpu.Values {
		f, _ := model.FieldByKey(key)
		if got := f.Number(&after); got != v {
			t.Errorf("%s = %v, want the preset's %v", key, got, v)
		}
		f.SetNumber(&after, f.Number(&before))
	}
	if after != before {
		t.Errorf("the preset changed fields it does not name")
	}
	if _, marked := c.Mark(Cell{Row: rowOf(t, c, "gpu_hourly"), Col: 2}); marked {
		t.Errorf("the preset's value left the old refusal marked")
	}
	for _, want := range []string{before.Name, gpu.Name, gpu.Checked, "GPU price"} {
		if !strings.Contains(c.Status().Text, want) {
			t.Errorf("status %q lacks %q", c.Status().Text, want)
		}
	}
	if want := model.Evaluate(c.Document())[1].BuildTotal; !c.Dirty() || c.Result(1).BuildTotal != want {
		t.Errorf("results not recomputed (%v, want %v) or not marked unsaved", c.Result(1).BuildTotal, want)
	}
}

func TestUndoRedo(t *testing.T) {
	c, _ := newSeedController(t)
	orig := c.Document()
	q := Cell{Row: rowOf(t, c, "queries_per_month"), Col: 1}
	c.SetCell(q, "2M")
	c.SetPolicy("horizon_months", "24")
	c.Select(Cell{Row: 0, Col: 2})
	c.DuplicateScenario()
	c.MoveScenario(-1)
	c.SetCell(q, "bad") // refused: nothing to undo for it
	afterAll := c.Document()

	for range 4 {
		if !c.Undo() {
			t.Fatal("Undo did nothing")
		}
	}
	if !reflect.DeepEqual(c.Document(), orig) {
		t.Errorf("four undos do not give back the original document")
	}
	if c.Dirty() {
		t.Errorf("undone back to the opened document, yet marked unsaved")
	}
	if c.Undo() {
		t.Errorf("undid past the start")
	}
	if len(c.Results()) != len(orig.Scenarios) || len(c.Result(0).Months) != 12 {
		t.Errorf("results not recomputed after undo")
	}
	for range 4 {
		c.Redo()
	}
	if !reflect.DeepEqual(c.Document(), afterAll) || !c.Dirty() {
		t.Errorf("four redos do not give back the edited document")
	}
	c.Undo()
	c.SetCell(q, "3M")
	if c.Redo() {
		t.Errorf("redo after a new change")
	}

	// Undo during an edit abandons the edit only.
	before := c.Document()
	c.BeginEdit("9", true)
	c.Undo()
	if _, editing := c.Editing(); editing || !reflect.DeepEqual(c.Document(), before) {
		t.Errorf("Undo during an edit did more than cancel it")
	}

	// Saving makes the saved version the clean one.
	if err := c.SaveAs(filepath.Join(t.TempDir(), "u.json")); err != nil {
		t.Fatal(err)
	}
	c.Undo()
	if !c.Dirty() {
		t.Errorf("undoing past a save is not unsaved")
	}
	c.Redo()
	if c.Dirty() {
		t.Errorf("redoing back to the saved version is still unsaved")
	}
}
