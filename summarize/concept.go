package summarize

import (
	"math"
	"slices"
	"strings"

	"storyline/analyze"
	"storyline/stem"
	"storyline/text"
)

// Concept is the default method: it covers the most important concepts of
// the story within the budget, after Gillick and Favre's integer program
// (ICSI's summarizer). A concept is a pair of adjacent stemmed words, not
// both function words; its weight sums, over the independent articles
// that use it, how early each states it, so that what many outlets put
// first counts for most. Concepts that too few articles share count for
// a tenth, which keeps one article's idiosyncrasies out yet fills the
// budget when the shared ones are covered. Every concept counts once
// however many chosen sentences state it, so redundancy earns nothing.
//
// The search chooses units: a sentence that reads well alone, or one that
// leans on those before it ("He said ...") together with them. Sentences
// are shortened by Compress first, so that the budget buys facts rather
// than attributions; Summarize gives the shortened text.
//
// With a query, a sentence's relevance to the question, expanded with the
// words that co-occur with it in the story, takes the place of position;
// concepts that use the question's words weigh more; and how many
// articles state a concept is damped, so that frequency does not drown
// relevance. The choice is exact (branch and bound) when the search fits
// in its node limit and otherwise the best set found, never worse than
// the greedy solution with its (1-1/e)/2 guarantee.
type Concept struct {
	// MaxNodes bounds the branch-and-bound search; 0 means DefaultMaxNodes.
	MaxNodes int
	// Whole keeps sentences as written; by default each is shortened by
	// Compress, and its shortened text is what the budget counts and what
	// Text returns.
	Whole bool
}

// Text implements Rewriter: sentence i as the summary gives it.
func (m Concept) Text(c *analyze.Corpus, i int) string {
	if m.Whole {
		return c.Sents[i].Text
	}
	return Compress(c.Sents[i].Text)
}

// DefaultMaxNodes bounds the exact search so that a 25-article story is
// summarized in milliseconds.
const DefaultMaxNodes = 1500

// maxExactItems is how many sentences, the best by concept weight per
// word and the greedy choice, the exact search considers.
const maxExactItems = 50

// Select implements Method.
func (m Concept) Select(c *analyze.Corpus, opts Options) []int {
	b := newBudget(opts)
	units := m.units(c)
	if len(units) == 0 {
		return nil
	}
	q := queryStems(opts.Query)
	texts := map[int]string{}
	for _, u := range units {
		for _, i := range u {
			if _, ok := texts[i]; !ok {
				texts[i] = m.Text(c, i)
			}
		}
	}
	p, ids := conceptProblem(c, units, texts, q, b)
	r := newRestatements(c)
	p.conflict = func(a, b int) bool { return r.conflict(a, b, units[ids[a]], units[ids[b]]) }
	nodes := m.MaxNodes
	if nodes == 0 {
		nodes = DefaultMaxNodes
	}
	set, _ := p.exact(maxExactItems, nodes)
	chosen := make([][]int, 0, len(set))
	for _, k := range set {
		chosen = append(chosen, units[ids[k]])
	}
	chosen = fitUnits(b, chosen, func(i int) size { return sizeOf(texts[i]) })
	var extra []int
	if opts.HardCut {
		// The unit that a hard cut cuts comes last: it must share no
		// sentence with those chosen, or a sentence would be given away
		// from the one it leans on.
		have := map[int]bool{}
		for _, u := range chosen {
			for _, i := range u {
				have[i] = true
			}
		}
		apart := func(k int) bool {
			for _, i := range units[ids[k]] {
				if have[i] {
					return false
				}
			}
			return true
		}
		fits := func(k int) bool { return apart(k) && !p.clashes(set, k) }
		if k := bestRest(p, set, fits); k >= 0 {
			extra = units[ids[k]]
		}
	}
	return finishUnits(c, chosen, extra)
}

// units are what the search chooses from: a sentence that reads well
// alone, or one that leans on the sentences before it ("He said ...")
// together with them, up to the one that reads well alone, so that the
// summary never gives a dangling sentence without what it leans on.
func (m Concept) units(c *analyze.Corpus) [][]int {
	tr := allTraits(c)
	good := candidatesOf(c, tr, 0.5)
	in := make(map[int]bool, len(good))
	out := make([][]int, 0, len(good))
	for _, i := range good {
		in[i] = true
		out = append(out, []int{i})
	}
	for i, s := range c.Sents {
		if in[i] || c.Original(s.Doc) != s.Doc {
			continue
		}
		if t := tr[i]; t.base < 0.5 || !t.leansBack() {
			continue
		}
		run := []int{i}
		for p := i - 1; p >= 0 && c.Sents[p].Doc == s.Doc && len(run) <= maxLean; p-- {
			run = append(run, p)
			t := tr[p]
			// The run reads well when it begins at a sentence that does,
			// or at one that opens the quotation the next one closes.
			opens := t.base >= 0.5 && t.halfQuote && !t.closesQuote && !t.dangling && tr[p+1].closesQuote
			if in[p] || opens {
				slices.Reverse(run)
				out = append(out, run)
				break
			}
			if t.base < 0.5 || !t.leansBack() {
				break
			}
		}
	}
	return out
}

