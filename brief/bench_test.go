package brief_test

import (
	"context"
	"testing"

	"storyline/brief"
	"storyline/clean"
	"storyline/read"
)

// BenchmarkDUCCluster briefs one 25-article DUC 2006 cluster, reading
// included: the work of `storyline brief ../shared/eval/duc2006/docs/D0601A`
// without process start-up.
//
//	go test -run - -bench DUCCluster ./brief/
func BenchmarkDUCCluster(b *testing.B) {
	dir := "../../shared/eval/duc2006/docs/D0601A"
	arts, errs := read.Path(context.Background(), dir, read.Options{})
	if len(arts) == 0 {
		b.Skipf("%s not readable: %v", dir, errs)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		arts, _ := read.Path(context.Background(), dir, read.Options{})
		for _, a := range arts {
			clean.Article(a)
		}
		brief.Build(arts, brief.Options{})
	}
}
