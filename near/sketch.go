package near

import (
	"math"
	"slices"
	"unicode"
)

// sketch is what the index keeps of, and looks up for, one text.
type sketch struct {
	shingles []uint32      // sorted, unique shingle hashes
	keys     [bands]uint64 // one bucket key per band of the MinHash signature
}

// newSketch shingles text into runs of k words and computes its band keys.
// A text shorter than k words is one shingle; a text without words has no
// shingles and no keys.
func newSketch(text string, k int) sketch {
	words := wordHashes(text)
	if len(words) == 0 {
		return sketch{}
	}
	n := max(1, len(words)-k+1)
	var s sketch
	s.shingles = make([]uint32, 0, n)
	var sig [bins]uint64
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for i := range n {
		h := uint64(k)
		for _, w := range words[i:min(i+k, len(words))] {
			h = (h ^ w) * prime64
		}
		h = mix64(h)
		// The high half is the shingle's value, the low half picks its
		// bin: one hash does the work of bins independent permutations.
		v := h >> 32
		b := (h & 0xffffffff) * bins >> 32
		sig[b] = min(sig[b], v)
		s.shingles = append(s.shingles, uint32(v))
	}
	densify(&sig)
	slices.Sort(s.shingles)
	s.shingles = slices.Compact(s.shingles)
	for b := range bands {
		h := uint64(b+1) * prime64
		for _, v := range sig[b*rows : (b+1)*rows] {
			h = (h ^ v) * prime64
		}
		s.keys[b] = mix64(h)
	}
	return s
}

// densify fills each empty bin with the value of the nearest non-empty bin
// to its right, marked with the distance so that borrowed values only match
// values borrowed the same way (rotation densification, Shrivastava and Li
// 2014). It keeps the probability that two sketches agree on a bin equal to
// their Jaccard similarity for short texts with fewer shingles than bins.
func densify(sig *[bins]uint64) {
	for i := range sig {
		if sig[i] != math.MaxUint64 {
			continue
		}
		for d := 1; d < bins; d++ {
			if v := sig[(i+d)%bins]; v != math.MaxUint64 && v < 1<<32 {
				sig[i] = uint64(d)<<32 | v
				break
			}
		}
	}
}

const prime64 = 0x100000001b3 // the 64-bit FNV prime

// mix64 is the finaliser of SplitMix64: it spreads every input bit over the
// whole output so that bins and values are independent.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// wordHashes returns a hash of each word of text: a word is a run of letters
// and digits, compared without case; everything else separates words.
func wordHashes(text string) []uint64 {
	// English averages about six bytes a word with its space: one
	// allocation instead of a dozen growing ones.
	out := make([]uint64, 0, len(text)/6+1)
	const offset = 0xcbf29ce484222325 // the 64-bit FNV offset basis
	h, in := uint64(offset), false
	for _, r := range text {
		if isWordRune(r) {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			} else if r >= 0x80 {
				r = unicode.ToLower(r)
			}
			h = (h ^ uint64(r)) * prime64
			in = true
			continue
		}
		if in {
			out = append(out, h)
			h, in = offset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

// isWordRune reports whether r is a letter or digit, testing ASCII directly
// because it is most of the text and the unicode tables are slower.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
