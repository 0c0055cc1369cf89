package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
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

// compactTheme tightens the padding inside the grid, so that it shows more
// rows and columns, like a spreadsheet; fonts and colours stay the app's,
// except that the table's own selection and hover markers are not drawn:
// the grid's cells draw the selection themselves.
type compactTheme struct{}

func (compactTheme) current() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

// Color implements fyne.Theme.
func (t compactTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameSelection || n == theme.ColorNameHover {
		return color.Transparent
	}
	return t.current().Color(n, v)
}

// Font implements fyne.Theme.
func (t compactTheme) Font(s fyne.TextStyle) fyne.Resource { return t.current().Font(s) }

// Icon implements fyne.Theme.
func (t compactTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.current().Icon(n) }

// Size implements fyne.Theme.
func (t compactTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameInnerPadding:
		return 5
	case theme.SizeNamePadding:
		return 3
	}
	return t.current().Size(n)
}
