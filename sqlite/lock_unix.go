//go:build unix

package sqlite

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrLocked is returned by Lock when another desk holds the store.
var ErrLocked = errors.New("store is in use by another desk")

// Lock makes this process the one desk writing articles to the store, by
// an advisory lock on the file STORE.lock, until release is called or the
// process ends (even by SIGKILL: the kernel drops the lock). Two desks on
// one store would each place articles in stories the other does not know.
// Feeds may still be added and removed by other processes.
func (s *Store) Lock() (release func(), err error) {
	f, err := os.OpenFile(s.path+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("locking store %s: %w", s.path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s: %w", s.path, ErrLocked)
		}
		return nil, fmt.Errorf("locking store %s: %w", s.path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
