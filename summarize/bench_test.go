package summarize_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"storyline/analyze"
	"storyline/clean"
	"storyline/near"
	"storyline/read"
	"storyline/summarize"
)

// ducCluster reads a 25-article DUC 2006 cluster, or skips.
func ducCluster(b *testing.B) *analyze.Corpus {
	dir := filepath.Join("..", "..", "shared", "eval", "duc2006", "docs", "D0601A")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("../shared not found: ", err)
	}
	arts, errs := read.Path(context.Background(), dir, read.Options{Format: read.DUC})
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	for _, a := range arts {
		clean.Article(a)
	}
	return analyze.New(arts, near.Duplicates(arts))
}

// BenchmarkMethods times each method on a 25-article DUC 2006 cluster
// with a 250-word budget and the topic's question.
func BenchmarkMethods(b *testing.B) {
	c := ducCluster(b)
	opts := summarize.Options{Words: 250, HardCut: true,
		Query: "Discuss conditions on American Indian reservations or among Native American communities."}
	for _, name := range summarize.Methods() {
		m, _ := summarize.ByName(name)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				m.Select(c, opts)
			}
		})
	}
}

// BenchmarkPipeline times what a whole process does for one cluster:
// read, clean, find copies, analyse and summarize by the default method.
func BenchmarkPipeline(b *testing.B) {
	ducCluster(b)
	dir := filepath.Join("..", "..", "shared", "eval", "duc2006", "docs", "D0601A")
	m, _ := summarize.ByName("")
	for b.Loop() {
		arts, _ := read.Path(context.Background(), dir, read.Options{Format: read.DUC})
		for _, a := range arts {
			clean.Article(a)
		}
		c := analyze.New(arts, near.Duplicates(arts))
		m.Select(c, summarize.Options{Words: 250})
	}
}
