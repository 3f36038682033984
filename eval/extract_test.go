package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline/read"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Don't stop_now: 3.5%!", []string{"Don", "t", "stop_now", "3", "5"}},
		{"naïve Zoë, 東京 ½", []string{"naïve", "Zoë", "東京", "½"}},
		// A soft hyphen or a combining mark is not a word character (as in
		// Python's \w), so it splits a word.
		{"co\u00adop cafe\u0301", []string{"co", "op", "cafe"}},
		{" \n\t— ", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatchShingles(t *testing.T) {
	const none = -1 // the page has no precision or no recall
	tests := []struct {
		name, truth, got string
		want             Counts
		p, r             float64
	}{
		{"identical", "The cat sat on the mat.", "The cat sat on the mat!", Counts{1, 0, 0}, 1, 1},
		// truth: "a b c d", "b c d e"; extracted: "a b c d".
		{"half found", "a b c d e", "a b c d", Counts{0.5, 0, 0.5}, 1, 0.5},
		{"extra text", "a b c d", "a b c d e", Counts{0.5, 0.5, 0}, 0.5, 1},
		// Nothing extracted: no precision to average, recall 0.
		{"empty extraction", "a b c d e", "", Counts{0, 0, 1}, none, 0},
		{"empty truth", "", "a b c d e", Counts{0, 1, 0}, 0, none},
		{"both empty", "", " -- ", Counts{}, none, none},
		// Under 4 tokens a text is one shingle of all its tokens.
		{"short equal", "Hello world", "Hello, world.", Counts{1, 0, 0}, 1, 1},
		{"short case differs", "Hello world", "hello world", Counts{0, 0.5, 0.5}, 0, 0},
		{"short in long", "a b", "a b c d", Counts{0, 0.5, 0.5}, 0, 0},
		// Shingles are a multiset: "a b c d" occurs twice in the truth.
		{"repeats", "a b c d a b c d", "a b c d", Counts{0.2, 0, 0.8}, 1, 0.2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := MatchShingles(tt.truth, tt.got)
			if !near(c.TP, tt.want.TP) || !near(c.FP, tt.want.FP) || !near(c.FN, tt.want.FN) {
				t.Errorf("counts %+v, want %+v", c, tt.want)
			}
			p, okp := c.Precision()
			r, okr := c.Recall()
			if okp != (tt.p != none) || (okp && !near(p, tt.p)) {
				t.Errorf("precision %v (%v), want %v", p, okp, tt.p)
			}
			if okr != (tt.r != none) || (okr && !near(r, tt.r)) {
				t.Errorf("recall %v (%v), want %v", r, okr, tt.r)
			}
		})
	}
}

func TestScore(t *testing.T) {
	pages := []PageScore{
		{ID: "a", Counts: MatchShingles("a b c d e", "a b c d")}, // P 1, R 0.5
		{ID: "b", Counts: MatchShingles("a b c d e", "")},        // P none, R 0
		{ID: "c", Counts: MatchShingles("", "")},                 // neither
	}
	p, r, f := Score(pages)
	if !near(p, 1) || !near(r, 0.25) || !near(f, 0.4) {
		t.Errorf("Score = %v, %v, %v; want 1, 0.25, 0.4", p, r, f)
	}
	if p, r, f := Score(nil); p != 0 || r != 0 || f != 0 {
		t.Errorf("Score(nil) = %v, %v, %v", p, r, f)
	}
	worst := ExtractionResult{Pages: pages}.Worst(2)
	if len(worst) != 2 || worst[0].ID != "b" || worst[1].ID != "c" {
		t.Errorf("Worst(2) = %v", worst)
	}
}

