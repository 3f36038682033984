package summarize

import (
	"math"
	"sort"

	"storyline/analyze"
)

// redundancy is the cosine above which the ranking baselines skip a
// sentence as repeating one already chosen.
const redundancy = 0.5

// Lead is NIST's baseline: the leading sentences of the newest article,
// then of the next newest when it runs out.
type Lead struct{}

// Select implements Method.
func (Lead) Select(c *analyze.Corpus, opts Options) []int {
	docs := make([]int, 0, len(c.Articles))
	for d := range c.Articles {
		if c.Original(d) == d {
			docs = append(docs, d)
		}
	}
	sort.SliceStable(docs, func(a, b int) bool {
		return c.Articles[docs[a]].Published.After(c.Articles[docs[b]].Published)
	})
	byDoc := make([][]int, len(c.Articles))
	for i, s := range c.Sents {
		if !s.Heading {
			byDoc[s.Doc] = append(byDoc[s.Doc], i)
		}
	}
	b := newBudget(opts)
	var out []int
	var u usage
	for _, d := range docs {
		for _, i := range byDoc[d] {
			if !b.fits(c, u, i) {
				// The lead is contiguous: it ends at the first sentence that
				// does not fit, cut there only when asked.
				if opts.HardCut {
					out = append(out, i)
				}
				return out
			}
			out = append(out, i)
			u = u.add(c, i)
		}
	}
	return out
}

// Centroid is MEAD's centroid method (Radev et al.): a sentence scores by
// the centroid weight of its terms (their idf-weighted frequency in the
// story) plus a bonus for coming early in its article; sentences are taken
// best first, skipping near repeats. A query adds its similarity to the
// score.
type Centroid struct{}

// Select implements Method.
func (Centroid) Select(c *analyze.Corpus, opts Options) []int {
	ids := candidates(c, 0.5)
	v := newVectors(c, ids)
	cent := centroid(c, v)
	qt, qw := v.query(c, opts.Query)
	score := make([]float64, len(ids))
	best := 0.0
	for k := range ids {
		for _, t := range v.terms[k] {
			score[k] += cent[t]
		}
		best = max(best, score[k])
	}
	for k, i := range ids {
		score[k] += best * (1 - c.Sents[i].Position)
		if qt != nil {
			score[k] += best * 2 * v.cosTo(k, qt, qw)
		}
	}
	chosen, extra := fillGreedy(c, v.rankBy(score), opts, v.redundant(redundancy))
	return finish(c, chosen, extra)
}

// centroid returns, per term id of v, its idf weight times its mean count
// per article, keeping only terms above a tenth of the largest, as MEAD
// keeps the centroid's top words.
func centroid(c *analyze.Corpus, v *vectors) []float64 {
	cent := make([]float64, len(v.df))
	for k := range v.ids {
		for _, t := range v.terms[k] {
			cent[t]++
		}
	}
	top := 0.0
	n := float64(max(1, c.Independent))
	for t := range cent {
		cent[t] *= v.df[t] / n
		top = max(top, cent[t])
	}
	for t := range cent {
		if cent[t] < top/10 {
			cent[t] = 0
		}
	}
	return cent
}

// LexRank is Erkan and Radev's continuous LexRank: sentences are nodes of
// a graph weighted by idf-cosine similarity (edges below 0.1 dropped) and
// rank by their stationary probability. A query biases the random jumps
// toward similar sentences (Otterbacher et al.).
type LexRank struct{}

// Select implements Method.
func (LexRank) Select(c *analyze.Corpus, opts Options) []int {
	ids := candidates(c, 0.5)
	v := newVectors(c, ids)
	n := len(ids)
	sim := make([][]float64, n)
	for a := range sim {
		sim[a] = make([]float64, n)
	}
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			if s := v.cos(a, b); s >= 0.1 {
				sim[a][b], sim[b][a] = s, s
			}
		}
	}
	rank := pageRank(sim, jumps(v, c, opts.Query))
	chosen, extra := fillGreedy(c, v.rankBy(rank), opts, v.redundant(redundancy))
	return finish(c, chosen, extra)
}

// TextRank is Mihalcea and Tarau's TextRank: sentences are nodes of a
// graph weighted by their shared words normalised by the logs of their
// lengths, ranked by PageRank.
type TextRank struct{}

