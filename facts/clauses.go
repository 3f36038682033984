package facts

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/analyze"
	"storyline/text"
)

// A long sentence often states more than one claim: "The governor will
// meet the mayors again in March, but the dam budget stays frozen" reports
// the meeting and the budget. Facts are clustered over clauses, so that
// one sentence can support several facts, each by the part that says it.

// clauseBreaks are where a sentence is cut into clauses: the break goes
// before the word after the comma or dash, which stays in the next clause.
var clauseBreaks = []string{", but ", "; ", ", and ", " - ", " — ", " – ", ", which ", ", who ",
	", where ", ", while ", ", whereas ", ", although ", ", though ", ", however, ", ", as "}

// contentWords counts the words of s that are no stopwords, cutting them
// into *buf; cheaper than stemming them.
func contentWords(s string, buf *[]string) int {
	*buf = text.Words(s, (*buf)[:0])
	n := 0
	for _, w := range *buf {
		if len(w) >= 2 && !text.IsStopword(w) {
			n++
		}
	}
	return n
}

// relatives are the breaks that open a relative clause.
var relatives = map[string]bool{", which ": true, ", who ": true, ", where ": true}

// gluedStarts are words that, capitalised inside a sentence, open another.
var gluedStarts = []string{" It ", " He ", " She ", " They ", " We ", " There ", " This "}

// gluedCuts returns where sentences the source ran together start inside
// s: a capitalised pronoun after a lower-case word ("... negotiations as
// It was unclear").
func gluedCuts(s string) []int {
	var cuts []int
	for _, w := range gluedStarts {
		occurrences(s, w, func(at int) {
			if r, _ := utf8.DecodeLastRuneInString(s[:at]); unicode.IsLower(r) {
				cuts = append(cuts, at+1)
			}
		})
	}
	return cuts
}

// occurrences calls fn with the offset of every occurrence of sub in s.
func occurrences(s, sub string, fn func(at int)) {
	for off := 0; ; {
		k := strings.Index(s[off:], sub)
		if k < 0 {
			return
		}
		fn(off + k)
		off += k + len(sub)
	}
}

// factText returns the text that states the fact of unit u: its sentence,
// without a dateline, or only the part of it holding u when the source ran
// two sentences together.
func (a *analysis) factText(u int) string {
	un := a.units[u]
	s := a.c.Sents[un.sent].Text
	if len(a.glued[un.sent]) == 0 {
		return a.body(un.sent)
	}
	cuts := append(slices.Clip(a.glued[un.sent]), 0, len(s))
	slices.Sort(cuts)
	for k := 1; k < len(cuts); k++ {
		if un.start < cuts[k] {
			return strings.TrimSpace(s[cuts[k-1]:cuts[k]])
		}
	}
	return a.body(un.sent)
}

// saysBefore reports whether the clause ending s has a verb of saying,
// so that a "that" after it opens what was said.
func saysBefore(s string) bool {
	for _, b := range clauseBreaks {
		if k := strings.LastIndex(s, b); k >= 0 {
			s = s[k:]
		}
	}
	for _, w := range strings.Fields(s) {
		if speechVerbs[strings.ToLower(strings.Trim(w, `,"`))] {
			return true
		}
	}
	return false
}

// minClauseTerms is the fewest content terms a clause needs to stand on
// its own; a shorter piece stays with the clause before it.
const minClauseTerms = 3

// unit is a stretch of a sentence that facts are clustered on: a clause,
// or the whole sentence when it has one clause only.
type unit struct {
	sent       int
	start, end int // byte span in the sentence's text
	whole      bool
}

