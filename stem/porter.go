// Package stem reduces English words to their stems.
//
// [Porter] is the Porter stemmer exactly as ROUGE-1.5.5 applies it: the
// regular-expression formulation of Porter (1980) that ships with the ROUGE
// Perl script, including its one local change (a word ending in -ement is
// not then tried against -ment and -ent as a whole, but the three rules of
// step 4 run one after another). Scores computed with ROUGE's -m option
// depend on every such detail, so this package follows that code's
// behaviour rather than other published variants of the algorithm.
//
// The implementation matches the script's patterns with small
// deterministic automata built once from those patterns, so a call does
// not run a regular expression and allocates at most once (none when the
// stem is a prefix of the word).
package stem

// Character classes of the patterns. The script's classes are [aeiou],
// [aeiouy], their complements and [^aeiouwxy]; these four sets of bytes
// are the coarsest partition that tells them all apart.
const (
	clsVowel = iota // a e i o u
	clsY            // y (an initial y is written Y and falls in clsOther)
	clsWX           // w x
	clsOther        // every other byte
	numClasses
)

// Sets of classes, as bit masks over the classes above.
const (
	setCons  = 1<<clsY | 1<<clsWX | 1<<clsOther // [^aeiou]
	setNonVY = 1<<clsWX | 1<<clsOther           // [^aeiouy]
	setV     = 1<<clsVowel | 1<<clsY            // [aeiouy]
	setVowel = 1 << clsVowel                    // [aeiou]
	setLast  = 1 << clsOther                    // [^aeiouwxy]
)

// classOf maps a byte to its class.
var classOf = func() (t [256]uint8) {
	for i := range t {
		t[i] = clsOther
	}
	for _, b := range []byte("aeiou") {
		t[b] = clsVowel
	}
	t['y'] = clsY
	t['w'], t['x'] = clsWX, clsWX
	return t
}()

// The script's patterns, as automata. In its notation c = [^aeiou],
// v = [aeiouy], C = c[^aeiouy]* and V = v[aeiou]*. An optional group (C)?
// matches the same strings as c?[^aeiouy]*, and (V)? the same as
// v?[aeiou]*, which lets every pattern be a flat sequence.
var (
	// mgr0 is ^(C)?VC: the stem has measure m > 0.
	mgr0 = compile(true, el(setCons, opt), el(setNonVY, star), el(setV, one), el(setVowel, star), el(setCons, one))
	// mgr1 is ^(C)?VCVC: m > 1.
	mgr1 = compile(true, el(setCons, opt), el(setNonVY, star), el(setV, one), el(setVowel, star), el(setCons, one),
		el(setNonVY, star), el(setV, one), el(setVowel, star), el(setCons, one))
	// meq1 is ^(C)?VC(V)?$: m = 1.
	meq1 = compile(false, el(setCons, opt), el(setNonVY, star), el(setV, one), el(setVowel, star), el(setCons, one),
		el(setNonVY, star), el(setV, opt), el(setVowel, star))
	// hasVowel is ^(C)?v: the stem contains a vowel.
	hasVowel = compile(true, el(setCons, opt), el(setNonVY, star), el(setV, one))
	// cvc is ^Cv[^aeiouwxy]$: the whole word is consonants, one vowel and
	// a final consonant other than w, x or y.
	cvc = compile(false, el(setCons, one), el(setNonVY, star), el(setV, one), el(setLast, one))
)

// Porter returns the stem of word as ROUGE-1.5.5's Perl stemmer computes
// it. The word is expected in lower case; other bytes are treated as
// consonants. Words shorter than three bytes are returned unchanged, and
// the stem is never longer than the word.
func Porter(word string) string {
	if len(word) < 3 {
		return word
	}
	var buf [64]byte
	w := buf[:0]
	if len(word) > len(buf) {
		w = make([]byte, 0, len(word))
	}
	w = append(w, word...)
	// An initial y is a consonant: the script writes it as Y so that no
	// pattern takes it for a vowel, and lowers it again at the end.
	initialY := w[0] == 'y'
	if initialY {
		w[0] = 'Y'
	}
	w = step1(w)
	w = replaceSuffix(w, step2, mgr0)
	w = replaceSuffix(w, step3, mgr0)
	w = step4(w)
	w = step5(w)
	if initialY {
		w[0] = 'y'
	}
	if len(w) <= len(word) && string(w) == word[:len(w)] {
		return word[:len(w)] // no allocation when only a suffix went
	}
	return string(w)
}

