package workbook

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"buildvsbuy/model"
)

// sheets maps a sheet name to its cells, row by row, as text.
type sheets map[string][][]string

// export writes doc as a workbook and returns its bytes.
func export(t testing.TB, doc model.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// recalculate has gnumeric open the workbook, recalculate every formula and
// write each sheet's values as CSV, and returns them. gnumeric's ssconvert
// must be installed: the test fails, never skips, without it.
func recalculate(t *testing.T, xlsx []byte) sheets {
	t.Helper()
	ssconvert, err := exec.LookPath("ssconvert")
	if err != nil {
		t.Fatalf("ssconvert not found: install gnumeric (apt-get install gnumeric), which recalculates the workbook for this test: %v", err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "book.xlsx")
	if err := os.WriteFile(in, xlsx, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(ssconvert, "--recalc", "-S", "-T", "Gnumeric_stf:stf_assistant",
		"-O", "format=raw separator=,", in, filepath.Join(dir, "out.%s.csv"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ssconvert: %v\n%s", err, out)
	}
	got := sheets{}
	for _, name := range []string{SheetSummary, SheetInputs, SheetPolicy, SheetProjection} {
		data, err := os.ReadFile(filepath.Join(dir, "out."+name+".csv"))
		if err != nil {
			t.Fatalf("ssconvert wrote no %s sheet: %v", name, err)
		}
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("reading the %s sheet's CSV: %v", name, err)
		}
		got[name] = rows
	}
	return got
}

// at returns the text of a 1-based column and row, "" where the sheet has none.
func (s sheets) at(sheet string, column, row int) string {
	rows := s[sheet]
	if row-1 >= len(rows) || column-1 >= len(rows[row-1]) {
		return ""
	}
	return rows[row-1][column-1]
}
