package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"storyline/clean"
	"storyline/eval"
	"storyline/read"
)

// extractRow is one extractor scored by "storyline eval extract".
type extractRow struct {
	name    string
	extract func(ctx context.Context, name string, page []byte) (string, error)
}

// runEvalExtract scores HTML main-text extraction on the extraction
// benchmark: go-trafilatura alone, then Storyline's reader, then the reader
// followed by cleaning.
func runEvalExtract(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("storyline eval extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dir := fs.String("dir", "../shared/eval/extraction", "the benchmark: html/<id>.html.gz and ground-truth.json")
	raw := fs.Bool("raw", false, "score only go-trafilatura alone, as the benchmark runs it")
	worst := fs.Int("worst", 5, "list this many pages with the lowest F1 for each extractor")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: storyline eval extract [--dir DIR] [--raw] [--worst N]")
		fmt.Fprintln(e.stderr, "\nScores main-text extraction by the precision, recall and F1 of 4-token")
		fmt.Fprintln(e.stderr, "shingles against the benchmark's articleBody, averaged over pages.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 || *worst < 0 {
		fs.Usage()
		return exitUsage
	}

	rows := []extractRow{{"go-trafilatura", extractRaw}}
	if !*raw {
		rows = append(rows,
			extractRow{"storyline read", extractRead(false)},
			extractRow{"storyline read + clean", extractRead(true)})
	}
	type scored struct {
		name string
		res  eval.ExtractionResult
	}
	var results []scored
	for _, row := range rows {
		res, err := eval.Extraction(ctx, *dir, row.extract)
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline eval extract: %v\n", err)
			return exitFail
		}
		results = append(results, scored{row.name, res})
	}

	fmt.Fprintf(e.stdout, "%-24s %9s %9s %9s %6s %6s\n", "extractor", "precision", "recall", "F1", "pages", "failed")
	for _, s := range results {
		fmt.Fprintf(e.stdout, "%-24s %9.4f %9.4f %9.4f %6d %6d\n",
			s.name, s.res.Precision, s.res.Recall, s.res.F1, len(s.res.Pages), s.res.Failed)
	}
	for _, s := range results {
		if *worst == 0 {
			break
		}
		fmt.Fprintf(e.stdout, "\nworst pages, %s:\n", s.name)
		for _, pg := range s.res.Worst(*worst) {
			p, _ := pg.Precision()
			r, _ := pg.Recall()
			fmt.Fprintf(e.stdout, "  F1 %.3f  P %.3f  R %.3f  %.12s  %s\n", pg.F1(), p, r, pg.ID, pg.URL)
			if pg.Err != nil {
				fmt.Fprintf(e.stdout, "      error: %v\n", pg.Err)
			}
		}
	}
	return exitOK
}

// extractRaw runs go-trafilatura as the benchmark's own runner does: with
// its fallback extractors, the text as returned, soft hyphens removed.
func extractRaw(_ context.Context, name string, page []byte) (text string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: go-trafilatura panicked: %v", name, p)
		}
	}()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true})
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return strings.ReplaceAll(res.ContentText, "\u00ad", ""), nil
}

// extractRead returns an extractor that runs Storyline's HTML reader and
// returns the article's Body, or with cleaning its Text.
func extractRead(cleaned bool) func(ctx context.Context, name string, page []byte) (string, error) {
	return func(ctx context.Context, name string, page []byte) (string, error) {
		a, err := read.HTML(ctx, name, bytes.NewReader(page))
		if err != nil {
			return "", err
		}
		if !cleaned {
			return a.Body, nil
		}
		clean.Article(a)
		return a.Text, nil
	}
}
