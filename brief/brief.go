// Package brief assembles the brief of a story: its headline, the articles
// read, a length-bounded summary whose every sentence names the articles
// that support it, the wire copies found and what cleaning left out.
package brief

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"storyline"
	"storyline/analyze"
	"storyline/facts"
	"storyline/near"
	"storyline/summarize"
	"storyline/support"
)

// Options control a brief. The zero value gives a 120-word summary by the
// default method.
type Options struct {
	Summary summarize.Options
	// Method selects the summary; nil means the default.
	Method summarize.Method
	// Published is the publication date assumed for articles whose
	// metadata and text give none (--published); zero means unknown.
	Published time.Time
	// SummaryOnly skips what only the full brief shows (facts,
	// discrepancies, entities, timeline, quotes), for output that prints
	// the summary alone; summary attribution then rests on wording only.
	SummaryOnly bool
}

// Build assembles the brief of the cleaned articles of one story.
func Build(arts []*storyline.Article, opts Options) *storyline.Brief {
	dups := near.Duplicates(arts)
	c := analyze.New(arts, dups)
	method := opts.Method
	if method == nil {
		method, _ = summarize.ByName("") // the default
	}
	b := &storyline.Brief{Duplicates: dups}
	if b.Duplicates == nil {
		b.Duplicates = []storyline.Duplicate{}
	}
	for _, a := range arts {
		b.Story.Articles = append(b.Story.Articles, a.Ref())
		if len(a.Dropped) > 0 {
			b.Dropped = append(b.Dropped, storyline.ArticleDropped{Article: a.ID, Items: a.Dropped})
		}
	}
	// Facts and the summary only read the corpus: they are worked out side
	// by side, each with its own Finder (a Finder keeps scratch state).
	var wg sync.WaitGroup
	var stated *facts.Stated
	if !opts.SummaryOnly {
		wg.Go(func() {
			stated = facts.Fill(b, c, support.New(c), facts.Options{Published: opts.Published})
		})
	}
	// The summary's Finder and the headline are made beside the summary.
	var f *support.Finder
	var heads []string
	wg.Go(func() {
		f = support.New(c)
		heads = headlines(c)
	})
	// Summarize may shorten a sentence (an attribution dropped); the offsets
	// still span the whole sentence it came from.
	items := summarize.Summarize(c, method, opts.Summary)
	wg.Wait()
	b.Story.Headline = undisputed(heads, b.Discrepancies)
	for _, it := range items {
		s := c.Sents[it.Sent]
		b.Summary = append(b.Summary, storyline.SummaryItem{
			Text: it.Text, Article: s.Article, Start: s.Start, End: s.End,
			SupportedBy: supporters(c, f, stated, b.Discrepancies, it.Sent, it.Text),
		})
	}
	if b.Summary == nil {
		b.Summary = []storyline.SummaryItem{}
	}
	if opts.SummaryOnly {
		b.Facts, b.Discrepancies = []storyline.Fact{}, []storyline.Discrepancy{}
		b.Entities, b.Timeline, b.Quotes = []storyline.Entity{}, []storyline.Event{}, []storyline.Quote{}
	}
	return b
}

// supporters names the articles that state sentence i (printed as text):
// those whose words say the same, and those that state the same facts in
// other words. An article that gives another value for something the
// sentence states (a toll, a place, a date) does not support it. Its own
// article (or the original it copies) comes first; copies never count.
func supporters(c *analyze.Corpus, f *support.Finder, stated *facts.Stated, disc []storyline.Discrepancy, i int, text string) []string {
	docs := f.Supporters(i)
	for _, d := range stated.Articles(i) {
		if c.Original(d) == d && !slices.Contains(docs, d) && f.HasNumbers(i, d) {
			docs = append(docs, d)
		}
	}
	own := c.Articles[docs[0]].ID
	ids := make([]string, 0, len(docs))
	for k, d := range docs {
		id := c.Articles[d].ID
		if k == 0 || !contradicts(disc, text, own, id) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids[1:])
	return ids
}