// clauseSpans returns the byte spans of the clauses of s, in order; a
// sentence that does not split gives one span, the whole of it; nothing
// before byte from is cut or kept (a dateline). After
// "X said that", the clause of what was said starts with X's: the spans
// then overlap. glued are gluedCuts(s).
func clauseSpans(s string, from int, glued []int) [][2]int {
	var cuts []int
	var says map[int]bool // cuts before a "that" of what was said
	// Every break holds one of these: most sentences hold few.
	comma := strings.IndexByte(s, ',') >= 0 || strings.IndexByte(s, ';') >= 0
	dash := strings.Contains(s, " - ") || strings.Contains(s, "—") || strings.Contains(s, "–")
	for _, b := range clauseBreaks {
		if b[0] == ',' || b[0] == ';' {
			if !comma {
				continue
			}
		} else if !dash {
			continue
		}
		// The separator's punctuation ends the clause before it; its
		// word (but, which, who, ...) opens the next.
		lead := strings.IndexFunc(b, unicode.IsLetter)
		if lead < 0 {
			lead = len(b)
		}
		occurrences(s, b, func(at int) {
			// A relative clause inside the sentence ("the dam, which
			// Belmora built, has cut ...") parts a subject from its
			// verb: only one that ends the sentence goes.
			if !relatives[b] || !strings.Contains(s[at+len(b):], ", ") {
				cuts = append(cuts, at+lead)
			}
		})
	}
	cuts = append(cuts, glued...)
	// "X announced on Friday that Y": who said it, then what was said.
	occurrences(s, " that ", func(at int) {
		if saysBefore(s[:at]) {
			cuts = append(cuts, at+1)
			if says == nil {
				says = map[int]bool{}
			}
			says[at+1] = true
		}
	})
	if strings.Count(s, " - ")+strings.Count(s, " — ")+strings.Count(s, " – ") > 1 {
		// Paired dashes set off an aside, not a clause of its own.
		cuts = slices.DeleteFunc(cuts, func(c int) bool {
			return c >= 2 && (strings.HasSuffix(s[:c], "- ") || strings.HasSuffix(s[:c], "— ") || strings.HasSuffix(s[:c], "– "))
		})
	}
	// A dateline ("GENEVA, April 10, 2025 - ") is no clause.
	cuts = slices.DeleteFunc(cuts, func(c int) bool { return c <= from })
	if len(cuts) == 0 {
		return [][2]int{{from, len(s)}}
	}
	slices.Sort(cuts)
	var spans [][2]int
	start := from
	var words []string
	for _, c := range cuts {
		if c <= start {
			continue
		}
		if contentWords(s[start:c], &words) < minClauseTerms {
			continue // too short: it stays with the text after it
		}
		spans = append(spans, [2]int{start, c})
		if !says[c] {
			// What was said keeps who said it: the source and its
			// place are part of the claim.
			start = c
		}
	}
	if contentWords(s[start:], &words) < minClauseTerms && len(spans) > 0 {
		spans[len(spans)-1][1] = len(s)
	} else {
		spans = append(spans, [2]int{start, len(s)})
	}
	return spans
}

// buildUnits cuts every sentence into its units and indexes them.
func (a *analysis) buildUnits() {
	a.sentUnits = make([][2]int, len(a.c.Sents))
	a.glued = make([][]int, len(a.c.Sents))
	var terms [][]string
	var words []string
	// stems caches analyze.ContentTerms of single words: clauses are cut
	// from sentences whose words were stemmed before.
	stems := make(map[string]string, len(a.c.Vocab))
	for i, s := range a.c.Sents {
		first := len(a.units)
		from := 0
		if s.Index == 0 {
			from = datelineEnd(s.Text)
		}
		a.glued[i] = gluedCuts(s.Text)
		spans := clauseSpans(s.Text, from, a.glued[i])
		low := ""
		if mayPhrase(s.Text) {
			low = strings.ToLower(s.Text)
		}
		if len(spans) == 1 && from == 0 || s.Heading || !a.independent(s.Doc) {
			a.units = append(a.units, unit{sent: i, end: len(s.Text), whole: true})
			terms = append(terms, a.yearTerms(i, 0, len(s.Text), withPhrases(low, s.Terms)))
		} else {
			for _, sp := range spans {
				a.units = append(a.units, unit{sent: i, start: sp[0], end: sp[1]})
				words = text.Words(s.Text[sp[0]:sp[1]], words[:0])
				ts := make([]string, 0, len(words))
				for _, w := range words {
					t, ok := stems[w]
					if !ok {
						if ct := analyze.ContentTerms([]string{w}); len(ct) > 0 {
							t = ct[0]
						}
						stems[w] = t
					}
					if t != "" {
						ts = append(ts, t)
					}
				}
				slices.Sort(ts)
				ts = slices.Compact(ts)
				cl := low // "" when there is no phrase to find
				if low != "" && len(low) == len(s.Text) {
					cl = low[sp[0]:sp[1]]
				} else if low != "" {
					// Lower case changed a length: the offsets are the
					// text's own.
					cl = strings.ToLower(s.Text[sp[0]:sp[1]])
				}
				terms = append(terms, a.yearTerms(i, sp[0], sp[1], withPhrases(cl, ts)))
			}
		}
		a.sentUnits[i] = [2]int{first, len(a.units)}
	}
	a.polar = make([]uint16, len(terms))
	for u, ts := range terms {
		a.polar[u] = polarity(ts)
	}
	var drop []string
	var add []entTerm
	a.ux = newIndex(a.c, len(a.units), func(u int) []string { return terms[u] }, func(u int) ([]string, []entTerm) {
		un := a.units[u]
		drop, add = a.entityTerms(un.sent, un.start, un.end, drop, add)
		return drop, add
	})
}

