package facts

import (
	"slices"
	"strings"
	"time"

	"storyline"
)

// Where someone spoke is a slot of the story: "addressing a crowd in Porto
// Claro, Carvalho said", "She told supporters in the capital, Porto
// Claro", "Speaking to supporters in Aveleda, ... Carvalho said". Outlets
// that put one speaker's speech in places that share nothing disagree,
// however little else their sentences share.

// addressVerbs tell of speaking to someone.
var addressVerbs = set("spoke", "speaks", "speaking", "addressed", "addresses", "addressing", "told", "tells",
	"telling", "said", "says")

// notAudience are words that end the audience after a verb of speaking:
// what follows is what was said, not to whom ("said she would ... in X").
var notAudience = set("that", "she", "he", "they", "it", "we", "i", "would", "will", "was", "is", "had",
	"has", "after", "before", "when", "while", "during")

// ofSpeech are words that, right after a verb of speaking, open what it
// was about ("said of the talks"), not an audience.
var ofSpeech = set("of", "on", "about")

// speechPlace is where one article has one speaker speak.
type speechPlace struct {
	key    string // the speaker's surname
	ent    int
	doc    int
	places []string
}

// speechPlaces returns, for sentence i, where its speaker speaks: the
// places after the verb and its audience ("told cheering supporters in
// the capital, Porto Claro"), or those a sentence opens with ("In the
// Praça da Liberdade, in Porto Claro, Carvalho spoke").
func (a *analysis) speechPlaces(i int) (speechPlace, bool) {
	toks, low := a.toks[i], a.low[i]
	text := a.c.Sents[i].Text
	// comma reports whether a comma parts tokens k and k+1.
	comma := func(k int) bool {
		return k+1 < len(toks) && strings.TrimSpace(text[toks[k].End:toks[k+1].Start]) == ","
	}
	verb := -1
	for k, w := range low {
		if addressVerbs[w] && !a.inQuote(i, toks[k].Start) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return speechPlace{}, false
	}
	// placeAt returns the place a locative at token k names: "in X",
	// "at the X", "in the capital, X", "in the main square of X".
	placeAt := func(k int) []string {
		if k >= len(low) || low[k] != "in" && low[k] != "at" {
			return nil
		}
		k++
		if k < len(low) && low[k] == "the" {
			k++
		}
		// A few common nouns and "of" before the place.
		of := -1
		for e := k; e < len(low) && e < k+5 && !isCap(toks[e].Text) && !comma(e); e++ {
			if low[e] == "of" {
				of = e + 1
				break
			}
		}
		var out []string
		for _, m := range a.mentions[i] {
			if m.ent < 0 || a.ents[m.ent].kind != Place || a.inQuote(i, m.start) {
				continue
			}
			// The place itself, or one set beside a common noun: "the
			// capital, Porto Claro".
			if k < len(toks) && (m.start == toks[k].Start || of > 0 && of < len(toks) && m.start == toks[of].Start ||
				k+1 < len(toks) && m.start == toks[k+1].Start && comma(k) && !isCap(toks[k].Text)) {
				out = append(out, a.ents[m.ent].name)
			}
		}
		return out
	}
	var places []string
	if low[0] == "in" || low[0] == "at" {
		// An opening locative and the ones set beside it.
		for k := 0; k < verb && k < len(low); k++ {
			if k == 0 || comma(k-1) {
				places = append(places, placeAt(k)...)
			}
		}
	}
	if len(places) == 0 {
		// After the verb, "to" and an audience of a few words.
		k := verb + 1
		if k < len(low) && low[k] == "to" {
			k++
		} else if k < len(low) && ofSpeech[low[k]] {
			k = len(low)
		}
		for n := 0; k < len(low) && low[k] != "in" && low[k] != "at"; k, n = k+1, n+1 {
			if n == 5 || notAudience[low[k]] || isCap(toks[k].Text) || comma(k) {
				k = len(low)
				break
			}
		}
		places = placeAt(k)
	}
	if len(places) == 0 {
		return speechPlace{}, false
	}
	// The speaker: the person the sentence names outside quotations, or
	// the one named last before a "she" or "he".
	ent := -1
	for _, m := range a.mentions[i] {
		if m.ent >= 0 && a.ents[m.ent].kind == Person && !a.inQuote(i, m.start) {
			ent = m.ent
			break
		}
	}
	if ent < 0 && verb > 0 && (low[verb-1] == "she" || low[verb-1] == "he") {
		ent = a.namedPersonBefore(i)
	}
	if ent < 0 {
		return speechPlace{}, false
	}
	toksE := a.ents[ent].toks
	return speechPlace{key: toksE[len(toksE)-1], ent: ent, doc: a.c.Sents[i].Doc, places: places}, true
}

