package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
)

// appTheme is the app's theme: Fyne's own, shown light or dark as the View
// menu chooses, or as the system (or FYNE_THEME) says until then.
type appTheme struct {
	fyne.Theme
	variant *fyne.ThemeVariant // nil: follow the system
}

// Color implements fyne.Theme.
func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	return t.Theme.Color(n, v)
}