// restatements tells whether two units say the same thing: whether a
// sentence of one holds, by weight, most of the content words of a
// sentence of the other ("Kessler will meet Van-Dorn in March for a
// second round" and "Kessler and Van Dorn want to meet at the end of
// March for a second round"). Concepts are word pairs, so that a
// paraphrase shares too few of them for coverage alone to keep it out.
// Words are compared as ROUGE compares them, hyphenated ones in parts.
type restatements struct {
	c *analyze.Corpus
	// ids are each sentence's content stems as sorted term numbers:
	// the corpus's, then new ones for parts of hyphenated words.
	ids   map[int][]int32
	vocab map[string]int32
	// weights are the weights of all those terms, the corpus's first.
	weights []float64
	// memo keeps the answer for each pair of items asked about.
	memo map[[2]int]bool
}

func newRestatements(c *analyze.Corpus) *restatements {
	return &restatements{c: c, ids: map[int][]int32{}, vocab: map[string]int32{}, memo: map[[2]int]bool{},
		weights: slices.Clip(c.Weights)}
}

func (r *restatements) of(i int) []int32 {
	if ids, ok := r.ids[i]; ok {
		return ids
	}
	var parts []string
	for _, t := range r.c.Sents[i].Tokens {
		if strings.IndexByte(t, '-') > 0 {
			parts = append(parts, strings.Split(t, "-")...)
		} else {
			parts = append(parts, t)
		}
	}
	var ids []int32
	for _, t := range analyze.ContentTerms(parts) {
		id, ok := r.c.Vocab[t]
		if !ok {
			if id, ok = r.vocab[t]; !ok {
				id = int32(len(r.weights))
				r.vocab[t] = id
				r.weights = append(r.weights, r.c.Weight(t))
			}
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	r.ids[i] = ids
	return ids
}

// conflict reports whether items x and y, units a and b, restate each
// other.
func (r *restatements) conflict(x, y int, a, b []int) bool {
	k := [2]int{min(x, y), max(x, y)}
	if v, ok := r.memo[k]; ok {
		return v
	}
	v := r.restates(a, b)
	r.memo[k] = v
	return v
}

func (r *restatements) restates(a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if i == j {
				continue
			}
			wi, wj := r.of(i), r.of(j)
			if analyze.OverlapWeighted(wi, wj, r.weights) > restateShare || analyze.OverlapWeighted(wj, wi, r.weights) > restateShare {
				return true
			}
		}
	}
	return false
}

// restateShare is the share of a sentence's content, by weight, that
// another must hold to restate it.
const restateShare = 0.6

// maxLean is how many sentences in a row may lean on the one before.
const maxLean = 2

// fitUnits keeps, in order, the chosen units that fit both caps of b,
// each sentence of the size that size gives; a sentence in two units
// counts once.
func fitUnits(b budget, chosen [][]int, sizeOf func(i int) size) [][]int {
	var out [][]int
	var u usage
	have := map[int]bool{}
	for _, unit := range chosen {
		var z size
		for _, i := range unit {
			if !have[i] {
				z.words += sizeOf(i).words
				z.bytes += sizeOf(i).bytes
			}
		}
		if b.fitsSize(u, z) {
			out = append(out, unit)
			u = u.plus(z)
			for _, i := range unit {
				have[i] = true
			}
		}
	}
	return out
}

// finishUnits orders the chosen units for reading, as Order orders
// sentences by their first, and keeps each unit's sentences together and
// in their order; extra, the unit a hard cut will cut, comes last. A
// sentence in two units is given once.
func finishUnits(c *analyze.Corpus, chosen [][]int, extra []int) []int {
	var firsts []int
	at := make(map[int][]int, len(chosen))
	for k, u := range chosen {
		if at[u[0]] == nil {
			firsts = append(firsts, u[0])
		}
		at[u[0]] = append(at[u[0]], k)
	}
	var out []int
	have := map[int]bool{}
	add := func(u []int) {
		for _, i := range u {
			if !have[i] {
				have[i] = true
				out = append(out, i)
			}
		}
	}
	for _, f := range Order(c, firsts) {
		for _, k := range at[f] {
			add(chosen[k])
		}
	}
	add(extra)
	return out
}

