package analyze

import (
	"storyline/text"
)

// minLangWords is the shortest text whose language is judged: below it a
// count of function words says little.
const minLangWords = 25

// English reports whether text reads as English, and the share of its words
// that are English function words. Running English has a third or more of
// them; other languages written in Latin letters have a few percent (loan
// words, names). Texts too short to judge count as English.
func English(s string) (bool, float64) {
	words := text.Words(s, nil)
	if len(words) < minLangWords {
		return true, 0
	}
	n := 0
	for _, w := range words {
		if text.IsStopword(w) {
			n++
		}
	}
	share := float64(n) / float64(len(words))
	return share >= 0.15, share
}
