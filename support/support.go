// Package support finds, for a sentence, every article that says the same
// thing: not only the one it was taken from. Wire copies are not
// independent sources and never count.
package support

import (
	"strings"

	"storyline/analyze"
)

// Threshold is the weighted share of a sentence's content terms that an
// article must state, within one sentence or two neighbouring ones, to count
// as saying the same thing. Half the weighted terms separates paraphrase
// from mere shared topic on the stories we read by hand.
const Threshold = 0.5

// Finder attributes sentences of a corpus. It is not safe for concurrent
// use: it keeps the scores of the last sentence asked about.
type Finder struct {
	c *analyze.Corpus
	// postings[t] lists the sentences that hold term t, in order.
	postings [][]int32
	// hit and pairHit are bestAll's scratch; best holds its result for
	// sentence last.
	hit, pairHit []float64
	last         int
	best         []float64
	// numeric[t] marks terms with digits.
	numeric []bool
}

// New prepares attribution over c.
func New(c *analyze.Corpus) *Finder {
	f := &Finder{c: c, postings: make([][]int32, len(c.Weights)), last: -1}
	for i, s := range c.Sents {
		for _, t := range s.IDs {
			f.postings[t] = append(f.postings[t], int32(i))
		}
	}
	f.numeric = make([]bool, len(c.Weights))
	for t, id := range c.Vocab {
		f.numeric[id] = strings.ContainsAny(t, "0123456789")
	}
	f.hit = make([]float64, len(c.Sents))
	f.pairHit = make([]float64, len(c.Sents))
	f.best = make([]float64, len(c.Articles))
	return f
}

// Best returns the share of sentence si's content that article doc states
// at best, within one sentence or two neighbouring ones.
func (f *Finder) Best(si, doc int) float64 {
	if f.last != si {
		f.bestAll(si)
	}
	return f.best[doc]
}

// bestAll computes Best(si, d) for every article d at once through the
// postings: the work is in the sentences that share a term with si, not in
// all sentences.
func (f *Finder) bestAll(si int) {
	s := f.c.Sents[si]
	var touched []int32
	all := 0.0
	for _, t := range s.IDs {
		w := f.c.Weights[t]
		all += w
		ps := f.postings[t]
		for k, j := range ps {
			if f.hit[j] == 0 && f.pairHit[j] == 0 {
				touched = append(touched, j)
			}
			f.hit[j] += w
			f.pairHit[j] += w // the pair that starts at j
			// The pair that ends at j, unless j-1 holds the term too.
			if j > 0 && f.c.Sents[j-1].Doc == f.c.Sents[j].Doc && (k == 0 || ps[k-1] != j-1) {
				if f.hit[j-1] == 0 && f.pairHit[j-1] == 0 {
					touched = append(touched, j-1)
				}
				f.pairHit[j-1] += w
			}
		}
	}
	for d := range f.best {
		f.best[d] = 0
	}
	for _, j := range touched {
		if all > 0 {
			d := f.c.Sents[j].Doc
			v := max(f.hit[j], f.pairHit[j]) / all
			if v > f.best[d] {
				f.best[d] = v
			}
		}
		f.hit[j], f.pairHit[j] = 0, 0
	}
	f.last = si
}

// HasNumbers reports whether article d uses every number of sentence si: a
// claim with another figure is another claim, not the same one.
func (f *Finder) HasNumbers(si, d int) bool {
	for _, t := range f.c.Sents[si].IDs {
		if !f.numeric[t] {
			continue
		}
		found := false
		for _, j := range f.postings[t] {
			if f.c.Sents[j].Doc == d {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Supporters returns the indices of the independent articles that state
// sentence si: its own article (or the original it copies) first, then the
// others in corpus order.
func (f *Finder) Supporters(si int) []int {
	own := f.c.Original(f.c.Sents[si].Doc)
	out := []int{own}
	for d := range f.c.Articles {
		if d == own || f.c.Original(d) != d {
			continue
		}
		if f.Best(si, d) >= Threshold && f.HasNumbers(si, d) {
			out = append(out, d)
		}
	}
	return out
}

// IDs returns the article IDs of Supporters(si).
func (f *Finder) IDs(si int) []string {
	docs := f.Supporters(si)
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = f.c.Articles[d].ID
	}
	return ids
}
