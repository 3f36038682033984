package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/text"
)

// minLangWords is the shortest text whose language is judged: below it a
// count of function words says little.
const minLangWords = 25

// langBytes is how much of a text English reads: some 600 words.
const langBytes = 4096

// English reports whether text reads as English, and the share of its words
// that are English function words. Running English has a third or more of
// them; other languages written in Latin letters have a few percent (loan
// words, names). Texts too short to judge count as English.
func English(s string) (bool, float64) {
	// The first langBytes of a text tell its language as well as the
	// whole does; the cut falls between words.
	if len(s) > langBytes {
		cut := strings.LastIndexByte(s[:langBytes], ' ')
		if cut <= 0 {
			cut = langBytes
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		s = s[:cut]
	}
	// Only words of letters count: tables of figures say nothing of the
	// language they sit in.
	n, total := 0, 0
	for _, w := range text.Words(s, nil) {
		if !isLetters(w) {
			continue
		}
		total++
		if text.IsStopword(w) {
			n++
		}
	}
	if total < minLangWords {
		return true, 0
	}
	share := float64(n) / float64(total)
	return share >= 0.12, share
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '\'' && r != '-' {
			return false
		}
	}
	return w != ""
}
