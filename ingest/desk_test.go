package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storyline"
	"storyline/read"
	"storyline/sqlite"
)

func newDesk(t *testing.T, file string) (*sqlite.Store, *Desk) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDesk(ctx, s, nil)
	if err != nil {
		s.Close()
		t.Fatal(err)
	}
	return s, d
}

// demo reads the project's demo corpus.
func demo(t *testing.T) []*storyline.Article {
	t.Helper()
	dirs, _ := filepath.Glob("../examples/*")
	var paths []string
	for _, d := range dirs {
		if !strings.HasSuffix(d, ".md") {
			paths = append(paths, d)
		}
	}
	arts, errs := read.Paths(context.Background(), paths, nil, read.Options{})
	if len(errs) > 0 || len(arts) < 10 {
		t.Fatalf("reading examples: %d articles, %v", len(arts), errs)
	}
	return arts
}

func TestDeskStoresStoriesAndResumes(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "desk.db")
	s, d := newDesk(t, file)
	arts := demo(t)
	results, errs, err := d.AddBatch(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	stories := map[string]int{} // example folder → story
	for i, a := range arts {
		if errs[i] != nil {
			continue // a translated report may read as not English
		}
		folder := filepath.Base(filepath.Dir(strings.SplitN(a.Origin, "#", 2)[0]))
		if prev, ok := stories[folder]; ok && prev != results[i].Story {
			t.Errorf("%s: article %s in story %d, its folder's first in %d", folder, a.ID, results[i].Story, prev)
		}
		stories[folder] = results[i].Story
	}
	if len(stories) != 4 {
		t.Errorf("%d folders placed; want 4", len(stories))
	}
	list, total, err := s.Stories(ctx, sqlite.StoryQuery{})
	if err != nil || total != 4 {
		t.Fatalf("Stories: %d stories, %v; want 4", total, err)
	}
	for _, st := range list {
		_, b, err := s.Story(ctx, st.ID)
		var brief storyline.Brief
		if err != nil || json.Unmarshal(b, &brief) != nil || len(brief.Story.Articles) != st.Articles || len(brief.Summary) == 0 {
			t.Errorf("story %d (%d articles): brief %.80s, %v", st.ID, st.Articles, b, err)
		}
	}
	// One more article alone, after the batch.
	extra := demo(t)[0]
	extra.ID = "extra-copy"
	if res, err := d.Add(ctx, extra); err != nil || res.CopyOf == "" {
		t.Errorf("adding a copy: %+v, %v; want a near-duplicate", res, err)
	}
	before, _ := s.Counts(ctx)
	beforeList, _, _ := s.Stories(ctx, sqlite.StoryQuery{})
	s.Close()

	// A restart replays the store: the same articles are known, in the
	// same stories, and nothing is rewritten.
	s2, d2 := newDesk(t, file)
	defer s2.Close()
	after, _ := s2.Counts(ctx)
	if after != before {
		t.Errorf("counts after restart %+v; before %+v", after, before)
	}
	afterList, _, _ := s2.Stories(ctx, sqlite.StoryQuery{})
	for i := range afterList {
		if i >= len(beforeList) || afterList[i].ID != beforeList[i].ID || afterList[i].Articles != beforeList[i].Articles || !afterList[i].Updated.Equal(beforeList[i].Updated) {
			t.Errorf("story %d changed by the restart: %+v, was %+v", afterList[i].ID, afterList[i], beforeList[i])
		}
	}
	for _, a := range arts[:3] {
		res, err := d2.Add(ctx, a)
		if err != nil || !res.Known {
			t.Errorf("re-adding %s after restart: %+v, %v; want Known", a.ID, res, err)
		}
	}
}

func TestAddBytesRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	s, d := newDesk(t, filepath.Join(t.TempDir(), "d.db"))
	defer s.Close()
	tests := []struct {
		name, data string
		format     read.Format
		reason     string
	}{
		{"x.json", `{"id": "a", "text": `, read.JSONL, "not a JSON object"},
		{"x.json", `{"id": "a", "title": 7.5e3, "text": {"nested": 1}}`, read.JSONL, "want a string"},
		{"x.txt", "   \n\n ", read.Text, "empty"},
		{"x.txt", "Wahlen in Talvora\n\nDie Wahllokale wurden am Sonntag um acht Uhr geschlossen, und die Auszählung der Stimmen hat begonnen. Die Regierung erwartet ein knappes Ergebnis, und die Opposition hat bereits erklärt, dass sie das Ergebnis anfechten wird.", read.Text, "not English"},
		{"x.rss", `<rss><channel><item><title>t</title></item></channel></rss>`, read.Feed, "not an article format"},
	}
	for _, tt := range tests {
		_, err := d.AddBytes(ctx, tt.name, []byte(tt.data), tt.format)
		if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tt.reason) {
			t.Errorf("AddBytes(%.30q) err = %v; want ErrBadInput with %q", tt.data, err, tt.reason)
		}
	}
	if c, _ := s.Counts(ctx); c.Articles != 0 || c.Stories != 0 {
		t.Errorf("refused inputs left %+v in the store", c)
	}
}

