package ui

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// The risk simulation's settings: seeded, so the same inputs always show
// the same figures.
const (
	riskSeed     uint64 = 2026
	riskTrials          = model.DefaultTrials
	riskDebounce        = 150 * time.Millisecond // wait for edits to settle
	riskBlink           = 200 * time.Millisecond // show progress after this
)

// RiskSection is the detail panel's "Risk" line: for the selected scenario
// with ranges, the probability that building is cheaper and the P10/P50/P90
// of the savings, from a Monte Carlo simulation run off the UI goroutine.
// Each change starts a new run after a short pause and cancels the one
// before; only the newest run's result is shown, landing through fyne.Do.
type RiskSection struct {
	ctl      *Controller
	text     *widget.Label
	progress *widget.ProgressBar
	content  fyne.CanvasObject

	gen    uint64 // bumped by every change; a run's result lands only if still current
	cancel context.CancelFunc
	timer  *time.Timer
	result *model.Uncertainty // the newest run's result, nil while none
	// what the newest run simulates: an update for the same scenario and
	// policy (an edit of another scenario) keeps that run or its result
	last   model.Scenario
	lastP  model.Policy
	isLast bool

	// onResult, if set, is called on the UI goroutine with the newest
	// result, or nil when there is none (no ranges, or a run under way).
	onResult func(u *model.Uncertainty)
	// landed, if set, is called on the UI goroutine each time a run's
	// outcome is shown, with its gen (tests wait on it).
	landed func(gen uint64)
}

// NewRiskSection returns an empty risk section of ctl's scenarios.
func NewRiskSection(ctl *Controller) *RiskSection {
	r := &RiskSection{ctl: ctl, text: &widget.Label{Wrapping: fyne.TextWrapWord}, progress: widget.NewProgressBar()}
	r.progress.Hide()
	title := &widget.Label{Text: "Risk", TextStyle: fyne.TextStyle{Bold: true}}
	r.content = container.NewBorder(nil, r.progress, container.NewVBox(title), nil, r.text)
	return r
}

// Content returns the section's root object.
func (r *RiskSection) Content() fyne.CanvasObject { return r.content }

// Result returns the newest simulation's result shown, or nil.
func (r *RiskSection) Result() *model.Uncertainty { return r.result }

// update starts a simulation of scenario index, after a short pause,
// cancelling any run under way. A scenario without ranges runs nothing.
func (r *RiskSection) update(index int) {
	var s model.Scenario
	var p model.Policy
	if index >= 0 {
		s, p = r.ctl.Scenario(index), r.ctl.Policy()
		if r.isLast && s == r.last && p == r.lastP {
			return
		}
	}
	r.stop()
	r.gen++
	r.result = nil
	r.isLast = false
	if r.onResult != nil {
		r.onResult(nil)
	}
	if index < 0 {
		return
	}
	r.last, r.lastP, r.isLast = s, p, true
	if s.Ranges.IsZero() {
		r.text.SetText("No ranges yet: Scenario → Ranges… gives inputs low/likely/high estimates, and the chance that building pays off appears here.")
		r.progress.Hide()
		if r.landed != nil {
			r.landed(r.gen)
		}
		return
	}
	r.text.SetText(fmt.Sprintf("Simulating %s trials of %d ranged input(s)…", model.FormatCount(riskTrials), s.Ranges.Len()))
	ctx, cancel := context.WithCancel(context.Background())
	gen := r.gen
	r.cancel = cancel
	r.timer = time.AfterFunc(riskDebounce, func() { r.run(ctx, gen, s, p) })
}

// stop cancels the run under way or about to start, if any.
func (r *RiskSection) stop() {
	if r.timer != nil {
		r.timer.Stop()
		r.timer = nil
	}
	if r.cancel != nil {
		r.cancel()
		r.cancel = nil
	}
}

// run simulates s off the UI goroutine and hands the outcome to it; the
// progress bar appears once the run takes longer than a blink.
func (r *RiskSection) run(ctx context.Context, gen uint64, s model.Scenario, p model.Policy) {
	start := time.Now()
	shown := false
	progress := func(done, total int) {
		if time.Since(start) < riskBlink || ctx.Err() != nil {
			return
		}
		frac := float64(done) / float64(total)
		first := !shown
		shown = true
		fyne.Do(func() {
			if gen != r.gen {
				return
			}
			if first {
				r.progress.Show()
			}
			r.progress.SetValue(frac)
		})
	}
	u, err := model.Simulate(ctx, s, p, model.SimulateOptions{Trials: riskTrials, Seed: riskSeed, Progress: progress})
	if ctx.Err() != nil {
		return // superseded: the newer run shows its own outcome
	}
	fyne.Do(func() { r.land(gen, s.Name, u, err) })
}

// land shows a run's outcome if it is still the newest.
func (r *RiskSection) land(gen uint64, name string, u model.Uncertainty, err error) {
	if gen != r.gen {
		return
	}
	r.stop() // releases the finished run's context
	r.progress.Hide()
	if err != nil {
		r.text.SetText("The simulation failed: " + err.Error())
	} else {
		r.result = &u
		r.text.SetText(riskSentence(&u))
		if r.onResult != nil {
			r.onResult(&u)
		}
	}
	if r.landed != nil {
		r.landed(gen)
	}
}

// riskSentence says what a simulation found: the chance that building is
// cheaper and the spread of the savings.
func riskSentence(u *model.Uncertainty) string {
	return fmt.Sprintf("Building is cheaper in %s of %s trials.\nSavings (build − buy; below 0 building saves): P10 %s · P50 %s · P90 %s.",
		formatShare(u.PBuildCheaper), model.FormatCount(float64(u.Trials)),
		model.FormatMoney(u.SavingsP10), model.FormatMoney(u.SavingsP50), model.FormatMoney(u.SavingsP90))
}

// formatShare shows a probability as a percentage: "73.4%".
func formatShare(p float64) string { return fmt.Sprintf("%.1f%%", 100*p) }
