package facts

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"storyline"
	"storyline/stem"
	"storyline/text"
)

// pairSim is the similarity at which two sentences are compared for the
// values they give: lower than sameFact, since a sentence that gives a
// different toll or date shares fewer terms with its counterpart.
const pairSim = 0.3

// placeSim is the similarity at which two sentences that say where
// something happens speak of the same thing.
const placeSim = 0.1

// sameValue is the similarity at which two sentences giving a count, a
// share or a sum give it for the same thing: nearly the same statement,
// since a story holds many numbers of many things.
const sameValue = 0.6

// dateSim is the similarity at which two dated sentences tell one event;
// dateJoinSim the least at which a sentence giving one of the days
// disputed for an event tells that event.
const (
	dateSim     = 0.38
	dateJoinSim = 0.2
)

// locationWords mark a sentence that says where something happens.
var locationWords = set("host", "hosts", "hosted", "hosting", "venue", "place", "site", "location",
	"venues", "locations", "sites")

// eventNouns, before "in" or "at" and a place, say where that event was.
var eventNouns = set("talks", "meeting", "summit", "conference", "negotiations", "held", "crash",
	"attack", "ceremony", "election", "vote", "match", "race", "meet", "hearing", "trial", "rally",
	"protest", "festival", "game", "accident", "fire", "explosion", "session")

// eventVerbs, a few words before "in", "at" or "near" and a place, say
// where something happened: "plunged into a ravine near Velsk", "broke
// out at a warehouse in Brenn". They are verbs of incidents, which happen
// once: a story often tells of several meetings ("will meet later this
// month in Bonn" before "a meeting in the Netherlands"), so verbs of
// meeting would set places of different events against each other.
var eventVerbs = set("crashed", "plunged", "exploded", "erupted", "struck", "happened", "occurred",
	"collapsed", "broke", "burned", "fell", "derailed", "sank", "capsized", "landed", "detonated")

// locatives are the prepositions that put an event in a place.
var locatives = set("in", "at", "near", "outside")

// variants collects, for one slot, the value each article gives.
type variants struct {
	about string
	order []string
	docs  map[string]map[int]bool
	seen  map[int]bool
	// sents are the sentences that gave values, for dates.
	sents []int
	// shown maps a value to the words first used for it, when they
	// differ ("$48 million" for 48000000 usd).
	shown map[string]string
	// raw maps a value to the unit it was written in (see rawClass),
	// when known.
	raw map[string]string
}

// rawOf records that value val was written in unit class u.
func (v *variants) rawOf(val, u string) {
	if v.raw == nil {
		v.raw = map[string]string{}
	}
	v.raw[val] = u
}

// addIn records that article d gives quantity q, compared in unit (the
// class it was aligned in, a counted noun) and shown as written ("1,200
// tonnes" keeps its unit).
func (v *variants) addIn(d int, q Quantity, unit string) {
	shown := formatQuantity(q)
	q.Unit = unit
	v.add(d, valueKey(q))
	v.show(valueKey(q), shown)
}

// show records how value val is first written.
func (v *variants) show(val, as string) {
	if v.shown == nil {
		v.shown = map[string]string{}
	}
	if _, ok := v.shown[val]; !ok {
		v.shown[val] = as
	}
}

// joinBuildings gives a place the articles that name a building of it
// by its name ("Pellworth Airport" and "Pellworth" are one landing):
// such a building is in the place it is named after.
func (v *variants) joinBuildings() {
	for _, p := range slices.Clone(v.order) {
		for _, q := range v.order {
			rest, ok := strings.CutPrefix(q, p+" ")
			if !ok || strings.Contains(rest, " ") || !buildingWords[strings.ToLower(rest)] || v.docs[p] == nil {
				continue
			}
			for d := range v.docs[p] {
				v.docs[q][d] = true
			}
			delete(v.docs, p)
			v.order = slices.DeleteFunc(v.order, func(x string) bool { return x == p })
			break
		}
	}
}

func newVariants(about string) *variants {
	return &variants{about: about, docs: map[string]map[int]bool{}, seen: map[int]bool{}}
}

// add records that article d gives value v; an article counts once per
// slot, with the first value it gives.
func (v *variants) add(d int, val string) {
	if v.seen[d] {
		return
	}
	v.seen[d] = true
	if v.docs[val] == nil {
		v.docs[val] = map[int]bool{}
		v.order = append(v.order, val)
	}
	v.docs[val][d] = true
}

func (a *analysis) discrepancy(v *variants) (storyline.Discrepancy, bool) {
	if len(v.order) < 2 {
		return storyline.Discrepancy{}, false
	}
	d := storyline.Discrepancy{About: v.about}
	for _, val := range v.order {
		shown := val
		if s, ok := v.shown[val]; ok {
			shown = s
		}
		d.Variants = append(d.Variants, storyline.Variant{Value: shown, Sources: a.docIDs(v.docs[val])})
	}
	return d, true
}

// discrepancies finds slots to which outlets give different values: a
// person's title, the place or date of an event, and quantities.
func (a *analysis) discrepancies() []storyline.Discrepancy {
	out := []storyline.Discrepancy{}
	out = append(out, a.titleDiscrepancies()...)
	out = append(out, a.affiliationDiscrepancies()...)
	out = append(out, a.placeDiscrepancies()...)
	out = append(out, a.speechPlaceDiscrepancies()...)
	out = append(out, a.valueDiscrepancies()...)
	return out
}

// titleDiscrepancies reports people whom two articles give titles that
// share nothing ("spokeswoman" and "Press Secretary"); an article that
// gives two titles, one shared, disagrees with no one.
func (a *analysis) titleDiscrepancies() []storyline.Discrepancy {
	var out []storyline.Discrepancy
	for _, e := range a.ents {
		if e.count <= 0 || e.kind != Person || len(e.titles) < 2 {
			continue
		}
		docs := make([]int, 0, len(e.titles))
		for d := range e.titles {
			docs = append(docs, d)
		}
		sort.Ints(docs)
		norm := map[int]map[string]bool{}
		for _, d := range docs {
			norm[d] = map[string]bool{}
			for t := range e.titles[d] {
				for _, c := range titleRoles(t) {
					norm[d][c] = true
				}
			}
			// "Councillor Gwen Aldous, the committee's vice-chair": the
			// office a member holds says more than the membership.
			if len(norm[d]) > 1 {
				for r := range norm[d] {
					if memberRoles[r] {
						delete(norm[d], r)
					}
				}
			}
		}
		var with []int
		for _, d := range docs {
			if len(norm[d]) > 0 {
				with = append(with, d)
			}
		}
		// Titles of reports far apart in time may both be right: a
		// governor elected president. Only reports of one week are
		// compared, and only those that disagree with another are
		// listed.
		disagree := map[int]bool{}
		for i, x := range docs {
			for _, y := range docs[i+1:] {
				if !rolesAgree(norm[x], norm[y]) && a.within(x, y, runningGap) {
					disagree[x], disagree[y] = true, true
				}
			}
		}
		if len(disagree) == 0 {
			continue
		}
		headOnly := slices.DeleteFunc(slices.Clone(docs), func(d int) bool { return disagree[d] || !onlyHead(norm[d]) })
		docs = slices.DeleteFunc(docs, func(d int) bool { return !disagree[d] })
		groups := titleGroups(docs, norm)
		// "who heads the Geological Service" against "a senior geologist
		// at it" and "its director": the head is the one at the top.
		for _, d := range headOnly {
			if top := topGroup(groups, norm, norm[d]); top >= 0 {
				groups[top] = append(groups[top], d)
				sort.Ints(groups[top])
			}
		}
		v := newVariants("title of " + e.name)
		for _, g := range groups {
			// A group is shown by the title most of its articles write,
			// the longest of equals ("race director" over "director").
			count := map[string]int{}
			for _, d := range g {
				for t := range e.titles[d] {
					if slices.ContainsFunc(titleRoles(t), func(r string) bool { return norm[d][r] }) {
						count[e.allTitles[t]]++
					}
				}
			}
			// A title read from the team someone heads ("head of the
			// veterinary team") gives way to one written as an office.
			byTeam := func(t string) bool {
				return anyOf(teamUnits, strings.Fields(t))
			}
			shown := ""
			for t, n := range count {
				if shown == "" || n > count[shown] || n == count[shown] && (byTeam(shown) && !byTeam(t) ||
					byTeam(shown) == byTeam(t) && (len(t) > len(shown) || len(t) == len(shown) && t < shown)) {
					shown = t
				}
			}
			if shown == "" {
				continue
			}
			if v.docs[shown] == nil {
				v.docs[shown] = map[int]bool{}
				v.order = append(v.order, shown)
			}
			for _, d := range g {
				v.docs[shown][d] = true
			}
		}
		if d, ok := a.discrepancy(v); ok {
			out = append(out, d)
		}
	}
	return out
}

// headRoles say that someone is at the top of a body without naming the
// office ("who heads the agency", "its leader"): see titleRoles.
var headRoles = set("chief", "leader")

// topOffices are the offices at the top of a body, which its head holds.
var topOffices = set("director", "chief executive", "president", "chair", "chairman", "chairwoman",
	"managing director", "director-general", "director general", "executive director", "general manager", "principal")

// onlyHead reports whether the roles of an article say only that someone
// heads something.
func onlyHead(roles map[string]bool) bool {
	for r := range roles {
		if !headRoles[r] {
			return false
		}
	}
	return len(roles) > 0
}

// topGroup returns the one group of disagreeing articles that names an
// office at the top of a body, or the head's office more fully ("council
// leader" for a "leader"), or -1 when none or several do.
func topGroup(groups [][]int, norm map[int]map[string]bool, head map[string]bool) int {
	top := -1
	for gi, g := range groups {
		if slices.ContainsFunc(g, func(d int) bool {
			for r := range norm[d] {
				if topOffices[r] {
					return true
				}
				for h := range head {
					if fuller(r, h) {
						return true
					}
				}
			}
			return false
		}) {
			if top >= 0 {
				return -1
			}
			top = gi
		}
	}
	return top
}

// titleGroups puts together the articles whose titles for one person
// agree, those that name an office first; an article that gives only a
// generic role ("leader", "head") joins the first group it agrees with.
func titleGroups(docs []int, norm map[int]map[string]bool) [][]int {
	onlyGeneric := func(d int) bool {
		for r := range norm[d] {
			if !generic(r) {
				return false
			}
		}
		return true
	}
	var groups [][]int
	for _, pass := range []bool{false, true} {
		for _, d := range docs {
			if onlyGeneric(d) != pass {
				continue
			}
			placed := false
			for gi, g := range groups {
				if rolesAgree(norm[g[0]], norm[d]) {
					groups[gi] = append(g, d)
					placed = true
					break
				}
			}
			if !placed {
				groups = append(groups, []int{d})
			}
		}
	}
	for _, g := range groups {
		sort.Ints(g)
	}
	return groups
}

// titleSynonyms give one name to the words outlets use for one role.
var titleSynonyms = map[string]string{
	// Abbreviations of titles before a name.
	"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
	"col": "colonel", "sgt": "sergeant", "capt": "captain", "supt": "superintendent", "atty": "attorney", "cllr": "councillor",
	"ceo": "chief executive", "chief executive officer": "chief executive", "premier": "prime minister",
	"chairwoman": "chair", "chairman": "chair", "chairperson": "chair", "head": "chief", "justice": "judge",
	// A firm's officers by their charge: the "finance chief" is its
	// chief financial officer.
	"finance chief": "chief financial officer", "financial chief": "chief financial officer",
	"technology chief": "chief technology officer", "operations chief": "chief operating officer",
	"marketing chief": "chief marketing officer", "information chief": "chief information officer",
	"cfo": "chief financial officer", "coo": "chief operating officer", "cto": "chief technology officer",
	// A ship's master is its captain; a vet a veterinarian.
	"master": "captain", "vet": "veterinarian", "veterinary surgeon": "veterinarian",
	// A school's "executive head" (read "executive chief" above) is its
	// executive headteacher.
	"executive chief": "executive headteacher",
}

// honorifics are forms of address, which go with any role: "Dr" and
// "executive director" do not disagree.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor", "rev")

// pastRoles mark a title a person no longer holds, which no present one
// contradicts.
var pastRoles = set("former", "ex", "onetime", "late", "retired")

// roleParts cuts a title into the roles "and" joins ("founder and chief
// executive"), but not inside the charge "of" opens: the "director of
// infection prevention and control" holds one office.
func roleParts(t string) []string {
	var out []string
	for _, part := range strings.Split(t, " and ") {
		if n := len(out); n > 0 && strings.Contains(out[n-1], " of ") {
			out[n-1] += " and " + part
			continue
		}
		out = append(out, part)
	}
	return out
}

// titleRoles returns the roles a title names, each reduced to its core:
// "founder and chief executive" is two roles held at once; a former role
// is none.
func titleRoles(t string) []string {
	var out []string
	for _, part := range roleParts(strings.ToLower(strings.ReplaceAll(t, ".", ""))) {
		// "clinical lead for emergency medicine" heads it.
		part = strings.Replace(part, "lead for ", "head of ", 1)
		if f := strings.Fields(part); len(f) == 0 || pastRoles[f[0]] || len(f) == 1 && honorifics[strings.TrimSuffix(f[0], ".")] {
			continue
		}
		// Forms of address go with any role ("Police Commissioner Sir
		// Paul Condon"); words of one title are named alike ("Deputy
		// Premier" is "deputy prime minister").
		var words []string
		for _, w := range strings.Fields(part) {
			if honorifics[w] {
				continue
			}
			if s, ok := titleSynonyms[w]; ok && !strings.Contains(w, " ") {
				w = s
			}
			words = append(words, w)
		}
		if len(words) == 0 {
			continue
		}
		c := titleCore(strings.Join(words, " "))
		if s, ok := titleSynonyms[c]; ok {
			c = s
		}
		out = append(out, c)
	}
	return out
}

