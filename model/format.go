package model

import (
	"math"
	"strconv"
	"strings"
)

// FormatMoney formats v as US dollars with thousands separators: whole
// dollars from $100 up ("$1,410,000"), cents below ("$0.50", "-$12.25").
func FormatMoney(v float64) string {
	if math.Abs(v) >= 99.995 { // $100.00 and up, once rounded to the cent
		return formatWithSign(v, 0, "$")
	}
	return formatWithSign(v, 2, "$")
}

// FormatCents formats v as US dollars with cents: "$1,410,000.00".
func FormatCents(v float64) string { return formatWithSign(v, 2, "$") }

// FormatPerQuery formats a cost per query with four decimals: "$0.0204".
func FormatPerQuery(v float64) string { return formatWithSign(v, 4, "$") }

// FormatCount formats a volume or count with thousands separators and no
// more decimals than it needs, up to two: "2,540,000", "1.5".
func FormatCount(v float64) string {
	s := formatWithSign(v, 2, "")
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// formatWithSign formats v with the given decimals, thousands separators
// and a prefix after the sign: -$1,234.50.
func formatWithSign(v float64, decimals int, prefix string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	abs := math.Abs(v)
	s := strconv.FormatFloat(abs, 'f', decimals, 64)
	// strconv rounds an exact tie to even ($0.125 -> 0.12, $1,234.50 ->
	// 1,234); money rounds halves away from zero, as spreadsheets show it.
	if scale := math.Pow10(decimals); abs*scale < 1<<52 {
		if whole, frac := math.Modf(abs * scale); frac == 0.5 {
			s = strconv.FormatFloat((whole+1)/scale, 'f', decimals, 64)
		}
	}
	sign := ""
	if v < 0 && strings.Trim(s, "0.") != "" {
		sign = "-"
	}
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	b.WriteString(prefix)
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
