package rouge

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sync"
)

// vocab numbers the terms of a run from 1, so that n-grams can be packed
// into integers and compared without strings.
type vocab struct{ ids map[string]int32 }

func newVocab() *vocab { return &vocab{ids: map[string]int32{}} }

func (v *vocab) id(term string) int32 {
	if id, ok := v.ids[term]; ok {
		return id
	}
	id := int32(len(v.ids) + 1)
	v.ids[term] = id
	return id
}

// bits is the width of a packed term id.
func (v *vocab) bits() uint { return uint(bits.Len32(uint32(len(v.ids)))) }

// text is a summary as terms, before numbering.
type text struct {
	terms []string   // of the whole text, cut as ROUGE's readText cuts it
	sents [][]string // per sentence, cut as readText_LCS cuts it
}

// analyze reads a summary's sentences into terms.
func (a *analyzer) analyze(sents []string, lim limit) text {
	var t text
	all := cutText(sents, lim)
	toks := words(make([]string, 0, len(all)/4), all)
	t.terms = make([]string, 0, len(toks))
	for _, tok := range toks {
		if term, ok := a.term(tok); ok {
			t.terms = append(t.terms, term)
		}
	}
	for _, s := range cutSentences(sents, lim) {
		toks = words(toks[:0], s)
		st := make([]string, 0, len(toks))
		for _, tok := range toks {
			if term, ok := a.term(tok); ok {
				st = append(st, term)
			}
		}
		t.sents = append(t.sents, st)
	}
	return t
}

// doc is a summary ready for scoring: its terms as ids and the counted
// n-grams and skip-bigrams.
type doc struct {
	tokens []int32   // terms of the whole text
	sents  [][]int32 // terms per sentence, for the LCS measures
	// grams[n-1] are the keys of the n-grams, sorted, with repeats.
	grams [][]uint64
	// skip holds the skip-bigrams and skipUni the unigrams that ROUGE-SU
	// adds: every token but the last, as ROUGE counts them.
	skip, skipUni []uint64
	lcsBase       int     // model length for ROUGE-L: the sum of sentence lengths
	wlcsBase      float64 // for ROUGE-W: the sum of weighted sentence lengths
	// wBase and wLen are f(wlcsBase) and f(len(tokens)), correctly rounded,
	// for the raw counts that -t 1 and 2 print.
	wBase, wLen float64
	maxSent     int // length of the longest sentence
}

// newDoc numbers the terms of t.
func newDoc(t text, v *vocab) *doc {
	d := &doc{tokens: make([]int32, len(t.terms)), sents: make([][]int32, len(t.sents))}
	for i, term := range t.terms {
		d.tokens[i] = v.id(term)
	}
	for i, s := range t.sents {
		ids := make([]int32, len(s))
		for j, term := range s {
			ids[j] = v.id(term)
		}
		d.sents[i] = ids
		d.lcsBase += len(ids)
		d.maxSent = max(d.maxSent, len(ids))
	}
	return d
}

// keyer packs n-grams of term ids into integer keys. An n-gram too wide
// for 64 bits is numbered through a shared table instead.
type keyer struct {
	bits uint
	mu   sync.Mutex
	wide map[string]uint64
}

func (k *keyer) key(g []int32) uint64 {
	if uint(len(g))*k.bits <= 64 {
		var x uint64
		for _, id := range g {
			x = x<<k.bits | uint64(id)
		}
		return x
	}
	buf := make([]byte, 0, 4*len(g))
	for _, id := range g {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(id))
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	x, ok := k.wide[string(buf)]
	if !ok {
		x = uint64(len(k.wide))
		k.wide[string(buf)] = x
	}
	return x
}

// index sorts the keys of the n-grams (n = 1..maxN, unigrams always, for
// the LCS measures clip with them) and, when skip, of the skip-bigrams of
// d. Keys pack the term ids of an n-gram with the first one highest, so
// that sorting the maxN-grams (padded with zeros past the end) sorts the
// shorter n-grams too, as their prefixes.
func (d *doc) index(o *Options, k *keyer, weights []float64) {
	t := d.tokens
	nmax := max(o.MaxN, 1)
	d.grams = make([][]uint64, nmax)
	if uint(nmax)*k.bits <= 64 {
		keys := make([]uint64, len(t))
		for i := range t {
			var x uint64
			for j := i; j < i+nmax; j++ {
				x <<= k.bits
				if j < len(t) {
					x |= uint64(t[j])
				}
			}
			keys[i] = x
		}
		slices.Sort(keys)
		last := uint64(1)<<k.bits - 1
		for n := 1; n <= nmax; n++ {
			shift := k.bits * uint(nmax-n)
			g := make([]uint64, 0, d.ngramCount(n))
			for _, x := range keys {
				if x>>shift&last != 0 { // a zero id is padding: no n-gram here
					g = append(g, x>>shift)
				}
			}
			d.grams[n-1] = g
		}
	} else {
		for n := 1; n <= nmax; n++ {
			g := make([]uint64, 0, d.ngramCount(n))
			for i := 0; i+n <= len(t); i++ {
				g = append(g, k.key(t[i:i+n]))
			}
			slices.Sort(g)
			d.grams[n-1] = g
		}
	}
	if o.Skip {
		n := 0
		for i := 0; i+1 < len(t); i++ {
			n += len(t) - 1 - i
			if o.SkipGap >= 0 {
				n -= max(len(t)-1-i-(o.SkipGap+1), 0)
			}
		}
		keys := make([]uint64, 0, n)
		for i := 0; i+1 < len(t); i++ {
			for j := i + 1; j < len(t) && (o.SkipGap < 0 || j <= i+o.SkipGap+1); j++ {
				keys = append(keys, uint64(t[i])<<32|uint64(t[j]))
			}
		}
		slices.Sort(keys)
		d.skip = keys
		// The unigrams but that of the last token.
		if len(t) > 0 {
			uni := d.grams[0]
			i, _ := slices.BinarySearch(uni, uint64(t[len(t)-1]))
			d.skipUni = append(slices.Clip(uni[:i]), uni[i+1:]...)
		}
	}
	if weights != nil {
		for _, s := range d.sents {
			d.wlcsBase += weights[len(s)]
		}
		if o.Counting != 0 {
			d.wBase = powExact(d.wlcsBase, o.Weight)
			d.wLen = powExact(float64(len(d.tokens)), o.Weight)
		}
	}
}

// ngramCount is the number of n-grams of d, ROUGE's _cn_.
func (d *doc) ngramCount(n int) int { return max(len(d.tokens)-n+1, 0) }

// clippedHits is the size of the intersection of two sorted multisets:
// over their distinct keys, the sum of the smaller count. The merge is
// branch-free, since which list advances is hard to predict.
func clippedHits(a, b []uint64) int {
	h := 0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		h += b2i(x == y)
		i += b2i(x <= y)
		j += b2i(y <= x)
	}
	return h
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