// titleCore reduces a title to the words that say rank and role, so that
// "police spokesman" is "spokesman" but "Deputy Foreign Minister" is not
// "Foreign Minister".
func titleCore(t string) string {
	// "director of operations" is the "operations director": what
	// follows "of" in lower case says of what, as the words before the
	// role do ("director of Kessling" names an employer instead).
	// A generic role keeps its "of": the "head of safety" names an
	// office, where a "safety chief" would read as a generic one (see
	// generic).
	if head, tail, ok := strings.Cut(t, " of "); ok && tail != "" && strings.ToLower(tail) == tail && !strings.Contains(tail, ",") {
		if f := strings.Fields(head); len(f) > 0 && genericRoles[strings.ToLower(f[len(f)-1])] {
			t = head + " " + tail
		} else {
			t = tail + " " + head
		}
	}
	var keep []string
	for _, w := range strings.Fields(strings.ToLower(t)) {
		// Soft words and the employer's kind ("club president") say
		// nothing of the office; a portfolio does ("economy minister").
		// Other words that say of what stay: "race director" is still
		// the "director" (see fuller), but a "managing director" is no
		// "operations director".
		if softTitles[w] && !portfolios[w] && !grades[w] || w == "of" || w == "the" || employerWords[w] || teamUnits[w] {
			continue
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		return strings.ToLower(t)
	}
	return strings.Join(keep, " ")
}

// grades are soft title words that say a grade: a "senior hydrologist" is
// no "chief hydrologist", though either may be the "hydrologist".
var grades = set("senior", "lead", "principal")

// employerWords name the kind of body a title serves, not the office.
var employerWords = set("club", "company", "firm", "team", "side", "party", "agency", "service",
	"organisation", "organization", "union", "association", "federation", "league")

// portfolios are the soft title words that name a minister's charge.
var portfolios = set("foreign", "interior", "defence", "defense", "finance", "labour", "labor", "trade",
	"health", "transport", "economy", "environment", "justice", "education", "energy",
	// and an officer's charge in a firm
	"financial", "operating", "technology", "information", "marketing", "commercial", "operations", "technical", "medical")

// coreShown returns the first written title of e whose core is core.
func coreShown(e *entity, core string) string {
	best := ""
	for l, shown := range e.allTitles {
		if slices.Contains(titleRoles(l), core) && !strings.Contains(l, " and ") && (best == "" || len(shown) > len(best) || len(shown) == len(best) && shown < best) {
			best = shown
		}
	}
	return best
}

func overlaps(x, y map[string]bool) bool {
	for t := range x {
		if y[t] {
			return true
		}
		for u := range y {
			if sameStems(t, u) || sameWords(t, u) {
				return true
			}
		}
	}
	return false
}

// sameWords reports whether roles r and q have the same words in another
// order: the "head of environmental health" ("chief environmental
// health") is the "environmental health chief".
func sameWords(r, q string) bool {
	rw, qw := strings.Fields(r), strings.Fields(q)
	slices.Sort(rw)
	slices.Sort(qw)
	return slices.Equal(rw, qw)
}

// sameStems reports whether roles r and q have the same words but for
// their endings: the "chief negotiator" is the "chief negotiations" that
// "head of negotiations" comes to.
func sameStems(r, q string) bool {
	rw, qw := strings.Fields(r), strings.Fields(q)
	if len(rw) != len(qw) {
		return false
	}
	for k := range rw {
		if rw[k] != qw[k] && stem.Porter(rw[k]) != stem.Porter(qw[k]) {
			return false
		}
	}
	return true
}

// genericRoles describe a person's place at the top of something without
// naming an office: "Palestinian leader" contradicts no "President".
var genericRoles = set("leader", "chief", "official", "officer", "boss",
	// A founder may hold any office of what they founded.
	"founder", "co-founder", "cofounder")

// memberRoles are a body's members, whatever office they hold in it.
var memberRoles = set("councillor", "councilor")

// generic reports whether role r is a generic one, alone or after words
// that are no titles ("leader", "Palestinian leader"); "deputy chief" and
// "chief medical officer" name offices.
func generic(r string) bool {
	f := strings.Fields(r)
	// "a seismologist at the institute" says what someone is, which
	// any office they hold may go with.
	if len(f) == 1 && isProfession(f[0]) {
		return true
	}
	if !genericRoles[f[len(f)-1]] {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if titleWords[w] || rankWords[w] || electingBodies[w] || functionNouns[w] {
			return false
		}
	}
	return true
}

// functionNouns name a function a generic role is put in charge of,
// which makes it an office: a "principal race officer" runs the races,
// a "production chief" heads production.
var functionNouns = set("race", "production", "safety", "welfare", "communications", "programme", "events", "site")

// electingBodies choose a leader of their own, which makes it an office:
// a "council leader" is no cabinet member, where a "Palestinian leader"
// may be anything.
var electingBodies = set("council")

// isProfession reports whether role w names a trade or a science rather
// than an office.
func isProfession(w string) bool {
	return strings.HasSuffix(w, "ologist") || professionWords[w]
}

// professionWords are the trades and sciences a title may name, beside
// the "-ologists" isProfession knows by their ending.
var professionWords = set("scientist", "researcher", "economist", "engineer", "surgeon", "physician", "doctor",
	"lawyer", "analyst", "forecaster", "veterinarian", "vet", "keeper", "zookeeper", "pilot")

// rankWords change a title's rank: "Deputy Foreign Minister" is not the
// "Foreign Minister".
var rankWords = set("deputy", "vice", "assistant", "associate", "acting", "under", "lieutenant", "former", "interim")

// rolesAgree reports whether two sets of core roles (see titleRoles) may
// be one person's at once: they share a role, one is generic, or one
// names the other more fully without changing its rank ("executive
// director" and "director", not "deputy minister" and "minister").
func rolesAgree(x, y map[string]bool) bool {
	if overlaps(x, y) {
		return true
	}
	// A generic role goes with any office but a lower rank of it: a
	// "leader" is no "deputy leader". A member of a body may hold any
	// of its offices: a "councillor" may be its "deputy leader".
	for _, p := range [][2]map[string]bool{{x, y}, {y, x}} {
		for r := range p[0] {
			if generic(r) && !ranked(p[1]) || memberRoles[r] {
				return true
			}
		}
	}
	for r := range x {
		for q := range y {
			if fuller(r, q) || fuller(q, r) || headOf(r, q) || headOf(q, r) || sameTrade(r, q) {
				return true
			}
		}
	}
	return false
}

// sameTrade reports whether roles r and q name one trade ("engineer")
// with words before it that say no grade or rank: the "independent
// engineer" of a reservoir is its "supervising engineer", where a
// "senior hydrologist" is no "chief hydrologist".
func sameTrade(r, q string) bool {
	rw, qw := strings.Fields(r), strings.Fields(q)
	if rw[len(rw)-1] != qw[len(qw)-1] || !isProfession(rw[len(rw)-1]) {
		return false
	}
	for _, w := range append(rw[:len(rw)-1:len(rw)-1], qw[:len(qw)-1]...) {
		if rankWords[w] || grades[w] || genericRoles[w] || titleWords[w] {
			return false
		}
	}
	return true
}

// headOf reports whether role r, a generic head of a charge ("chief
// operations", from "head of operations" or "who runs operations"), is
// the office q names for that charge at no other rank ("operations
// director").
func headOf(r, q string) bool {
	rw, qw := strings.Fields(r), strings.Fields(q)
	if len(rw) < 2 || !genericRoles[rw[0]] || len(qw) <= len(rw)-1 {
		return false
	}
	// A "chief hydrologist" heads no charge: it is a grade of a trade.
	for _, w := range rw[1:] {
		if !slices.Contains(qw, w) || isProfession(w) {
			return false
		}
	}
	return !slices.ContainsFunc(qw, func(w string) bool { return rankWords[w] || grades[w] })
}

// ranked reports whether every role of m has a word of rank ("deputy
// leader").
func ranked(m map[string]bool) bool {
	for r := range m {
		if !anyOf(rankWords, strings.Fields(r)) {
			return false
		}
	}
	return len(m) > 0
}

// fuller reports whether title long holds every word of short, and the
// words it adds change no rank.
func fuller(long, short string) bool {
	lw, sw := strings.Fields(long), strings.Fields(short)
	if len(lw) <= len(sw) {
		return false
	}
	for _, w := range sw {
		if !slices.Contains(lw, w) {
			return false
		}
	}
	for _, w := range lw {
		if !slices.Contains(sw, w) && rankWords[w] {
			return false
		}
		// A "chief superintendent" is a rank above a "superintendent".
		if w == "chief" && !slices.Contains(sw, w) && chiefRanks[sw[len(sw)-1]] {
			return false
		}
	}
	return true
}

// chiefRanks are ranks that "chief" raises to another: "chief inspector",
// "chief superintendent", "chief constable".
var chiefRanks = set("superintendent", "inspector", "constable", "sergeant")

// within reports whether articles x and y were published within gap of
// each other, or either date is unknown.
func (a *analysis) within(x, y int, gap time.Duration) bool {
	px, py := a.ref[x], a.ref[y]
	if px.IsZero() || py.IsZero() {
		return true
	}
	d := px.Sub(py)
	return d <= gap && d >= -gap
}

// placeDiscrepancies compares the places that articles name near words of
// location ("host", "venue", "held in") in sentences that tell of one
// thing: sentences are grouped when they share enough terms, and within a
// group the places every article names are set aside when an article
// names a more particular one ("Vietnam" against "Danang").
func (a *analysis) placeDiscrepancies() []storyline.Discrepancy {
	var with []int
	places := map[int][]string{}
	// strong marks sentences that place a summit, a meeting, a host: not
	// only something that happened near a place.
	strong := map[int]bool{}
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		if ps, st := a.locatedPlaces(i); len(ps) > 0 {
			places[i] = ps
			strong[i] = st
			with = append(with, i)
		}
	}
	// Each sentence with places opens a group of the sentences like it;
	// groups are not chained, so that a chain of loose likenesses never
	// sets a summit's host against a visit elsewhere.
	groups := map[int][]int{}
	var roots []int
	for _, i := range with {
		g := []int{i}
		for _, j := range with {
			// Sentences naming no place in common must tell one thing
			// closely ("talks in Geneva", "meeting in Lausanne"); naming
			// one in common ("Vietnam"), loosely; but an event only a
			// verb places ("crashed near Velsk") is told closely always:
			// a story has many.
			bar := sameFact
			for _, p := range places[i] {
				if contains(places[j], p) && strong[i] && strong[j] {
					bar = placeSim
				}
			}
			if a.c.Sents[i].Doc != a.c.Sents[j].Doc && a.ix.sim(i, j) >= bar {
				g = append(g, j)
			}
		}
		if len(g) > 1 {
			groups[i] = g
			roots = append(roots, i)
		}
	}
	// Larger groups first, so that a group inside another adds nothing.
	sort.SliceStable(roots, func(x, y int) bool { return len(groups[roots[x]]) > len(groups[roots[y]]) })
	covered := map[string]bool{}
	var out []storyline.Discrepancy
	// A place given to something a story has one of (an earthquake's
	// epicentre) is compared across the story, however differently the
	// sentences that give it are worded.
	for _, slot := range placeSlots {
		v := newVariants(slot.about)
		for i, s := range a.c.Sents {
			if s.Heading || !a.independent(s.Doc) {
				continue
			}
			if p := a.placeAfter(i, slot); p != "" {
				v.add(s.Doc, p)
			}
		}
		v = a.contemporary(v)
		v.joinBuildings()
		if d, ok := a.discrepancy(v); ok {
			out = append(out, d)
			for val, ds := range v.docs {
				for d := range ds {
					covered[fmt.Sprint(val, "\x00", d)] = true
				}
			}
		}
	}
	for _, v := range []*variants{a.hospitalSlot(), a.shelterSlot()} {
		if d, ok := a.discrepancy(a.contemporary(v)); ok {
			out = append(out, d)
		}
	}
	for _, r := range roots {
		per := map[int][]string{}
		sentOf := map[int]int{}
		for _, i := range groups[r] {
			d := a.c.Sents[i].Doc
			if _, ok := per[d]; !ok {
				per[d] = places[i]
				sentOf[d] = i
			}
		}
		if len(per) < 2 {
			continue
		}
		// A building and its city can both be right ("at the American
		// Embassy", "in Nairobi"): an article that places the event only
		// at a building is compared only with others that do.
		inBuilding := 0
		for _, ps := range per {
			if allBuildings(ps) {
				inBuilding++
			}
		}
		if inBuilding > 0 && inBuilding < len(per) {
			for d, ps := range per {
				if allBuildings(ps) {
					delete(per, d)
				}
			}
			if len(per) < 2 {
				continue
			}
		}
		common := map[string]int{}
		for _, ps := range per {
			for _, p := range ps {
				common[p]++
			}
		}
		v := newVariants("place: " + shortText(a.body(r)))
		owns := map[int][]string{}
		sitesOnly := true // whether every place an article names alone is a site
		for d, ps := range per {
			for _, p := range ps {
				if common[p] < len(per) {
					owns[d] = append(owns[d], p)
					sitesOnly = sitesOnly && a.namesSite(sentOf[d], p)
				}
			}
		}
		// "at Cray Hill, a few miles north of the festival site at
		// Fellmoor Park" against "at Cray Hill": all name Cray Hill, and
		// one article adds a place of its own, which contradicts no one.
		if len(owns) <= 1 && slices.Contains(slices.Collect(maps.Values(common)), len(per)) {
			continue
		}
		for _, d := range sortedKeys(per) {
			own := owns[d]
			if len(own) == 0 {
				if sitesOnly {
					// "the site near Kelsworth" against "the Ravensmoor
					// landfill site outside Kelsworth": the town they
					// all name holds the site.
					continue
				}
				own = per[d]
			}
			v.add(d, strings.Join(own, " or "))
		}
		v = a.contemporary(v) // places of reports weeks apart are of other events
		fresh := false
		for val, ds := range v.docs {
			for d := range ds {
				if k := fmt.Sprint(val, "\x00", d); !covered[k] {
					fresh = true
					covered[k] = true
				}
			}
		}
		if !fresh {
			continue
		}
		if d, ok := a.discrepancy(v); ok {
			out = append(out, d)
		}
	}
	return out
}

// locatedPlaces returns the places sentence i names within a few words of
// a word of location ("host", "held in"), in order of mention, and
// whether a word of location or an event noun placed one (strong), not
// only a verb of happening.
func (a *analysis) locatedPlaces(i int) ([]string, bool) {
	toks := a.toks[i]
	var cues, holds []int
	for k, t := range toks {
		switch l := strings.ToLower(t.Text); {
		case l == "held" || l == "hold":
			holds = append(holds, k)
		case (l == "site" || l == "sites") && k > 0 && (a.low[i][k-1] == "web" || a.low[i][k-1] == "internet"):
			// A web site is no place.
		case locationWords[l]:
			cues = append(cues, t.Start)
		}
	}
	var out []string
	strong := false
	for _, m := range a.mentions[i] {
		if m.ent < 0 || a.ents[m.ent].kind != Place {
			continue
		}
		noun := a.nounAfter(i, m.end)
		if settlementWords[noun] {
			continue
		}
		near := false
		for _, c := range cues {
			if abs(c-m.start) <= 80 {
				near = true
			}
		}
		// "Held" and "hold" have many senses ("hold a right", "held
		// responsible"): they place only what follows them closely
		// after "in" or "at" ("held in Geneva", "held a two-day summit
		// in Hanoi").
		for _, c := range holds {
			if k := a.locativeBefore(i, m.start); k > c && k-c <= 5 {
				near = true
			}
		}
		strong = strong || near
		// "talks in Geneva", "meeting at the Hotel Lido", "plunged into a
		// ravine near Velsk": an event word a few words before, in the
		// same clause.
		for k := 2; k < len(toks) && !near; k++ {
			if toks[k].Start == m.start || k+1 < len(toks) && toks[k+1].Start == m.start && strings.EqualFold(toks[k].Text, "the") {
				p := k - 1
				if w := strings.ToLower(toks[p].Text); (w == "in" || w == "at") && p > 0 && eventNouns[strings.ToLower(toks[p-1].Text)] {
					near = true
				}
				strong = strong || near
				for q := p - 1; !near && locatives[a.low[i][p]] && q >= 0 && q >= p-5; q-- {
					if strings.TrimSpace(a.c.Sents[i].Text[toks[q].End:toks[q+1].Start]) != "" {
						break // a comma or dash ends the clause
					}
					near = eventVerbs[a.low[i][q]]
				}
			}
		}
		name := a.ents[m.ent].name
		if near && !contains(out, name) {
			out = append(out, name)
		}
	}
	return out, strong
}

