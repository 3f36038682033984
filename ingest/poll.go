package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"time"

	"storyline/read"
	"storyline/sqlite"
)

// Polling defaults.
const (
	DefaultInterval   = 15 * time.Minute
	DefaultMaxBackoff = 24 * time.Hour
	DefaultHostGap    = 2 * time.Second
	tick              = time.Second
)

// PollOptions configure a Poller. The zero value gives the defaults.
type PollOptions struct {
	// Interval is the time between two polls of a feed that answers.
	Interval time.Duration
	// MaxBackoff bounds the wait after failures, which doubles with each
	// failure in a row.
	MaxBackoff time.Duration
	// HostGap is the least time between two requests to one host.
	HostGap time.Duration
}

// Poller polls the feeds of a store and adds their new items to a desk.
type Poller struct {
	store *sqlite.Store
	desk  *Desk
	fetch *Fetcher
	opts  PollOptions
	log   *slog.Logger

	mu       sync.Mutex
	lastHost map[string]time.Time
	stats    PollStats
}

// PollStats count the polls of a Poller.
type PollStats struct {
	Polls, NotModified, Errors, Items int64
}

// NewPoller returns a poller.
func NewPoller(store *sqlite.Store, desk *Desk, fetch *Fetcher, opts PollOptions, log *slog.Logger) *Poller {
	if opts.Interval <= 0 {
		opts.Interval = DefaultInterval
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = DefaultMaxBackoff
	}
	if opts.HostGap <= 0 {
		opts.HostGap = DefaultHostGap
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Poller{store: store, desk: desk, fetch: fetch, opts: opts, log: log, lastHost: map[string]time.Time{}}
}

// Stats returns the counts so far.
func (p *Poller) Stats() PollStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats
}

// Run polls due feeds until ctx is done. Feeds are polled one at a time,
// so that the desk is never flooded, and each host is given a rest of
// HostGap between two requests.
func (p *Poller) Run(ctx context.Context) error {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		due, err := p.store.DueFeeds(ctx, time.Now())
		if err != nil && ctx.Err() == nil {
			p.log.Error("listing due feeds", "err", err)
		}
		for _, f := range due {
			if ctx.Err() != nil {
				break
			}
			if _, err := p.Poll(ctx, f); err != nil && ctx.Err() == nil {
				p.log.Warn("polling feed", "feed", f.URL, "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Poll fetches one feed, adds its new items and records the outcome and the
// next poll in the store. It returns the number of articles added.
func (p *Poller) Poll(ctx context.Context, f sqlite.Feed) (int, error) {
	if err := p.rest(ctx, f.URL); err != nil {
		return 0, err
	}
	n, err := p.poll(ctx, &f)
	now := time.Now()
	f.LastPoll = now
	stopped := err != nil && ctx.Err() != nil // shutting down: the poll did not fail
	p.mu.Lock()
	p.stats.Polls++
	p.stats.Items += int64(n)
	if err != nil && !stopped {
		p.stats.Errors++
	}
	p.mu.Unlock()
	if stopped {
		f.Articles += n
		if uerr := p.store.UpdateFeed(context.WithoutCancel(ctx), f); uerr != nil {
			return n, errors.Join(err, uerr)
		}
		return n, err
	}
	if err != nil {
		f.Errors++
		f.LastError = err.Error()
		wait := p.opts.Interval << min(f.Errors, 16)
		var se *StatusError
		if errors.As(err, &se) && se.RetryAfter > wait {
			wait = se.RetryAfter
		}
		f.NextPoll = now.Add(min(wait, p.opts.MaxBackoff))
	} else {
		f.Errors, f.LastError = 0, ""
		f.NextPoll = now.Add(p.opts.Interval)
	}
	f.Articles += n
	if uerr := p.store.UpdateFeed(context.WithoutCancel(ctx), f); uerr != nil {
		return n, errors.Join(err, uerr)
	}
	return n, err
}

// rest waits until the host of raw may be asked again.
func (p *Poller) rest(ctx context.Context, raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return nil // Get reports it
	}
	p.mu.Lock()
	next := p.lastHost[u.Host].Add(p.opts.HostGap)
	now := time.Now()
	if next.Before(now) {
		next = now
	}
	p.lastHost[u.Host] = next
	p.mu.Unlock()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Until(next)):
		return nil
	}
}

func (p *Poller) poll(ctx context.Context, f *sqlite.Feed) (int, error) {
	resp, err := p.fetch.Get(ctx, f.URL, f.ETag, f.LastModified)
	if err != nil {
		return 0, err
	}
	if resp.NotModified {
		p.mu.Lock()
		p.stats.NotModified++
		p.mu.Unlock()
		return 0, nil
	}
	arts, err := read.Bytes(ctx, f.URL, resp.Body, read.Options{Format: read.Feed, Logger: p.log})
	if len(arts) == 0 {
		if err == nil {
			err = errors.New("no items")
		}
		return 0, fmt.Errorf("reading feed %s: %w", f.URL, err)
	}
	if err != nil {
		p.log.Info("feed items skipped", "feed", f.URL, "err", err)
	}
	for _, a := range arts {
		// An item's place in the feed changes from poll to poll: its id
		// comes from its link, or its title when it has none.
		key := a.URL
		if key == "" {
			key = a.Title + "\n" + a.Body
		}
		h := sha256.Sum256([]byte(f.URL + "\n" + key))
		a.ID = "feed-" + hex.EncodeToString(h[:8])
	}
	// The new items of a poll go in as one batch: one transaction, and one
	// brief rebuilt per story changed however many items joined it.
	res, errs, err := p.desk.AddBatch(ctx, arts)
	if err != nil {
		return 0, err
	}
	added := 0
	for i, r := range res {
		switch {
		case errs[i] != nil:
			p.log.Info("feed item skipped", "feed", f.URL, "item", arts[i].Title, "err", errs[i])
		case !r.Known:
			added++
		}
	}
	// Only now: a poll stopped half way must fetch the whole feed again.
	f.ETag, f.LastModified = resp.ETag, resp.LastModified
	return added, nil
}
