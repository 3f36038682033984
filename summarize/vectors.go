package summarize

import (
	"math"
	"sort"
	"strings"

	"storyline/analyze"
	"storyline/text"
)

// candidates returns the sentences fit to appear in a summary: of quality
// at least minQuality, from an article that is not a copy, each text once.
func candidates(c *analyze.Corpus, minQuality float64) []int {
	return candidatesOf(c, allTraits(c), minQuality)
}

// candidatesOf is candidates with the traits of c's sentences known.
func candidatesOf(c *analyze.Corpus, tr []traits, minQuality float64) []int {
	var out []int
	seen := map[string]bool{}
	for i, s := range c.Sents {
		if c.Original(s.Doc) != s.Doc || tr[i].quality() < minQuality {
			continue
		}
		k := strings.ToLower(strings.Join(strings.Fields(s.Text), " "))
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, i)
	}
	return out
}

// finish orders the chosen sentences for reading and appends extra, the
// sentence that a hard cut will cut, when it is not -1 and not chosen: it
// must come last, since the cut keeps what comes before it.
func finish(c *analyze.Corpus, chosen []int, extra int) []int {
	out := Order(c, chosen)
	if extra < 0 {
		return out
	}
	for _, i := range out {
		if i == extra {
			return out
		}
	}
	return append(out, extra)
}

// vectors are the candidate sentences as sparse term vectors weighted by
// the corpus's inverse document frequency, for the similarity-based
// baselines.
type vectors struct {
	ids   []int       // sentence index in the corpus, per vector
	terms [][]int32   // sorted term ids
	w     [][]float64 // weights, parallel to terms
	norm  []float64
	df    []float64 // per term id: its weight (idf)
	tid   map[string]int32
}

func newVectors(c *analyze.Corpus, ids []int) *vectors {
	v := &vectors{ids: ids, tid: map[string]int32{}}
	for _, i := range ids {
		t, w := v.vector(c, c.Sents[i].Terms)
		v.terms = append(v.terms, t)
		v.w = append(v.w, w)
		v.norm = append(v.norm, norm(w))
	}
	return v
}

// vector maps sorted distinct terms to ids and idf weights.
func (v *vectors) vector(c *analyze.Corpus, terms []string) ([]int32, []float64) {
	t := make([]int32, 0, len(terms))
	for _, s := range terms {
		id, ok := v.tid[s]
		if !ok {
			id = int32(len(v.tid))
			v.tid[s] = id
			v.df = append(v.df, c.Weight(s))
		}
		t = append(t, id)
	}
	sort.Slice(t, func(a, b int) bool { return t[a] < t[b] })
	w := make([]float64, len(t))
	for k, id := range t {
		w[k] = v.df[id]
	}
	return t, w
}

func norm(w []float64) float64 {
	s := 0.0
	for _, x := range w {
		s += x * x
	}
	return math.Sqrt(s)
}

// dot is the dot product of two sparse vectors.
func dot(at []int32, aw []float64, bt []int32, bw []float64) float64 {
	s := 0.0
	i, j := 0, 0
	for i < len(at) && j < len(bt) {
		switch {
		case at[i] < bt[j]:
			i++
		case at[i] > bt[j]:
			j++
		default:
			s += aw[i] * bw[j]
			i++
			j++
		}
	}
	return s
}

// cos is the cosine of vectors a and b.
func (v *vectors) cos(a, b int) float64 {
	if v.norm[a] == 0 || v.norm[b] == 0 {
		return 0
	}
	return dot(v.terms[a], v.w[a], v.terms[b], v.w[b]) / (v.norm[a] * v.norm[b])
}

// cosTo is the cosine of vector a and a sparse vector (t, w).
func (v *vectors) cosTo(a int, t []int32, w []float64) float64 {
	n := norm(w)
	if v.norm[a] == 0 || n == 0 {
		return 0
	}
	return dot(v.terms[a], v.w[a], t, w) / (v.norm[a] * n)
}

// query returns the query's vector, or nil without a query.
func (v *vectors) query(c *analyze.Corpus, q string) ([]int32, []float64) {
	if strings.TrimSpace(q) == "" {
		return nil, nil
	}
	var ws []string
	for _, w := range text.Words(q, nil) {
		if !queryWords[w] {
			ws = append(ws, w)
		}
	}
	return v.vector(c, analyze.ContentTerms(ws))
}

// redundant returns a skip function for fillGreedy that refuses a
// sentence whose cosine with a chosen one exceeds limit. at maps a
// sentence index to its vector.
func (v *vectors) redundant(limit float64) func(chosen []int, i int) bool {
	at := make(map[int]int, len(v.ids))
	for k, i := range v.ids {
		at[i] = k
	}
	return func(chosen []int, i int) bool {
		for _, j := range chosen {
			if v.cos(at[i], at[j]) > limit {
				return true
			}
		}
		return false
	}
}

// rankBy returns the sentence indices of v ordered by score, best first.
func (v *vectors) rankBy(score []float64) []int {
	order := make([]int, len(score))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	out := make([]int, len(order))
	for k, o := range order {
		out[k] = v.ids[o]
	}
	return out
}
