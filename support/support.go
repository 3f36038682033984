// Package support finds, for a sentence, every article that says the same
// thing: not only the one it was taken from. Wire copies are not
// independent sources and never count.
package support

import (
	"storyline/analyze"
)

// Threshold is the weighted share of a sentence's content terms that an
// article must state, within one sentence or two neighbouring ones, to count
// as saying the same thing. Half the weighted terms separates paraphrase
// from mere shared topic on the stories we read by hand.
const Threshold = 0.5

// Finder attributes sentences of a corpus.
type Finder struct {
	c *analyze.Corpus
	// docs[i] lists the indices in c.Sents of article i's sentences.
	docs [][]int
}

// New prepares attribution over c.
func New(c *analyze.Corpus) *Finder {
	f := &Finder{c: c, docs: make([][]int, len(c.Articles))}
	for i, s := range c.Sents {
		f.docs[s.Doc] = append(f.docs[s.Doc], i)
	}
	return f
}

// Best returns the share of sentence si's content that article doc states
// at best, within one sentence or two neighbouring ones.
func (f *Finder) Best(si, doc int) float64 {
	s := f.c.Sents[si]
	best := 0.0
	idx := f.docs[doc]
	var pair []string
	for k, j := range idx {
		if v := f.c.Overlap(s.Terms, f.c.Sents[j].Terms); v > best {
			best = v
		}
		if k+1 < len(idx) {
			pair = merge(pair[:0], f.c.Sents[j].Terms, f.c.Sents[idx[k+1]].Terms)
			if v := f.c.Overlap(s.Terms, pair); v > best {
				best = v
			}
		}
	}
	return best
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
		if f.Best(si, d) >= Threshold {
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

// merge unions two sorted term lists into dst.
func merge(dst, a, b []string) []string {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			dst = append(dst, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			dst = append(dst, b[j])
			j++
		default:
			dst = append(dst, a[i])
			i++
			j++
		}
	}
	return dst
}
