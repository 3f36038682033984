// Package ingest brings articles into a desk's store as they arrive: an
// upload, a single web page or the items of the feeds it polls. Each article
// is read, cleaned, checked to be English, matched against the articles
// before it (near-duplicates and stories, package story) and stored, and the
// brief of every story it changed is rebuilt, all in one transaction.
//
// Fetching from the network is safe to point at addresses given by users:
// loopback, private and link-local addresses are refused after DNS
// resolution and on every redirect unless allowed, and the size and time of
// every fetch are capped.
package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"storyline"
	"storyline/analyze"
	"storyline/brief"
	"storyline/clean"
	"storyline/read"
	"storyline/render"
	"storyline/sqlite"
	"storyline/story"
)

// ErrBadInput marks an input refused for what it holds (not an article,
// no text, not English); other errors are failures of the desk.
var ErrBadInput = errors.New("bad input")

// Desk places articles into stories and keeps the store up to date. It is
// safe for concurrent use: articles are placed one at a time.
type Desk struct {
	store *sqlite.Store
	log   *slog.Logger

	mu      sync.Mutex
	cl      *story.Clusterer
	placed  map[string]int // article id → story, as stored
	stories map[int]bool   // stories stored
	broken  bool           // the clusterer ran ahead of the store

	statsMu sync.Mutex // apart from mu, so that reading counts never waits for a batch
	stats   Stats
}

// Stats count what a desk did since it started.
type Stats struct {
	Articles, Known, Rejected, Failed int64
	Briefs                            int64
	BriefTime                         time.Duration
}

// Result says where one article went.
type Result struct {
	ID    string `json:"id"`
	Story int    `json:"story"`
	// Known is true when an article with this id was stored before; it
	// was not stored again.
	Known  bool   `json:"known,omitempty"`
	CopyOf string `json:"copy_of,omitempty"`
}

// NewDesk returns a desk on store, its clusterer rebuilt by replaying the
// stored articles in the order they arrived. When the clusterer now places
// some articles elsewhere (its method changed since they were stored), the
// store is brought in line with it.
func NewDesk(ctx context.Context, store *sqlite.Store, log *slog.Logger) (*Desk, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &Desk{store: store, log: log}
	if err := d.replay(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

// Stats returns the counts so far.
func (d *Desk) Stats() Stats {
	d.statsMu.Lock()
	defer d.statsMu.Unlock()
	return d.stats
}

// count changes the counts.
func (d *Desk) count(f func(*Stats)) {
	d.statsMu.Lock()
	f(&d.stats)
	d.statsMu.Unlock()
}

// replay rebuilds the clusterer from the store, placing again together the
// articles that were placed together, and writes back any story that comes
// out different.
func (d *Desk) replay(ctx context.Context) error {
	d.cl = story.New(story.Options{})
	d.placed = map[string]int{}
	d.stories = map[int]bool{}
	var group []*storyline.Article
	var batch int64
	flush := func() {
		if len(group) == 1 {
			d.cl.Add(group[0])
		} else if len(group) > 1 {
			d.cl.AddBatch(group)
		}
		group = group[:0]
	}
	err := d.store.EachArticle(ctx, sqlite.ArticleQuery{Oldest: true, Full: true}, func(a sqlite.Article) error {
		if a.Batch == 0 || a.Batch != batch {
			flush()
		}
		batch = a.Batch
		group = append(group, &storyline.Article{ID: a.ID, Source: a.Source, Title: a.Title, Published: a.Published, URL: a.URL, Text: a.Text, Body: a.Body})
		d.placed[a.ID] = a.Story
		d.stories[a.Story] = true
		return nil
	})
	if err != nil {
		return fmt.Errorf("replaying the store: %w", err)
	}
	flush()
	if err := d.commit(ctx, nil, false); err != nil {
		return fmt.Errorf("bringing the store in line with the clusterer: %w", err)
	}
	d.broken = false
	return nil
}

// ID returns a stable id for an input without one: its content's hash, so
// that uploading the same bytes twice finds the article stored.
func ID(prefix string, data []byte) string {
	h := sha256.Sum256(data)
	return prefix + hex.EncodeToString(h[:8])
}

// AddBytes reads one input (HTML, text, or the JSON of one article) and
// adds the article it holds. name gives the id and, with format Auto, helps
// detect the format.
func (d *Desk) AddBytes(ctx context.Context, name string, data []byte, format read.Format) (Result, error) {
	if format == read.Auto {
		format = read.Detect(name, data)
	}
	if format == read.JSONL {
		// One JSON object, perhaps spread over lines: the JSONL reader
		// wants it on one.
		var buf bytes.Buffer
		if err := json.Compact(&buf, data); err != nil {
			return Result{}, fmt.Errorf("%w: not a JSON object: %v", ErrBadInput, err)
		}
		data = buf.Bytes()
	}
	if format != read.Text && format != read.HTMLPage && format != read.JSONL {
		return Result{}, fmt.Errorf("%w: %s is not an article format (want HTML, text or JSON)", ErrBadInput, format)
	}
	arts, err := read.Bytes(ctx, name, data, read.Options{Format: format, Logger: d.log})
	if err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrBadInput, err)
	}
	if len(arts) != 1 {
		return Result{}, fmt.Errorf("%w: found %d articles, want one", ErrBadInput, len(arts))
	}
	return d.Add(ctx, arts[0])
}