// nounAfter returns the common noun that the name ending at byte end of
// sentence i stands before, in lower case, or "": "landfill" in "the
// Ravensmoor landfill site", "village" in "this Wendmoor village". A
// place that qualifies a settlement ("a village in Wendmoor") is not
// where it happened; one that names a site is a place within its town.
func (a *analysis) nounAfter(i, end int) string {
	toks, low := a.toks[i], a.low[i]
	for k, t := range toks {
		if t.Start < end {
			continue
		}
		w := low[k]
		if a.c.Sents[i].Text[end:t.Start] == " " && !isCap(t.Text) && isWord(w) && !text.IsStopword(w) &&
			!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") {
			return w
		}
		return ""
	}
	return ""
}

// namesSite reports whether sentence i names place p before a common
// noun that is no settlement: the name of a site ("the Ravensmoor
// landfill").
func (a *analysis) namesSite(i int, p string) bool {
	for _, m := range a.mentions[i] {
		if m.ent >= 0 && a.ents[m.ent].name == p {
			if n := a.nounAfter(i, m.end); n != "" && !settlementWords[n] {
				return true
			}
		}
	}
	return false
}

// settlementWords name a settlement or an area that a place before them
// qualifies: "this Wendmoor village".
var settlementWords = set("village", "villages", "town", "towns", "city", "hamlet", "suburb", "district", "region", "area", "county", "community")

// allBuildings reports whether every place of ps names a building or a
// site within a town rather than a town, region or country.
func allBuildings(ps []string) bool {
	for _, p := range ps {
		last := p[strings.LastIndexByte(p, ' ')+1:]
		if !buildingWords[strings.ToLower(last)] {
			return false
		}
	}
	return len(ps) > 0
}

// buildingWords end the names of buildings and sites within a town.
var buildingWords = set("embassy", "consulate", "hotel", "hospital", "airport", "stadium", "station",
	"building", "square", "palace", "house", "school", "university", "college", "church", "cathedral",
	"mosque", "temple", "centre", "center", "hall", "park", "port", "base", "bridge", "tower", "plaza",
	"street", "avenue", "road", "office", "ministry", "headquarters", "prison", "camp", "court",
	"arena", "museum", "club", "mall", "market", "factory", "plant", "mine")

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// valueDiscrepancies compares quantities of one unit and the dates of one
// event between sentences of different articles that say nearly the same.
func (a *analysis) valueDiscrepancies() []storyline.Discrepancy {
	qs := make([][]Quantity, len(a.c.Sents))
	ds := make([][]Date, len(a.c.Sents))
	var idx []int
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		qs[i] = a.quantities(i)
		for _, d := range a.dates(i) {
			if len(d.Value) == 10 && !a.dateOfSaying(i, d) {
				ds[i] = append(ds[i], d)
			}
		}
		if len(qs[i]) > 0 || len(ds[i]) > 0 {
			idx = append(idx, i)
		}
	}
	slots := map[string]*variants{}
	var order []string
	note := func(key, about string, d int, val string) {
		v := slots[key]
		if v == nil {
			v = newVariants(about)
			slots[key] = v
			order = append(order, key)
		}
		v.add(d, val)
	}
	// A quantity whose words say what it measures (a toll, a deal's value,
	// a turnout, a winning time) is a slot of the whole story: each
	// article's first value for it, from a sentence not about another
	// year ("last year five died").
	keyed := make([][]bool, len(a.c.Sents))
	// stated[d] holds every figure article d gives, by value and unit:
	// an article that gives both figures of a slot disagrees with
	// neither ("priced at $22", then "opened at $27.50").
	stated := map[int]map[string]bool{}
	counts := map[string]*nounCount{}
	var figs []figure
	weights := a.contextWeights()
	var countOrder []string
	for _, i := range idx {
		d := a.c.Sents[i].Doc
		keyed[i] = make([]bool, len(qs[i]))
		for k, q := range qs[i] {
			if inRange(a.c.Sents[i].Text, q) || inCondition(a.c.Sents[i].Text, q) || a.capacity(i, q) {
				// "an estimate of $25 million to $30 million": a range
				// gives neither figure as the value; nor does "If I'd
				// been running a minute late", nor what a place holds.
				keyed[i][k] = true
				continue
			}
			if stated[d] == nil {
				stated[d] = map[string]bool{}
			}
			stated[d][numKey(q.Value)+" "+rawClass(q)] = true
			other := a.otherYear(i, q.Start)
			key, about := a.slotKey(i, q)
			if key == "" || strings.HasPrefix(key, "count:") {
				if n, verb, ok := a.countedNoun(i, q); ok && !other {
					c := counts[n]
					if c == nil {
						c = &nounCount{noun: n, shown: q.Unit, vals: map[int]map[string]bool{}, first: map[int]Quantity{}, verbs: map[string]bool{}}
						counts[n] = c
						countOrder = append(countOrder, n)
					}
					c.note(d, q, verb)
				}
			}
			// Every figure is also aligned by its context: outlets name
			// one thing in words that give it different keys ("total
			// spending of", "totals", "the ... budget").
			if f, ok := a.figureAt(i, q, weights); ok && !other {
				if key != closureKey {
					f.key = key
				}
				figs = append(figs, f)
			}
			if key == "" {
				continue
			}
			keyed[i][k] = true
			if other {
				continue
			}
			shown := formatQuantity(q)
			raw := rawClass(q)
			if key == "count:aboard" || key == "count:case" || key == "count:hospital" || key == "count:record" || strings.HasPrefix(key, "count:person:") {
				q.Unit = key // 41 passengers are 41 people on board
			} else if strings.HasPrefix(key, "count:") {
				q.Unit = canonNoun(q.Unit) // 27 houses are 27 homes
			} else if key == "q:crowd" {
				q.Unit = "crowd" // a crowd of 8,000 is 8,000 people taking part
			}
			val := valueKey(q)
			if v := slots[key]; v != nil && strings.HasPrefix(key, "dur:") {
				// "six weeks" where another article has "a month and a
				// half" is that article's length.
				for _, w := range v.order {
					if sameLength(w, q) {
						val = w
					}
				}
			}
			note(key, about, d, val)
			slots[key].show(val, shown)
			slots[key].rawOf(val, raw)
		}
	}
	// The ages given to people unnamed serve both: alone, and joined to
	// the one person of their role that others name.
	unnamed, unnamedOrder := a.unnamedAgesGiven()
	a.ageDiscrepancies(note, unnamed, unnamedOrder)
	a.unnamedAges(note, unnamed, unnamedOrder)
	a.onceDates(note)
	a.builtYears(note)
	a.tenures(note)
	inIdx := make([]bool, len(a.c.Sents))
	for _, i := range idx {
		inIdx[i] = true
	}
	var near []int
	for _, i := range idx {
		// The sentences like i that give values, after i, in order.
		near = near[:0]
		a.ix.neighbours(i, pairSim, func(j int, v float64) {
			if j > i && inIdx[j] && v >= pairSim {
				near = append(near, j)
			}
		})
		slices.Sort(near)
		for _, j := range near {
			di, dj := a.c.Sents[i].Doc, a.c.Sents[j].Doc
			if di == dj {
				continue
			}
			for pk, p := range qs[i] {
				for qk, q := range qs[j] {
					// An article giving the other's count too ("with a
					// dozen deputies abstaining" and "214 deputies backed
					// the bill; ... 12 abstained") tells two things.
					if p.Unit != q.Unit || p.Equivalent(q) || keyed[i][pk] || keyed[j][qk] ||
						a.givesBoth(di, dj, p, q) ||
						withinBound(a.boundOf(i, p), p.Value, q.Value) || withinBound(a.boundOf(j, q), q.Value, p.Value) ||
						a.elapsedAt(i, p) && a.elapsedAt(j, q) && a.sameMoment(di, p, dj, q) {
						continue
					}
					// A value differs only between sentences that tell one
					// thing; tolls, above, are slots of the whole story.
					if a.ix.sim(i, j) < sameValue {
						continue
					}
					note("q:"+p.Unit, aboutUnit(p.Unit), di, valueKey(p))
					note("q:"+p.Unit, aboutUnit(p.Unit), dj, valueKey(q))
					slots["q:"+p.Unit].show(valueKey(p), formatQuantity(p))
					slots["q:"+p.Unit].show(valueKey(q), formatQuantity(q))
				}
			}
			// A date differs only between sentences that tell one event.
			if len(ds[i]) == 0 || len(ds[j]) == 0 {
				continue
			}
			pi, pj := a.likeDates(i, ds[i], j, ds[j], weights)
			if a.ix.sim(i, j) >= dateSim && !compatible(pi.Value, pj.Value) && !sameDays(ds[i], ds[j]) &&
				!(givesDate(ds[i], pj) && hasOrdinal(a.low[i])) && !(givesDate(ds[j], pi) && hasOrdinal(a.low[j])) &&
				a.sameDated(i, pi, j, pj) && a.datesEvent(i, 0, len(a.c.Sents[i].Text), pi) && a.datesEvent(j, 0, len(a.c.Sents[j].Text), pj) &&
				// A cause's day and the day of what followed it.
				a.inCauseClause(i, 0, pi) == a.inCauseClause(j, 0, pj) {
				key := "d:" + strconv.Itoa(min(i, j))
				about := "date: " + shortText(a.body(min(i, j)))
				// Pairs that share a sentence are one event.
				for _, k := range order {
					if v := slots[k]; strings.HasPrefix(k, "d:") && (v.seen[di] || v.seen[dj]) && v.about != "" {
						if _, ok := v.docs[pi.Value]; ok {
							key = k
						}
						if _, ok := v.docs[pj.Value]; ok {
							key = k
						}
					}
				}
				note(key, about, di, pi.Value)
				note(key, about, dj, pj.Value)
				slots[key].sents = append(slots[key].sents, i, j)
			}
		}
	}
	a.factDates(ds, func(key, about string, d, i int, val string) {
		note(key, about, d, val)
		slots[key].sents = append(slots[key].sents, i)
	})
	// Articles that tell a disputed event alike join the variant they
	// agree with.
	for _, k := range order {
		v := slots[k]
		// (A fact's days, below, join by their value only: its
		// sentences say more than the event.)
		if !strings.HasPrefix(k, "d:") || strings.HasPrefix(k, "d:f") {
			continue
		}
		for _, x := range idx {
			d := a.c.Sents[x].Doc
			if len(ds[x]) == 0 || v.seen[d] {
				continue
			}
			for _, y := range v.sents {
				if a.ix.sim(x, y) >= dateSim {
					v.add(d, ds[x][0].Value)
					break
				}
			}
		}
	}
	// An article that gives one of a disputed event's days, in a
	// sentence of its own that shares some words with those that dispute
	// it, tells the event on that day ("It was first glimpsed on Monday,
	// September 22" beside "was first noticed on September 22").
	for _, k := range order {
		v := slots[k]
		if !strings.HasPrefix(k, "d:") || len(v.sents) == 0 {
			continue
		}
		for _, x := range idx {
			d := a.c.Sents[x].Doc
			if len(ds[x]) != 1 || v.seen[d] {
				continue
			}
			// The cheap test first: most days are none of the slot's.
			if _, ok := v.docs[ds[x][0].Value]; !ok || a.forecast(x) || !a.datesEvent(x, 0, len(a.c.Sents[x].Text), ds[x][0]) {
				continue
			}
			for _, y := range v.sents {
				if a.ix.sim(x, y) >= dateJoinSim {
					v.add(d, ds[x][0].Value)
					break
				}
			}
		}
	}
	// Those in hospital, by a figure of the injured that their article
	// alone gives, are the injured told in other words ("left 21 people
	// in hospital", "injuring 21 people").
	if h, v := slots["count:hospital"], slots["q:injured"]; h != nil && v != nil && len(h.order) == 1 {
		if nv, ok := numbers(v); ok {
			fig, _ := keyFigure(h.order[0])
			for d := range h.seen {
				if val := nv[fig]; val != "" && !v.seen[d] {
					v.add(d, val)
				}
			}
		}
	}
	var all []*variants
	for _, k := range order {
		v := slots[k]
		if strings.HasPrefix(k, "d:f") {
			v = a.contemporary(v) // a fact's days in reports weeks apart are of other events
		} else if !strings.HasPrefix(k, "d:") {
			v = a.contemporary(dropBoth(v, stated))
			if (strings.HasPrefix(k, "count:") || strings.HasPrefix(k, "sum:")) && !sizesClose(v) {
				// "1,400 customers on its priority register" and
				// "600,000 customers across the region" are two counts;
				// "a compensation scheme worth £60 million" and "the
				// £3.4 billion scheme" two sums.
				continue
			}
		}
		all = append(all, v)
	}
	// Then the slots of counted nouns and of figures aligned by their
	// context, which may hold what a slot above holds, and more.
	all = append(all, a.nounSlots(counts, countOrder)...)
	// Times of day, in any sentence.
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		for _, q := range a.clockTimes(i) {
			if f, ok := a.figureAt(i, q, weights); ok && !a.otherYear(i, q.Start) {
				figs = append(figs, f)
			}
		}
	}
	all = append(all, a.alignedSlots(figs, stated)...)
	all = append(all, a.residualSlots(figs)...)
	all = append(all, a.firstTimeSlot(figs, all)...)
	var out []storyline.Discrepancy
	for _, v := range dedupe(all) {
		a.widenSlot(v, figs, stated)
		if d, ok := a.discrepancy(v); ok {
			out = append(out, d)
		}
	}
	return out
}

// runningGap is the least time between reports of a story that makes the
// values they give for one thing successive states of it, not a
// disagreement: a toll a month on, a turnout in the next election.
const runningGap = 7 * 24 * time.Hour

// contemporary keeps of v the articles that disagree with another
// published within runningGap of it (chained), so that a figure reported
// again weeks later is not set against the first report. Undated articles
// are kept with any that are.
func (a *analysis) contemporary(v *variants) *variants {
	type dv struct {
		d   int
		val string
		at  time.Time
	}
	var dated, undated []dv
	for _, val := range v.order {
		for d := range v.docs[val] {
			x := dv{d, val, a.ref[d]}
			if x.at.IsZero() {
				undated = append(undated, x)
			} else {
				dated = append(dated, x)
			}
		}
	}
	sort.Slice(dated, func(i, j int) bool {
		return dated[i].at.Before(dated[j].at) || dated[i].at.Equal(dated[j].at) && dated[i].d < dated[j].d
	})
	keep := map[int]bool{}
	for start := 0; start < len(dated); {
		end := start + 1
		for end < len(dated) && dated[end].at.Sub(dated[end-1].at) <= runningGap {
			end++
		}
		vals := map[string]bool{}
		for _, x := range dated[start:end] {
			vals[x.val] = true
		}
		if len(vals) > 1 {
			for _, x := range dated[start:end] {
				keep[x.d] = true
			}
		}
		start = end
	}
	if len(keep) > 0 || len(dated) == 0 {
		for _, x := range undated {
			keep[x.d] = true
		}
	}
	if len(keep) == len(dated)+len(undated) {
		return v
	}
	out := newVariants(v.about)
	out.shown, out.sents = v.shown, v.sents
	for _, val := range v.order {
		for _, d := range sortedKeys(v.docs[val]) {
			if keep[d] {
				out.add(d, val)
			}
		}
	}
	return out
}

