package main

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"buildvsbuy/assets"
)

func TestPlot(t *testing.T) {
	dir := t.TempDir()
	invalid := filepath.Join(dir, "invalid.json")
	if err := os.WriteFile(invalid, []byte(`{"version": 1, "scenarios": [{"name": "x", "queries_per_month": -5}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	seed := filepath.Join(dir, "seed.json")
	if err := os.WriteFile(seed, assets.SeedScenarios, 0o644); err != nil {
		t.Fatal(err)
	}
	out := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantFile   string // written, and a valid image of its extension
		wantW      int    // PNG width, if checked
		wantStderr string
	}{
		{"png, defaults", []string{"-o", out("default.png")}, exitOK, "default.png", 800, ""},
		{"svg", []string{"-o", out("chart.svg")}, exitOK, "chart.svg", 0, ""},
		{"cumulative of a named scenario", []string{"--kind", "cumulative", "--scenario", "True scale (10M calls/month)", "-o", out("cumulative.png")}, exitOK, "cumulative.png", 800, ""},
		{"totals, dark, large", []string{"-o", out("totals.png"), "--kind", "totals", "--dark", "--width", "1600", "--height", "1000"}, exitOK, "totals.png", 1600, ""},
		{"tornado of a named scenario", []string{"--kind", "tornado", "--scenario", "True scale (10M calls/month)", "-o", out("tornado.png")}, exitOK, "tornado.png", 800, ""},
		{"tornado, swing 35, svg", []string{"--kind", "tornado", "--swing", "35", "-o", out("tornado.svg")}, exitOK, "tornado.svg", 0, ""},
		{"swing out of range", []string{"--kind", "tornado", "--swing", "100", "-o", out("w.png")}, exitUsage, "", 0, "--swing must be > 0 and < 100"},
		{"negative swing", []string{"--kind", "tornado", "--swing", "-5", "-o", out("n.png")}, exitUsage, "", 0, "--swing must be > 0 and < 100"},
		{"flags after the file", []string{seed, "-o", out("after.png"), "--kind", "totals"}, exitOK, "after.png", 800, ""},
		{"missing file", []string{"-o", out("x.png"), out("missing.json")}, exitInvalid, "", 0, "missing.json"},
		{"unknown scenario", []string{"-o", out("none.png"), "--scenario", "Nope"}, exitInvalid, "", 0, `no scenario named "Nope"`},
		{"invalid document", []string{"-o", out("bad.png"), invalid}, exitInvalid, "", 0, "queries_per_month"},
		{"bad flag", []string{"-o", out("f.png"), "--colour", "red"}, exitUsage, "", 0, "flag provided but not defined"},
		{"no output", []string{"--kind", "volume"}, exitUsage, "", 0, "-o OUT.png or -o OUT.svg is required"},
		{"unknown extension", []string{"-o", out("chart.gif")}, exitUsage, "", 0, "must end in .png or .svg"},
		{"unknown kind", []string{"-o", out("k.png"), "--kind", "pie"}, exitUsage, "", 0, "unknown chart kind"},
		{"size out of range", []string{"-o", out("s.png"), "--width", "10"}, exitUsage, "", 0, "out of range"},
		{"two files", []string{"-o", out("t.png"), "a.json", "b.json"}, exitUsage, "", 0, "at most one FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(append([]string{"plot"}, tt.args...), &stdout, &stderr)
			if status != tt.wantStatus {
				t.Fatalf("status %d, want %d; stderr: %s", status, tt.wantStatus, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.wantStderr)
			}
			if tt.wantFile == "" {
				return
			}
			f, err := os.Open(out(tt.wantFile))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if strings.HasSuffix(tt.wantFile, ".png") {
				img, err := png.Decode(f)
				if err != nil {
					t.Fatalf("not a PNG: %v", err)
				}
				if img.Bounds().Dx() != tt.wantW {
					t.Errorf("PNG is %d pixels wide, want %d", img.Bounds().Dx(), tt.wantW)
				}
				return
			}
			dec := xml.NewDecoder(f)
			root := ""
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("SVG is not well-formed XML: %v", err)
				}
				if se, ok := tok.(xml.StartElement); ok && root == "" {
					root = se.Name.Local
				}
			}
			if root != "svg" {
				t.Errorf("root element %q, want svg", root)
			}
		})
	}
}

func TestPlotUnknownScenarioWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.png")
	var stdout, stderr bytes.Buffer
	if status := run([]string{"plot", "-o", path, "--scenario", "Nope"}, &stdout, &stderr); status != exitInvalid {
		t.Fatalf("status %d", status)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("%s written for an unknown scenario", path)
	}
}

func TestPlotHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := run([]string{"help", "plot"}, &stdout, &stderr); status != exitOK {
		t.Fatalf("status %d", status)
	}
	for _, s := range []string{"plot -o OUT.png|OUT.svg", "--scenario NAME", "--kind", "--dark", "tornado", "--swing PCT"} {
		if !strings.Contains(stdout.String(), s) {
			t.Errorf("help lacks %q:\n%s", s, stdout.String())
		}
	}
	stdout.Reset()
	run([]string{"help"}, &stdout, &stderr)
	if !strings.Contains(stdout.String(), "draw a break-even chart") {
		t.Errorf("program help does not list plot:\n%s", stdout.String())
	}
}

// TestPlotTornadoSwing checks that --swing reaches the chart: the SVG
// names the swing it moved the inputs by.
func TestPlotTornadoSwing(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"default", nil, "Input −20%"},
		{"35%", []string{"--swing", "35"}, "Input −35%"},
		{"12.5%", []string{"--swing", "12.5"}, "Input +12.5%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tornado.svg")
			var stdout, stderr bytes.Buffer
			args := append([]string{"plot", "--kind", "tornado", "--scenario", "True scale (10M calls/month)", "-o", path}, tt.args...)
			if status := run(args, &stdout, &stderr); status != exitOK {
				t.Fatalf("status %d; stderr: %s", status, stderr.String())
			}
			svg, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(svg), tt.want) {
				t.Errorf("the tornado does not say %q", tt.want)
			}
		})
	}
}
