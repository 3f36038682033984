package summarize

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Compress shortens a news sentence where grammar survives the cut: it
// drops a trailing attribution ("..., officials said."), a leading one
// ("The minister said on Tuesday that ..."), a leading phrase of time
// ("On Tuesday, ...") and parenthetical remarks. What is left is a
// sentence that states the same fact in fewer words, so that a summary
// under a budget can state more facts. A sentence that no rule fits is
// returned unchanged.
func Compress(s string) string {
	t := s
	if !spaced(t) {
		t = strings.Join(strings.Fields(s), " ")
	}
	orig := t
	// The expressions are costly: each runs only where its cheap sign is.
	if strings.Contains(t, " - ") || strings.Contains(t, " – ") {
		t = dateline().ReplaceAllString(t, "")
	}
	t = dropParens(t)
	say := says(t)
	if say {
		// A verb of saying may go with the attribution cut off.
		if cut := dropTrailingAttribution(t); cut != t {
			t, say = cut, says(cut)
		}
	}
	t = dropLeading(t, say)
	if t == orig {
		return orig
	}
	// A cut that leaves too little is more likely a misparse than a fact.
	if len(strings.Fields(t)) < 5 || !endsSentence(t) {
		return orig
	}
	return t
}

// spaced reports whether words in t are already apart by single spaces,
// with none at either end.
func spaced(t string) bool {
	for i, r := range t {
		if r == ' ' {
			if i == 0 || i == len(t)-1 || t[i+1] == ' ' {
				return false
			}
		} else if unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// A trailing attribution: a comma, then a short subject and a verb of
// saying (or the verb first), with an optional time, to the end.
var (
	// Whom a verb of saying names after it must look like a name or a
	// noun phrase, so that ", said he would go." is not taken for one.
	named        = `(?:(?:the|a|an) [\w.'-]+(?: [\w.'-]+){0,3}|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})`
	sayVerb      = `(?:said|says|told (?:reporters|journalists|` + named + `)|reported|reports|added|explained|noted|wrote|announced|stated)`
	timeWord     = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last (?:week|month|year|night)|this (?:week|month|year|morning)|earlier|later|(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z.]* \d{1,2})`
	subject      = `(?:[\w.'-]+ ){0,6}`
	trailingSaid = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(,"|,)\s` + `(?:` + subject + sayVerb + `|(?:said|says) ` + named + `|according to (?:[\w.'-]+ ){0,6}[\w.'-]+)` + `(?: (?:on |in |at )?` + timeWord + `)?` + `(?: in a statement| in an interview| in a (?:news|press) (?:conference|release))?` + `\.$`)
	})
	// A leading attribution ends in "that": the clause after it stands
	// alone as a sentence.
	leadingSaid = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:[A-Z][\w.'-]*)(?: [\w.'-]+){0,6} (?:said|says|announced|reported|told [\w.'-]+(?: [\w.'-]+){0,3})(?: (?:on |in |at )?` + timeWord + `)? that `)
	})
	// A leading phrase of time ends at the first comma.
	leadingTime = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:On|In|At|By|Earlier|Later|Late|Early|Last|This|Since)(?: [\w.'-]+){0,4}, `)
	})
	timeLike = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|day|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b`)
	})
	relative = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?:who|whom|which|that|whose|when|where|if|because|although|while)\b`)
	})
	// A wire dateline: "BRENNA, Varnia, April 15 (Meridian Wire) - ",
	// "Porto Claro, 06/10/2025 - ". The reader has the date elsewhere.
	dateline = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:[A-Z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3}, ){1,3}(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2} [A-Z][a-z]+ \d{4})(?: \([^)]{1,40}\))? [-–] `)
	})
	parens = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(` \([^()]{1,80}\)`) })
)

// dropParens drops parenthetical remarks inside the sentence.
func dropParens(t string) string {
	if !strings.Contains(t, "(") {
		return t
	}
	return parens().ReplaceAllString(t, "")
}

// dropTrailingAttribution ends the sentence before ", X said.".
// The expression is costly: Compress calls it only when says(t).
func dropTrailingAttribution(t string) string {
	m := trailingSaid().FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	// A quotation that ends with the attribution keeps its closing mark.
	head := t[:m[0]]
	if t[m[2]:m[3]] == `,"` {
		// A quotation that is the whole sentence keeps its speaker: the
		// attribution is all that tells whose words they are.
		if strings.HasPrefix(head, `"`) {
			return t
		}
		return head + `."`
	}
	// Sentences that open a quotation before the attribution would be
	// left with half a quote.
	if strings.Count(head, `"`)%2 == 1 {
		return t
	}
	return head + "."
}

// dropLeading drops a leading attribution ending in "that" or a leading
// phrase of time, and capitalizes what becomes the first word. say tells
// whether t has a verb of saying.
func dropLeading(t string, say bool) string {
	// "The man who said that ..." is a relative clause, not an
	// attribution.
	if say && strings.Contains(t, " that ") {
		if m := leadingSaid().FindStringIndex(t); m != nil && !relative().MatchString(t[:m[1]-len(" that ")]) {
			return capitalize(t[m[1]:])
		}
	}
	if !opensWithTime(t) {
		return t
	}
	if m := leadingTime().FindStringIndex(t); m != nil && timeLike().MatchString(t[:m[1]]) {
		return capitalize(t[m[1]:])
	}
	return t
}

// opensWithTime reports whether t begins with a word that leadingTime
// can begin with and has a comma, the cheap signs of a leading phrase of
// time.
func opensWithTime(t string) bool {
	sp := strings.IndexByte(t, ' ')
	if sp < 0 || !strings.Contains(t, ", ") {
		return false
	}
	switch t[:sp] {
	case "On", "In", "At", "By", "Earlier", "Later", "Late", "Early", "Last", "This", "Since":
		return true
	}
	return false
}

// says reports whether t has a word that begins one of the verbs of saying
// the attribution patterns use ("said", "told", "according to", ...): a
// cheap sign that they may match.
func says(t string) bool {
	for i := 0; i+4 <= len(t); i++ {
		if i > 0 && isWordByte(t[i-1]) {
			continue // not a word start
		}
		c := t[i]
		for _, w := range sayWords {
			if w[0] == c && strings.HasPrefix(t[i:], w) {
				return true
			}
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-' || c >= 0x80
}

// sayWords are the verbs of saying the attribution patterns use.
var sayWords = []string{"said", "says", "told", "reported", "reports", "added", "explained", "noted", "wrote", "announced", "stated", "according to"}

func capitalize(t string) string {
	r, n := utf8.DecodeRuneInString(t)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return t
	}
	return string(unicode.ToUpper(r)) + t[n:]
}

// endsSentence reports whether t ends as a sentence does.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, `"')`)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}
