package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	storypkg "storyline/story"
)

// storyFlags are the clustering flags shared by cluster and eval cluster.
// (Package story is imported as storypkg: the tests of this package use
// the name story for a text.)
type storyFlags struct {
	threshold float64
	window    string
	maxGap    string
}

func (f *storyFlags) register(fs *flag.FlagSet) {
	fs.Float64Var(&f.threshold, "threshold", storypkg.DefaultThreshold, "least cosine similarity for an article to join a story")
	fs.StringVar(&f.window, "window", "3d", "distance in time from a story with no penalty (e.g. 72h, 3d)")
	fs.StringVar(&f.maxGap, "max-gap", "365d", "distance in time from a story beyond which no article joins it (the bar to join rises with the distance up to it); none ignores dates")
}

// options turns the flags into storypkg.Options.
func (f *storyFlags) options() (storypkg.Options, error) {
	if f.threshold <= 0 || f.threshold >= 1 {
		return storypkg.Options{}, fmt.Errorf("--threshold %v: want a number between 0 and 1", f.threshold)
	}
	w, err := parseSpan(f.window)
	if err != nil || w <= 0 {
		return storypkg.Options{}, fmt.Errorf("--window %q: want a positive duration such as 72h or 3d", f.window)
	}
	gap := time.Duration(-1)
	if f.maxGap != "none" {
		if gap, err = parseSpan(f.maxGap); err != nil || gap <= 0 {
			return storypkg.Options{}, fmt.Errorf("--max-gap %q: want a positive duration such as 30d, or none", f.maxGap)
		}
	}
	return storypkg.Options{Threshold: f.threshold, Window: w, MaxGap: gap}, nil
}

// parseSpan parses a Go duration, also accepting days ("3d", "1.5d").
func parseSpan(s string) (time.Duration, error) {
	if d, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseFloat(d, 64)
		if err != nil {
			return 0, err
		}
		return time.Duration(n * 24 * float64(time.Hour)), nil
	}
	return time.ParseDuration(s)
}

func runCluster(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "cluster", `cluster [flags] input... (files, folders, or - for stdin)

Groups articles into stories: each joins the story it belongs to or starts
a new one. With --state, the stories are kept in FILE between runs, and
articles already in it are not added twice; a FILE that is not a valid
state is refused and left as it is.`)
	var in inputFlags
	in.register(fs)
	var sf storyFlags
	sf.register(fs)
	format := fs.String("format", "auto", "output format: text, md, json, or jsonl (each article read, with the id of its story, which `storyline brief --story ID -` reads); auto is text on a terminal and jsonl when the output is piped or redirected")
	state := fs.String("state", "", "keep the stories in `FILE` between runs")
	since := fs.String("since", "", "print only stories with an article within `DUR` (e.g. 48h, 7d) of the newest article")
	if code, done := parseFlags(fs, args); done {
		return code
	}
	opts, err := sf.options()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline cluster: %v\n", err)
		return exitUsage
	}
	var sinceDur time.Duration
	if *since != "" {
		if sinceDur, err = parseSpan(*since); err != nil || sinceDur <= 0 {
			fmt.Fprintf(e.stderr, "storyline cluster: --since %q: want a positive duration such as 48h or 7d\n", *since)
			return exitUsage
		}
	}
	switch *format {
	case "text", "md", "json", "jsonl":
	case "auto":
		*format = "jsonl"
		if isTerminal(e.stdout) {
			*format = "text"
		}
	default:
		fmt.Fprintf(e.stderr, "storyline cluster: --format %q: want text, md, json or jsonl\n", *format)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	c := storypkg.New(opts)
	if *state != "" {
		if c, err = loadState(*state, opts); err != nil {
			fmt.Fprintf(e.stderr, "storyline cluster: %v\n", err)
			return exitFail
		}
	}
	arts, code := readForClustering(ctx, e, in, fs.Args())
	if code != exitOK {
		return code
	}
	c.AddBatch(arts)
	if *state != "" {
		if err := saveState(*state, c); err != nil {
			fmt.Fprintf(e.stderr, "storyline cluster: %v\n", err)
			return exitFail
		}
	}
	stories := c.Stories()
	if sinceDur > 0 {
		stories = recent(stories, c.Newest().Add(-sinceDur))
	}
	write := func() error { return writeStories(e.stdout, *format, c, stories) }
	if *format == "jsonl" {
		write = func() error { return writeStoryArticles(e.stdout, arts, stories) }
	}
	if err := write(); err != nil {
		fmt.Fprintf(e.stderr, "storyline cluster: writing output: %v\n", err)
		return exitFail
	}
	return exitOK
}