// sameDated reports whether dates di of sentence i and dj of sentence j
// date the same thing: whether the words around them share a content word.
// Two reports of a deal may date its announcement ("the firms said on
// Monday") and the share price it is based on ("Friday's closing price")
// in sentences that are otherwise alike.
func (a *analysis) sameDated(i int, di Date, j int, dj Date) bool {
	if !a.bothCouldTell(i, di, j, dj) || a.forecast(i) || a.forecast(j) || ordinalsDiffer(a.low[i], a.low[j]) {
		return false
	}
	ci, cj := a.dateContext(i, di), a.dateContext(j, dj)
	for _, w := range ci {
		if slices.Contains(cj, w) {
			return true
		}
	}
	return false
}

// bothCouldTell reports whether the reports of sentences i and j could
// both tell of one event dated di by one and dj by the other. A past event
// is known to a report only once it has happened: when one report gives a
// past date later than the other report's publication, they tell of two
// events ("on Monday" in two reports a week apart), not one. A date still
// to come in both (a planned summit) may differ between any reports.
func (a *analysis) bothCouldTell(i int, di Date, j int, dj Date) bool {
	pi, pj := a.ref[a.c.Sents[i].Doc], a.ref[a.c.Sents[j].Doc]
	if pi.IsZero() || pj.IsZero() {
		return true
	}
	ti, tj := dateStart(di.Value), dateStart(dj.Value)
	day := 24 * time.Hour
	pastI, pastJ := !ti.After(pi.Add(day)), !tj.After(pj.Add(day))
	if pastI != pastJ {
		return false
	}
	if !pastI {
		return true
	}
	first := pi
	if pj.Before(first) {
		first = pj
	}
	return !ti.After(first.Add(day)) && !tj.After(first.Add(day))
}

// sameBefore reports whether the content words just before dates di of
// sentence i and dj of sentence j share one: what happened then, not who
// said so after ("the company said").
func (a *analysis) sameBefore(i int, di Date, j int, dj Date) bool {
	ci := a.dateContext(i, Date{Start: di.Start, End: len(a.c.Sents[i].Text)})
	cj := a.dateContext(j, Date{Start: dj.Start, End: len(a.c.Sents[j].Text)})
	for _, w := range ci {
		if slices.Contains(cj, w) {
			return true
		}
	}
	return false
}

// dateContext returns the stems of the content words just before and
// after date d in sentence i.
func (a *analysis) dateContext(i int, d Date) []string {
	const before, after = 4, 3
	var out []string
	toks, low := a.toks[i], a.low[i]
	k := 0
	for k < len(toks) && toks[k].End <= d.Start {
		k++
	}
	add := func(t int) {
		w := low[t]
		if len(w) > 2 && !text.IsStopword(w) && !calendarWords[w] && unicode.IsLetter(rune(w[0])) {
			out = append(out, stem.Porter(stripPossessive(w)))
		}
	}
	for t := k - 1; t >= 0 && t >= k-before; t-- {
		add(t)
	}
	e := k
	for e < len(toks) && toks[e].Start < d.End {
		e++
	}
	for t := e; t < len(toks) && t < e+after; t++ {
		add(t)
	}
	return out
}

// aboutUnits names the slots of the units that are not plain counts.
var aboutUnits = map[string]string{
	"dead": "death toll", "injured": "number injured", "ill": "number who fell ill", "minute": "duration", "month": "duration",
	"percent": "percentage", "age": "age", "usd": "sum", "eur": "sum", "gbp": "sum",
}

// otherYear reports whether the quantity at byte at of sentence i is
// dated before its article's time, by more than runningGap: by a date
// before it ("in 2009, when eleven died", "a one-day strike in June"), or
// just after it, not by a comparison further on ("64%, well up on four
// years ago"). A value for a time to come ("a 4% rise for next year") is
// what is planned now, and is compared.
func (a *analysis) otherYear(i, at int) bool {
	ref := a.ref[a.c.Sents[i].Doc]
	if ref.IsZero() {
		return false
	}
	for _, d := range a.dates(i) {
		// A date a few words on dates the value ("eleven died in
		// 2009", "a one-day strike in June"), unless it is what the
		// value is compared with ("7% from the same period last year").
		if d.Start > at+30 || d.Start > at && a.comparedWith(i, d.Start) {
			continue
		}
		// "who has held the seat since 2010": the start of a span up to
		// now, which dates nothing else.
		// A date inside a clause set off by commas before the value
		// dates that clause: "The painting, completed in 1874 and
		// valued at 6 million pounds, was damaged at 11:40".
		if txt := a.c.Sents[i].Text; d.End <= at && strings.IndexByte(txt[d.End:at], ',') >= 0 {
			// (The clause opens a few words before the date, after a
			// comma: not the dateline's.)
			if c := strings.LastIndexByte(txt[:d.Start], ','); c > datelineEnd(txt) && d.Start-c <= 80 {
				continue
			}
		}
		// ("the biggest seizure since 2016, when officers found 900
		// kilograms": the year of what "when" tells.)
		before := strings.TrimRight(a.c.Sents[i].Text[:d.Start], " ")
		if strings.HasSuffix(before, " since") && !strings.HasPrefix(a.c.Sents[i].Text[d.End:], ", when ") {
			continue
		}
		// "Vantlo was founded in 2019 ... and employs 140 people": when
		// something began, which dates nothing else.
		if w, ok := strings.CutSuffix(before, " in"); ok && d.Start < at && foundingWords[strings.ToLower(w[strings.LastIndexByte(w, ' ')+1:])] {
			continue
		}
		t := dateStart(d.Value)
		if t.IsZero() {
			continue
		}
		// The end of the period the date names: a year, a month or a day.
		var end time.Time
		switch len(d.Value) {
		case 4:
			end = t.AddDate(1, 0, 0)
		case 7, 10:
			// A month or a day after a value dates it when it says when
			// it happened ("a one-day strike in June"), not the period
			// a figure covers ("net profit for July to September"); one
			// before it dates something else ("convicted in July of
			// defrauding investors of $16 million").
			// A date with its year that opens the sentence dates all of
			// it ("In December 2023 an outbreak forced the closure of
			// two wards"; not "In October the trust said that tolls
			// would rise").
			opens := (before == "" || strings.EqualFold(before, "in") || strings.EqualFold(before, "back in")) && strings.ContainsAny(d.Text, "0123456789")
			if d.Start < at && !opens || d.Start > at && !a.happenedOn(i, d.Start) {
				continue
			}
			end = t.AddDate(0, 1, 0)
			if len(d.Value) == 10 {
				end = t.AddDate(0, 0, 1)
			}
		default:
			continue
		}
		if end.Before(ref.Add(-runningGap)) {
			return true // "a one-day strike in June", in October
		}
	}
	return false
}

// givesBoth reports whether article di, which gives count p, also gives
// count q of dj, in any unit or bare, or dj gives p: an article that
// gives both disagrees with neither ("enrol 150 men, and 86 have so far
// been operated on"). Small counts (under 10) come up by chance, and are
// not looked for.
func (a *analysis) givesBoth(di, dj int, p, q Quantity) bool {
	return isCount(p) && isCount(q) && p.Value >= 10 && q.Value >= 10 && (a.docGives(dj, p.Value) || a.docGives(di, q.Value))
}

// givesFigure reports whether the words low give figure v, counting
// anything or bare ("187 opposed it and 12 abstained").
func givesFigure(low []string, v float64) bool {
	for k := range low {
		if x, _, _, ok := readNumber(low, k); ok && x == v {
			return true
		}
	}
	return false
}

// foundingWords before "in" and a year say when something began.
var foundingWords = set("founded", "established", "formed", "created", "built", "launched", "opened", "incorporated")

func aboutUnit(u string) string {
	if s, ok := aboutUnits[u]; ok {
		return s
	}
	return "number of " + u
}

// sameLength reports whether value key val (see valueKey) and q are one
// length of time, in weeks or months (see weeksAsMonths).
func sameLength(val string, q Quantity) bool {
	x, ok := keyValue(val)
	_, unit := keyFigure(val)
	if !ok {
		return false
	}
	p, r := weeksAsMonths(Quantity{Value: x, Unit: unit}), weeksAsMonths(q)
	return p.Unit == r.Unit && p.Value == r.Value
}

// weeksAsMonths returns a length of four weeks or more in months when it
// is, within a tenth, a whole or half number of them: "six weeks" and "a
// month and a half" are one length, and so are "13 weeks" and "three
// months". Other lengths are returned as they are.
func weeksAsMonths(q Quantity) Quantity {
	const week, weeksInMonth = 10080, 52.0 / 12
	if q.Unit != "minute" || q.Value < 4*week || math.Mod(q.Value, week) != 0 {
		return q
	}
	m := q.Value / week / weeksInMonth
	half := math.Round(m*2) / 2
	if math.Abs(m-half) > 0.1*half {
		return q
	}
	q.Unit, q.Value = "month", half
	return q
}

// valueKey is the value of q in its canonical unit, to tell equal
// amounts written differently.
func valueKey(q Quantity) string {
	return numKey(q.Value) + " " + q.Unit
}

// keyFigure returns the figure a value key (see valueKey) starts with,
// and the unit after it.
func keyFigure(val string) (figure, unit string) {
	figure, unit, _ = strings.Cut(val, " ")
	return figure, unit
}

// keyValue returns the number a value key gives, or false for a key
// that gives none (a date, a name).
func keyValue(val string) (float64, bool) {
	n, _ := keyFigure(val)
	x, err := strconv.ParseFloat(n, 64)
	return x, err == nil
}

func formatQuantity(q Quantity) string {
	if q.Unit == clockUnit {
		return formatClock(q.Value)
	}
	if strings.Contains(q.Text, ":") {
		// A race time reads as written.
		return q.Text
	}
	n := strconv.FormatFloat(q.Value, 'f', -1, 64)
	if q.Value >= 1e6 && q.Value < 1e15 && strings.Contains(strings.ToLower(q.Text), "illion") {
		// "4.2 million" as written, not 4,200,000.
		n = strconv.FormatFloat(q.Value/1e6, 'f', -1, 64) + " million"
		if q.Value >= 1e9 {
			n = strconv.FormatFloat(q.Value/1e9, 'f', -1, 64) + " billion"
		}
	} else if q.Value >= 1000 && q.Value == math.Trunc(q.Value) && q.Value < 1e15 {
		n = groupThousands(int64(q.Value)) // "41,200" reads better than 41200
	}
	switch q.Unit {
	case "dead", "injured", "age":
		return n
	case "minute":
		switch m := int64(q.Value); {
		case q.Value != math.Trunc(q.Value):
		case m%10080 == 0 && (strings.Contains(q.Text, "week") || strings.Contains(q.Text, "fortnight")):
			// "a fortnight", "three weeks": told in weeks, shown so.
			if m == 10080 {
				return "1 week"
			}
			return strconv.FormatInt(m/10080, 10) + " weeks"
		case m >= 3*1440 && m%1440 == 0:
			return strconv.FormatInt(m/1440, 10) + " days"
		case m >= 60 && m%60 == 0:
			return strconv.FormatInt(m/60, 10) + " hours"
		case m > 120 && m < 1440 && strings.Contains(q.Text, "hour"):
			// "9 hours 47 minutes", told so.
			return strconv.FormatInt(m/60, 10) + " hours " + strconv.FormatInt(m%60, 10) + " minutes"
		}
		return n + " minutes"
	case "month":
		if m := int64(q.Value); q.Value == math.Trunc(q.Value) && m >= 12 && m%12 == 0 {
			return strconv.FormatInt(m/12, 10) + " years"
		}
		return n + " months"
	case "percent":
		return n + "%"
	case "km/h", "mph":
		return n + " " + q.Unit
	case "kilogram":
		if t := q.Value / 1000; strings.Contains(strings.ToLower(q.Text), "tonne") {
			// "1.26 tonnes": told in tonnes, shown so.
			n = strconv.FormatFloat(t, 'f', -1, 64)
			if t >= 1000 && t == math.Trunc(t) && t < 1e15 {
				n = groupThousands(int64(t))
			}
			return n + " tonnes"
		}
		return n + " kilograms"
	case "hectare", "acre", "kilometre", "metre", "mile", "litre", "foot":
		return n + " " + plural(q.Unit) // "3,200 hectares"
	case "usd", "eur", "gbp":
		// One form for sums however written: "2.5 million euros" and
		// "€2.5 million" are both "€2.5 million".
		switch {
		case q.Value >= 1e9 && q.Value < 1e15:
			n = strconv.FormatFloat(q.Value/1e9, 'f', -1, 64) + " billion" // "£4.2bn" too
		case q.Value >= 1e6 && q.Value < 1e15:
			n = strconv.FormatFloat(q.Value/1e6, 'f', -1, 64) + " million" // "£4.2m" too
		case q.Value != math.Trunc(q.Value):
			n = strconv.FormatFloat(q.Value, 'f', 2, 64) // "$27.50"
		}
		return currencySigns[q.Unit] + n
	}
	return n
}

// currencySigns write the units of sums.
var currencySigns = map[string]string{"usd": "$", "eur": "€", "gbp": "£"}

// shortText is the first words of a sentence, to name what a discrepancy
// is about.
func shortText(s string) string {
	f := strings.Fields(s)
	if len(f) > 10 {
		return strings.Join(f[:10], " ") + " …"
	}
	return s
}

func sortedKeys[V any](m map[int]V) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

// surnameOf reports whether the one-word mention m is the surname of its
// entity, which article d also names in full.
func (a *analysis) surnameOf(m mention, d int) bool {
	e := a.ents[m.ent]
	if len(m.toks) != 1 || len(e.toks) < 2 || m.toks[0] != e.toks[len(e.toks)-1] {
		return false
	}
	// Named in full, and no one else of that surname is ("Eli Brisk"
	// and "Jonah Brisk": "Brisk, 29," may be either).
	full := false
	for _, i := range a.docs[d] {
		for _, o := range a.mentions[i] {
			if o.ent < 0 || len(o.toks) < 2 {
				continue
			}
			if o.ent == m.ent {
				full = true
			} else if o.toks[len(o.toks)-1] == m.toks[0] && a.ents[o.ent].kind == Person {
				return false
			}
		}
	}
	return full
}

