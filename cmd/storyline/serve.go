package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"net"
	nethttp "net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"

	"storyline"
	"storyline/http"
	"storyline/ingest"
	"storyline/read"
	"storyline/sqlite"
)

// loadChunk is how many articles of a folder given to serve are placed in
// one batch (and one transaction).
const loadChunk = 256

func runServe(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "serve", "serve [flags] [input...]\n\nRuns the news desk: the stories and their briefs as a web page and a JSON\nAPI (docs/openapi.yaml), fed by uploads, the feeds of 'storyline feeds' and\nthe inputs given (files or folders, ingested at start).")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	db := fs.String("db", "./storyline.db", "the store (SQLite); with --demo, a temporary one unless set")
	token := fs.String("token", "", "bearer token for writes (default $STORYLINE_TOKEN, else generated into DB.token)")
	private := fs.Bool("private", false, "make reads need the token too")
	demo := fs.Bool("demo", false, "preload the demo corpus (examples/ under the working directory)")
	poll := fs.Duration("poll", ingest.DefaultInterval, "time between two polls of a feed")
	noPoll := fs.Bool("no-poll", false, "do not poll feeds")
	allowPrivate := fs.Bool("allow-private", false, "let fetches reach loopback, private and link-local addresses")
	maxBody := fs.Int64("max-body", http.DefaultMaxBody, "largest request body accepted, in bytes")
	if code, done := parseFlags(fs, args); done {
		return code
	}
	dbSet := false
	fs.Visit(func(f *flag.Flag) { dbSet = dbSet || f.Name == "db" })
	inputs := fs.Args()
	if *demo {
		dir, err := findExamples()
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline serve: --demo: %v\n", err)
			return exitFail
		}
		inputs = append(inputs, dir)
		if !dbSet {
			tmp, err := os.MkdirTemp("", "storyline-demo-")
			if err != nil {
				fmt.Fprintf(e.stderr, "storyline serve: %v\n", err)
				return exitFail
			}
			defer os.RemoveAll(tmp)
			*db = filepath.Join(tmp, "demo.db")
		}
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()

	store, err := sqlite.Open(ctx, *db)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline serve: %v\n", err)
		return exitFail
	}
	defer store.Close()
	release, err := store.Lock()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline serve: %v\n", err)
		return exitFail
	}
	defer release()
	tok, tokFile, err := serveToken(*token, *db)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline serve: %v\n", err)
		return exitFail
	}
	desk, err := ingest.NewDesk(ctx, store, e.log)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline serve: %v\n", err)
		return exitFail
	}
	if len(inputs) > 0 {
		if code := loadInputs(ctx, e, desk, inputs); code != exitOK {
			return code
		}
	}
	fetcher := ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: *allowPrivate})
	poller := ingest.NewPoller(store, desk, fetcher, ingest.PollOptions{Interval: *poll}, e.log)
	srv, err := http.New(store, desk, http.Options{Token: tok, PrivateReads: *private, MaxBody: *maxBody, Poller: poller, Fetcher: fetcher, Logger: e.log})
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline serve: %v\n", err)
		return exitFail
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline serve: %v\n", err)
		return exitFail
	}
	hs := &nethttp.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	c, _ := store.Counts(ctx)
	fmt.Fprintf(e.stdout, "Storyline news desk on http://%s/ (%d stories, %d articles, %d feeds in %s)\n", ln.Addr(), c.Stories, c.Articles, c.Feeds, *db)
	switch {
	case tokFile != "":
		fmt.Fprintf(e.stdout, "Write token (kept in %s): %s\n", tokFile, tok)
	default:
		fmt.Fprintln(e.stdout, "Write token: as given by --token or STORYLINE_TOKEN")
	}

	pollDone := make(chan struct{})
	pollCtx, stopPoll := context.WithCancel(ctx)
	go func() {
		defer close(pollDone)
		if !*noPoll {
			poller.Run(pollCtx)
		}
	}()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	code := exitOK
	select {
	case <-ctx.Done():
	case err := <-served:
		fmt.Fprintf(e.stderr, "storyline serve: %v\n", err)
		code = exitFail
	}
	stopPoll()
	shut, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		fmt.Fprintf(e.stderr, "storyline serve: shutting down: %v\n", err)
	}
	<-pollDone
	return code
}

// findExamples finds the demo corpus: examples/ in the working directory
// or a parent of it.
func findExamples() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for range 4 {
		cand := filepath.Join(dir, "examples")
		if _, err := os.Stat(filepath.Join(cand, "README.md")); err == nil {
			return cand, nil
		}
		dir = filepath.Dir(dir)
	}
	return "", errors.New("the demo corpus (examples/) is not in the working directory nor above it: run from the Storyline repository")
}

// serveToken picks the write token: the flag, the environment, or the
// token file beside the store, created with a new random token when
// missing. file is set when the token comes from the file.
func serveToken(flagToken, db string) (tok, file string, err error) {
	if t := strings.TrimSpace(flagToken); t != "" {
		return t, "", nil
	}
	if t := strings.TrimSpace(os.Getenv("STORYLINE_TOKEN")); t != "" {
		return t, "", nil
	}
	file = db + ".token"
	if b, err := os.ReadFile(file); err == nil && len(strings.TrimSpace(string(b))) > 0 {
		return strings.TrimSpace(string(b)), file, nil
	}
	raw := make([]byte, 24)
	if _, err := rand.Read(raw); err != nil {
		return "", "", fmt.Errorf("making a token: %w", err)
	}
	tok = hex.EncodeToString(raw)
	if err := os.WriteFile(file, []byte(tok+"\n"), 0o600); err != nil {
		return "", "", fmt.Errorf("writing the token file: %w", err)
	}
	return tok, file, nil
}

