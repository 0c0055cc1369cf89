package assets_test

import (
	"bytes"
	"image/png"
	"regexp"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

func TestDefaultDocument(t *testing.T) {
	d := assets.DefaultDocument()
	want := []string{
		"Docs Q&A assistant (today)",
		"True scale (10M calls/month)",
		"Hospital records (data stays on-premise)",
		"Trading signals (sub-50 ms)",
		"Legal research (proprietary case law)",
		"AI-native product (model is the product)",
	}
	if len(d.Scenarios) != len(want) {
		t.Fatalf("%d scenarios, want %d", len(d.Scenarios), len(want))
	}
	for i, name := range want {
		if d.Scenarios[i].Name != name {
			t.Errorf("scenario %d is %q, want %q", i+1, d.Scenarios[i].Name, name)
		}
	}
	if d.Policy != model.DefaultPolicy() {
		t.Errorf("policy %+v, want the defaults", d.Policy)
	}
}

func TestCatalog(t *testing.T) {
	c := assets.Catalog()
	if len(c.Presets) == 0 {
		t.Fatal("the catalog is empty")
	}
	date := regexp.MustCompile(`^(19|20)\d\d(-(0[1-9]|1[0-2]))?$`)
	names := map[string]bool{}
	for i, p := range c.Presets {
		if p.Source == "" || !date.MatchString(p.Checked) {
			t.Errorf("preset %d (%q): source %q, checked %q", i+1, p.Name, p.Source, p.Checked)
		}
		if names[p.Name] {
			t.Errorf("preset %d: %q appears twice", i+1, p.Name)
		}
		names[p.Name] = true
	}
	for _, k := range []model.PresetKind{model.PresetAPI, model.PresetEmbedding, model.PresetVectorDB,
		model.PresetGPU, model.PresetServing, model.PresetTeam} {
		if len(c.OfKind(k)) == 0 {
			t.Errorf("no preset of kind %q", k)
		}
	}
	// OfKind keeps catalog order.
	var gpus []string
	for _, p := range c.Presets {
		if p.Kind == model.PresetGPU {
			gpus = append(gpus, p.Name)
		}
	}
	for i, p := range c.OfKind(model.PresetGPU) {
		if p.Name != gpus[i] {
			t.Errorf("OfKind(gpu)[%d] = %q, want %q", i, p.Name, gpus[i])
		}
	}
}

// Applying a preset changes exactly the fields it names, to its values.
func TestPresetApplyChangesOnlyItsFields(t *testing.T) {
	for _, p := range assets.Catalog().Presets {
		t.Run(p.Name, func(t *testing.T) {
			for _, base := range assets.DefaultDocument().Scenarios {
				s := base
				if err := p.Apply(&s); err != nil {
					t.Fatalf("Apply to %q: %v", base.Name, err)
				}
				for _, f := range model.Fields {
					v, named := p.Values[f.Key]
					switch {
					case named && f.Number(&s) != v:
						t.Errorf("%s = %v after Apply, want %v", f.Key, f.Number(&s), v)
					case !named && f.Value(&s) != f.Value(&base):
						t.Errorf("%s changed from %v to %v, but the preset does not name it", f.Key, f.Value(&base), f.Value(&s))
					}
				}
				if err := model.ValidateScenario(&s); err != nil {
					t.Errorf("%q is invalid after Apply: %v", base.Name, err)
				}
			}
		})
	}
}

func TestIcon(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(assets.Icon))
	if err != nil {
		t.Fatalf("icon: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 512 || b.Dy() != 512 {
		t.Errorf("icon is %dx%d, want 512x512", b.Dx(), b.Dy())
	}
}
