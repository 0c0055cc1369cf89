package chart

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/color"
	"image/png"
	"io"
	"strconv"
	"strings"
	"testing"

	"buildvsbuy/model"
)

func TestRenderSizesAndThemes(t *testing.T) {
	results := seedResults(t)
	index := seedIndex(t, results, "True scale")
	sizes := []struct{ w, h int }{{800, 500}, {1600, 1000}, {MinWidth, MinHeight}, {1000, 1000}}
	themes := []struct {
		name  string
		theme Theme
	}{{"light", Light()}, {"dark", Dark()}}
	for _, kind := range AllKinds {
		for _, sz := range sizes {
			for _, th := range themes {
				t.Run(string(kind)+"/"+th.name+"/"+strconv.Itoa(sz.w)+"x"+strconv.Itoa(sz.h), func(t *testing.T) {
					img, err := Render(kind, results, index, sz.w, sz.h, th.theme)
					if err != nil {
						t.Fatal(err)
					}
					if b := img.Bounds(); b.Dx() != sz.w || b.Dy() != sz.h {
						t.Fatalf("image is %v, want %d×%d", b, sz.w, sz.h)
					}
					// The corners are background, the middle is not blank.
					bg := th.theme.Background
					for _, p := range [][2]int{{0, 0}, {sz.w - 1, sz.h - 1}} {
						if got := color.NRGBAModel.Convert(img.At(p[0], p[1])).(color.NRGBA); got != bg {
							t.Errorf("pixel %v is %v, want the background %v", p, got, bg)
						}
					}
					others := 0
					for y := 0; y < sz.h; y += 4 {
						for x := 0; x < sz.w; x += 4 {
							if color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA) != bg {
								others++
							}
						}
					}
					if others < 200 {
						t.Errorf("only %d sampled pixels differ from the background", others)
					}
				})
			}
		}
	}
}

func TestEdgeCasesRender(t *testing.T) {
	for _, tc := range edgeCases() {
		results := []model.Result{tc.result}
		for _, kind := range AllKinds {
			t.Run(tc.name+"/"+string(kind), func(t *testing.T) {
				for _, format := range []string{"png", "svg"} {
					if err := Write(io.Discard, format, kind, results, 0, 800, 500, Dark()); err != nil {
						t.Fatalf("%s: %v", format, err)
					}
				}
			})
		}
		if tc.note != "" {
			t.Run(tc.name+"/note", func(t *testing.T) {
				ch, err := volumeChart(&results[0], Light())
				if err != nil {
					t.Fatal(err)
				}
				if !hasNote(ch, tc.note) {
					t.Errorf("notes %q lack %q", ch.notes, tc.note)
				}
			})
		}
	}
}

func TestEdgeCaseMessages(t *testing.T) {
	byName := map[string]model.Result{}
	for _, tc := range edgeCases() {
		byName[tc.name] = tc.result
	}
	tests := []struct {
		name, scenario string
		kind           Kind
		want           string
	}{
		{"zero volume", "zero volume", Volume, "Today's volume is 0 queries/month, which a log scale cannot show."},
		{"no break-even", "no break-even", Volume, "No break-even: at no volume does self-hosting cost less per month than the API."},
		{"break-even at zero", "break-even at zero", Volume, "Break-even at 0 queries/month: self-hosting costs no more than the API even at zero volume."},
		{"all-zero volume", "all-zero costs", Volume, "Both sides cost $0 a month at every volume: there is nothing to compare."},
		{"all-zero cumulative", "all-zero costs", Cumulative, "Both sides cost $0 over the horizon: there is nothing to compare."},
		{"ten years", "120-month horizon", Cumulative, "120"},
		{"huge volume", "huge volume", Volume, "Today 1T/month"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			drawn := texts(svgOf(t, tt.kind, []model.Result{byName[tt.scenario]}, 0))
			if !contains(drawn, tt.want) {
				t.Errorf("%q not drawn; texts: %q", tt.want, drawn)
			}
			for _, s := range drawn {
				if scientific.MatchString(s) {
					t.Errorf("%q is in scientific notation", s)
				}
			}
		})
	}
}

func TestWriteFormats(t *testing.T) {
	results := seedResults(t)
	for _, kind := range AllKinds {
		t.Run(string(kind)+"/png", func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, "png", kind, results, 1, 800, 500, Light()); err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 500 {
				t.Errorf("PNG is %v", b)
			}
		})
		t.Run(string(kind)+"/svg", func(t *testing.T) {
			svg := svgOf(t, kind, results, 1)
			dec := xml.NewDecoder(bytes.NewReader(svg))
			for {
				if _, err := dec.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("SVG is not well-formed XML: %v", err)
				}
			}
			for _, s := range []string{`width="800px" height="500px"`, `font-family:'Liberation Sans',Arial,Helvetica,sans-serif;`} {
				if !bytes.Contains(svg, []byte(s)) {
					t.Errorf("SVG lacks %s", s)
				}
			}
		})
	}
}

