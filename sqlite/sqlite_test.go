package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func open(t testing.TB) (*Store, string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "s.db")
	s, err := Open(context.Background(), file)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, file
}

func TestReopenResumes(t *testing.T) {
	ctx := context.Background()
	s, file := open(t)
	pub := time.Date(2025, 4, 2, 10, 0, 0, 0, time.UTC)
	err := s.Apply(ctx, Change{
		New:     []Article{{ID: "a1", Source: "Harbor Times", Title: "Floods in Serrat", Published: pub, Body: "b", Text: "Rain fell on Serrat.", Story: 1}},
		Stories: []Story{{ID: 1, Headline: "Floods in Serrat", First: pub, Last: pub, Articles: 1, Outlets: []string{"Harbor Times"}}},
		Briefs:  map[int][]byte{1: []byte(`{"story":{}}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddFeed(ctx, "https://news.example/rss"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s2, err := Open(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if v, err := s2.Version(ctx); err != nil || v != 1 {
		t.Errorf("Version = %d, %v; want 1", v, err)
	}
	st, b, err := s2.Story(ctx, 1)
	if err != nil || st.Headline != "Floods in Serrat" || string(b) != `{"story":{}}` || !st.Last.Equal(pub) {
		t.Errorf("Story(1) = %+v, %s, %v", st, b, err)
	}
	arts, err := s2.Articles(ctx, ArticleQuery{Story: 1, Full: true})
	if err != nil || len(arts) != 1 || arts[0].Text != "Rain fell on Serrat." {
		t.Errorf("Articles = %+v, %v", arts, err)
	}
	fs, err := s2.Feeds(ctx)
	if err != nil || len(fs) != 1 {
		t.Errorf("Feeds = %+v, %v", fs, err)
	}
}

func TestApplyIsAtomic(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	ok := Change{New: []Article{{ID: "a1", Body: "x", Text: "x", Story: 1}}, Stories: []Story{{ID: 1, Headline: "h", Articles: 1}}}
	if err := s.Apply(ctx, ok); err != nil {
		t.Fatal(err)
	}
	// The second article repeats an id: the whole change must be refused,
	// its new story included.
	bad := Change{
		New:     []Article{{ID: "a2", Body: "y", Text: "y", Story: 2}, {ID: "a1", Body: "z", Text: "z", Story: 2}},
		Stories: []Story{{ID: 2, Headline: "h2", Articles: 2}},
	}
	if err := s.Apply(ctx, bad); err == nil {
		t.Fatal("Apply with a repeated id succeeded")
	}
	c, err := s.Counts(ctx)
	if err != nil || c.Articles != 1 || c.Stories != 1 {
		t.Errorf("Counts = %+v, %v; want 1 article, 1 story", c, err)
	}
	if _, _, err := s.Story(ctx, 2); !errors.Is(err, ErrNotFound) {
		t.Errorf("Story(2) err = %v; want ErrNotFound", err)
	}
}

func TestStoriesQuery(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	day := func(d int) time.Time { return time.Date(2025, 10, d, 0, 0, 0, 0, time.UTC) }
	err := s.Apply(ctx, Change{
		New: []Article{
			{ID: "m1", Title: "Marathon record in Aldwin", Text: "A runner won.", Body: "-", Story: 1},
			{ID: "e1", Title: "Talvora votes", Text: "Polls closed; turnout was high.", Body: "-", Story: 2},
		},
		Stories: []Story{
			{ID: 1, Headline: "Marathon", Last: day(5), Articles: 3, Outlets: []string{"A", "B", "C"}},
			{ID: 2, Headline: "Election", Last: day(9), Articles: 1, Outlets: []string{"A"}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    StoryQuery
		want []int
	}{
		{StoryQuery{}, []int{2, 1}},
		{StoryQuery{Sort: "covered"}, []int{1, 2}},
		{StoryQuery{Limit: 1, Offset: 1}, []int{1}},
		{StoryQuery{Search: "turnout"}, []int{2}},
		{StoryQuery{Search: "ALDWIN runner"}, []int{1}},
		{StoryQuery{Search: `") OR *`}, nil},
		{StoryQuery{Search: "nothing-like-this"}, nil},
	}
	for _, tt := range tests {
		got, _, err := s.Stories(ctx, tt.q)
		if err != nil {
			t.Errorf("Stories(%+v): %v", tt.q, err)
			continue
		}
		var ids []int
		for _, st := range got {
			ids = append(ids, st.ID)
		}
		if !equal(ids, tt.want) {
			t.Errorf("Stories(%+v) = %v; want %v", tt.q, ids, tt.want)
		}
	}
	if _, _, err := s.Stories(ctx, StoryQuery{Sort: "random"}); err == nil || !strings.Contains(err.Error(), "random") {
		t.Errorf("bad sort: err = %v", err)
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFeeds(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	const u = "https://news.example/feed.xml"
	if added, err := s.AddFeed(ctx, u); !added || err != nil {
		t.Fatalf("AddFeed = %v, %v", added, err)
	}
	if added, err := s.AddFeed(ctx, u); added || err != nil {
		t.Errorf("second AddFeed = %v, %v; want false, nil", added, err)
	}
	due, err := s.DueFeeds(ctx, time.Now().Add(time.Second))
	if err != nil || len(due) != 1 {
		t.Fatalf("DueFeeds = %v, %v", due, err)
	}
	f := due[0]
	f.ETag, f.NextPoll, f.Errors = `"v1"`, time.Now().Add(time.Hour), 2
	if err := s.UpdateFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueFeeds(ctx, time.Now()); len(due) != 0 {
		t.Errorf("feed due again before its next poll: %+v", due)
	}
	if got, err := s.Feed(ctx, u); err != nil || got.ETag != `"v1"` || got.Errors != 2 {
		t.Errorf("Feed = %+v, %v", got, err)
	}
	if err := s.RemoveFeed(ctx, u); err != nil {
		t.Error(err)
	}
	if err := s.RemoveFeed(ctx, u); !errors.Is(err, ErrNotFound) {
		t.Errorf("second RemoveFeed err = %v; want ErrNotFound", err)
	}
}

func TestPragmas(t *testing.T) {
	s, _ := open(t)
	for pragma, want := range map[string]string{"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "busy_timeout": "10000"} {
		var got string
		if err := s.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s = %q, %v; want %q", pragma, got, err, want)
		}
	}
}

// FuzzStorySearch checks that no search typed by a user is read as FTS5
// syntax: every one is answered, none fails.
func FuzzStorySearch(f *testing.F) {
	for _, seed := range []string{"floods", `"unterminated`, "a OR b NOT c", "col:word", "*", "NEAR(a b)", "^x", "(", "é ü 東京", "-", "''"} {
		f.Add(seed)
	}
	s, _ := open(f)
	ctx := context.Background()
	if err := s.Apply(ctx, Change{New: []Article{{ID: "a", Title: "Floods", Text: "Rain in Serrat.", Body: "-", Story: 1}},
		Stories: []Story{{ID: 1, Headline: "Floods", Articles: 1}}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, _, err := s.Stories(ctx, StoryQuery{Search: q}); err != nil {
			t.Errorf("Stories(Search: %q): %v", q, err)
		}
	})
}

func TestLock(t *testing.T) {
	s, file := open(t)
	release, err := s.Lock()
	if err != nil {
		t.Fatal(err)
	}
	other, err := Open(context.Background(), file)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Lock(); !errors.Is(err, ErrLocked) {
		t.Errorf("second Lock err = %v; want ErrLocked", err)
	}
	release()
	release2, err := other.Lock()
	if err != nil {
		t.Errorf("Lock after release: %v", err)
	} else {
		release2()
	}
}
