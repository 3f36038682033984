package facts

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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
	"electr": "power", "household": "home", "hous": "home", "shut": "close", "closur": "close", "suspend": "close", "halt": "close",
	"badli": "serious", "blaze": "fire", "quak": "earthquak", "acquir": "bui", "purchas": "bui",
	"takeov": "bui", "walkout": "strike", "scrap": "cancel", "spectat": "crowd", "keeper": "goalkeep",
	"lawmak": "legisl", "physician": "doctor", "sick": "ill", "sicken": "ill", "illness": "ill",
	"fractur": "crack", "fissur": "crack", "sight": "spot", "saw": "spot", "notic": "spot",
	"began": "start", "begin": "start", "commenc": "start", "stoppag": "strike", "quit": "resign",
}

// phraseTerms give a term to phrases whose words alone do not carry their
// sense: "little progress" says talks stalled, though "progress" alone
// says the opposite.
var phraseTerms = []struct{ phrase, term string }{
	{"little progress", "stall"}, {"no progress", "stall"}, {"little headway", "stall"},
	{"no headway", "stall"}, {"no breakthrough", "stall"}, {"narrowing of differences", "stall"},
	{"no sign of progress", "stall"},
	{"stepped down", "resign"}, {"step down", "resign"}, {"steps down", "resign"}, {"stepping down", "resign"},
}

// phraseEnds are the last words of phraseTerms' phrases.
var phraseEnds = []string{"progress", "headway", "breakthrough", "differences", "down"}

// mayPhrase reports whether text may hold a phrase of phraseTerms, in
// any case: most texts hold none of their last words, and then need no
// lower-casing.
func mayPhrase(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return true // lower case may change more than ASCII letters
		}
	}
	for _, w := range phraseEnds {
		for i := 0; i+len(w) <= len(text); i++ {
			if text[i]|0x20 == w[0] && strings.EqualFold(text[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// withPhrases returns terms with the terms of the phrases low, a text in
// lower case, holds.
func withPhrases(low string, terms []string) []string {
	for _, p := range phraseTerms {
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
	"said", "sai", "told", "tell",
	// "For the first time", "at the time", "in time": a word of phrases
	// whose claim is in their other words.
	"time")

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
	c *analyze.Corpus
	// weight is a term's weight in sentence similarity: half how few
	// articles use it (docWeight), half how few units do. A term every
	// outlet uses may still name one claim (the bus's destination,
	// written once in each report) or many (the bus itself); only the
	// count of units tells them apart, and only the count of articles
	// tells a detail one outlet adds from one all report.
	weight []float64
	// docWeight is analyze's weight of a term, by the articles that use
	// it; weakWeight for a weak stem.
	docWeight []float64
	// common is the docWeight of a term every article uses: what
	// sentences share in such terms does not tell one claim from
	// another.
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
func newIndex(c *analyze.Corpus, n int, terms func(i int) []string, ents func(i int) (drop []string, add []entTerm)) *index {
	ix := &index{c: c, terms: make([][]int32, n), total: make([]float64, n)}
	ids := make(map[string]int32, len(c.Vocab))
	// raw maps an analyze term to the id of its canonical form: canon and
	// the weights run once per term, not once per use.
	raw := make(map[string]int32, len(c.Vocab))
	for i := range n {
		sterms := terms(i)
		var drop []string
		var add []entTerm
		if ents != nil {
			drop, add = ents(i)
		}
		ts := make([]int32, 0, len(sterms)+len(add))
		// add is sorted, so that term ids, and the order weights are
		// summed in, do not depend on map iteration.
		for _, et := range add {
			id, ok := ids[et.term]
			if !ok {
				id = int32(len(ix.docWeight))
				ids[et.term] = id
				ix.docWeight = append(ix.docWeight, et.weight)
			}
			ts = append(ts, id)
		}
		for _, t := range sterms {
			if slices.Contains(drop, t) {
				continue
			}
			id, seen := raw[t]
			if !seen {
				ct := canon(t)
				var ok bool
				id, ok = ids[ct]
				if !ok {
					id = int32(len(ix.docWeight))
					ids[ct] = id
					// The weight of a canonical term is that of its most
					// common member: a class is as common as its members.
					w := c.Weight(t)
					if weakStems[t] {
						w = weakWeight
					}
					ix.docWeight = append(ix.docWeight, w)
				} else if w := c.Weight(t); w < ix.docWeight[id] {
					ix.docWeight[id] = w
				}
				// Seen again, t lowers its class's weight no further.
				raw[t] = id
			}
			ts = append(ts, id)
		}
		slices.Sort(ts)
		ix.terms[i] = slices.Compact(ts)
	}
	nd := max(1, c.Independent)
	ix.common = 0.25 + math.Log(float64(nd+1)/float64(nd)) + 1e-9
	ix.postings = postings(len(ix.docWeight), n, func(i int) []int32 { return ix.terms[i] })
	ix.weight = make([]float64, len(ix.docWeight))
	for t, w := range ix.docWeight {
		ix.weight[t] = w
		if w > weakWeight && len(ix.postings[t]) > 0 {
			ix.weight[t] = 0.5*w + 0.5*(0.25+math.Log(float64(n+1)/float64(len(ix.postings[t]))))
		}
	}
	for i, ts := range ix.terms {
		for _, t := range ts {
			ix.total[i] += ix.weight[t]
		}
	}
	ix.acc = make([]float64, len(ix.terms))
	return ix
}

// postings returns, for each of nTerms terms, the units of n that hold
// it, in order; terms(i) gives unit i's distinct terms. The lists share
// one array, cut by a first count of each term.
func postings(nTerms, n int, terms func(i int) []int32) [][]int32 {
	count := make([]int32, nTerms+1)
	for i := range n {
		for _, t := range terms(i) {
			count[t+1]++
		}
	}
	for t := 1; t < len(count); t++ {
		count[t] += count[t-1]
	}
	flat := make([]int32, count[nTerms])
	out := make([][]int32, nTerms)
	for t := range out {
		out[t] = flat[count[t]:count[t]:count[t+1]]
	}
	for i := range n {
		for _, t := range terms(i) {
			out[t] = append(out[t], int32(i))
		}
	}
	return out
}

// neighbours calls fn with every sentence that shares a term with sentence
// i (i itself included) and may be as similar to it as floor, with their
// similarity. Going through the postings of i's terms touches only those
// sentences, not the whole corpus; sim is at most the shared weight over
// the smaller total, so most are passed over unweighed.
func (ix *index) neighbours(i int, floor float64, fn func(j int, sim float64)) {
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
	// A margin keeps rounding from passing over a sentence at the bar.
	bar := floor * (1 - 1e-9)
	for _, j := range ix.touched {
		s := ix.acc[j]
		ix.acc[j] = 0
		if s >= bar*min(ix.total[i], ix.total[j]) {
			fn(int(j), ix.simShared(int(i), int(j), s))
		}
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
// only terms whose docWeight is more than floor.
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
			if ix.docWeight[x[i]] > floor {
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
