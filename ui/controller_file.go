package ui

import (
	"errors"
	"path/filepath"

	"buildvsbuy/model"
)

// ErrNoPath is returned by Save for a document that has no file yet; the
// window then asks for one (Save As).
var ErrNoPath = errors.New("the document has no file yet: choose one with Save As")

// NewDocument replaces the document with one new scenario under the default
// policy, not yet saved anywhere.
func (c *Controller) NewDocument() {
	c.load(model.Document{
		Version:   model.DocumentVersion,
		Policy:    model.DefaultPolicy(),
		Scenarios: []model.Scenario{model.NewScenario("New scenario")},
	}, "")
	c.status = Status{Text: "New document: type over the values, or add scenarios."}
	c.notify(ChangeColumns | ChangeValues | ChangeSelection | ChangeEdit | ChangeFile | ChangeStatus)
}

// Open reads the document at path and shows it. On error nothing changes;
// the error names the file and, for a bad value, the scenario and the key.
func (c *Controller) Open(path string) error {
	doc, err := model.Load(path)
	if err != nil {
		return err
	}
	c.load(doc, path)
	c.status = Status{Text: "Opened " + filepath.Base(path)}
	c.notify(ChangeColumns | ChangeValues | ChangeSelection | ChangeEdit | ChangeFile | ChangeStatus)
	return nil
}

// Save writes the document to its file. An edit in progress is committed
// first, so that what was typed is saved (or, if refused, marked).
func (c *Controller) Save() error {
	if c.path == "" {
		return ErrNoPath
	}
	return c.SaveAs(c.path)
}

// SaveAs writes the document to path atomically and makes path its file.
func (c *Controller) SaveAs(path string) error {
	c.Commit(0, 0)
	if err := c.doc.Save(path); err != nil {
		return err
	}
	c.path = path
	c.saved = c.version
	c.status = Status{Text: "Saved " + filepath.Base(path)}
	c.notify(ChangeFile | ChangeStatus)
	return nil
}