// ageBefore returns the age that the text before a name gives:
// "27-year-old Mathis Orlandi", "the 44-year-old founder and chief
// executive, Ingrid Solvey". Only title words may come between.
func ageBefore(before string) (int, bool) {
	before = strings.TrimSuffix(strings.TrimRight(before, " "), ",")
	f := strings.Fields(before)
	k := len(f) - 1
	for k >= 0 && len(f)-1-k < 5 {
		w := strings.ToLower(strings.TrimSuffix(f[k], ","))
		// "46-year-old mountain guide": words in lower case that say
		// what the person is, short of a verb or a clause.
		// A word in -ed is a verb just before the name ("a 40-year-old
		// man attacked Dag Ostrem"), an adjective before another word
		// that describes ("the 38-year-old armed robber Dag Ostrem").
		describes := f[k] == w && isWord(w) && !text.IsStopword(w) && (!strings.HasSuffix(w, "ed") || k < len(f)-1) && !strings.HasSuffix(w, "-year-old") ||
			// "26-year-old Dane Mattias Korsgaard": a nationality just
			// before the name.
			k == len(f)-1 && isCap(f[k]) && isDemonym(f[k])
		// "and" joins roles ("founder and chief executive, "), but
		// just before the name it joins another person: "The
		// 19-year-old grandmaster and Brannick".
		if !titleWords[w] && !isRoleHead(w) && !rankWords[w] && (w != "and" || k == len(f)-1) && !describes {
			break
		}
		k--
	}
	if k < 0 {
		return 0, false
	}
	return yearOld(f[k])
}

// namedAsAge returns the age that the description before "named as"
// gives the name after it: "A 74-year-old man from Pellbury, named
// locally as Desmond Hale", "a 62-year-old retired surveyor named as
// Malcolm Penrose".
func namedAsAge(before string) (int, bool) {
	f := strings.Fields(before)
	k := len(f) - 1
	if k < 2 || f[k] != "as" {
		return 0, false
	}
	k--
	if f[k] == "locally" || f[k] == "formally" {
		k--
	}
	if k < 1 || f[k] != "named" && f[k] != "identified" {
		return 0, false
	}
	// The description, of at most eight words, with no other name in
	// it ("a 30-year-old man who had been with Ewan Kerr, named as").
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := strings.TrimSuffix(f[j], ",")
		if age, ok := yearOld(w); ok {
			return age, true
		}
		if j < k-1 && isCap(w) && j+1 < len(f) && isCap(f[j+1]) {
			return 0, false
		}
	}
	return 0, false
}

// nationals are the names of nationals that no ending gives (see
// isDemonym).
var nationals = set("dane", "briton", "swede", "finn", "pole", "scot", "turk", "czech", "greek", "thai", "swiss", "spaniard",
	"frenchman", "frenchwoman", "dutchman", "dutchwoman", "englishman", "englishwoman", "irishman", "irishwoman",
	"welshman", "welshwoman", "scotsman", "scotswoman", "icelander")

// yearOld reads an age written as one word: "27-year-old".
func yearOld(w string) (int, bool) {
	n, ok := strings.CutSuffix(strings.ToLower(w), "-year-old")
	if !ok {
		return 0, false
	}
	// "Seven-year-old Alfie Ferrier", "a twenty-six-year-old".
	if age, ok := wordAge(n); ok {
		return age, true
	}
	if !isAge(n) {
		return 0, false
	}
	age, _ := strconv.Atoi(n)
	return age, true
}

// wordAge reads an age written in words, in lower case: "seven",
// "twenty-six" (not "dozen").
func wordAge(w string) (int, bool) {
	v, ok := wordNumber(w)
	if !ok || v < 1 || v >= 120 || v != math.Trunc(v) || w == "dozen" {
		return 0, false
	}
	return int(v), true
}

// appositionAge returns the age that the text after a name gives in
// apposition: ", 34," or ", 34." — a number a person's age could be,
// alone between commas or ending the sentence.
func appositionAge(after string) (int, bool) {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return 0, false
	}
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 || !isAge(rest[:n]) {
		return 0, false
	}
	// "The driver, aged 47 and from Ledsham,".
	if n < len(rest) && rest[n] != ',' && rest[n] != '.' && rest[n] != ';' && !strings.HasPrefix(rest[n:], " and ") {
		return 0, false
	}
	age, _ := strconv.Atoi(rest[:n])
	return age, true
}

// landingVerbs tell where an aircraft came down: a story of a flight has
// one landing.
var landingVerbs = set("landed", "landing", "diverted", "redirected")

// flightWords name what flies, or where it lands.
var flightWords = set("plane", "planes", "jet", "jets", "aircraft", "airliner", "helicopter", "flight", "flights",
	"airport", "airfield", "airstrip", "runway", "pilot", "pilots", "drone", "balloon", "jetliner", "airbus", "boeing")

// downVerbs before "down" make it a landing: "touched down", "forced down".
var downVerbs = set("touched", "forced", "came", "brought", "put")

// originVerbs tell where a fire, an outbreak or a riot started: a story
// has one start, so its place is a slot of the whole story.
var originVerbs = set("started", "broke", "began", "erupted", "ignited", "originated")

// originNouns are faults whose place is where a failure started.
var originNouns = set("fault", "malfunction", "breach", "rupture")

// storyStarts are the things whose start is a story's: "the fire broke
// out near Ovelda", not "violence broke out at the end of the route".
var storyStarts = set("fire", "blaze", "wildfire", "outbreak", "epidemic", "riot", "riots", "protest",
	"march", "strike", "walkout", "unrest", "flooding", "eruption", "it", "they", "blackout", "outage", "problem",
	"fault", "failure", "leak", "spill", "attack", "collapse", "explosion", "blast")

// startsStory reports whether the verb of starting at token k of low has
// for subject the story's event or a pronoun standing for it.
func startsStory(low []string, k int) bool {
	j := k - 1
	for j >= 0 && (low[j] == "that" || low[j] == "which" || low[j] == "had" || low[j] == "has" || low[j] == "have" || low[j] == "first") {
		j--
	}
	return j >= 0 && storyStarts[low[j]]
}

// vesselNouns name a vessel whose name may follow them: "the passenger
// ferry Merrin Bay".
var vesselNouns = set("ferry", "ship", "vessel", "boat", "yacht", "tanker", "trawler", "liner", "tug", "freighter", "barge",
	"lifeboat", "cruiser", "steamer")

// lastWord returns the last word of s, without the spaces after it.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// placeSlot is a place a story has one of, whose value is the first
// place named within reach bytes after an anchor word (at returns its
// token, or -1), in the same clause.
type placeSlot struct {
	about string
	reach int
	at    func(low []string) int
	// route: the end of a route ("from Port Aldwick to Tollan") is not
	// the place, as it is where a diverted flight went.
	route bool
}

// placeSlots are compared across the story, however differently the
// sentences that give them are worded: "the epicentre was near Dunmere",
// "placed the epicentre close to Pelling"; "broke out on Saturday in
// scrubland near the village of Ovelda"; "landed safely at Hestwick
// Airport", "forced down at Saltmere Airport".
var placeSlots = []placeSlot{
	{"place of the epicentre", 40, func(low []string) int { return slices.Index(low, "epicentre") }, false},
	{"place of the epicenter", 40, func(low []string) int { return slices.Index(low, "epicenter") }, false},
	{"place where it started", 80, func(low []string) int {
		k := slices.IndexFunc(low, func(w string) bool { return originVerbs[w] })
		if k >= 0 && !startsStory(low, k) {
			return -1
		}
		if k < 0 {
			// "after a fault at the Hollins Cross substation": where a
			// fault is, the failure started.
			for j := 0; j+1 < len(low); j++ {
				if originNouns[low[j]] && (low[j+1] == "at" || low[j+1] == "in") {
					return j
				}
			}
		}
		return k
	}, true},
	{"place where it landed", 60, func(low []string) int {
		// A crane "came down" and a boom "landed on" a ship: only
		// what flies lands.
		if !anyOf(flightWords, low) {
			return -1
		}
		// The verb that says where it went ("which put down at
		// Ostcastle Airport"), before one that does not ("Among the
		// diverted aircraft was ...").
		first := -1
		for j, w := range low {
			if landingVerbs[w] || w == "down" && j > 0 && downVerbs[low[j-1]] || w == "up" && j > 0 && low[j-1] == "ended" {
				if slices.ContainsFunc(low[j+1:min(len(low), j+4)], func(p string) bool { return p == "at" || p == "to" || p == "in" }) {
					return j
				}
				if first < 0 {
					first = j
				}
			}
		}
		return first
	}, false},
}

// placeAfter returns the value of slot in sentence i, or "".
func (a *analysis) placeAfter(i int, slot placeSlot) string {
	k := slot.at(a.low[i])
	if k < 0 {
		return ""
	}
	text := a.c.Sents[i].Text
	at := a.toks[i][k].End
	// "at the Darrow Fen substation, ..., where Monday's blackout
	// began": the place is the last one named before "where".
	if w := slices.Index(a.low[i][max(0, k-4):k], "where"); w >= 0 {
		where := a.toks[i][max(0, k-4)+w].Start
		p := ""
		for _, m := range a.mentions[i] {
			if m.end <= where && where-m.end <= slot.reach && m.ent >= 0 && a.ents[m.ent].kind == Place &&
				!strings.ContainsAny(text[m.end:where], ";") {
				p = a.ents[m.ent].name
			}
		}
		return p
	}
	for _, m := range a.mentions[i] {
		if m.start <= at || m.start-at > slot.reach || strings.ContainsAny(text[at:m.start], ",;") {
			continue
		}
		// "diverted ... flight SR218 from Porto Lemos, which put down
		// at": where it came from is no place it went; "during
		// Saturday's crossing from Port Aldwick to Tollan" names a route,
		// and "the passenger ferry Merrin Bay" a vessel.
		before := text[:m.start]
		if strings.HasSuffix(before, " from ") || slot.route && strings.HasSuffix(before, " to ") && strings.Contains(text[at:m.start], " from ") ||
			vesselNouns[strings.ToLower(lastWord(before))] {
			continue
		}
		if m.ent >= 0 && a.ents[m.ent].kind == Place && !settlementWords[a.nounAfter(i, m.end)] {
			// "diverted to Castlebury and Port Alven": several places,
			// none of them the one.
			if a.placeListed(i, m.end) {
				return ""
			}
			return a.ents[m.ent].name
		}
	}
	return ""
}

// ageDiscrepancies notes, through note, the ages given to each person in
// apposition ("Owen Tallis, 34,"): a slot of that person. Ages given in
// reports a year or more apart differ by the time between them, so when
// the reports are dated the years of birth they imply are compared. The
// ages reports give people they do not name (unnamed, in unnamedOrder:
// see unnamedAgesGiven) join a person named elsewhere by the same role.
func (a *analysis) ageDiscrepancies(note func(key, about string, d int, val string), unnamed map[unnamedAge]map[int]bool, unnamedOrder []unnamedAge) {
	type given struct {
		d, age, born int
	}
	byEnt := map[int][]given{}
	var order []int
	add := func(e, d, age int) {
		g := given{d: d, age: age, born: -age}
		if p := a.c.Articles[d].Published; !p.IsZero() {
			g.born += p.Year()
		} else {
			g.born = math.MinInt // undated: compared by age alone
		}
		if byEnt[e] == nil {
			order = append(order, e)
		}
		byEnt[e] = append(byEnt[e], g)
	}
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		// "The 27-year-old was sent off in the 34th minute": the person
		// the sentence before named.
		if age, head, ok := a.openingAge(i); ok && i > 0 && a.c.Sents[i-1].Doc == s.Doc && !a.c.Sents[i-1].Heading {
			if e := a.describedBy(head, s.Doc, a.antecedent(i)); e >= 0 {
				add(e, s.Doc, age)
			}
		}
		// "Police charged a 49-year-old man with criminal damage.
		// Declan Forsythe, of Kelsholme, will appear in court": the man
		// the next sentence names first.
		if age, e := a.namedNext(i); e >= 0 {
			add(e, s.Doc, age)
		}
		for _, m := range a.mentions[i] {
			// A bare name ("Evan, 10,") may be another person of that
			// name: only a full one gives its bearer an age.
			// A surname alone is its bearer's when the article names
			// the bearer in full ("Solvey, 46," after "Ingrid Solvey").
			if m.ent < 0 || a.ents[m.ent].kind != Person || len(m.toks) < 2 && !a.surnameOf(m, s.Doc) {
				continue
			}
			age, ok := appositionAge(s.Text[m.end:])
			if !ok {
				age, ok = agedAfter(s.Text[m.end:])
			}
			if !ok {
				age, ok = ageBefore(s.Text[:m.start])
			}
			if !ok {
				age, ok = namedAsAge(s.Text[:m.start])
			}
			if !ok && a.onePerson(i) {
				// "When Declan Moyle heard the news, the 71-year-old
				// pulled on his boots": the sentence's one person.
				age, ok = theYearOldLater(s.Text[m.end:])
			}
			if !ok {
				continue
			}
			add(m.ent, s.Doc, age)
		}
	}
	// "The coach's 58-year-old driver", in an article that names no
	// driver, is the one driver other articles name ("The driver, Livio
	// Marchesan, is 61").
	if a.nounsBeside == nil {
		a.nounsBeside = a.besideNames()
	}
	for _, g := range unnamedOrder {
		owners := a.nounsBeside[g.noun]
		if !roleAgeNouns[g.noun] || len(unnamed[g]) != 1 || len(owners) != 1 || a.ents[owners[0]].docs[g.d] || byEnt[owners[0]] == nil {
			continue
		}
		for n := range unnamed[g] {
			add(owners[0], g.d, n)
		}
	}
	for _, e := range order {
		gs := byEnt[e]
		lo, hi := gs[0], gs[0]
		dated := true
		for _, g := range gs {
			if g.born == math.MinInt {
				dated = false
			}
			if g.age < lo.age {
				lo = g
			}
			if g.age > hi.age {
				hi = g
			}
		}
		if lo.age == hi.age {
			continue
		}
		if dated {
			bl, bh := gs[0].born, gs[0].born
			for _, g := range gs {
				bl, bh = min(bl, g.born), max(bh, g.born)
			}
			if bh-bl <= 1 {
				continue // one birthday apart, in reports a year apart
			}
		}
		ent := a.ents[e]
		for _, g := range gs {
			note("age:"+ent.key, "age of "+ent.name, g.d, strconv.Itoa(g.age))
		}
	}
}

// unnamedAges notes, through note, the age each article gives a person
// it does not name, by what the person is: "a 19-year-old man had been
// arrested", "a 22-year-old local man, arrested on Monday". An article
// that gives two ages for one kind of person ("a 45-year-old man died
// ... a 19-year-old man was arrested") gives none. ages and order are
// unnamedAgesGiven's.
func (a *analysis) unnamedAges(note func(key, about string, d int, val string), ages map[unnamedAge]map[int]bool, order []unnamedAge) {
	for _, key := range order {
		if len(ages[key]) != 1 {
			continue
		}
		for n := range ages[key] {
			note("uage:"+key.noun, "age of the "+key.noun, key.d, strconv.Itoa(n))
		}
	}
}

// unnamedAge is a person an article gives an age without a name, by
// what the person is.
type unnamedAge struct {
	d    int
	noun string
}

