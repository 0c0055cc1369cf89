package main

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

var plotCommand = command{name: "plot", usage: "plot -o OUT.png|OUT.svg [--scenario NAME] [--kind volume|cumulative|totals|tornado] [--swing PCT] [FILE]",
	summary: "draw a break-even chart as PNG or SVG",
	run:     (*commandLine).plot, help: `
Draws a chart of FILE (default: the built-in scenarios) and writes it to OUT,
a PNG or an SVG file by its extension.

  -o OUT            the file to write: .png or .svg (required)
  --scenario NAME   the scenario of the volume, cumulative and tornado
                    charts (default: the first)
  --kind KIND       volume: monthly cost vs volume, buy vs self-hosted,
                    with the break-even volume (default);
                    cumulative: cumulative cost month by month over the
                    horizon, with the break-even month;
                    totals: every scenario's horizon totals and verdict;
                    tornado: savings with each input moved down and up by
                    the swing, largest effect on top, the inputs that flip
                    the verdict marked
  --swing PCT       how far the tornado moves each input, in percent
                    (default 20)
  --width PIXELS    image width (default 800)
  --height PIXELS   image height (default 500)
  --dark            draw on a dark background
`}

func (c *commandLine) plot(args []string) int {
	fs := flag.NewFlagSet("plot", flag.ContinueOnError)
	out := fs.String("o", "", "")
	scenario := fs.String("scenario", "", "")
	kindName := fs.String("kind", string(chart.Volume), "")
	width := fs.Int("width", 800, "")
	height := fs.Int("height", 500, "")
	dark := fs.Bool("dark", false, "")
	swing := fs.Float64("swing", model.DefaultSwingPct, "")
	positional, status, ok := c.parseFlags(fs, args)
	if !ok {
		return status
	}
	if *out == "" {
		return c.usageError("plot: -o OUT.png or -o OUT.svg is required")
	}
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
	if format != "png" && format != "svg" {
		return c.usageError(fmt.Sprintf("plot: %s: the output must end in .png or .svg", *out))
	}
	kind, err := chart.ParseKind(*kindName)
	if err != nil {
		return c.usageError("plot: " + err.Error())
	}
	if !(*swing > 0 && *swing < 100) {
		return c.usageError(fmt.Sprintf("plot: --swing must be > 0 and < 100, got %v", *swing))
	}
	if *width < chart.MinWidth || *height < chart.MinHeight || *width > chart.MaxSide || *height > chart.MaxSide {
		return c.usageError(fmt.Sprintf("plot: size %d×%d is out of range (%d×%d to %d×%d pixels)",
			*width, *height, chart.MinWidth, chart.MinHeight, chart.MaxSide, chart.MaxSide))
	}
	doc, status, ok := c.loadDocument(positional)
	if !ok {
		return status
	}
	results := model.Evaluate(doc)
	if len(results) == 0 {
		return c.fail(fmt.Errorf("plot: the document has no scenarios"))
	}
	index := 0
	if *scenario != "" {
		if index = scenarioIndex(results, *scenario); index < 0 {
			names := make([]string, len(results))
			for i := range results {
				names[i] = fmt.Sprintf("%q", results[i].Name)
			}
			return c.fail(fmt.Errorf("plot: no scenario named %q; the scenarios are %s", *scenario, strings.Join(names, ", ")))
		}
	}
	theme := chart.Light()
	if *dark {
		theme = chart.Dark()
	}
	var buf bytes.Buffer
	if err := chart.WriteWith(&buf, format, kind, results, index, *width, *height, theme, chart.Options{SwingPct: *swing}); err != nil {
		return c.fail(err)
	}
	if err := model.WriteFileAtomic(*out, buf.Bytes(), 0o644); err != nil {
		return c.fail(err)
	}
	return exitOK
}

// scenarioIndex returns the index of the scenario named name, or -1.
func scenarioIndex(results []model.Result, name string) int {
	for i := range results {
		if results[i].Name == name {
			return i
		}
	}
	return -1
}
