package clean

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"storyline"
	"storyline/read"
)

// benchBodies reads the article bodies of paths, skipping the benchmark
// when there are none.
func benchBodies(b *testing.B, paths ...string) []string {
	b.Helper()
	var have []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			have = append(have, p)
		}
	}
	arts, _ := read.Paths(context.Background(), have, nil, read.Options{})
	if len(arts) == 0 {
		b.Skip("no articles to clean")
	}
	bodies := make([]string, len(arts))
	for i, a := range arts {
		bodies[i] = a.Body
	}
	return bodies
}

func benchClean(b *testing.B, bodies []string) {
	n := 0
	for _, s := range bodies {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range bodies {
			Article(&storyline.Article{ID: "b", Body: s})
		}
	}
}

// BenchmarkExamples cleans the demo corpus.
func BenchmarkExamples(b *testing.B) {
	paths, _ := filepath.Glob("../examples/*/*.txt")
	benchClean(b, benchBodies(b, paths...))
}

// BenchmarkMultiNews cleans scraped web pages, when the evaluation data is
// there.
func BenchmarkMultiNews(b *testing.B) {
	benchClean(b, benchBodies(b, "../../shared/eval/multinews/validation-sample.jsonl"))
}
