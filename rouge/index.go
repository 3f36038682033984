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

// gramCount is one distinct n-gram of a text and how often it occurs.
type gramCount struct {
	key uint64
	n   int32
}

// doc is a summary ready for scoring: its terms as ids and the counted
// n-grams and skip-bigrams.
type doc struct {
	tokens []int32   // terms of the whole text
	sents  [][]int32 // terms per sentence, for the LCS measures
	grams  [][]gramCount
	// skip holds the skip-bigrams and skipUni the unigrams that ROUGE-SU
	// adds: every token but the last, as ROUGE counts them.
	skip, skipUni []gramCount
	skipCount     int
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

// count sorts keys and counts each distinct one.
func count(keys []uint64) []gramCount {
	slices.Sort(keys)
	distinct := 0
	for i := range keys {
		if i == 0 || keys[i] != keys[i-1] {
			distinct++
		}
	}
	out := make([]gramCount, 0, distinct)
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		out = append(out, gramCount{keys[i], int32(j - i)})
		i = j
	}
	return out
}

// index counts the n-grams (n = 1..maxN, unigrams always, for the LCS
// measures clip with them) and, when skip, the skip-bigrams of d.
func (d *doc) index(o *Options, k *keyer, weights []float64) {
	width := 1
	if o.Skip {
		width = len(d.tokens) // an unlimited gap pairs every two tokens
		if o.SkipGap >= 0 {
			width = min(width, o.SkipGap+1)
		}
	}
	keys := make([]uint64, 0, len(d.tokens)*max(width, 1))
	d.grams = make([][]gramCount, max(o.MaxN, 1))
	for n := 1; n <= len(d.grams); n++ {
		keys = keys[:0]
		for i := 0; i+n <= len(d.tokens); i++ {
			keys = append(keys, k.key(d.tokens[i:i+n]))
		}
		d.grams[n-1] = count(keys)
	}
	if o.Skip {
		keys = keys[:0]
		t := d.tokens
		for i := 0; i+1 < len(t); i++ {
			for j := i + 1; j < len(t) && (o.SkipGap < 0 || j <= i+o.SkipGap+1); j++ {
				keys = append(keys, uint64(t[i])<<32|uint64(t[j]))
			}
		}
		d.skipCount = len(keys)
		d.skip = count(keys)
		keys = keys[:0]
		for i := 0; i+1 < len(t); i++ {
			keys = append(keys, uint64(t[i]))
		}
		d.skipUni = count(keys)
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

// clippedHits sums, over the keys of two counted lists, the smaller count.
// The merge is branch-free: which list advances is hard to predict.
func clippedHits(a, b []gramCount) int {
	h := 0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		h += int(min(x.n, y.n)) * b2i(x.key == y.key)
		i += b2i(x.key <= y.key)
		j += b2i(y.key <= x.key)
	}
	return h
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
