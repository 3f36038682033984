//go:build !unix

package sqlite

import "errors"

// ErrLocked is returned by Lock when another desk holds the store.
var ErrLocked = errors.New("store is in use by another desk")

// Lock does nothing where advisory file locks are not available: run one
// desk per store.
func (s *Store) Lock() (release func(), err error) { return func() {}, nil }
