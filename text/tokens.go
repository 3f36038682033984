package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: its text as written and its byte offsets,
// so that Text == s[Start:End] for the string s it was cut from.
type Token struct {
	Text       string
	Start, End int
}

// Tokens returns the words of s: runs of letters, digits and marks of any
// script, with the joins described in the package documentation ("U.S.",
// "$1.5", "Jong-un", "don't"). Punctuation and space are dropped.
func Tokens(s string) []Token {
	return AppendTokens(nil, s)
}

// AppendTokens appends the tokens of s to dst and returns the extended
// slice.
func AppendTokens(dst []Token, s string) []Token {
	for i := 0; ; {
		a, b := nextToken(s, i)
		if a < 0 {
			return dst
		}
		dst = append(dst, Token{Text: s[a:b], Start: a, End: b})
		i = b
	}
}

// Words appends the tokens of s to dst lower-cased, with curly apostrophes
// and hyphens made ASCII, and returns the extended slice. Words already in
// that form are substrings of s; the others share one buffer, so a call
// allocates once beyond the growth of dst (again only if lower-casing
// makes the text longer than s).
func Words(s string, dst []string) []string {
	var b strings.Builder
	for i := 0; ; {
		a, e := nextToken(s, i)
		if a < 0 {
			return dst
		}
		i = e
		w := s[a:e]
		if isNormal(w) {
			dst = append(dst, w)
			continue
		}
		if b.Cap() == 0 {
			// Lower-casing rarely grows text; if it does the builder grows
			// and the strings already taken keep the old buffer.
			b.Grow(len(s) - a)
		}
		off := b.Len()
		writeNormal(&b, w)
		// The builder never rewrites bytes it has handed out.
		dst = append(dst, b.String()[off:])
	}
}

// Byte classes of the tokenizer's ASCII table.
const (
	clsSep    = iota // separates tokens
	clsLetter        // a-z A-Z
	clsDigit         // 0-9
	clsJoin          // may join two parts of a token: ' - . , : / &
	clsMoney         // $, which may start a number
)

// asciiClass classifies each ASCII byte for the tokenizer.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clsLetter
		t[c-'a'+'A'] = clsLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = clsDigit
	}
	for _, c := range `'-.,:/&` {
		t[c] = clsJoin
	}
	t['$'] = clsMoney
	return t
}()

// runeClass classifies r like asciiClass does for ASCII.
func runeClass(r rune) uint8 {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case unicode.IsLetter(r), unicode.IsMark(r):
		return clsLetter
	case unicode.IsDigit(r):
		return clsDigit
	case r == '’' || r == '‐':
		return clsJoin
	case unicode.Is(unicode.Sc, r):
		return clsMoney
	}
	return clsSep
}

// classAt returns the class and size of the rune at s[i].
func classAt(s string, i int) (uint8, rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c], rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return runeClass(r), r, n
}

// nextToken returns the offsets of the first token at or after s[i], or
// -1, -1 when there is none.
func nextToken(s string, i int) (int, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiClass[c] == clsSep {
			i++ // fast path over ASCII space and punctuation
			continue
		}
		cls, r, n := classAt(s, i)
		if cls == clsLetter || cls == clsDigit {
			return i, tokenEnd(s, i, cls, r, n)
		}
		if cls == clsMoney && i+n < len(s) {
			if next, d, m := classAt(s, i+n); next == clsDigit {
				return i, tokenEnd(s, i+n, clsDigit, d, m)
			}
		}
		i += n
	}
	return -1, -1
}

// tokenEnd returns the end of the token whose first word rune r, of class
// cls and size n, is at s[a].
func tokenEnd(s string, a int, cls uint8, r rune, n int) int {
	last, lastRune := cls, r // class and rune of the last word rune
	j := a + n
	for j < len(s) {
		if b := s[j]; b < utf8.RuneSelf {
			if c := asciiClass[b]; c == clsLetter || c == clsDigit {
				last, lastRune = c, rune(b) // fast path over ASCII words
				j++
				continue
			}
		}
		c, r, n := classAt(s, j)
		if c == clsLetter || c == clsDigit {
			last, lastRune = c, r
			j += n
			continue
		}
		if c != clsJoin || j+n >= len(s) {
			break
		}
		nc, nr, nn := classAt(s, j+n)
		if !joins(r, last, lastRune, nc, nr, s, j+n) {
			break
		}
		last, lastRune = nc, nr
		j += n + nn
	}
	if j < len(s) && s[j] == '.' && isDottedAcronym(s[a:j]) {
		j++ // U.S. keeps its final period
	}
	return j
}

// joins reports whether the joiner r, between the word rune prevRune of
// class prev and the rune next of class nc at s[at], keeps the token whole.
func joins(r rune, prev uint8, prevRune rune, nc uint8, next rune, s string, at int) bool {
	switch r {
	case '\'', '’':
		return prev == clsLetter && nc == clsLetter
	case '-', '‐':
		return nc == clsLetter || nc == clsDigit
	case '.':
		if prev != nc || (nc != clsLetter && nc != clsDigit) {
			return false
		}
		// "talks.Both": a sentence break with the space left out, as
		// Sentences sees it; "Amazon.Com" stays whole.
		return !(isLowerRune(prevRune) && isUpperRune(next) && startsSentence(s, at))
	case ':', '/':
		return prev == clsDigit && nc == clsDigit
	case ',':
		// A thousands group: exactly three digits follow.
		if prev != clsDigit || at+3 > len(s) {
			return false
		}
		for k := at; k < at+3; k++ {
			if s[k] < '0' || s[k] > '9' {
				return false
			}
		}
		return at+3 == len(s) || s[at+3] < '0' || s[at+3] > '9'
	case '&':
		return isUpperRune(prevRune) && isUpperRune(next)
	}
	return false
}

// isUpperRune reports whether r is an ASCII capital.
func isUpperRune(r rune) bool { return r >= 'A' && r <= 'Z' }

// isLowerRune reports whether r is an ASCII small letter.
func isLowerRune(r rune) bool { return r >= 'a' && r <= 'z' }

// isNormal reports whether w is already lower case with ASCII apostrophes
// and hyphens, as Words returns it.
func isNormal(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return isNormalRunes(w[i:])
		}
		if c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// isNormalRunes is isNormal for text that is not all ASCII.
func isNormalRunes(w string) bool {
	for _, r := range w {
		if r == '’' || r == '‐' || unicode.ToLower(r) != r {
			return false
		}
	}
	return true
}

// writeNormal writes w lower-cased, with curly apostrophes and hyphens
// made ASCII, to b.
func writeNormal(b *strings.Builder, w string) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		switch r {
		case '’':
			b.WriteByte('\'')
		case '‐':
			b.WriteByte('-')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		i += n
	}
}
