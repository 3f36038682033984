package facts_test

import (
	"os"
	"testing"

	"storyline"
	"storyline/analyze"
	"storyline/brief"
	"storyline/facts"
	"storyline/near"
	"storyline/support"
)

const ducCluster = "../../shared/eval/duc2006/docs/D0601A"

func ducArticles(b *testing.B) []*storyline.Article {
	b.Helper()
	if _, err := os.Stat(ducCluster); err != nil {
		b.Skipf("../shared not found (%v): the benchmark needs ../shared/eval/duc2006", err)
	}
	return facts.ReadClean(b, ducCluster)
}

// BenchmarkFill times this package alone on one 25-article DUC 2006
// cluster, the corpus and finder built once.
func BenchmarkFill(b *testing.B) {
	arts := ducArticles(b)
	c := analyze.New(arts, near.Duplicates(arts))
	f := support.New(c)
	b.ResetTimer()
	for b.Loop() {
		var br storyline.Brief
		facts.Fill(&br, c, f, facts.Options{})
	}
}

// BenchmarkBrief times the whole brief of the cluster, facts included.
func BenchmarkBrief(b *testing.B) {
	arts := ducArticles(b)
	b.ResetTimer()
	for b.Loop() {
		brief.Build(arts, brief.Options{})
	}
}
