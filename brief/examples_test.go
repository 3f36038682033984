package brief_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"storyline/brief"
	"storyline/clean"
	"storyline/read"
)

// reWireCopy reads EXPECTED.md's "Wire copy: <copy> ... is <original>".
var reWireCopy = regexp.MustCompile(`Wire copy: ([\w-]+)[^\n]*?\bis ([\w-]+)`)

// TestExamples briefs every story of the demo corpus and checks it against
// the story's hand reading: the wire copy found the right way round and not
// counted as a source, the budget kept, every summary sentence attributed.
func TestExamples(t *testing.T) {
	dirs, _ := filepath.Glob("../examples/*/EXPECTED.md")
	if len(dirs) == 0 {
		t.Fatal("no examples/*/EXPECTED.md")
	}
	for _, exp := range dirs {
		dir := filepath.Dir(exp)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			want, err := os.ReadFile(exp)
			if err != nil {
				t.Fatal(err)
			}
			m := reWireCopy.FindStringSubmatch(string(want))
			if m == nil {
				t.Fatalf("%s names no wire copy", exp)
			}
			copyID, origID := m[1], m[2]
			arts, errs := read.Path(context.Background(), dir, read.Options{})
			if len(errs) > 0 {
				t.Fatalf("read errors: %v", errs)
			}
			for _, a := range arts {
				clean.Article(a)
			}
			b := brief.Build(arts, brief.Options{})
			if len(b.Duplicates) != 1 || b.Duplicates[0].Article != copyID || b.Duplicates[0].CopyOf != origID {
				t.Errorf("duplicates = %+v, want %s copy of %s", b.Duplicates, copyID, origID)
			}
			words := 0
			for _, s := range b.Summary {
				words += len(strings.Fields(s.Text))
				for _, id := range s.SupportedBy {
					if id == copyID {
						t.Errorf("summary sentence %q counts the wire copy %s as a source", s.Text, copyID)
					}
				}
				if len(s.SupportedBy) == 0 || s.SupportedBy[0] != s.Article {
					t.Errorf("summary sentence %q: supported_by %v", s.Text, s.SupportedBy)
				}
			}
			if words > 120 || len(b.Summary) == 0 {
				t.Errorf("summary of %d words in %d sentences", words, len(b.Summary))
			}
			for _, f := range b.Facts {
				for _, id := range f.SupportedBy {
					if id == copyID {
						t.Errorf("fact %q counts the wire copy as a source", f.Text)
					}
				}
			}
			// Nothing of the planted boilerplate reaches the summary.
			for _, s := range b.Summary {
				for _, bp := range []string{"Reporting by", "Editing by", "Translated", "Related", "Follow us", "Photo:", "republished", "www."} {
					if strings.Contains(s.Text, bp) {
						t.Errorf("summary sentence holds boilerplate %q: %q", bp, s.Text)
					}
				}
			}
		})
	}
}
