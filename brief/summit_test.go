package brief_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"storyline"
	"storyline/brief"
	"storyline/clean"
	"storyline/read"
	"storyline/render"
)

const summitDir = "../../shared/fixtures/summit"

// summit reads and cleans the summit fixture, or skips when ../shared is
// not beside the project.
func summit(t *testing.T) []*storyline.Article {
	t.Helper()
	if _, err := os.Stat(filepath.Join(summitDir, "EXPECTED.md")); err != nil {
		t.Skipf("../shared not found (%v): the summit fixture test needs ../shared/fixtures/summit", err)
	}
	arts, errs := read.Path(context.Background(), summitDir, read.Options{})
	if len(errs) > 0 || len(arts) != 4 {
		t.Fatalf("read %d articles, errors %v", len(arts), errs)
	}
	for _, a := range arts {
		clean.Article(a)
	}
	return arts
}

// boilerplate is EXPECTED.md's list of what is not news.
var boilerplate = []string{
	"Home / World", "Source link", "– – –", "- - -", "VOA News", "Related posts", "Comments",
	"Follow us on", "Join our official telegram", "News / Foreign Policy", "Foreign Policy",
	"(Photo by AFP)", "can also be accessed", "www.presstv.co.uk", "SHARE THIS ARTICLE", "Press TV News Roku",
}

func TestSummitNoBoilerplate(t *testing.T) {
	arts := summit(t)
	for _, a := range arts {
		for _, bp := range boilerplate {
			if strings.Contains(a.Text, bp) {
				t.Errorf("%s: cleaned text still holds %q", a.ID, bp)
			}
		}
	}
	b := brief.Build(arts, brief.Options{})
	for _, f := range render.Formats {
		r, _ := render.For(f)
		var out bytes.Buffer
		if err := r.Render(&out, b); err != nil {
			t.Fatal(err)
		}
		// The list of articles read names what was dropped by reason only.
		// A sign-off may name the outlet ("VOA News"): as the outlet's name
		// it is no boilerplate.
		for _, bp := range boilerplate {
			if isSource(arts, bp) {
				continue
			}
			if f != "json" && strings.Contains(out.String(), bp) {
				t.Errorf("--format %s output holds boilerplate %q", f, bp)
			}
		}
	}
	var texts []string
	for _, s := range b.Summary {
		texts = append(texts, s.Text)
	}
	for _, f := range b.Facts {
		texts = append(texts, f.Text)
	}
	for _, e := range b.Entities {
		texts = append(texts, e.Name)
		texts = append(texts, e.Aliases...)
	}
	for _, e := range b.Timeline {
		texts = append(texts, e.Text)
	}
	for _, text := range texts {
		for _, bp := range boilerplate {
			if strings.Contains(text, bp) {
				t.Errorf("summary, fact, entity or timeline text holds %q: %q", bp, text)
			}
		}
	}
}

func isSource(arts []*storyline.Article, s string) bool {
	for _, a := range arts {
		if a.Source == s {
			return true
		}
	}
	return false
}

func TestSummitCleaning(t *testing.T) {
	arts := summit(t)
	byID := map[string]*storyline.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	herald := byID["3-national-herald"]
	if n := strings.Count(herald.Text, "first summit ended with a commitment"); n != 1 {
		t.Errorf("file 3's repeated paragraph appears %d times, want 1", n)
	}
	voa := byID["2-voa-news"]
	var joined, quoteSplit bool
	for _, s := range voa.Sentences {
		if strings.Contains(s.Text, "demands for a lifting of punishing sanctions") {
			joined = true
		}
		if strings.HasPrefix(s.Text, "We've agreed to meet sometime") {
			quoteSplit = true
		}
		if got := voa.Body[s.Start:s.End]; !strings.HasPrefix(got, strings.Fields(s.Text)[0][:1]) && !strings.HasPrefix(s.Text, `"`) {
			t.Errorf("sentence %q does not point into the body: %q", s.Text, got)
		}
	}
	if len(voa.Sentences) == 0 {
		// Sentences are set when a brief is built.
		brief.Build(arts, brief.Options{})
		for _, s := range voa.Sentences {
			joined = joined || strings.Contains(s.Text, "demands for a lifting of punishing sanctions")
			quoteSplit = quoteSplit || strings.HasPrefix(s.Text, "We've agreed to meet sometime")
		}
	}
	if !joined {
		t.Error("file 2's sentence broken across lines was not rejoined")
	}
	if !quoteSplit {
		t.Error(`file 2's 'said of the talks."We've agreed' was not split into two sentences`)
	}
}

