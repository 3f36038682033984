package text

import (
	"unicode"
	"unicode/utf8"
)

// CountFields returns len(strings.Fields(s)), the number of words as
// ROUGE counts them, without building the fields.
func CountFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := r == ' ' || r < utf8.RuneSelf && r >= '\t' && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
