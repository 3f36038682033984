package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeedsPoll polls a local feed once from the command line: its items
// are stored, private addresses need the flag, and a second poll finds
// nothing new.
func TestFeedsPoll(t *testing.T) {
	item := func(id, title, body string) string {
		return fmt.Sprintf(`<item><title>%s</title><guid>%s</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>%s</description></item>`,
			title, id, strings.ReplaceAll(body, "\n\n", "&lt;/p&gt;&lt;p&gt;"))
	}
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title>` +
		item("v1", "Dam fails above Lorren", reportA) + item("v2", "Lorren valley flooded", reportB) + `</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, feed)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "p.db")
	run := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, log: slog.New(slog.DiscardHandler)}
		return runFeeds(context.Background(), e, args), out.String(), errb.String()
	}
	if code, _, stderr := run("--db", db, "add", srv.URL+"/rss.xml"); code != exitOK {
		t.Fatalf("add: %d %s", code, stderr)
	}
	if code, _, stderr := run("--db", db, "poll"); code != exitFail || !strings.Contains(stderr, "not allowed") {
		t.Errorf("poll of a loopback feed without --allow-private: code %d, %q", code, stderr)
	}
	code, out, stderr := run("--db", db, "poll", "--allow-private")
	if code != exitOK || !strings.Contains(out, "2 new articles") {
		t.Errorf("first poll: code %d, out %q, err %q", code, out, stderr)
	}
	code, out, _ = run("--db", db, "poll", "--allow-private")
	if code != exitOK || !strings.Contains(out, "0 new articles") {
		t.Errorf("second poll: code %d, out %q", code, out)
	}
}
