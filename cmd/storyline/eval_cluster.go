package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"storyline"
	"storyline/eval"
)

func runEvalCluster(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "eval cluster", `eval cluster --labels FILE|folder|extra:KEY [flags] input...

Clusters the articles read (in one batch, as "storyline cluster" does) and
scores the stories against true labels: B-cubed precision, recall and F1,
the adjusted Rand index, and the number of stories found against the truth.

--labels is a file of "id<TAB>label" lines or a JSON object {"id": "label"};
"folder" labels each article with the folder it was read from (DUC: one
folder a topic); "extra:KEY" with a field its reader kept (Multi-News:
extra:cluster).`)
	var in inputFlags
	in.register(fs)
	var sf storyFlags
	sf.register(fs)
	labelsFrom := fs.String("labels", "", "true labels: a `FILE`, folder, or extra:KEY")
	shuffle := fs.Uint64("shuffle", 1, "shuffle the articles with this seed before clustering (0 keeps their order); dated articles are placed in date order anyway")
	format := fs.String("format", "text", "output format: text or json")
	if code, done := parseFlags(fs, args); done {
		return code
	}
	opts, err := sf.options()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval cluster: %v\n", err)
		return exitUsage
	}
	if *labelsFrom == "" || fs.NArg() == 0 || (*format != "text" && *format != "json") {
		fs.Usage()
		return exitUsage
	}
	arts, code := readForClustering(ctx, e, in, fs.Args())
	if code != exitOK {
		return code
	}
	var labels map[string]string
	switch {
	case *labelsFrom == "folder" || strings.HasPrefix(*labelsFrom, "extra:"):
		labels, err = eval.LabelsFrom(arts, *labelsFrom)
	default:
		labels, err = readLabelFile(*labelsFrom)
		arts = without(arts, *labelsFrom)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval cluster: %v\n", err)
		return exitFail
	}
	if *shuffle != 0 {
		eval.Shuffle(arts, *shuffle)
	}
	sc, _ := eval.ClusterRun(arts, labels, opts)
	if sc.Items == 0 {
		fmt.Fprintf(e.stderr, "storyline eval cluster: no article read has a label in %s\n", *labelsFrom)
		return exitFail
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sc); err != nil {
			return exitFail
		}
		return exitOK
	}
	fmt.Fprintf(e.stdout, "articles scored   %d (%d without a label, not scored)\n", sc.Items, sc.Unlabelled)
	fmt.Fprintf(e.stdout, "B-cubed           precision %.3f  recall %.3f  F1 %.3f\n", sc.Precision, sc.Recall, sc.F1)
	fmt.Fprintf(e.stdout, "adjusted Rand     %.3f\n", sc.ARI)
	fmt.Fprintf(e.stdout, "stories           %d found, %d true\n", sc.Found, sc.Truth)
	fmt.Fprintf(e.stdout, "small topics      %d of %d articles of true topics of at most %d went into a story led by a larger topic\n",
		sc.SmallMerged, sc.SmallItems, eval.SmallTopic)
	return exitOK
}

// readLabelFile reads a file of true labels.
func readLabelFile(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	defer f.Close()
	return eval.ReadLabels(f, path)
}

// without drops the article read from the labels file itself, when the
// labels sit among the inputs (WikiRef220's labels.tsv).
func without(arts []*storyline.Article, labelsPath string) []*storyline.Article {
	abs, _ := filepath.Abs(labelsPath)
	out := arts[:0]
	for _, a := range arts {
		origin, _, _ := strings.Cut(a.Origin, "#")
		if o, _ := filepath.Abs(origin); o == abs {
			continue
		}
		out = append(out, a)
	}
	return out
}
