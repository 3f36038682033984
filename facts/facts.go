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
	"cmp"
	"maps"
	"math"
	"slices"
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
	// nearFact is the similarity at which two units of different
	// articles state the same fact if a third article's unit is as near
	// to both (see analysis.triangle).
	nearFact = 0.3
	// coreShare is the share of a fact's core weight (see
	// analysis.complete) a unit must have to state it; minCore the fewest
	// core terms that make a core.
	coreShare = 0.75
	minCore   = 3
	// redundant is the similarity at which a candidate fact repeats one
	// already listed.
	redundant = 0.45
)

// Fill sets b.Facts, b.Discrepancies, b.Entities, b.Timeline and b.Quotes
// from corpus c; f is the support finder the brief already uses (its
// thresholds are not those of fact clustering, so it is kept for callers
// that attribute single sentences). No field is left nil.
//
// It returns, for the brief's summary, which articles state each sentence
// according to the facts found.
func Fill(b *storyline.Brief, c *analyze.Corpus, f *support.Finder, opts Options) *Stated {
	a := newAnalysis(c, opts)
	a.widen(f)
	a.complete()
	a.mergeRestated()
	a.dropContradicting()
	b.Facts = a.facts()
	b.Entities = a.entityList()
	b.Discrepancies = a.discrepancies()
	b.Timeline = a.timeline()
	b.Quotes = a.quotes()
	return a.stated()
}

// Stated tells which articles state a sentence, by the facts its clauses
// belong to. The zero value knows nothing.
type Stated struct {
	by map[int][]int // sentence → article indices
}

// Articles returns the indices of the articles that state sentence i (its
// own included): those of every fact that one of its main clauses, half
// the sentence or more, belongs to.
func (s *Stated) Articles(i int) []int {
	if s == nil {
		return nil
	}
	return s.by[i]
}

func (a *analysis) stated() *Stated {
	st := &Stated{by: map[int][]int{}}
	for _, cl := range a.clusters {
		if len(cl.members) < 2 {
			continue
		}
		for _, u := range cl.members {
			un := a.units[u]
			if n := len(a.c.Sents[un.sent].Text); n == 0 || (un.end-un.start)*2 < n {
				continue
			}
			for d := range cl.members {
				if !slices.Contains(st.by[un.sent], d) {
					st.by[un.sent] = append(st.by[un.sent], d)
				}
			}
		}
	}
	for _, docs := range st.by {
		slices.Sort(docs)
	}
	return st
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
	// units are the clauses facts are clustered on; sentUnits[i] the
	// range of sentence i's units; ux their index.
	units     []unit
	sentUnits [][2]int
	ux        *index
	// clusters are the fact clusters, in rank order.
	clusters []cluster
	// memberOf lists, while clustering, the facts each unit is a member of.
	memberOf [][]int
	// described[i] are the descriptions of sentence i resolved to an
	// entity ("the North Korean envoy").
	described [][]mention
	// lower holds the words the corpus writes in lower case somewhere;
	// common those it writes so twice or more (see wordClasses).
	lower, common map[string]bool
	// ents are the entities; mentions per sentence.
	ents     []*entity
	mentions [][]mention
	// nameTerms[i] are the stems of the names of sentence i's
	// descriptions, then of its mentions; entTerms[id] is the index term
	// of entity id (see entityTerms).
	nameTerms [][][]string
	entTerms  []entTerm
	// nameStems caches the stems of a name.
	nameStems map[string][]string
	// byTok lists, per word, the entities of two words or more whose
	// names hold it, in order.
	byTok map[string][]int
	// ref[d] is the reference date of article d (zero when unknown).
	ref []time.Time
	// hints are the years the story names.
	hints []int
	// qual[i] is quality(i), -1 until known; translated[d] whether
	// article d says it is a translation.
	qual       []float64
	translated []bool
	// slotLow[i] are the words of sentence i in lower case without a
	// possessive, once slotKey needs them.
	slotLow [][]string
	// polar[u] are the sides of polarPairs unit u takes.
	polar []uint16
	// glued[i] are gluedCuts of sentence i.
	glued [][]int
	// toks[i] are the tokens of sentence i; low[i] their texts in lower
	// case.
	toks [][]text.Token
	low  [][]string
	// dateCache[i] holds the dates of sentence i once dateDone[i].
	dateCache [][]Date
	dateDone  []bool
	// quants[i] holds the quantities of sentence i once quantsDone[i];
	// keyed[i] the whole sentence's keyedValues once keyedDone[i].
	quants     [][]Quantity
	quantsDone []bool
	keyed      []map[string][]Quantity
	// gives memoises docGives by article and figure.
	gives map[givenFigure]bool
	// nounsBeside are besideNames, once ages need them.
	nounsBeside map[string][]int
}