// unnamedAgesGiven returns the ages each article gives people it does not
// name, by article and noun, in the order first given (see unnamedAges).
func (a *analysis) unnamedAgesGiven() (map[unnamedAge]map[int]bool, []unnamedAge) {
	type age = unnamedAge
	ages := map[age]map[int]bool{}
	var order []age
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		toks, low := a.toks[i], a.low[i]
		record := func(noun string, n int) {
			key := age{s.Doc, singular(noun)}
			if ages[key] == nil {
				ages[key] = map[int]bool{}
				order = append(order, key)
			}
			ages[key][n] = true
		}
		for k := 1; k < len(toks); k++ {
			// "The driver, 52,", "the driver, aged 61,", "The driver, a
			// 58-year-old man,": the one of that role in the story.
			if roleAgeNouns[low[k]] && definite[low[k-1]] {
				n, ok := appositionAge(s.Text[toks[k].End:])
				if !ok {
					n, ok = agedAfter(s.Text[toks[k].End:])
				}
				if ok {
					record(low[k], n)
					continue
				}
			}
			n, ok := yearOld(low[k])
			// "the 61-year-old driver", "Its 47-year-old driver", "The
			// coach's 58-year-old driver".
			if ok && (definite[low[k-1]] || ownerSuffix(low[k-1]) && k >= 2 && definite[low[k-2]]) && k+1 < len(toks) && roleAgeNouns[low[k+1]] && s.Text[toks[k].End:toks[k+1].Start] == " " &&
				(k < 2 || s.Text[toks[k-2].End:toks[k-1].Start] != ", ") {
				record(low[k+1], n)
				continue
			}
			if !ok || low[k-1] != "a" && low[k-1] != "an" {
				continue
			}
			// The person's noun, after at most three words that
			// describe ("a 22-year-old local man", "a 19-year-old
			// second-year computer science student"), with no name
			// after it.
			for j := k + 1; j < len(toks) && j <= k+4 && !isCap(toks[j].Text) && s.Text[toks[j-1].End:toks[j].Start] == " "; j++ {
				// "a 16-year-old boy's death": the boy's.
				noun := stripPossessive(low[j])
				if !personNoun(noun) {
					continue
				}
				if j+1 < len(toks) && isCap(toks[j+1].Text) && !strings.ContainsAny(s.Text[toks[j].End:toks[j+1].Start], ",;") {
					break // "a 46-year-old mountain guide Matthias Rüegger"
				}
				record(noun, n)
				break
			}
		}
	}
	return ages, order
}

// roleAgeNouns name a person by a role the story has one of, whose age
// "the driver, 52," gives without a name.
var roleAgeNouns = set("driver", "pilot", "skipper", "motorist", "cyclist", "rider", "gunman")

// definite are the words before a noun that say which one: "the
// driver", "its driver".
var definite = set("the", "its", "their")

// personNoun reports whether w, in lower case, names a person by what
// they are ("man", "passengers", "firefighter").
func personNoun(w string) bool { return unnamedHeads[w] || humanNouns[stem.Porter(w)] }

// unnamedHeads are nouns for a person whom a report need not name.
var unnamedHeads = set("man", "woman", "boy", "girl", "teenager", "youth", "suspect", "guard", "pensioner", "cyclist",
	"pedestrian", "motorist", "mother", "father", "grandmother", "grandfather")

// locativeBefore returns the token index of the "in" or "at" (then
// perhaps "the") that comes just before byte at of sentence i, or -1.
func (a *analysis) locativeBefore(i, at int) int {
	for k, t := range a.toks[i] {
		if t.Start != at {
			continue
		}
		if k > 0 && a.low[i][k-1] == "the" {
			k--
		}
		if k > 0 && (a.low[i][k-1] == "in" || a.low[i][k-1] == "at") {
			return k - 1
		}
		return -1
	}
	return -1
}

// groupThousands writes n with commas between groups of three digits.
func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// affiliationDiscrepancies reports people whom reports of one week give to
// different organisations: "Tobias Wrenfield of the Liberal Federation",
// "the Liberal Federation candidate, Tobias Wrenfield", "Tobias Wrenfield
// of the Citizens' Party".
func (a *analysis) affiliationDiscrepancies() []storyline.Discrepancy {
	byPerson := map[int]*variants{}
	var order []int
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		ms := a.mentions[i]
		for k, m := range ms {
			if m.ent < 0 || a.ents[m.ent].kind != Person || len(m.toks) < 2 {
				continue
			}
			org := -1
			// "X of the Org": the next mention, after " of the ".
			if k+1 < len(ms) && ms[k+1].ent >= 0 && a.ents[ms[k+1].ent].kind == Organization &&
				strings.EqualFold(s.Text[m.end:ms[k+1].start], " of the ") {
				org = ms[k+1].ent
			}
			// "the Org candidate, X": the mention before, a role between.
			if org < 0 && k > 0 && ms[k-1].ent >= 0 && a.ents[ms[k-1].ent].kind == Organization {
				between := strings.TrimSpace(strings.ToLower(s.Text[ms[k-1].end:m.start]))
				if affiliationRoles[strings.TrimSuffix(between, ",")] {
					org = ms[k-1].ent
				}
			}
			if org < 0 {
				continue
			}
			v := byPerson[m.ent]
			if v == nil {
				v = newVariants("party or body of " + a.ents[m.ent].name)
				byPerson[m.ent] = v
				order = append(order, m.ent)
			}
			v.add(s.Doc, a.ents[org].name)
		}
	}
	var out []storyline.Discrepancy
	for _, e := range order {
		if d, ok := a.discrepancy(a.contemporary(byPerson[e])); ok {
			out = append(out, d)
		}
	}
	return out
}

// affiliationRoles, between a body's name and a person's, make the person
// the body's: "the Liberal Federation candidate, Tobias Wrenfield".
var affiliationRoles = set("candidate", "leader", "member", "chairman", "chair", "spokesman",
	"spokeswoman", "mp", "senator", "councillor", "lawmaker", "nominee")

// happenedOn reports whether the date at byte at of sentence i follows
// "in" or "on": when something happened.
func (a *analysis) happenedOn(i, at int) bool {
	for k, t := range a.toks[i] {
		if t.Start == at {
			return k > 0 && (a.low[i][k-1] == "in" || a.low[i][k-1] == "on")
		}
	}
	return false
}

// comparedWith reports whether the date at byte at of sentence i is a
// baseline: "from", "than", "over" or "compared" a few words before it.
func (a *analysis) comparedWith(i, at int) bool {
	for k, t := range a.toks[i] {
		if t.Start != at {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			switch a.low[i][m] {
			case "from", "than", "over", "compared", "versus":
				return true
			}
		}
		return false
	}
	return false
}

// agedAfter returns the age a name's apposition gives with "aged": ",
// aged 51,".
func agedAfter(after string) (int, bool) {
	rest, ok := strings.CutPrefix(after, ", aged ")
	if !ok {
		// "Velk, who is 43, is described as the eldest"; "The driver,
		// Livio Marchesan, is 61 and has driven for 20 years".
		if rest, ok = strings.CutPrefix(after, ", who is "); !ok {
			if rest, ok = strings.CutPrefix(after, ", is "); !ok {
				rest, ok = isAfterApposition(after)
			}
			if !ok {
				return yearOldAfter(after)
			}
		}
	}
	// "her son Alfie, who is nine,", "aged seven": the age in words,
	// which only these words before it make an age.
	if n := strings.IndexAny(rest, ",.;"); n > 0 {
		if age, ok := wordAge(strings.ToLower(rest[:n])); ok {
			return age, true
		}
	}
	return appositionAge(", " + rest)
}

// isAfterApposition returns what follows "is" after an apposition that
// follows a name: "Martin Ellery, the academy's head of PE, is 56 and".
// The apposition holds no figure.
func isAfterApposition(after string) (string, bool) {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return "", false
	}
	k := strings.Index(rest, ", is ")
	if k < 0 || k > 60 || strings.ContainsAny(rest[:k], "0123456789,;") {
		return "", false
	}
	return rest[k+len(", is "):], true
}

// onePerson reports whether sentence i names one person only, however
// often.
func (a *analysis) onePerson(i int) bool { return a.onlyPerson(i) >= 0 }

// openingAge returns the age of a person a description opening sentence
// i gives, as its subject: "The 27-year-old was sent off", "The
// 29-year-old flanker was suspended", "The Westmere Harriers flanker, 29,
// was fined", "The geography teacher, aged 36, crossed". A person named in
// the description, or just after it, is the one described ("The
// 44-year-old founder, Ingrid Solvey,"): the names' own ages read that.
func (a *analysis) openingAge(i int) (age int, head string, ok bool) {
	low := a.low[i]
	// "Colleagues said the 41-year-old had been among the first": a
	// clause of saying before the description.
	if t := saidThe(low); t > 0 && t+2 < len(low) {
		// (Who speaks is not who is described: the person is the one
		// named before, see antecedent.)
		if age, ok = yearOld(low[t+1]); !ok {
			return 0, "", false
		}
		return age, low[t+2], true
	}
	if len(low) < 3 || low[0] != "the" {
		return 0, "", false
	}
	text := a.c.Sents[i].Text
	end := a.toks[i][1].End
	if age, ok = yearOld(low[1]); ok {
		head = low[2]
	} else {
		age, end, ok = describedAge(text)
		if k := strings.LastIndexByte(text[:end], ' '); k >= 0 {
			head = strings.ToLower(text[k+1 : end])
		}
	}
	if !ok {
		return 0, "", false
	}
	for _, m := range a.mentions[i] {
		if m.ent < 0 || a.ents[m.ent].kind != Person {
			continue
		}
		if _, named := ageBefore(text[:m.start]); named || m.start < end {
			return 0, "", false
		}
	}
	return age, head, true
}

// saidThe returns the token of "the" after a verb of saying that opens a
// sentence in at most three words ("Colleagues said the", "Police
// said the"), or -1.
func saidThe(low []string) int {
	for t := 1; t < len(low) && t <= 3; t++ {
		if speechVerbs[low[t]] {
			if t+1 < len(low) && low[t+1] == "the" {
				return t + 1
			}
			return -1
		}
		if !isWord(low[t]) || text.IsStopword(low[t]) && low[t] != "the" {
			return -1
		}
	}
	return -1
}

// describedAge reads an age in apposition to the description that opens
// sentence text, and where the apposition ends: "The Westmere Harriers
// flanker, 29, was", "The geography teacher, aged 36, crossed". The
// description is at most four words and ends with a noun for a person.
func describedAge(text string) (age, end int, ok bool) {
	k := strings.Index(text, ", ")
	if k < 0 || k > 60 {
		return 0, 0, false
	}
	f := strings.Fields(text[:k])
	if len(f) < 2 || len(f) > 5 {
		return 0, 0, false
	}
	head := f[len(f)-1]
	if head != strings.ToLower(head) || !isWord(head) || !personWord(head) {
		return 0, 0, false
	}
	rest := text[k:]
	if r, aged := strings.CutPrefix(rest, ", aged "); aged {
		rest = ", " + r
	}
	if age, ok = appositionAge(rest); !ok {
		return 0, 0, false
	}
	return age, k, true
}

// personWord reports whether w, in lower case, names what a person is:
// a person, a trade, an office or one who does something.
func personWord(w string) bool {
	return personNoun(w) || isProfession(w) || isRoleHead(w) || agentNoun(w)
}

