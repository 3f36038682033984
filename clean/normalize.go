package clean

import (
	"storyline"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s with Unicode compatibility forms folded (NFKC), curly
// quotes and primes made straight, dashes made hyphens, the newswire's “
// and ” made double quotes, invisible characters removed and every run of
// white space (line breaks included) made one space, trimmed at both ends.
//
// The anchors map the result back to s (see storyline.Paragraph.Offsets):
// byte i of the result came from byte a.Body+(i-a.Text) of s for the last
// anchor a with a.Text <= i.
func Normalize(s string) (string, []storyline.Anchor) {
	out := make([]byte, 0, len(s))
	var offs []storyline.Anchor
	delta := int32(-1 << 30) // Body-Text of the current run
	mark := func(at int) {   // byte len(out) comes from byte at of s
		if d := int32(at) - int32(len(out)); d != delta {
			offs = append(offs, storyline.Anchor{Text: int32(len(out)), Body: int32(at)})
			delta = d
		}
	}
	space := false // a space is pending
	emit := func(str string, at int) {
		if space && len(out) > 0 {
			mark(at - 1) // the last white space before
			out = append(out, ' ')
		}
		space = false
		for i := 0; i < len(str); i++ {
			mark(at + min(i, len(str)-1))
			out = append(out, str[i])
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
			case c == '`' && i+1 < len(s) && s[i+1] == '`':
				emit(`"`, i)
				i += 2
				continue
			case c == '\'' && i+1 < len(s) && s[i+1] == '\'':
				emit(`"`, i)
				i += 2
				continue
			case c == '`':
				emit("'", i)
			case c < 0x20 || c == 0x7f:
				// control characters carry no text
			default:
				if space && len(out) > 0 {
					mark(i - 1)
					out = append(out, ' ')
				}
				space = false
				mark(i)
				out = append(out, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			// invalid byte: dropped
		case r == '\u2018' || r == '\u2019' || r == '\u201A' || r == '\u201B' || r == '\u2032' || r == '\u02BC':
			emit("'", i)
		case r == '\u201C' || r == '\u201D' || r == '\u201E' || r == '\u201F' || r == '\u00AB' || r == '\u00BB' || r == '\u2033':
			emit(`"`, i)
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212':
			emit("-", i)
		case r == '\u2026':
			emit("...", i)
		case r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF':
			// invisible
		case unicode.IsSpace(r):
			space = true
		case unicode.Is(unicode.Cc, r):
		default:
			emit(norm.NFKC.String(s[i:i+size]), i)
		}
		i += size
	}
	return string(out), offs
}
