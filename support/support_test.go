package support

import (
	"math"
	"testing"

	"storyline"
	"storyline/analyze"
	"storyline/clean"
)

func corpus(texts ...string) *analyze.Corpus {
	var arts []*storyline.Article
	for i, t := range texts {
		a := &storyline.Article{ID: string(rune('a' + i)), Body: t}
		clean.Article(a)
		arts = append(arts, a)
	}
	return analyze.New(arts, nil)
}

func TestSupporters(t *testing.T) {
	c := corpus(
		"The Orlen river burst its banks early on Monday, flooding the lower town. Officials said 23 people died.",
		"Early on Monday the Orlen burst its banks and flooded the lower part of town. The mayor asked for calm.",
		"Rescue teams reached the cut-off villages on Wednesday. The river had burst its banks.",
		"The central bank kept interest rates unchanged on Thursday.",
	)
	f := New(c)
	got := f.IDs(0)
	if len(got) != 2 || got[0] != "a" || got[1] != "b" {
		t.Errorf("supporters of the flood sentence = %v, want [a b]", got)
	}
	last := len(c.Sents) - 1
	if got := f.IDs(last); len(got) != 1 || got[0] != "d" {
		t.Errorf("supporters of the bank sentence = %v, want [d]", got)
	}
}

// TestBestAllMatchesSlow checks the postings computation against the direct
// one, pairs of neighbouring sentences included.
func TestBestAllMatchesSlow(t *testing.T) {
	c := corpus(
		"Talks began in Geneva on Tuesday. The minister arrived late. Delegates met again at night.",
		"The minister arrived in Geneva late on Tuesday, and talks began. Delegates met at night.",
		"Delegates met. The minister spoke. Talks began in Geneva.",
	)
	f := New(c)
	for si := range c.Sents {
		for d := range c.Articles {
			fast, slow := f.Best(si, d), f.bestSlow(si, d)
			if math.Abs(fast-slow) > 1e-9 {
				t.Errorf("Best(%d, %d) = %v, direct %v", si, d, fast, slow)
			}
		}
	}
}

func TestCopiesDoNotSupport(t *testing.T) {
	arts := []*storyline.Article{
		{ID: "orig", Body: "The dam failed at dawn and the valley flooded within the hour."},
		{ID: "copy", Body: "The dam failed at dawn and the valley flooded within the hour."},
	}
	for _, a := range arts {
		clean.Article(a)
	}
	c := analyze.New(arts, []storyline.Duplicate{{Article: "copy", CopyOf: "orig"}})
	f := New(c)
	if got := f.IDs(1); len(got) != 1 || got[0] != "orig" {
		t.Errorf("supporters of the copy's sentence = %v, want [orig] only", got)
	}
}

// TestOtherFigure: an outlet that gives another figure does not support a
// sentence, however many words they share.
func TestOtherFigure(t *testing.T) {
	c := corpus(
		"The council approved a budget of 4.5 million euros for the bridge on Monday, officials said.",
		"Officials said the council approved a budget of 4.2 million euros for the bridge on Monday.",
		"On Monday the council approved a budget of 4.5 million euros for repairs to the bridge.",
	)
	f := New(c)
	if got := f.IDs(0); len(got) != 2 || got[1] != "c" {
		t.Errorf("supporters of the 4.5 million sentence = %v, want a and c (b says 4.2)", got)
	}
}

// bestSlow is Best computed directly, sentence by sentence and pair by
// pair, to test bestAll against.
func (f *Finder) bestSlow(si, doc int) float64 {
	s := f.c.Sents[si]
	best := 0.0
	var idx []int
	for i, st := range f.c.Sents {
		if st.Doc == doc {
			idx = append(idx, i)
		}
	}
	var pair []int32
	for k, j := range idx {
		if v := f.c.OverlapIDs(s.IDs, f.c.Sents[j].IDs); v > best {
			best = v
		}
		if k+1 < len(idx) {
			pair = merge(pair[:0], f.c.Sents[j].IDs, f.c.Sents[idx[k+1]].IDs)
			if v := f.c.OverlapIDs(s.IDs, pair); v > best {
				best = v
			}
		}
	}
	return best
}

// merge unions two sorted term lists into dst.
func merge(dst, a, b []int32) []int32 {
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
