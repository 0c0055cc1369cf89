package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"buildvsbuy/model"
)

// displayValue formats an input as the grid shows it: thousands separators
// and the field's unit mark ("$3.00", "12%", "10,000,000", "Yes").
func displayValue(f model.Field, s *model.Scenario) string {
	switch f.Kind {
	case model.Text:
		return s.Name
	case model.Bool:
		if f.Bool(s) {
			return "Yes"
		}
		return "No"
	}
	v := f.Number(s)
	switch f.Unit {
	case model.Money:
		return moneyValue(f, v)
	case model.Percent:
		return formatDecimal(v, 4) + "%"
	}
	return formatDecimal(v, 4)
}

// editValue is the text an in-place edit starts from: the full value with
// thousands separators and no unit marks, which model.Field.ParseValue reads
// back to the same number.
func editValue(f model.Field, s *model.Scenario) string {
	switch f.Kind {
	case model.Text:
		return s.Name
	case model.Bool:
		return displayValue(f, s)
	}
	return groupDigits(strconv.FormatFloat(f.Number(s), 'f', -1, 64))
}

// formatPrice shows dollars as model.FormatMoney does, but keeps up to four
// decimals under a dollar so that small prices ($0.02, $0.0035) read exactly.
func formatPrice(v float64) string {
	if math.Abs(v) >= 1 || v == 0 {
		return model.FormatMoney(v)
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', 4, 64)
	s = strings.TrimRight(s, "0")
	if i := strings.IndexByte(s, '.'); len(s)-i < 3 {
		s += strings.Repeat("0", 3-(len(s)-i))
	}
	if v < 0 {
		return "-$" + s
	}
	return "$" + s
}

// moneyValue formats an amount of money so that a row reads one way: a
// price per unit of use ("$/1M tokens", "$/GPU-hour") always with cents,
// and up to four decimals under a dollar ("$0.10", "$3.00", "$0.0035",
// "$1,250.00"); any other amount in whole dollars ("$50", "$0", "$6,480")
// unless it has cents ("$49.99").
func moneyValue(f model.Field, v float64) string {
	if isUnitPrice(f) {
		if math.Abs(v) < 1 {
			return formatPrice(v)
		}
		return model.FormatCents(v)
	}
	return strings.TrimSuffix(model.FormatCents(v), ".00")
}

// wholeDollars formats a computed amount in whole dollars ("$46",
// "$3,410"), so that every figure of a result row reads the same way.
func wholeDollars(v float64) string {
	s := strings.TrimSuffix(model.FormatCents(math.Round(v)), ".00")
	if s == "-$0" {
		s = "$0"
	}
	return s
}

// isUnitPrice reports whether f is a price per unit of use rather than an
// amount per month or once.
func isUnitPrice(f model.Field) bool {
	return strings.HasPrefix(f.Units, "$/1M") || strings.HasSuffix(f.Units, "-hour")
}

// formatDecimal formats v with thousands separators and at most decimals
// decimals, trailing zeros dropped.
func formatDecimal(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return groupDigits(s)
}

// groupDigits puts thousands separators into a plain decimal number.
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasPoint := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if hasPoint {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// resultValue formats one computed measure of r for the grid.
func resultValue(m Measure, r *model.Result) string {
	switch m {
	case MeasureVerdict:
		return verdictWord(r.Verdict)
	case MeasureAPIPerQuery:
		return model.FormatPerQuery(r.APICostPerQuery)
	case MeasureBuyMonth:
		return wholeDollars(r.BuyMonth1)
	case MeasureBuildMonth:
		return wholeDollars(r.BuildSteadyMonth1)
	case MeasureBuyTotal:
		return wholeDollars(r.BuyTotal)
	case MeasureBuildTotal:
		return wholeDollars(r.BuildTotal)
	case MeasureSavings:
		return wholeDollars(r.Savings)
	case MeasureBreakEvenQueries:
		if r.BreakEvenQueries == nil {
			return "none"
		}
		return model.FormatCount(math.Ceil(*r.BreakEvenQueries)) // whole queries
	case MeasureBreakEvenMonth:
		if r.BreakEvenMonth == nil {
			return fmt.Sprintf("not in %d mo", len(r.Months))
		}
		return fmt.Sprintf("month %d", *r.BreakEvenMonth)
	}
	return ""
}

// verdictWord is how a verdict reads to people: "BUILD REQUIRED".
func verdictWord(v model.Verdict) string {
	return strings.ReplaceAll(string(v), "_", " ")
}

// savingsSummary says in a few words what the verdict's money is: "buying
// saves $474,000 over 12 months". When the API cannot serve, it says what
// self-hosting costs against an API that is not an option.
func savingsSummary(r *model.Result) string {
	months := fmt.Sprintf("%d months", len(r.Months))
	if len(r.Months) == 1 {
		months = "1 month"
	}
	if r.Verdict == model.BuildRequired {
		switch {
		case r.Savings > 0:
			return "the API cannot serve; self-hosting costs " + model.FormatMoney(r.Savings) + " more over " + months
		case r.Savings < 0:
			return "the API cannot serve; self-hosting also saves " + model.FormatMoney(-r.Savings) + " over " + months
		}
		return "the API cannot serve; both cost the same over " + months
	}
	switch {
	case r.Savings > 0:
		return "buying saves " + model.FormatMoney(r.Savings) + " over " + months
	case r.Savings < 0:
		return "building saves " + model.FormatMoney(-r.Savings) + " over " + months
	}
	return "both cost the same over " + months
}

// fitText returns text as it fits in width at the given size and style. A
// number too wide for its cell is written compactly, keeping its unit marks
// ("1e+24", "$9.6e+21", "1.5e+20%"); anything else too wide, or a number
// still too wide, is cut short with an ellipsis. A cell never spills into
// its neighbour; the full value is in the editor and the status line.
func fitText(text string, width, size float32, style fyne.TextStyle) string {
	fits := func(s string) bool { return fyne.MeasureText(s, size, style).Width <= width }
	if fits(text) {
		return text
	}
	if c, ok := compactNumber(text); ok && fits(c) {
		return c
	}
	r := []rune(text)
	for len(r) > 0 && !fits(string(r)+"…") {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// compactNumber rewrites a number as the grid shows it ("-$1,234,567.89",
// "12,345%", "10,000,000") in scientific notation with three significant
// digits, keeping its sign and unit marks. ok is false if text is not a
// number.
func compactNumber(text string) (string, bool) {
	prefix, body, suffix := "", text, ""
	if strings.HasPrefix(body, "-") {
		prefix, body = "-", body[1:]
	}
	if strings.HasPrefix(body, "$") {
		prefix, body = prefix+"$", body[1:]
	}
	if strings.HasSuffix(body, "%") {
		body, suffix = body[:len(body)-1], "%"
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(body, ",", ""), 64)
	if err != nil || body == "" {
		return "", false
	}
	return prefix + strconv.FormatFloat(v, 'g', 3, 64) + suffix, true
}
