// Package facts finds what a story's outlets agree on and where they differ:
// facts stated by several independent articles, claims only one outlet
// makes, discrepancies between reported values, the people, places and
// organisations named, a dated timeline and the direct quotations.
//
// Everything is built on an analyze.Corpus, whose articles are already
// cleaned and segmented; wire copies (Corpus.Original) never count as a
// further source. No gazetteer and no model are used: names are found by
// capitalisation and the words around them, dates and quantities by a small
// parser (see [ParseDates] and [ParseQuantities]).
package facts

import (
	"math"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"storyline"
	"storyline/analyze"
	"storyline/support"
	"storyline/text"
)

// Options control the parts of a brief this package fills.
type Options struct {
	// Published is the publication date assumed for articles whose
	// metadata and text give none; the zero time means unknown.
	Published time.Time
	// MaxSingle caps the single-source claims listed per article; zero
	// means 40 divided among the independent articles, at least 4.
	MaxSingle int
}

// Thresholds of sentence similarity (see index.sim).
const (
	// sameFact is the similarity at which two sentences of different
	// articles state the same fact.
	sameFact = 0.42
	// redundant is the similarity at which a candidate fact repeats one
	// already listed.
	redundant = 0.45
)

// Fill sets b.Facts, b.Discrepancies, b.Entities, b.Timeline and b.Quotes
// from corpus c; f is the support finder the brief already uses (its
// thresholds are not those of fact clustering, so it is kept for callers
// that attribute single sentences). No field is left nil.
func Fill(b *storyline.Brief, c *analyze.Corpus, f *support.Finder, opts Options) {
	a := newAnalysis(c, opts)
	a.widen(f)
	b.Facts = a.facts()
	b.Entities = a.entityList()
	b.Discrepancies = a.discrepancies()
	b.Timeline = a.timeline()
	b.Quotes = a.quotes()
}

// analysis holds what the parts of Fill share.
type analysis struct {
	c    *analyze.Corpus
	ix   *index
	opts Options
	// docs[d] lists the indices in c.Sents of article d's sentences.
	docs [][]int
	// quoted[i] is the share of sentence i inside quotation marks;
	// openAt[i] whether it starts inside one.
	quoted []float64
	openAt []bool
	// clusters are the fact clusters, in rank order.
	clusters []cluster
	// ents are the entities; mentions per sentence.
	ents     []*entity
	mentions [][]mention
	// ref[d] is the reference date of article d (zero when unknown).
	ref []time.Time
	// hints are the years the story names.
	hints []int
	// toks[i] are the tokens of sentence i.
	toks [][]text.Token
	// dateCache[i] holds the dates of sentence i once dateDone[i].
	dateCache [][]Date
	dateDone  []bool
}

// cluster is one fact: its representative sentence and, per supporting
// article, the sentence that states it there.
type cluster struct {
	rep     int
	members map[int]int // doc → sentence
}

func newAnalysis(c *analyze.Corpus, opts Options) *analysis {
	a := &analysis{c: c, opts: opts, docs: make([][]int, len(c.Articles))}
	for i, s := range c.Sents {
		a.docs[s.Doc] = append(a.docs[s.Doc], i)
	}
	a.quoted, a.openAt = quotedShares(c)
	a.toks = make([][]text.Token, len(c.Sents))
	for i, s := range c.Sents {
		a.toks[i] = text.Tokens(s.Text)
	}
	a.findEntities()
	a.ix = newIndex(c, a.entityTerms)
	a.findRefs()
	a.cluster()
	return a
}

// independent reports whether article d is not a copy of another.
func (a *analysis) independent(d int) bool { return a.c.Original(d) == d }

// candidate reports whether sentence i may state a fact: a body sentence
// of an independent article, with content, not mostly quotation.
func (a *analysis) candidate(i int) bool {
	s := a.c.Sents[i]
	// A question asks rather than states.
	return !s.Heading && a.independent(s.Doc) && len(a.ix.terms[i]) >= 4 && a.quoted[i] < 0.85 &&
		!strings.Contains(s.Text, "?")
}

