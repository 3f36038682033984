package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"storyline"
	"storyline/analyze"
	"storyline/brief"
	"storyline/clean"
	"storyline/internal/par"
	"storyline/read"
	"storyline/render"
	"storyline/story"
	"storyline/summarize"
)

// inputFlags are the flags shared by commands that read articles.
type inputFlags struct {
	format   string
	maxBytes int64
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "input-format", "auto", "input format: auto, text, html, jsonl, feed, duc or multinews")
	fs.Int64Var(&f.maxBytes, "max-bytes", read.DefaultMaxBytes, "largest input accepted, in bytes")
}

// readInputs reads and cleans every input, reporting bad ones on stderr.
// It returns exitUsage for a bad flag value and exitFail when nothing at
// all could be read.
func readInputs(ctx context.Context, e *env, f inputFlags, paths []string) ([]*storyline.Article, int) {
	return readArticles(ctx, e, f, paths, false)
}

// readForClustering reads, cleans and checks every input as readInputs
// does, but keeps of each article only what clustering uses (its cleaned
// text, title, outlet, date, origin and extra fields), dropping the text as
// read and the paragraphs as soon as the article is cleaned: on a stream of
// hundreds of megabytes those copies of the text would be most of the
// memory used.
func readForClustering(ctx context.Context, e *env, f inputFlags, paths []string) ([]*storyline.Article, int) {
	return readArticles(ctx, e, f, paths, true)
}

// readArticles reads, cleans and checks the inputs; slim drops what only a
// brief uses once an article is cleaned.
func readArticles(ctx context.Context, e *env, f inputFlags, paths []string, slim bool) ([]*storyline.Article, int) {
	format, err := read.ParseFormat(f.format)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline: %v\n", err)
		return nil, exitUsage
	}
	arts, errs := read.Paths(ctx, paths, e.stdin, read.Options{Format: format, MaxBytes: f.maxBytes, Logger: e.log})
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "storyline: skipped %v\n", err)
	}
	// Articles are cleaned on every core; what is skipped is told in the
	// order the articles were read.
	english := make([]float64, len(arts))
	empty := make([]bool, len(arts))
	par.Each(len(arts), func(i int) {
		a := arts[i]
		clean.Article(a)
		empty[i] = len(a.Paragraphs) == 0
		if !empty[i] {
			if ok, share := analyze.English(a.Text); !ok {
				english[i] = share
			} else {
				english[i] = -1
			}
		}
		if slim && !empty[i] {
			a.Body, a.Paragraphs, a.Dropped, a.Sentences = "", nil, nil, nil
		}
	})
	var kept []*storyline.Article
	for i, a := range arts {
		if empty[i] {
			fmt.Fprintf(e.stderr, "storyline: skipped %s: no article text left after cleaning (%d boilerplate paragraphs dropped)\n", a.Origin, len(a.Dropped))
			continue
		}
		if share := english[i]; share >= 0 {
			fmt.Fprintf(e.stderr, "storyline: skipped %s: not English (%.0f%% English function words; Storyline reads English news)\n", a.Origin, share*100)
			continue
		}
		kept = append(kept, a)
	}
	if len(kept) == 0 {
		if len(errs) == 0 || errors.Is(ctx.Err(), context.Canceled) {
			fmt.Fprintln(e.stderr, "storyline: no articles read")
		} else {
			fmt.Fprintln(e.stderr, "storyline: no input could be read")
		}
		return nil, exitFail
	}
	return kept, exitOK
}

func newFlagSet(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: storyline %s\n\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; done is true when the command should stop with code.
func parseFlags(fs *flag.FlagSet, args []string) (code int, done bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, true
		}
		return exitUsage, true
	}
	return exitOK, false
}

func runExtract(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "extract", "extract [flags] input... (files, folders, or - for stdin)\n\nShows the cleaned article of each input: title, outlet, date and text,\nand with --dropped what cleaning removed.")
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "text", "output format: text or json (one object a line)")
	dropped := fs.Bool("dropped", false, "also show what cleaning dropped, and why")
	if code, done := parseFlags(fs, args); done {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(e.stderr, "storyline extract: unknown --format %q (want text or json)\n", *format)
		return exitUsage
	}
	arts, code := readInputs(ctx, e, in, fs.Args())
	if code != exitOK {
		return code
	}
	if err := writeExtract(e.stdout, arts, *format, *dropped); err != nil {
		fmt.Fprintf(e.stderr, "storyline extract: %v\n", err)
		return exitFail
	}
	return exitOK
}

// extracted is the JSON of one article in `storyline extract --format
// json` and `storyline cluster --format jsonl`: the fields the JSON Lines
// reader reads, so that either output can be read again.
type extracted struct {
	ID        string              `json:"id"`
	Source    string              `json:"source"`
	Title     string              `json:"title"`
	Published string              `json:"published,omitempty"`
	URL       string              `json:"url,omitempty"`
	Text      string              `json:"text"`
	Story     string              `json:"story,omitempty"`
	Dropped   []storyline.Dropped `json:"dropped,omitempty"`
}

func newExtracted(a *storyline.Article) extracted {
	x := extracted{ID: a.ID, Source: a.Source, Title: a.Title, URL: a.URL, Text: a.Text}
	if !a.Published.IsZero() {
		x.Published = a.Published.Format("2006-01-02T15:04:05Z07:00")
	}
	return x
}

