// Command storygen writes a synthetic stream of news articles, for
// measuring how story clustering scales.
//
//	storygen [--articles 100000] [--stories 10000] [--days 60] [--seed 1] > stream.jsonl
//	storyline cluster --max-bytes 1000000000 --format json stream.jsonl
//	storyline eval cluster --max-bytes 1000000000 --labels extra:story stream.jsonl
//
// Each line is one article in the JSON Lines form that storyline reads:
// {"id","source","title","published","text","story"}, where "story" names
// the story the article was written for (the truth, for eval cluster).
//
// The stream is made from a word model: word pairs learnt from the
// project's demo corpus (the .txt files under --corpus, examples/ by
// default), with each story given names, a place, an organisation and
// subject words of its own, which its articles use the way real reports of
// one event share their names. Story sizes are heavy-tailed (log-normal,
// most stories have a few articles, some have dozens), story starts are
// spread over --days, and stories are reported over a day or two on
// average, a tenth of them over a week or more. A share of articles
// (--copies) are wire copies of an earlier article of their story, with a
// new headline and a line added or cut.
//
// The same flags and seed give the same stream. The benchmark in this
// folder (go test -bench Scale ./cmd/storygen/) generates the stream in
// memory and times story.Clusterer on it.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"storyline"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("storygen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := defaultConfig()
	fs.IntVar(&cfg.Articles, "articles", cfg.Articles, "articles in the stream")
	fs.IntVar(&cfg.Stories, "stories", cfg.Stories, "stories they tell")
	fs.IntVar(&cfg.Days, "days", cfg.Days, "days the stream covers")
	fs.Float64Var(&cfg.Copies, "copies", cfg.Copies, "share of articles that are wire copies")
	fs.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed")
	corpus := fs.String("corpus", "examples", "folder of .txt files the word model learns from")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if cfg.Articles < 1 || cfg.Stories < 1 || cfg.Stories > cfg.Articles || cfg.Days < 1 || cfg.Copies < 0 || cfg.Copies > 1 {
		fmt.Fprintln(stderr, "storygen: want articles ≥ stories ≥ 1, days ≥ 1 and copies in [0, 1]")
		return 2
	}
	text, err := readCorpus(*corpus)
	if err != nil {
		fmt.Fprintf(stderr, "storygen: corpus %s: %v; using the built-in seed text\n", *corpus, err)
	}
	cfg.Corpus = text
	if err := write(stdout, generate(cfg)); err != nil {
		fmt.Fprintf(stderr, "storygen: %v\n", err)
		return 1
	}
	return 0
}

// defaultConfig is the scale target of issue 5: 100,000 articles in 10,000
// stories.
func defaultConfig() config {
	return config{Articles: 100000, Stories: 10000, Days: 60, Copies: 0.15, Seed: 1,
		Start: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Spread: 36 * time.Hour, Corpus: fallbackCorpus}
}

// write prints articles as JSON Lines.
func write(w io.Writer, arts []*storyline.Article) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, a := range arts {
		rec := struct {
			ID        string `json:"id"`
			Source    string `json:"source"`
			Title     string `json:"title"`
			Published string `json:"published"`
			Text      string `json:"text"`
			Story     any    `json:"story"`
		}{a.ID, a.Source, a.Title, a.Published.Format(time.RFC3339), a.Body, a.Extra["story"]}
		if err := enc.Encode(&rec); err != nil {
			return fmt.Errorf("writing: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	return nil
}
