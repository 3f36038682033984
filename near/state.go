package near

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"slices"
)

// savedIndex is the saved form of an Index.
type savedIndex struct {
	Opts     Options
	IDs      []string
	Roots    []int32
	Shingles [][]uint32
	Keys     []uint64
}

// MarshalBinary encodes the index, so that it can be saved with the state
// of a longer process and go on where it stopped.
func (ix *Index) MarshalBinary() ([]byte, error) {
	sv := savedIndex{Opts: ix.opts, Keys: ix.keys,
		IDs: make([]string, len(ix.docs)), Roots: make([]int32, len(ix.docs)), Shingles: make([][]uint32, len(ix.docs))}
	for i, d := range ix.docs {
		sv.IDs[i], sv.Roots[i], sv.Shingles[i] = d.id, d.root, d.shingles
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&sv); err != nil {
		return nil, fmt.Errorf("near: encoding index: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces the index with one encoded by MarshalBinary. It
// checks the data and leaves the index unchanged when they are not a valid
// index.
func (ix *Index) UnmarshalBinary(data []byte) error {
	var sv savedIndex
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&sv); err != nil {
		return fmt.Errorf("near: decoding index: %w", err)
	}
	n := len(sv.IDs)
	if len(sv.Roots) != n || len(sv.Shingles) != n || len(sv.Keys) != n*bands {
		return errors.New("near: decoding index: lengths disagree")
	}
	fresh := NewIndex(sv.Opts)
	for i := range n {
		r := sv.Roots[i]
		if r < 0 || r > int32(i) || !slices.IsSorted(sv.Shingles[i]) {
			return fmt.Errorf("near: decoding index: text %d is inconsistent", i)
		}
		fresh.docs = append(fresh.docs, doc{id: sv.IDs[i], shingles: sv.Shingles[i], root: r})
		fresh.seen = append(fresh.seen, 0)
		for b, key := range sv.Keys[i*bands : (i+1)*bands] {
			prev := int32(-1)
			if len(sv.Shingles[i]) > 0 {
				if p, ok := fresh.head[key]; ok {
					prev = p
				}
				fresh.head[key] = int32(i*bands + b)
			}
			fresh.next = append(fresh.next, prev)
		}
	}
	fresh.keys = sv.Keys
	*ix = *fresh
	return nil
}
