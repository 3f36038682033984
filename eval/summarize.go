package eval

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"storyline"
	"storyline/analyze"
	"storyline/clean"
	nearcopy "storyline/near"
	"storyline/read"
	"storyline/rouge"
	"storyline/summarize"
)

// SummaryTask is one story of a summarization dataset: its articles, the
// question its summary answers (DUC's topic narrative, or empty) and the
// human summaries it is scored against, one sentence a line.
type SummaryTask struct {
	ID       string
	Articles []*storyline.Article
	Query    string
	Models   []ModelSummary
}

// ModelSummary is a human reference summary.
type ModelSummary struct {
	ID    string
	Lines []string
}

// LoadSummaryData reads a dataset: a JSON Lines file of Multi-News
// clusters, or a DUC folder holding docs/<cluster>/<DOCNO> files,
// topics.sgml and rouge/models/<cluster>.M.<n>.<x>.<assessor>. A DUC
// folder's docs folder may be named directly too.
func LoadSummaryData(ctx context.Context, path string) ([]SummaryTask, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("summary data %s: %w", path, err)
	}
	if !st.IsDir() {
		return loadMultiNews(ctx, path)
	}
	root := path
	if filepath.Base(path) == "docs" {
		root = filepath.Dir(path)
	}
	return loadDUC(ctx, root)
}

// loadMultiNews reads Multi-News JSONL: the editor's summary, one
// sentence a line, is the single model.
func loadMultiNews(ctx context.Context, path string) ([]SummaryTask, error) {
	arts, errs := read.Path(ctx, path, read.Options{Format: read.MultiNews})
	if len(errs) > 0 {
		return nil, fmt.Errorf("multi-news data %s: %w", path, errors.Join(errs...))
	}
	var tasks []SummaryTask
	at := map[string]int{}
	for _, a := range arts {
		id, _ := a.Extra["cluster"].(string)
		k, ok := at[id]
		if !ok {
			k = len(tasks)
			at[id] = k
			sum, _ := a.Extra["summary"].(string)
			sum = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sum), "–"))
			tasks = append(tasks, SummaryTask{ID: id, Models: []ModelSummary{{ID: "A", Lines: splitSentences(sum)}}})
		}
		tasks[k].Articles = append(tasks[k].Articles, a)
	}
	for _, t := range tasks {
		if len(t.Models[0].Lines) == 0 {
			return nil, fmt.Errorf("multi-news data %s: cluster %s has no summary", path, t.ID)
		}
	}
	return tasks, nil
}

// splitSentences cuts a reference summary into sentences, one a line, as
// ROUGE's SPL format wants.
func splitSentences(s string) []string {
	a := &storyline.Article{ID: "model", Body: s}
	clean.Article(a)
	analyze.Segment(a)
	out := make([]string, 0, len(a.Sentences))
	for _, x := range a.Sentences {
		out = append(out, strings.Join(strings.Fields(x.Text), " "))
	}
	return out
}

var (
	topicRE = regexp.MustCompile(`(?s)<topic>(.*?)</topic>`)
	numRE   = regexp.MustCompile(`(?s)<num>(.*?)</num>`)
	titleRE = regexp.MustCompile(`(?s)<title>(.*?)</title>`)
	narrRE  = regexp.MustCompile(`(?s)<narr>(.*?)</narr>`)
	// modelRE names DUC model files: D0601.M.250.A.B is cluster D0601,
	// assessor B.
	modelRE = regexp.MustCompile(`^(D\d+)\.M\.\d+\.[A-Z]\.([A-Z])$`)
)

