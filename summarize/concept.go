package summarize

import (
	"sort"
	"strings"

	"storyline/analyze"
	"storyline/stem"
	"storyline/text"
)

// Concept is the default method: it covers the most important concepts of
// the story within the budget, after Gillick and Favre's integer program
// (ICSI's summarizer). A concept is a pair of adjacent stemmed words, not
// both function words; its weight is the number of independent articles
// that use it, so that what many outlets report counts for more. Only
// concepts that enough articles share take part, which keeps one
// article's idiosyncrasies out. Every concept counts once however many
// chosen sentences state it, so redundancy earns nothing.
//
// With a query, concepts that share words with the question weigh more.
// The choice is exact (branch and bound) when the search fits in its node
// limit and otherwise the best set found, never worse than the greedy
// solution with its (1-1/e)/2 guarantee.
type Concept struct {
	// MaxNodes bounds the branch-and-bound search; 0 means DefaultMaxNodes.
	MaxNodes int
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
	cands := candidates(c, 0.5)
	if len(cands) == 0 {
		return nil
	}
	q := queryStems(opts.Query)
	p, ids := conceptProblem(c, cands, q, b)
	nodes := m.MaxNodes
	if nodes == 0 {
		nodes = DefaultMaxNodes
	}
	set, _ := p.exact(maxExactItems, nodes)
	chosen := make([]int, 0, len(set))
	for _, k := range set {
		chosen = append(chosen, ids[k])
	}
	chosen = fitBoth(c, b, chosen)
	var extra int = -1
	if opts.HardCut {
		extra = bestRest(p, ids, set)
	}
	return finish(c, chosen, extra)
}

// sentence words that carry a concept: stems, with function words marked.
type word struct {
	stem string
	stop bool
}

// sentWords turns sentence text into stemmed words.
func sentWords(s string, buf []string) ([]word, []string) {
	buf = text.Words(s, buf[:0])
	out := make([]word, 0, len(buf))
	for _, w := range buf {
		if !hasAlnum(w) {
			continue
		}
		out = append(out, word{stem: stem.Porter(w), stop: text.IsStopword(w)})
	}
	return out, buf
}

func hasAlnum(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	return false
}

