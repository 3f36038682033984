package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline"
	"storyline/clean"
	"storyline/read"
	"storyline/story"
)

// briefedIDs returns the ids of the articles a JSON brief read.
func briefedIDs(t *testing.T, out string) []string {
	t.Helper()
	var b storyline.Brief
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range b.Story.Articles {
		ids = append(ids, a.ID)
	}
	return ids
}

// runCmd runs the CLI in-process and returns its exit code and outputs.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

const reportA = "Dam fails above Lorren\n\nThe Lorren dam failed early on Monday after three days of rain, flooding the lower valley, regional officials said.\n\nAt least 23 people died and hundreds were moved to shelters in the town hall and two schools, officials said.\n\nEngineers had warned last year that the dam needed repairs, according to a report seen by the Valley Post.\n"

const reportB = "Lorren valley flooded as dam gives way\n\nThe dam above Lorren gave way early on Monday after three days of heavy rain, and water flooded the lower valley, officials said.\n\nThe regional governor said 27 people had died and that hundreds had been moved to shelters.\n\nShare this article\n"

func writeStory(t *testing.T) string {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "valley-post.txt"), []byte(reportA), 0o644)
	os.WriteFile(filepath.Join(dir, "river-news.txt"), []byte(reportB), 0o644)
	return dir
}

func TestUsageAndExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{nil, exitUsage, "usage: storyline"},
		{[]string{"--help"}, exitOK, "commands:"},
		{[]string{"nope"}, exitUsage, `unknown command "nope"`},
		{[]string{"brief", "--help"}, exitOK, "-words"},
		{[]string{"extract", "--help"}, exitOK, "-dropped"},
		{[]string{"eval", "--help"}, exitOK, "summarize"},
		{[]string{"brief"}, exitUsage, "usage: storyline brief"},
		{[]string{"brief", "--format", "pdf", "x"}, exitUsage, `unknown format "pdf"`},
		{[]string{"brief", "--words", "-3", "x"}, exitUsage, "must not be negative"},
		{[]string{"brief", "--input-format", "doc", "x"}, exitUsage, `unknown input format "doc"`},
		{[]string{"brief", "--bogus"}, exitUsage, "flag provided but not defined"},
		{[]string{"brief", "/no/such/dir"}, exitFail, "/no/such/dir: no such file or directory"},
		{[]string{"extract", "--format", "xml", "x"}, exitUsage, `unknown --format "xml"`},
	}
	for _, tt := range tests {
		code, _, stderr := runCmd(t, "", tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.err) {
			t.Errorf("storyline %v: code %d, stderr %q; want code %d and %q", tt.args, code, stderr, tt.code, tt.err)
		}
	}
}

func TestBriefFormats(t *testing.T) {
	dir := writeStory(t)
	for _, f := range []string{"text", "md", "json", "html", "sentences"} {
		code, out, stderr := runCmd(t, "", "brief", "--format", f, dir)
		if code != exitOK {
			t.Fatalf("--format %s: code %d: %s", f, code, stderr)
		}
		// JSON lists what was dropped, text included; the others name reasons only.
		if f != "json" && strings.Contains(out, "Share this article") {
			t.Errorf("--format %s: boilerplate in output", f)
		}
		switch f {
		case "json":
			var b storyline.Brief
			if err := json.Unmarshal([]byte(out), &b); err != nil {
				t.Fatalf("json: %v", err)
			}
			if len(b.Story.Articles) != 2 || len(b.Summary) == 0 || len(b.Summary[0].SupportedBy) == 0 {
				t.Errorf("json brief = %+v", b)
			}
		case "sentences":
			for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
				if strings.Contains(l, "[") || strings.TrimSpace(l) == "" {
					t.Errorf("sentences line %q", l)
				}
			}
		case "html":
			if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, "</html>") {
				t.Errorf("html output malformed")
			}
		}
	}
	code, out, _ := runCmd(t, "", "brief", "--words", "25", "--format", "sentences", dir)
	if n := len(strings.Fields(out)); code != exitOK || n > 25 {
		t.Errorf("--words 25 gave %d words", n)
	}
}

