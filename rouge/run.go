package rouge

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

// Report is the outcome of evaluating a configuration: for every system
// and measure, ROUGE's averages with their bootstrap intervals and the
// score of each evaluation.
type Report struct {
	// Confidence is the width of the intervals in percent.
	Confidence float64 `json:"confidence"`
	Resamples  int     `json:"resamples"`
	// Counting is ROUGE's -t mode (see [Options]).
	Counting int      `json:"counting"`
	Systems  []System `json:"systems"`
	// Warnings name the evaluations that lack a requested system.
	Warnings []string `json:"warnings,omitempty"`
}

// System holds the measures of one peer system.
type System struct {
	ID      string          `json:"id"`
	Metrics []MetricSummary `json:"metrics"`
}

// MetricSummary is one measure of one system over all its evaluations.
type MetricSummary struct {
	Metric string `json:"metric"`
	// Recall, Precision and F are the bootstrap means and intervals that
	// ROUGE prints as Average_R, Average_P and Average_F (not with
	// Counting 2).
	Recall    Interval `json:"recall"`
	Precision Interval `json:"precision"`
	F         Interval `json:"f"`
	// ModelCount, PeerCount and Hits are summed over the evaluations (what
	// ROUGE prints with Counting 2).
	ModelCount float64 `json:"model_count"`
	PeerCount  float64 `json:"peer_count"`
	Hits       float64 `json:"hits"`
	// Evals are the evaluations in ROUGE's order of output.
	Evals []EvalResult `json:"evals,omitempty"`
}

// Interval is a bootstrap estimate: ROUGE's average (the mean of the
// resampled means) and the bounds of its confidence interval.
type Interval struct {
	Average float64 `json:"average"`
	Low     float64 `json:"low"`
	High    float64 `json:"high"`
}

// EvalResult is one evaluation of a system: ID is the evaluation's ID, a
// dot and the system's ID.
type EvalResult struct {
	ID         string  `json:"id"`
	Recall     float64 `json:"recall"`
	Precision  float64 `json:"precision"`
	F          float64 `json:"f"`
	ModelCount float64 `json:"model_count"`
	PeerCount  float64 `json:"peer_count"`
	Hits       float64 `json:"hits"`
}

// Evaluate scores the systems of a configuration as ROUGE-1.5.5 does,
// reading the summary files from disk. With no systems named it
// evaluates all of them (ROUGE's -a).
func Evaluate(ctx context.Context, cfg *Config, opts Options, systems ...string) (*Report, error) {
	s, err := NewScorer(opts)
	if err != nil {
		return nil, err
	}
	return s.Evaluate(ctx, cfg, systems...)
}

// job is one evaluation of one system.
type job struct {
	eval   int
	system string
	peer   int   // document index
	models []int // document indexes
}

// source is a summary file to read.
type source struct{ path, format string }

