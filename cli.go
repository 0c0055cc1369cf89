package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// Exit codes of the command line (SPEC section 6).
const (
	exitOK      = 0
	exitInvalid = 1 // the document is invalid, or a file could not be read or written
	exitUsage   = 2 // the command line itself is wrong
)

const programHelp = `Build vs Buy: should you self-host your AI stack or call an API?

Usage:
  buildvsbuy                      open the desktop app on the built-in scenarios
  buildvsbuy COMMAND [options]

Commands:
%s  help [COMMAND]                  show help for the program or a command

FILE is a scenario document (JSON, see README.md); without it the six
built-in scenarios are used. An invalid document exits with status 1, a
usage error with status 2.
`

// command is one subcommand of the command line.
type command struct {
	name    string
	usage   string // first line of its help
	summary string // one line for the program's help
	help    string // the rest of its help
	run     func(c *commandLine, args []string) int
}

// commandLine holds the streams a command writes to and the command running.
type commandLine struct {
	stdout, stderr io.Writer
	cmd            command
}

// commands lists the subcommands in the order help shows them. Each is
// declared in its own file beside its handler.
func commands() []command {
	return []command{reportCommand, exportCommand, plotCommand, sensitivityCommand, goalseekCommand, simulateCommand}
}

var reportCommand = command{name: "report", usage: "report [--json] [FILE]", summary: "print each scenario's verdict and costs",
	run: (*commandLine).report, help: `
Prints, for each scenario of FILE (default: the built-in scenarios), its
verdict, monthly and horizon costs, savings and break-even points as a table.

  --json   print a JSON array instead: one object per scenario with every
           figure of the model, its reasons and its month-by-month rows
`}

// run runs the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	c := &commandLine{stdout: stdout, stderr: stderr}
	if len(args) == 0 { // main opens the app instead; anyone else gets usage
		return c.usageError("no command given")
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[1] != "help" {
			if cmd, ok := findCommand(args[1]); ok {
				cmd.printHelp(stdout)
				return exitOK
			}
			return c.usageError(fmt.Sprintf("unknown command %q", args[1]))
		}
		var list strings.Builder
		for _, cmd := range commands() {
			if len(cmd.usage) > 30 {
				fmt.Fprintf(&list, "  %s\n  %-30s  %s\n", cmd.usage, "", cmd.summary)
			} else {
				fmt.Fprintf(&list, "  %-30s  %s\n", cmd.usage, cmd.summary)
			}
		}
		fmt.Fprintf(stdout, programHelp, list.String())
		return exitOK
	}
	cmd, ok := findCommand(args[0])
	if !ok {
		return c.usageError(fmt.Sprintf("unknown command %q", args[0]))
	}
	c.cmd = cmd
	return cmd.run(c, args[1:])
}

func findCommand(name string) (command, bool) {
	for _, cmd := range commands() {
		if cmd.name == name {
			return cmd, true
		}
	}
	return command{}, false
}

func (cmd command) printHelp(w io.Writer) {
	fmt.Fprintf(w, "Usage: buildvsbuy %s\n%s", cmd.usage, cmd.help)
}

func (c *commandLine) usageError(msg string) int {
	fmt.Fprintf(c.stderr, "buildvsbuy: %s\nRun 'buildvsbuy help' for usage.\n", msg)
	return exitUsage
}

func (c *commandLine) fail(err error) int {
	fmt.Fprintf(c.stderr, "buildvsbuy: %v\n", err)
	return exitInvalid
}

// parseFlags parses flags that may stand before or after the positional
// arguments, and returns the positional ones. ok is false after a usage
// error or --help, with status the exit status to return.
func (c *commandLine) parseFlags(fs *flag.FlagSet, args []string) (positional []string, status int, ok bool) {
	cmd, name := c.cmd, c.cmd.name
	fs.SetOutput(io.Discard)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				cmd.printHelp(c.stdout)
				return nil, exitOK, false
			}
			return nil, c.usageError(fmt.Sprintf("%s: %v", name, err)), false
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, 0, true
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// loadDocument reads the document named by the positional arguments, or the
// built-in one when there is none.
func (c *commandLine) loadDocument(positional []string) (model.Document, int, bool) {
	switch len(positional) {
	case 0:
		return assets.DefaultDocument(), 0, true
	case 1:
		d, err := model.Load(positional[0])
		if err != nil {
			return model.Document{}, c.fail(err), false
		}
		return d, 0, true
	}
	return model.Document{}, c.usageError(fmt.Sprintf("%s takes at most one FILE, got %d: %s", c.cmd.name, len(positional), strings.Join(positional, " "))), false
}

