// Package summarize selects the sentences of a story's summary under a
// length budget, and orders them for reading.
package summarize

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"storyline/analyze"
	"storyline/support"
)

// Options bound and focus a summary. The zero value means 120 words.
type Options struct {
	// Words caps the summary's length in words; Bytes in bytes. When both
	// are zero the cap is DefaultWords.
	Words, Bytes int
	// HardCut lets the last sentence be cut at the budget, as ROUGE's -l
	// and -b truncation does; otherwise only whole sentences are chosen.
	HardCut bool
	// Query focuses the summary on a question.
	Query string
}

// DefaultWords is the budget when none is given.
const DefaultWords = 120

// Method selects sentences: indices into c.Sents in reading order.
type Method interface {
	Select(c *analyze.Corpus, opts Options) []int
}

// methods maps each method's name to it, in the order Methods lists them.
var methods = []struct {
	name   string
	method Method
}{
	{"concept", Concept{}},
	{"support", Support{}},
	{"lead", Lead{}},
	{"centroid", Centroid{}},
	{"lexrank", LexRank{}},
	{"textrank", TextRank{}},
	{"mmr", MMR{}},
}

// Methods lists the methods by name; the first is the default.
func Methods() []string {
	out := make([]string, len(methods))
	for i, m := range methods {
		out[i] = m.name
	}
	return out
}

// ByName returns a method; the empty name is the default.
func ByName(name string) (Method, error) {
	if name == "" {
		return methods[0].method, nil
	}
	for _, m := range methods {
		if m.name == strings.ToLower(name) {
			return m.method, nil
		}
	}
	return nil, fmt.Errorf("unknown summary method %q (want one of %s)", name, strings.Join(Methods(), ", "))
}

// Support scores a sentence by how many independent articles state its
// content, prefers complete, self-contained sentences, and skips a sentence
// that repeats one already chosen.
type Support struct{}

// Select implements Method.
func (Support) Select(c *analyze.Corpus, opts Options) []int {
	f := support.New(c)
	type cand struct {
		i     int
		score float64
	}
	var cands []cand
	for i, s := range c.Sents {
		q := Quality(c, i)
		if q == 0 || c.Original(s.Doc) != s.Doc {
			continue
		}
		// How many independent articles state the sentence's content, and
		// how closely the others come to it.
		mass := 1.0
		for d := range c.Articles {
			if d != s.Doc && c.Original(d) == d {
				v := f.Best(i, d)
				if v >= support.Threshold {
					mass += 1
				}
				mass += v
			}
		}
		lead := 1 + 0.3*(1-s.Position)
		info := min(1, float64(len(s.Terms))/8)
		cands = append(cands, cand{i, mass * q * lead * info})
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	ranked := make([]int, len(cands))
	for k, cd := range cands {
		ranked[k] = cd.i
	}
	return Order(c, Fit(c, ranked, opts, 0.5))
}

// Quality scores how well a sentence reads alone, 0 to 1: headings,
// fragments, questions and sentences that lean on what came before score
// low.
func Quality(c *analyze.Corpus, i int) float64 {
	return traitsOf(c, i).quality()
}

// quality is Quality of a sentence with traits t.
func (t traits) quality() float64 {
	q := t.base
	if t.halfQuote {
		q *= 0.2
	}
	if t.dangling {
		q *= 0.4
	}
	return q
}

// traits are what Quality weighs: base is the quality of the sentence
// read after the one before it, and the flags say how it leans on that
// one.
type traits struct {
	base float64
	// halfQuote: the sentence begins or ends inside a quotation.
	halfQuote bool
	// closesQuote: it ends a quotation begun before it.
	closesQuote bool
	// dangling: its first word refers to what came before.
	dangling bool
}

// leansBack reports whether the sentence reads well only after the one
// before it.
func (t traits) leansBack() bool {
	return t.dangling || t.halfQuote && t.closesQuote
}

func traitsOf(c *analyze.Corpus, i int) traits {
	s := c.Sents[i]
	t := strings.TrimSpace(s.Text)
	if s.Heading || s.Words < 8 || len(s.Terms) < 4 || isFurniture(t) {
		return traits{}
	}
	tr := traits{base: 1}
	if n := strings.Count(t, `"`); n%2 == 1 {
		tr.halfQuote = true
		// The first mark closes a quotation when it follows the
		// quotation's last words rather than opening one.
		k := strings.IndexByte(t, '"')
		tr.closesQuote = k > 0 && strings.ContainsRune(".,!?", rune(t[k-1]))
	}
	if s.Words > 55 {
		tr.base *= 0.5
	}
	if strings.HasSuffix(t, "?") {
		tr.base *= 0.3
	}
	last := t[len(t)-1]
	if !strings.ContainsRune(`.!?"')`, rune(last)) {
		tr.base *= 0.4
	}
	// A whole quotation names its speaker: "I" and "we" inside it do not
	// lean on the sentence before.
	quoted := strings.HasPrefix(t, `"`) && !tr.halfQuote
	w := strings.ToLower(firstWord(t))
	if k := strings.IndexByte(w, '\''); k > 0 {
		w = w[:k] // "We've" leans back as "we" does
	}
	if dangling[w] && !(quoted && speaker[w]) {
		tr.dangling = true
	}
	// "..., she said." names its speaker by a pronoun, which only the
	// sentence before resolves.
	if saidByPronoun(t) {
		tr.dangling = true
	}
	if strings.HasPrefix(t, `"`) {
		tr.base *= 0.7
	}
	return tr
}

// allTraits returns the traits of every sentence of c.
func allTraits(c *analyze.Corpus) []traits {
	out := make([]traits, len(c.Sents))
	for i := range c.Sents {
		out[i] = traitsOf(c, i)
	}
	return out
}

// firstWord returns the first run of letters and apostrophes in t.
func firstWord(t string) string {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || r == '\'' }
	a := strings.IndexFunc(t, isWord)
	if a < 0 {
		return ""
	}
	if n := strings.IndexFunc(t[a:], func(r rune) bool { return !isWord(r) }); n >= 0 {
		return t[a : a+n]
	}
	return t[a:]
}