func TestRenderErrors(t *testing.T) {
	results := seedResults(t)
	tests := []struct {
		name          string
		kind          Kind
		results       []model.Result
		index, w, h   int
		format        string
		want          error
		wantSubstring string
	}{
		{"too small", Volume, results, 0, 100, 50, "png", ErrSize, ""},
		{"too large", Totals, results, 0, 20000, 500, "png", ErrSize, ""},
		{"index too big", Volume, results, 6, 800, 500, "png", ErrIndex, ""},
		{"negative index", Cumulative, results, -1, 800, 500, "svg", ErrIndex, ""},
		{"tornado index too big", Tornado, results, 6, 800, 500, "png", ErrIndex, ""},
		{"no scenarios", Totals, nil, 0, 800, 500, "png", nil, "no scenarios"},
		{"unknown kind", Kind("pie"), results, 0, 800, 500, "png", nil, "unknown chart kind"},
		{"unknown format", Volume, results, 0, 800, 500, "gif", ErrFormat, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Write(io.Discard, tt.format, tt.kind, tt.results, tt.index, tt.w, tt.h, Light())
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v is not %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.wantSubstring) {
				t.Errorf("error %q lacks %q", err, tt.wantSubstring)
			}
		})
	}
}

func TestTotalsIgnoresIndex(t *testing.T) {
	results := seedResults(t)
	if _, err := Render(Totals, results, 99, 800, 500, Light()); err != nil {
		t.Errorf("Totals with index 99: %v", err)
	}
}

func TestParseKind(t *testing.T) {
	for _, k := range AllKinds {
		if got, err := ParseKind(string(k)); err != nil || got != k {
			t.Errorf("ParseKind(%q) = %q, %v", k, got, err)
		}
	}
	if _, err := ParseKind("Volume"); err == nil {
		t.Error("ParseKind(\"Volume\") accepted")
	}
}

func TestVerdictColors(t *testing.T) {
	want := map[model.Verdict]color.NRGBA{
		model.Buy:           {R: 0x2e, G: 0x9a, B: 0x48, A: 0xff},
		model.Build:         {R: 0x3b, G: 0x78, B: 0xe0, A: 0xff},
		model.BuildRequired: {R: 0xd9, G: 0x3b, B: 0x3b, A: 0xff},
		model.ConsiderBuild: {R: 0xe3, G: 0x9b, B: 0x00, A: 0xff},
	}
	seen := map[color.NRGBA]bool{}
	for _, v := range model.Verdicts {
		c := VerdictColor(v)
		if c != want[v] {
			t.Errorf("VerdictColor(%s) = %v, want %v", v, c, want[v])
		}
		if seen[c] {
			t.Errorf("VerdictColor(%s) = %v is shared", v, c)
		}
		seen[c] = true
		if VerdictTextColor(v) == c {
			t.Errorf("text on %s is invisible", v)
		}
	}
	// Hue order: green has the most green, blue the most blue, red the most
	// red, amber red and green over blue.
	g, b, r, a := VerdictColor(model.Buy), VerdictColor(model.Build), VerdictColor(model.BuildRequired), VerdictColor(model.ConsiderBuild)
	if !(g.G > g.R && g.G > g.B && b.B > b.R && b.B > b.G && r.R > r.G && r.R > r.B && a.R > a.B && a.G > a.B) {
		t.Errorf("verdict colours out of hue: %v %v %v %v", g, b, r, a)
	}
	if VerdictColor("MAYBE") != unknownVerdict {
		t.Error("an unknown verdict has a verdict colour")
	}
	if buyColor != VerdictColor(model.Buy) || buildColor != VerdictColor(model.Build) {
		t.Error("the series colours are not the verdict colours")
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	results := seedResults(t)
	for _, kind := range AllKinds {
		var a, b bytes.Buffer
		if err := Write(&a, "png", kind, results, 1, 800, 500, Light()); err != nil {
			t.Fatal(err)
		}
		if err := Write(&b, "png", kind, results, 1, 800, 500, Light()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two renders of the same results differ", kind)
		}
	}
}

// BenchmarkRender renders each chart of the True scale scenario at 800×500;
// the tornado moves each input ±20%.
func BenchmarkRender(b *testing.B) {
	results := seedResults(b)
	index := seedIndex(b, results, "True scale")
	for _, kind := range AllKinds {
		b.Run(string(kind), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Render(kind, results, index, 800, 500, Light()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRenderHugeVolume renders the volume chart of a trillion queries a
// month: hundreds of thousands of steps in range.
func BenchmarkRenderHugeVolume(b *testing.B) {
	s := model.NewScenario("Huge")
	s.QueriesPerMonth = 1e12
	results := []model.Result{model.EvaluateScenario(s, model.DefaultPolicy())}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(Volume, results, 0, 800, 500, Light()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRenderConcurrently(t *testing.T) {
	results := seedResults(t)
	errs := make(chan error, 2*len(AllKinds))
	for range 2 {
		for _, kind := range AllKinds {
			go func() {
				_, err := Render(kind, results, 1, 400, 250, Dark())
				errs <- err
			}()
		}
	}
	for range 2 * len(AllKinds) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestSVGDeclaresPixelSize(t *testing.T) {
	results := seedResults(t)
	for _, sz := range []struct{ w, h int }{{800, 500}, {1600, 1000}, {1234, 777}, {333, 200}, {MaxSide, MinHeight}} {
		t.Run(strconv.Itoa(sz.w)+"x"+strconv.Itoa(sz.h), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, "svg", Totals, results, 0, sz.w, sz.h, Light()); err != nil {
				t.Fatal(err)
			}
			want := `width="` + strconv.Itoa(sz.w) + `px" height="` + strconv.Itoa(sz.h) + `px"`
			if !bytes.Contains(buf.Bytes(), []byte(want)) {
				t.Errorf("SVG does not declare %s: %.200s", want, buf.String())
			}
		})
	}
}
