package summarize

import (
	"strings"

	"storyline/analyze"
	"storyline/text"
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

// size is what a text uses of each cap: -l counts white-space separated
// words, -b bytes.
type size struct {
	words, bytes int
}

// sizeOf measures a text.
func sizeOf(t string) size {
	return size{text.CountFields(t), len(t)}
}

// sentSize measures sentence i as it stands.
func sentSize(c *analyze.Corpus, i int) size {
	return size{c.Sents[i].Words, len(c.Sents[i].Text)}
}

// cost is what a text of size z uses of the cap: words when words are
// capped, else bytes. With both capped, the words count, and fits checks
// the bytes.
func (b budget) cost(z size) int {
	if b.words > 0 {
		return z.words
	}
	return z.bytes
}

// limit is the cap in the unit of cost.
func (b budget) limit() int {
	if b.words > 0 {
		return b.words
	}
	return b.bytes
}

// usage tracks what chosen sentences use of both caps.
type usage size

// fitsSize reports whether a text of size z fits beside what u has used.
func (b budget) fitsSize(u usage, z size) bool {
	return (b.words == 0 || u.words+z.words <= b.words) && (b.bytes == 0 || u.bytes+z.bytes <= b.bytes)
}

// fits reports whether sentence i fits beside what u has used.
func (b budget) fits(c *analyze.Corpus, u usage, i int) bool {
	return b.fitsSize(u, sentSize(c, i))
}

// plus returns u with a text of size z added.
func (u usage) plus(z size) usage {
	return usage{u.words + z.words, u.bytes + z.bytes}
}

// add returns u with sentence i added.
func (u usage) add(c *analyze.Corpus, i int) usage {
	return u.plus(sentSize(c, i))
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

// Item is one sentence of a summary: its index in the corpus's Sents and
// the text the summary gives it, which a Rewriter may have shortened.
type Item struct {
	Sent int
	Text string
}

// Rewriter is a Method that states its chosen sentences in its own words,
// shortened for instance. Text returns sentence i as the summary gives it.
type Rewriter interface {
	Text(c *analyze.Corpus, i int) string
}

// Summarize runs m and returns the summary within the budget of opts, cut
// as Lines cuts it, with each sentence's text as m gives it. It is what a
// caller that prints a summary should use: Select alone gives indices,
// and a Rewriter's text differs from the sentence's.
func Summarize(c *analyze.Corpus, m Method, opts Options) []Item {
	chosen := m.Select(c, opts)
	items := make([]Item, len(chosen))
	rw, _ := m.(Rewriter)
	for k, i := range chosen {
		items[k].Sent = i
		if rw != nil {
			items[k].Text = rw.Text(c, i)
		} else {
			items[k].Text = c.Sents[i].Text
		}
	}
	return cutItems(items, opts)
}

// Lines returns the text of the chosen sentences, one a line, within the
// budget of opts exactly as ROUGE-1.5.5 cuts a summary: whole sentences
// while they fit and, with opts.HardCut, the next one cut at the budget;
// without HardCut a sentence that does not fit is left out.
func Lines(c *analyze.Corpus, chosen []int, opts Options) []string {
	items := make([]Item, len(chosen))
	for k, i := range chosen {
		items[k] = Item{i, c.Sents[i].Text}
	}
	items = cutItems(items, opts)
	out := make([]string, len(items))
	for k, it := range items {
		out[k] = it.Text
	}
	return out
}

// cutItems normalises the items' white space and keeps them within the
// budget of opts, as Lines describes.
func cutItems(items []Item, opts Options) []Item {
	b := newBudget(opts)
	var out []Item
	var u usage
	for _, it := range items {
		t := strings.Join(strings.Fields(it.Text), " ")
		if z := sizeOf(t); b.fitsSize(u, z) {
			out = append(out, Item{it.Sent, t})
			u = u.plus(z)
			continue
		}
		if !opts.HardCut {
			continue
		}
		if cut := cutTo(t, b, u); cut != "" {
			out = append(out, Item{it.Sent, cut})
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