// writeStoryArticles writes, story by story, each article of arts with the
// id of its story, one JSON object a line: what `storyline brief --story ID
// -` reads. Articles of a story that are not in arts (read in an earlier
// run kept in --state) are left out.
func writeStoryArticles(w io.Writer, arts []*storyline.Article, stories []story.Story) error {
	byID := make(map[string]*storyline.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	enc := json.NewEncoder(w)
	for _, s := range stories {
		for _, id := range s.Articles {
			a, ok := byID[id]
			if !ok {
				continue
			}
			x := newExtracted(a)
			x.Story = strconv.Itoa(s.ID)
			if err := enc.Encode(x); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeExtract(w io.Writer, arts []*storyline.Article, format string, dropped bool) error {
	enc := json.NewEncoder(w)
	for i, a := range arts {
		if format == "json" {
			x := newExtracted(a)
			if dropped {
				x.Dropped = a.Dropped
			}
			if err := enc.Encode(x); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(w, strings.Repeat("=", 72))
		}
		fmt.Fprintf(w, "id:        %s\nsource:    %s\ntitle:     %s\n", a.ID, a.Source, a.Title)
		if !a.Published.IsZero() {
			fmt.Fprintf(w, "published: %s\n", a.Published.Format("2006-01-02 15:04 MST"))
		}
		if a.URL != "" {
			fmt.Fprintf(w, "url:       %s\n", a.URL)
		}
		fmt.Fprintf(w, "\n%s\n", a.Text)
		if dropped && len(a.Dropped) > 0 {
			fmt.Fprintf(w, "\ndropped:\n")
			for _, d := range a.Dropped {
				fmt.Fprintf(w, "  [%s] %s\n", d.Reason, clip(d.Text, 100))
			}
		}
	}
	return nil
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

func runBrief(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "brief", "brief [flags] input... (files, folders, or - for stdin)\n\nBriefs one story told by the articles given: a headline, a summary whose\nsentences name the outlets that support them, and the articles read.")
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "text", "output format: "+strings.Join(render.Formats, ", "))
	words := fs.Int("words", 0, "summary length in words (default 120 when --bytes is not set)")
	bytes := fs.Int("bytes", 0, "summary length in bytes")
	hard := fs.Bool("hard-cut", false, "cut the last sentence at the budget, as ROUGE truncates")
	method := fs.String("method", "", "summary method: "+strings.Join(summarize.Methods(), ", ")+" (default the first)")
	query := fs.String("query", "", "focus the summary on a question")
	storyID := fs.String("story", "", "brief story `ID`, or all of them: the stories that `storyline cluster --format jsonl` marked on the articles, or else the inputs grouped into stories first as `storyline cluster` groups them")
	published := fs.String("published", "", "publication date of articles that carry none (2019-01-18), to resolve \"Friday\" and \"last week\"")
	if code, done := parseFlags(fs, args); done {
		return code
	}
	var pub time.Time
	if *published != "" {
		t, err := read.ParseTime(*published)
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline brief: --published: %v\n", err)
			return exitUsage
		}
		pub = t
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	r, err := render.For(*format)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline brief: %v\n", err)
		return exitUsage
	}
	m, err := summarize.ByName(*method)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline brief: %v\n", err)
		return exitUsage
	}
	if *words < 0 || *bytes < 0 {
		fmt.Fprintln(e.stderr, "storyline brief: --words and --bytes must not be negative")
		return exitUsage
	}
	arts, code := readInputs(ctx, e, in, fs.Args())
	if code != exitOK {
		return code
	}
	opts := brief.Options{Method: m, Published: pub, SummaryOnly: *format == "sentences",
		Summary: summarize.Options{Words: *words, Bytes: *bytes, HardCut: *hard, Query: *query}}
	groups := [][]*storyline.Article{arts}
	if *storyID != "" {
		stories, labelled := labelledStories(arts)
		if !labelled {
			stories = story.Cluster(arts, story.Options{})
		}
		if groups = pickStories(stories, *storyID); groups == nil {
			fmt.Fprintf(e.stderr, "storyline brief: no story %q among the inputs (see storyline cluster)\n", *storyID)
			return exitFail
		}
	}
	for i, g := range groups {
		if i > 0 && *format != "json" {
			fmt.Fprintf(e.stdout, "\n%s\n\n", strings.Repeat("-", 72))
		}
		if err := r.Render(e.stdout, brief.Build(g, opts)); err != nil {
			fmt.Fprintf(e.stderr, "storyline brief: writing output: %v\n", err)
			return exitFail
		}
	}
	return exitOK
}

// pickStories returns the articles of story id, or of every story for
// "all"; nil when there is no such story.
// labelledStories groups articles by the "story" field that `storyline
// cluster --format jsonl` writes, in the order each story first appears;
// labelled is false when some article has no such field, and the articles
// must be grouped afresh.
func labelledStories(arts []*storyline.Article) (stories []storyline.Story, labelled bool) {
	at := map[string]int{}
	for _, a := range arts {
		var id string
		switch v := a.Extra["story"].(type) {
		case string:
			id = v
		case float64: // a number in JSON
			id = strconv.FormatFloat(v, 'f', -1, 64)
		default:
			return nil, false
		}
		k, ok := at[id]
		if !ok {
			k = len(stories)
			at[id] = k
			stories = append(stories, storyline.Story{ID: id})
		}
		stories[k].Articles = append(stories[k].Articles, a)
	}
	return stories, len(stories) > 0
}

func pickStories(stories []storyline.Story, id string) [][]*storyline.Article {
	var out [][]*storyline.Article
	for _, s := range stories {
		if id == "all" || s.ID == id {
			out = append(out, s.Articles)
		}
	}
	return out
}
