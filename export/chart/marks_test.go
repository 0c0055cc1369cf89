package chart

import (
	"testing"

	"gonum.org/v1/plot/vg"
)

func TestPlaceLabel(t *testing.T) {
	area := vg.Rectangle{Min: vg.Point{X: 0, Y: 0}, Max: vg.Point{X: 500, Y: 300}}
	const w, h = 100, 12
	tests := []struct {
		name      string
		x         vg.Length
		top, left bool
		avoid     []vg.Length
		wantLeft  bool // the label ends left of the line
	}{
		{"preferred left", 300, true, true, nil, true},
		{"preferred right", 300, false, false, nil, false},
		{"no room on the left", 50, true, true, nil, false},
		{"no room on the right", 450, false, false, nil, true},
		{"crosses a mark on the left", 300, true, true, []vg.Length{250}, false},
		{"crosses a mark on the right", 300, false, false, []vg.Length{350}, true},
		{"crosses marks on both sides", 300, true, true, []vg.Length{250, 350}, true},
		{"crosses a mark, no room on the other side", 450, true, true, []vg.Length{400}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := placeLabel(tt.x, w, h, area, tt.top, tt.left, tt.avoid)
			if got := b.Max.X <= tt.x; got != tt.wantLeft {
				t.Errorf("label at %v, left of the line at %v: %v, want %v", b, tt.x, got, tt.wantLeft)
			}
			if b.Max.X-b.Min.X != w || b.Max.Y-b.Min.Y != h {
				t.Errorf("label box %v is not %v×%v", b, w, h)
			}
			if tt.top && b.Max.Y != area.Max.Y-labelInset || !tt.top && b.Min.Y != area.Min.Y+labelInset {
				t.Errorf("label box %v not at the %s", b, map[bool]string{true: "top", false: "bottom"}[tt.top])
			}
		})
	}
}

func TestWrapText(t *testing.T) {
	sty := textStyle(Light().Text, noteSize, false)
	note := "No break-even: at no volume does self-hosting cost less per month than the API."
	tests := []struct {
		name      string
		width     vg.Length
		wantLines int
	}{
		{"wide", 1000, 1},
		{"narrow", 200, 2},
		{"very narrow", 80, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := wrapText(sty, note, tt.width)
			if len(lines) < tt.wantLines {
				t.Errorf("%d lines, want at least %d: %q", len(lines), tt.wantLines, lines)
			}
			for _, l := range lines {
				if sty.Width(l) > tt.width {
					t.Errorf("line %q is wider than %v", l, tt.width)
				}
			}
			if tt.wantLines == 1 && lines[0] != note {
				t.Errorf("wide note changed: %q", lines[0])
			}
		})
	}
}