// Add cleans one article read and adds it.
func (d *Desk) Add(ctx context.Context, a *storyline.Article) (Result, error) {
	if err := Clean(a); err != nil {
		d.count(func(st *Stats) { st.Rejected++ })
		return Result{ID: a.ID}, err
	}
	return d.add(ctx, a)
}

// Clean cleans an article and refuses it when no text is left or it is not
// English; the error wraps ErrBadInput.
func Clean(a *storyline.Article) error {
	if a.ID == "" {
		return fmt.Errorf("%w: article has no id", ErrBadInput)
	}
	clean.Article(a)
	if len(a.Paragraphs) == 0 {
		return fmt.Errorf("%w: %s: no article text left after cleaning (%d boilerplate paragraphs dropped)", ErrBadInput, a.ID, len(a.Dropped))
	}
	if ok, share := analyze.English(a.Text); !ok {
		return fmt.Errorf("%w: %s: not English (%.0f%% English function words)", ErrBadInput, a.ID, share*100)
	}
	return nil
}

func (d *Desk) add(ctx context.Context, a *storyline.Article) (Result, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.broken {
		// A write failed after the clusterer had moved on: start again
		// from what the store holds.
		if err := d.replay(ctx); err != nil {
			d.count(func(st *Stats) { st.Failed++ })
			return Result{ID: a.ID}, err
		}
	}
	if story, ok := d.placed[a.ID]; ok {
		d.count(func(st *Stats) { st.Known++ })
		return Result{ID: a.ID, Story: story, Known: true}, nil
	}
	as := d.cl.Add(a)
	// Once placed, the article is written even if the caller goes away:
	// a write given up half way would force a replay of the store.
	if err := d.commit(context.WithoutCancel(ctx), []*storyline.Article{a}, false); err != nil {
		d.broken = true
		d.count(func(st *Stats) { st.Failed++ })
		return Result{ID: a.ID}, err
	}
	d.count(func(st *Stats) { st.Articles++ })
	return Result{ID: a.ID, Story: as.Story, CopyOf: as.CopyOf}, nil
}

// AddBatch cleans and adds many articles at once, as one transaction. The
// clusterer weighs the terms of the whole batch before placing any of its
// articles, which places the first ones better than adding them one by one.
// The error of article i, if refused, is errs[i].
func (d *Desk) AddBatch(ctx context.Context, arts []*storyline.Article) (res []Result, errs []error, err error) {
	res, errs = make([]Result, len(arts)), make([]error, len(arts))
	var good []*storyline.Article
	var at []int
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.broken {
		if err := d.replay(ctx); err != nil {
			return res, errs, err
		}
	}
	seen := map[string]bool{}
	for i, a := range arts {
		res[i].ID = a.ID
		if st, ok := d.placed[a.ID]; ok || seen[a.ID] {
			res[i].Story, res[i].Known = st, true
			d.count(func(st *Stats) { st.Known++ })
			continue
		}
		if errs[i] = Clean(a); errs[i] != nil {
			d.count(func(st *Stats) { st.Rejected++ })
			continue
		}
		seen[a.ID] = true
		good, at = append(good, a), append(at, i)
	}
	if len(good) == 0 {
		return res, errs, nil
	}
	as := d.cl.AddBatch(good)
	if err := d.commit(context.WithoutCancel(ctx), good, true); err != nil {
		d.broken = true
		d.count(func(st *Stats) { st.Failed += int64(len(good)) })
		return res, errs, err
	}
	d.count(func(st *Stats) { st.Articles += int64(len(good)) })
	for k, i := range at {
		res[i].Story, res[i].CopyOf = as[k].Story, as[k].CopyOf
	}
	return res, errs, nil
}

