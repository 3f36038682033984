// Package analyze cuts cleaned articles into sentences and represents each
// sentence by its content terms (lowercased, stopwords out, Porter-stemmed),
// the common ground of selection, attribution and fact finding.
package analyze

import (
	"math"
	"slices"
	"sort"
	"strings"

	"storyline"
	"storyline/internal/par"
	"storyline/stem"
	"storyline/text"
)

// Segment sets a.Sentences from a.Paragraphs; each sentence's offsets point
// into a.Body.
func Segment(a *storyline.Article) {
	a.Sentences = a.Sentences[:0]
	var spans []text.Span
	for pi := range a.Paragraphs {
		p := &a.Paragraphs[pi]
		spans = text.AppendSentences(spans[:0], p.Text)
		for _, sp := range spans {
			a.Sentences = append(a.Sentences, storyline.Sentence{
				Article: a.ID, Index: len(a.Sentences), Paragraph: pi,
				Text:  p.Text[sp.Start:sp.End],
				Start: p.BodyOffset(sp.Start), End: p.BodyOffset(sp.End-1) + 1,
			})
		}
	}
}

// Sent is a sentence with what selection and attribution need of it.
type Sent struct {
	*storyline.Sentence
	// Doc is the index of the sentence's article in Corpus.Articles.
	Doc int
	// Tokens are the sentence's words as text.Words gives them: lower
	// case and normalised, in order.
	Tokens []string
	// Terms are the sentence's distinct content terms, sorted.
	Terms []string
	// IDs are the same terms as indices into Corpus.Weights, sorted.
	IDs []int32
	// Words counts the sentence's words as ROUGE counts them.
	Words int
	// Heading marks a sentence from a heading paragraph.
	Heading bool
	// Position is the sentence's relative place in its article, 0 to 1.
	Position float64
}

// Corpus is a set of articles ready for selection.
type Corpus struct {
	Articles []*storyline.Article
	Sents    []Sent
	// DocFreq counts, for each term, the independent articles that use it.
	DocFreq map[string]int
	// Independent is the number of articles that are not copies.
	Independent int
	// Vocab numbers the terms; Weights[Vocab[t]] is Weight(t).
	Vocab   map[string]int32
	Weights []float64
	// copyOf maps a copy's index to its original's.
	copyOf map[int]int
}

// New segments every article (unless already segmented) and builds the
// corpus. dups names the articles that are copies of others.
func New(arts []*storyline.Article, dups []storyline.Duplicate) *Corpus {
	c := &Corpus{Articles: arts, DocFreq: map[string]int{}, copyOf: map[int]int{}}
	idx := make(map[string]int, len(arts))
	for i, a := range arts {
		idx[a.ID] = i
	}
	for _, d := range dups {
		ci, ok1 := idx[d.Article]
		oi, ok2 := idx[d.CopyOf]
		if ok1 && ok2 {
			c.copyOf[ci] = oi
		}
	}
	// Each article is segmented and tokenised on its own, on every core;
	// what the articles share is counted after.
	sents := make([][]Sent, len(arts))
	par.Each(len(arts), func(di int) {
		a := arts[di]
		if a.Sentences == nil {
			Segment(a)
		}
		sents[di] = articleSents(a, di)
	})
	n := 0
	for _, ss := range sents {
		n += len(ss)
	}
	c.Sents = make([]Sent, 0, n)
	seen := map[string]bool{}
	for di, ss := range sents {
		c.Sents = append(c.Sents, ss...)
		if _, isCopy := c.copyOf[di]; isCopy {
			continue
		}
		clear(seen)
		for _, st := range ss {
			for _, t := range st.Terms {
				if !seen[t] {
					seen[t] = true
					c.DocFreq[t]++
				}
			}
		}
	}
	c.Independent = len(arts) - len(c.copyOf)
	c.Vocab = make(map[string]int32, len(c.DocFreq))
	for i := range c.Sents {
		s := &c.Sents[i]
		s.IDs = make([]int32, len(s.Terms))
		for k, t := range s.Terms {
			id, ok := c.Vocab[t]
			if !ok {
				id = int32(len(c.Weights))
				c.Vocab[t] = id
				c.Weights = append(c.Weights, c.weight(t))
			}
			s.IDs[k] = id
		}
		slices.Sort(s.IDs)
	}
	return c
}

