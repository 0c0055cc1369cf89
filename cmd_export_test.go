package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"buildvsbuy/assets"
	"buildvsbuy/export/workbook"
)

func TestExport(t *testing.T) {
	dir := t.TempDir()
	seed := filepath.Join(dir, "seed.json")
	if err := os.WriteFile(seed, assets.SeedScenarios, 0o644); err != nil {
		t.Fatal(err)
	}
	invalid := filepath.Join(dir, "invalid.json")
	if err := os.WriteFile(invalid, []byte(`{"version": 1, "scenarios": [{"name": "x", "queries_per_month": -5}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	existing := filepath.Join(dir, "existing.xlsx")
	if err := os.WriteFile(existing, []byte("an older export"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := func(name string) string { return filepath.Join(dir, name) }
	folder := out("folder.xlsx")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantFile   string // written, and a workbook of the seed scenarios
		wantStderr string
	}{
		{"built-in scenarios", []string{"export", "-o", out("default.xlsx")}, exitOK, "default.xlsx", ""},
		{"a file", []string{"export", "-o", out("file.xlsx"), seed}, exitOK, "file.xlsx", ""},
		{"flags after the file", []string{"export", seed, "-o", out("after.xlsx")}, exitOK, "after.xlsx", ""},
		{"over an existing file", []string{"export", "-o", existing}, exitOK, "existing.xlsx", ""},
		{"missing -o", []string{"export", seed}, exitUsage, "", "-o OUT.xlsx is required"},
		{"two files", []string{"export", "-o", out("two.xlsx"), seed, seed}, exitUsage, "", "at most one FILE"},
		{"unknown flag", []string{"export", "--json", "-o", out("flag.xlsx")}, exitUsage, "", "flag provided but not defined"},
		{"invalid document", []string{"export", "-o", out("invalid.xlsx"), invalid}, exitInvalid, "", "queries_per_month"},
		{"missing document", []string{"export", "-o", out("missing.xlsx"), out("none.json")}, exitInvalid, "", "none.json"},
		{"folder missing", []string{"export", "-o", filepath.Join(dir, "no", "such", "dir.xlsx")}, exitInvalid, "", "such/ does not exist"},
		{"output is a folder", []string{"export", "-o", folder}, exitInvalid, "", "folder.xlsx: it is a folder"},
		{"output not .xlsx", []string{"export", "-o", out("report.csv")}, exitUsage, "", "report.csv must end in .xlsx"},
		{"capital extension", []string{"export", "-o", out("CAPS.XLSX")}, exitOK, "CAPS.XLSX", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := runCLI(tt.args...)
			if status != tt.wantStatus {
				t.Fatalf("exit status %d, want %d; stderr: %s", status, tt.wantStatus, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if tt.wantStderr != "" && !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr %q, want it to contain %q", stderr, tt.wantStderr)
			}
			if tt.wantFile == "" {
				for _, a := range tt.args {
					if strings.HasSuffix(a, ".xlsx") {
						if info, err := os.Stat(a); err == nil && !info.IsDir() {
							t.Errorf("%s was written after an error", a)
						}
					}
				}
				return
			}
			f, err := excelize.OpenFile(out(tt.wantFile))
			if err != nil {
				t.Fatalf("the workbook does not open: %v", err)
			}
			defer f.Close()
			for i, s := range assets.DefaultDocument().Scenarios {
				ref := "A" + string(rune('2'+i))
				if got, _ := f.GetCellValue(workbook.SheetSummary, ref); got != s.Name {
					t.Errorf("Summary!%s = %q, want %q", ref, got, s.Name)
				}
			}
		})
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file was left behind: %s", e.Name())
		}
	}
}

func TestExportHelp(t *testing.T) {
	status, stdout, _ := runCLI("help", "export")
	if status != exitOK || !strings.Contains(stdout, "Usage: buildvsbuy export -o OUT.xlsx [FILE]") {
		t.Errorf("help export: status %d, output %q", status, stdout)
	}
	_, stdout, _ = runCLI("help")
	if !strings.Contains(stdout, "export -o OUT.xlsx [FILE]") {
		t.Errorf("the program's help does not list export:\n%s", stdout)
	}
}
