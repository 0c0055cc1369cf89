package ui

import (
	"slices"

	"fyne.io/fyne/v2"
)

// Preference keys, kept by Fyne under the app ID.
const (
	prefRecent       = "recent_files"  // most recent first
	prefFolder       = "last_folder"   // where the file dialogs start
	prefWindowWidth  = "window_width"  // the window's size at the last quit
	prefWindowHeight = "window_height" //
	maxRecent        = 10
)

// appPrefs are the app's preferences: the files opened or saved lately, the
// last folder used and the window's size.
type appPrefs struct{ p fyne.Preferences }

// Recent returns the files opened or saved lately, the most recent first.
func (p appPrefs) Recent() []string { return p.p.StringList(prefRecent) }

// AddRecent puts path first in the recent files, once.
func (p appPrefs) AddRecent(path string) {
	list := slices.DeleteFunc(p.Recent(), func(s string) bool { return s == path })
	list = append([]string{path}, list...)
	p.p.SetStringList(prefRecent, list[:min(len(list), maxRecent)])
}

// RemoveRecent takes path out of the recent files.
func (p appPrefs) RemoveRecent(path string) {
	p.p.SetStringList(prefRecent, slices.DeleteFunc(p.Recent(), func(s string) bool { return s == path }))
}

// Folder returns the last folder a file was opened from, saved or exported
// to, or "".
func (p appPrefs) Folder() string { return p.p.String(prefFolder) }

// SetFolder remembers dir as the last folder used.
func (p appPrefs) SetFolder(dir string) { p.p.SetString(prefFolder, dir) }

// WindowSize returns the window's size at the last quit, if known.
func (p appPrefs) WindowSize() (fyne.Size, bool) {
	w, h := p.p.Float(prefWindowWidth), p.p.Float(prefWindowHeight)
	if w < 200 || h < 150 {
		return fyne.Size{}, false
	}
	return fyne.NewSize(float32(w), float32(h)), true
}

// SetWindowSize remembers the window's size.
func (p appPrefs) SetWindowSize(s fyne.Size) {
	p.p.SetFloat(prefWindowWidth, float64(s.Width))
	p.p.SetFloat(prefWindowHeight, float64(s.Height))
}
