package text

import (
	"unicode"
	"unicode/utf8"
)

// Span is the half-open byte range [Start, End) of a string.
type Span struct{ Start, End int }

// Sentences returns the sentences of s, one cleaned paragraph, as byte
// offsets into s: in order, non-overlapping, never empty and trimmed of
// surrounding white space. Text without a sentence-final stop (a headline)
// is one sentence. See the package documentation for the rules.
func Sentences(s string) []Span {
	return AppendSentences(nil, s)
}

// AppendSentences appends the sentences of s to dst, as [Sentences] finds
// them, and returns the extended slice.
func AppendSentences(dst []Span, s string) []Span {
	start := skipSpace(s, 0)
	for i := start; i < len(s); {
		if !stopByte[s[i]] {
			i++
			continue
		}
		kind, runEnd := terminator(s, i)
		if kind == stopNone {
			i++
			continue
		}
		end, closed := skipClosers(s, runEnd)
		if !isBreak(s, start, i, end, kind, closed) {
			i = end
			continue
		}
		dst = append(dst, Span{start, trimRight(s, start, end)})
		start = skipSpace(s, end)
		i = start
	}
	if end := trimRight(s, start, len(s)); end > start {
		dst = append(dst, Span{start, end})
	}
	return dst
}

// stopKind is the kind of a run of sentence-final punctuation.
type stopKind uint8

const (
	stopNone     stopKind = iota
	stopPeriod            // one '.'
	stopEllipsis          // "..", "...", '…'
	stopStrong            // any run holding '?' or '!'
	stopCJK               // '。', '！', '？': always a break
)

// Lengths and leading bytes of the multi-byte runes that terminators and
// closers use, so that the scan can test bytes before decoding.
const (
	ellipsisRune = '…'
	cjkStop      = '。'
	wideBang     = '！'
	wideQuestion = '？'
	// maxLook bounds every look-behind and look-ahead, keeping the scan
	// linear on any input.
	maxLook = 64
)

// stopByte marks the bytes that may start a terminator: . ? ! and the
// leading bytes of '…', '。', '！' and '？'.
var stopByte = [256]bool{'.': true, '?': true, '!': true, 0xE2: true, 0xE3: true, 0xEF: true}

// terminator reports whether a run of sentence-final punctuation starts at
// s[i] and, if so, its kind and where it ends.
func terminator(s string, i int) (stopKind, int) {
	switch c := s[i]; {
	case c == '.' || c == '?' || c == '!':
	case c == 0xE2 || c == 0xE3 || c == 0xEF:
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ellipsisRune:
		case cjkStop, wideBang, wideQuestion:
			return stopCJK, i + n
		default:
			return stopNone, i
		}
	default:
		return stopNone, i
	}
	dots, strong, ellipsis := 0, false, false
	j := i
loop:
	for j < len(s) {
		switch s[j] {
		case '.':
			dots++
			j++
		case '?', '!':
			strong = true
			j++
		case 0xE2:
			if r, n := utf8.DecodeRuneInString(s[j:]); r == ellipsisRune {
				ellipsis = true
				j += n
				continue
			}
			break loop
		default:
			break loop
		}
	}
	switch {
	case strong:
		return stopStrong, j
	case ellipsis || dots > 1:
		return stopEllipsis, j
	}
	return stopPeriod, j
}

// closers describes the closing punctuation after a stop.
type closers uint8

const (
	closedQuote   closers = 1 << iota // a closing quote: He left."
	closedBracket                     // a closing bracket: (He left.)
)

// skipClosers skips the closing quotes and brackets after a stop at s[i:]
// and says which it found. A run of quotes after one space, itself followed
// by space or the end, closes too: a quote before a space cannot open
// anything, and wire copy closes nested quotes that way (an apostrophe, a
// space, then two apostrophes).
func skipClosers(s string, i int) (int, closers) {
	j, c := closerRun(s, i)
	if j+1 < len(s) && s[j] == ' ' {
		if k, cq := closerRun(s, j+1); cq == closedQuote && (k == len(s) || spaceAt(s, k)) {
			j, c = k, c|cq
		}
	}
	return j, c
}

// closerRun skips a run of closing quotes and brackets at s[i:].
func closerRun(s string, i int) (int, closers) {
	var c closers
	for i < len(s) {
		b := s[i]
		switch {
		case b == '"' || b == '\'':
			c |= closedQuote
			i++
			continue
		case b == ')' || b == ']':
			c |= closedBracket
			i++
			continue
		case b < utf8.RuneSelf:
			return i, c
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '”', '’', '»', '›', '」', '』':
			c |= closedQuote
		case '）', '］':
			c |= closedBracket
		default:
			return i, c
		}
		i += n
	}
	return i, c
}