// Evaluate scores the systems of a configuration; see [Evaluate].
func (s *Scorer) Evaluate(ctx context.Context, cfg *Config, systems ...string) (*Report, error) {
	if len(systems) == 0 {
		systems = cfg.PeerIDs()
	}
	rep := &Report{Confidence: s.opts.Confidence, Resamples: s.opts.Resamples, Counting: s.opts.Counting}
	jobs, sources, err := plan(cfg, systems, rep)
	if err != nil {
		return nil, err
	}
	docs, weights, err := s.load(ctx, sources)
	if err != nil {
		return nil, err
	}

	// Each peer meets each model once however many evaluations share them
	// (as in jackknifing), so hits are counted per distinct pair.
	pairIndex := map[[2]int]int{}
	var pairs [][2]int
	for _, j := range jobs {
		for _, m := range j.models {
			k := [2]int{j.peer, m}
			if _, ok := pairIndex[k]; !ok {
				pairIndex[k] = len(pairs)
				pairs = append(pairs, k)
			}
		}
	}
	stats := make([]pairStats, len(pairs))
	scratches := make([]*scratch, runtime.GOMAXPROCS(0))
	err = parallel(ctx, len(pairs), func(w, i int) error {
		if scratches[w] == nil {
			scratches[w] = newScratch(docs.vocabulary)
		}
		p := pairs[i]
		stats[i] = s.pair(scratches[w], docs.docs[p[0]], docs.docs[p[1]], weights)
		return nil
	})
	if err != nil {
		return nil, err
	}

	results := make([]Scores, len(jobs))
	err = parallel(ctx, len(jobs), func(_, i int) error {
		j := jobs[i]
		models := make([]*doc, len(j.models))
		ps := make([]pairStats, len(j.models))
		for k, m := range j.models {
			models[k] = docs.docs[m]
			ps[k] = stats[pairIndex[[2]int{j.peer, m}]]
		}
		results[i] = s.evaluate(docs.docs[j.peer], models, ps)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := s.summarize(ctx, cfg, systems, jobs, results, rep); err != nil {
		return nil, err
	}
	return rep, nil
}

// plan lists the jobs of a configuration and the files they read. Like
// ROUGE it warns, once per evaluation, about a system that the evaluation
// lacks.
func plan(cfg *Config, systems []string, rep *Report) ([]job, []source, error) {
	var jobs []job
	var sources []source
	index := map[source]int{}
	add := func(src source) int {
		if i, ok := index[src]; ok {
			return i
		}
		index[src] = len(sources)
		sources = append(sources, src)
		return len(sources) - 1
	}
	for ei := range cfg.Evals {
		e := &cfg.Evals[ei]
		format, err := normalFormat(e.Format)
		if err != nil {
			return nil, nil, fmt.Errorf("evaluation %s: %w", e.ID, err)
		}
		var models []int
		for _, sys := range systems {
			file, ok := e.peer(sys)
			if !ok {
				rep.Warnings = append(rep.Warnings, fmt.Sprintf("test instance for peer %s does not exist for evaluation %s", sys, e.ID))
				continue
			}
			if models == nil {
				models = make([]int, len(e.Models))
				for k, m := range e.Models {
					models[k] = add(source{filepath.Join(e.ModelRoot, m.File), format})
				}
			}
			jobs = append(jobs, job{eval: ei, system: sys, peer: add(source{filepath.Join(e.PeerRoot, file), format}), models: models})
		}
	}
	return jobs, sources, nil
}

// corpus is the documents of a run.
type corpus struct {
	docs       []*doc
	vocabulary int
}

// load reads, cuts and analyses the summaries, numbers their terms and
// counts their n-grams.
func (s *Scorer) load(ctx context.Context, sources []source) (*corpus, []float64, error) {
	lim := limit{s.opts.WordLimit, s.opts.ByteLimit}
	texts := make([]text, len(sources))
	err := parallel(ctx, len(sources), func(_, i int) error {
		data, err := os.ReadFile(sources[i].path)
		if err != nil {
			return fmt.Errorf("read summary: %w", err)
		}
		texts[i] = s.an.analyze(sentences(data, sources[i].format), lim)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	v := newVocab()
	c := &corpus{docs: make([]*doc, len(texts))}
	for i, t := range texts {
		c.docs[i] = newDoc(t, v)
	}
	c.vocabulary = len(v.ids)
	weights := s.weightTable(maxSentence(c.docs))
	k := &keyer{bits: v.bits(), wide: map[string]uint64{}}
	err = parallel(ctx, len(c.docs), func(_, i int) error {
		c.docs[i].index(&s.opts, k, weights)
		return nil
	})
	return c, weights, err
}

// summarize groups the results by system and measure and estimates the
// averages.
func (s *Scorer) summarize(ctx context.Context, cfg *Config, systems []string, jobs []job, results []Scores, rep *Report) error {
	bySystem := map[string][]int{}
	for i, j := range jobs {
		bySystem[j.system] = append(bySystem[j.system], i)
	}
	rep.Systems = make([]System, len(systems))
	// The resampling draws depend on the number of instances only.
	draws := map[int][]int32{}
	if s.opts.Counting != 2 {
		for _, sys := range systems {
			if n := len(bySystem[sys]); draws[n] == nil {
				draws[n] = resampleDraws(n, s.opts.Resamples)
			}
		}
	}
	type task struct{ sys, metric int }
	var tasks []task
	for si, sys := range systems {
		rep.Systems[si] = System{ID: sys, Metrics: make([]MetricSummary, len(s.metrics))}
		for mi := range s.metrics {
			tasks = append(tasks, task{si, mi})
		}
	}
	return parallel(ctx, len(tasks), func(_, ti int) error {
		t := tasks[ti]
		sys := systems[t.sys]
		ms := &rep.Systems[t.sys].Metrics[t.metric]
		ms.Metric = s.metrics[t.metric].name
		ms.Evals = make([]EvalResult, 0, len(bySystem[sys]))
		for _, i := range bySystem[sys] {
			r := results[i][t.metric]
			ms.Evals = append(ms.Evals, EvalResult{
				ID:     cfg.Evals[jobs[i].eval].ID + "." + sys,
				Recall: r.Recall, Precision: r.Precision, F: r.F,
				ModelCount: r.ModelCount, PeerCount: r.PeerCount, Hits: r.Hits,
			})
		}
		s.average(ms, draws[len(ms.Evals)])
		sort.SliceStable(ms.Evals, func(a, b int) bool { return lessEvalID(ms.Evals[a].ID, ms.Evals[b].ID) })
		return nil
	})
}

// average fills the sums and bootstrap estimates of ms, whose instances
// ROUGE takes in the byte order of their IDs.
func (s *Scorer) average(ms *MetricSummary, draws []int32) {
	sort.Slice(ms.Evals, func(a, b int) bool { return ms.Evals[a].ID < ms.Evals[b].ID })
	vals := make([][3]float64, len(ms.Evals))
	for i, e := range ms.Evals {
		ms.ModelCount += e.ModelCount
		ms.PeerCount += e.PeerCount
		ms.Hits += e.Hits
		vals[i] = [3]float64{e.ModelCount, e.PeerCount, e.Hits}
		if s.opts.Counting == 0 {
			vals[i] = [3]float64{e.Recall, e.Precision, e.F}
		}
	}
	if s.opts.Counting == 2 {
		return
	}
	est := bootstrap(vals, draws, s.opts.Counting, s.opts.Alpha, s.opts.Resamples, s.opts.Confidence)
	ms.Recall, ms.Precision, ms.F = est[0], est[1], est[2]
}

// lessEvalID orders evaluation IDs as ROUGE prints them: by leading
// number when both have one, else as strings.
func lessEvalID(a, b string) bool {
	na, oka := leadingNumber(a)
	nb, okb := leadingNumber(b)
	if oka && okb && na != nb {
		return na < nb
	}
	return a < b
}

func leadingNumber(s string) (float64, bool) {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s[:n], 64)
	return v, err == nil
}

// parallel runs fn(worker, i) for i in [0, n) on GOMAXPROCS goroutines
// and returns the first errors.
func parallel(ctx context.Context, n int, fn func(worker, i int) error) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				if err := ctx.Err(); err != nil {
					errs[w] = err
					return
				}
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := fn(w, i); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}