// contradicts reports whether article id gives, in one of the
// discrepancies, another value than the text states: a value the text
// holds, or the value of its own article when the discrepancy is about
// this very sentence (a date written "on Tuesday" shows as 2025-04-15).
func contradicts(disc []storyline.Discrepancy, text, own, id string) bool {
	for _, d := range disc {
		about := aboutText(d.About, text)
		for _, v := range d.Variants {
			stated := v.Value != "" && strings.Contains(text, v.Value) || about && slices.Contains(v.Sources, own)
			if !stated || slices.Contains(v.Sources, id) {
				continue
			}
			for _, w := range d.Variants {
				if slices.Contains(w.Sources, id) && !strings.Contains(text, w.Value) {
					return true
				}
			}
		}
	}
	return false
}

// aboutText reports whether a discrepancy's subject ("date: Prime Minister
// Tomas Reiner declared …") is the text's own statement: nearly all of its
// words are in the text.
func aboutText(about, text string) bool {
	if i := strings.Index(about, ": "); i >= 0 && i < 20 {
		about = about[i+2:]
	}
	words := strings.Fields(strings.TrimSuffix(about, " …"))
	if len(words) < 4 {
		return false
	}
	in := 0
	for _, w := range words {
		if strings.Contains(text, w) {
			in++
		}
	}
	return in*10 >= len(words)*8
}

// Headline picks the title that shares most with the other articles'
// titles, the shorter on a tie; without titles, the first summary-worthy
// sentence of the most supported kind.
func Headline(c *analyze.Corpus) string {
	if hs := headlines(c); len(hs) > 0 {
		return hs[0]
	}
	return ""
}

// headlines are the candidates for Headline, best first.
func headlines(c *analyze.Corpus) []string {
	type cand struct {
		title string
		terms []string
	}
	var cands []cand
	for i, a := range c.Articles {
		if c.Original(i) != i || strings.TrimSpace(a.Title) == "" {
			continue
		}
		cands = append(cands, cand{a.Title, analyze.ContentTerms(words(a.Title))})
	}
	if len(cands) == 0 {
		for i, s := range c.Sents {
			if summarize.Quality(c, i) > 0 {
				return []string{s.Text}
			}
		}
		return nil
	}
	scores := make([]float64, len(cands))
	for i, x := range cands {
		for j, y := range cands {
			if i != j {
				scores[i] += c.Overlap(x.terms, y.terms)
			}
		}
		// Long titles are often a summary sentence; prefer a compact one.
		if n := len(strings.Fields(x.title)); n > 14 {
			scores[i] *= 14 / float64(n)
		}
	}
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := order[x], order[y]
		if scores[a] != scores[b] {
			return scores[a] > scores[b]
		}
		return len(cands[a].title) < len(cands[b].title)
	})
	out := make([]string, len(order))
	for k, i := range order {
		out[k] = cands[i].title
	}
	return out
}

// undisputed returns the best of the headlines that states none of the
// values the outlets disagree on, so that the brief does not take a side
// in its title; the best headline when each states one.
func undisputed(hs []string, disc []storyline.Discrepancy) string {
	if len(hs) == 0 {
		return ""
	}
	for _, h := range hs {
		if !statesDisputed(h, disc) {
			return h
		}
	}
	return hs[0]
}

// statesDisputed reports whether h states a value of a discrepancy: a
// figure, a place or a date, not a person's title, whose words ("minister")
// a headline uses in passing.
func statesDisputed(h string, disc []storyline.Discrepancy) bool {
	lh := strings.ToLower(h)
	for _, d := range disc {
		if strings.HasPrefix(d.About, "title of ") {
			continue
		}
		for _, v := range d.Variants {
			val := strings.ToLower(strings.TrimLeft(v.Value, "$€£"))
			if len(val) > 1 && strings.Contains(lh, val) {
				return true
			}
		}
	}
	return false
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r == '-' || r > 0x7f)
	})
}
