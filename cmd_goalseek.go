package main

import (
	"encoding/json"
	"flag"
	"fmt"

	"buildvsbuy/model"
)

var goalseekCommand = command{name: "goalseek", usage: "goalseek --scenario NAME --input KEY [--target savings|verdict] [--json] [FILE]",
	summary: "find the value of an input at which savings reach zero or the verdict turns",
	run:     (*commandLine).goalseek, help: `
Finds the value of one numeric input (a key of the scenario document, e.g.
gpu_hourly or queries_per_month) of the scenario NAME of FILE (default: the
built-in scenarios), nearest to its current value, at which the horizon
savings reach zero (--target savings, the default) or the verdict changes
(--target verdict), every other input staying as it is. The value is
solved exactly from the cost model, not sampled; "never" means no valid
value of the input does it.

  --scenario NAME   the scenario (required)
  --input KEY       the input to move (required)
  --target T        savings (default) or verdict
  --json            print a JSON object instead: scenario, input, target,
                    value (null for never), verdict_before, verdict_after
`}

// goalseekJSON is the object goalseek --json prints; other tools read its keys.
type goalseekJSON struct {
	Scenario      string        `json:"scenario"`
	Input         string        `json:"input"`
	Target        model.Target  `json:"target"`
	Value         *float64      `json:"value"`
	VerdictBefore model.Verdict `json:"verdict_before"`
	VerdictAfter  model.Verdict `json:"verdict_after"`
}

func (c *commandLine) goalseek(args []string) int {
	fs := flag.NewFlagSet("goalseek", flag.ContinueOnError)
	name := fs.String("scenario", "", "")
	input := fs.String("input", "", "")
	target := fs.String("target", string(model.TargetSavings), "")
	asJSON := fs.Bool("json", false, "")
	positional, status, ok := c.parseFlags(fs, args)
	if !ok {
		return status
	}
	if *input == "" {
		return c.usageError("goalseek: --input KEY is required")
	}
	f, known := model.FieldByKey(*input)
	if !known || (f.Kind != model.Number && f.Kind != model.Integer) {
		return c.usageError(fmt.Sprintf("goalseek: --input %q is not a numeric input of a scenario", *input))
	}
	t := model.Target(*target)
	if t != model.TargetSavings && t != model.TargetVerdict {
		return c.usageError(fmt.Sprintf("goalseek: --target must be savings or verdict, got %q", *target))
	}
	doc, s, status, ok := c.loadScenario(positional, *name)
	if !ok {
		return status
	}
	seek, err := model.GoalSeek(s, doc.Policy, *input, t)
	if err != nil {
		return c.fail(err)
	}
	if *asJSON {
		data, err := json.MarshalIndent(goalseekJSON{Scenario: seek.Scenario, Input: seek.Input, Target: seek.Target,
			Value: seek.Value, VerdictBefore: seek.VerdictBefore, VerdictAfter: seek.VerdictAfter}, "", "  ")
		if err != nil {
			return c.fail(err)
		}
		fmt.Fprintf(c.stdout, "%s\n", data)
		return exitOK
	}
	fmt.Fprintln(c.stdout, goalseekSentence(f, seek))
	return exitOK
}

// goalseekSentence says what goal seek found in words.
func goalseekSentence(f model.Field, s model.Seek) string {
	now := fmt.Sprintf("%s: %s is %s (%s, savings %s).", s.Scenario, s.Input, formatInput(f, s.Current),
		s.VerdictBefore, model.FormatMoney(s.SavingsBefore))
	goal := "savings reach zero"
	if s.Target == model.TargetVerdict {
		goal = "the verdict changes from " + string(s.VerdictBefore)
	}
	if s.Value == nil {
		return fmt.Sprintf("%s No valid value of %s makes %s: never within range.", now, s.Input, goal)
	}
	if *s.Value == s.Current {
		return fmt.Sprintf("%s Savings are zero at the current value.", now)
	}
	return fmt.Sprintf("%s %s at %s = %s (exactly %s): %s, savings %s.", now, capitalize(goal), s.Input,
		formatInput(f, *s.Value), formatExact(*s.Value), s.VerdictAfter, model.FormatMoney(s.SavingsAfter))
}

func capitalize(s string) string { return string(s[0]-'a'+'A') + s[1:] }

func formatExact(v float64) string { return fmt.Sprintf("%.10g", v) }