// givenFigure is a figure of one article.
type givenFigure struct {
	doc int
	v   float64
}

// cluster is one fact: its representative unit and, per supporting
// article, the unit that states it there.
type cluster struct {
	rep     int
	members map[int]int // doc → unit
}

func newAnalysis(c *analyze.Corpus, opts Options) *analysis {
	a := &analysis{c: c, opts: opts, docs: make([][]int, len(c.Articles))}
	for i, s := range c.Sents {
		a.docs[s.Doc] = append(a.docs[s.Doc], i)
	}
	a.quoted, a.openAt = quotedShares(c)
	a.toks = make([][]text.Token, len(c.Sents))
	a.low = make([][]string, len(c.Sents))
	// One array holds the tokens of all sentences, one their lower case;
	// a word takes five bytes or more.
	n := 0
	for _, s := range c.Sents {
		n += len(s.Text)
	}
	all := make([]text.Token, 0, n/5+1)
	for i, s := range c.Sents {
		k := len(all)
		all = text.AppendTokens(all, s.Text)
		a.toks[i] = all[k:len(all):len(all)]
	}
	lows := make([]string, len(all))
	for i, ts := range a.toks {
		a.low[i] = lows[:len(ts):len(ts)]
		lows = lows[len(ts):]
		for k, t := range ts {
			a.low[i][k] = strings.ToLower(t.Text)
		}
	}
	a.findEntities()
	a.describe()
	a.nameTerms = make([][][]string, len(c.Sents))
	var drop []string
	var add []entTerm
	a.ix = newIndex(c, len(c.Sents), func(i int) []string { return c.Sents[i].Terms }, func(i int) ([]string, []entTerm) {
		drop, add = a.entityTerms(i, 0, len(c.Sents[i].Text), drop, add)
		return drop, add
	})
	// Units take the years their dates imply (see yearTerms), so the
	// reference dates come first.
	a.findRefs()
	a.buildUnits()
	a.cluster()
	return a
}

// independent reports whether article d is not a copy of another.
func (a *analysis) independent(d int) bool { return a.c.Original(d) == d }

// candidate reports whether unit u may state a fact: a clause of a body
// sentence of an independent article, with content, not mostly quotation.
func (a *analysis) candidate(u int) bool {
	i := a.units[u].sent
	s := a.c.Sents[i]
	// A question asks rather than states.
	return !s.Heading && a.independent(s.Doc) && len(a.ix.terms[i]) >= 4 && len(a.ux.terms[u]) >= minClauseTerms &&
		a.quoted[i] < 0.85 && !strings.Contains(s.Text, "?")
}

// quality scores how well sentence i states a fact on its own, 0 to 1:
// complete, declarative, not a translation's odd phrasing.
func (a *analysis) quality(i int) float64 {
	if a.qual == nil {
		a.qual = make([]float64, len(a.c.Sents))
		for k := range a.qual {
			a.qual[k] = -1
		}
		a.translated = make([]bool, len(a.c.Articles))
		for d, art := range a.c.Articles {
			a.translated[d] = strings.Contains(strings.ToLower(art.ID+" "+art.Source+" "+art.Origin), "translat")
		}
	}
	if a.qual[i] < 0 {
		a.qual[i] = a.sentQuality(i)
	}
	return a.qual[i]
}