// step1 removes plurals and -ed or -ing (steps 1a, 1b and 1c).
func step1(w []byte) []byte {
	n := len(w)
	switch {
	case hasSuffix(w, "sses") || hasSuffix(w, "ies"):
		w = w[:n-2]
	case n >= 2 && w[n-1] == 's' && w[n-2] != 's':
		w = w[:n-1]
	}

	if hasSuffix(w, "eed") {
		if mgr0.match(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if k := edOrIng(w); k > 0 && hasVowel.match(w[:len(w)-k]) {
		w = w[:len(w)-k]
		n = len(w)
		switch {
		case hasSuffix(w, "at") || hasSuffix(w, "bl") || hasSuffix(w, "iz"):
			w = append(w, 'e')
		case n >= 2 && w[n-1] == w[n-2] && !isByteIn(w[n-1], "aeiouylsz"):
			w = w[:n-1]
		case cvc.match(w):
			w = append(w, 'e')
		}
	}

	if n = len(w); n > 0 && w[n-1] == 'y' && hasVowel.match(w[:n-1]) {
		w[n-1] = 'i'
	}
	return w
}

// edOrIng returns the length of a final "ed" or "ing", or 0.
func edOrIng(w []byte) int {
	switch {
	case hasSuffix(w, "ed"):
		return 2
	case hasSuffix(w, "ing"):
		return 3
	}
	return 0
}

// step4 removes the suffixes of step 4 from stems of measure m > 1. As in
// ROUGE's variant, -ment and then -ent are tried after the main list even
// when an earlier rule applied; -ion is tried only when the word does not
// then end in -ent.
func step4(w []byte) []byte {
	if s, ok := longestSuffix(w, step4List); ok && mgr1.match(w[:len(w)-len(s.from)]) {
		w = w[:len(w)-len(s.from)]
	}
	if hasSuffix(w, "ment") && mgr1.match(w[:len(w)-4]) {
		w = w[:len(w)-4]
	}
	n := len(w)
	if hasSuffix(w, "ent") {
		if mgr1.match(w[:n-3]) {
			w = w[:n-3]
		}
	} else if n >= 4 && hasSuffix(w, "ion") && (w[n-4] == 's' || w[n-4] == 't') && mgr1.match(w[:n-3]) {
		w = w[:n-3]
	}
	return w
}

// step5 removes a final e and reduces a final ll.
func step5(w []byte) []byte {
	if n := len(w); n > 0 && w[n-1] == 'e' {
		s := w[:n-1]
		if mgr1.match(s) || (meq1.match(s) && !cvc.match(s)) {
			w = s
		}
	}
	if hasSuffix(w, "ll") && mgr1.match(w) {
		w = w[:len(w)-1]
	}
	return w
}

// rule replaces the suffix from by to.
type rule struct{ from, to string }

// suffixTable holds rules by the last byte of their suffix, longest first,
// so that the first rule that fits is the one a leftmost regular
// expression match would pick.
type suffixTable [256][]rule

func newSuffixTable(rules ...rule) *suffixTable {
	var t suffixTable
	for _, r := range rules {
		last := r.from[len(r.from)-1]
		list := append(t[last], r)
		for i := len(list) - 1; i > 0 && len(list[i].from) > len(list[i-1].from); i-- {
			list[i], list[i-1] = list[i-1], list[i]
		}
		t[last] = list
	}
	return &t
}

var (
	step2 = newSuffixTable(
		rule{"ational", "ate"}, rule{"tional", "tion"}, rule{"enci", "ence"}, rule{"anci", "ance"},
		rule{"izer", "ize"}, rule{"bli", "ble"}, rule{"alli", "al"}, rule{"entli", "ent"},
		rule{"eli", "e"}, rule{"ousli", "ous"}, rule{"ization", "ize"}, rule{"ation", "ate"},
		rule{"ator", "ate"}, rule{"alism", "al"}, rule{"iveness", "ive"}, rule{"fulness", "ful"},
		rule{"ousness", "ous"}, rule{"aliti", "al"}, rule{"iviti", "ive"}, rule{"biliti", "ble"},
		rule{"logi", "log"})
	step3 = newSuffixTable(
		rule{"icate", "ic"}, rule{"ative", ""}, rule{"alize", "al"}, rule{"iciti", "ic"},
		rule{"ical", "ic"}, rule{"ful", ""}, rule{"ness", ""})
	step4List = newSuffixTable(
		rule{"al", ""}, rule{"ance", ""}, rule{"ence", ""}, rule{"er", ""}, rule{"ic", ""},
		rule{"able", ""}, rule{"ible", ""}, rule{"ant", ""}, rule{"ement", ""}, rule{"ou", ""},
		rule{"ism", ""}, rule{"ate", ""}, rule{"iti", ""}, rule{"ous", ""}, rule{"ive", ""},
		rule{"ize", ""})
)

// longestSuffix returns the longest rule of t whose suffix ends w.
func longestSuffix(w []byte, t *suffixTable) (rule, bool) {
	if len(w) == 0 {
		return rule{}, false
	}
	for _, r := range t[w[len(w)-1]] {
		if hasSuffix(w, r.from) {
			return r, true
		}
	}
	return rule{}, false
}

// replaceSuffix applies the longest rule of t that fits w when the stem
// before the suffix matches cond (steps 2 and 3). A shorter rule is not
// tried when the longest one's condition fails.
func replaceSuffix(w []byte, t *suffixTable, cond *dfa) []byte {
	r, ok := longestSuffix(w, t)
	if !ok {
		return w
	}
	s := w[:len(w)-len(r.from)]
	if !cond.match(s) {
		return w
	}
	return append(s, r.to...) // never longer than the suffix it replaces
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

func isByteIn(b byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == b {
			return true
		}
	}
	return false
}
