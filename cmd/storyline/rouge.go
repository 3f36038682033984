package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"storyline/rouge"
)

// defaultExceptions is where the WordNet exception lists are, relative to
// the repository.
const defaultExceptions = "../shared/eval/rouge-golden/WordNet-2.0-Exceptions"

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// runRouge is "storyline rouge": ROUGE-1.5.5.pl's options and output.
func runRouge(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("rouge", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	all := fs.Bool("a", false, "evaluate all systems of the configuration")
	conf := fs.Float64("c", 95, "confidence interval in percent")
	perEval := fs.Bool("d", false, "print the score of every evaluation")
	home := fs.String("e", "", "ROUGE data directory: WordNet-2.0-Exceptions/ or *.exc, and smart_common_words.txt")
	bytes := fs.Int("b", 0, "use only the first `n` bytes of each summary")
	words := fs.Int("l", 0, "use only the first `n` words of each summary")
	stemming := fs.Bool("m", false, "stem tokens (WordNet exceptions, then Porter)")
	maxN := fs.Int("n", 0, "compute ROUGE-1 to ROUGE-`n`")
	stop := fs.Bool("s", false, "remove stop words (SMART's list)")
	resamples := fs.Int("r", 1000, "bootstrap resamples")
	gap := fs.Int("2", -1, "compute skip-bigrams with this maximum `gap` (negative: any)")
	uni := fs.Bool("u", false, "count unigrams with skip-bigrams (ROUGE-SU)")
	both := fs.Bool("U", false, "compute both ROUGE-S and ROUGE-SU")
	weight := fs.Float64("w", 0, "compute ROUGE-W with this `weight`")
	noLCS := fs.Bool("x", false, "do not compute ROUGE-L")
	formula := fs.String("f", "A", "scoring formula: A model average, B best model")
	alpha := fs.Float64("p", 0.5, "alpha: F = 1/(alpha/P + (1-alpha)/R)")
	counting := fs.Int("t", 0, "0: average of evaluations, 1: pooled counts, 2: counts only")
	fs.Bool("v", false, "verbose (ignored)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	var peer string
	var models stringList
	fs.StringVar(&peer, "peer", "", "score this peer `file` against --model files instead of a configuration")
	fs.Var(&models, "model", "a model summary `file` (repeatable)")
	format := fs.String("format", "SPL", "input format of --peer and --model files: SPL, SEE or ISI")
	excDir := fs.String("exceptions", "", "directory of WordNet exception lists (default "+defaultExceptions+")")
	excOrder := fs.String("exceptions-order", "", "comma-separated `lists` in reading order, later ones winning (e.g. adv,adj,noun,verb)")
	peerRoot := fs.String("peer-root", "", "replace every PEER-ROOT of the configuration")
	modelRoot := fs.String("model-root", "", "replace every MODEL-ROOT of the configuration")
	root := fs.String("root", "", "replace @ROOT@ in the configuration's roots")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: storyline rouge [options] config.xml [systemID]")
		fmt.Fprintln(e.stderr, "       storyline rouge [options] --peer FILE --model FILE [--model FILE...]")
		fmt.Fprintln(e.stderr, "\nScores summaries exactly as ROUGE-1.5.5.pl does, with its options, e.g. NIST's")
		fmt.Fprintln(e.stderr, "  -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d config.xml")
		fmt.Fprintln(e.stderr, "\noptions:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	opts := rouge.DefaultOptions()
	opts.MaxN, opts.NoLCS, opts.Weight = *maxN, *noLCS, *weight
	opts.Skip, opts.SkipGap, opts.SkipUnigrams, opts.SkipBoth = set["2"], *gap, *uni, *both
	opts.Stem, opts.RemoveStopwords = *stemming, *stop
	opts.WordLimit, opts.ByteLimit = *words, *bytes
	opts.Alpha, opts.Counting, opts.Confidence, opts.Resamples = *alpha, *counting, *conf, *resamples
	switch strings.ToUpper(*formula) {
	case "A":
	case "B":
		opts.BestModel = true
	default:
		fmt.Fprintf(e.stderr, "storyline rouge: -f %q: want A (model average) or B (best model)\n", *formula)
		return exitUsage
	}
	if (*uni || *both) && !opts.Skip {
		fmt.Fprintln(e.stderr, "storyline rouge: -u and -U need -2")
		return exitUsage
	}
	if err := loadLexicon(&opts, *home, *excDir, *excOrder); err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: %v\n", err)
		return exitFail
	}

	cfg, systems, code := rougeConfig(e, fs.Args(), peer, models, *format, *all)
	if cfg == nil {
		return code
	}
	if *root != "" {
		cfg.ReplaceInRoots("@ROOT@", *root)
	}
	cfg.SetRoots(*peerRoot, *modelRoot)

	rep, err := rouge.Evaluate(ctx, cfg, opts, systems...)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: %v\n", err)
		return exitFail
	}
	for _, w := range rep.Warnings {
		fmt.Fprintf(e.stderr, "*ROUGE Warning: %s\n", w)
	}
	if *asJSON {
		if !*perEval {
			for i := range rep.Systems {
				for j := range rep.Systems[i].Metrics {
					rep.Systems[i].Metrics[j].Evals = nil
				}
			}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = rep.WriteText(e.stdout, *perEval)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: write report: %v\n", err)
		return exitFail
	}
	return exitOK
}

// rougeConfig returns the configuration to evaluate and the systems to
// score (none: all), from a configuration file or from --peer and
// --model. A nil configuration comes with the exit code.
func rougeConfig(e *env, args []string, peer string, models []string, format string, all bool) (*rouge.Config, []string, int) {
	if peer != "" || len(models) > 0 {
		if peer == "" || len(models) == 0 || len(args) > 1 {
			fmt.Fprintln(e.stderr, "storyline rouge: --peer needs at least one --model and takes no configuration")
			return nil, nil, exitUsage
		}
		// As ROUGE's file-list mode: evaluation 1, system X, models M.1...
		ev := rouge.Eval{ID: "1", Format: format, Peers: []rouge.Summary{{ID: "X", File: peer}}}
		for i, m := range models {
			ev.Models = append(ev.Models, rouge.Summary{ID: fmt.Sprintf("M.%d", i+1), File: m})
		}
		if len(args) == 1 {
			ev.Peers[0].ID = args[0]
		}
		return &rouge.Config{Evals: []rouge.Eval{ev}}, nil, exitOK
	}
	if len(args) == 0 || len(args) > 2 {
		fmt.Fprintln(e.stderr, "usage: storyline rouge [options] config.xml [systemID] (see --help)")
		return nil, nil, exitUsage
	}
	if len(args) == 1 && !all {
		fmt.Fprintln(e.stderr, "storyline rouge: name a system ID to evaluate or use -a to evaluate all systems")
		return nil, nil, exitUsage
	}
	f, err := os.Open(args[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: %v\n", err)
		return nil, nil, exitFail
	}
	defer f.Close()
	cfg, err := rouge.ParseConfig(f)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: %s: %v\n", args[0], err)
		return nil, nil, exitFail
	}
	if len(args) == 2 && !all {
		return cfg, args[1:], exitOK
	}
	return cfg, nil, exitOK
}

// loadLexicon loads the exception lists when stemming, and a stop list
// from ROUGE's data directory when it has one.
func loadLexicon(opts *rouge.Options, home, excDir, order string) error {
	if home != "" {
		if excDir == "" {
			excDir = home
			if st, err := os.Stat(filepath.Join(home, "WordNet-2.0-Exceptions")); err == nil && st.IsDir() {
				excDir = filepath.Join(home, "WordNet-2.0-Exceptions")
			}
		}
		if data, err := os.ReadFile(filepath.Join(home, "smart_common_words.txt")); err == nil {
			opts.Stopwords = map[string]bool{}
			for _, line := range strings.Split(string(data), "\n") {
				opts.Stopwords[strings.TrimSuffix(line, "\r")] = true
			}
		}
	}
	if !opts.Stem {
		return nil
	}
	if excDir == "" {
		excDir = defaultExceptions
	}
	var names []string
	if order != "" {
		names = strings.Split(order, ",")
	}
	exc, err := rouge.LoadExceptions(excDir, names...)
	if err != nil {
		return fmt.Errorf("%w (stemming needs WordNet's exception lists: see --exceptions)", err)
	}
	opts.Exceptions = exc
	return nil
}
