//go:build !unix

package ui

import (
	"errors"
	"os"
)

// lockPath opens the lock file at path for the process pid. Without flock,
// a file counts as locked while its process is running: on Windows
// os.FindProcess fails for a process that has ended.
func lockPath(path string, pid int) (*os.File, error) {
	if pid != os.Getpid() {
		if p, err := os.FindProcess(pid); err == nil {
			p.Release()
			return nil, errors.New("in use by a running instance")
		}
	}
	return os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
}

// unlock closes a file opened by lockPath.
func unlock(f *os.File) { f.Close() }
