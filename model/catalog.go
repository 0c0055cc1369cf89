package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
)

// PresetKind says which part of a scenario a preset fills.
type PresetKind string

// The kinds of presets in the price catalog.
const (
	PresetAPI       PresetKind = "api"       // the two API token prices
	PresetEmbedding PresetKind = "embedding" // the embedding price
	PresetVectorDB  PresetKind = "vector_db" // the buy side's fixed monthly cost
	PresetGPU       PresetKind = "gpu"       // the GPU-hour price
	PresetServing   PresetKind = "serving"   // replica throughput and GPUs per replica
	PresetTeam      PresetKind = "team"      // cost per engineer-month
)

// Preset is one dated fact from the price catalog: a named set of field
// values with where they came from and when they were checked. Applying it
// sets exactly the fields it names; the user can type over any of them.
type Preset struct {
	Kind    PresetKind         `json:"kind"`
	Name    string             `json:"name"`
	Values  map[string]float64 `json:"values"` // scenario field key → value
	Source  string             `json:"source"`
	Checked string             `json:"checked"` // when the price was read: "2026-07" or "2025"
	Note    string             `json:"note,omitempty"`
}

// Catalog is the dated price catalog shipped with the app.
type Catalog struct {
	Presets []Preset `json:"presets"`
}

var checkedDate = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2]))?$`)

// ParseCatalog reads and checks a price catalog: every preset needs a kind,
// a name, a source, a date and at least one valid value for a known field.
func ParseCatalog(data []byte) (Catalog, error) {
	var c Catalog
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Catalog{}, fmt.Errorf("price catalog: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Catalog{}, errors.New("price catalog: unexpected data after the catalog")
	}
	for i, p := range c.Presets {
		if err := p.check(); err != nil {
			return Catalog{}, fmt.Errorf("price catalog: preset %d (%q): %w", i+1, p.Name, err)
		}
	}
	return c, nil
}

func (p Preset) check() error {
	switch {
	case p.Name == "":
		return errors.New("name must not be empty")
	case p.Source == "":
		return errors.New("source must not be empty")
	case !checkedDate.MatchString(p.Checked):
		return fmt.Errorf("checked must be a year or year-month like 2026-07, got %q", p.Checked)
	case len(p.Values) == 0:
		return errors.New("values must name at least one field")
	}
	switch p.Kind {
	case PresetAPI, PresetEmbedding, PresetVectorDB, PresetGPU, PresetServing, PresetTeam:
	default:
		return fmt.Errorf("unknown kind %q", p.Kind)
	}
	for key, v := range p.Values {
		f, ok := FieldByKey(key)
		if !ok || (f.Kind != Number && f.Kind != Integer) {
			return fmt.Errorf("values: %q is not a numeric scenario field", key)
		}
		if err := f.CheckNumber(v); err != nil {
			return fmt.Errorf("values: %w", err)
		}
	}
	return nil
}

// Apply sets the fields the preset names in s, and no others.
func (p Preset) Apply(s *Scenario) error {
	next := *s
	for key, v := range p.Values {
		f, ok := FieldByKey(key)
		if !ok {
			return fmt.Errorf("preset %q: unknown field %q", p.Name, key)
		}
		if err := f.SetNumber(&next, v); err != nil {
			return fmt.Errorf("preset %q: %w", p.Name, err)
		}
	}
	*s = next
	return nil
}

// OfKind returns the catalog's presets of one kind, in catalog order.
func (c Catalog) OfKind(k PresetKind) []Preset {
	var out []Preset
	for _, p := range c.Presets {
		if p.Kind == k {
			out = append(out, p)
		}
	}
	return out
}
