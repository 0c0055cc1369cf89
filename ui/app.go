// Package ui is the desktop app: the scenario grid, the verdict panel, the
// charts and the menus.
package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// Run opens the main window on the embedded default scenarios and returns
// when the app quits.
func Run() {
	a := app.NewWithID("app.buildvsbuy.desktop")
	w := a.NewWindow("Build vs Buy")
	results := model.Evaluate(assets.DefaultDocument())
	w.SetContent(widget.NewLabel(string(results[0].Verdict)))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
