package text

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ducDocs is the DUC 2006 document set, relative to this package.
const ducDocs = "../../shared/eval/duc2006/docs"

// sgmlTag matches one SGML tag; the benchmark replaces tags by paragraph
// breaks, which is crude but leaves the article text to segment.
var sgmlTag = regexp.MustCompile(`<[^>]*>`)

// loadDUC returns the paragraphs of the DUC 2006 articles and their total
// size in bytes, skipping b when the data is absent.
func loadDUC(b *testing.B) ([]string, int) {
	b.Helper()
	if _, err := os.Stat(ducDocs); err != nil {
		b.Skipf("../shared not found: %v", err)
	}
	var paras []string
	size := 0
	err := filepath.WalkDir(ducDocs, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := sgmlTag.ReplaceAllString(string(data), "\n\n")
		for _, p := range strings.Split(text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
				size += len(p)
			}
		}
		return nil
	})
	if err != nil {
		b.Fatalf("reading %s: %v", ducDocs, err)
	}
	return paras, size
}

// BenchmarkSentencesAndTokens segments every paragraph of the DUC 2006
// articles into sentences and every sentence into tokens.
func BenchmarkSentencesAndTokens(b *testing.B) {
	paras, size := loadDUC(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var spans []Span
	var toks []Token
	for b.Loop() {
		for _, p := range paras {
			spans = AppendSentences(spans[:0], p)
			for _, sp := range spans {
				toks = AppendTokens(toks[:0], p[sp.Start:sp.End])
			}
		}
	}
}

// BenchmarkSentencesAndWords is BenchmarkSentencesAndTokens with Words and
// the stopword filter in place of Tokens, as the hot paths use them.
func BenchmarkSentencesAndWords(b *testing.B) {
	paras, size := loadDUC(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var spans []Span
	var words []string
	for b.Loop() {
		for _, p := range paras {
			spans = AppendSentences(spans[:0], p)
			for _, sp := range spans {
				words = Words(p[sp.Start:sp.End], words[:0])
				n := 0
				for _, w := range words {
					if !IsStopword(w) {
						n++
					}
				}
				_ = n
			}
		}
	}
}