// namedPersonBefore returns the person last named in the sentences of i's
// article before i whose mentions show a person (a title, a verb of
// saying): a "she" stands for such a one, not for a party whose two-word
// name only looks like a person's. It returns -1 if there is none.
func (a *analysis) namedPersonBefore(i int) int {
	doc := a.c.Sents[i].Doc
	for j := i - 1; j >= 0 && a.c.Sents[j].Doc == doc; j-- {
		ms := a.mentions[j]
		for k := len(ms) - 1; k >= 0; k-- {
			if id := ms[k].ent; id >= 0 && a.ents[id].kind == Person && a.ents[id].person > 0 {
				return id
			}
		}
	}
	return -1
}

// speechPlaceDiscrepancies reports speakers whom outlets have speak in
// places that share nothing. A speaker is known by surname, since outlets
// name the same person in full or not; one whom an article has speak in
// two places spoke twice, and articles days apart tell of other
// occasions: neither is compared.
func (a *analysis) speechPlaceDiscrepancies() []storyline.Discrepancy {
	byKey := map[string][]speechPlace{}
	var keys []string
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) || a.quoted[i] > 0.5 {
			continue
		}
		sp, ok := a.speechPlaces(i)
		if !ok {
			continue
		}
		if _, seen := byKey[sp.key]; !seen {
			keys = append(keys, sp.key)
		}
		byKey[sp.key] = append(byKey[sp.key], sp)
	}
	var out []storyline.Discrepancy
	for _, key := range keys {
		sps := byKey[key]
		per := map[int][]string{}
		twice := false
		for _, sp := range sps {
			if prev, ok := per[sp.doc]; ok && !slices.ContainsFunc(prev, func(p string) bool { return slices.Contains(sp.places, p) }) {
				twice = true
			}
			per[sp.doc] = append(per[sp.doc], sp.places...)
		}
		if twice || len(per) < 2 {
			continue
		}
		var first, last time.Time
		for d := range per {
			if r := a.ref[d]; first.IsZero() || r.Before(first) {
				first = r
			}
			if r := a.ref[d]; r.After(last) {
				last = r
			}
		}
		if last.Sub(first) > 48*time.Hour {
			continue
		}
		// Each article's place is the one of its places most articles
		// name: "Porto Claro" of "Praça da Liberdade, in Porto Claro".
		count := map[string]int{}
		for _, ps := range per {
			seen := map[string]bool{}
			for _, p := range ps {
				if !seen[p] {
					seen[p] = true
					count[p]++
				}
			}
		}
		mentions := map[int]int{}
		for _, sp := range sps {
			mentions[sp.ent]++
		}
		speaker := sps[0].ent
		for _, sp := range sps {
			if mentions[sp.ent] > mentions[speaker] {
				speaker = sp.ent
			}
		}
		v := newVariants("place where " + a.ents[speaker].name + " spoke")
		for _, d := range sortedKeys(per) {
			best := per[d][0]
			for _, p := range per[d] {
				if count[p] > count[best] {
					best = p
				}
			}
			v.add(d, best)
		}
		if d, ok := a.discrepancy(v); ok {
			out = append(out, d)
		}
	}
	return out
}
