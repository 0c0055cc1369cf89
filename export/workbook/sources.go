package workbook

import (
	"fmt"
	"strconv"
	"strings"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// sourcesWidths are the Sources column widths, A to F, in characters.
var sourcesWidths = []float64{14, 34, 40, 10, 52, 44}

// meaningWidth is the width of the merged C:F cells that explain a figure.
const meaningWidth = 40 + 10 + 52 + 44

// charsPerWidth is about how many characters of proportional text fit in
// one unit of column width, which is the width of a digit.
const charsPerWidth = 1.15

// explanation says what one figure of the workbook means and how it is
// computed.
type explanation struct{ sheet, figure, meaning string }

// explanations lists the workbook's figures and the formulas behind them
// (SPEC sections 3 and 4).
func (b *book) explanations() []explanation {
	return []explanation{
		{SheetInputs, "Inputs", "One column per scenario. Blue cells on a cream background are inputs: change them and every figure on Summary, Projection and the native charts recomputes. Percentages are stored as typed in the app: 12 means 12%."},
		{SheetPolicy, "Policy", "The thresholds of the decision rules and the horizon. The horizon is fixed at " + months(b.horizon) + " because Projection has that many rows per scenario; change it in the app and export again."},
		{SheetProjection, "Queries", "Queries / month × (1 + growth / 100) ^ (month − 1)."},
		{SheetProjection, "Replicas", fmt.Sprintf("0 while the stack is being built (month ≤ build time). Afterwards the larger of the minimum replicas and the replicas the volume needs: queries × (input + output tokens) ÷ capacity, rounded up, where capacity = throughput × 3,600 × %d hours × utilization / 100 tokens per replica-month. An exact multiple is not rounded up through floating-point error: the formula is −INT(−(x − 1E−9)).", model.HoursPerMonth)},
		{SheetProjection, "Buy", "Queries × API cost per query + API fixed costs."},
		{SheetProjection, "Build", fmt.Sprintf("During the build time: the API bill (Buy) plus the team. Once live: replicas × GPUs / replica × GPU price × %d hours + build fixed costs + the team. The upfront cost is added in month 1. The team is engineers × engineer cost.", model.HoursPerMonth)},
		{SheetProjection, "Cumulative buy / build", "The running sums of Buy and Build."},
		{SheetSummary, "API cost / query", "(Input tokens × API input price + output tokens × API output price + embedding tokens × embedding price) ÷ 1,000,000."},
		{SheetSummary, "Buy / month", "The API bill at month-1 volume."},
		{SheetSummary, "Build / month", "The monthly cost of the self-hosted stack at month-1 volume, were it live: replicas for that volume, fixed costs and the team (no build time, no upfront cost)."},
		{SheetSummary, "Buy total, Build total", "The sums over the " + months(b.horizon) + " horizon: the last Cumulative buy and Cumulative build of the scenario on Projection."},
		{SheetSummary, "Savings (build − buy)", "Build total − buy total. Positive: buying saves that much; negative: building does."},
		{SheetSummary, "Break-even queries / month", "The smallest monthly volume at which the self-hosted stack, once live, costs no more than the API. Solved by the app at export (replicas are a step function) and stored as a value, in grey italics: it does not recompute when inputs change. Blank: at no volume is self-hosting cheaper."},
		{SheetSummary, "Break-even month", "The first month whose cumulative build cost is at or below the cumulative buy cost; blank when none within the horizon."},
		{SheetSummary, "Verdict", "The first rule that decides: 1. BUILD_REQUIRED when the API's quality is not acceptable, the data is regulated, or a latency budget is set and is below the API's latency. " +
			"2. BUY when Buy / month is at most the buy threshold on Policy. 3. BUILD when the build total is below the buy total. " +
			"4. CONSIDER_BUILD when AI is the product or proprietary data is a moat. 5. BUY otherwise. Colours: BUY green, BUILD blue, BUILD_REQUIRED red, CONSIDER_BUILD amber."},
		{SheetSensitivity, "Sensitivity", fmt.Sprintf("Each numeric input of a scenario moved −%d%% and +%d%%, one at a time, and the savings at each end; \"yes\" where the move changes the verdict. The picture beside each table draws it as a tornado. Computed by the app at export: values, not formulas.", model.DefaultSwingPct, model.DefaultSwingPct)},
		{SheetRisk, "Risk", fmt.Sprintf("For scenarios with ranges (low, likely and high values of inputs), a Monte Carlo simulation of %s trials with seed %d: the probability that building is cheaper over the horizon and the 10th, 50th and 90th percentiles of savings. Computed by the app at export: values, not formulas.", model.FormatCount(RiskTrials), RiskSeed)},
		{SheetSummary, "Scenario names", "Names are text, copied to Summary, Projection, Charts, Sensitivity and Risk at export: renaming a scenario on Inputs does not rename it elsewhere."},
	}
}

// writeSources writes the Sources sheet: what each figure means and the
// dated price catalog the app's presets come from.
func (b *book) writeSources() error {
	const sheet = SheetSources
	f := b.f
	for i, w := range sourcesWidths {
		if err := f.SetColWidth(sheet, col(i+1), col(i+1), w); err != nil {
			return err
		}
	}
	catalog := assets.Catalog()
	oldest, newest := catalogDates(catalog)
	r := 1
	put := func(column int, s string, style int) error { return setText(f, sheet, cell(column, r), s, style) }
	if err := put(1, "Sources and notes", b.st.title); err != nil {
		return err
	}
	r++
	if err := put(1, fmt.Sprintf("Exported by Build vs Buy on %s. Prices in the catalog were checked between %s and %s; check them again before you decide.",
		b.created.Format("2 January 2006"), oldest, newest), b.st.note); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, cell(1, r), cell(len(sourcesWidths), r)); err != nil {
		return err
	}

	r += 2
	if err := put(1, "How the numbers are computed", b.st.title); err != nil {
		return err
	}
	r++
	for c, h := range []string{"Sheet", "Figure", "Meaning"} {
		if err := put(c+1, h, b.st.headerLeft); err != nil {
			return err
		}
	}
	if err := f.MergeCell(sheet, cell(3, r), cell(6, r)); err != nil {
		return err
	}
	for _, e := range b.explanations() {
		r++
		if err := put(1, e.sheet, b.st.text); err != nil {
			return err
		}
		if err := put(2, e.figure, b.st.bold); err != nil {
			return err
		}
		if err := put(3, e.meaning, b.st.wrapText); err != nil {
			return err
		}
		if err := f.MergeCell(sheet, cell(3, r), cell(6, r)); err != nil {
			return err
		}
		if err := f.SetRowHeight(sheet, r, 15*float64(wrappedLines(e.meaning, meaningWidth*charsPerWidth))+3); err != nil {
			return err
		}
	}

	r += 2
	if err := put(1, "Price catalog", b.st.title); err != nil {
		return err
	}
	r++
	for c, h := range []string{"Kind", "Preset", "Values", "Checked", "Source", "Note"} {
		if err := put(c+1, h, b.st.headerLeft); err != nil {
			return err
		}
	}
	for _, p := range catalog.Presets {
		r++
		kind, ok := presetKinds[p.Kind]
		if !ok {
			kind = string(p.Kind)
		}
		cells := []string{kind, p.Name, presetValues(p), p.Checked, p.Source, p.Note}
		lines := 1
		for c, s := range cells {
			style := b.st.wrapText
			if c == 3 {
				style = b.st.dateCol
			}
			if err := put(c+1, s, style); err != nil {
				return err
			}
			lines = max(lines, wrappedLines(s, sourcesWidths[c]*charsPerWidth))
		}
		if err := f.SetRowHeight(sheet, r, 15*float64(lines)+2); err != nil {
			return err
		}
	}
	if err := b.printSetup(sheet, true); err != nil {
		return err
	}
	if err := b.fitToPage(sheet); err != nil {
		return err
	}
	return b.fitWidth(sheet)
}

// presetKinds names the kinds of presets as the app's preset menus do.
var presetKinds = map[model.PresetKind]string{
	model.PresetAPI:       "API model",
	model.PresetEmbedding: "Embedding",
	model.PresetVectorDB:  "Vector database",
	model.PresetGPU:       "GPU",
	model.PresetServing:   "Serving",
	model.PresetTeam:      "Team",
}

// catalogDates returns the oldest and the newest date a price was checked.
// Dates are "2025" or "2025-09", which sort as text.
func catalogDates(c model.Catalog) (oldest, newest string) {
	for _, p := range c.Presets {
		if oldest == "" || p.Checked < oldest {
			oldest = p.Checked
		}
		if p.Checked > newest {
			newest = p.Checked
		}
	}
	return oldest, newest
}

// presetValues lists the fields a preset sets, in field order, with units:
// "API input price 3 $/1M tokens; API output price 15 $/1M tokens".
func presetValues(p model.Preset) string {
	var parts []string
	for _, f := range model.Fields {
		if v, ok := p.Values[f.Key]; ok {
			parts = append(parts, fmt.Sprintf("%s %s %s", f.Label, strconv.FormatFloat(v, 'f', -1, 64), f.Units))
		}
	}
	return strings.Join(parts, "; ")
}
