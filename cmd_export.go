package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"buildvsbuy/export/workbook"
)

var exportCommand = command{name: "export", usage: "export -o OUT.xlsx [FILE]", summary: "write the scenarios as a live Excel workbook",
	run: (*commandLine).export, help: `
Writes FILE (default: the built-in scenarios) as an Excel workbook: Summary,
Inputs, Policy, Projection, Charts and Sources sheets. Every cost and the
verdict are formulas on the Inputs and Policy sheets, so changing an input
in a spreadsheet recomputes them. The file is written atomically.

  -o OUT.xlsx   the workbook to write (required)
`}

func (c *commandLine) export(args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("o", "", "")
	positional, status, ok := c.parseFlags(fs, args)
	if !ok {
		return status
	}
	if *out == "" {
		return c.usageError("export: -o OUT.xlsx is required")
	}
	if !strings.EqualFold(filepath.Ext(*out), ".xlsx") {
		return c.usageError(fmt.Sprintf("export: %s must end in .xlsx (the workbook is an Excel .xlsx file)", *out))
	}
	doc, status, ok := c.loadDocument(positional)
	if !ok {
		return status
	}
	if err := workbook.Save(*out, doc); err != nil {
		return c.fail(err)
	}
	return exitOK
}
