package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// Badge shows a verdict as its word on its colour.
type Badge struct {
	widget.BaseWidget
	bg      *canvas.Rectangle
	text    *canvas.Text
	verdict model.Verdict
}

// NewBadge returns an empty badge.
func NewBadge() *Badge {
	b := &Badge{bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.White)}
	b.bg.CornerRadius = 6
	b.text.TextStyle = fyne.TextStyle{Bold: true}
	b.text.Alignment = fyne.TextAlignCenter
	b.ExtendBaseWidget(b)
	return b
}

// SetVerdict shows v.
func (b *Badge) SetVerdict(v model.Verdict) {
	b.verdict = v
	b.Refresh()
}

// Text returns the word the badge shows.
func (b *Badge) Text() string { return b.text.Text }

// CreateRenderer implements fyne.Widget.
func (b *Badge) CreateRenderer() fyne.WidgetRenderer { return &badgeRenderer{b: b} }

type badgeRenderer struct{ b *Badge }

// Destroy, Objects, MinSize, Layout and Refresh implement fyne.WidgetRenderer.
func (r *badgeRenderer) Destroy() {}

func (r *badgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.b.bg, r.b.text} }

func (r *badgeRenderer) MinSize() fyne.Size {
	s := fyne.MeasureText(r.b.text.Text, r.b.text.TextSize, r.b.text.TextStyle)
	return fyne.NewSize(s.Width+4*theme.Padding(), s.Height+2*theme.Padding())
}

func (r *badgeRenderer) Layout(size fyne.Size) {
	r.b.bg.Resize(size)
	r.b.text.Resize(size)
	r.b.text.Move(fyne.NewPos(0, (size.Height-r.b.text.MinSize().Height)/2))
	r.b.text.Resize(fyne.NewSize(size.Width, r.b.text.MinSize().Height))
}

func (r *badgeRenderer) Refresh() {
	b := r.b
	b.text.Text = verdictWord(b.verdict)
	b.text.TextSize = theme.TextSubHeadingSize()
	b.text.Color = verdictTextColor(b.verdict)
	b.bg.FillColor = verdictColor(b.verdict)
	r.Layout(b.Size())
	b.bg.Refresh()
	b.text.Refresh()
}
