package model_test

import (
	"strings"
	"testing"

	"buildvsbuy/model"
)

func TestParseCatalog(t *testing.T) {
	good := `{"kind": "gpu", "name": "Good", "values": {"gpu_hourly": 2.5}, "source": "a survey", "checked": "2026-03"}`
	tests := []struct {
		name   string
		preset string // the second preset of the catalog, after good
		want   string // "" when the catalog must load
	}{
		{"valid", `{"kind": "serving", "name": "Fine", "values": {"gpus_per_replica": 4, "replica_tokens_per_sec": 2243}, "source": "bench", "checked": "2024"}`, ""},
		{"no name", `{"kind": "gpu", "name": "", "values": {"gpu_hourly": 1}, "source": "s", "checked": "2026"}`,
			`preset 2 (""): name must not be empty`},
		{"no source", `{"kind": "gpu", "name": "Bad", "values": {"gpu_hourly": 1}, "checked": "2026"}`,
			`preset 2 ("Bad"): source must not be empty`},
		{"no date", `{"kind": "gpu", "name": "Bad", "values": {"gpu_hourly": 1}, "source": "s"}`,
			`preset 2 ("Bad"): checked must be a year or year-month like 2026-07, got ""`},
		{"date in words", `{"kind": "gpu", "name": "Bad", "values": {"gpu_hourly": 1}, "source": "s", "checked": "July 2026"}`,
			`preset 2 ("Bad"): checked must be a year or year-month`},
		{"month 13", `{"kind": "gpu", "name": "Bad", "values": {"gpu_hourly": 1}, "source": "s", "checked": "2026-13"}`,
			`preset 2 ("Bad"): checked must be a year or year-month like 2026-07, got "2026-13"`},
		{"month 00", `{"kind": "gpu", "name": "Bad", "values": {"gpu_hourly": 1}, "source": "s", "checked": "2026-00"}`,
			`preset 2 ("Bad"): checked must be a year or year-month`},
		{"no values", `{"kind": "gpu", "name": "Bad", "values": {}, "source": "s", "checked": "2026"}`,
			`preset 2 ("Bad"): values must name at least one field`},
		{"unknown kind", `{"kind": "tpu", "name": "Bad", "values": {"gpu_hourly": 1}, "source": "s", "checked": "2026"}`,
			`preset 2 ("Bad"): unknown kind "tpu"`},
		{"unknown field", `{"kind": "gpu", "name": "Bad", "values": {"gpu_price": 1}, "source": "s", "checked": "2026"}`,
			`preset 2 ("Bad"): values: "gpu_price" is not a numeric scenario field`},
		{"yes/no field", `{"kind": "gpu", "name": "Bad", "values": {"regulated": 1}, "source": "s", "checked": "2026"}`,
			`preset 2 ("Bad"): values: "regulated" is not a numeric scenario field`},
		{"value out of range", `{"kind": "serving", "name": "Bad", "values": {"utilization_pct": 140}, "source": "s", "checked": "2026"}`,
			`preset 2 ("Bad"): values: utilization_pct must be > 0 and <= 100, got 140`},
		{"fractional GPUs", `{"kind": "serving", "name": "Bad", "values": {"gpus_per_replica": 1.5}, "source": "s", "checked": "2026"}`,
			`preset 2 ("Bad"): values: gpus_per_replica must be a whole number >= 1, got 1.5`},
		{"unknown preset key", `{"kind": "gpu", "name": "Bad", "values": {"gpu_hourly": 1}, "source": "s", "checked": "2026", "url": "x"}`,
			`price catalog: json: unknown field "url"`},
		{"string value", `{"kind": "gpu", "name": "Bad", "values": {"gpu_hourly": "1"}, "source": "s", "checked": "2026"}`,
			`price catalog: json: cannot unmarshal string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := model.ParseCatalog([]byte(`{"presets": [` + good + `, ` + tt.preset + `]}`))
			if tt.want == "" {
				if err != nil || len(c.Presets) != 2 {
					t.Fatalf("ParseCatalog: %d presets, %v", len(c.Presets), err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseCatalog error = %v, want %q", err, tt.want)
			}
		})
	}
	for _, bad := range []string{``, `[]`, `{"presets": []} }`, `{"presets": [` + good + `]} {"presets": []}`} {
		if _, err := model.ParseCatalog([]byte(bad)); err == nil || !strings.HasPrefix(err.Error(), "price catalog: ") {
			t.Errorf("ParseCatalog(%q) error = %v, want a price catalog error", bad, err)
		}
	}
}

// Apply sets the fields a preset names and leaves the scenario unchanged
// when one of its values is invalid.
func TestPresetApplyInvalid(t *testing.T) {
	s := model.NewScenario("s")
	before := s
	p := model.Preset{Name: "Broken", Values: map[string]float64{"gpu_hourly": 9, "utilization_pct": 140}}
	err := p.Apply(&s)
	if err == nil || !strings.Contains(err.Error(), `preset "Broken": utilization_pct must be > 0 and <= 100, got 140`) {
		t.Errorf("Apply error = %v", err)
	}
	if s != before {
		t.Errorf("a failed Apply changed the scenario: %+v", s)
	}
	p = model.Preset{Name: "Text", Values: map[string]float64{"name": 1}}
	if err := p.Apply(&s); err == nil || s != before {
		t.Errorf("Apply of a text field = %v, scenario %+v", err, s)
	}
}
