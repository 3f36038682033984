package rouge

import (
	"fmt"
	"math"
	"strconv"
	"sync"
)

// Result is one measure of one evaluation: a peer summary against its
// models.
type Result struct {
	// Metric is ROUGE's name of the measure: "ROUGE-2", "ROUGE-L",
	// "ROUGE-W-1.2", "ROUGE-SU4".
	Metric string `json:"metric"`
	// Recall, Precision and F as ROUGE prints them: rounded to five
	// decimals, F computed from the rounded recall and precision.
	Recall    float64 `json:"recall"`
	Precision float64 `json:"precision"`
	F         float64 `json:"f"`
	// The counts behind them, summed over the models (or those of the best
	// model): the model's units (n-grams, LCS base or its weight), the
	// peer's, and the hits.
	ModelCount float64 `json:"model_count"`
	PeerCount  float64 `json:"peer_count"`
	Hits       float64 `json:"hits"`
}

// Scores are the results of one evaluation, in ROUGE's order of measures.
type Scores []Result

// Get returns the result of the named measure.
func (s Scores) Get(metric string) (Result, bool) {
	for _, r := range s {
		if r.Metric == metric {
			return r, true
		}
	}
	return Result{}, false
}

// Scorer scores summaries with fixed options. It is safe for concurrent
// use.
type Scorer struct {
	opts    Options
	metrics []metric
	an      *analyzer

	mu      sync.Mutex
	weights []float64 // f(k) = k^w for k = 0, 1, ...; replaced, never modified
}

// NewScorer checks the options and returns a scorer.
func NewScorer(opts Options) (*Scorer, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	if opts.Resamples == 0 {
		opts.Resamples = 1000
	}
	return &Scorer{opts: opts, metrics: opts.metrics(), an: newAnalyzer(&opts)}, nil
}

// Score scores a peer summary against model summaries, each given as its
// sentences (the lines of ROUGE's SPL format), with the options' length
// limits, stemming and stop words.
func Score(peer []string, models [][]string, opts Options) (Scores, error) {
	s, err := NewScorer(opts)
	if err != nil {
		return nil, err
	}
	return s.Score(peer, models)
}

// Score scores a peer summary against model summaries, each given as its
// sentences. Scores are those of one evaluation: ROUGE's per-evaluation
// lines, not averages with confidence intervals.
func (s *Scorer) Score(peer []string, models [][]string) (Scores, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("rouge score: no model summary")
	}
	lim := limit{s.opts.WordLimit, s.opts.ByteLimit}
	v := newVocab()
	lower := func(sents []string) []string {
		out := make([]string, len(sents))
		for i, x := range sents {
			out[i] = lowerASCII([]byte(x))
		}
		return out
	}
	p := newDoc(s.an.analyze(lower(peer), lim), v)
	ms := make([]*doc, len(models))
	for i, m := range models {
		ms[i] = newDoc(s.an.analyze(lower(m), lim), v)
	}
	weights := s.weightTable(maxSentence(append([]*doc{p}, ms...)))
	k := &keyer{bits: v.bits(), wide: map[string]uint64{}}
	p.index(&s.opts, k, weights)
	for _, m := range ms {
		m.index(&s.opts, k, weights)
	}
	sc := newScratch(len(v.ids))
	stats := make([]pairStats, len(ms))
	for i, m := range ms {
		stats[i] = s.pair(sc, p, m, weights)
	}
	return s.evaluate(p, ms, stats), nil
}

func maxSentence(docs []*doc) int {
	n := 0
	for _, d := range docs {
		n = max(n, d.maxSent)
	}
	return n
}

// weightTable returns f(k) for k = 0..n+1 when ROUGE-W is on, else nil.
func (s *Scorer) weightTable(n int) []float64 {
	if s.opts.Weight <= 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.weights) > n+1 {
		return s.weights
	}
	t := make([]float64, n+2)
	copy(t, s.weights)
	for k := len(s.weights); k < len(t); k++ {
		t[k] = powExact(float64(k), s.opts.Weight)
	}
	s.weights = t
	return t
}

// pairStats are the hits of one peer against one model.
type pairStats struct {
	ngram         []int
	skip, skipUni int
	lcs           int
	wlcs          float64
}

// pair counts the hits of peer against model.
func (s *Scorer) pair(sc *scratch, peer, model *doc, weights []float64) pairStats {
	var ps pairStats
	for n := 1; n <= s.opts.MaxN; n++ {
		ps.ngram = append(ps.ngram, clippedHits(model.grams[n-1], peer.grams[n-1]))
	}
	if s.opts.Skip {
		ps.skip = clippedHits(model.skip, peer.skip)
		ps.skipUni = clippedHits(model.skipUni, peer.skipUni)
	}
	if !s.opts.NoLCS || weights != nil {
		ps.lcs, ps.wlcs = sc.lcsHits(model, peer, !s.opts.NoLCS, weights)
	}
	return ps
}