// isOpenerPunct reports whether r is an opening quote or bracket that may
// precede the first word of a sentence.
func isOpenerPunct(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '“', '‘', '«', '‹', '„', '¿', '¡', '「', '『', '（':
		return true
	}
	return false
}

// nextClass is the class of the first character of the text after a stop.
type nextClass uint8

const (
	nextUpper nextClass = iota // an upper-case or uncased letter
	nextLower                  // a lower-case letter
	nextDigit                  // a digit
	nextPunct                  // punctuation that continues a sentence: , ; : - ...
	nextOther                  // a symbol ($, #) or anything else
)

// classify returns the class of r.
func classify(r rune) nextClass {
	switch {
	case r < utf8.RuneSelf:
		switch c := byte(r); {
		case c >= 'A' && c <= 'Z':
			return nextUpper
		case c >= 'a' && c <= 'z':
			return nextLower
		case c >= '0' && c <= '9':
			return nextDigit
		case c == ',' || c == ';' || c == ':' || c == '-' || c == '.' ||
			c == ')' || c == ']' || c == '}' || c == '?' || c == '!':
			return nextPunct
		}
		return nextOther
	case unicode.IsLower(r):
		return nextLower
	case unicode.IsLetter(r):
		return nextUpper
	case unicode.IsDigit(r):
		return nextDigit
	case r == '–' || r == '—' || r == ellipsisRune:
		return nextPunct
	}
	return nextOther
}

// isBreak decides whether the stop s[i:runEnd] with its closers, ending at
// end, ends the sentence that began at start.
func isBreak(s string, start, i, end int, kind stopKind, closed closers) bool {
	if kind == stopCJK {
		return true
	}
	if end >= len(s) {
		return true
	}
	k := end
	if r, n := decodeAt(s, k); isSpace(r) {
		k = skipSpace(s, k+n)
		if k >= len(s) {
			return true
		}
	} else if closed == 0 && !missingSpace(s, start, i, end) {
		// Inside a token: 3.14, U.S.-led, example.com, e.g.,
		return false
	}
	// Look past opening quotes and brackets to the next word.
	w := k
	r, n := decodeAt(s, w)
	for lim := w + maxLook; isOpenerPunct(r) && w+n < len(s) && w < lim; {
		w += n
		r, n = decodeAt(s, w)
	}
	next := classify(r)
	if k == end && next != nextUpper {
		// A stop glued to the next text ('word."And') breaks only before a
		// capital.
		return false
	}
	switch kind {
	case stopStrong:
		if next == nextUpper && closed&closedQuote != 0 && speakerFollows(s, w) {
			return false // "Why now?" Smith asked.
		}
		return next != nextLower && next != nextPunct
	case stopEllipsis:
		return next == nextUpper
	}
	if next == nextLower || next == nextPunct {
		return false
	}
	switch prevWordKind(s, start, i) {
	case prevTitle, prevListMarker:
		return false
	case prevAbbrev:
		return next == nextUpper && startsSentence(s, w)
	case prevTime:
		return next == nextUpper && !continuesTime(s, w)
	}
	return true
}

// missingSpace reports whether a stop at s[i:end] that is directly
// followed by text is nonetheless a break with the space left out, as in
// "the talks.Both sides": two lower-case letters before, a common sentence
// opener after (so that "Amazon.Com" stays whole), and no sign of an
// address in the word.
func missingSpace(s string, start, i, end int) bool {
	if end+1 >= len(s) || !isASCIIUpper(s[end]) || !isASCIILower(s[end+1]) || !startsSentence(s, end) {
		return false
	}
	if i-2 < start || !isASCIILower(s[i-1]) || !isASCIILower(s[i-2]) {
		return false
	}
	for j := i - 1; j >= start && j >= i-maxLook; j-- {
		switch s[j] {
		case '.', '/', '@', ':', '_':
			return false
		case ' ', '\t', '\n', '\r':
			return true
		}
	}
	return true
}

// prevKind is the kind of the word before a full stop.
type prevKind uint8

const (
	prevOrdinary   prevKind = iota // a word that may end a sentence
	prevTitle                      // a title: Mr, Gen, Sen
	prevAbbrev                     // an abbreviation, acronym or initial
	prevListMarker                 // "1" or "a" opening the sentence: "1. The ..."
	prevTime                       // a.m. or p.m.
)