// sentQuality is quality, computed.
func (a *analysis) sentQuality(i int) float64 {
	s := a.c.Sents[i]
	q := 1.0
	if a.translated[s.Doc] {
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

// unitQuality is the quality of the sentence of unit u; a clause states
// its fact less plainly than a sentence that says only it.
func (a *analysis) unitQuality(u int) float64 {
	q := a.quality(a.units[u].sent)
	if !a.units[u].whole {
		q *= 0.9
	}
	return q
}

// doc returns the article of unit u.
func (a *analysis) doc(u int) int { return a.c.Sents[a.units[u].sent].Doc }

// cluster groups the candidate units into facts.
func (a *analysis) cluster() {
	type cand struct {
		u       int
		members map[int]int
		// near are the members only a triangle admits: they may still
		// state a fact of their own.
		near  map[int]bool
		score float64
	}
	var cands []cand
	best := make([]float64, len(a.docs))
	bestJ := make([]int, len(a.docs))
	named := make([]int, len(a.c.Sents)) // a.named of each sentence, -1 until known
	for i := range named {
		named[i] = -1
	}
	// The neighbours of each candidate near enough to matter to either
	// pass below (nearFact is the lower bar), in the order
	// index.neighbours gives them: found once, used twice.
	nbFrom := make([]int32, len(a.units)+1)
	var nbJ []int32
	var nbV []float64
	for u := range a.units {
		nbFrom[u] = int32(len(nbJ))
		if a.candidate(u) {
			a.ux.neighbours(u, nearFact, func(j int, v float64) {
				if v >= nearFact {
					nbJ = append(nbJ, int32(j))
					nbV = append(nbV, v)
				}
			})
		}
	}
	nbFrom[len(a.units)] = int32(len(nbJ))
	for u := range a.units {
		if !a.candidate(u) {
			continue
		}
		own := a.doc(u)
		m := map[int]int{own: u}
		for d := range best {
			best[d], bestJ[d] = 0, -1
		}
		// Headings may support a fact, never state it.
		for k := nbFrom[u]; k < nbFrom[u+1]; k++ {
			j, v := int(nbJ[k]), nbV[k]
			d := a.doc(j)
			if d == own || !a.independent(d) || a.opposed(u, j) {
				continue
			}
			if v > best[d] || v == best[d] && j < bestJ[d] {
				best[d], bestJ[d] = v, j
			}
		}
		var central float64
		var near map[int]bool
		for d := range a.docs {
			if bestJ[d] < 0 {
				continue
			}
			if best[d] >= sameFact {
				m[d] = bestJ[d]
				central += best[d]
			} else if best[d] >= nearFact && a.ux.distinct(u, bestJ[d]) > 0 && a.triangle(d, best, bestJ) {
				m[d] = bestJ[d]
				central += best[d]
				if near == nil {
					near = map[int]bool{}
				}
				near[bestJ[d]] = true
			}
		}
		// A member only a triangle admits is weaker evidence.
		score := float64(len(m)) - 0.5*float64(len(near)) + central/float64(len(m)) + 0.5*a.unitQuality(u)
		if len(m) == 1 {
			// A claim of one outlet ranks by what it names: people,
			// places, dates make a claim worth listing.
			i := a.units[u].sent
			if named[i] < 0 {
				named[i] = a.named(i)
			}
			score += 0.15 * float64(min(4, named[i]))
		}
		cands = append(cands, cand{u, m, near, score})
	}
	slices.SortStableFunc(cands, func(x, y cand) int { return cmp.Compare(y.score, x.score) })
	taken := make([]bool, len(a.units))
	a.memberOf = make([][]int, len(a.units))
	repUnit := make([]int, len(a.units)) // representative unit → its cluster, -1 if none
	for u := range repUnit {
		repUnit[u] = -1
	}
	repSent := make([]bool, len(a.c.Sents)) // whether a sentence states a cluster
	for _, cd := range cands {
		if taken[cd.u] {
			continue
		}
		// A candidate that restates a fact already listed, or that most
		// of its supporters already state, adds its articles to it.
		// Restating needs the candidate's rarer words too: a long
		// representative that states two facts is alike to both.
		dupOf, dupSim := -1, redundant
		rare := a.ux.distinct(cd.u, cd.u)
		for k := nbFrom[cd.u]; k < nbFrom[cd.u+1]; k++ {
			j, v := int(nbJ[k]), nbV[k]
			if k := repUnit[j]; k >= 0 && v >= dupSim && (rare == 0 || a.ux.distinct(cd.u, j) >= 0.5*rare) {
				dupOf, dupSim = k, v
			}
		}
		if dupOf < 0 {
			// A unit a fact already counts restates it when near enough.
			for _, k := range a.memberOf[cd.u] {
				if (dupOf < 0 || k < dupOf) && a.ux.sim(cd.u, a.clusters[k].rep) >= nearFact {
					dupOf = k
				}
			}
		}
		restates := dupOf >= 0
		if dupOf < 0 {
			dupOf = a.overlapping(cd.members)
		}
		for _, j := range cd.members {
			if !cd.near[j] {
				taken[j] = true
			}
		}
		if dupOf >= 0 {
			a.join(dupOf, cd.u, cd.members, restates)
			continue
		}
		rep := a.representative(cd.members, repSent)
		if k := repUnit[rep]; k >= 0 {
			// Two candidates chose one clause to state them: one fact.
			a.join(k, cd.u, cd.members, true)
			continue
		}
		repSent[a.units[rep].sent] = true
		repUnit[rep] = len(a.clusters)
		for _, j := range cd.members {
			a.memberOf[j] = append(a.memberOf[j], len(a.clusters))
		}
		a.clusters = append(a.clusters, cluster{rep: rep, members: cd.members})
	}
	a.memberOf = nil
}

// overlapping returns the fact that already holds at least half of the
// units of members, two at least, or -1: those units say what it says.
func (a *analysis) overlapping(members map[int]int) int {
	need := max(2, (len(members)+1)/2)
	count := map[int]int{}
	best := -1
	for _, j := range members {
		for _, k := range a.memberOf[j] {
			count[k]++
			if count[k] >= need && (best < 0 || k < best) {
				best = k
			}
		}
	}
	return best
}

// join adds to fact k the articles of members it lacks. When candidate u
// restates the fact, its members do too; otherwise only u's own article
// and those whose unit is near the fact's representative come.
func (a *analysis) join(k, u int, members map[int]int, restates bool) {
	cl := &a.clusters[k]
	for d, j := range members {
		if _, ok := cl.members[d]; ok {
			continue
		}
		if restates || j == u || a.ux.sim(j, cl.rep) >= nearFact {
			cl.members[d] = j
			a.memberOf[j] = append(a.memberOf[j], k)
		}
	}
}

// triangle reports whether the unit bestJ[d] that nearly states the
// candidate's fact in article d also nearly states what the candidate's
// nearest unit in some third article says: three outlets saying one thing
// in different words agree pairwise less than two copies do, but agree.
// Each pair must share a term that not every article uses: a story's
// common words ("Trump", "summit") make every two sentences alike.
func (a *analysis) triangle(d int, best []float64, bestJ []int) bool {
	for e := range best {
		if e != d && bestJ[e] >= 0 && best[e] >= nearFact && a.ux.sim(bestJ[d], bestJ[e]) >= nearFact &&
			a.ux.distinct(bestJ[d], bestJ[e]) > 0 {
			return true
		}
	}
	return false
}

// complete adds to each corroborated fact the articles that state its
// core: the terms that at least two of its articles use for it, weighted
// by how rare they are in the story. A long sentence that says the fact
// among other things, in other words than the fact's representative, is
// found by what it shares with all of the fact's articles.
func (a *analysis) complete() {
	count := map[int32]int{}
	// acc[u] is, for the fact at hand, weightIn(u, core): summed over the
	// postings of the core terms in ascending order, as overlap sums.
	acc := make([]float64, len(a.units))
	var touched []int32
	for k := range a.clusters {
		cl := &a.clusters[k]
		if len(cl.members) < 2 {
			continue
		}
		clear(count)
		for _, u := range cl.members {
			for _, t := range a.ux.terms[u] {
				count[t]++
			}
		}
		var core, rare []int32
		for t, n := range count {
			if n >= 2 && a.ux.docWeight[t] > weakWeight {
				core = append(core, t)
			}
		}
		// Sorted before summing, so that the sums do not depend on map
		// order.
		slices.Sort(core)
		var coreW, rareW float64
		for _, t := range core {
			coreW += a.ux.weight[t]
			if a.ux.docWeight[t] > a.ux.common {
				rare = append(rare, t)
				rareW += a.ux.weight[t]
			}
		}
		if len(core) < minCore || len(rare) == 0 {
			// The story's common words alone make no claim.
			continue
		}
		for _, t := range core {
			w := a.ux.weight[t]
			for _, u := range a.ux.postings[t] {
				if acc[u] == 0 {
					touched = append(touched, u)
				}
				acc[u] += w
			}
		}
		for d := range a.docs {
			if _, ok := cl.members[d]; ok || !a.independent(d) {
				continue
			}
			first, end := a.unitsOf(d)
			best, bj := 0.0, -1
			for u := first; u < end; u++ {
				if a.c.Sents[a.units[u].sent].Heading {
					continue
				}
				if w := acc[u]; w > best {
					best, bj = w, u
				}
			}
			if bj >= 0 && best >= coreShare*coreW && a.ux.weightIn(bj, rare) >= coreShare*rareW && !a.opposed(cl.rep, bj) {
				cl.members[d] = bj
			}
		}
		for _, u := range touched {
			acc[u] = 0
		}
		touched = touched[:0]
	}
}

// mergeRestated folds into an earlier fact a later one whose
// representative's sentence the earlier one counts as a member and says
// alike: two clusters grown from different clauses of one claim.
func (a *analysis) mergeRestated() {
	out := a.clusters[:0]
	// bySent lists, per sentence, the facts in out with a member in it:
	// those a later fact of that sentence may fold into.
	bySent := map[int][]int{}
	var ks []int
	for _, b := range a.clusters {
		merged := false
		ks = append(ks[:0], bySent[a.units[b.rep].sent]...)
		slices.Sort(ks)
		for _, k := range ks {
			x := &out[k]
			if a.ux.sim(x.rep, b.rep) < nearFact || a.ux.distinct(x.rep, b.rep) == 0 {
				continue
			}
			for d, j := range b.members {
				if _, ok := x.members[d]; !ok {
					x.members[d] = j
					bySent[a.units[j].sent] = append(bySent[a.units[j].sent], k)
				}
			}
			merged = true
			break
		}
		if !merged {
			for _, j := range b.members {
				bySent[a.units[j].sent] = append(bySent[a.units[j].sent], len(out))
			}
			out = append(out, b)
		}
	}
	a.clusters = out
}

// widen adds to each fact the articles that the support finder sees
// stating its representative sentence, within one sentence or two
// neighbouring ones: a fact split over two sentences in one outlet still
// counts for it.
func (a *analysis) widen(f *support.Finder) {
	if f == nil {
		return
	}
	// By sentence, so that clusters of one sentence's clauses ask the
	// finder once: it keeps the scores of the last sentence asked about.
	// Each fact is widened on its own, so the order changes nothing.
	order := make([]int, len(a.clusters))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return a.units[a.clusters[x].rep].sent - a.units[a.clusters[y].rep].sent
	})
	var w seenBy
	for _, k := range order {
		cl := &a.clusters[k]
		if !w.mayState(a, a.units[cl.rep].sent, cl.members) {
			continue
		}
		for _, d := range f.Supporters(a.units[cl.rep].sent) {
			if _, ok := cl.members[d]; ok || !a.independent(d) {
				continue
			}
			// The finder's measure is looser: what it finds must share
			// more than the story's common words with the fact.
			if j := a.bestIn(cl.rep, d); a.ux.distinct(cl.rep, j) > 0 && !a.opposed(cl.rep, j) {
				cl.members[d] = j
			}
		}
	}
}

