package ui

import (
	"image/color"

	"fyne.io/fyne/v2/theme"

	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

// verdictColor is the badge colour of a verdict, shared with the charts and
// the workbook: BUY green, BUILD blue, BUILD_REQUIRED red, CONSIDER_BUILD amber.
func verdictColor(v model.Verdict) color.Color { return chart.VerdictColor(v) }

// verdictTextColor is the colour of a verdict's word on its badge.
func verdictTextColor(v model.Verdict) color.Color { return chart.VerdictTextColor(v) }

// mix blends a towards b by t (0..1), for tints derived from the theme.
func mix(a, b color.Color, t float64) color.Color {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	f := func(x, y uint32) uint8 { return uint8((float64(x)*(1-t) + float64(y)*t) / 257) }
	return color.NRGBA{R: f(ar, br), G: f(ag, bg), B: f(ab, bb), A: f(aa, ba)}
}

// resultBackground tints the computed rows so that they read as output.
func resultBackground() color.Color {
	return mix(theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNamePrimary), 0.10)
}

// sectionBackground is the band behind a group heading.
func sectionBackground() color.Color {
	return mix(theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameForeground), 0.07)
}

// headerBackground is the band behind the scenario names.
func headerBackground() color.Color {
	return mix(theme.Color(theme.ColorNameBackground), theme.Color(theme.ColorNameForeground), 0.12)
}