// fact is a row of EXPECTED.md's table: a sentence states it when it
// matches every pattern.
type fact struct {
	name     string
	patterns []string
	sources  []string
}

var summitFacts = []fact{
	{"F1 second summit end/late February", []string{`(?i)summit|meet`, `(?i)february`}, []string{"1", "2", "3", "4"}},
	{"F4 Vietnam likely host", []string{`Vietnam`}, []string{"1", "2", "3", "4"}},
	{"F6 first summit Singapore", []string{`Singapore`}, []string{"1", "2", "3", "4"}},
	{"F8 Kim Yong Chol met Pompeo", []string{`Pompeo`}, []string{"1", "2", "4"}},
	{"F13 Trump: incredible", []string{`(?i)incredible`}, []string{"2"}},
	{"F14 Blue House welcomed", []string{`Blue House`}, []string{"3"}},
	{"F15 Kim in Beijing with Xi", []string{`Beijing|Xi Jinping`}, []string{"1"}},
	{"F16 inventory refused", []string{`inventory`}, []string{"3"}},
	{"F17 Nguyen Xuan Phuc", []string{`Phuc`}, []string{"4"}},
}

func (f fact) matches(s string) bool {
	for _, p := range f.patterns {
		if !regexp.MustCompile(p).MatchString(s) {
			return false
		}
	}
	return true
}

func TestSummitSummary(t *testing.T) {
	arts := summit(t)
	b := brief.Build(arts, brief.Options{})
	words := 0
	for _, s := range b.Summary {
		words += len(strings.Fields(s.Text))
	}
	if words > 120 || words < 80 {
		t.Errorf("summary has %d words, want 80 to 120", words)
	}
	if len(b.Summary) < 3 {
		t.Fatalf("summary has %d sentences", len(b.Summary))
	}
	covered := 0
	for _, s := range b.Summary {
		var files []string
		for _, id := range s.SupportedBy {
			files = append(files, id[:1])
		}
		if s.SupportedBy[0] != s.Article {
			t.Errorf("%q: supported_by does not start with its own article", s.Text)
		}
		for _, f := range summitFacts {
			if !f.matches(s.Text) {
				continue
			}
			if len(f.sources) >= 3 {
				covered++
				if len(files) < 2 {
					t.Errorf("%q states %s (files %v) but names only %v", s.Text, f.name, f.sources, files)
				}
			}
			for _, id := range files {
				if len(f.sources) == 1 && !slices.Contains(f.sources, id) {
					t.Errorf("%q states single-source %s (file %v) but names file %s", s.Text, f.name, f.sources, id)
				}
			}
		}
	}
	if covered < 2 {
		t.Errorf("summary states %d of the corroborated facts F1, F4, F6, F8, want at least 2", covered)
	}
	// File 1's machine-translated phrasing is never chosen when others say
	// the same thing clearly.
	for _, odd := range []string{"governor Kim", "Trump Chol has received", "countermovement", "among other things Vietnam", "North Korean sovereign", "announces an appointment"} {
		for _, s := range b.Summary {
			if strings.Contains(s.Text, odd) {
				t.Errorf("summary chose machine-translated phrasing %q: %q", odd, s.Text)
			}
		}
	}
}
