// Command loadtest measures a desk under load on loopback: it starts the
// server with the demo corpus on a temporary store, polls a local feed that
// keeps growing, and runs many clients reading story pages at once. It
// prints the count of errors and the latency percentiles of the reads.
//
// Run it from the repository root:
//
//	go run ./scripts/loadtest                    # 200 clients, 20 s, 100 ms between requests
//	go run ./scripts/loadtest -think 0           # closed loop: each client asks again at once
//	go run ./scripts/loadtest -clients 50 -duration 5s
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	nethttp "net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"storyline/http"
	"storyline/ingest"
	"storyline/read"
	"storyline/sqlite"
)

func main() {
	clients := flag.Int("clients", 200, "concurrent clients")
	duration := flag.Duration("duration", 20*time.Second, "length of the run")
	think := flag.Duration("think", 100*time.Millisecond, "pause of a client between two requests (0: none, a closed loop)")
	examples := flag.String("examples", "examples", "the demo corpus")
	items := flag.Int("feed-items", 60, "items the local feed publishes over the run")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file")
	flag.Parse()
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "loadtest:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if err := run(*clients, *duration, *think, *examples, *items); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(clients int, duration, think time.Duration, examples string, items int) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir, err := os.MkdirTemp("", "storyline-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(ctx, filepath.Join(dir, "load.db"))
	if err != nil {
		return err
	}
	defer store.Close()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	desk, err := ingest.NewDesk(ctx, store, log)
	if err != nil {
		return err
	}
	arts, errs := read.Paths(ctx, []string{examples}, nil, read.Options{})
	if len(arts) == 0 {
		return fmt.Errorf("no demo articles in %s: %v (run from the repository root)", examples, errs)
	}
	if _, _, err := desk.AddBatch(ctx, arts); err != nil {
		return err
	}

	// The feed publishes one more item every duration/items.
	start := time.Now()
	feed := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		n := min(items, 1+int(time.Since(start)*time.Duration(items)/duration))
		etag := fmt.Sprintf(`"%d"`, n)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(nethttp.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		io.WriteString(w, feedXML(n))
	}))
	defer feed.Close()
	if _, err := store.AddFeed(ctx, feed.URL); err != nil {
		return err
	}
	fetcher := ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: true})
	poller := ingest.NewPoller(store, desk, fetcher, ingest.PollOptions{Interval: 500 * time.Millisecond, HostGap: 100 * time.Millisecond}, log)
	srv, err := http.New(store, desk, http.Options{Token: "load", Poller: poller, Logger: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	hs := &nethttp.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	defer hs.Close()
	base := "http://" + ln.Addr().String()

	list, _, err := store.Stories(ctx, sqlite.StoryQuery{})
	if err != nil || len(list) == 0 {
		return fmt.Errorf("no stories to read: %v", err)
	}
	var ids []int
	for _, s := range list {
		ids = append(ids, s.ID)
	}

	pollCtx, stopPoll := context.WithCancel(ctx)
	pollDone := make(chan struct{})
	go func() { defer close(pollDone); poller.Run(pollCtx) }()

	// The clients ask for gzip as browsers do, but do not inflate what
	// they get: the tool measures the server, not its own decompression.
	client := &nethttp.Client{Timeout: 10 * time.Second, Transport: &nethttp.Transport{
		MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients, DisableCompression: true}}
	var errCount atomic.Int64
	firstErr := make(chan string, 1)
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	begin := time.Now()
	end := begin.Add(duration)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(c), 7))
			for time.Now().Before(end) {
				url := fmt.Sprintf("%s/stories/%d", base, ids[rng.IntN(len(ids))])
				req, _ := nethttp.NewRequest("GET", url, nil)
				req.Header.Set("Accept-Encoding", "gzip")
				t0 := time.Now()
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = fmt.Errorf("%s: %s", url, resp.Status)
					}
				}
				lat[c] = append(lat[c], time.Since(t0))
				if err != nil {
					errCount.Add(1)
					select {
					case firstErr <- err.Error():
					default:
					}
				}
				if think > 0 {
					time.Sleep(think)
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(begin)
	stopPoll()
	<-pollDone

	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	slices.Sort(all)
	pct := func(p float64) time.Duration {
		if len(all) == 0 {
			return 0
		}
		return all[min(len(all)-1, int(float64(len(all))*p))]
	}
	c, _ := store.Counts(ctx)
	ps := poller.Stats()
	out := map[string]any{
		"clients": clients, "duration_s": elapsed.Seconds(), "think_ms": think.Milliseconds(),
		"requests": len(all), "requests_per_s": float64(len(all)) / elapsed.Seconds(), "errors": errCount.Load(),
		"p50_ms": ms(pct(0.50)), "p90_ms": ms(pct(0.90)), "p99_ms": ms(pct(0.99)), "max_ms": ms(pct(1)),
		"feed_polls": ps.Polls, "feed_not_modified": ps.NotModified, "feed_items_added": ps.Items, "feed_errors": ps.Errors,
		"articles_stored": c.Articles, "stories_stored": c.Stories,
	}
	if feeds, err := store.Feeds(ctx); err == nil && len(feeds) > 0 && feeds[0].LastError != "" {
		out["feed_last_error"] = feeds[0].LastError
	}
	select {
	case e := <-firstErr:
		out["first_error"] = e
	default:
	}
	b, _ := json.MarshalIndent(out, "", "  ")
	fmt.Println(string(b))
	if errCount.Load() > 0 || pct(0.99) > 100*time.Millisecond {
		fmt.Println("FAIL: want no errors and a p99 under 100 ms")
	} else {
		fmt.Println("ok: no errors, p99 under 100 ms")
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// feedXML is an RSS feed of n short reports, each about its own town.
func feedXML(n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Load Wire</title>`)
	for i := range n {
		town := fmt.Sprintf("Town%c%c", 'A'+i%26, 'a'+i/26%26)
		text := fmt.Sprintf("The council of %[1]s voted on Monday to build a new %[2]s, item %[3]d of the load test. "+
			"The mayor of %[1]s said the %[2]s had been discussed with residents for months and that the work would start in the spring. "+
			"Opponents said the cost was too high for a town of that size and asked for a second vote before any money is spent.",
			town, []string{"bridge", "school", "water plant", "harbour wall", "bus depot", "library"}[i%6], i)
		fmt.Fprintf(&b, "<item><title>%s votes on its plan</title><link>https://load.example/%d</link><pubDate>%s</pubDate><description>%s</description></item>",
			town, i, time.Date(2025, 11, 1+i%28, 9, 0, 0, 0, time.UTC).Format(time.RFC1123Z), html.EscapeString(text))
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}
