package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range of the article as read.
type span struct{ start, end int }

type line struct {
	span
	text  string // trimmed
	width int    // in runes, untrimmed on the right
}

// paragraphs splits body into paragraph spans. Blank lines separate
// paragraphs. Inside a block of lines, a line break is kept as a paragraph
// break unless the text is hard-wrapped (as newswire archives are) or the
// break falls inside a sentence (the line does not end a sentence and the
// next begins in lower case).
func paragraphs(body string) []span {
	var blocks [][]line
	var cur []line
	for pos := 0; pos <= len(body); {
		end := strings.IndexByte(body[pos:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += pos
		}
		raw := strings.TrimRight(body[pos:end], "\r")
		left := strings.TrimLeftFunc(raw, unicode.IsSpace)
		t := strings.TrimRightFunc(left, unicode.IsSpace)
		if t == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
		} else {
			lead := len(raw) - len(left)
			cur = append(cur, line{span{pos + lead, pos + lead + len(t)}, t, lead + utf8.RuneCountInString(t)})
		}
		pos = end + 1
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	width := wrapWidth(blocks)
	out := make([]span, 0, len(blocks))
	for _, b := range blocks {
		start := b[0].start
		for i := 1; i < len(b); i++ {
			if !joins(b[i-1], b[i], width) {
				out = append(out, span{start, b[i-1].end})
				start = b[i].start
			}
		}
		out = append(out, span{start, b[len(b)-1].end})
	}
	return out
}

// wrapWidth returns the width at which the text is hard-wrapped, or 0 when
// it is not: most lines of multi-line blocks are of about one width.
func wrapWidth(blocks [][]line) int {
	var widths []int
	for _, b := range blocks {
		if len(b) < 2 {
			continue
		}
		for _, l := range b[:len(b)-1] { // a block's last line is short
			widths = append(widths, l.width)
		}
	}
	if len(widths) < 3 {
		return 0
	}
	max := 0
	for _, w := range widths {
		if w > max {
			max = w
		}
	}
	if max > 120 || max < 30 {
		return 0
	}
	near := 0
	for _, w := range widths {
		if w*100 >= max*70 {
			near++
		}
	}
	if near*100 < len(widths)*75 {
		return 0
	}
	return max
}

// joins reports whether the break between a and b falls inside a paragraph.
func joins(a, b line, width int) bool {
	if width > 0 {
		// Hard-wrapped: a short line that ends a sentence ends a paragraph.
		return !(endsSentence(a.text) && a.width*100 < width*70)
	}
	// A paragraph seldom starts in lower case, whatever the line before
	// ends with ("3 p.m." ends like a sentence but need not end one).
	r, _ := utf8.DecodeRuneInString(b.text)
	return unicode.IsLower(r)
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, `"')]}”’ `)
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:;", r)
}
