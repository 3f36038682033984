package facts

import (
	"os"
	"path/filepath"
	"testing"

	"storyline/support"
)

// TestMayStateHidesNoSupporter checks the filter widen puts before the
// support finder: wherever it says the finder can see no article beyond
// a fact's own, the finder must agree.
func TestMayStateHidesNoSupporter(t *testing.T) {
	dirs, _ := filepath.Glob("../testdata/stories/*")
	ex, _ := filepath.Glob("../examples/*")
	dirs = append(dirs, ex...)
	for _, d := range []string{"../../shared/fixtures/summit", "../../shared/eval/duc2006/docs/D0601A"} {
		if _, err := os.Stat(d); err == nil {
			dirs = append(dirs, d)
		}
	}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			a := analyseDir(t, dir)
			f := support.New(a.c)
			var w seenBy
			skipped := 0
			for k, cl := range a.clusters {
				i := a.units[cl.rep].sent
				if w.mayState(a, i, cl.members) {
					continue
				}
				skipped++
				for _, d := range f.Supporters(i) {
					if _, ok := cl.members[d]; !ok && a.independent(d) {
						t.Errorf("fact %d: sentence %d skipped, yet article %d supports it", k, i, d)
					}
				}
			}
			if skipped == 0 && len(a.clusters) > 5 {
				t.Errorf("the filter skipped none of %d facts", len(a.clusters))
			}
		})
	}
}