// yearTerms adds to terms, the terms of the span start:end of sentence i,
// the years its dates imply without writing them, when not the year of
// the article: "in June" of a January report is of last year, as "June
// 2018" in another outlet and "last year" in a third, and the year they
// share tells that first summit from any June or any year's.
func (a *analysis) yearTerms(i, start, end int, terms []string) []string {
	ref := a.ref[a.c.Sents[i].Doc]
	for _, dt := range a.dates(i) {
		if dt.Start < start || dt.End > end || len(dt.Value) < 4 {
			continue
		}
		y := dt.Value[:4]
		if strings.Contains(dt.Text, y) || !ref.IsZero() && strconv.Itoa(ref.Year()) == y || slices.Contains(terms, y) {
			continue
		}
		terms = append(slices.Clip(terms), y)
	}
	return terms
}

// unitsOf returns the units of the sentences of article d.
func (a *analysis) unitsOf(d int) (first, end int) {
	ss := a.docs[d]
	if len(ss) == 0 {
		return 0, 0
	}
	return a.sentUnits[ss[0]][0], a.sentUnits[ss[len(ss)-1]][1]
}

// polarPairs are verbs of opposite sense on the same object: a clause that
// keeps sanctions and one that lifts them share their words but not their
// claim. Stems, as analyze gives them.
var polarPairs = [][2][]string{
	{{"keep", "maintain", "retain", "stick"}, {"lift", "eas", "remov", "scrap", "relax", "loosen"}},
	{{"rais", "increas", "hike", "boost"}, {"cut", "lower", "reduc", "decreas", "slash"}},
	{{"approv", "accept", "back", "endors"}, {"reject", "oppos", "refus", "deni", "veto"}},
	{{"win", "won"}, {"lose", "lost"}},
}

// polarSide maps a stem of polarPairs to its bit: pair p, side s is bit
// 2p+s.
var polarSide = func() map[string]uint16 {
	m := map[string]uint16{}
	for p, pair := range polarPairs {
		for s, stems := range pair {
			for _, st := range stems {
				m[st] = 1 << (2*p + s)
			}
		}
	}
	return m
}()

// polarity returns the bits of polarPairs the stems hold.
func polarity(stems []string) uint16 {
	var b uint16
	for _, st := range stems {
		b |= polarSide[st]
	}
	return b
}

// opposed reports whether units u and j take opposite sides of a pair of
// polarPairs, each only one side.
func (a *analysis) opposed(u, j int) bool {
	pu, pj := a.polar[u], a.polar[j]
	for p := range polarPairs {
		s0, s1 := uint16(1)<<(2*p), uint16(1)<<(2*p+1)
		if pu&(s0|s1) == s0 && pj&(s0|s1) == s1 || pu&(s0|s1) == s1 && pj&(s0|s1) == s0 {
			return true
		}
	}
	return false
}