// saidByPronoun reports whether t ends with an attribution to a pronoun:
// `, she said.`, `," he added.`, `, they told reporters.`.
func saidByPronoun(t string) bool {
	k := strings.LastIndexByte(t, ',')
	if k < 0 || len(t)-k > 40 {
		return false
	}
	rest := strings.Fields(strings.TrimLeft(t[k+1:], `" `))
	if len(rest) < 2 {
		return false
	}
	return pronounSpeaker[strings.ToLower(rest[0])] && sayVerbs[strings.TrimRight(rest[1], ".")]
}

// pronounSpeaker and sayVerbs make up an attribution to a pronoun.
var (
	pronounSpeaker = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}
	sayVerbs       = map[string]bool{"said": true, "says": true, "added": true, "told": true, "explained": true, "noted": true, "wrote": true, "stated": true, "warned": true, "insisted": true}
)

// furniture are phrases in which a web page speaks to its reader rather
// than about the story (calls to sign up, click or share), for when
// cleaning left them in the text.
var furniture = []string{
	"sign up for", "sign up to", "by signing up", "click here", "subscribe now", "our newsletter",
	"our daily newsletter", "our weekly newsletter", "email newsletters", "email this", "share this", "follow us on", "mailing list", "terms of use",
	"terms of service", "privacy policy", "all rights reserved",
}

// isFurniture reports whether t says one of the furniture phrases.
func isFurniture(t string) bool {
	t = strings.ToLower(t)
	for _, f := range furniture {
		if strings.Contains(t, f) {
			return true
		}
	}
	return false
}

// speaker are first words that, inside a quotation, name its speaker.
var speaker = map[string]bool{"i": true, "we": true}

// dangling are first words that make a sentence lean on the one before.
var dangling = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "that": true,
	"these": true, "those": true, "but": true, "and": true, "however": true, "also": true,
	"his": true, "her": true, "their": true, "its": true, "there": true, "then": true,
	"meanwhile": true, "instead": true, "still": true, "yet": true, "so": true, "thus": true,
	"we": true, "i": true, "him": true, "them": true, "such": true, "both": true,
}

// Fit takes sentences in ranked order while they fit the budget, skipping
// one whose content the chosen ones already state: when the weighted share
// of its terms already covered exceeds maxCovered.
func Fit(c *analyze.Corpus, ranked []int, opts Options, maxCovered float64) []int {
	words, bytes := opts.Words, opts.Bytes
	if words == 0 && bytes == 0 {
		words = DefaultWords
	}
	var chosen []int
	var covered []string
	usedW, usedB := 0, 0
	for _, i := range ranked {
		s := c.Sents[i]
		if c.Overlap(s.Terms, covered) > maxCovered {
			continue
		}
		w, b := s.Words, len(s.Text)+1
		fits := (words == 0 || usedW+w <= words) && (bytes == 0 || usedB+b <= bytes)
		if !fits {
			if opts.HardCut && len(chosen) > 0 {
				chosen = append(chosen, i)
				break
			}
			continue
		}
		chosen = append(chosen, i)
		covered = union(covered, s.Terms)
		usedW += w
		usedB += b
		if (words > 0 && words-usedW < 5) || (bytes > 0 && bytes-usedB < 30) {
			break
		}
	}
	return chosen
}

// Order puts chosen sentences in reading order: by article date (undated
// articles after dated ones keep their order), then by relative position.
func Order(c *analyze.Corpus, chosen []int) []int {
	out := append([]int(nil), chosen...)
	sort.SliceStable(out, func(a, b int) bool {
		sa, sb := c.Sents[out[a]], c.Sents[out[b]]
		ta, tb := c.Articles[sa.Doc].Published, c.Articles[sb.Doc].Published
		if !ta.Equal(tb) && !ta.IsZero() && !tb.IsZero() {
			return ta.Before(tb)
		}
		if sa.Position != sb.Position {
			return sa.Position < sb.Position
		}
		return sa.Doc < sb.Doc
	})
	return out
}

// union merges two sorted term lists.
func union(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