// sentence words that carry a concept: stems, numbered, with function
// words marked.
type word struct {
	stem string
	id   uint32
	stop bool
}

// stems numbers stems, so that a concept is a pair of numbers rather than
// a string built for every pair of words. It remembers each word it has
// seen, since a story repeats most of its words and stemming is the
// dearest step.
type stems struct {
	ids   map[string]uint32
	words map[string]word
}

func newStems(n int) *stems {
	return &stems{ids: make(map[string]uint32, n), words: make(map[string]word, n)}
}

func (n *stems) id(s string) uint32 {
	k, ok := n.ids[s]
	if !ok {
		k = uint32(len(n.ids))
		n.ids[s] = k
	}
	return k
}

// sentWords turns sentence text into stemmed words.
func (n *stems) sentWords(s string, buf []string) ([]word, []string) {
	buf = text.Words(s, buf[:0])
	return n.appendWords(make([]word, 0, len(buf)), buf), buf
}

// appendWords appends the stemmed words of ws to out.
func (n *stems) appendWords(out []word, ws []string) []word {
	for _, w := range ws {
		if wd, ok := n.words[w]; ok {
			out = append(out, wd)
			continue
		}
		if !hasAlnum(w) {
			continue
		}
		st := stem.Porter(w)
		wd := word{stem: st, id: n.id(st), stop: text.IsStopword(w)}
		n.words[w] = wd
		out = append(out, wd)
	}
	return out
}

func hasAlnum(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	return false
}

// conceptProblem builds the coverage problem over the units: ids maps
// the problem's items back to indices in units. texts holds the text each
// sentence of a unit is given in the summary.
func conceptProblem(c *analyze.Corpus, units [][]int, texts map[int]string, query map[string]bool, b budget) (*cover, []int) {
	words := make([][]word, len(c.Sents))
	var buf []string
	nums := newStems(4096)
	// One array holds the words of all sentences; there are no more
	// concepts than words.
	n := 0
	for _, s := range c.Sents {
		n += len(s.Tokens)
	}
	all := make([]word, 0, n)
	for i, s := range c.Sents {
		if c.Original(s.Doc) == s.Doc {
			k := len(all)
			all = nums.appendWords(all, s.Tokens)
			words[i] = all[k:len(all):len(all)]
		}
	}
	// Without a question, the lead of a news report is the best guide to
	// what matters; with one, the question is, and position would pull
	// away from it.
	lead := positionBoost
	var rel []float64
	if len(query) > 0 {
		lead = 0
		rel = relevance(words, query)
	}
	// concepts numbers the concepts; infos[concepts[key]] is what is
	// known of one.
	concepts := make(map[uint64]int32, n)
	infos := make([]info, 0, n)
	// Concepts are counted over every sentence of every independent
	// article, in a unit or not: a concept's importance does not depend on
	// whether one sentence stating it reads well.
	for i, s := range c.Sents {
		doc := s.Doc
		if words[i] == nil {
			continue
		}
		// News puts what matters first: an article counts more for a
		// concept it states early, and with a question, in a sentence
		// that bears on the question. An article counts once, for its
		// best sentence.
		contrib := 1 + lead*(1-s.Position)
		if rel != nil {
			contrib *= 1 + rel[i]
		}
		eachConcept(words[i], func(key uint64, a, z word) {
			k, ok := concepts[key]
			if !ok {
				k = int32(len(infos))
				fresh := info{lastDoc: -1}
				if !a.stop && query[a.stem] {
					fresh.query++
				}
				if !z.stop && query[z.stem] {
					fresh.query++
				}
				concepts[key] = k
				infos = append(infos, fresh)
			}
			in := &infos[k]
			// Sentences come in article order: a new article closes the
			// count of the one before.
			if in.lastDoc != doc {
				in.weight += in.best
				in.best = 0
				in.lastDoc = doc
				in.docs++
			}
			in.best = max(in.best, contrib)
		})
	}
	for k := range infos {
		in := &infos[k]
		in.weight += in.best
		// With a question, how many articles state a concept is damped,
		// so that bearing on the question weighs as much as frequency.
		if len(query) > 0 {
			in.weight = math.Sqrt(in.weight)
		}
	}
	// A sentence in a unit states the concepts of its text as the summary
	// gives it: a shortened sentence only those of what is left of it.
	sentConcepts := make(map[int][]int32, len(texts))
	costs := make(map[int]int, len(texts))
	for i, t := range texts {
		costs[i] = b.cost(sizeOf(t))
		ws := words[i]
		if t != c.Sents[i].Text {
			ws, buf = nums.sentWords(t, buf)
		}
		var keys []int32
		eachConcept(ws, func(key uint64, _, _ word) {
			if k, ok := concepts[key]; ok {
				keys = append(keys, k)
			}
		})
		sentConcepts[i] = keys
	}
	// In a story so small that its units cannot fill the budget twice
	// over, fewer articles must share a concept for it to count in full.
	var p *cover
	var ids []int
	for minDocs := minConceptDocs(c.Independent); minDocs >= 1; minDocs-- {
		p, ids = coverOf(units, costs, infos, sentConcepts, minDocs, len(query) > 0, b)
		total := 0
		for _, k := range p.cost {
			total += k
		}
		if total >= 2*p.limit {
			break
		}
	}
	return p, ids
}

