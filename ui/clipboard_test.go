package ui

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"buildvsbuy/model"
)

func TestParseTSV(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]string
	}{
		{"empty", "", nil},
		{"one cell", "42", [][]string{{"42"}}},
		{"one cell with Excel's line break", "42\r\n", [][]string{{"42"}}},
		{"block", "1\t2\n3\t4\n", [][]string{{"1", "2"}, {"3", "4"}}},
		{"Windows line endings", "1\t2\r\n3\t4\r\n", [][]string{{"1", "2"}, {"3", "4"}}},
		{"old Mac line endings", "1\r2", [][]string{{"1"}, {"2"}}},
		{"trailing tabs", "1\t\t\r\n2\t\t\r\n", [][]string{{"1", "", ""}, {"2", "", ""}}},
		{"blank row inside", "1\n\n3", [][]string{{"1"}, {""}, {"3"}}},
		{"quoted tab", "\"a\tb\"\tc", [][]string{{"a\tb", "c"}}},
		{"quoted line break", "\"line 1\nline 2\"\t5\r\n", [][]string{{"line 1\nline 2", "5"}}},
		{"doubled quotes", "\"say \"\"hi\"\"\"\t1", [][]string{{`say "hi"`, "1"}}},
		{"quote inside a plain cell", "5\" screen\t2", [][]string{{`5" screen`, "2"}}},
		{"unclosed quote is literal", "\"abc\t1", [][]string{{`"abc`, "1"}}},
		{"quote not followed by a separator is literal", "\"a\"b\t1", [][]string{{`"a"b`, "1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseTSV(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseTSV(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatTSVRoundTrip(t *testing.T) {
	rows := [][]string{{"plain", "with\ttab", "two\nlines"}, {`"quoted"`, "", "1,000"}}
	text := FormatTSV(rows)
	want := "plain\t\"with\ttab\"\t\"two\nlines\"\r\n\"\"\"quoted\"\"\"\t\t1,000\r\n"
	if text != want {
		t.Errorf("FormatTSV = %q, want %q", text, want)
	}
	if got := ParseTSV(text); !reflect.DeepEqual(got, rows) {
		t.Errorf("round trip gave %q, want %q", got, rows)
	}
}

// pasteAt selects the cell of field key in column col and pastes text.
func pasteAt(t *testing.T, c *Controller, key string, col int, text string) error {
	t.Helper()
	c.Select(Cell{Row: rowOf(t, c, key), Col: col})
	return c.Paste(text)
}

func TestPasteBlocks(t *testing.T) {
	tests := []struct {
		name  string
		key   string // the selected cell's field
		col   int
		text  string
		check func(t *testing.T, c *Controller)
	}{
		{"Excel block with Windows line endings", "queries_per_month", 1, "1,000\t2000\r\n5%\t6\r\n",
			func(t *testing.T, c *Controller) {
				want := []float64{1000, 2000, 5, 6}
				got := []float64{c.Scenario(0).QueriesPerMonth, c.Scenario(1).QueriesPerMonth, c.Scenario(0).GrowthPct, c.Scenario(1).GrowthPct}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("got %v, want %v", got, want)
				}
			}},
		{"trailing tabs add nothing", "queries_per_month", 6, "7\t\t\r\n",
			func(t *testing.T, c *Controller) {
				if c.ScenarioCount() != 6 || c.Scenario(5).QueriesPerMonth != 7 {
					t.Errorf("%d scenarios, last has %v queries", c.ScenarioCount(), c.Scenario(5).QueriesPerMonth)
				}
			}},
		{"names with a quoted tab", "name", 1, "\"A\tB\"\tSecond\r\n",
			func(t *testing.T, c *Controller) {
				if c.Scenario(0).Name != "A\tB" || c.Scenario(1).Name != "Second" {
					t.Errorf("names %q, %q", c.Scenario(0).Name, c.Scenario(1).Name)
				}
			}},
		{"more columns than scenarios adds scenarios", "queries_per_month", 5, "1\t2\t3\t4\r\n",
			func(t *testing.T, c *Controller) {
				if c.ScenarioCount() != 8 {
					t.Fatalf("%d scenarios, want 8", c.ScenarioCount())
				}
				for i, want := range []float64{1, 2, 3, 4} {
					if got := c.Scenario(4 + i).QueriesPerMonth; got != want {
						t.Errorf("scenario %d: %v queries, want %v", 5+i, got, want)
					}
				}
				if !strings.Contains(c.Status().Text, "added 2 scenarios") {
					t.Errorf("status %q does not say scenarios were added", c.Status().Text)
				}
			}},
		{"booleans as Excel writes them", "api_quality_ok", 1, "FALSE\r\nTRUE\r\n",
			func(t *testing.T, c *Controller) {
				if c.Scenario(0).APIQualityOK || !c.Scenario(0).Regulated {
					t.Errorf("quality %v, regulated %v", c.Scenario(0).APIQualityOK, c.Scenario(0).Regulated)
				}
			}},
		{"a single value fills a selected block", "", 0, "",
			func(t *testing.T, c *Controller) {
				q := rowOf(t, c, "queries_per_month")
				c.SelectBlock(Cell{Row: q, Col: 1}, Cell{Row: q, Col: 3})
				if err := c.Paste("9"); err != nil {
					t.Fatal(err)
				}
				for i := range 3 {
					if c.Scenario(i).QueriesPerMonth != 9 {
						t.Errorf("scenario %d has %v", i, c.Scenario(i).QueriesPerMonth)
					}
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newSeedController(t)
			if tt.key != "" {
				if err := pasteAt(t, c, tt.key, tt.col, tt.text); err != nil {
					t.Fatal(err)
				}
				if c.UndoLabel() != "paste" {
					t.Errorf("undo label %q, want paste", c.UndoLabel())
				}
			}
			tt.check(t, c)
		})
	}
}

func TestPasteRefusesBadBlockAsAWhole(t *testing.T) {
	tests := []struct {
		name string
		key  string
		text string
		bad  []string // what the error must name, one per bad cell
	}{
		{"text in a number row", "queries_per_month", "1000\tlots\r\n5\t6\r\n", []string{"Queries / month", `"lots"`}},
		{"two bad cells", "queries_per_month", "1000\t-5\r\n-200\t6\r\n", []string{"-5", "Growth"}},
		{"integer field with a fraction", "gpus_per_replica", "2.5\r\n", []string{"GPUs"}},
		{"duplicate names", "name", "Same\tSame\r\n", []string{"unique"}},
		{"quoted value with a line break in a number row", "queries_per_month", "\"1\n2\"\r\n", []string{"Queries / month"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newSeedController(t)
			before := c.Document()
			err := pasteAt(t, c, tt.key, 1, tt.text)
			var pe *PasteError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *PasteError", err)
			}
			if !reflect.DeepEqual(c.Document(), before) || c.CanUndo() || c.Dirty() {
				t.Errorf("a refused paste changed the document")
			}
			for _, w := range tt.bad {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
			if !c.Status().Error || c.Status().Text != err.Error() {
				t.Errorf("status %+v does not report the refusal", c.Status())
			}
		})
	}
	// Each bad cell is counted and marked.
	c, _ := newSeedController(t)
	err := pasteAt(t, c, "queries_per_month", 1, "x\ty\r\n1\t2\r\n")
	var pe *PasteError
	if !errors.As(err, &pe) || len(pe.Problems) != 2 {
		t.Fatalf("err = %v, want 2 problems", err)
	}
	q := rowOf(t, c, "queries_per_month")
	for col := 1; col <= 2; col++ {
		if _, marked := c.Mark(Cell{Row: q, Col: col}); !marked {
			t.Errorf("bad cell in column %d not marked", col)
		}
	}
}

func TestPasteIsOneUndoStep(t *testing.T) {
	c, _ := newSeedController(t)
	before := c.Document()
	if err := pasteAt(t, c, "name", 5, "N1\tN2\tN3\r\n10\t20\t30\r\n"); err != nil {
		t.Fatal(err)
	}
	after := c.Document()
	if len(after.Scenarios) != 7 {
		t.Fatalf("%d scenarios, want 7", len(after.Scenarios))
	}
	c.Undo()
	if !reflect.DeepEqual(c.Document(), before) {
		t.Errorf("one undo does not take the whole paste back")
	}
	c.Redo()
	if !reflect.DeepEqual(c.Document(), after) {
		t.Errorf("redo does not paste again")
	}
}

func TestShiftSelectionCopiesBlock(t *testing.T) {
	c, _ := newSeedController(t)
	q := rowOf(t, c, "queries_per_month")
	c.Select(Cell{Row: q, Col: 1})
	c.ExtendBy(1, 0)
	c.ExtendBy(0, 1)
	want := "50000\t10000000\r\n0\t0\r\n"
	if got := c.CopyText(); got != want {
		t.Errorf("Shift+Down, Shift+Right copies %q, want %q", got, want)
	}
	if b := c.Selected(); b != (Block{Top: q, Left: 1, Bottom: q + 1, Right: 2}) {
		t.Errorf("block %+v", b)
	}

	// Shift+click from the name to the first input steps over the heading.
	c.Select(Cell{Row: 0, Col: 2})
	c.Extend(Cell{Row: q, Col: 3})
	want = "True scale (10M calls/month)\tHospital records (data stays on-premise)\r\n10000000\t200000\r\n"
	if got := c.CopyText(); got != want {
		t.Errorf("name to queries copies %q, want %q", got, want)
	}

	// A plain move collapses the block.
	c.Move(1, 0)
	if !c.Selected().Single() {
		t.Errorf("moving did not collapse the block")
	}

	// Pasting the copied block elsewhere reproduces it.
	c.Select(Cell{Row: q, Col: 1})
	c.ExtendBy(0, 1)
	block := c.CopyText()
	c.Select(Cell{Row: q, Col: 4})
	if err := c.Paste(block); err != nil {
		t.Fatal(err)
	}
	if c.Scenario(3).QueriesPerMonth != 50000 || c.Scenario(4).QueriesPerMonth != 10000000 {
		t.Errorf("pasted back %v, %v", c.Scenario(3).QueriesPerMonth, c.Scenario(4).QueriesPerMonth)
	}
}

func TestCopyColumnAndResults(t *testing.T) {
	c, _ := newSeedController(t)
	col := ParseTSV(c.CopyColumnText(1))
	if col[0][0] != "True scale (10M calls/month)" || col[1][0] != "10000000" {
		t.Errorf("column starts %q", col[:2])
	}
	var inputs int
	for _, r := range c.Rows() {
		if r.Kind != SectionRow {
			inputs++
		}
	}
	if len(col) != inputs {
		t.Errorf("column has %d values, want %d", len(col), inputs)
	}
	res := ParseTSV(c.CopyResultsText())
	if res[0][0] != "Result" || res[0][2] != "True scale (10M calls/month)" || res[1][0] != "Verdict" {
		t.Errorf("results table starts %q", res[:2])
	}
	if res[1][2] != verdictWord(model.Build) {
		t.Errorf("verdict of True scale copied as %q", res[1][2])
	}
	// Money is a plain number a spreadsheet reads.
	for _, r := range res[2:] {
		for _, v := range r[1:] {
			if strings.ContainsAny(v, "$,") {
				t.Errorf("%s: %q is not a plain number", r[0], v)
			}
		}
	}
}