// loadDUC reads a DUC folder.
func loadDUC(ctx context.Context, root string) ([]SummaryTask, error) {
	entries, err := os.ReadDir(filepath.Join(root, "docs"))
	if err != nil {
		return nil, fmt.Errorf("duc data %s: %w", root, err)
	}
	queries := map[string]string{}
	if b, err := os.ReadFile(filepath.Join(root, "topics.sgml")); err == nil {
		for _, m := range topicRE.FindAllStringSubmatch(string(b), -1) {
			// The query is the topic's title and its question, as DUC's
			// participants read them.
			num, narr := numRE.FindStringSubmatch(m[1]), narrRE.FindStringSubmatch(m[1])
			if num == nil || narr == nil {
				continue
			}
			q := narr[1]
			if title := titleRE.FindStringSubmatch(m[1]); title != nil {
				q = title[1] + ". " + q
			}
			queries[strings.TrimSpace(num[1])] = strings.Join(strings.Fields(html.UnescapeString(q)), " ")
		}
	}
	models := map[string][]ModelSummary{}
	mdir := filepath.Join(root, "rouge", "models")
	if ms, err := os.ReadDir(mdir); err == nil {
		for _, m := range ms {
			sub := modelRE.FindStringSubmatch(m.Name())
			if sub == nil {
				continue
			}
			b, err := os.ReadFile(filepath.Join(mdir, m.Name()))
			if err != nil {
				return nil, fmt.Errorf("duc model %s: %w", m.Name(), err)
			}
			models[sub[1]] = append(models[sub[1]], ModelSummary{ID: sub[2], Lines: nonEmptyLines(string(b))})
		}
	}
	var tasks []SummaryTask
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		arts, errs := read.Path(ctx, filepath.Join(root, "docs", e.Name()), read.Options{Format: read.DUC})
		if len(errs) > 0 {
			return nil, fmt.Errorf("duc cluster %s: %w", e.Name(), errors.Join(errs...))
		}
		// Models are named by the cluster without its assessor letter.
		id := strings.TrimRight(e.Name(), "ABCDEFGHIJ")
		tasks = append(tasks, SummaryTask{ID: e.Name(), Articles: arts, Query: queries[e.Name()], Models: models[id]})
	}
	if len(tasks) == 0 {
		return nil, fmt.Errorf("duc data %s: no cluster folders under docs", root)
	}
	return tasks, nil
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Prepared is a task ready for summarizing: its articles cleaned, copies
// found and the corpus analysed once for every method.
type Prepared struct {
	Task   SummaryTask
	Corpus *analyze.Corpus
}

// Prepare cleans and analyses a task's articles as the brief command does.
func Prepare(t SummaryTask) Prepared {
	for _, a := range t.Articles {
		clean.Article(a)
	}
	return Prepared{Task: t, Corpus: analyze.New(t.Articles, nearcopy.Duplicates(t.Articles))}
}

// SummaryRun configures a run of methods over a dataset.
type SummaryRun struct {
	// Methods are the method names to run; empty means every method.
	Methods []string
	// Options are passed to each method; UseQuery sets Query from the task.
	Options  summarize.Options
	UseQuery bool
	// Out is the folder the summaries and ROUGE configuration go to.
	Out string
	// Jackknife scores each summary against every subset of all models
	// but one and averages, as NIST scored DUC; otherwise against all.
	Jackknife bool
	// Rouge are the scoring options.
	Rouge rouge.Options
	// Progress, when not nil, is called after each summary is written.
	Progress func()
}

// MethodScore is a method's line of the results table.
type MethodScore struct {
	Method string
	// R1, R2 and SU4 hold ROUGE's averages for the three measures.
	R1, R2, SU4 rouge.MetricSummary
	// Time is what the method took, summed over the tasks.
	Time time.Duration
}

// RunSummaries runs every method over the prepared tasks, writes the
// summaries under Out/peers/<task>.<method> and the models under
// Out/models, writes Out/rouge.xml, and scores the summaries.
func RunSummaries(ctx context.Context, tasks []Prepared, run SummaryRun) ([]MethodScore, error) {
	names := run.Methods
	if len(names) == 0 {
		names = summarize.Methods()
	}
	peers, modelDir := filepath.Join(run.Out, "peers"), filepath.Join(run.Out, "models")
	for _, d := range []string{peers, modelDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, fmt.Errorf("summary output: %w", err)
		}
	}
	for _, t := range tasks {
		for _, m := range t.Task.Models {
			if err := writeLines(filepath.Join(modelDir, t.Task.ID+"."+m.ID), m.Lines); err != nil {
				return nil, err
			}
		}
	}
	var scores []MethodScore
	for _, name := range names {
		m, err := summarize.ByName(name)
		if err != nil {
			return nil, err
		}
		var took time.Duration
		for _, t := range tasks {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			opts := run.Options
			if run.UseQuery {
				opts.Query = t.Task.Query
			}
			start := time.Now()
			items := summarize.Summarize(t.Corpus, m, opts)
			took += time.Since(start)
			lines := make([]string, len(items))
			for k, it := range items {
				lines[k] = it.Text
			}
			if err := writeLines(filepath.Join(peers, t.Task.ID+"."+name), lines); err != nil {
				return nil, err
			}
			if run.Progress != nil {
				run.Progress()
			}
		}
		scores = append(scores, MethodScore{Method: name, Time: took})
	}
	cfg := summaryConfig(tasks, names, peers, modelDir, run.Jackknife)
	f, err := os.Create(filepath.Join(run.Out, "rouge.xml"))
	if err != nil {
		return nil, fmt.Errorf("summary output: %w", err)
	}
	werr := writeConfig(f, cfg)
	if err := f.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		return nil, fmt.Errorf("summary output: rouge.xml: %w", werr)
	}
	rep, err := rouge.Evaluate(ctx, cfg, run.Rouge, names...)
	if err != nil {
		return nil, fmt.Errorf("scoring summaries: %w", err)
	}
	for k := range scores {
		for _, sys := range rep.Systems {
			if sys.ID != scores[k].Method {
				continue
			}
			for _, ms := range sys.Metrics {
				switch ms.Metric {
				case "ROUGE-1":
					scores[k].R1 = ms
				case "ROUGE-2":
					scores[k].R2 = ms
				case "ROUGE-SU4":
					scores[k].SU4 = ms
				}
			}
		}
	}
	return scores, nil
}

