package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// hint is what the status line says when there is nothing else to say.
const hint = "Type over a value to change it · Enter or F2 edits · Space toggles yes/no · Tab and arrows move"

// StatusLine is the bottom line of the window: the last refused value and
// why, what the last action did, or a hint.
type StatusLine struct {
	icon    *widget.Icon
	label   *widget.Label
	content fyne.CanvasObject
}

// NewStatusLine returns the status line of ctl.
func NewStatusLine(ctl *Controller) *StatusLine {
	s := &StatusLine{
		icon:  widget.NewIcon(theme.InfoIcon()),
		label: &widget.Label{Text: hint, Truncation: fyne.TextTruncateEllipsis},
	}
	s.content = container.NewBorder(widget.NewSeparator(), nil, s.icon, nil, s.label)
	ctl.OnChange(func(ch Change) {
		if ch&ChangeStatus != 0 {
			s.show(ctl.Status())
		}
	})
	return s
}

// Text returns the message shown.
func (s *StatusLine) Text() string { return s.label.Text }

func (s *StatusLine) show(st Status) {
	text, imp, icon := st.Text, widget.MediumImportance, theme.InfoIcon()
	if text == "" {
		text = hint
	}
	if st.Error {
		imp, icon = widget.DangerImportance, theme.NewErrorThemedResource(theme.WarningIcon())
	}
	s.icon.SetResource(icon)
	s.label.Importance = imp
	s.label.SetText(text)
}