// seenBy tells, before the support finder is asked, whether it can see
// any article but a fact's own stating a sentence: most sentences share
// too little with any other article, and asking costs a pass over the
// postings of all their terms.
type seenBy struct {
	// postings[t] lists the sentences that hold analyze term t.
	postings [][]int32
	// byWeight, seen, of and got are scratch: seen[j] is the last call
	// that weighed sentence j, of[t] the last that holds term t, got[t]
	// the last weighing that counted t; calls and weighings count.
	byWeight        []int32
	seen            []int32
	of, got         []int32
	calls, weighing int32
}

// mayState reports whether an independent article that is not among
// members may state sentence i by the support finder's measure: a
// sentence or two neighbouring ones of that article holding at least
// support.Threshold of i's weighted terms. Such a pair must hold one of
// i's heaviest terms that together weigh more than the rest, so only the
// postings of those are read, and the sentences they name weighed.
func (w *seenBy) mayState(a *analysis, i int, members map[int]int) bool {
	c := a.c
	if w.postings == nil {
		w.seen = make([]int32, len(c.Sents))
		w.of = make([]int32, len(c.Weights))
		w.got = make([]int32, len(c.Weights))
		w.postings = postings(len(c.Weights), len(c.Sents), func(j int) []int32 { return c.Sents[j].IDs })
	}
	ids := c.Sents[i].IDs
	var all float64
	for _, t := range ids {
		all += c.Weights[t]
	}
	w.byWeight = append(w.byWeight[:0], ids...)
	slices.SortFunc(w.byWeight, func(x, y int32) int { return cmp.Compare(c.Weights[y], c.Weights[x]) })
	// A margin keeps rounding from ever hiding a supporter.
	need := (1 - support.Threshold + 1e-9) * all
	// What a pair of sentences around j holds of i is at most what j and
	// both its neighbours hold.
	bar := (support.Threshold - 1e-9) * all
	var heavy float64
	w.calls++
	for _, t := range ids {
		w.of[t] = w.calls
	}
	for _, t := range w.byWeight {
		for _, j := range w.postings[t] {
			d := c.Sents[j].Doc
			if w.seen[j] == w.calls || !a.independent(d) {
				continue
			}
			w.seen[j] = w.calls
			if _, ok := members[d]; ok {
				continue
			}
			var held float64
			w.weighing++
			for k := max(0, int(j)-1); k <= int(j)+1 && k < len(c.Sents); k++ {
				if c.Sents[k].Doc != d {
					continue
				}
				for _, u := range c.Sents[k].IDs {
					if w.of[u] == w.calls && w.got[u] != w.weighing {
						w.got[u] = w.weighing
						held += c.Weights[u]
					}
				}
			}
			if held >= bar {
				return true
			}
		}
		if heavy += c.Weights[t]; heavy > need {
			return false
		}
	}
	return true
}

