package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
)

// Preference keys, kept by Fyne under the app ID.
const (
	prefRecent     = "recent_files" // most recent first
	prefFolder     = "last_folder"  // where the file dialogs start
	prefWindowSize = "window_size"  // "1280x800": one key, written at once at quit
	maxRecent      = 10
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
	var w, h float32
	if n, err := fmt.Sscanf(p.p.String(prefWindowSize), "%gx%g", &w, &h); err != nil || n != 2 || w < 200 || h < 150 {
		return fyne.Size{}, false
	}
	return fyne.NewSize(w, h), true
}

// SetWindowSize remembers the window's size.
func (p appPrefs) SetWindowSize(s fyne.Size) {
	p.p.SetString(prefWindowSize, fmt.Sprintf("%gx%g", s.Width, s.Height))
}
