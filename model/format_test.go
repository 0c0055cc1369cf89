package model_test

import (
	"math"
	"testing"

	"buildvsbuy/model"
)

// Halves round away from zero, as a spreadsheet's currency format shows
// them: $0.125 is $0.13 and $1,234.50 in whole dollars is $1,235. The ties
// below are exact in binary (0.125 = 1/8, 0.03125 = 1/32), so the expected
// text does not depend on representation error.
func TestFormat(t *testing.T) {
	tests := []struct {
		name   string
		format func(float64) string
		v      float64
		want   string
	}{
		{"money zero", model.FormatMoney, 0, "$0.00"},
		{"money cents", model.FormatMoney, 0.5, "$0.50"},
		{"money under $100", model.FormatMoney, 99.99, "$99.99"},
		{"money negative cents", model.FormatMoney, -12.25, "-$12.25"},
		{"money $100 in whole dollars", model.FormatMoney, 100, "$100"},
		{"money that rounds up to $100 in whole dollars", model.FormatMoney, 99.999, "$100"},
		{"money just under $99.995 keeps its cents", model.FormatMoney, 99.994, "$99.99"},
		{"money millions", model.FormatMoney, 1410000, "$1,410,000"},
		{"money negative thousands", model.FormatMoney, -990000, "-$990,000"},
		{"money rounds to the dollar", model.FormatMoney, 48175.6178, "$48,176"},
		{"money rounds down", model.FormatMoney, 1234.49, "$1,234"},
		{"money half dollar rounds up", model.FormatMoney, 1234.5, "$1,235"},
		{"money negative half dollar", model.FormatMoney, -1234.5, "-$1,235"},
		{"money half cent rounds up", model.FormatMoney, 0.125, "$0.13"},
		{"money negative half cent", model.FormatMoney, -0.375, "-$0.38"},
		{"money tiny negative is zero", model.FormatMoney, -0.001, "$0.00"},
		{"money billions", model.FormatMoney, 1234567890123, "$1,234,567,890,123"},
		{"cents", model.FormatCents, 1410000, "$1,410,000.00"},
		{"cents negative", model.FormatCents, -0.5, "-$0.50"},
		{"cents half cent", model.FormatCents, 2.625, "$2.63"},
		{"per query", model.FormatPerQuery, 0.0204, "$0.0204"},
		{"per query pads", model.FormatPerQuery, 0.009, "$0.0090"},
		{"per query half rounds up", model.FormatPerQuery, 0.03125, "$0.0313"},
		{"per query negative", model.FormatPerQuery, -0.0004, "-$0.0004"},
		{"count millions", model.FormatCount, 2540000, "2,540,000"},
		{"count fraction", model.FormatCount, 94200 / 0.0126, "7,476,190.48"},
		{"count one decimal", model.FormatCount, 1.5, "1.5"},
		{"count zero", model.FormatCount, 0, "0"},
		{"count hundred keeps its zeros", model.FormatCount, 100, "100"},
		{"count negative", model.FormatCount, -1200, "-1,200"},
		{"count rounds up to a thousand", model.FormatCount, 999.999, "1,000"},
		{"count half rounds up", model.FormatCount, 0.125, "0.13"},
		{"count tiny negative is zero", model.FormatCount, -0.001, "0"},
		{"count huge", model.FormatCount, 1e21, "1,000,000,000,000,000,000,000"},
		{"count infinity", model.FormatCount, math.Inf(1), "+Inf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.format(tt.v); got != tt.want {
				t.Errorf("format(%v) = %q, want %q", tt.v, got, tt.want)
			}
		})
	}
}
