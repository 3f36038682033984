package summarize

import (
	"strings"

	"storyline/analyze"
)

// budget is a length cap counted the way ROUGE-1.5.5 truncates: -l counts
// white-space separated words, -b counts the sentences' bytes without the
// spaces that join them.
type budget struct {
	words, bytes int
}

// newBudget reads the cap of opts; no cap at all means DefaultWords.
func newBudget(opts Options) budget {
	b := budget{words: max(opts.Words, 0), bytes: max(opts.Bytes, 0)}
	if b.words == 0 && b.bytes == 0 {
		b.words = DefaultWords
	}
	return b
}

// cost is what sentence i uses of the cap: words when words are capped,
// else bytes. With both capped, the words count, and fits checks the bytes.
func (b budget) cost(c *analyze.Corpus, i int) int {
	if b.words > 0 {
		return c.Sents[i].Words
	}
	return len(c.Sents[i].Text)
}

// limit is the cap in the unit of cost.
func (b budget) limit() int {
	if b.words > 0 {
		return b.words
	}
	return b.bytes
}

// usage tracks what chosen sentences use of both caps.
type usage struct {
	words, bytes int
}

// fits reports whether sentence i fits beside what u has used.
func (b budget) fits(c *analyze.Corpus, u usage, i int) bool {
	s := c.Sents[i]
	return (b.words == 0 || u.words+s.Words <= b.words) && (b.bytes == 0 || u.bytes+len(s.Text) <= b.bytes)
}

// add returns u with sentence i added.
func (u usage) add(c *analyze.Corpus, i int) usage {
	return usage{u.words + c.Sents[i].Words, u.bytes + len(c.Sents[i].Text)}
}

// full reports whether too little room is left for any useful sentence.
func (b budget) full(u usage) bool {
	return (b.words > 0 && b.words-u.words < 5) || (b.bytes > 0 && b.bytes-u.bytes < 30)
}

// fillGreedy takes sentences in ranked order while they fit, skipping any
// that skip reports as redundant with those already chosen. With
// opts.HardCut the first sentence that does not fit is returned as extra,
// to be cut by Lines; extra is -1 otherwise.
func fillGreedy(c *analyze.Corpus, ranked []int, opts Options, skip func(chosen []int, i int) bool) (chosen []int, extra int) {
	b := newBudget(opts)
	var u usage
	for _, i := range ranked {
		if skip != nil && skip(chosen, i) {
			continue
		}
		if !b.fits(c, u, i) {
			if opts.HardCut && len(chosen) > 0 {
				return chosen, i
			}
			continue
		}
		chosen = append(chosen, i)
		u = u.add(c, i)
		if b.full(u) && !opts.HardCut {
			break
		}
	}
	return chosen, -1
}

// Lines returns the text of the chosen sentences, one a line, within the
// budget of opts exactly as ROUGE-1.5.5 cuts a summary: whole sentences
// while they fit and, with opts.HardCut, the next one cut at the budget;
// without HardCut a sentence that does not fit is left out.
func Lines(c *analyze.Corpus, chosen []int, opts Options) []string {
	b := newBudget(opts)
	var out []string
	var u usage
	for _, i := range chosen {
		s := c.Sents[i]
		t := strings.Join(strings.Fields(s.Text), " ")
		if b.fits(c, u, i) {
			out = append(out, t)
			u = u.add(c, i)
			continue
		}
		if !opts.HardCut {
			continue
		}
		if cut := cutTo(t, b, u); cut != "" {
			out = append(out, cut)
		}
		break
	}
	return out
}

// cutTo cuts t to the room that b leaves after u: whole words for a word
// cap, bytes for a byte cap, whichever is tighter.
func cutTo(t string, b budget, u usage) string {
	if b.words > 0 {
		f := strings.Fields(t)
		f = f[:min(len(f), max(0, b.words-u.words))]
		t = strings.Join(f, " ")
	}
	if b.bytes > 0 {
		room := max(0, b.bytes-u.bytes)
		if len(t) > room {
			t = t[:room]
		}
	}
	return t
}