// commit writes to the store what changed in the clusterer since the last
// commit, with the new articles fresh, in one transaction, and rebuilds the
// briefs of the stories changed. d.mu is held.
func (d *Desk) commit(ctx context.Context, fresh []*storyline.Article, batch bool) error {
	all := d.cl.Stories()
	placed := make(map[string]int, len(d.placed)+1)
	copyOf := map[string]string{}
	changed := map[int]bool{}
	live := map[int]bool{}
	for _, st := range all {
		live[st.ID] = true
		for _, id := range st.Articles {
			placed[id] = st.ID
			if old, ok := d.placed[id]; !ok || old != st.ID {
				changed[st.ID] = true
				if ok {
					changed[old] = true
				}
			}
		}
		for _, g := range st.Duplicates {
			for _, c := range g[1:] {
				copyOf[c] = g[0]
			}
		}
	}
	ch := sqlite.Change{Moves: map[string]int{}, Briefs: map[int][]byte{}, Batch: batch}
	for id, old := range d.placed {
		if now, ok := placed[id]; ok && now != old {
			ch.Moves[id] = now
		}
	}
	for id := range d.stories {
		if !live[id] {
			ch.Deleted = append(ch.Deleted, id)
		}
	}
	byID := make(map[string]*storyline.Article, len(fresh))
	for _, a := range fresh {
		byID[a.ID] = a
		if _, ok := placed[a.ID]; !ok {
			return fmt.Errorf("article %s was not placed in a story", a.ID)
		}
		ch.New = append(ch.New, sqlite.Article{ID: a.ID, Source: a.Source, URL: a.URL, Title: a.Title,
			Published: a.Published, Body: a.Body, Text: a.Text, Dropped: a.Dropped, Story: placed[a.ID], CopyOf: copyOf[a.ID]})
	}
	for _, st := range all {
		if !changed[st.ID] && d.stories[st.ID] {
			continue
		}
		b, js, err := d.brief(ctx, st, byID)
		if err != nil {
			return err
		}
		ch.Briefs[st.ID] = js
		head := b.Story.Headline
		if head == "" {
			head = st.Headline
		}
		// Outlets as the brief names them: an article without a known
		// outlet counts as one of its own, under its id.
		ch.Stories = append(ch.Stories, sqlite.Story{ID: st.ID, Headline: head, First: st.First, Last: st.Last,
			Articles: len(st.Articles), Outlets: render.Outlets(b, st.Articles)})
	}
	slices.Sort(ch.Deleted)
	if len(ch.New) == 0 && len(ch.Moves) == 0 && len(ch.Stories) == 0 && len(ch.Deleted) == 0 {
		return nil
	}
	if err := d.store.Apply(ctx, ch); err != nil {
		return err
	}
	d.placed = placed
	d.stories = live
	return nil
}

// brief builds the brief of a story from its articles, read back from the
// store and cleaned again (cleaning is deterministic), with the articles not
// stored yet taken from fresh. It returns the brief and its JSON.
func (d *Desk) brief(ctx context.Context, st story.Story, fresh map[string]*storyline.Article) (*storyline.Brief, []byte, error) {
	start := time.Now()
	arts := make([]*storyline.Article, 0, len(st.Articles))
	for _, id := range st.Articles {
		a, ok := fresh[id]
		if !ok {
			var err error
			if a, err = d.storedArticle(ctx, id); err != nil {
				return nil, nil, err
			}
		}
		arts = append(arts, a)
	}
	b := brief.Build(arts, brief.Options{})
	var buf bytes.Buffer
	if err := render.JSON(&buf, b); err != nil {
		return nil, nil, fmt.Errorf("writing brief of story %d: %w", st.ID, err)
	}
	took := time.Since(start)
	d.count(func(st *Stats) { st.Briefs++; st.BriefTime += took })
	return b, buf.Bytes(), nil
}

// storedArticle reads one article back from the store, cleaned.
func (d *Desk) storedArticle(ctx context.Context, id string) (*storyline.Article, error) {
	sa, err := d.store.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	a := &storyline.Article{ID: sa.ID, Source: sa.Source, URL: sa.URL, Title: sa.Title, Published: sa.Published, Body: sa.Body}
	clean.Article(a)
	return a, nil
}