// bestIn returns the unit of article d most like unit u.
func (a *analysis) bestIn(u, d int) int {
	best, bj := -1.0, -1
	first, end := a.unitsOf(d)
	for j := first; j < end; j++ {
		if v := a.ux.sim(u, j); v > best {
			best, bj = v, j
		}
	}
	return bj
}

// representative picks the member that states the fact best: the most
// central one, weighed by its quality. A sentence that already states
// another fact is taken only when no other will do.
func (a *analysis) representative(m map[int]int, used []bool) int {
	// In unit order, so that sums do not depend on map order.
	us := slices.Sorted(maps.Values(m))
	best, bi := -1.0, -1
	for _, i := range us {
		var central float64
		for _, j := range us {
			if i != j {
				central += a.ux.sim(i, j)
			}
		}
		if len(m) > 1 {
			central /= float64(len(m) - 1)
		} else {
			central = 1
		}
		v := (0.5 + central) * a.unitQuality(i)
		if used[a.units[i].sent] {
			v *= 0.3
		}
		if a.c.Sents[a.units[i].sent].Heading {
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
	seen := map[string]bool{}
	for _, cl := range a.clusters {
		text := a.factText(cl.rep)
		if seen[text] {
			// Two clauses of one sentence: its text is listed once.
			continue
		}
		seen[text] = true
		single := len(cl.members) == 1
		if single {
			d := a.doc(cl.rep)
			if perDoc[d] >= maxSingle {
				continue
			}
			perDoc[d]++
		}
		out = append(out, storyline.Fact{Text: text, SupportedBy: a.sources(cl.members), SingleSource: single})
	}
	sort.SliceStable(out, func(x, y int) bool { return len(out[x].SupportedBy) > len(out[y].SupportedBy) })
	return out
}

// named counts the entities and dates sentence i names.
func (a *analysis) named(i int) int {
	var seen []int
	for _, m := range a.mentions[i] {
		if m.ent >= 0 && !slices.Contains(seen, m.ent) {
			seen = append(seen, m.ent)
		}
	}
	return len(seen) + len(a.dates(i))
}

// entTerm is a term that stands for an entity in an index, with its
// weight.
type entTerm struct {
	term   string
	weight float64
}

// entityTerms gives newIndex the entities named between bytes start and
// end of sentence i: the stems of their names go (drop), a term per entity
// comes (add, sorted), weighted like a term used by as many articles as
// the entity is. An entity a description names ("the North Korean envoy")
// comes too. The results are appended to drop[:0] and add[:0].
func (a *analysis) entityTerms(i, start, end int, drop []string, add []entTerm) ([]string, []entTerm) {
	drop, add = drop[:0], add[:0]
	ms := a.mentions[i]
	if len(ms) == 0 && len(a.described[i]) == 0 {
		return drop, add
	}
	if a.nameTerms[i] == nil {
		// The stems of the names, once per sentence (units ask again)
		// and once per name.
		if a.nameStems == nil {
			a.nameStems = map[string][]string{}
		}
		nt := make([][]string, 0, len(a.described[i])+len(ms))
		var words []string
		stems := func(name string) []string {
			st, ok := a.nameStems[name]
			if !ok {
				words = text.Words(name, words[:0])
				st = analyze.ContentTerms(words)
				a.nameStems[name] = st
			}
			return st
		}
		for _, m := range a.described[i] {
			nt = append(nt, stems(m.name))
		}
		for _, m := range ms {
			nt = append(nt, stems(m.name))
		}
		a.nameTerms[i] = nt
	}
	nt := a.nameTerms[i]
	for k, m := range a.described[i] {
		if m.start >= start && m.start < end {
			add = a.addEntity(add, m.ent)
			drop = append(drop, nt[k]...)
		}
	}
	nt = nt[len(a.described[i]):]
	for k, m := range ms {
		if m.ent < 0 || m.start < start || m.start >= end {
			continue
		}
		drop = append(drop, nt[k]...)
		add = a.addEntity(add, m.ent)
	}
	slices.SortFunc(add, func(x, y entTerm) int { return strings.Compare(x.term, y.term) })
	return drop, add
}

// addEntity appends the term of entity id to add unless it holds it.
func (a *analysis) addEntity(add []entTerm, id int) []entTerm {
	if a.entTerms == nil {
		a.entTerms = make([]entTerm, len(a.ents))
	}
	et := &a.entTerms[id]
	if et.term == "" {
		e := a.ents[id]
		n := max(1, a.c.Independent)
		*et = entTerm{"@" + e.key, 0.25 + math.Log(float64(n+1)/float64(max(1, len(e.docs))))}
	}
	for _, x := range add {
		if x.term == et.term {
			return add
		}
	}
	return append(add, *et)
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
	// The dash that ends it: " - ", or a wire's " -- ", " — " or " _ ".
	dash, width := -1, 0
	for _, d := range []string{" - ", " -- ", " — ", " – ", " _ "} {
		if k := strings.Index(s, d); k > comma && k <= comma+60 && (dash < 0 || k < dash) {
			dash, width = k, len(d)
		}
	}
	if dash < 0 {
		return 0
	}
	// Any reference date lets a dateline without a year ("Oct 6") parse.
	ds := ParseDates(s[:dash], time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), 2000)
	if len(ds) == 0 {
		return 0
	}
	return dash + width
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

// dropContradicting takes out of each fact the articles whose unit gives
// another value than its representative for the same measured thing ("12
// people were killed" in a fact stated as "Fourteen people died"): they
// tell the same event, but do not support the fact as stated. The
// discrepancy is listed as such.
func (a *analysis) dropContradicting() {
	vals := map[int]map[string][]Quantity{} // unit → key → values
	valuesOf := func(u int) map[string][]Quantity {
		if v, ok := vals[u]; ok {
			return v
		}
		un := a.units[u]
		v := a.keyedValues(un.sent, un.start, un.end)
		vals[u] = v
		return v
	}
	for k := range a.clusters {
		cl := &a.clusters[k]
		if len(cl.members) < 2 {
			continue
		}
		rep := valuesOf(cl.rep)
		if len(rep) == 0 {
			continue
		}
		for d, u := range cl.members {
			if u == cl.rep {
				continue
			}
			if valuesConflict(rep, valuesOf(u)) {
				delete(cl.members, d)
			}
		}
	}
}

// keyedValues returns the quantities that sentence i gives between bytes
// start and end, by what they measure: their story-wide slot (see
// slotKey), else their unit. Values of another year ("last year five
// died") are left out.
func (a *analysis) keyedValues(i, start, end int) map[string][]Quantity {
	v := map[string][]Quantity{}
	for _, q := range a.quantities(i) {
		if q.Start < start || q.End > end || a.otherYear(i, q.Start) {
			continue
		}
		key, _ := a.slotKey(i, q)
		if key == "" || key == closureKey {
			// (A closure's length is of whatever was closed: see
			// closureKey.)
			key = "unit:" + q.Unit
		}
		v[key] = append(v[key], q)
	}
	return v
}

// valuesConflict reports whether x and y give, for one measured thing,
// values of which none agree.
func valuesConflict(x, y map[string][]Quantity) bool {
	for key, ys := range y {
		if xs, ok := x[key]; ok && !anyEquivalent(xs, ys) {
			return true
		}
	}
	return false
}

// anyEquivalent reports whether some quantity of xs equals one of ys.
func anyEquivalent(xs, ys []Quantity) bool {
	for _, x := range xs {
		for _, y := range ys {
			if x.Equivalent(y) {
				return true
			}
		}
	}
	return false
}

// quantities returns the quantities of sentence i, parsed once: the
// discrepancies, the facts' values and the timeline all read them.
func (a *analysis) quantities(i int) []Quantity {
	if a.quants == nil {
		a.quants = make([][]Quantity, len(a.c.Sents))
		a.quantsDone = make([]bool, len(a.c.Sents))
	}
	if !a.quantsDone[i] {
		a.quants[i], a.quantsDone[i] = parseQuantities(a.c.Sents[i].Text, a.toks[i], a.low[i]), true
	}
	return a.quants[i]
}

// sentenceValues is keyedValues of the whole of sentence i, found once.
func (a *analysis) sentenceValues(i int) map[string][]Quantity {
	if a.keyed == nil {
		a.keyed = make([]map[string][]Quantity, len(a.c.Sents))
	}
	if a.keyed[i] == nil {
		a.keyed[i] = a.keyedValues(i, 0, len(a.c.Sents[i].Text))
	}
	return a.keyed[i]
}
