package ui

import (
	"sync"
	"time"

	"buildvsbuy/model"
)

// AutosaveDelay is how long the autosaver waits after a change before it
// writes, so that a burst of keystrokes makes one write. The first change
// starts the wait and later ones do not restart it: every change is on disk
// within AutosaveDelay and the time one write takes.
const AutosaveDelay = 250 * time.Millisecond

// recoverySnapshot is the controller's state as the autosaver writes it:
// copies, safe to hand to another goroutine.
type recoverySnapshot struct {
	doc     model.Document
	path    string
	dirty   bool
	pending []PendingText
}

// clean reports whether there is nothing to recover: no unsaved change and
// nothing typed that the document does not hold.
func (s recoverySnapshot) clean() bool { return !s.dirty && len(s.pending) == 0 }

// Autosaver writes the controller's state to the recovery store shortly
// after every change, off the UI goroutine; when there is nothing unsaved it
// removes the recovery file instead. Changed is called on the UI goroutine;
// the writes run on a timer's goroutine, one at a time and in order.
type Autosaver struct {
	store *RecoveryStore
	delay time.Duration
	// OnError, if set, is told about a write that failed, on the writing
	// goroutine.
	OnError func(error)

	mu      sync.Mutex // guards next and timer
	next    *recoverySnapshot
	timer   *time.Timer
	stopped bool       // guarded by mu: Stop was called, nothing more is written
	writing sync.Mutex // one write at a time, the latest state last
	lastErr error
}

// NewAutosaver returns an autosaver writing to store delay after a change.
func NewAutosaver(store *RecoveryStore, delay time.Duration) *Autosaver {
	return &Autosaver{store: store, delay: delay}
}

// Watch makes the autosaver follow every change of ctl that the recovery
// file holds: values, scenarios, the file and its unsaved marker, refused
// values and the text of the edit in progress.
func (a *Autosaver) Watch(ctl *Controller) {
	ctl.OnChange(func(ch Change) {
		if ch&(ChangeValues|ChangeColumns|ChangeFile|ChangeEdit|ChangeText|ChangeStatus) != 0 {
			a.Changed(ctl.recoverySnapshot())
		}
	})
}

// Changed records the state to write and starts the wait if none is running.
func (a *Autosaver) Changed(s recoverySnapshot) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.stopped {
		return
	}
	a.next = &s
	if a.timer == nil {
		a.timer = time.AfterFunc(a.delay, func() { a.Flush() })
	}
}

// Flush writes the latest state now, if there is one not yet written, and
// returns the error of the write, if it failed.
func (a *Autosaver) Flush() error {
	a.writing.Lock()
	defer a.writing.Unlock()
	a.mu.Lock()
	s := a.next
	a.next = nil
	if a.timer != nil {
		a.timer.Stop()
		a.timer = nil
	}
	a.mu.Unlock()
	if s == nil {
		return a.lastErr
	}
	a.lastErr = a.write(*s)
	if a.lastErr != nil && a.OnError != nil {
		a.OnError(a.lastErr)
	}
	return a.lastErr
}

func (a *Autosaver) write(s recoverySnapshot) error {
	if s.clean() {
		return a.store.Clear()
	}
	data, err := s.doc.Marshal()
	if err != nil {
		return err
	}
	return a.store.Write(RecoveryState{
		Written:  time.Now(),
		Path:     s.path,
		Dirty:    s.dirty,
		Document: data,
		Pending:  s.pending,
	})
}

// Stop writes what is still waiting and closes the store. With discard the
// recovery file is removed whatever it holds (the user chose not to save);
// otherwise it is kept if it holds unsaved work, for the next start to offer.
func (a *Autosaver) Stop(discard bool) error {
	a.mu.Lock()
	if a.stopped {
		a.mu.Unlock()
		return nil
	}
	if discard {
		a.next = nil
	}
	a.mu.Unlock()
	err := a.Flush()
	a.mu.Lock()
	a.stopped = true
	a.mu.Unlock()
	a.writing.Lock() // a timer that fired meanwhile has nothing left to write
	defer a.writing.Unlock()
	_, statErr := statFile(a.store.File())
	keep := !discard && statErr == nil
	if cerr := a.store.Close(keep); err == nil {
		err = cerr
	}
	return err
}
