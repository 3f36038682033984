package analyze

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"storyline/clean"
	"storyline/read"
	"storyline/text"
)

// BenchmarkPipeline reads, cleans, segments and tokenizes every DUC 2006
// article held in memory: the throughput of the stages before any
// selection, in MB/s of SGML input on one core.
//
//	go test -run - -bench Pipeline -cpu 1 ./analyze/
func BenchmarkPipeline(b *testing.B) {
	files, _ := filepath.Glob("../../shared/eval/duc2006/docs/*/*")
	if len(files) == 0 {
		b.Skip("../shared/eval/duc2006/docs not found")
	}
	var inputs [][]byte
	var total int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
		total += int64(len(data))
	}
	ctx := context.Background()
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	var words []string
	for i := 0; i < b.N; i++ {
		for j, data := range inputs {
			arts, err := read.Bytes(ctx, files[j], data, read.Options{Format: read.DUC})
			if err != nil {
				b.Fatal(err)
			}
			for _, a := range arts {
				clean.Article(a)
				Segment(a)
				for _, s := range a.Sentences {
					words = text.Words(s.Text, words[:0])
				}
			}
		}
	}
}
