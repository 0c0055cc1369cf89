package model

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// ParseNumber reads a number as people type it into a grid or paste it from
// a spreadsheet:
//
//	1234.5   1,234.5   40 000   $3.00   -$12   ($1,200)   12%   1.5k   2M   3bn   1e6
//
// Spaces and commas may group thousands (commas in groups of three); "$" may
// lead; "%" may trail, and the value is then the percentage itself ("12%" is
// 12); a suffix scales: k (thousand), M or mm (million), B or bn (billion),
// T (trillion), in either case. Parentheses or a leading minus make it
// negative. Anything else is an error that says what was expected.
func ParseNumber(text string) (float64, error) {
	n, err := parseNumber(text)
	if err != nil {
		return 0, err
	}
	return n.value, nil
}

// number is a parsed value with the marks it was typed with.
type number struct {
	value   float64
	dollar  bool
	percent bool
}

var errNumberHint = "try 1,234.5, $3.00, 12%, 1.5k or 2M"

func numberError(text, why string) error {
	return fmt.Errorf("%q is not a number: %s (%s)", strings.TrimSpace(text), why, errNumberHint)
}

func parseNumber(text string) (number, error) {
	var n number
	s := strings.TrimFunc(text, unicode.IsSpace)
	if s == "" {
		return n, errors.New("a number is needed, the cell is empty (" + errNumberHint + ")")
	}
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, strings.TrimFunc(s[1:len(s)-1], unicode.IsSpace)
	}
	if r := strings.TrimPrefix(s, "−"); r != s { // U+2212 minus sign
		s = "-" + r
	}
	sign := func() bool {
		switch {
		case strings.HasPrefix(s, "-"):
			s = s[1:]
			return true
		case strings.HasPrefix(s, "+"):
			s = s[1:]
		}
		return false
	}
	minus := 0 // a second minus would flip the sign back: "(-5)" is not 5
	if neg {
		minus++
	}
	if sign() {
		neg, minus = !neg, minus+1
	}
	if strings.HasPrefix(s, "$") {
		n.dollar, s = true, s[1:]
		if sign() {
			neg, minus = !neg, minus+1
		}
	}
	if minus > 1 {
		return n, numberError(text, "more than one minus sign or parentheses")
	}
	if strings.HasSuffix(s, "%") {
		n.percent, s = true, strings.TrimRightFunc(s[:len(s)-1], unicode.IsSpace)
	}
	scale := 1.0
	lower := strings.ToLower(s)
	for _, sf := range []struct {
		suffix string
		scale  float64
	}{{"bn", 1e9}, {"mm", 1e6}, {"k", 1e3}, {"m", 1e6}, {"b", 1e9}, {"t", 1e12}} {
		if strings.HasSuffix(lower, sf.suffix) && len(lower) > len(sf.suffix) {
			scale, s = sf.scale, strings.TrimRightFunc(s[:len(s)-len(sf.suffix)], unicode.IsSpace)
			break
		}
	}
	if n.percent && scale != 1 {
		return n, numberError(text, "a percentage takes no k, M or B suffix")
	}
	digits, err := ungroup(s)
	if err != nil {
		return n, numberError(text, err.Error())
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return n, numberError(text, "expected digits with an optional decimal point")
	}
	v *= scale
	if math.IsInf(v, 0) {
		return n, numberError(text, "too large")
	}
	if neg {
		v = -v
	}
	n.value = v
	return n, nil
}

// ungroup removes thousands separators from s and checks that only digits,
// one decimal point and an exponent remain. Commas must group whole
// thousands ("1,234" but not "1,23"); spaces may group digits freely.
func ungroup(s string) (string, error) {
	mantissa, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mantissa, exp = s[:i], s[i:]
	}
	whole, frac, hasPoint := strings.Cut(mantissa, ".")
	var b strings.Builder
	groups := strings.Split(whole, ",")
	for i, g := range groups {
		g = strings.Map(func(r rune) rune {
			if r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' {
				return -1
			}
			return r
		}, g)
		if i > 0 && len(g) != 3 {
			return "", errors.New("commas must separate groups of three digits")
		}
		if i == 0 && len(groups) > 1 && (len(g) == 0 || len(g) > 3) {
			return "", errors.New("commas must separate groups of three digits")
		}
		b.WriteString(g)
	}
	if hasPoint {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	out := b.String()
	if out == "" || out == "." {
		return "", errors.New("no digits")
	}
	for _, r := range out {
		if (r < '0' || r > '9') && r != '.' {
			return "", fmt.Errorf("unexpected %q", r)
		}
	}
	if exp != "" {
		if _, err := strconv.Atoi(strings.TrimPrefix(exp[1:], "+")); err != nil || len(exp) < 2 {
			return "", errors.New("a bad exponent")
		}
	}
	return out + exp, nil
}

// ParseValue reads text typed for the numeric field f: ParseNumber, but "$"
// is only accepted for money and "%" only for percentages, and the value
// must be valid for the field. The error names the field and what it allows.
func (f Field) ParseValue(text string) (float64, error) {
	n, err := parseNumber(text)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", f.Key, err)
	}
	if n.dollar && f.Unit != Money {
		return 0, fmt.Errorf("%s is not an amount of money; type it without \"$\"", f.Key)
	}
	if n.percent && f.Unit != Percent {
		return 0, fmt.Errorf("%s is not a percentage; type it without \"%%\"", f.Key)
	}
	if err := f.CheckNumber(n.value); err != nil {
		return 0, err
	}
	return n.value, nil
}

// ParseBool reads yes/no text as people type or paste it: true/false,
// yes/no, y/n, 1/0, on/off, x or ✓ for yes, in any case. Empty text is an error, not a no.
func ParseBool(text string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "true", "yes", "y", "1", "on", "x", "✓", "☑":
		return true, nil
	case "false", "no", "n", "0", "off", "☐":
		return false, nil
	}
	return false, fmt.Errorf("%q is not yes or no (try yes, no, true or false)", strings.TrimSpace(text))
}
