package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// version is the app's version from FyneApp.toml, as the app's metadata
// carries it.
func version(a fyne.App) string {
	m := a.Metadata()
	if m.Version == "" {
		return "development build"
	}
	if m.Build > 0 {
		return fmt.Sprintf("Version %s (build %d)", m.Version, m.Build)
	}
	return "Version " + m.Version
}

// onAbout shows the app's name, version and purpose.
func (w *Window) onAbout() {
	icon := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.Icon))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(96, 96))
	name := &widget.Label{Text: "Build vs Buy", TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignCenter}
	ver := &widget.Label{Text: version(w.app), Alignment: fyne.TextAlignCenter}
	about := &widget.Label{Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord,
		Text: "Should you self-host your AI stack or call a commercial API? Model the workload, " +
			"both sides' costs and your constraints, and see the verdict and the money behind it."}
	content := container.NewVBox(icon, name, ver, about)
	d := dialog.NewCustom("About Build vs Buy", "Close", content, w.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// verdictHelp explains the decision rules with the document's thresholds.
func verdictHelp(p model.Policy) string {
	return fmt.Sprintf(`Each scenario gets one verdict. The rules are checked in this order, and the first that decides wins:

1. **BUILD REQUIRED** (red) — the API cannot serve: its quality is not acceptable, the data is regulated and may not leave your environment, or the latency budget is below the API's typical latency.

2. **BUY** (green) — the API costs at most **%s** a month in month 1 (the policy's buy threshold).

3. **BUILD** (blue) — self-hosting costs less than the API over the **%d-month** horizon, counting GPUs, fixed costs, the team, the build months (when the API is still paid) and the upfront cost.

4. **CONSIDER BUILD** (amber) — the model is the product, or proprietary data is a moat: strategy favours building though cost does not justify it yet.

5. **BUY** (green) — otherwise.

Notes that do not change the verdict: *plan for scale* when volume reaches %s queries a month within the horizon; *true scale* from %s queries a month; below %s a month, ship with the API and revisit at 10x volume.

The panel on the right lists, for the selected scenario, what each rule found, with the numbers. Change the thresholds and the horizon with Edit → Policy.`,
		model.FormatMoney(p.BuyBelowMonthly), p.HorizonMonths, model.FormatCount(p.PlanScaleQueries),
		model.FormatCount(p.TrueScaleQueries), model.FormatMoney(p.RevisitBelowMonthly))
}

// onHowVerdict shows how the verdict is decided.
func (w *Window) onHowVerdict() {
	text := widget.NewRichTextFromMarkdown(verdictHelp(w.ctl.Policy()))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("How the verdict is decided", "Close", container.NewVScroll(text), w.win)
	d.Resize(fyne.NewSize(min(720, w.win.Canvas().Size().Width*0.9), min(560, w.win.Canvas().Size().Height*0.9)))
	d.Show()
}