// quality scores how well sentence i states a fact on its own, 0 to 1:
// complete, declarative, not a translation's odd phrasing.
func (a *analysis) quality(i int) float64 {
	s := a.c.Sents[i]
	q := 1.0
	art := a.c.Articles[s.Doc]
	if strings.Contains(strings.ToLower(art.ID+" "+art.Source+" "+art.Origin), "translat") {
		// Machine translations state facts clumsily: prefer any outlet
		// writing in its own language.
		q *= 0.6
	}
	q *= 1 - 0.7*a.quoted[i]
	first, _, _ := strings.Cut(s.Text, " ")
	switch strings.ToLower(strings.Trim(first, `",`)) {
	case "it", "he", "she", "they", "this", "that", "these", "but", "and", "there", "as", "also", "meanwhile", "instead":
		// Leans on the sentence before it.
		q *= 0.75
	}
	if n := s.Words; n < 8 {
		q *= 0.6
	} else if n > 40 {
		q *= 0.7
	}
	if !strings.HasSuffix(strings.TrimRight(s.Text, `"'`), ".") {
		q *= 0.85
	}
	return q
}

// cluster groups the candidate sentences into facts.
func (a *analysis) cluster() {
	type cand struct {
		i       int
		members map[int]int
		score   float64
	}
	var cands []cand
	best := make([]float64, len(a.docs))
	bestJ := make([]int, len(a.docs))
	for i := range a.c.Sents {
		if !a.candidate(i) {
			continue
		}
		own := a.c.Sents[i].Doc
		m := map[int]int{own: i}
		for d := range best {
			best[d], bestJ[d] = 0, -1
		}
		// Headings may support a fact, never state it.
		a.ix.neighbours(i, func(j int, v float64) {
			d := a.c.Sents[j].Doc
			if d == own || !a.independent(d) {
				return
			}
			if v > best[d] || v == best[d] && j < bestJ[d] {
				best[d], bestJ[d] = v, j
			}
		})
		var central float64
		for d := range a.docs {
			if bestJ[d] >= 0 && best[d] >= sameFact {
				m[d] = bestJ[d]
				central += best[d]
			}
		}
		score := float64(len(m)) + central/float64(len(m)) + 0.5*a.quality(i)
		if len(m) == 1 {
			// A claim of one outlet ranks by what it names: people,
			// places, dates make a claim worth listing.
			score += 0.15 * float64(min(4, a.named(i)))
		}
		cands = append(cands, cand{i, m, score})
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	taken := map[int]bool{}
	isRep := make([]bool, len(a.c.Sents))
	for _, cd := range cands {
		if taken[cd.i] {
			continue
		}
		dup := false
		a.ix.neighbours(cd.i, func(j int, v float64) {
			if isRep[j] && v >= redundant {
				dup = true
			}
		})
		if dup {
			continue
		}
		for _, j := range cd.members {
			taken[j] = true
		}
		rep := a.representative(cd.members)
		merged := false
		for k := range a.clusters {
			if a.clusters[k].rep == rep {
				// Two candidates chose one sentence to state them: one fact.
				for d, j := range cd.members {
					if _, ok := a.clusters[k].members[d]; !ok {
						a.clusters[k].members[d] = j
					}
				}
				merged = true
			}
		}
		if !merged {
			a.clusters = append(a.clusters, cluster{rep: rep, members: cd.members})
			isRep[rep] = true
		}
	}
}

// widen adds to each fact the articles that the support finder sees
// stating its representative sentence, within one sentence or two
// neighbouring ones: a fact split over two sentences in one outlet still
// counts for it.
func (a *analysis) widen(f *support.Finder) {
	if f == nil {
		return
	}
	for k := range a.clusters {
		cl := &a.clusters[k]
		for _, d := range f.Supporters(cl.rep) {
			if _, ok := cl.members[d]; !ok && a.independent(d) {
				cl.members[d] = a.bestIn(cl.rep, d)
			}
		}
	}
}

// bestIn returns the sentence of article d most like sentence i.
func (a *analysis) bestIn(i, d int) int {
	best, bj := -1.0, -1
	for _, j := range a.docs[d] {
		if v := a.ix.sim(i, j); v > best {
			best, bj = v, j
		}
	}
	return bj
}

// representative picks the member that states the fact best: the most
// central one, weighed by its quality.
func (a *analysis) representative(m map[int]int) int {
	best, bi := -1.0, -1
	for _, i := range m {
		var central float64
		for _, j := range m {
			if i != j {
				central += a.ix.sim(i, j)
			}
		}
		if len(m) > 1 {
			central /= float64(len(m) - 1)
		} else {
			central = 1
		}
		v := (0.5 + central) * a.quality(i)
		if a.c.Sents[i].Heading {
			v = -1
		}
		if v > best || v == best && i < bi {
			best, bi = v, i
		}
	}
	return bi
}

// sources returns the article IDs of a cluster in corpus order.
func (a *analysis) sources(m map[int]int) []string {
	docs := make([]int, 0, len(m))
	for d := range m {
		docs = append(docs, d)
	}
	sort.Ints(docs)
	ids := make([]string, len(docs))
	for k, d := range docs {
		ids[k] = a.c.Articles[d].ID
	}
	return ids
}

// facts lists the clusters: corroborated ones first, by number of outlets,
// then at most MaxSingle single-source claims per article.
func (a *analysis) facts() []storyline.Fact {
	out := []storyline.Fact{}
	maxSingle := a.opts.MaxSingle
	if maxSingle <= 0 {
		// A few articles may each list many claims; many articles, few.
		maxSingle = max(4, 40/max(1, a.c.Independent))
	}
	perDoc := map[int]int{}
	for _, cl := range a.clusters {
		single := len(cl.members) == 1
		if single {
			d := a.c.Sents[cl.rep].Doc
			if perDoc[d] >= maxSingle {
				continue
			}
			perDoc[d]++
		}
		out = append(out, storyline.Fact{Text: a.body(cl.rep), SupportedBy: a.sources(cl.members), SingleSource: single})
	}
	sort.SliceStable(out, func(x, y int) bool { return len(out[x].SupportedBy) > len(out[y].SupportedBy) })
	return out
}

// named counts the entities and dates sentence i names.
func (a *analysis) named(i int) int {
	seen := map[int]bool{}
	for _, m := range a.mentions[i] {
		if m.ent >= 0 {
			seen[m.ent] = true
		}
	}
	return len(seen) + len(a.dates(i))
}

// entityTerms gives newIndex the entities of sentence i: the stems of
// their names go, a term per entity comes, weighted like a term used by
// as many articles as the entity is.
func (a *analysis) entityTerms(i int) (map[string]bool, map[string]float64) {
	ms := a.mentions[i]
	if len(ms) == 0 {
		return nil, nil
	}
	drop, add := map[string]bool{}, map[string]float64{}
	var words []string
	n := max(1, a.c.Independent)
	for _, m := range ms {
		if m.ent < 0 {
			continue
		}
		e := a.ents[m.ent]
		words = text.Words(m.name, words[:0])
		for _, t := range analyze.ContentTerms(words) {
			drop[t] = true
		}
		add["@"+e.key] = 0.25 + math.Log(float64(n+1)/float64(max(1, len(e.docs))))
	}
	return drop, add
}

// datelineEnd returns where the dateline of an article's first sentence
// ends ("VELARDE, March 5, 2025 - "), or 0 when it has none: a dateline
// says where and when the report was filed, not what happened.
func datelineEnd(s string) int {
	comma := strings.Index(s, ", ")
	if comma <= 0 || comma > 40 {
		return 0
	}
	// A place in capitals or capitalised words: "BRENNA", "Porto Claro",
	// "Minneapolis/San Jose".
	for _, w := range strings.Fields(s[:comma]) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return 0
		}
	}
	dash := strings.Index(s, " - ")
	if dash < comma || dash > comma+60 {
		return 0
	}
	// Any reference date lets a dateline without a year ("Oct 6") parse.
	ds := ParseDates(s[:dash], time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), 2000)
	if len(ds) == 0 {
		return 0
	}
	return dash + 3
}

