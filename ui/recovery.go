package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"buildvsbuy/model"
)

// RecoveryState is what a recovery file holds: the document as it was being
// worked on, the file it belongs to, whether it had unsaved changes, and
// the text typed that the document does not hold yet (values the grid
// refused, and the edit in progress).
type RecoveryState struct {
	PID      int             `json:"pid"`
	Written  time.Time       `json:"written"`
	Path     string          `json:"path"` // "" for a document never saved
	Dirty    bool            `json:"dirty"`
	Document json.RawMessage `json:"document"`
	Pending  []PendingText   `json:"pending,omitempty"`
}

// PendingText is text typed into a cell that the document does not hold: a
// refused value, or the edit in progress.
type PendingText struct {
	Scenario int    `json:"scenario"` // index in the document
	Key      string `json:"key"`      // the field's key
	Text     string `json:"text"`
	Editing  bool   `json:"editing,omitempty"` // the edit in progress
}

// RecoveryStore keeps one running app's recovery file in a folder that
// every instance of the app shares. Each process writes its own file,
// recovery-<pid>.json, and holds a lock on recovery-<pid>.lock while it
// runs, so that two instances never overwrite each other's work and a file
// whose lock is free was left by a process that ended without cleaning up:
// a crash, a kill, a power cut. Orphan finds the newest such file.
type RecoveryStore struct {
	dir  string
	pid  int
	lock *os.File
}

// OpenRecoveryStore creates dir if needed and takes this process's lock in it.
func OpenRecoveryStore(dir string) (*RecoveryStore, error) {
	return openRecoveryStore(dir, os.Getpid())
}

// openRecoveryStore opens the store as the process pid (tests stand in for
// several processes).
func openRecoveryStore(dir string, pid int) (*RecoveryStore, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("recovery folder: %w", err)
	}
	s := &RecoveryStore{dir: dir, pid: pid}
	f, err := lockPath(s.lockPath(s.pid), s.pid)
	if err != nil {
		return nil, fmt.Errorf("recovery folder %s: %w", dir, err)
	}
	s.lock = f
	return s, nil
}

// Dir returns the folder of the recovery files.
func (s *RecoveryStore) Dir() string { return s.dir }

// File returns this process's recovery file.
func (s *RecoveryStore) File() string { return s.statePath(s.pid) }

func (s *RecoveryStore) statePath(pid int) string {
	return filepath.Join(s.dir, "recovery-"+strconv.Itoa(pid)+".json")
}

func (s *RecoveryStore) lockPath(pid int) string {
	return filepath.Join(s.dir, "recovery-"+strconv.Itoa(pid)+".lock")
}

// Write replaces this process's recovery file with st, atomically: a crash
// while writing leaves the previous file whole.
func (s *RecoveryStore) Write(st RecoveryState) error {
	st.PID = s.pid
	data, err := json.MarshalIndent(st, "", " ")
	if err != nil {
		return fmt.Errorf("recovery file: %w", err)
	}
	if err := model.WriteFileAtomic(s.File(), data, 0o600); err != nil {
		return fmt.Errorf("recovery file: %w", err)
	}
	return nil
}

// Clear removes this process's recovery file: there is nothing to recover.
func (s *RecoveryStore) Clear() error {
	if err := os.Remove(s.File()); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("recovery file: %w", err)
	}
	return nil
}

// Close releases this process's lock; unless keep, it removes its recovery
// file first. A kept file is offered by the next start.
func (s *RecoveryStore) Close(keep bool) error {
	var err error
	if !keep {
		err = s.Clear()
	}
	if s.lock != nil {
		unlock(s.lock)
		os.Remove(s.lockPath(s.pid))
		s.lock = nil
	}
	return err
}

// Orphan is a recovery file left by a process that is gone. While it is
// held, other instances leave it alone; Release gives it back, Remove
// deletes it.
type Orphan struct {
	State RecoveryState
	file  string
	lock  *os.File
	lockP string
}

// Orphan returns the newest recovery file whose process is gone, holding it
// so that no other instance offers it at the same time, or nil if there is
// none. Files that cannot be read are left where they are and reported in
// the error, which does not stop the others from being considered.
func (s *RecoveryStore) Orphan() (*Orphan, error) {
	names, err := filepath.Glob(filepath.Join(s.dir, "recovery-*.json"))
	if err != nil {
		return nil, err
	}
	var best *Orphan
	var errs []error
	for _, name := range names {
		pid, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), "recovery-"), ".json"))
		if err != nil || pid == s.pid {
			continue
		}
		lock, err := lockPath(s.lockPath(pid), pid)
		if err != nil {
			continue // its process is still running
		}
		o := &Orphan{file: name, lock: lock, lockP: s.lockPath(pid)}
		data, err := os.ReadFile(name)
		if err == nil {
			err = json.Unmarshal(data, &o.State)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("recovery file %s cannot be read: %w", name, err))
			o.Release()
			continue
		}
		if best == nil || o.State.Written.After(best.State.Written) {
			if best != nil {
				best.Release()
			}
			best = o
		} else {
			o.Release()
		}
	}
	return best, errors.Join(errs...)
}

// Release lets other instances have the orphan again; its file stays.
func (o *Orphan) Release() {
	if o.lock != nil {
		unlock(o.lock)
		o.lock = nil
	}
}

// Remove deletes the orphan's recovery file: its work was restored into a
// running instance, or the user chose to discard it.
func (o *Orphan) Remove() error {
	err := os.Remove(o.file)
	if errors.Is(err, fs.ErrNotExist) {
		err = nil
	}
	os.Remove(o.lockP)
	o.Release()
	return err
}
