package rouge

import (
	"bytes"
	"fmt"
	"strings"
)

// Input formats of summary files, as named by a configuration's
// INPUT-FORMAT TYPE.
const (
	// FormatSPL is one sentence per line.
	FormatSPL = "SPL"
	// FormatSEE is the HTML of NIST's SEE tool: one
	// <a name="N">[N]</a> <a href="#N" id=N>sentence</a> per line.
	FormatSEE = "SEE"
	// FormatISI is one <S SNTNO="N">sentence</S> per line.
	FormatISI = "ISI"
)

// normalFormat returns the canonical name of a format, matched without
// regard to case as ROUGE does.
func normalFormat(f string) (string, error) {
	switch strings.ToUpper(f) {
	case FormatSPL, "":
		return FormatSPL, nil
	case FormatSEE:
		return FormatSEE, nil
	case FormatISI:
		return FormatISI, nil
	}
	return "", fmt.Errorf("input format %q is not supported (want SPL, SEE or ISI)", f)
}

// sentences returns the sentences of a summary file in lower case. Like
// ROUGE it reads lines split at \n (a \r stays part of the line), keeps
// every non-empty line of SPL, and for SEE and ISI the text of each line
// that has the format's markup, which for SEE ends at the next '<' and may
// include the line's newline.
func sentences(data []byte, format string) []string {
	var out []string
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i+1], data[i+1:]
		} else {
			data = nil
		}
		var s []byte
		switch format {
		case FormatSEE:
			s = seeText(line)
		case FormatISI:
			s = isiText(line)
		default:
			s = bytes.TrimSuffix(line, []byte("\n"))
		}
		if len(s) > 0 {
			out = append(out, lowerASCII(s))
		}
	}
	return out
}

// lowerASCII lowers A-Z only, as Perl's tr/A-Z/a-z/.
func lowerASCII(s []byte) string {
	b := []byte(string(s))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// seeText returns the sentence of one SEE line,
// <a [size="D" ]name="D">[D]</a>\s+<a href="#D" id=D>TEXT, or nil.
func seeText(line []byte) []byte {
	p := &scanner{s: line}
	if !p.lit(`<a `) {
		return nil
	}
	if p.lit(`size="`) && !(p.digits() && p.lit(`" `)) {
		return nil
	}
	if !(p.lit(`name="`) && p.digits() && p.lit(`">[`) && p.digits() && p.lit(`]</a>`) &&
		p.spaces() && p.lit(`<a href="#`) && p.digits() && p.lit(`" id=`) && p.digits() && p.lit(`>`)) {
		return nil
	}
	return p.until('<')
}

// isiText returns the sentence of one ISI line, <S SNTNO="X">TEXT</S>, or
// nil.
func isiText(line []byte) []byte {
	p := &scanner{s: line}
	if !p.lit(`<S SNTNO="`) {
		return nil
	}
	n := 0
	for n < len(p.s) && (isDigit(p.s[n]) || 'a' <= p.s[n] && p.s[n] <= 'z' || p.s[n] == ',') {
		n++
	}
	if n == 0 {
		return nil
	}
	p.s = p.s[n:]
	if !p.lit(`">`) {
		return nil
	}
	text := p.until('<')
	if !p.lit(`</S>`) {
		return nil
	}
	return text
}

// scanner consumes a line from the left.
type scanner struct{ s []byte }

func (p *scanner) lit(x string) bool {
	if !bytes.HasPrefix(p.s, []byte(x)) {
		return false
	}
	p.s = p.s[len(x):]
	return true
}

func (p *scanner) digits() bool {
	n := 0
	for n < len(p.s) && isDigit(p.s[n]) {
		n++
	}
	p.s = p.s[n:]
	return n > 0
}

func (p *scanner) spaces() bool {
	n := 0
	for n < len(p.s) && isPerlSpace(p.s[n]) {
		n++
	}
	p.s = p.s[n:]
	return n > 0
}

// until consumes and returns at least one byte before the next c, or nil.
func (p *scanner) until(c byte) []byte {
	n := bytes.IndexByte(p.s, c)
	if n < 0 {
		n = len(p.s)
	}
	t := p.s[:n]
	p.s = p.s[n:]
	if n == 0 {
		return nil
	}
	return t
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isPerlSpace is Perl's \s on bytes: space, \t, \n, \r and \f.
func isPerlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// perlFields splits s like Perl's split(/\s+/, s): a leading empty field
// when s starts with white space, no trailing empty fields, and no fields
// at all for white space only.
func perlFields(s string) []string {
	var out []string
	i := skipSpace(s, 0)
	if i == len(s) {
		return nil
	}
	if i > 0 {
		out = append(out, "")
	}
	for i < len(s) {
		j := i
		for j < len(s) && !isPerlSpace(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = skipSpace(s, j)
	}
	return out
}

func skipSpace(s string, i int) int {
	for i < len(s) && isPerlSpace(s[i]) {
		i++
	}
	return i
}

// limit is a length cut of a peer or model summary: at most Words words
// (ROUGE's -l) or Bytes bytes (-b); zero for none.
type limit struct{ words, bytes int }

// cutText is ROUGE's readText: the sentences joined by spaces, cut to the
// limit. The word limit counts white-space separated words before any
// tokenisation; the byte limit counts the sentences' bytes but not the
// spaces that join them.
func cutText(sents []string, lim limit) string {
	var b strings.Builder
	n := 0
	for _, s := range sents {
		switch {
		case lim.words > 0:
			f := perlFields(s)
			if n+len(f) < lim.words {
				if n != 0 {
					b.WriteByte(' ')
				}
				b.WriteString(s)
				n += len(f)
				continue
			}
			if n > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.Join(f[:lim.words-n], " "))
			return b.String()
		case lim.bytes > 0:
			if n+len(s) < lim.bytes {
				if n != 0 {
					b.WriteByte(' ')
				}
				b.WriteString(s)
				n += len(s)
				continue
			}
			if n > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[:lim.bytes-n])
			return b.String()
		default:
			if n > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s)
			n++
		}
	}
	return b.String()
}

// cutSentences is ROUGE's readText_LCS: the sentences cut to the limit
// for the longest common subsequence. It reproduces a slip of ROUGE-1.5.5:
// under a byte limit it never adds up the sentences' lengths, so it keeps
// every sentence shorter than the limit and cuts only at the first one
// that is longer by itself.
func cutSentences(sents []string, lim limit) []string {
	if lim.words <= 0 && lim.bytes <= 0 {
		return sents
	}
	var out []string
	n := 0
	for _, s := range sents {
		if lim.words > 0 {
			f := perlFields(s)
			if n+len(f) < lim.words {
				out = append(out, s)
				n += len(f)
				continue
			}
			return append(out, strings.Join(f[:lim.words-n], " "))
		}
		if len(s) < lim.bytes {
			out = append(out, s)
			continue
		}
		return append(out, s[:lim.bytes])
	}
	return out
}

// words appends the tokens of lower-cased text to dst: ROUGE replaces
// every byte other than a-z, 0-9 and '-' by a space, spaces out hyphens,
// and later drops the tokens that do not start with a letter or digit,
// which leaves the maximal runs of [a-z0-9].
func words(dst []string, text string) []string {
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && isAlnum(text[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			dst = append(dst, text[start:i])
			start = -1
		}
	}
	return dst
}

func isAlnum(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }
