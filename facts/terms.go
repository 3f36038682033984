package facts

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"storyline/analyze"
)

// synonyms maps stems that news reports use interchangeably for one idea to
// one stem, so that paraphrases share terms. The list is small on purpose:
// each pair is a near-exact substitute in reporting, never a mere relative.
var synonyms = map[string]string{
	"site": "place", "locat": "place", "venu": "place",
	"futur": "later",
	"envoi": "negoti", "negoti": "negoti", "repres": "negoti",
	"talk": "meet", "meet": "meet", "discuss": "meet", "convers": "meet", "met": "meet",
	"coach": "bu", "gorg": "ravin", "hurt": "injur", "wound": "injur",
	"kill": "dead", "die": "dead", "death": "dead", "di": "dead",
	"declar": "announc", "unveil": "announc",
	"candid": "consid", "possibl": "consid", "probabl": "consid", "like": "consid", "potenti": "consid",
	"stall": "stall", "bog": "stall", "deadlock": "stall", "stalem": "stall", "impass": "stall",
	"punish": "sanction", "pressur": "sanction",
	"maintain": "keep", "retain": "keep", "stick": "keep",
	"commit": "commit", "commitment": "commit", "agre": "commit", "agreement": "commit", "pledg": "commit",
	"vagu": "vagu", "broadli": "vagu", "broad": "vagu",
	"meteorologist": "forecast", "forecaster": "forecast", "hillsid": "slope", "hill": "slope",
	"programm": "program", "centr": "center", "defenc": "defens",
}

// phraseTerms give a term to phrases whose words alone do not carry their
// sense: "little progress" says talks stalled, though "progress" alone
// says the opposite.
var phraseTerms = []struct{ phrase, term string }{
	{"little progress", "stall"}, {"no progress", "stall"}, {"little headway", "stall"},
	{"no headway", "stall"}, {"no breakthrough", "stall"}, {"narrowing of differences", "stall"},
	{"no sign of progress", "stall"},
}

// withPhrases returns terms with the terms of the phrases text holds.
func withPhrases(text string, terms []string) []string {
	var low string
	for _, p := range phraseTerms {
		if low == "" {
			low = strings.ToLower(text)
		}
		if strings.Contains(low, p.phrase) && !slices.Contains(terms, p.term) {
			terms = append(slices.Clip(terms), p.term)
		}
	}
	return terms
}

// weakStems are stems of words that carry no claim of their own (sentence
// adverbs, hedges, verbs of saying): they count little, so that "Previously, Chol had
// already met Pompeo" still matches "Kim Yong Chol met Pompeo".
var weakStems = set("alreadi", "previous", "previousli", "now", "also", "still",
	"yet", "meanwhil", "howev", "instead", "onli", "just", "even", "appar", "apparentli",
	"reportedli", "repeatedli", "far", "sever", "mani", "other", "among",
	// Verbs of saying attribute a claim; they are not part of it.
	"said", "sai", "told", "tell")

// weakWeight is the weight of a weak stem.
const weakWeight = 0.1

// canon maps an analyze term to its canonical form: numbers lose their
// currency sign and spelling, British -is(e) stems meet their American
// -iz(e) twins and synonyms meet their class.
func canon(t string) string {
	// "$48", "48" and "forty-eight" are one number.
	if n, ok := wordNumber(t); ok && n == math.Trunc(n) {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	if u := strings.TrimLeft(t, "$€£"); u != t && u != "" {
		return u
	}
	if strings.HasSuffix(t, "is") && len(t) >= 7 {
		t = t[:len(t)-2]
	}
	if s, ok := synonyms[t]; ok {
		return s
	}
	return t
}

// index gives every canonical term of the corpus a small integer and a
// weight, so that comparing two sentences is a merge of two int slices.
type index struct {
	c      *analyze.Corpus
	weight []float64
	// common is the weight of a term every article uses: what sentences
	// share in such terms does not tell one claim from another.
	common float64
	// terms[i] are sentence i's canonical term ids, sorted, distinct.
	terms [][]int32
	// total[i] is the summed weight of terms[i].
	total []float64
	// postings[t] lists the sentences that have term t, in order.
	postings [][]int32
	// acc and touched are scratch space for neighbours.
	acc     []float64
	touched []int32
}

// newIndex builds the index of n units (sentences or clauses) whose
// analyze terms terms returns. ents, when given, returns for unit i the
// stems of the names it mentions (to drop) and a term for each entity they
// resolve to with its weight (to add), so that "Chol" and "Kim Yong Chol"
// share a term while "Kim" the leader and "Kim" the envoy do not.
func newIndex(c *analyze.Corpus, n int, terms func(i int) []string, ents func(i int) (drop map[string]bool, add map[string]float64)) *index {
	ix := &index{c: c, terms: make([][]int32, n), total: make([]float64, n)}
	ids := map[string]int32{}
	for i := range n {
		sterms := terms(i)
		ts := make([]int32, 0, len(sterms))
		var drop map[string]bool
		var add map[string]float64
		if ents != nil {
			drop, add = ents(i)
		}
		// In sorted order, so that term ids, and the order weights are
		// summed in, do not depend on map iteration.
		for _, t := range slices.Sorted(maps.Keys(add)) {
			id, ok := ids[t]
			if !ok {
				id = int32(len(ix.weight))
				ids[t] = id
				ix.weight = append(ix.weight, add[t])
			}
			ts = append(ts, id)
		}
		for _, t := range sterms {
			if drop[t] {
				continue
			}
			ct := canon(t)
			id, ok := ids[ct]
			if !ok {
				id = int32(len(ix.weight))
				ids[ct] = id
				// The weight of a canonical term is that of its most
				// common member: a class is as common as its members.
				w := c.Weight(t)
				if weakStems[t] {
					w = weakWeight
				}
				ix.weight = append(ix.weight, w)
			} else if w := c.Weight(t); w < ix.weight[id] {
				ix.weight[id] = w
			}
			ts = append(ts, id)
		}
		sort.Slice(ts, func(a, b int) bool { return ts[a] < ts[b] })
		ix.terms[i] = slices.Compact(ts)
	}
	nd := max(1, c.Independent)
	ix.common = 0.25 + math.Log(float64(nd+1)/float64(nd)) + 1e-9
	ix.postings = make([][]int32, len(ix.weight))
	for i, ts := range ix.terms {
		for _, t := range ts {
			ix.total[i] += ix.weight[t]
			ix.postings[t] = append(ix.postings[t], int32(i))
		}
	}
	ix.acc = make([]float64, len(ix.terms))
	return ix
}

// neighbours calls fn with every sentence that shares a term with sentence
// i (i itself included) and their similarity. Going through the postings
// of i's terms touches only those sentences, not the whole corpus.
func (ix *index) neighbours(i int, fn func(j int, sim float64)) {
	ix.touched = ix.touched[:0]
	for _, t := range ix.terms[i] {
		w := ix.weight[t]
		for _, j := range ix.postings[t] {
			if ix.acc[j] == 0 {
				ix.touched = append(ix.touched, j)
			}
			ix.acc[j] += w
		}
	}
	for _, j := range ix.touched {
		s := ix.acc[j]
		ix.acc[j] = 0
		fn(int(j), ix.simShared(int(i), int(j), s))
	}
}

// shared is the weight of the terms units a and b have in common.
func (ix *index) shared(a, b int) float64 { return ix.overlap(ix.terms[a], ix.terms[b], 0) }

// distinct is the weight of the terms units a and b share that not every
// article uses.
func (ix *index) distinct(a, b int) float64 { return ix.overlap(ix.terms[a], ix.terms[b], ix.common) }

// weightIn is the weight of the terms of unit u among terms, sorted.
func (ix *index) weightIn(u int, terms []int32) float64 { return ix.overlap(ix.terms[u], terms, 0) }

// overlap is the weight of the terms sorted lists x and y share, counting
// only terms weighing more than floor.
func (ix *index) overlap(x, y []int32, floor float64) float64 {
	var w float64
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			if ix.weight[x[i]] > floor {
				w += ix.weight[x[i]]
			}
			i++
			j++
		}
	}
	return w
}

// sim is how far sentences a and b say the same thing, 0 to 1: their
// shared weight over the geometric mean of their weights, so that a short
// sentence inside a long one scores by what both say, not by the long
// one's extra clauses alone.
func (ix *index) sim(a, b int) float64 {
	if ix.total[a] == 0 || ix.total[b] == 0 {
		return 0
	}
	return ix.simShared(a, b, ix.shared(a, b))
}

// simShared is sim given the shared weight s of a and b.
func (ix *index) simShared(a, b int, s float64) float64 {
	if ix.total[a] == 0 || ix.total[b] == 0 {
		return 0
	}
	m := min(ix.total[a], ix.total[b])
	g := ix.total[a] * ix.total[b]
	// Half containment, half cosine: containment finds a terse
	// paraphrase, cosine keeps a long sentence from matching everything.
	return 0.5*s/m + 0.5*s/math.Sqrt(g)
}