// loadScenario reads the document named by the positional arguments (see
// loadDocument) and returns it with its scenario called name. A missing name
// is a usage error, found before the document is read; an unknown one fails
// like an invalid document, listing the names there are.
func (c *commandLine) loadScenario(positional []string, name string) (model.Document, model.Scenario, int, bool) {
	if name == "" {
		return model.Document{}, model.Scenario{}, c.usageError(c.cmd.name + ": --scenario NAME is required"), false
	}
	doc, status, ok := c.loadDocument(positional)
	if !ok {
		return model.Document{}, model.Scenario{}, status, false
	}
	names := make([]string, len(doc.Scenarios))
	for i, s := range doc.Scenarios {
		if s.Name == name {
			return doc, s, 0, true
		}
		names[i] = fmt.Sprintf("%q", s.Name)
	}
	return model.Document{}, model.Scenario{}, c.fail(fmt.Errorf("%s: no scenario named %q; the scenarios are %s",
		c.cmd.name, name, strings.Join(names, ", "))), false
}

func (c *commandLine) report(args []string) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	positional, status, ok := c.parseFlags(fs, args)
	if !ok {
		return status
	}
	doc, status, ok := c.loadDocument(positional)
	if !ok {
		return status
	}
	results := model.Evaluate(doc)
	if *asJSON {
		data, err := json.MarshalIndent(results, "", "  ")
		if err != nil {
			return c.fail(err)
		}
		fmt.Fprintf(c.stdout, "%s\n", data)
		return exitOK
	}
	writeReportTable(c.stdout, doc.Policy, results)
	return exitOK
}

// writeReportTable prints results as an aligned table: text columns on the
// left, numbers right-aligned.
func writeReportTable(w io.Writer, p model.Policy, results []model.Result) {
	horizon := fmt.Sprintf("%d mo", p.HorizonMonths)
	header := []string{"Scenario", "Verdict", "Buy / month", "Build / month",
		"Buy " + horizon, "Build " + horizon, "Savings", "Break-even q/month", "Break-even month"}
	rows := [][]string{header}
	for _, r := range results {
		be, bm := "none", "none"
		if r.BreakEvenQueries != nil {
			be = model.FormatCount(*r.BreakEvenQueries)
		}
		if r.BreakEvenMonth != nil {
			bm = fmt.Sprint(*r.BreakEvenMonth)
		}
		rows = append(rows, []string{r.Name, string(r.Verdict),
			model.FormatMoney(r.BuyMonth1), model.FormatMoney(r.BuildSteadyMonth1),
			model.FormatMoney(r.BuyTotal), model.FormatMoney(r.BuildTotal),
			model.FormatMoney(r.Savings), be, bm})
	}
	writeTable(w, rows, 2, false)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Savings = build total - buy total over the horizon: positive means buying saves that much.")
}

// displayProblem says why the desktop window cannot open on this system, or
// returns "" when it can: on Linux and the BSDs it needs an X11 or Wayland
// display, and without one Fyne would fail with a long trace.
func displayProblem(goos string, getenv func(string) string) string {
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
			return "buildvsbuy: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n" +
				"Start it from a desktop session, or use the command line: run 'buildvsbuy help'."
		}
	}
	return ""
}

// writeTable prints rows aligned in columns two spaces apart: the first left
// columns, and the last when lastLeft, left-aligned as text; the others
// right-aligned as numbers.
func writeTable(w io.Writer, rows [][]string, left int, lastLeft bool) {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], len([]rune(cell)))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, cell := range row {
			pad := strings.Repeat(" ", widths[i]-len([]rune(cell)))
			if i > 0 {
				b.WriteString("  ")
			}
			if i < left || (lastLeft && i == len(row)-1) {
				b.WriteString(cell + pad)
			} else {
				b.WriteString(pad + cell)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
