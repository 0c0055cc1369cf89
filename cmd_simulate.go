package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"buildvsbuy/model"
)

var simulateCommand = command{name: "simulate", usage: "simulate --scenario NAME [--trials N] [--seed S] [--json] [FILE]",
	summary: "Monte Carlo: how likely building is cheaper, given the ranges",
	run:     (*commandLine).simulate, help: `
Runs N trials of the horizon of the scenario NAME of FILE (default: the
built-in scenarios). In each trial every input with a range in the document
("ranges": {"gpu_hourly": {"low": 2, "likely": 2.5, "high": 4}}) is drawn
from the triangular distribution of its low, likely and high values;
inputs without a range keep their value. Prints the probability that
building is cheaper over the horizon and the 10th, 50th and 90th
percentiles of savings (build total - buy total). The same seed gives the
same result on any machine. Ctrl-C stops it.

  --scenario NAME   the scenario (required)
  --trials N        number of trials (default 10000)
  --seed S          random seed, a whole number >= 0 (default 1)
  --json            print a JSON object instead: trials, p_build_cheaper,
                    savings_p10, savings_p50, savings_p90
`}

// simulateJSON is the object simulate --json prints; other tools read its keys.
type simulateJSON struct {
	Trials        int     `json:"trials"`
	PBuildCheaper float64 `json:"p_build_cheaper"`
	SavingsP10    float64 `json:"savings_p10"`
	SavingsP50    float64 `json:"savings_p50"`
	SavingsP90    float64 `json:"savings_p90"`
}

func (c *commandLine) simulate(args []string) int {
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	name := fs.String("scenario", "", "")
	trials := fs.Int("trials", model.DefaultTrials, "")
	seed := fs.Uint64("seed", 1, "")
	asJSON := fs.Bool("json", false, "")
	positional, status, ok := c.parseFlags(fs, args)
	if !ok {
		return status
	}
	if *trials < 1 || *trials > model.MaxTrials {
		return c.usageError(fmt.Sprintf("simulate: --trials must be between 1 and %d, got %d", model.MaxTrials, *trials))
	}
	doc, s, status, ok := c.loadScenario(positional, *name)
	if !ok {
		return status
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	u, err := model.Simulate(ctx, s, doc.Policy, model.SimulateOptions{Trials: *trials, Seed: *seed})
	if err != nil {
		return c.fail(fmt.Errorf("simulate: %w", err))
	}
	if *asJSON {
		data, err := json.MarshalIndent(simulateJSON{Trials: u.Trials, PBuildCheaper: u.PBuildCheaper,
			SavingsP10: u.SavingsP10, SavingsP50: u.SavingsP50, SavingsP90: u.SavingsP90}, "", "  ")
		if err != nil {
			return c.fail(err)
		}
		fmt.Fprintf(c.stdout, "%s\n", data)
		return exitOK
	}
	ranged := s.Ranges.Keys()
	fmt.Fprintf(c.stdout, "%s: %d trials over %d months, seed %d\n", s.Name, u.Trials, doc.Policy.HorizonMonths, *seed)
	if len(ranged) == 0 {
		fmt.Fprintln(c.stdout, "The scenario has no ranges: every trial is the same.")
	} else {
		fmt.Fprintf(c.stdout, "Inputs with a range: %s\n", strings.Join(ranged, ", "))
	}
	fmt.Fprintf(c.stdout, "\nBuilding is cheaper in %s of trials.\n", formatPercent(u.PBuildCheaper))
	fmt.Fprintf(c.stdout, "Savings (build total - buy total; positive means buying saves):\n")
	writeTable(c.stdout, [][]string{
		{"P10", model.FormatMoney(u.SavingsP10)},
		{"P50", model.FormatMoney(u.SavingsP50)},
		{"P90", model.FormatMoney(u.SavingsP90)},
	}, 1, false)
	return exitOK
}

// formatPercent formats a probability as a percentage: "63.2%".
func formatPercent(p float64) string { return fmt.Sprintf("%.1f%%", 100*p) }