// prevWordKind classifies the word that ends just before the full stop at
// s[i], within the sentence starting at start.
func prevWordKind(s string, start, i int) prevKind {
	a := i
	for a > start && a > i-maxLook && !isSpaceByteBefore(s, a) {
		a--
	}
	if a > start && !isSpaceByteBefore(s, a) {
		return prevOrdinary // too long to be an abbreviation
	}
	// Drop opening quotes and brackets: ("No.", (Calif.).
	for a < i {
		r, n := utf8.DecodeRuneInString(s[a:i])
		if !isOpenerPunct(r) {
			break
		}
		a += n
	}
	w := s[a:i]
	if w == "" {
		return prevOrdinary
	}
	if a == start && isListMarker(w) {
		return prevListMarker
	}
	switch lookupAbbrev(w) {
	case abbrevTitle:
		return prevTitle
	case abbrevPlain:
		return prevAbbrev
	}
	if len(w) == 3 && w[1] == '.' && (w[2] == 'm' || w[2] == 'M') &&
		(w[0]|0x20 == 'a' || w[0]|0x20 == 'p') {
		return prevTime
	}
	if isInitial(w) || isDottedAcronym(w) {
		return prevAbbrev
	}
	return prevOrdinary
}

// isSpaceByteBefore reports whether the byte before s[a] ends a white space
// rune.
func isSpaceByteBefore(s string, a int) bool {
	c := s[a-1]
	if c < utf8.RuneSelf {
		return asciiSpace[c]
	}
	r, _ := utf8.DecodeLastRuneInString(s[:a])
	return r != utf8.RuneError && isSpace(r)
}

// isListMarker reports whether w numbers an item: one to three digits, or
// a single letter.
func isListMarker(w string) bool {
	if len(w) <= 3 {
		digits := true
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				digits = false
				break
			}
		}
		if digits {
			return true
		}
	}
	return isInitial(w)
}

// isInitial reports whether w is a single letter.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsLetter(r)
}

// isDottedAcronym reports whether w is letters in groups of one or two
// separated by periods: U.S, e.g, a.m, Ph.D, J.R.R (the final period is
// not part of w).
func isDottedAcronym(w string) bool {
	if len(w) < 3 || len(w) > maxAbbrev {
		return false
	}
	run, dots := 0, 0
	for _, r := range w {
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			run = 0
			dots++
		case unicode.IsLetter(r):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// startsSentence reports whether the capitalised word at s[w:] is a common
// sentence opener. A single letter followed by a period is an initial, not
// the article "A" or the pronoun "I".
func startsSentence(s string, w int) bool {
	e := wordAt(s, w)
	if e == w {
		return false
	}
	if e-w == 1 && e < len(s) && s[e] == '.' {
		return false
	}
	return isOpener(s[w:e])
}

// wordAt returns the end of the run of ASCII letters at s[w:], or w when
// the run is empty or longer than any word looked up.
func wordAt(s string, w int) int {
	e := w
	for e < len(s) && e-w <= maxAbbrev && (isASCIIUpper(s[e]) || isASCIILower(s[e])) {
		e++
	}
	if e-w > maxAbbrev {
		return w
	}
	return e
}

// continuesTime reports whether the capitalised word at s[w:] after "a.m."
// or "p.m." continues the sentence: a day or month (9 p.m. Monday), a time
// zone in capitals (9:30 a.m. EST) or a place before "time" (4 a.m.
// Moscow time). Any other capital starts a new sentence.
func continuesTime(s string, w int) bool {
	e := wordAt(s, w)
	if e == w {
		return false
	}
	word := s[w:e]
	if lookupCalendar(word) || isAllCaps(word) {
		return true
	}
	return len(s)-e >= 5 && s[e:e+5] == " time"
}

// isAllCaps reports whether w, ASCII letters, is two or more capitals.
func isAllCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isASCIIUpper(w[i]) {
			return false
		}
	}
	return true
}

// speakerFollows reports whether the capitalised text at s[w:] is a
// speaker and a verb of saying: one to three capitalised words (a title
// with its period allowed) and then "said", "asked" and the like, as in
// "Why now?" Smith asked. The look-ahead is bounded.
func speakerFollows(s string, w int) bool {
	for names := 0; names <= 3; names++ {
		e := wordAt(s, w)
		if e == w {
			return false
		}
		if names > 0 && isSpeechVerb(s[w:e]) {
			return true
		}
		if !isASCIIUpper(s[w]) {
			return false
		}
		if e < len(s) && s[e] == '.' {
			e++
		}
		if e+1 >= len(s) || s[e] != ' ' {
			return false
		}
		w = e + 1
	}
	return false
}

// asciiSpace marks the ASCII white space bytes, as unicode.IsSpace does.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isSpace reports whether r is white space.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// spaceAt reports whether the rune at s[i] is white space.
func spaceAt(s string, i int) bool {
	r, _ := decodeAt(s, i)
	return isSpace(r)
}

// decodeAt decodes the rune at s[i], with a fast path for ASCII.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// skipSpace returns the offset of the first non-space rune at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := decodeAt(s, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// trimRight returns end moved back over white space, not before start.
func trimRight(s string, start, end int) int {
	for end > start {
		c := s[end-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return end
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
