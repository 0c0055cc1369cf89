package main

import (
	"encoding/json"
	"flag"
	"fmt"

	"buildvsbuy/model"
)

var sensitivityCommand = command{name: "sensitivity", usage: "sensitivity --scenario NAME [--swing PCT] [--json] [FILE]",
	summary: "show which inputs move a scenario's savings most (tornado)",
	run:     (*commandLine).sensitivity, help: `
Moves each numeric input of the scenario NAME of FILE (default: the built-in
scenarios) down and up by PCT percent, one at a time, and shows the horizon
savings (build total - buy total) at each end, largest effect first. An
input marked "flips" changes the verdict at one end or both. Moved values
stay valid: integers are rounded, utilization stays at most 100%.

  --scenario NAME   the scenario (required)
  --swing PCT       how far to move each input, in percent (default 20)
  --json            print a JSON array instead: one object per input with
                    input, low_value, high_value, savings_low,
                    savings_high and flips
`}

func (c *commandLine) sensitivity(args []string) int {
	fs := flag.NewFlagSet("sensitivity", flag.ContinueOnError)
	name := fs.String("scenario", "", "")
	swing := fs.Float64("swing", model.DefaultSwingPct, "")
	asJSON := fs.Bool("json", false, "")
	positional, status, ok := c.parseFlags(fs, args)
	if !ok {
		return status
	}
	if !(*swing > 0 && *swing < 100) {
		return c.usageError(fmt.Sprintf("sensitivity: --swing must be > 0 and < 100, got %v", *swing))
	}
	doc, s, status, ok := c.loadScenario(positional, *name)
	if !ok {
		return status
	}
	swings, err := model.Sensitivity(s, doc.Policy, *swing)
	if err != nil {
		return c.fail(err)
	}
	if *asJSON {
		data, err := json.MarshalIndent(swings, "", "  ")
		if err != nil {
			return c.fail(err)
		}
		fmt.Fprintf(c.stdout, "%s\n", data)
		return exitOK
	}
	r := model.EvaluateScenario(s, doc.Policy)
	fmt.Fprintf(c.stdout, "%s: %s, savings %s over %d months; each input -%v%% / +%v%%\n\n",
		s.Name, r.Verdict, model.FormatMoney(r.Savings), doc.Policy.HorizonMonths, *swing, *swing)
	rows := [][]string{{"Input", "Low", "High", "Savings at low", "Savings at high", "Verdict"}}
	for _, sw := range swings {
		f, _ := model.FieldByKey(sw.Input)
		flips := ""
		if sw.Flips {
			flips = fmt.Sprintf("flips: %s / %s", sw.VerdictLow, sw.VerdictHigh)
		}
		rows = append(rows, []string{sw.Input, formatInput(f, sw.LowValue), formatInput(f, sw.HighValue),
			model.FormatMoney(sw.SavingsLow), model.FormatMoney(sw.SavingsHigh), flips})
	}
	writeTable(c.stdout, rows, 1, true)
	fmt.Fprintln(c.stdout)
	fmt.Fprintln(c.stdout, "Savings = build total - buy total over the horizon: positive means buying saves that much.")
	return exitOK
}

// formatInput formats an input's value in its unit: "$2.50", "60%", "8".
func formatInput(f model.Field, v float64) string {
	switch f.Unit {
	case model.Money:
		return model.FormatMoney(v)
	case model.Percent:
		return model.FormatCount(v) + "%"
	}
	return model.FormatCount(v)
}