// loadInputs reads inputs and adds their articles to the desk in batches,
// with a progress bar on stderr.
func loadInputs(ctx context.Context, e *env, desk *ingest.Desk, inputs []string) int {
	arts, errs := read.Paths(ctx, inputs, e.stdin, read.Options{Logger: e.log})
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "storyline serve: skipped %v\n", err)
	}
	bar := progressbar.NewOptions(len(arts), progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription("ingesting"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	added, refused := 0, 0
	for start := 0; start < len(arts); start += loadChunk {
		chunk := arts[start:min(start+loadChunk, len(arts))]
		res, errs, err := desk.AddBatch(ctx, chunk)
		if err != nil {
			fmt.Fprintf(e.stderr, "\nstoryline serve: %v\n", err)
			return exitFail
		}
		added, refused = added+countNew(res, errs), refused+countErrs(e, chunk, errs)
		bar.Add(len(chunk))
	}
	bar.Finish()
	fmt.Fprintf(e.stderr, "storyline serve: %d articles added, %d already stored, %d refused\n", added, len(arts)-added-refused, refused)
	return exitOK
}

func countNew(res []ingest.Result, errs []error) int {
	n := 0
	for i, r := range res {
		if errs[i] == nil && !r.Known {
			n++
		}
	}
	return n
}

func countErrs(e *env, arts []*storyline.Article, errs []error) int {
	n := 0
	for i, err := range errs {
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline serve: skipped %s: %v\n", arts[i].Origin, err)
			n++
		}
	}
	return n
}

func runFeeds(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "feeds", "feeds [--db FILE] list | add URL... | remove URL... | poll\n\nLists, adds or removes the feeds (RSS or Atom) that 'storyline serve'\npolls; works while the desk runs. 'poll' polls every feed once now, with\nits progress on stderr (not while a desk runs on the store).")
	db := fs.String("db", "./storyline.db", "the store (SQLite)")
	allowPrivate := fs.Bool("allow-private", false, "poll: let fetches reach loopback and private addresses")
	// Flags may come anywhere: feeds add URL --db x.db
	var words []string
	for {
		if code, done := parseFlags(fs, args); done {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		words, args = append(words, fs.Arg(0)), fs.Args()[1:]
	}
	if len(words) == 0 {
		fs.Usage()
		return exitUsage
	}
	sub, urls := words[0], words[1:]
	switch {
	case (sub == "list" || sub == "poll") && len(urls) == 0:
	case (sub == "add" || sub == "remove") && len(urls) > 0:
	default:
		fs.Usage()
		return exitUsage
	}
	if sub == "add" {
		for _, u := range urls {
			if _, err := ingest.CheckURL(u); err != nil {
				fmt.Fprintf(e.stderr, "storyline feeds: %v\n", err)
				return exitUsage
			}
		}
	}
	store, err := sqlite.Open(ctx, *db)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline feeds: %v\n", err)
		return exitFail
	}
	defer store.Close()
	code := exitOK
	switch sub {
	case "poll":
		return pollFeeds(ctx, e, store, *allowPrivate)
	case "list":
		feeds, err := store.Feeds(ctx)
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline feeds: %v\n", err)
			return exitFail
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "URL\tARTICLES\tLAST POLL\tNEXT POLL\tERRORS")
		for _, f := range feeds {
			last := "never"
			if !f.LastPoll.IsZero() {
				last = f.LastPoll.Local().Format(time.DateTime)
			}
			errs := fmt.Sprint(f.Errors)
			if f.LastError != "" {
				errs += " (" + clip(f.LastError, 60) + ")"
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", f.URL, f.Articles, last, f.NextPoll.Local().Format(time.DateTime), errs)
		}
		tw.Flush()
	case "add":
		for _, u := range urls {
			added, err := store.AddFeed(ctx, u)
			switch {
			case err != nil:
				fmt.Fprintf(e.stderr, "storyline feeds: %v\n", err)
				code = exitFail
			case added:
				fmt.Fprintf(e.stdout, "added %s\n", u)
			default:
				fmt.Fprintf(e.stdout, "already there: %s\n", u)
			}
		}
	case "remove":
		for _, u := range urls {
			if err := store.RemoveFeed(ctx, u); err != nil {
				fmt.Fprintf(e.stderr, "storyline feeds: %v\n", err)
				code = exitFail
				continue
			}
			fmt.Fprintf(e.stdout, "removed %s\n", u)
		}
	}
	return code
}

// pollFeeds polls every feed of the store once, in the foreground: the
// first poll of many feeds is long work, so its progress is shown.
func pollFeeds(ctx context.Context, e *env, store *sqlite.Store, allowPrivate bool) int {
	release, err := store.Lock()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline feeds poll: %v\n", err)
		return exitFail
	}
	defer release()
	feeds, err := store.Feeds(ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline feeds poll: %v\n", err)
		return exitFail
	}
	desk, err := ingest.NewDesk(ctx, store, e.log)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline feeds poll: %v\n", err)
		return exitFail
	}
	poller := ingest.NewPoller(store, desk, ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: allowPrivate}), ingest.PollOptions{}, e.log)
	bar := progressbar.NewOptions(len(feeds), progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription("polling"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(),
		progressbar.OptionSetVisibility(isTerminal(e.stderr)))
	code, total := exitOK, 0
	for _, f := range feeds {
		n, err := poller.Poll(ctx, f)
		bar.Add(1)
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline feeds poll: %s: %v\n", f.URL, err)
			code = exitFail
			continue
		}
		total += n
		fmt.Fprintf(e.stdout, "%s: %d new articles\n", f.URL, n)
	}
	bar.Finish()
	fmt.Fprintf(e.stdout, "%d feeds polled, %d new articles\n", len(feeds), total)
	return code
}