// feedServer serves an RSS feed of the given articles with validators.
func feedServer(t *testing.T, arts []*storyline.Article) (*httptest.Server, *int) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>`)
	for _, a := range arts {
		fmt.Fprintf(&b, "<item><title>%s</title><link>https://wire.example/%s</link><pubDate>%s</pubDate><description>%s</description></item>",
			html.EscapeString(a.Title), a.ID, a.Published.Format(time.RFC1123Z), html.EscapeString(a.Body))
	}
	b.WriteString(`</channel></rss>`)
	feed := b.String()
	notModified := new(int)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"f1"` {
			*notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"f1"`)
		w.Write([]byte(feed))
	}))
	t.Cleanup(srv.Close)
	return srv, notModified
}

func TestPollerConditionalGet(t *testing.T) {
	ctx := context.Background()
	s, d := newDesk(t, filepath.Join(t.TempDir(), "p.db"))
	defer s.Close()
	arts := demo(t)[:4]
	srv, notModified := feedServer(t, arts)
	if _, err := s.AddFeed(ctx, srv.URL); err != nil {
		t.Fatal(err)
	}
	p := NewPoller(s, d, NewFetcher(FetchOptions{AllowPrivate: true}), PollOptions{HostGap: time.Millisecond}, nil)
	f, _ := s.Feed(ctx, srv.URL)
	n, err := p.Poll(ctx, f)
	if err != nil || n == 0 {
		t.Fatalf("first poll: %d articles, %v", n, err)
	}
	f, _ = s.Feed(ctx, srv.URL)
	if f.ETag != `"f1"` || f.Articles != n || f.Errors != 0 || !f.NextPoll.After(time.Now().Add(10*time.Minute)) {
		t.Errorf("feed after first poll: %+v", f)
	}
	n2, err := p.Poll(ctx, f)
	if err != nil || n2 != 0 || *notModified != 1 {
		t.Errorf("second poll: %d articles, %v, %d 304s; want 0 articles after one 304", n2, err, *notModified)
	}

	// A feed on a private address without the flag fails, and backs off.
	strict := NewPoller(s, d, NewFetcher(FetchOptions{}), PollOptions{Interval: time.Minute, HostGap: time.Millisecond}, nil)
	if _, err := strict.Poll(ctx, f); !errors.Is(err, ErrForbiddenAddress) {
		t.Fatalf("poll without the flag: err = %v; want ErrForbiddenAddress", err)
	}
	f, _ = s.Feed(ctx, srv.URL)
	if f.Errors != 1 || f.LastError == "" || f.NextPoll.Before(time.Now().Add(90*time.Second)) {
		t.Errorf("feed after a failed poll: %+v; want 1 error and a 2-minute backoff", f)
	}
}

// TestReplayReconciles stores two reports of different events in one story,
// as an older method might have placed them, and checks that a new desk
// brings the store in line with the stories it finds: the articles moved,
// each story whole with its brief.
func TestReplayReconciles(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "r.db")
	s, err := sqlite.Open(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	var rows []sqlite.Article
	for _, path := range []string{"../examples/serrat-floods/1-harbor-times.txt", "../examples/aldwin-marathon/1-aldwin-evening-post.txt"} {
		arts, err := read.File(ctx, path, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		a := arts[0]
		if err := Clean(a); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, sqlite.Article{ID: a.ID, Title: a.Title, Body: a.Body, Text: a.Text, Published: a.Published, Story: 1})
	}
	if err := s.Apply(ctx, sqlite.Change{New: rows, Stories: []sqlite.Story{{ID: 1, Headline: "old", Articles: 2}},
		Briefs: map[int][]byte{1: []byte(`{}`)}}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, _ = newDesk(t, file)
	defer s.Close()
	list, total, err := s.Stories(ctx, sqlite.StoryQuery{})
	if err != nil || total != 2 {
		t.Fatalf("after replay: %d stories, %v; want the two events apart", total, err)
	}
	seen := map[string]int{}
	for _, st := range list {
		arts, _ := s.Articles(ctx, sqlite.ArticleQuery{Story: st.ID})
		_, b, _ := s.Story(ctx, st.ID)
		if st.Articles != 1 || len(arts) != 1 || st.Headline == "old" || !strings.Contains(string(b), `"summary"`) {
			t.Errorf("story %d after replay: %+v, %d articles stored, brief %.60s", st.ID, st, len(arts), b)
		}
		for _, a := range arts {
			seen[a.ID] = st.ID
		}
	}
	if len(seen) != 2 || seen["1-harbor-times"] == seen["1-aldwin-evening-post"] {
		t.Errorf("articles after replay: %v; want one in each story", seen)
	}
}
