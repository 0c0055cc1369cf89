//go:build unix

package ui

import (
	"errors"
	"os"
	"syscall"
)

// lockPath opens the lock file at path and takes an exclusive lock on it
// without waiting. The lock lasts until unlock or the process's end, however
// it ends, which is what tells a running instance from a crashed one. pid
// is the owner the file is named for (unused here: the lock says it all).
func lockPath(path string, _ int) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errors.New("in use by a running instance")
		}
		return nil, err
	}
	return f, nil
}

// unlock releases a lock taken by lockPath and closes its file.
func unlock(f *os.File) {
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	f.Close()
}