// conceptProblem builds the coverage problem over the candidate sentences:
// ids maps the problem's items back to indices in c.Sents.
func conceptProblem(c *analyze.Corpus, cands []int, query map[string]bool, b budget) (*cover, []int) {
	concepts := map[string]*info{}
	sentConcepts := make([][]string, len(cands))
	var buf []string
	// Concepts are counted over every sentence of every independent
	// article, candidate or not: a concept's importance does not depend on
	// whether one sentence stating it reads well.
	// Without a question, the lead of a news report is the best guide to
	// what matters; with one, the question is, and position would pull
	// away from it.
	lead := positionBoost
	if len(query) > 0 {
		lead = 0
	}
	candAt := make(map[int]int, len(cands))
	for k, i := range cands {
		candAt[i] = k
	}
	for i, s := range c.Sents {
		doc := c.Original(s.Doc)
		if doc != s.Doc {
			continue
		}
		var ws []word
		ws, buf = sentWords(s.Text, buf)
		var keys []string
		for j := 0; j+1 < len(ws); j++ {
			a, z := ws[j], ws[j+1]
			if a.stop && z.stop {
				continue
			}
			key := a.stem + " " + z.stem
			in := concepts[key]
			if in == nil {
				in = &info{lastDoc: -1}
				if !a.stop && query[a.stem] {
					in.query++
				}
				if !z.stop && query[z.stem] {
					in.query++
				}
				concepts[key] = in
			}
			// News puts what matters first: an article counts more for a
			// concept it states early.
			// Sentences come in article order, so an article's first use
			// of a concept is its earliest.
			if in.lastDoc != doc {
				in.lastDoc = doc
				in.docs++
				in.weight += 1 + lead*(1-s.Position)
			}
			keys = append(keys, key)
		}
		if k, ok := candAt[i]; ok {
			sentConcepts[k] = keys
		}
	}
	// Fewer articles must share a concept when those that enough share
	// cannot fill the budget twice over: small stories have few shared
	// pairs of words.
	var p *cover
	var ids []int
	for minDocs := minConceptDocs(c.Independent); minDocs >= 1; minDocs-- {
		p, ids = coverOf(c, cands, concepts, sentConcepts, minDocs, len(query) > 0, b)
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

// coverOf builds the coverage problem from counted concepts: a concept
// takes part when minDocs articles use it, or one fewer for each of its
// words that the query uses, since the question itself says it matters.
func coverOf(c *analyze.Corpus, cands []int, concepts map[string]*info, sentConcepts [][]string, minDocs int, query bool, b budget) (*cover, []int) {
	p := &cover{limit: b.limit()}
	id := map[string]int32{}
	var ids []int
	for k, i := range cands {
		var set []int32
		for _, key := range sentConcepts[k] {
			in := concepts[key]
			if in.docs < max(1, minDocs-in.query) {
				continue
			}
			t, ok := id[key]
			if !ok {
				t = int32(len(p.weight))
				id[key] = t
				w := in.weight
				if query {
					w *= 1 + queryBoost*float64(in.query)
				}
				p.weight = append(p.weight, w)
			}
			set = append(set, t)
		}
		set = distinct(set)
		if len(set) == 0 {
			continue
		}
		p.items = append(p.items, set)
		p.cost = append(p.cost, b.cost(c, i))
		ids = append(ids, i)
	}
	return p, ids
}

// positionBoost is how much more an article counts for a concept in its
// first sentence than in its last.
const positionBoost = 1.0

// info is what is known of a concept.
type info struct {
	docs    int     // articles that use it
	weight  float64 // summed over those articles: more where it comes early
	lastDoc int     // the last article counted
	query   int     // words of the concept that the query uses
}

// queryBoost is how much more a concept weighs for each of its words that
// the query uses.
const queryBoost = 2.0

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
	sort.Slice(s, func(a, b int) bool { return s[a] < s[b] })
	j := 0
	for i, v := range s {
		if i == 0 || v != s[j-1] {
			s[j] = v
			j++
		}
	}
	return s[:j]
}

// queryWords are words that questions use to ask rather than to name what
// they ask about ("Describe ... Include information on ...").
var queryWords = map[string]bool{
	"discuss": true, "describe": true, "include": true, "including": true, "information": true,
	"identify": true, "explain": true, "provide": true, "specific": true, "specifically": true,
	"details": true, "detail": true, "regarding": true, "concerning": true, "what": true,
	"who": true, "why": true, "how": true, "when": true, "where": true, "which": true,
	"give": true, "examples": true, "example": true, "aspects": true, "efforts": true,
	"made": true, "taken": true, "been": true, "any": true, "other": true, "others": true,
	"kind": true, "kinds": true, "type": true, "types": true, "also": true, "well": true,
	"their": true, "there": true, "such": true, "various": true, "possible": true,
	"reported": true, "report": true, "reports": true, "account": true, "involved": true,
}

// queryStems returns the stems of the words of a query that name what it
// asks about.
func queryStems(q string) map[string]bool {
	if strings.TrimSpace(q) == "" {
		return nil
	}
	out := map[string]bool{}
	for _, w := range text.Words(q, nil) {
		if len(w) < 2 || !hasAlnum(w) || text.IsStopword(w) || queryWords[w] {
			continue
		}
		out[stem.Porter(w)] = true
	}
	return out
}

// bestRest returns the sentence not in set that adds most to it, for a
// hard cut to end the summary with; -1 if none adds anything.
func bestRest(p *cover, ids []int, set []int) int {
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
		if g := p.gain(covered, k); g > bestGain {
			best, bestGain = ids[k], g
		}
	}
	return best
}
