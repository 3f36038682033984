package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/schollz/progressbar/v3"

	"storyline/eval"
	"storyline/rouge"
	"storyline/summarize"
)

// runEvalSummarize runs summary methods over a dataset and scores them
// with ROUGE: "storyline eval summarize --data DIR|FILE".
func runEvalSummarize(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval summarize", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	data := fs.String("data", "", "dataset: a DUC folder (docs/, topics.sgml, rouge/models/) or a Multi-News JSONL file")
	methods := fs.String("methods", "", "comma-separated methods: "+strings.Join(summarize.Methods(), ", ")+" (default all)")
	words := fs.Int("words", 0, "summary budget in words (default 250 for DUC, 300 for Multi-News)")
	bytes := fs.Int("bytes", 0, "summary budget in bytes")
	hard := fs.Bool("hard-cut", false, "cut the last sentence at the budget, as ROUGE truncation does")
	query := fs.Bool("query", false, "focus each summary on its topic's question (DUC's <narr>)")
	out := fs.String("out", "", "folder for the summaries and rouge.xml (default a new temporary folder)")
	jack := fs.String("jackknife", "auto", "score against every subset of all models but one, as NIST did: yes, no or auto (yes with --query)")
	limit := fs.Bool("limit", false, "have ROUGE cut every summary, models too, to the budget (-l or -b)")
	measure := fs.String("measure", "auto", "table shows recall (R) or F-measure (F); auto: F for single-model data, else R")
	maxClusters := fs.Int("max-clusters", 0, "score only the first N stories of the dataset (0: all), for quick iteration")
	exc := fs.String("exceptions", "../shared/eval/rouge-golden/WordNet-2.0-Exceptions", "folder of WordNet exception lists for ROUGE's -m")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: storyline eval summarize --data DIR|FILE [--methods a,b] [--words N] [--query] [--out DIR]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	var names []string
	if *methods != "" {
		for _, n := range strings.Split(*methods, ",") {
			n = strings.TrimSpace(n)
			if _, err := summarize.ByName(n); err != nil {
				fmt.Fprintf(e.stderr, "storyline eval summarize: %v\n", err)
				return exitUsage
			}
			names = append(names, n)
		}
	}
	tasks, err := eval.LoadSummaryData(ctx, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval summarize: %v\n", err)
		return exitFail
	}
	if *maxClusters > 0 && len(tasks) > *maxClusters {
		tasks = tasks[:*maxClusters]
	}
	single := len(tasks) > 0 && len(tasks[0].Models) == 1
	if *words == 0 && *bytes == 0 {
		*words = 250
		if single {
			*words = 300
		}
	}
	opts := rouge.DefaultOptions()
	opts.MaxN, opts.NoLCS = 2, true
	opts.Skip, opts.SkipGap, opts.SkipUnigrams = true, 4, true
	opts.Stem = true
	if opts.Exceptions, err = rouge.LoadExceptions(*exc); err != nil {
		fmt.Fprintf(e.stderr, "storyline eval summarize: %v (name the lists with --exceptions)\n", err)
		return exitFail
	}
	if *limit {
		opts.WordLimit = *words
		if *bytes > 0 {
			opts.WordLimit, opts.ByteLimit = 0, *bytes
		}
	}
	run := eval.SummaryRun{
		Methods:  names,
		Options:  summarize.Options{Words: *words, Bytes: *bytes, HardCut: *hard},
		UseQuery: *query,
		Out:      *out,
		Rouge:    opts,
	}
	switch *jack {
	case "yes":
		run.Jackknife = true
	case "no":
	case "auto":
		run.Jackknife = *query
	default:
		fmt.Fprintf(e.stderr, "storyline eval summarize: --jackknife %q: want yes, no or auto\n", *jack)
		return exitUsage
	}
	if run.Out == "" {
		if run.Out, err = os.MkdirTemp("", "storyline-eval-summarize-"); err != nil {
			fmt.Fprintf(e.stderr, "storyline eval summarize: %v\n", err)
			return exitFail
		}
	}
	n := len(names)
	if n == 0 {
		n = len(summarize.Methods())
	}
	prepared := make([]eval.Prepared, len(tasks))
	for i, t := range tasks {
		prepared[i] = eval.Prepare(t)
	}
	// A bar redrawn in a log file or pipe is only noise: show it on a
	// terminal alone.
	var bar *progressbar.ProgressBar
	if isTerminal(e.stderr) {
		bar = progressbar.NewOptions(n*len(tasks), progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("summarizing"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish())
		run.Progress = func() { _ = bar.Add(1) }
	}
	scores, err := eval.RunSummaries(ctx, prepared, run)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval summarize: %v\n", err)
		return exitFail
	}
	useF := *measure == "F" || *measure == "auto" && single
	fmt.Fprintf(e.stdout, "%d stories, %s; summaries and rouge.xml in %s\n", len(tasks), filepath.Clean(*data), run.Out)
	if err := eval.WriteSummaryTable(e.stdout, scores, useF); err != nil {
		fmt.Fprintf(e.stderr, "storyline eval summarize: %v\n", err)
		return exitFail
	}
	return exitOK
}

// isTerminal reports whether w is a character device such as a terminal,
// not a file or a pipe.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
