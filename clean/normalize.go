package clean

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s with Unicode compatibility forms folded (NFKC), curly
// quotes and primes made straight, dashes made hyphens, the newswire's ``
// and '' made double quotes, invisible characters removed and every run of
// white space (line breaks included) made one space, trimmed at both ends.
//
// offsets[i] is the byte offset in s of the character that produced byte i
// of the result, so that positions in normalised text point back into the
// original.
func Normalize(s string) (string, []int32) {
	out := make([]byte, 0, len(s))
	offs := make([]int32, 0, len(s))
	space := false // a space is pending
	emit := func(str string, at int) {
		if space && len(out) > 0 {
			out = append(out, ' ')
			offs = append(offs, int32(at))
		}
		space = false
		for i := 0; i < len(str); i++ {
			out = append(out, str[i])
			offs = append(offs, int32(at))
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
					out = append(out, ' ')
					offs = append(offs, int32(i))
				}
				space = false
				out = append(out, c)
				offs = append(offs, int32(i))
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
