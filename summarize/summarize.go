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
	s := c.Sents[i]
	if s.Heading || s.Words < 8 || len(s.Terms) < 4 {
		return 0
	}
	q := 1.0
	if strings.Count(s.Text, `"`)%2 == 1 {
		// Half a quotation: the sentence begins or ends inside a quote.
		q *= 0.2
	}
	t := strings.TrimSpace(s.Text)
	if s.Words > 55 {
		q *= 0.5
	}
	if strings.HasSuffix(t, "?") {
		q *= 0.3
	}
	last := t[len(t)-1]
	if !strings.ContainsRune(`.!?"')`, rune(last)) {
		q *= 0.4
	}
	first := strings.ToLower(strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })[0:1][0])
	if dangling[first] {
		q *= 0.4
	}
	if strings.HasPrefix(t, `"`) {
		q *= 0.7
	}
	return q
}

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