// loadState loads the clusterer kept in path, or returns a new one when
// there is no such file yet.
func loadState(path string, opts storypkg.Options) (*storypkg.Clusterer, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return storypkg.New(opts), nil
	}
	if err != nil {
		return nil, fmt.Errorf("state: %w", err)
	}
	defer f.Close()
	c, err := storypkg.Load(f)
	if err != nil {
		return nil, fmt.Errorf("state %s: %w (the file is left as it is)", path, err)
	}
	return c, nil
}

// saveState writes the state to a temporary file beside path and renames
// it over path, so that a failed or interrupted write never leaves a
// damaged state.
func saveState(path string, c *storypkg.Clusterer) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("saving state: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if err := c.Save(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("saving state %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("saving state %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("saving state %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("saving state: %w", err)
	}
	return nil
}

// recent keeps the stories with an article published at or after t.
func recent(stories []storypkg.Story, t time.Time) []storypkg.Story {
	var out []storypkg.Story
	for _, s := range stories {
		if !s.Last.IsZero() && !s.Last.Before(t) {
			out = append(out, s)
		}
	}
	return out
}

// writeStories prints stories as JSON, Markdown or plain text.
func writeStories(w io.Writer, format string, c *storypkg.Clusterer, stories []storypkg.Story) error {
	if stories == nil {
		stories = []storypkg.Story{}
	}
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Stories []storypkg.Story `json:"stories"`
		}{stories})
	}
	var b strings.Builder
	for _, s := range stories {
		headline := s.Headline
		if headline == "" {
			headline = "(no headline)"
		}
		if format == "md" {
			fmt.Fprintf(&b, "## %d. %s\n\n%s\n\n", s.ID, headline, storySummary(s))
		} else {
			fmt.Fprintf(&b, "story %d: %s\n  %s\n", s.ID, headline, storySummary(s))
		}
		for _, id := range s.Articles {
			ref, _ := c.Article(id)
			line := id
			if ref.Source != "" {
				line += " · " + ref.Source
			}
			if !ref.Published.IsZero() {
				line += " · " + ref.Published.UTC().Format("2006-01-02 15:04")
			}
			if ref.Title != "" {
				line += " · " + ref.Title
			}
			if format == "md" {
				fmt.Fprintf(&b, "- %s\n", line)
			} else {
				fmt.Fprintf(&b, "  - %s\n", line)
			}
		}
		for _, g := range s.Duplicates {
			if format == "md" {
				fmt.Fprintf(&b, "- copies of %s: %s\n", g[0], strings.Join(g[1:], ", "))
			} else {
				fmt.Fprintf(&b, "  copies of %s: %s\n", g[0], strings.Join(g[1:], ", "))
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// storySummary says how many articles and outlets a story has and when.
func storySummary(s storypkg.Story) string {
	out := fmt.Sprintf("%d articles", len(s.Articles))
	if len(s.Articles) == 1 {
		out = "1 article"
	}
	if n := len(s.Sources); n > 0 {
		out += fmt.Sprintf(" from %d outlets", n)
		if n == 1 {
			out = strings.TrimSuffix(out, "s")
		}
	}
	if !s.First.IsZero() {
		out += ", " + s.First.UTC().Format("2006-01-02 15:04")
		if !s.Last.Equal(s.First) {
			out += " to " + s.Last.UTC().Format("2006-01-02 15:04")
		}
	}
	return out
}