func TestBriefStdinFeed(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title>
<item><title>Dam fails</title><guid>v1</guid><description>` + strings.ReplaceAll(reportA, "\n\n", "&lt;/p&gt;&lt;p&gt;") + `</description></item>
<item><title>Valley flooded</title><guid>v2</guid><description>` + strings.ReplaceAll(reportB, "\n\n", "&lt;/p&gt;&lt;p&gt;") + `</description></item>
</channel></rss>`
	code, out, stderr := runCmd(t, feed, "brief", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("code %d: %s", code, stderr)
	}
	var b storyline.Brief
	if err := json.Unmarshal([]byte(out), &b); err != nil || len(b.Story.Articles) != 2 || b.Story.Articles[0].Source != "Valley Wire" {
		t.Fatalf("brief of a feed on stdin: %v %+v", err, b.Story)
	}
}

// TestBadInputsStillBriefed puts one bad input of every kind beside a good
// story: each is named with what is wrong, and the story is still briefed.
func TestBadInputsStillBriefed(t *testing.T) {
	dir := writeStory(t)
	bad := t.TempDir()
	files := map[string][]byte{
		"empty.txt":   nil,
		"binary.bin":  {0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3},
		"invalid.txt": []byte("Caf\xe9 news\n\nThe caf\xe9 on the square reopened on Monday after the flood, its owner said, and the first guests came at noon."),
		"german.txt":  []byte("Damm bricht\n\nDer Damm oberhalb von Lorren ist am Montag nach drei Tagen Regen gebrochen, und das Wasser hat das untere Tal überflutet, wie die Behörden mitteilten. Mindestens 23 Menschen sind gestorben und Hunderte wurden in Notunterkünfte gebracht."),
		"nav.html":    []byte(`<!DOCTYPE html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav><footer>© 2025</footer></body></html>`),
		"big.txt":     bytes.Repeat([]byte("flood "), 10<<20),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(bad, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, stderr := runCmd(t, "", "brief", "--format", "json", dir, bad)
	if code != exitOK {
		t.Fatalf("code %d: %s", code, stderr)
	}
	ids := briefedIDs(t, out)
	if strings.Join(ids, ",") != "river-news,valley-post,invalid" {
		t.Errorf("briefed %v, want river-news, valley-post and the repaired invalid-UTF-8 file", ids)
	}
	for name, want := range map[string]string{
		"empty.txt":  "empty input",
		"binary.bin": "binary data",
		"german.txt": "not English",
		"nav.html":   "no article text",
		"big.txt":    "too large",
	} {
		found := false
		for _, l := range strings.Split(stderr, "\n") {
			if strings.Contains(l, filepath.Join(bad, name)) && strings.Contains(l, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("stderr does not say %q about %s:\n%s", want, name, stderr)
		}
	}
}

func TestOneArticle(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "only.txt"), []byte(reportA), 0o644)
	code, out, stderr := runCmd(t, "", "brief", dir)
	if code != exitOK || !strings.Contains(out, "Dam fails above Lorren") || !strings.Contains(out, "[only]") {
		t.Errorf("one-article brief: code %d\n%s\n%s", code, out, stderr)
	}
}

func TestExtractJSON(t *testing.T) {
	dir := writeStory(t)
	code, out, _ := runCmd(t, "", "extract", "--format", "json", filepath.Join(dir, "river-news.txt"))
	var x map[string]any
	if code != exitOK || json.Unmarshal([]byte(out), &x) != nil {
		t.Fatalf("code %d, out %q", code, out)
	}
	for _, k := range []string{"id", "source", "title", "text"} {
		if _, ok := x[k]; !ok {
			t.Errorf("extract json lacks %q", k)
		}
	}
	if x["title"] != "Lorren valley flooded as dam gives way" || strings.Contains(x["text"].(string), "Share this") {
		t.Errorf("extract = %v", x)
	}
}

// TestBriefStory groups the demo corpus into stories and briefs one of
// them, or all of them.
func TestBriefStory(t *testing.T) {
	code, out, stderr := runCmd(t, "", "brief", "--story", "all", "--format", "json", "../../examples")
	if code != exitOK {
		t.Fatalf("code %d: %s", code, stderr)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	n := 0
	for dec.More() {
		var b storyline.Brief
		if err := dec.Decode(&b); err != nil {
			t.Fatal(err)
		}
		if len(b.Story.Articles) < 3 {
			t.Errorf("story %q has %d articles", b.Story.Headline, len(b.Story.Articles))
		}
		n++
	}
	if n != 4 {
		t.Errorf("--story all gave %d briefs, want the 4 demo stories", n)
	}
	code, out, _ = runCmd(t, "", "brief", "--story", "1", "--format", "json", "../../examples")
	var b storyline.Brief
	if code != exitOK || json.Unmarshal([]byte(out), &b) != nil || len(b.Story.Articles) < 3 {
		t.Errorf("--story 1: code %d, %d articles", code, len(b.Story.Articles))
	}
	if code, _, stderr := runCmd(t, "", "brief", "--story", "99", "../../examples"); code != exitFail || !strings.Contains(stderr, `no story "99"`) {
		t.Errorf("--story 99: code %d, %q", code, stderr)
	}
}

// TestBriefLabelledStories: articles that carry the story `storyline
// cluster --format jsonl` gave them are briefed by that story, without
// grouping them again.
func TestBriefLabelledStories(t *testing.T) {
	line := func(id, story, text string) string {
		b, _ := json.Marshal(map[string]any{"id": id, "source": id, "text": text, "story": story})
		return string(b) + "\n"
	}
	// Story "7" holds one of the valley reports and an unrelated one;
	// grouping afresh would never put those together.
	in := line("valley-post", "7", reportA) + line("river-news", "8", reportB) +
		line("harbour-gazette", "7", "The harbour board approved a new ferry timetable on Tuesday after months of complaints from island commuters about late evening crossings.\n")
	code, out, stderr := runCmd(t, in, "brief", "--story", "7", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("code %d: %s", code, stderr)
	}
	ids := briefedIDs(t, out)
	if strings.Join(ids, ",") != "valley-post,harbour-gazette" {
		t.Errorf("story 7 briefed %v, want valley-post and harbour-gazette", ids)
	}
	if code, _, stderr := runCmd(t, in, "brief", "--story", "9", "-"); code != exitFail || !strings.Contains(stderr, `no story "9"`) {
		t.Errorf("--story 9: code %d, %q", code, stderr)
	}
}

// TestStoryArticlesRoundTrip: what writeStoryArticles writes, brief reads
// back by story.
func TestStoryArticlesRoundTrip(t *testing.T) {
	dir := writeStory(t)
	code, out, stderr := runCmd(t, "", "extract", "--format", "json", dir)
	if code != exitOK {
		t.Fatalf("extract: code %d: %s", code, stderr)
	}
	arts, err := read.Bytes(context.Background(), "x.jsonl", []byte(out), read.Options{})
	if err != nil || len(arts) != 2 {
		t.Fatalf("read back %d articles: %v", len(arts), err)
	}
	for _, a := range arts {
		clean.Article(a)
	}
	var buf bytes.Buffer
	stories := []story.Story{{ID: 4, Articles: []string{arts[1].ID}}, {ID: 5, Articles: []string{arts[0].ID, "not-read-now"}}}
	if err := writeStoryArticles(&buf, arts, stories); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Fatalf("wrote %d lines, want 2:\n%s", n, buf.String())
	}
	code, out, stderr = runCmd(t, buf.String(), "brief", "--story", "5", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("brief: code %d: %s", code, stderr)
	}
	var b storyline.Brief
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Story.Articles) != 1 || b.Story.Articles[0].ID != arts[0].ID {
		t.Errorf("story 5 briefed %+v, want only %s", b.Story.Articles, arts[0].ID)
	}
}