func writeLines(path string, lines []string) error {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("summary output: %w", err)
	}
	return nil
}

// summaryConfig is the ROUGE configuration of a run: per task, one
// evaluation against all models, or with jackknifing one per model left
// out.
func summaryConfig(tasks []Prepared, methods []string, peerRoot, modelRoot string, jackknife bool) *rouge.Config {
	cfg := &rouge.Config{}
	for _, t := range tasks {
		var peers []rouge.Summary
		for _, m := range methods {
			peers = append(peers, rouge.Summary{ID: m, File: t.Task.ID + "." + m})
		}
		var models []rouge.Summary
		for _, m := range t.Task.Models {
			models = append(models, rouge.Summary{ID: m.ID, File: t.Task.ID + "." + m.ID})
		}
		sort.Slice(models, func(a, b int) bool { return models[a].ID < models[b].ID })
		ev := rouge.Eval{ID: t.Task.ID, PeerRoot: peerRoot, ModelRoot: modelRoot, Format: rouge.FormatSPL, Peers: peers}
		if !jackknife || len(models) < 2 {
			ev.Models = models
			cfg.Evals = append(cfg.Evals, ev)
			continue
		}
		for k, out := range models {
			e := ev
			e.ID = t.Task.ID + "-" + out.ID
			e.Models = append(append([]rouge.Summary(nil), models[:k]...), models[k+1:]...)
			cfg.Evals = append(cfg.Evals, e)
		}
	}
	return cfg
}

// writeConfig writes cfg as ROUGE-1.5.5's XML, so that the Perl script or
// "storyline rouge" can score the run again.
func writeConfig(w io.Writer, cfg *rouge.Config) error {
	var b strings.Builder
	b.WriteString("<ROUGE_EVAL version=\"1.5.5\">\n")
	esc := html.EscapeString
	for _, e := range cfg.Evals {
		fmt.Fprintf(&b, "<EVAL ID=\"%s\">\n<PEER-ROOT>\n%s\n</PEER-ROOT>\n<MODEL-ROOT>\n%s\n</MODEL-ROOT>\n", esc(e.ID), esc(e.PeerRoot), esc(e.ModelRoot))
		fmt.Fprintf(&b, "<INPUT-FORMAT TYPE=\"%s\">\n</INPUT-FORMAT>\n<PEERS>\n", esc(e.Format))
		for _, p := range e.Peers {
			fmt.Fprintf(&b, "<P ID=\"%s\">%s</P>\n", esc(p.ID), esc(p.File))
		}
		b.WriteString("</PEERS>\n<MODELS>\n")
		for _, m := range e.Models {
			fmt.Fprintf(&b, "<M ID=\"%s\">%s</M>\n", esc(m.ID), esc(m.File))
		}
		b.WriteString("</MODELS>\n</EVAL>\n")
	}
	b.WriteString("</ROUGE_EVAL>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteSummaryTable prints one row per method: ROUGE-1, ROUGE-2 and
// ROUGE-SU4 recall, or F with useF, with 95% intervals, and the time the
// method took.
func WriteSummaryTable(w io.Writer, scores []MethodScore, useF bool) error {
	kind := "R"
	if useF {
		kind = "F"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %-24s %-24s %-24s %s\n", "method", "ROUGE-1 "+kind, "ROUGE-2 "+kind, "ROUGE-SU4 "+kind, "time")
	cell := func(m rouge.MetricSummary) string {
		iv := m.Recall
		if useF {
			iv = m.F
		}
		return fmt.Sprintf("%.5f (%.5f-%.5f)", iv.Average, iv.Low, iv.High)
	}
	for _, s := range scores {
		fmt.Fprintf(&b, "%-10s %-24s %-24s %-24s %s\n", s.Method, cell(s.R1), cell(s.R2), cell(s.SU4), s.Time.Round(time.Millisecond))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
