package facts

import (
	"maps"
	"math"
	"slices"
	"sort"
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
	"candid": "consid", "possibl": "consid",
	"progress": "progress", "stall": "progress", "bog": "progress",
	"punish":   "sanction",
	"programm": "program", "centr": "center", "defenc": "defens",
}

// weakStems are stems of words that carry no claim of their own (sentence
// adverbs, hedges): they count little, so that "Previously, Chol had
// already met Pompeo" still matches "Kim Yong Chol met Pompeo".
var weakStems = set("alreadi", "previous", "previousli", "now", "also", "still",
	"yet", "meanwhil", "howev", "instead", "onli", "just", "even", "probabl", "appar", "apparentli",
	"reportedli", "repeatedli", "far", "sever", "mani", "other", "among")

// weakWeight is the weight of a weak stem.
const weakWeight = 0.1

// canon maps an analyze term to its canonical form: British -is(e) stems
// meet their American -iz(e) twins and synonyms meet their class.
func canon(t string) string {
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

// newIndex builds the index. ents, when given, returns for sentence i the
// stems of the names it mentions (to drop) and a term for each entity they
// resolve to with its weight (to add), so that "Chol" and "Kim Yong Chol"
// share a term while "Kim" the leader and "Kim" the envoy do not.
func newIndex(c *analyze.Corpus, ents func(i int) (drop map[string]bool, add map[string]float64)) *index {
	ix := &index{c: c, terms: make([][]int32, len(c.Sents)), total: make([]float64, len(c.Sents))}
	ids := map[string]int32{}
	for i, s := range c.Sents {
		ts := make([]int32, 0, len(s.Terms))
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
		for _, t := range s.Terms {
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
		ix.terms[i] = dedup32(ts)
	}
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

func dedup32(s []int32) []int32 {
	if len(s) < 2 {
		return s
	}
	j := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[j-1] {
			s[j] = s[i]
			j++
		}
	}
	return s[:j]
}

// shared is the weight of the terms sentences a and b have in common.
func (ix *index) shared(a, b int) float64 {
	x, y := ix.terms[a], ix.terms[b]
	var w float64
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			w += ix.weight[x[i]]
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