// evaluate combines the hits of a peer against each of its models into
// the results of every measure.
func (s *Scorer) evaluate(peer *doc, models []*doc, stats []pairStats) Scores {
	out := make(Scores, len(s.metrics))
	for i, m := range s.metrics {
		out[i] = s.result(m, peer, models, stats)
	}
	return out
}

// result computes one measure as ROUGE's compute*Score subroutines do.
func (s *Scorer) result(m metric, peer *doc, models []*doc, stats []pairStats) Result {
	r := Result{Metric: m.name}
	r.Hits, r.ModelCount, r.PeerCount = s.combine(m, peer, models, stats, false)
	if m.kind != kindW {
		r.Recall = ratio(r.Hits, r.ModelCount)
		r.Precision = ratio(r.Hits, r.PeerCount)
	} else {
		r.Recall = s.unweigh(r.Hits, r.ModelCount, math.Pow)
		r.Precision = s.unweigh(r.Hits, r.PeerCount, math.Pow)
		if nearRoundingEdge(r.Recall) || nearRoundingEdge(r.Precision) {
			// Redo the powers exactly for a value that might print otherwise.
			r.Hits, r.ModelCount, r.PeerCount = s.combine(m, peer, models, stats, true)
			r.Recall = s.unweigh(r.Hits, r.ModelCount, powExact)
			r.Precision = s.unweigh(r.Hits, r.PeerCount, powExact)
		}
	}
	r.Recall, r.Precision = round5(r.Recall), round5(r.Precision)
	r.F = fMeasure(r.Precision, r.Recall, s.opts.Alpha)
	return r
}

// combine returns the hits, model count and peer count of a peer over
// its models: with -f A summed over the models, with -f B those of the
// model with the best score (the first of equals).
func (s *Scorer) combine(m metric, peer *doc, models []*doc, stats []pairStats, exact bool) (hits, mc, pc float64) {
	best := -1.0
	for i, md := range models {
		h, c, p, score := s.counts(m, peer, md, &stats[i], exact)
		if !s.opts.BestModel {
			hits += h
			mc += c
			pc += p
		} else if score > best {
			best = score
			hits, mc, pc = h, c, p
		}
	}
	return hits, mc, pc
}

// counts returns the hits, model count, peer count and model score
// (which -f B compares) of one peer–model pair for measure m. The powers
// of ROUGE-W are correctly rounded when exact or when the counts are
// printed (-t 1 and 2), else they come from math.Pow.
func (s *Scorer) counts(m metric, peer, model *doc, ps *pairStats, exact bool) (hit, mc, pc, score float64) {
	switch m.kind {
	case kindN:
		hit = float64(ps.ngram[m.n-1])
		mc, pc = float64(model.ngramCount(m.n)), float64(peer.ngramCount(m.n))
		score = ratio(hit, mc)
		if mc != 0 {
			score = round5(score)
		}
	case kindS:
		hit, mc, pc = float64(ps.skip), float64(len(model.skip)), float64(len(peer.skip))
		if m.unigrams {
			hit += float64(ps.skipUni)
			mc += float64(len(model.skipUni))
			pc += float64(len(peer.skipUni))
		}
		score = ratio(hit, mc)
		if mc != 0 {
			score = round5(score)
		}
	case kindL:
		hit, mc, pc = float64(ps.lcs), float64(model.lcsBase), float64(len(peer.tokens))
		score = ratio(hit, mc)
	case kindW:
		// ROUGE weighs the model's summed sentence weights once more, and
		// the peer's token count.
		pow := math.Pow
		if exact {
			pow = powExact
		}
		hit = ps.wlcs
		if s.opts.Counting != 0 {
			mc, pc = model.wBase, peer.wLen
		} else {
			mc = pow(model.wlcsBase, s.opts.Weight)
			pc = pow(float64(len(peer.tokens)), s.opts.Weight)
		}
		score = s.unweigh(hit, model.wlcsBase, pow)
	}
	return hit, mc, pc, score
}

// unweigh is ROUGE-W's score f⁻¹(hit/count), 0 for no count.
func (s *Scorer) unweigh(hit, count float64, pow func(x, y float64) float64) float64 {
	if count == 0 {
		return 0
	}
	return pow(hit/count, 1/s.opts.Weight)
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// fMeasure is ROUGE's F = PR / ((1-α)P + αR) of rounded P and R, rounded.
func fMeasure(p, r, alpha float64) float64 {
	den := float64((1-alpha)*p) + float64(alpha*r) // no fused multiply-add
	if den <= 0 {
		return 0
	}
	return round5(float64(p*r) / den)
}

// round5 rounds x to five decimals as Perl's sprintf("%7.5f") does, and
// returns the number that string stands for.
func round5(x float64) float64 {
	var b [32]byte
	v, _ := strconv.ParseFloat(string(strconv.AppendFloat(b[:0], x, 'f', 5, 64)), 64)
	return v
}
