package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline"
	"storyline/stem"
	"storyline/text"
)

// Boosts of term counts. A name (a capitalised word inside a sentence)
// tells stories apart far better than a common noun: two reports of one
// event share their people and places, two reports of one kind of event
// (two floods, two elections) share their nouns. The headline is the
// outlet's own choice of what the story is about.
var (
	nameBoost  float32 = 2
	titleBoost float32 = 2
	leadBoost float32 = 1
	leadWords = 60
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

// add counts the terms of s, each occurrence weighing w (times nameBoost for
// a name).
func (x *extractor) add(s string, w float32) {
	for _, line := range strings.Split(s, "\n") {
		// A line in capitals (a wire headline) has no names to tell apart.
		caps := !hasLower(line)
		x.tokens = text.AppendTokens(x.tokens[:0], line)
		prevEnd := 0
		for _, tok := range x.tokens {
			sentenceStart := prevEnd == 0 || strings.ContainsAny(line[prevEnd:tok.Start], ".!?:\"“")
			prevEnd = tok.End
			term, upper := x.term(tok.Text)
			if term == "" {
				continue
			}
			if upper && !caps && !sentenceStart {
				x.counts[term] += w * nameBoost
			} else {
				x.counts[term] += w
			}
		}
	}
}

// term returns the stemmed content term of a token ("" for a stopword, a
// number or a single letter) and whether the token starts with a capital.
func (x *extractor) term(tok string) (string, bool) {
	if t, ok := x.stems[tok]; ok {
		r, _ := utf8.DecodeRuneInString(tok)
		return t, unicode.IsUpper(r)
	}
	t := normalTerm(tok)
	if len(x.stems) > 1<<16 { // bound the cache on huge vocabularies
		clear(x.stems)
	}
	x.stems[tok] = t
	r, _ := utf8.DecodeRuneInString(tok)
	return t, unicode.IsUpper(r)
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

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// articleText is the text of a that is clustered: the cleaned text when set.
func articleText(a *storyline.Article) string {
	if a.Text != "" {
		return a.Text
	}
	return a.Body
}