// eachConcept calls f with each concept of a sentence's words: every pair
// of adjacent words but two function words.
func eachConcept(ws []word, f func(key uint64, a, z word)) {
	for j := 0; j+1 < len(ws); j++ {
		a, z := ws[j], ws[j+1]
		if !(a.stop && z.stop) {
			f(uint64(a.id)<<32|uint64(z.id), a, z)
		}
	}
}

// coverOf builds the coverage problem from counted concepts. A concept
// shared by minDocs articles, or one fewer for each of its words that the
// query uses (the question itself says it matters), counts in full; one
// shared by fewer counts for lowShare of its weight, which only decides
// between units once the shared concepts are covered, so that the budget
// is filled with the next best content rather than left empty. costs
// holds what each sentence of a unit costs of the budget.
func coverOf(units [][]int, costs map[int]int, infos []info, sentConcepts map[int][]int32, minDocs int, query bool, b budget) (*cover, []int) {
	p := &cover{limit: b.limit()}
	// id numbers the concepts the units state, in the problem, 1-based
	// so that 0 means not yet numbered.
	id := make([]int32, len(infos))
	var ids []int
	for k, unit := range units {
		var set []int32
		cost := 0
		for _, i := range unit {
			cost += costs[i]
			for _, key := range sentConcepts[i] {
				t := id[key] - 1
				if t < 0 {
					in := &infos[key]
					t = int32(len(p.weight))
					id[key] = t + 1
					w := in.weight
					if in.docs < max(1, minDocs-in.query) {
						w *= lowShare
					}
					if query {
						w *= 1 + queryBoost*float64(in.query)
					}
					p.weight = append(p.weight, w)
				}
				set = append(set, t)
			}
		}
		set = distinct(set)
		if len(set) == 0 {
			continue
		}
		p.items = append(p.items, set)
		p.cost = append(p.cost, cost)
		ids = append(ids, k)
	}
	return p, ids
}

// positionBoost is how much more an article counts for a concept in its
// first sentence than in its last.
const positionBoost = 1.0

// lowShare is the share of its weight that a concept too few articles use
// keeps.
const lowShare = 0.1

// queryBoost is how much more a concept weighs for each of its words that
// the query uses.
const queryBoost = 1.0

// info is what is known of a concept.
type info struct {
	docs    int     // articles that use it
	weight  float64 // summed over those articles
	lastDoc int     // the last article counted
	best    float64 // the best contribution of a sentence of lastDoc
	query   int     // words of the concept that the query uses
}

// minConceptDocs is how many articles must share a concept for it to count:
// three, as ICSI's summarizer requires, in stories of ten articles or more;
// two in smaller ones; one for a single article.
func minConceptDocs(n int) int {
	switch {
	case n >= 10:
		return 3
	case n >= 2:
		return 2
	}
	return 1
}

func distinct(s []int32) []int32 {
	slices.Sort(s)
	j := 0
	for i, v := range s {
		if i == 0 || v != s[j-1] {
			s[j] = v
			j++
		}
	}
	return s[:j]
}

// bestRest returns the item not in set, of those ok accepts, that adds
// most to it, for a hard cut to end the summary with; -1 if none adds
// anything.
func bestRest(p *cover, set []int, ok func(k int) bool) int {
	covered := make([]int32, len(p.weight))
	in := make([]bool, len(p.items))
	for _, k := range set {
		in[k] = true
		for _, t := range p.items[k] {
			covered[t]++
		}
	}
	best, bestGain := -1, 0.0
	for k := range p.items {
		if in[k] {
			continue
		}
		if g := p.gain(covered, k); g > bestGain && ok(k) {
			best, bestGain = k, g
		}
	}
	return best
}