// agentNoun reports whether w looks like a noun for one who does
// something: "flanker", "sculptor", "florist", "librarian".
func agentNoun(w string) bool {
	for _, suf := range []string{"er", "or", "ist", "ian"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// describedBy returns the person of article d that noun describes ("The
// 34-year-old defendant"), given the antecedent e the sentences around
// suggest: e, unless the story puts noun beside other people's names and
// never beside e's ("The defendant, Connor Blakely"); then the one of
// them article d names, or -1 when there is no telling.
func (a *analysis) describedBy(noun string, d, e int) int {
	if a.nounsBeside == nil {
		a.nounsBeside = a.besideNames()
	}
	owners := a.nounsBeside[noun]
	if len(owners) == 0 || slices.Contains(owners, e) {
		return e
	}
	if len(owners) == 1 && a.ents[owners[0]].docs[d] {
		return owners[0]
	}
	return -1
}

// besideNames maps each word in lower case written just before a
// person's name ("taxi driver Declan Fearon", "The defendant, Connor
// Blakely") or ending the description after it ("Maria Ashworth, the
// chief inspector who", "Declan Fearon, a 41-year-old taxi driver,") to
// the people it stands beside.
func (a *analysis) besideNames() map[string][]int {
	out := map[string][]int{}
	note := func(w string, e int) {
		if isWord(w) && !text.IsStopword(w) && !slices.Contains(out[w], e) {
			out[w] = append(out[w], e)
		}
	}
	for i, ms := range a.mentions {
		toks, low, st := a.toks[i], a.low[i], a.c.Sents[i].Text
		for _, m := range ms {
			if m.ent < 0 || a.ents[m.ent].kind != Person {
				continue
			}
			k := 0
			for k < len(toks) && toks[k].Start < m.start {
				k++
			}
			if k > 0 && toks[k-1].Text == low[k-1] {
				if gap := st[toks[k-1].End:m.start]; gap == " " || gap == ", " && k > 1 && low[k-2] == "the" {
					note(low[k-1], m.ent)
				}
			}
			e := k
			for e < len(toks) && toks[e].Start < m.end {
				e++
			}
			if e+1 >= len(toks) || st[toks[e-1].End:toks[e].Start] != ", " || low[e] != "the" && low[e] != "a" && low[e] != "an" {
				continue
			}
			last := ""
			for j := e + 1; j < len(toks) && j <= e+6; j++ {
				if st[toks[j-1].End:toks[j].Start] != " " || text.IsStopword(low[j]) {
					break
				}
				if toks[j].Text == low[j] {
					last = low[j]
				}
			}
			if last != "" {
				note(last, m.ent)
			}
		}
	}
	return out
}

// antecedent returns the person sentence i refers to without a name, as
// its opening description: of the people the sentence before names that
// sentence i does not, the only one, or the first when that sentence opens
// with it as its subject ("Westmere Harriers flanker Callum Drennick was
// suspended ... for the tackle that left fly-half Joel Amsari ..."); -1
// when there is none or no telling. A sentence before that names nobody
// is passed over once, in the same report ("Eliot Varga fell at a bend.
// Riders behind him hit the bike. The 26-year-old was airlifted").
func (a *analysis) antecedent(i int) int {
	named := map[int]bool{}
	for _, m := range a.mentions[i] {
		if m.ent >= 0 {
			named[m.ent] = true
		}
	}
	p := i - 1
	if p > 0 && !a.namesPerson(p) && a.c.Sents[p-1].Doc == a.c.Sents[i].Doc && !a.c.Sents[p-1].Heading {
		p--
	}
	first, who := -1, -1
	var firstAt int
	for _, m := range a.mentions[p] {
		if m.ent < 0 || a.ents[m.ent].kind != Person || named[m.ent] {
			continue
		}
		if first < 0 {
			first, firstAt = m.ent, m.start
		}
		if who >= 0 && who != m.ent {
			who = -2
		} else if who == -1 {
			who = m.ent
		}
	}
	if who >= 0 || first < 0 {
		return who
	}
	if a.opensWith(p, firstAt) {
		return first
	}
	return -1
}

// namesPerson reports whether sentence i names anyone.
func (a *analysis) namesPerson(i int) bool {
	return slices.ContainsFunc(a.mentions[i], func(m mention) bool { return m.ent >= 0 && a.ents[m.ent].kind == Person })
}

// opensWith reports whether sentence i opens, after any dateline, with
// the name at byte at, only capitalised words, articles and words of a
// title or trade before it: the name is the sentence's subject.
func (a *analysis) opensWith(i, at int) bool {
	from := 0
	if a.c.Sents[i].Index == 0 {
		from = datelineEnd(a.c.Sents[i].Text)
	}
	for k, t := range a.toks[i] {
		if t.Start < from {
			continue
		}
		if t.Start >= at {
			return true
		}
		w := a.low[i][k]
		if t.Text != w || w == "the" || w == "a" || w == "an" || titleWords[w] || rankWords[w] || personWord(w) {
			continue
		}
		return false
	}
	return false
}

// onlyPerson returns the one person sentence i names, however often, or
// -1 when it names none or several.
func (a *analysis) onlyPerson(i int) int {
	if i < 0 {
		return -1
	}
	who := -1
	for _, m := range a.mentions[i] {
		if m.ent < 0 || a.ents[m.ent].kind != Person {
			continue
		}
		if who >= 0 && who != m.ent {
			return -1
		}
		who = m.ent
	}
	return who
}

// theYearOldLater reads "the 71-year-old" later in the sentence as the
// person the sentence named: the subject of a later clause, after a
// comma ("When Declan Moyle heard the news, the 71-year-old pulled on
// his boots"), or a noun anywhere ("nothing prepared the 66-year-old
// for what came"), not a thing's age ("the 150-year-old barn").
func theYearOldLater(after string) (int, bool) {
	if k := strings.Index(after, ", the "); k >= 0 {
		if n, ok := yearOldAfter(after[k:]); ok {
			return n, true
		}
	}
	f := strings.Fields(after)
	for k := 1; k+1 < len(f); k++ {
		if !strings.EqualFold(f[k-1], "the") {
			continue
		}
		n, ok := yearOld(strings.TrimRight(f[k], ",.;"))
		if !ok {
			continue
		}
		next := strings.ToLower(strings.Trim(f[k+1], ",.;:"))
		if strings.ContainsAny(f[k], ",.;") || text.IsStopword(next) || personNoun(next) || isProfession(next) {
			return n, true
		}
	}
	return 0, false
}

// yearOldAfter reads an age in apposition as a description: "Dennis
// Hobart, a 61-year-old van driver", "Dorothy Quayle, an 81-year-old
// grandmother", "Hobart, the 58-year-old driver", "Winifred Carrow, the
// bride's 87-year-old grandmother".
func yearOldAfter(after string) (int, bool) {
	for _, det := range []string{", a ", ", an ", ", the "} {
		if rest, ok := strings.CutPrefix(after, det); ok {
			f := strings.Fields(rest + " x x")
			if det == ", the " && ownerSuffix(f[0]) {
				f = f[1:]
			}
			if age, ok := yearOld(f[0]); ok {
				return age, true
			}
			// "Harriet Moss, a bookseller aged 67,": what the person
			// is, in a word or two in lower case, then the age.
			for k := 0; k < 3 && k+1 < len(f) && f[k] == strings.ToLower(f[k]) && isWord(f[k]) && !text.IsStopword(f[k]); k++ {
				if f[k+1] == "aged" {
					if _, ws, ok := strings.Cut(rest, " aged "); ok {
						return agedAfter(", aged " + ws)
					}
				}
			}
			return 0, false
		}
	}
	return 0, false
}

// likeDates returns the date of sentence i, of its dates x, and the date
// of sentence j, of its dates y, that the same words stand beside: the
// draw in "presented on Tuesday with a prize won in Friday night's draw"
// is Friday's, told beside "Saturday night's draw" elsewhere. Words are
// weighed by weights (see contextWeights) and count more the nearer
// they stand to both dates. Without such words, each sentence's first
// date.
func (a *analysis) likeDates(i int, x []Date, j int, y []Date, weights map[string]float64) (Date, Date) {
	if len(x) == 1 && len(y) == 1 {
		return x[0], y[0]
	}
	wy := make([]map[string]int, len(y))
	for q := range y {
		wy[q] = a.dateWords(j, y[q])
	}
	bi, bj, best := 0, 0, 0.0
	for p := range x {
		cp := a.dateWords(i, x[p])
		for q := range y {
			n := 0.0
			for w, dq := range wy[q] {
				if dp, ok := cp[w]; ok {
					n += weights[w] * 2 / float64(dp+dq)
				}
			}
			if n > best {
				bi, bj, best = p, q, n
			}
		}
	}
	return x[bi], y[bj]
}

// dateWords returns the context stems of the three words either side of
// date d of sentence i, each with its distance in words from the date.
func (a *analysis) dateWords(i int, d Date) map[string]int {
	toks, low := a.toks[i], a.low[i]
	first, last := -1, -1
	for k, t := range toks {
		if t.Start >= d.Start && t.End <= d.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	out := map[string]int{}
	if first < 0 {
		return out
	}
	for m := max(0, first-3); m < min(len(toks), last+4); m++ {
		dist := first - m
		if m > last {
			dist = m - last
		}
		if dist <= 0 {
			continue
		}
		if st := contextStem(stripPossessive(low[m])); st != "" {
			if old, ok := out[st]; !ok || dist < old {
				out[st] = dist
			}
		}
	}
	return out
}

// sameDays reports whether two sentences name the same dates, in any
// order: "on Sunday ... late on Saturday" and "late on Saturday ... on
// Sunday" tell the same days.
func sameDays(x, y []Date) bool {
	if len(x) < 2 || len(x) != len(y) {
		return false
	}
	for _, d := range x {
		if !slices.ContainsFunc(y, func(e Date) bool { return e.Value == d.Value }) {
			return false
		}
	}
	return true
}

// dateOfSaying reports whether date d of sentence i is when someone spoke
// ("the coastguard said on Tuesday", "told reporters on Monday"), not
// when the event told happened.
func (a *analysis) dateOfSaying(i int, d Date) bool {
	toks := a.toks[i]
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].Start >= d.Start {
			continue
		}
		// Back past "on" and a listener ("told reporters on Monday"),
		// or who published ("figures released by police on Thursday").
		for j := k; j >= 0 && j >= k-3; j-- {
			if speechVerbs[a.low[i][j]] || publishVerbs[a.low[i][j]] {
				return true
			}
		}
		return false
	}
	return false
}

// publishVerbs tell when figures or a report came out, which is no date
// of what they tell.
var publishVerbs = set("released", "published", "issued")

// forecast reports whether sentence i tells what forecasters expect: each
// report's forecast is for its own days ahead.
func (a *analysis) forecast(i int) bool {
	return anyOf(forecastWords, a.low[i])
}

// forecastWords mark a forecast.
var forecastWords = set("forecast", "forecasts", "forecasters", "forecaster", "predicted", "predicts")

// placeListed reports whether another place follows byte end of
// sentence i after "and" or "or": "diverted to Castlebury and Port
// Alven".
func (a *analysis) placeListed(i, end int) bool {
	text := a.c.Sents[i].Text
	rest := strings.TrimLeft(text[end:], " ")
	after, ok := strings.CutPrefix(rest, "and ")
	if !ok {
		after, ok = strings.CutPrefix(rest, "or ")
	}
	if !ok {
		return false
	}
	at := len(text) - len(after)
	for _, m := range a.mentions[i] {
		if m.start == at && m.ent >= 0 && a.ents[m.ent].kind == Place {
			return true
		}
	}
	return false
}

// rangeAfter and rangeBefore find the other end of a range next to a
// figure: "$25 million to $30 million", "25-30", "between 40 and 50" (a
// dateline's spaced dash, "2025 - Three workers", is none).
var (
	rangeAfter = regexp.MustCompile(`^(\s*to\s*|-|–)[$€£]?\d`)
	betweenAnd = regexp.MustCompile(`^\s*and\s*[$€£]?\d`)
	// percentRange ends a range of shares: "20% to 25%".
	percentRange = regexp.MustCompile(`^(\s*to\s*|-|–)(\d[\d.,]*)\s*(%|per cent|percent)`)
	rangeBefore  = regexp.MustCompile(`(\d\s*(million|billion|m|bn)?\s+to\s*|\d(-|–)|between\s+[$€£]?[\d.,]+\s*(million|billion)?\s+and\s*)$`)
)

// capacityVerbs say how many a place holds: "houses 112 men", "seats
// 400".
var capacityVerbs = set("houses", "housed", "holds", "accommodates", "sleeps", "seats")

// capacity reports whether quantity q of sentence i is what a place
// holds ("Fenwick Wing, which houses 112 men"), not those the event
// befell.
func (a *analysis) capacity(i int, q Quantity) bool {
	low, qa, _ := a.around(i, q)
	return qa > 0 && capacityVerbs[low[qa-1]]
}

// inCondition reports whether quantity q of sentence text is in the
// clause of a condition that opens it ("If I'd been running a minute
// late, ..."): what might have been, not what was.
func inCondition(text string, q Quantity) bool {
	t := strings.TrimLeft(text, "\"“‘' ")
	if !strings.HasPrefix(t, "If ") {
		return false
	}
	comma := strings.Index(text, ", ")
	return comma < 0 || q.Start < comma
}

// inRange reports whether quantity q of sentence text is one end of a
// range.
func inRange(text string, q Quantity) bool {
	// "by 163 votes to 158" is a tally, "rose to" a change: only sums,
	// shares and bare numbers make ranges.
	if q.Unit != "usd" && q.Unit != "eur" && q.Unit != "gbp" && q.Unit != "percent" && strings.ContainsAny(q.Text, " ") &&
		!strings.Contains(strings.ToLower(q.Text), "illion") {
		return false
	}
	// "grew 7% to 3.1 billion euros": a change, then where it led.
	before := strings.Fields(strings.ToLower(text[:q.Start]))
	if len(before) > 0 && changeVerbs[strings.Trim(before[len(before)-1], ",")] != "" {
		return false
	}
	if q.Unit == "percent" {
		// A range of shares is one of shares, and goes up: "11 to 12
		// per cent"; "by 79% to 21%" is a tally.
		if m := percentRange.FindStringSubmatch(text[q.End:]); m != nil {
			hi, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
			return err == nil && hi > q.Value
		}
		return rangeBefore.MatchString(text[:q.Start])
	}
	return rangeAfter.MatchString(text[q.End:]) || rangeBefore.MatchString(text[:q.Start]) ||
		strings.HasSuffix(strings.TrimRight(text[:q.Start], " "), "between") && betweenAnd.MatchString(text[q.End:])
}

// ordinalsDiffer reports whether two sentences count different members of
// a series: "the first walkout" and "the second".
func ordinalsDiffer(x, y []string) bool {
	ord := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			if seriesOrdinals[w] {
				m[w] = true
			}
		}
		return m
	}
	ox, oy := ord(x), ord(y)
	if len(ox) == 0 || len(oy) == 0 {
		return false
	}
	for w := range ox {
		if oy[w] {
			return false
		}
	}
	return true
}

// seriesOrdinals name a member of a series.
var seriesOrdinals = set("first", "second", "third", "fourth", "fifth")

// givesDate reports whether dates ds hold d: a sentence that gives the
// days of a series ("the first on March 17, the second on March 26")
// disagrees with none of them (see hasOrdinal); one that tells two
// events on two days still may.
func givesDate(ds []Date, d Date) bool {
	return slices.ContainsFunc(ds, func(e Date) bool { return e.Value == d.Value })
}

// hasOrdinal reports whether words ws count members of a series.
func hasOrdinal(ws []string) bool {
	return anyOf(seriesOrdinals, ws)
}

