package facts_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestDUCCounts briefs each of the 50 DUC 2006 clusters in ../shared and
// logs what the briefs hold in all: discrepancies by kind, corroborated
// facts and their supporting links, timeline rows, quotes and entities.
// DUC clusters are topics of many events over years, so their
// discrepancies are mostly false ones: the count is a measure of noise to
// keep down, with the planted stories (TestStoriesExpected) as the measure
// of what must still be found. It reads 1,250 articles, so it runs only
// with STORYLINE_EVAL=1.
func TestDUCCounts(t *testing.T) {
	if testing.Short() || os.Getenv("STORYLINE_EVAL") == "" {
		t.Skip("set STORYLINE_EVAL=1 to brief the DUC 2006 clusters of ../shared")
	}
	dirs, _ := filepath.Glob("../../shared/eval/duc2006/docs/D06*")
	if len(dirs) == 0 {
		t.Skip("../shared/eval/duc2006/docs not found")
	}
	kinds := map[string]int{}
	var facts, links, rows, quotes, ents, discs int
	for _, dir := range dirs {
		b := load(t, dir)
		for _, d := range b.Discrepancies {
			kind, _, _ := strings.Cut(d.About, ":")
			kind, _, _ = strings.Cut(kind, " of ")
			kinds[kind]++
			discs++
		}
		for _, f := range b.Facts {
			if !f.SingleSource {
				facts++
				links += len(f.SupportedBy)
			}
		}
		rows += len(b.Timeline)
		quotes += len(b.Quotes)
		ents += len(b.Entities)
	}
	t.Logf("%d clusters: %d discrepancies, %d corroborated facts with %d supporting links, %d timeline rows, %d quotes, %d entities",
		len(dirs), discs, facts, links, rows, quotes, ents)
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		return kinds[names[i]] > kinds[names[j]] || kinds[names[i]] == kinds[names[j]] && names[i] < names[j]
	})
	for _, k := range names {
		t.Logf("  %-20s %d", k, kinds[k])
	}
}
