package story

import (
	"strings"
	"unicode"

	"storyline"
	"storyline/stem"
	"storyline/text"
)

// Boosts of term counts. The headline and the lead (the first paragraph,
// or the paragraphs up to leadWords words) are where a report says what
// its story is; the rest of a long article wanders into background that
// other stories share.
const (
	titleBoost = 2
	leadBoost  = 2
	leadWords  = 30
)

// leadEnd returns the end of the paragraph in which the n-th word of s
// falls: the lead of an article says what its story is.
func leadEnd(s string, n int) int {
	words := 0
	in := false
	for i, r := range s {
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if isWord && !in {
			words++
		}
		in = isWord
		if words > n {
			if j := strings.Index(s[i:], "\n"); j >= 0 {
				return i + j
			}
			return len(s)
		}
	}
	return len(s)
}

// termCount is one term of an article and its boosted count.
type termCount struct {
	term  string
	count float32
}

// extractor turns articles into weighted terms. It caches stems, so each
// goroutine has its own.
type extractor struct {
	stems  map[string]string
	counts map[string]float32
	tokens []text.Token
}

func newExtractor() *extractor {
	return &extractor{stems: make(map[string]string), counts: make(map[string]float32)}
}

// terms returns the content terms of a's title and text with their counts,
// in no particular order.
func (x *extractor) terms(a *storyline.Article) []termCount {
	clear(x.counts)
	x.add(a.Title, titleBoost)
	body := articleText(a)
	lead := leadEnd(body, leadWords)
	x.add(body[:lead], leadBoost)
	x.add(body[lead:], 1)
	out := make([]termCount, 0, len(x.counts))
	for t, c := range x.counts {
		out = append(out, termCount{t, c})
	}
	return out
}

// add counts the terms of s, each occurrence weighing w.
func (x *extractor) add(s string, w float32) {
	x.tokens = text.AppendTokens(x.tokens[:0], s)
	for _, tok := range x.tokens {
		if term := x.term(tok.Text); term != "" {
			x.counts[term] += w
		}
	}
}

// term returns the stemmed content term of a token, or "" for a
// stopword, a number or a single letter.
func (x *extractor) term(tok string) string {
	if t, ok := x.stems[tok]; ok {
		return t
	}
	t := normalTerm(tok)
	if len(x.stems) > 1<<18 { // bound the cache on huge vocabularies
		clear(x.stems)
	}
	x.stems[tok] = t
	return t
}

// asciiJoins makes curly apostrophes and Unicode hyphens ASCII, as
// text.Words does. A Replacer is safe for concurrent use.
var asciiJoins = strings.NewReplacer("’", "'", "‐", "-")

// normalTerm lower-cases, drops stopwords, possessives and tokens without
// letters, and stems what is left.
func normalTerm(tok string) string {
	w := strings.ToLower(asciiJoins.Replace(tok))
	if text.IsStopword(w) {
		return ""
	}
	if p := len(w) - 2; p > 0 && w[p:] == "'s" {
		w = w[:p]
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 || text.IsStopword(w) {
		return ""
	}
	return stem.Porter(w)
}

// articleText is the text of a that is clustered: the cleaned text when set.
func articleText(a *storyline.Article) string {
	if a.Text != "" {
		return a.Text
	}
	return a.Body
}
