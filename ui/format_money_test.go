package ui

import (
	"testing"

	"buildvsbuy/model"
)

// TestMoneyReadsOneWayPerRow: prices per unit of use always show cents;
// monthly and one-off amounts show whole dollars unless they have cents.
func TestMoneyReadsOneWayPerRow(t *testing.T) {
	field := func(key string) model.Field {
		for _, f := range model.Fields {
			if f.Key == key {
				return f
			}
		}
		t.Fatalf("no field %s", key)
		return model.Field{}
	}
	tests := []struct {
		key  string
		v    float64
		want string
	}{
		{"api_input_price", 3, "$3.00"},
		{"api_input_price", 150, "$150.00"},
		{"embedding_price", 0.1, "$0.10"},
		{"embedding_price", 0.0035, "$0.0035"},
		{"gpu_hourly", 2.5, "$2.50"},
		{"gpu_hourly", 120, "$120.00"},
		{"api_fixed_monthly", 50, "$50"},
		{"api_fixed_monthly", 0, "$0"},
		{"api_fixed_monthly", 100, "$100"},
		{"api_fixed_monthly", 49.99, "$49.99"},
		{"build_fixed_monthly", 6480, "$6,480"},
		{"upfront_cost", 0, "$0"},
		{"engineer_monthly_cost", 16000, "$16,000"},
	}
	for _, tt := range tests {
		t.Run(tt.key+"/"+tt.want, func(t *testing.T) {
			f := field(tt.key)
			s := model.NewScenario("x")
			if err := f.SetNumber(&s, tt.v); err != nil {
				t.Fatal(err)
			}
			if got := displayValue(f, &s); got != tt.want {
				t.Errorf("%s = %v shows %q, want %q", tt.key, tt.v, got, tt.want)
			}
		})
	}
}

// TestResultMoneyInWholeDollars: computed amounts read in whole dollars,
// small or large, so a result row reads one way.
func TestResultMoneyInWholeDollars(t *testing.T) {
	r := &model.Result{BuyMonth1: 45.5, BuildSteadyMonth1: 3410.27, BuyTotal: 0, BuildTotal: 99.99, Savings: -0.2}
	for m, want := range map[Measure]string{MeasureBuyMonth: "$46", MeasureBuildMonth: "$3,410", MeasureBuyTotal: "$0", MeasureBuildTotal: "$100", MeasureSavings: "$0"} {
		if got := resultValue(m, r); got != want {
			t.Errorf("measure %d shows %q, want %q", m, got, want)
		}
	}
}
