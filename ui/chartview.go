package ui

import (
	"image"
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/export/chart"
	"buildvsbuy/model"
)

// ChartView shows one chart drawn at the size of its space. Drawing happens
// off the UI goroutine: at most one drawing runs at a time, the newest
// results win, and the image lands through fyne.Do. A hidden view (another
// tab) draws when it is shown.
type ChartView struct {
	widget.BaseWidget
	kind  chart.Kind
	image *canvas.Image
	note  *widget.Label

	mu      sync.Mutex
	results []model.Result
	index   int
	opts    chart.Options // the tornado's swing, the cumulative chart's band
	size    fyne.Size
	gen     uint64 // bumped by every change of what is to be drawn
	drawn   uint64 // the gen of the image shown
	busy    bool
	pending bool

	// rendered, if set, is called on the UI goroutine each time an image
	// lands, with the gen it was drawn for (tests and benchmarks wait on it).
	rendered func(gen uint64)
}

// NewChartView returns an empty view of chart kind.
func NewChartView(kind chart.Kind) *ChartView {
	v := &ChartView{kind: kind, image: canvas.NewImageFromImage(nil), note: widget.NewLabel("")}
	v.image.FillMode = canvas.ImageFillContain
	v.image.ScaleMode = canvas.ImageScaleSmooth
	v.note.Alignment = fyne.TextAlignCenter
	v.note.Wrapping = fyne.TextWrapWord
	v.note.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// SetData asks for the chart of results, for scenario index, to be drawn.
func (v *ChartView) SetData(results []model.Result, index int) {
	v.mu.Lock()
	v.results, v.index = results, index
	v.gen++
	v.mu.Unlock()
	v.schedule()
}

// SetOptions asks for the chart to be drawn again with opt: the tornado's
// swing, or the band of a simulation on the cumulative chart.
func (v *ChartView) SetOptions(opt chart.Options) {
	v.mu.Lock()
	v.opts = opt
	v.gen++
	v.mu.Unlock()
	v.schedule()
}

// Redraw asks for the chart to be drawn again, as after a theme change.
func (v *ChartView) Redraw() {
	v.mu.Lock()
	v.gen++
	v.mu.Unlock()
	v.schedule()
}

// Show implements fyne.CanvasObject: a view shown again draws what it missed.
func (v *ChartView) Show() {
	v.BaseWidget.Show()
	v.schedule()
}

// Image returns the chart shown, or nil.
func (v *ChartView) Image() image.Image {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.image.Image
}

// resized records the space the chart has and draws it anew for it.
func (v *ChartView) resized(size fyne.Size) {
	v.mu.Lock()
	if v.size == size {
		v.mu.Unlock()
		return
	}
	v.size = size
	v.gen++
	v.mu.Unlock()
	v.schedule()
}

// chartJob is one drawing to do.
type chartJob struct {
	kind          chart.Kind
	results       []model.Result
	index         int
	opts          chart.Options
	width, height int
	theme         chart.Theme
	gen           uint64
}

// schedule starts a drawing if one is due and none is running; a change
// during a drawing is drawn when it ends.
func (v *ChartView) schedule() {
	if !v.Visible() {
		return
	}
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		scale = c.Scale()
	}
	dark := isDark()
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.drawn == v.gen || v.results == nil || v.size.Width <= 0 || v.size.Height <= 0 {
		return
	}
	if v.size.Height < minChartHeight || v.size.Width < minChartWidth {
		// Too small for a plot under the chart's title and legend: say
		// so rather than show an empty frame (the widgets are touched
		// once the lock is released).
		v.drawn = v.gen
		v.image.Image = nil
		v.mu.Unlock()
		v.note.SetText(tooSmallNote)
		v.note.Show()
		v.image.Refresh()
		v.mu.Lock() // for the deferred Unlock
		return
	}
	if v.busy {
		v.pending = true
		return
	}
	th := chart.Light()
	if dark {
		th = chart.Dark()
	}
	job := chartJob{
		kind: v.kind, results: v.results, index: v.index, opts: v.opts, theme: th, gen: v.gen,
		width:  clampSide(int(v.size.Width*scale), chart.MinWidth),
		height: clampSide(int(v.size.Height*scale), chart.MinHeight),
	}
	v.busy, v.pending = true, false
	go v.draw(job)
}

// draw renders job off the UI goroutine and hands the image to it.
func (v *ChartView) draw(job chartJob) {
	img, err := chart.RenderWith(job.kind, job.results, job.index, job.width, job.height, job.theme, job.opts)
	fyne.Do(func() { v.land(job, img, err) })
}

// land shows a finished drawing, unless a newer one is due, and starts the
// next drawing if one was asked for meanwhile.
func (v *ChartView) land(job chartJob, img image.Image, err error) {
	v.mu.Lock()
	newest := job.gen == v.gen
	if newest {
		v.drawn = job.gen
		v.image.Image = img // nil on error
	}
	v.mu.Unlock()
	if newest {
		if err != nil {
			v.note.SetText("The chart cannot be drawn: " + err.Error())
			v.note.Show()
		} else {
			v.note.Hide()
		}
		v.image.Refresh()
		if v.rendered != nil {
			v.rendered(job.gen)
		}
	}
	// Busy until the image is shown, so that whoever waits for the chart
	// (a test) never touches it while it is being refreshed.
	v.mu.Lock()
	v.busy = false
	again := v.pending || v.drawn != v.gen
	v.mu.Unlock()
	if again {
		v.schedule()
	}
}

// The least room, in the window's units, in which a chart is drawn; in
// less, the view says to enlarge the window.
const (
	minChartWidth, minChartHeight = 300, 160
	tooSmallNote                  = "Enlarge the window, or drag the divider above, to see the chart."
)

func clampSide(px, least int) int { return min(max(px, least), chart.MaxSide) }

// isDark reports whether the app currently shows a dark theme: the one
// chosen in the View menu, else the system's (or FYNE_THEME's).
func isDark() bool {
	s := fyne.CurrentApp().Settings()
	if t, ok := s.Theme().(*appTheme); ok && t.variant != nil {
		return *t.variant == theme.VariantDark
	}
	return s.ThemeVariant() == theme.VariantDark
}

// CreateRenderer implements fyne.Widget.
func (v *ChartView) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	return &chartRenderer{v: v, bg: bg}
}

type chartRenderer struct {
	v  *ChartView
	bg *canvas.Rectangle
}

// Destroy, Objects, MinSize, Layout and Refresh implement fyne.WidgetRenderer.
func (r *chartRenderer) Destroy() {}

func (r *chartRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 140) }

func (r *chartRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.v.image, r.v.note}
}

func (r *chartRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.v.image.Resize(size)
	r.v.note.Resize(size)
	r.v.resized(size)
}

func (r *chartRenderer) Refresh() {
	r.v.image.Refresh()
	r.v.note.Refresh()
}