// sizesClose reports whether the figures of v are within farApart of
// each other.
func sizesClose(v *variants) bool {
	if len(v.order) == 0 {
		return true
	}
	lo, hi := math.Inf(1), 0.0
	for _, val := range v.order {
		x, ok := keyValue(val)
		if !ok {
			return true
		}
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	return inRatio(lo, hi, 0, farApart)
}

// factDates notes, through note, the day each article gives for a fact
// its outlets date differently: outlets that state one fact, each in a
// clause dated by one day, date one event, however unlike their words
// ("was first noticed on September 22", "said he spotted it on the
// afternoon of September 29"). ds are the days of each sentence that date
// no saying. A clause with a forecast, or whose day its report could not
// yet know of when the other was written, dates another event.
func (a *analysis) factDates(ds [][]Date, note func(key, about string, d, i int, val string)) {
	type dated struct {
		doc, sent int
		day       Date
		// cause marks a day of a clause after "after" (inCauseClause).
		cause bool
	}
	var got []dated
clusters:
	for k, cl := range a.clusters {
		if len(cl.members) < 2 {
			continue
		}
		got = got[:0]
		for d, u := range cl.members {
			un := a.units[u]
			var days []Date
			for _, day := range ds[un.sent] {
				if day.Start >= un.start && day.End <= un.end {
					days = append(days, day)
				}
			}
			if len(days) == 1 && !a.forecast(un.sent) && a.datesEvent(un.sent, un.start, un.end, days[0]) {
				got = append(got, dated{d, un.sent, days[0], a.inCauseClause(un.sent, un.start, days[0])})
			}
		}
		// A day of a cause dates the fact only where a member's day of
		// the fact itself dates the same thing in like words.
		keep := got[:0:0]
		for _, g := range got {
			ok := !g.cause
			for _, h := range got {
				if !ok && !h.cause && h.doc != g.doc && a.sameDated(g.sent, g.day, h.sent, h.day) && a.sameBefore(g.sent, g.day, h.sent, h.day) {
					ok = true
				}
			}
			if ok {
				keep = append(keep, g)
			}
		}
		got = keep
		differ := false
		for x := range got {
			for y := range x {
				gx, gy := got[x], got[y]
				if compatible(gx.day.Value, gy.day.Value) || a.sameNight(gx.sent, gx.day, gy.sent, gy.day) {
					continue
				}
				if !a.bothCouldTell(gx.sent, gx.day, gy.sent, gy.day) || ordinalsDiffer(a.low[gx.sent], a.low[gy.sent]) ||
					a.dayAhead(gx.sent, gx.day) && a.dayAhead(gy.sent, gy.day) && !a.sameDated(gx.sent, gx.day, gy.sent, gy.day) {
					// Plans a fact joins are several ("due to vote on
					// Thursday", "would return to the streets on
					// December 6") unless the words by their days agree.
					continue clusters
				}
				differ = true
			}
		}
		if !differ {
			continue
		}
		slices.SortFunc(got, func(x, y dated) int { return x.doc - y.doc })
		key := "d:f" + strconv.Itoa(k)
		about := "date: " + shortText(a.body(a.units[cl.rep].sent))
		for _, g := range got {
			note(key, about, g.doc, g.sent, g.day.Value)
		}
	}
}

// datesEvent reports whether day d of the clause of sentence i between
// bytes start and end dates the event the clause tells: not a state that
// lasted to it ("remained offline on Wednesday", "still down"), not a day
// some time after the event ("on Sunday, a day after a rockfall"), not
// the day of what a relative clause tells ("the fire that crippled a
// chairlift on Saturday"), not another event named after "after",
// "since" or "when" ("after the road was closed on Sunday evening"), not
// a past deadline ("back behind wire by Tuesday evening"), and not when
// something was said or done about it ("apologised in a statement on
// Wednesday", "told investors on a call on Thursday").
func (a *analysis) datesEvent(i, start, end int, d Date) bool {
	toks, low := a.toks[i], a.low[i]
	at := -1 // the date's first token
	for k, t := range toks {
		if t.Start < start || t.End > end {
			continue
		}
		if at < 0 && t.Start >= d.Start {
			at = k
		}
		switch low[k] {
		case "remained", "remain", "remains", "still", "stayed", "until", "later", "earlier", "ago":
			return false
		case "day", "night", "week":
			// "kept the ferry tied up for a second day on Tuesday": a
			// state in its course, not the event that began it.
			if k > 0 && seriesOrdinals[low[k-1]] && low[k-1] != "first" {
				return false
			}
		case "that", "which":
			// "the fire that crippled a chairlift on Saturday": the
			// day of what the relative clause tells (not "word spread
			// that ...", nor "That leaves").
			if toks[k].Start > start && at < 0 && !isCap(toks[k].Text) {
				// "The Northern Weather Service, which put out a yellow
				// warning on Friday, said": a clause set off by commas
				// dates what it tells when the day is inside it.
				text := a.c.Sents[i].Text
				if low[k] == "which" && text[toks[k-1].End:toks[k].Start] == ", " {
					if c := strings.Index(text[toks[k].End:], ", "); c < 0 || d.Start < toks[k].End+c {
						return false
					}
				} else if afterNounPhrase(low, k) {
					return false
				}
			}
		case "after":
			// "on Sunday, a day after a rockfall", not "a day after
			// the walkout set up a vote on Friday".
			if at >= 0 && k > 0 && (low[k-1] == "day" || low[k-1] == "days" || low[k-1] == "hours" || low[k-1] == "weeks") {
				return false
			}
		}
	}
	if at < 0 {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-6 && toks[k].Start >= start; k-- {
		switch low[k] {
		case "after", "since", "when", "before", "statement", "call", "interview", "told", "said", "says", "apologised", "apologized":
			return false
		case "by":
			// "back behind wire by Tuesday evening", not "won by the
			// syndicate in Friday's draw"; a day to come is when it
			// happens ("will close by March 31").
			if k >= at-2 && !a.dayAhead(i, d) {
				return false
			}
		}
		if speechVerbs[low[k]] {
			return false
		}
	}
	return true
}

// inCauseClause reports whether day d of sentence i, from byte start on,
// is far into a clause that "after" or "since" opens, with no comma
// between: "has recalled 28,000 bottles after fragments of glass were
// found inside a bottle bought by a customer last Friday". The day dates
// what that clause tells, which may or may not be what the sentence
// tells. Not "a day after the walkout set up a vote on Friday": there
// the clause holds the event.
func (a *analysis) inCauseClause(i, start int, d Date) bool {
	toks, low := a.toks[i], a.low[i]
	at := -1
	for k, t := range toks {
		if t.Start >= d.Start {
			at = k
			break
		}
	}
	for k := at - 1; at > 0 && k >= 0 && toks[k].Start >= start; k-- {
		if strings.ContainsAny(a.c.Sents[i].Text[toks[k].End:toks[k+1].Start], ",;:") {
			return false
		}
		if k < at-6 && (low[k] == "after" || low[k] == "since") && (k == 0 || !timeUnits[low[k-1]]) {
			return true
		}
	}
	return false
}

// timeUnits measure how long after something: "a day after", "two
// weeks since".
var timeUnits = set("day", "days", "hours", "weeks", "months", "years", "minutes")

// sameNight reports whether days x and y, one apart, are one night told
// from either side ("overnight on Sunday", "in the early hours of
// Monday").
func (a *analysis) sameNight(i int, x Date, j int, y Date) bool {
	tx, ty := dateStart(x.Value), dateStart(y.Value)
	if d := tx.Sub(ty); d != 24*time.Hour && d != -24*time.Hour {
		return false
	}
	night := func(s string) bool {
		s = strings.ToLower(s)
		return strings.Contains(s, "overnight") || strings.Contains(s, "night") || strings.Contains(s, "early hours")
	}
	return night(a.c.Sents[i].Text) || night(a.c.Sents[j].Text)
}

// afterNounPhrase reports whether token k follows a noun phrase that a
// determiner opens one or two words before it ("the fire that", "a new
// chairlift which").
func afterNounPhrase(low []string, k int) bool {
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		if determiners[low[j]] {
			return true
		}
	}
	return false
}

// dayAhead reports whether day d of sentence i is after its report's day.
func (a *analysis) dayAhead(i int, d Date) bool {
	ref := a.ref[a.c.Sents[i].Doc]
	return !ref.IsZero() && dateStart(d.Value).After(ref)
}

// hospitalSlot gives the hospital each report says the injured were taken
// to ("was taken to Callowmouth Royal Infirmary", "flown to St Ebba's
// Hospital in Harlsey"), one per report: a report that names two sends
// different people to each. Hospitals are one when the capitalised words
// of one name are all in the other's ("the Royal Infirmary in
// Callowmouth", "St Ebba's in Harlsey"); the fullest name shows them.
func (a *analysis) hospitalSlot() *variants {
	return a.buildingSlot("hospital the injured were taken to", a.hospitalAfter, hospitalWords, hospitalWords)
}

// shelterSlot gives the building each report says the people moved out
// were taken to or spent the night in ("walked to St Oswin's Church hall",
// "spent the rest of the night at Hatherby Community Centre"), compared
// as hospitalSlot compares hospitals; other halls and schools a report
// names are where they came from, not where others went.
func (a *analysis) shelterSlot() *variants {
	return a.buildingSlot("place where those moved out were taken", a.shelterAfter, shelterWords, nil)
}

// buildingSlot gives the building that after reads in a sentence, one per
// report, with kind the words that say what kind of building it is: a
// report that names two, or names anywhere another building whose name
// holds a word of others, is left out; buildings are one when the
// capitalised words of one name, but those of kind, are all in the
// other's.
func (a *analysis) buildingSlot(about string, after func(int) string, kind, others map[string]bool) *variants {
	v := newVariants(about)
	byDoc := map[int][]string{}
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		if h := after(i); h != "" && !slices.Contains(byDoc[s.Doc], h) {
			byDoc[s.Doc] = append(byDoc[s.Doc], h)
		}
	}
	words := func(h string) []string {
		var out []string
		for _, w := range strings.Fields(h) {
			if isCap(w) && !kind[strings.ToLower(w)] {
				out = append(out, w)
			}
		}
		return out
	}
	within := func(x, y string) bool {
		wy := words(y)
		for _, w := range words(x) {
			if !slices.Contains(wy, w) {
				return false
			}
		}
		return len(words(x)) > 0
	}
	var names []string // one per hospital, the fullest
	canon := func(h string) string {
		for k, n := range names {
			switch {
			case within(h, n):
				return n
			case within(n, h):
				names[k] = h
				return h
			}
		}
		names = append(names, h)
		return h
	}
	// A report that names another building of the kind anywhere ("A
	// nine-year-old girl remains in Marrowby Royal Infirmary") may send
	// others there.
	named := map[int]map[int]bool{}
	for i, ms := range a.mentions {
		for _, m := range ms {
			if m.ent >= 0 && anyOf(others, strings.Fields(strings.ToLower(a.ents[m.ent].name))) {
				d := a.c.Sents[i].Doc
				if named[d] == nil {
					named[d] = map[int]bool{}
				}
				named[d][m.ent] = true
			}
		}
	}
	for _, d := range sortedKeys(byDoc) {
		if hs := byDoc[d]; len(hs) == 1 && len(named[d]) <= 1 {
			byDoc[d] = []string{canon(hs[0])}
		} else {
			delete(byDoc, d)
		}
	}
	for _, d := range sortedKeys(byDoc) {
		h := byDoc[d][0]
		for _, n := range names {
			if within(h, n) {
				h = n
			}
		}
		v.add(d, h)
	}
	return v
}

// hospitalAfter returns the hospital sentence i says someone was taken,
// flown or rushed to ("taken to Callowmouth Royal Infirmary", "to the
// Royal Infirmary in Callowmouth"), or "".
func (a *analysis) hospitalAfter(i int) string {
	toks, low, text := a.toks[i], a.low[i], a.c.Sents[i].Text
	for k, w := range low {
		if !transferVerbs[w] {
			continue
		}
		// "taken by helicopter to", "airlifted to": "to" within a few words.
		for j := k + 1; j < len(low) && j <= k+4; j++ {
			if low[j] != "to" {
				continue
			}
			start := j + 1
			if start < len(low) && low[start] == "the" {
				start++
			}
			end := start
			for end < len(toks) && end < start+6 && (isCap(toks[end].Text) || low[end] == "in" && end+1 < len(toks) && isCap(toks[end+1].Text) || low[end] == "of" && end > start) {
				end++
			}
			if end == start {
				return ""
			}
			h := text[toks[start].Start:toks[end-1].End]
			if !anyOf(hospitalWords, low[start:end]) && !strings.Contains(h, " in ") {
				return ""
			}
			return h
		}
	}
	return ""
}

// shelterAfter returns the building sentence i says people were taken,
// walked or led to ("were walked in their class groups to St Oswin's
// Church hall"), or spent the night or sheltered in ("spent what remained
// of the night at St Wilfrid's Church Hall"), when its capitalised name
// says it is a hall, centre, church, school, gymnasium or hotel; or "".
func (a *analysis) shelterAfter(i int) string {
	toks, low, text := a.toks[i], a.low[i], a.c.Sents[i].Text
	for k, w := range low {
		var preps map[string]bool
		switch {
		case transferVerbs[w] || leadVerbs[w]:
			preps = toPreps
		case stayVerbs[w]:
			preps = stayPreps
		default:
			continue
		}
		for j := k + 1; j < len(low) && j <= k+6; j++ {
			if !preps[low[j]] {
				continue
			}
			start := j + 1
			if start < len(low) && low[start] == "the" {
				start++
			}
			// "the sports hall in the village of Pieve Alsana", "a hotel
			// in Corvanto", "the mountain village of Pieve Alsana": a
			// building or place told in lower case, then where it is;
			// else the name itself must say it is a building.
			told := false
			if at := placeOfShelter(toks, low, start); at > start {
				start, told = at, true
			} else if start < len(low) && (low[start] == "a" || low[start] == "an") {
				break
			}
			end := start
			for end < len(toks) && end < start+6 && isCap(toks[end].Text) {
				end++
			}
			if end == start || !told && !anyOf(shelterWords, low[start:end]) {
				break
			}
			return text[toks[start].Start:toks[end-1].End]
		}
	}
	return ""
}

// placeOfShelter reads, from token k on, a shelter or settlement told in
// lower case and the "in" or "of" that names where it is ("sports hall in
// the village of", "a hotel in", "mountain village of"), and returns the
// index of the name that follows; or -1.
func placeOfShelter(toks []text.Token, low []string, k int) int {
	if k < len(low) && (low[k] == "a" || low[k] == "an" || low[k] == "the") {
		k++
	}
	for n := 0; k < len(toks) && n < 3 && !isCap(toks[k].Text); n, k = n+1, k+1 {
		if !shelterWords[low[k]] && !settlementWords[low[k]] {
			continue
		}
		j := k + 1
		if j+1 < len(low) && (low[j] == "in" || low[j] == "of") {
			j++
			// "in the village of".
			if j+2 < len(low) && low[j] == "the" && settlementWords[low[j+1]] && low[j+2] == "of" {
				j += 3
			}
			if j < len(toks) && isCap(toks[j].Text) {
				return j
			}
		}
		return -1
	}
	return -1
}

// leadVerbs move people on foot or in a group; stayVerbs say where they
// stayed; shelterWords name the buildings that take them in.
var leadVerbs = set("walked", "led", "moved", "took", "bused", "bussed", "brought", "escorted", "evacuated")
var stayVerbs = set("spent", "sheltered", "slept", "stayed")

// toPreps and stayPreps are the words that lead from those verbs to the
// place: "taken to", "spent the night at", "sheltered in".
var toPreps, stayPreps = set("to"), set("at", "in")
var shelterWords = set("hall", "centre", "center", "church", "school", "gymnasium", "hotel", "academy")

// transferVerbs take the injured somewhere; hospitalWords name where.
var transferVerbs = set("taken", "flown", "airlifted", "rushed", "ferried", "transferred", "driven")
var hospitalWords = set("hospital", "infirmary", "clinic", "hospitals")

// namedNext returns the age that "a 49-year-old man", unnamed in sentence
// i, gives the person the next sentence of its article opens with, when
// that person holds no title there (not the officer who speaks) or only
// one said with "a" after the name, is given no age there, and sentence i
// names nobody; -1 for none.
func (a *analysis) namedNext(i int) (int, int) {
	if i+1 >= len(a.c.Sents) || a.c.Sents[i+1].Doc != a.c.Sents[i].Doc || a.c.Sents[i+1].Heading {
		return 0, -1
	}
	for _, m := range a.mentions[i] {
		if m.ent >= 0 && a.ents[m.ent].kind == Person {
			return 0, -1
		}
	}
	toks, low := a.toks[i], a.low[i]
	age := 0
	for k := 1; k+1 < len(toks); k++ {
		n, ok := yearOld(low[k])
		if ok && (low[k-1] == "a" || low[k-1] == "an") && personNoun(low[k+1]) {
			if age != 0 {
				return 0, -1 // two people described
			}
			age = n
		}
	}
	if age == 0 {
		return 0, -1
	}
	j := i + 1
	for _, m := range a.mentions[j] {
		if m.ent < 0 || a.ents[m.ent].kind != Person {
			continue
		}
		// A description that follows the name with "a" says what the
		// described one is ("Ewan Pettigrew, a retired engineer,"), not
		// the office of another who speaks.
		rest := a.c.Sents[j].Text[m.end:]
		if _, ok := appositionAge(rest); ok {
			return 0, -1 // "Lee Garside, 38,": another age, another person
		}
		described := strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ")
		if (slices.ContainsFunc(m.titles, isOffice) || slices.ContainsFunc(slices.Collect(maps.Keys(a.ents[m.ent].titles[a.c.Sents[j].Doc])), isOffice)) && !described ||
			!a.opensWith(j, m.start) {
			return 0, -1
		}
		return age, m.ent
	}
	return 0, -1
}

// isOffice reports whether title t names an office, not only a form of
// address ("Mr" says nothing of what someone does).
func isOffice(t string) bool { return !onlyHonorifics(strings.Fields(t)) }