// articleSents returns the sentences of article a, the di-th of the
// corpus, with their tokens and terms; IDs are left to New.
func articleSents(a *storyline.Article, di int) []Sent {
	n := len(a.Sentences)
	out := make([]Sent, n)
	// One array holds the tokens of all the article's sentences.
	size := 0
	for _, s := range a.Sentences {
		size += len(s.Text)/5 + 1
	}
	all := make([]string, 0, size)
	stemOf := make(map[string]string, 512)
	for si := range a.Sentences {
		s := &a.Sentences[si]
		k := len(all)
		all = text.Words(s.Text, all)
		toks := all[k:len(all):len(all)]
		out[si] = Sent{Sentence: s, Doc: di, Tokens: toks, Terms: contentTerms(toks, stemOf), Words: text.CountFields(s.Text),
			Heading: s.Paragraph < len(a.Paragraphs) && a.Paragraphs[s.Paragraph].Heading}
		if n > 1 {
			out[si].Position = float64(si) / float64(n-1)
		}
	}
	return out
}

// OverlapIDs is Overlap over term IDs.
func (c *Corpus) OverlapIDs(a, b []int32) float64 {
	return OverlapWeighted(a, b, c.Weights)
}

// OverlapWeighted is the share of the weight of a's terms that b also
// has, both sorted term IDs and weights[t] the weight of term t: for
// callers that number more terms than the corpus does.
func OverlapWeighted(a, b []int32, weights []float64) float64 {
	var hit, all float64
	j := 0
	for _, t := range a {
		w := weights[t]
		all += w
		for j < len(b) && b[j] < t {
			j++
		}
		if j < len(b) && b[j] == t {
			hit += w
		}
	}
	if all == 0 {
		return 0
	}
	return hit / all
}

// Original returns the index of the article that article i copies, or i.
func (c *Corpus) Original(i int) int {
	if o, ok := c.copyOf[i]; ok {
		return o
	}
	return i
}

// ContentTerms turns lowercased words into sorted distinct stemmed content
// terms: stopwords, numbers-only punctuation and one-letter words go.
func ContentTerms(words []string) []string {
	return contentTerms(words, nil)
}

// contentTerms is ContentTerms with a cache of each word's term ("" for a
// word that gives none), since a story repeats most of its words and
// stemming is the dearest step; a nil cache caches nothing.
func contentTerms(words []string, cache map[string]string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		t, ok := cache[w]
		if !ok {
			t = contentTerm(w)
			if cache != nil {
				cache[w] = t
			}
		}
		if t != "" {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// contentTerm returns the stem of w, or "" when w is a function word or
// no word at all.
func contentTerm(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'") // possessives
	if len(w) < 2 || text.IsStopword(w) || !hasLetterOrDigit(w) {
		return ""
	}
	return stem.Porter(w)
}

func hasLetterOrDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	return false
}

// Weight is the weight of a term in the story: rarer terms say more about
// what a particular sentence claims.
func (c *Corpus) Weight(t string) float64 {
	if id, ok := c.Vocab[t]; ok {
		return c.Weights[id]
	}
	return c.weight(t)
}

func (c *Corpus) weight(t string) float64 {
	df := max(1, c.DocFreq[t])
	n := max(1, c.Independent)
	// A floor keeps terms that every article uses from counting for
	// nothing; the log makes a term that few articles use count for more.
	return 0.25 + math.Log(float64(n+1)/float64(df))
}

// Overlap returns the weighted share of a's terms that b also has.
func (c *Corpus) Overlap(a, b []string) float64 {
	var hit, all float64
	i, j := 0, 0
	for i < len(a) {
		w := c.Weight(a[i])
		all += w
		for j < len(b) && b[j] < a[i] {
			j++
		}
		if j < len(b) && b[j] == a[i] {
			hit += w
		}
		i++
	}
	if all == 0 {
		return 0
	}
	return hit / all
}