// writeBenchmark writes a small benchmark folder: pages maps an id to its
// HTML, truth to its articleBody.
func writeBenchmark(t *testing.T, pages, truth map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	for id, page := range pages {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(page))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var js strings.Builder
	js.WriteString("{")
	first := true
	for id, body := range truth {
		if !first {
			js.WriteString(",")
		}
		first = false
		js.WriteString(`"` + id + `": {"articleBody": "` + body + `", "url": "https://example.com/` + id + `"}`)
	}
	js.WriteString("}")
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(js.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestExtraction(t *testing.T) {
	pages := map[string]string{"p1": "<p>one two three four five</p>", "p2": "<p>x</p>", "p3": "<p>y</p>"}
	truth := map[string]string{"p1": "one two three four five", "p2": "six seven eight nine", "p3": "ten eleven twelve thirteen"}
	dir := writeBenchmark(t, pages, truth)
	var seen []string
	extract := func(_ context.Context, name string, page []byte) (string, error) {
		seen = append(seen, filepath.Base(name))
		switch {
		case bytes.Contains(page, []byte("one")):
			return "one two three four five", nil
		case bytes.Contains(page, []byte("x")):
			return "", errors.New("no text")
		}
		return "ten eleven twelve thirteen fourteen", nil // P 0.5, R 1
	}
	res, err := Extraction(context.Background(), dir, extract)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"p1.html.gz", "p2.html.gz", "p3.html.gz"}; !slices.Equal(seen, want) {
		t.Errorf("pages read %q, want %q", seen, want)
	}
	if res.Failed != 1 || len(res.Pages) != 3 || res.Pages[1].Err == nil || res.Pages[0].URL != "https://example.com/p1" {
		t.Errorf("Failed %d, pages %d, page 2 error %v, URL %q", res.Failed, len(res.Pages), res.Pages[1].Err, res.Pages[0].URL)
	}
	// Precision: pages 1 and 3 (1 and 0.5); recall: all three (1, 0, 1).
	if !near(res.Precision, 0.75) || !near(res.Recall, 2.0/3) {
		t.Errorf("precision %v, recall %v; want 0.75, 0.667", res.Precision, res.Recall)
	}

	if err := os.Remove(filepath.Join(dir, "html", "p2.html.gz")); err != nil {
		t.Fatal(err)
	}
	if _, err := Extraction(context.Background(), dir, extract); err == nil || !strings.Contains(err.Error(), "p2.html.gz") {
		t.Errorf("missing page: error %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extraction(ctx, dir, extract); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v", err)
	}
	if _, err := Extraction(context.Background(), t.TempDir(), extract); err == nil || !strings.Contains(err.Error(), "ground-truth.json") {
		t.Errorf("no ground truth: error %v", err)
	}
}

// extractionDir is the benchmark in ../shared, from this package's folder.
const extractionDir = "../../shared/eval/extraction"

// readBody is Storyline's reader as an extractor.
func readBody(ctx context.Context, name string, page []byte) (string, error) {
	a, err := read.HTML(ctx, name, bytes.NewReader(page))
	if err != nil {
		return "", err
	}
	return a.Body, nil
}

// TestExtractionBenchmark scores the HTML reader on the extraction benchmark
// of ../shared and holds it to go-trafilatura's own F1 there (0.965). It runs
// only with STORYLINE_EVAL=1 and without -short.
func TestExtractionBenchmark(t *testing.T) {
	if testing.Short() || os.Getenv("STORYLINE_EVAL") == "" {
		t.Skip("set STORYLINE_EVAL=1 (and no -short) to score HTML extraction on ../shared")
	}
	if _, err := os.Stat(extractionDir); err != nil {
		t.Skip("../shared not found: ", err)
	}
	res, err := Extraction(context.Background(), extractionDir, readBody)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("read.HTML: precision %.4f, recall %.4f, F1 %.4f on %d pages (%d failed)",
		res.Precision, res.Recall, res.F1, len(res.Pages), res.Failed)
	if res.F1 < 0.965 {
		t.Errorf("F1 %.4f is below go-trafilatura's 0.965", res.F1)
	}
}

// BenchmarkExtraction times the HTML reader over the whole benchmark and
// reports its F1.
func BenchmarkExtraction(b *testing.B) {
	if _, err := os.Stat(extractionDir); err != nil {
		b.Skip("../shared not found: ", err)
	}
	var res ExtractionResult
	for b.Loop() {
		var err error
		res, err = Extraction(context.Background(), extractionDir, readBody)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(res.F1, "F1")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(res.Pages))/1e6, "ms/page")
}
