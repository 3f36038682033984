package facts

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// How long someone has held a post is told in many ways: "who had worked
// at the hospital for 14 years", "who joined the hospital in 2011", "who
// has run the school since 2018", "after seven years at the helm". Each
// gives a number of years, from the report's year when a year is given,
// and a person's number is a slot of the story.

// tenureVerbs say that someone held a post, before "for N years" or
// "since YEAR": "who had worked at the hospital for 14 years", "who has
// run the secondary since 2018".
var tenureVerbs = set("worked", "run", "ran", "led", "headed", "managed", "served", "chaired", "been")

// startVerbs, before "in YEAR", say when someone took up a post. (Not
// "elected": "first elected as a councillor in 2003" is another post
// than the leader's.)
var startVerbs = set("joined", "appointed", "became")

// tenurePhrases after "N years" say that they were years in a post:
// "four years in charge", "seven years at the helm", "nine years in the
// job", "27 years behind the counter".
var tenurePhrases = [][]string{{"in", "charge"}, {"at", "the", "helm"}, {"in", "the", "job"}, {"in", "post"},
	{"in", "office"}, {"in", "the", "post"}, {"behind", "the", "counter"}, {"as"}}

// tenures notes, through note, the years each article gives a person in
// their post: its first figure for that person.
func (a *analysis) tenures(note func(key, about string, d int, val string)) {
	type given struct{ d, years int }
	byEnt := map[int][]given{}
	var order []int
	seen := map[[2]int]bool{}
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) || a.ref[s.Doc].IsZero() {
			continue
		}
		years, at, ok := a.tenureIn(i, a.ref[s.Doc])
		if !ok {
			continue
		}
		e := a.personBeforeByte(i, at)
		if e < 0 && !a.namesPerson(i) && i > 0 && a.c.Sents[i-1].Doc == s.Doc {
			e = a.antecedent(i)
		}
		if e < 0 || seen[[2]int{e, s.Doc}] {
			continue
		}
		seen[[2]int{e, s.Doc}] = true
		if byEnt[e] == nil {
			order = append(order, e)
		}
		byEnt[e] = append(byEnt[e], given{s.Doc, years})
	}
	for _, e := range order {
		gs := byEnt[e]
		differ := false
		for _, g := range gs {
			differ = differ || g.years != gs[0].years
		}
		if !differ {
			continue
		}
		ent := a.ents[e]
		for _, g := range gs {
			note("tenure:"+ent.key, "years "+ent.name+" has held the post", g.d, strconv.Itoa(g.years)+" years")
		}
	}
}

// tenureIn returns the years in a post that sentence i gives, in a report
// of time ref, and the byte where it is told.
func (a *analysis) tenureIn(i int, ref time.Time) (years, at int, ok bool) {
	low, toks := a.low[i], a.toks[i]
	for k, w := range low {
		switch {
		case w == "for" && k+2 < len(low) && (low[k+2] == "years" || low[k+2] == "year"):
			// "who had worked at the hospital for 14 years"
			if n, ok := smallNumber(low[k+1]); ok && postVerbBefore(low, k, tenureVerbs, 8) >= 0 {
				return n, toks[k].Start, true
			}
		case w == "since" && k+1 < len(low) && isYear(low[k+1]):
			// "who has run the secondary since 2018"
			if v := postVerbBefore(low, k, tenureVerbs, 8); v >= 0 && v > 0 && (low[v-1] == "has" || low[v-1] == "have" || low[v-1] == "had") {
				y, _ := strconv.Atoi(low[k+1])
				return ref.Year() - y, toks[k].Start, ref.Year() > y
			}
		case w == "in" && k+1 < len(low) && isYear(low[k+1]) && k > 0:
			// "who was appointed in 2021", "joined the hospital in 2011"
			if v := postVerbBefore(low, k, startVerbs, 4); v >= 0 {
				y, _ := strconv.Atoi(low[k+1])
				return ref.Year() - y, toks[k].Start, ref.Year() > y
			}
		case (w == "years" || w == "year") && k > 0 && k+1 < len(low):
			// "four years in charge", "seven years at the helm"
			n, ok := smallNumber(low[k-1])
			if !ok {
				continue
			}
			for _, p := range tenurePhrases {
				if k+len(p) < len(low) && slices.Equal(low[k+1:k+1+len(p)], p) {
					return n, toks[k-1].Start, true
				}
			}
		}
	}
	return 0, 0, false
}

// postVerbBefore returns the token of a word of verbs in the n words before
// token k, short of another figure, or -1.
func postVerbBefore(low []string, k int, verbs map[string]bool, n int) int {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if verbs[low[j]] {
			return j
		}
		if isFigure(low[j]) && !strings.Contains(low[j], "-") {
			return -1
		}
	}
	return -1
}

// personBeforeByte returns the person whose years in a post sentence i
// tells at byte at: the last one named before it when a clause on them
// tells it ("Laurence Daventry, 58, a consultant colorectal surgeon who
// had worked"), else the first one the sentence names, its subject
// ("Harriet Pennock resigned ..., bringing to an end seven years at the
// helm"); or -1.
func (a *analysis) personBeforeByte(i, at int) int {
	if strings.Contains(a.c.Sents[i].Text[:at], " who ") {
		if last := a.entityBefore(i, at, Person); last >= 0 {
			return last
		}
	}
	for _, m := range a.mentions[i] {
		if m.start < at && m.ent >= 0 && a.ents[m.ent].kind == Person {
			return m.ent
		}
	}
	return -1
}