// body returns sentence i's text without a dateline.
func (a *analysis) body(i int) string {
	s := a.c.Sents[i]
	if s.Index == 0 {
		if e := datelineEnd(s.Text); e > 0 {
			t := s.Text[e:]
			return t
		}
	}
	return s.Text
}

// quotedShares returns, per sentence, the share of its bytes inside
// quotation marks, counting marks across the sentences of a paragraph so
// that the middle of a long quotation counts as quoted; and whether each
// sentence starts inside a quotation.
func quotedShares(c *analyze.Corpus) ([]float64, []bool) {
	out := make([]float64, len(c.Sents))
	openAt := make([]bool, len(c.Sents))
	open := false
	prevDoc, prevPara := -1, -1
	for i, s := range c.Sents {
		if s.Doc != prevDoc || s.Paragraph != prevPara {
			open = false
			prevDoc, prevPara = s.Doc, s.Paragraph
		}
		openAt[i] = open
		in, n := 0, 0
		for _, r := range s.Text {
			if r == '"' {
				open = !open
				continue
			}
			if r == ' ' {
				continue
			}
			n++
			if open {
				in++
			}
		}
		if n > 0 {
			out[i] = float64(in) / float64(n)
		}
	}
	return out, openAt
}

// inQuote reports whether byte at of sentence i lies inside quotation
// marks.
func (a *analysis) inQuote(i, at int) bool {
	open := a.openAt[i]
	for k := 0; k < at && k < len(a.c.Sents[i].Text); k++ {
		if a.c.Sents[i].Text[k] == '"' {
			open = !open
		}
	}
	return open
}
