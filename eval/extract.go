// Package eval measures Storyline's stages on public datasets, scoring them
// the way each dataset's own authors do so that figures compare with theirs.
package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// ShingleSize is the number of tokens in a shingle of the extraction
// benchmark.
const ShingleSize = 4

// Counts are the true positive, false positive and false negative shingles
// of one page, scaled so that they sum to 1 (all zero when neither text has
// a token), so that long pages weigh no more than short ones.
type Counts struct {
	TP, FP, FN float64
}

// Precision returns the share of extracted shingles that are in the truth.
// ok is false when nothing was extracted: the benchmark leaves such a page
// out of the mean precision.
func (c Counts) Precision() (p float64, ok bool) {
	if c.TP+c.FP == 0 {
		return 0, false
	}
	if c.FP == 0 && c.FN == 0 {
		return 1, true
	}
	return c.TP / (c.TP + c.FP), true
}

// Recall returns the share of true shingles that were extracted. ok is
// false when the truth has no token: such a page has no recall to average.
func (c Counts) Recall() (r float64, ok bool) {
	if c.TP+c.FN == 0 {
		return 0, false
	}
	if c.FP == 0 && c.FN == 0 {
		return 1, true
	}
	return c.TP / (c.TP + c.FN), true
}

// F1 returns the harmonic mean of the page's precision and recall, 0 when
// either is missing or both are 0.
func (c Counts) F1() float64 {
	p, okp := c.Precision()
	r, okr := c.Recall()
	return f1(p, r, okp && okr)
}

func f1(p, r float64, ok bool) float64 {
	if !ok || p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// MatchShingles compares an extracted text with the true text of a page by
// their multisets of 4-token shingles, as the extraction benchmark does.
func MatchShingles(truth, extracted string) Counts {
	want := shingles(truth)
	got := shingles(extracted)
	var tp, fp, fn float64
	for s, w := range want {
		g := got[s]
		tp += float64(min(w, g))
		fn += float64(max(0, w-g))
	}
	for s, g := range got {
		fp += float64(max(0, g-want[s]))
	}
	sum := tp + fp + fn
	if sum == 0 {
		return Counts{}
	}
	return Counts{TP: tp / sum, FP: fp / sum, FN: fn / sum}
}

// Tokens splits text into runs of word characters, case kept. A word
// character is what Python's \w matches on a str: a letter, a number or an
// underscore. Combining marks and format characters (the soft hyphen) are not
// word characters and so split a word.
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) })
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles returns the multiset of ShingleSize-token shingles of text. A
// text of 1 to ShingleSize-1 tokens is one shingle of all its tokens; a text
// without tokens has none.
func shingles(text string) map[string]int {
	toks := Tokens(text)
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	n := max(1, len(toks)-ShingleSize+1)
	for i := range n {
		// A space cannot occur inside a token, so the joined form is unique.
		m[strings.Join(toks[i:min(i+ShingleSize, len(toks))], " ")]++
	}
	return m
}

// PageScore is the score of one page of the extraction benchmark.
type PageScore struct {
	ID  string
	URL string
	Counts
	// Err is the extractor's error on the page, if any; the page is then
	// scored as if nothing was extracted.
	Err error
	// Extracted is the text the extractor returned.
	Extracted string
}

// ExtractionResult is an extractor's score on the extraction benchmark.
type ExtractionResult struct {
	// Precision and Recall are the means of the pages' precision and recall
	// (a page without extracted text has no precision and is left out of
	// that mean); F1 is computed from these two means.
	Precision, Recall, F1 float64
	// Pages are the per-page scores in the order of their IDs.
	Pages []PageScore
	// Failed counts the pages on which the extractor returned an error.
	Failed int
}

// Worst returns up to n pages with the lowest F1, worst first.
func (r ExtractionResult) Worst(n int) []PageScore {
	pages := slices.Clone(r.Pages)
	slices.SortStableFunc(pages, func(a, b PageScore) int {
		fa, fb := a.F1(), b.F1()
		switch {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	})
	return pages[:min(n, len(pages))]
}

// Score averages per-page counts into precision, recall and F1 as the
// benchmark does.
func Score(pages []PageScore) (precision, recall, f float64) {
	var sumP, sumR float64
	var nP, nR int
	for _, pg := range pages {
		if p, ok := pg.Precision(); ok {
			sumP += p
			nP++
		}
		if r, ok := pg.Recall(); ok {
			sumR += r
			nR++
		}
	}
	if nP > 0 {
		precision = sumP / float64(nP)
	}
	if nR > 0 {
		recall = sumR / float64(nR)
	}
	return precision, recall, f1(precision, recall, true)
}

// groundTruth is one entry of ground-truth.json.
type groundTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// Extraction runs extract on every page of the extraction benchmark in dir
// (html/<id>.html.gz and ground-truth.json) and scores it. extract gets the
// page's path and its HTML, already decompressed. An extractor's
// error on a page is not fatal: the page counts as extracting nothing. A
// page missing from html/ or an unreadable ground truth is an error.
func Extraction(ctx context.Context, dir string, extract func(ctx context.Context, name string, html []byte) (string, error)) (ExtractionResult, error) {
	truthPath := filepath.Join(dir, "ground-truth.json")
	data, err := os.ReadFile(truthPath)
	if err != nil {
		return ExtractionResult{}, fmt.Errorf("extraction benchmark: %w", err)
	}
	var truth map[string]groundTruth
	if err := json.Unmarshal(data, &truth); err != nil {
		return ExtractionResult{}, fmt.Errorf("extraction benchmark: %s: %w", truthPath, err)
	}
	if len(truth) == 0 {
		return ExtractionResult{}, fmt.Errorf("extraction benchmark: %s: no pages", truthPath)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)

	var res ExtractionResult
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return ExtractionResult{}, err
		}
		path := filepath.Join(dir, "html", id+".html.gz")
		page, err := readGzip(path)
		if err != nil {
			return ExtractionResult{}, fmt.Errorf("extraction benchmark: %w", err)
		}
		text, err := extract(ctx, path, page)
		if err != nil {
			if ctx.Err() != nil {
				return ExtractionResult{}, ctx.Err()
			}
			res.Failed++
			text = ""
		}
		res.Pages = append(res.Pages, PageScore{
			ID:        id,
			URL:       truth[id].URL,
			Counts:    MatchShingles(truth[id].ArticleBody, text),
			Err:       err,
			Extracted: text,
		})
	}
	res.Precision, res.Recall, res.F1 = Score(res.Pages)
	return res, nil
}

// readGzip returns the decompressed content of a gzip file.
func readGzip(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