// Select implements Method.
func (TextRank) Select(c *analyze.Corpus, opts Options) []int {
	ids := candidates(c, 0.5)
	v := newVectors(c, ids)
	n := len(ids)
	sim := make([][]float64, n)
	for a := range sim {
		sim[a] = make([]float64, n)
	}
	for a := 0; a < n; a++ {
		la := len(v.terms[a])
		for b := a + 1; b < n; b++ {
			lb := len(v.terms[b])
			if la < 2 || lb < 2 {
				continue
			}
			shared := overlap(v.terms[a], v.terms[b])
			s := float64(shared) / (math.Log(float64(la)) + math.Log(float64(lb)))
			sim[a][b], sim[b][a] = s, s
		}
	}
	rank := pageRank(sim, jumps(v, c, opts.Query))
	chosen, extra := fillGreedy(c, v.rankBy(rank), opts, v.redundant(redundancy))
	return finish(c, chosen, extra)
}

// overlap counts the ids two sorted lists share.
func overlap(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// jumps is the random-jump distribution: uniform, or leaning toward the
// sentences like the query.
func jumps(v *vectors, c *analyze.Corpus, query string) []float64 {
	n := len(v.ids)
	p := make([]float64, n)
	qt, qw := v.query(c, query)
	total := 0.0
	for k := range p {
		p[k] = 1
		if qt != nil {
			p[k] = 0.05 + v.cosTo(k, qt, qw)
		}
		total += p[k]
	}
	for k := range p {
		p[k] /= total
	}
	return p
}

// damping is PageRank's probability of following an edge.
const damping = 0.85

// pageRank runs the power method on the weighted graph sim with random
// jumps distributed as jump, until the ranks move less than 1e-6.
func pageRank(sim [][]float64, jump []float64) []float64 {
	n := len(sim)
	out := make([]float64, n)
	for a := range sim {
		for _, s := range sim[a] {
			out[a] += s
		}
	}
	rank := append([]float64(nil), jump...)
	next := make([]float64, n)
	for iter := 0; iter < 100; iter++ {
		dangling := 0.0
		for a := range next {
			next[a] = 0
			if out[a] == 0 {
				dangling += rank[a]
			}
		}
		for a := range sim {
			if out[a] == 0 {
				continue
			}
			share := rank[a] / out[a]
			for b, s := range sim[a] {
				if s != 0 {
					next[b] += share * s
				}
			}
		}
		delta := 0.0
		for b := range next {
			r := (1-damping)*jump[b] + damping*(next[b]+dangling*jump[b])
			delta += math.Abs(r - rank[b])
			rank[b] = r
		}
		if delta < 1e-6 {
			break
		}
	}
	return rank
}

// MMR is Carbonell and Goldstein's maximal marginal relevance: each step
// takes the sentence most similar to the query (or, without one, to the
// story's centroid) less its greatest similarity to a sentence already
// chosen, with λ = 0.7.
type MMR struct{}

// Select implements Method.
func (MMR) Select(c *analyze.Corpus, opts Options) []int {
	const lambda = 0.7
	ids := candidates(c, 0.5)
	v := newVectors(c, ids)
	qt, qw := v.query(c, opts.Query)
	if qt == nil {
		cent := centroid(c, v)
		for t, w := range cent {
			if w > 0 {
				qt = append(qt, int32(t))
				qw = append(qw, w)
			}
		}
	}
	rel := make([]float64, len(ids))
	for k := range ids {
		rel[k] = v.cosTo(k, qt, qw)
	}
	b := newBudget(opts)
	maxSim := make([]float64, len(ids))
	taken := make([]bool, len(ids))
	var chosen []int
	extra := -1
	var u usage
	for {
		best, bestScore := -1, math.Inf(-1)
		for k := range ids {
			if taken[k] {
				continue
			}
			if s := lambda*rel[k] - (1-lambda)*maxSim[k]; s > bestScore {
				best, bestScore = k, s
			}
		}
		if best < 0 {
			break
		}
		taken[best] = true
		i := ids[best]
		if !b.fits(c, u, i) {
			if opts.HardCut && len(chosen) > 0 {
				extra = i
				break
			}
			continue
		}
		chosen = append(chosen, i)
		u = u.add(c, i)
		for k := range ids {
			maxSim[k] = max(maxSim[k], v.cos(k, best))
		}
		if b.full(u) && !opts.HardCut {
			break
		}
	}
	return finish(c, chosen, extra)
}
