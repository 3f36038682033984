package facts

import (
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"storyline"
	"storyline/text"
)

// Kinds of entity.
const (
	Person       = "person"
	Place        = "place"
	Organization = "organization"
)

// titleWords are words that, before a name, give a person's role rather
// than part of the name.
var titleWords = set("president", "vice", "speaker", "constable", "secretary", "minister", "prime", "deputy", "foreign",
	"chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator",
	"leader", "mayor", "governor", "senator", "sen", "rep", "representative", "general", "gen",
	"king", "queen", "prince", "princess", "pope", "chancellor", "ambassador", "director", "chief",
	"executive", "ceo", "judge", "justice", "mr", "mrs", "ms", "dr", "prof", "professor", "captain",
	"commissioner", "official", "engineer", "owner", "lead", "nuclear", "special", "press", "head",
	"sheriff", "inspector", "superintendent", "police", "manager", "lawyer", "attorney", "premier",
	"colonel", "lieutenant", "sergeant", "officer", "commander", "admiral", "bishop", "cardinal",
	"chairperson", "councillor", "councilor", "lord", "lady", "sir", "dame", "emir", "sheikh",
	"spokesperson", "founder", "coach", "passenger", "witness", "resident", "deputy", "assistant",
	"interior", "defence", "defense", "finance", "state", "labour", "labor", "trade", "health",
	"transport", "economy", "justice", "environment", "regional", "city", "national", "senior",
	"former", "acting", "chairman's", "architect", "designer", "analyst", "professor", "doctor",
	"surgeon", "nurse", "driver", "pilot", "teacher", "student", "farmer", "worker", "gov", "lt",
	"col", "sgt", "rev", "dean", "associate", "chairwoman", "supt", "atty", "firefighter", "paramedic",
	"rescuer", "seismologist", "supervisor", "volunteer", "soldier", "activist", "journalist",
	"scientist", "researcher", "economist", "managing", "campaigner", "barrister", "solicitor", "fire",
	"medical", "commodore", "brigadier", "marshal", "prefect", "financial", "operating", "technology",
	"information", "marketing", "commercial", "operations", "technical", "cllr", "councillor")

// abbreviatedTitles end with a full stop that does not end the name that
// follows ("Gov. Tommy Thompson").
var abbreviatedTitles = set("gov", "sen", "rep", "dr", "mr", "mrs", "ms", "lt", "gen", "col", "sgt",
	"prof", "rev", "supt", "atty", "capt", "gov.", "sen.", "cllr")

// softTitles are title words that only count as a title next to a harder
// one or directly before a name ("foreign minister", not "foreign").
var softTitles = set("foreign", "nuclear", "special", "press", "lead", "state", "interior", "defence",
	"defense", "finance", "labour", "labor", "trade", "health", "transport", "economy",
	"environment", "regional", "city", "national", "senior", "former", "acting", "police", "fire",
	"medical", "financial", "operating", "technology", "information", "marketing", "commercial", "operations",
	"technical")

// orgSuffixes end the names of organisations.
var orgSuffixes = set("ministry", "department", "house", "agency", "inc", "corp", "corporation",
	"council", "party", "committee", "office", "university", "bank", "post", "times", "news",
	"tv", "union", "association", "organization", "organisation", "commission", "court", "army",
	"police", "company", "group", "ltd", "plc", "llc", "co", "foundation", "institute", "fund",
	"herald", "journal", "press", "tribune", "guardian", "service", "authority", "board",
	"coaches", "airlines", "airways", "motors", "network", "radio", "channel", "parliament",
	"senate", "congress", "assembly", "federation", "league", "club", "school", "college",
	"hospital", "forces", "navy", "guard", "ministries", "reuters", "bureau", "administration",
	"cabinet", "government", "tribunal", "chamber", "society", "trust", "partners", "holdings",
	"industries", "group", "systems", "works", "wire", "daily", "courier", "chronicle", "casino",
	"tribe", "tribes", "legislature", "center", "centre", "coalition", "marathon", "race", "cup",
	"championships", "games", "festival", "tournament", "affairs", "alliance", "front", "movement",
	"bloc", "international", "theaters", "theatres", "academy", "campaign", "project", "initiative",
	"gazette", "inquirer", "examiner", "observer", "dispatch", "ledger", "telegraph", "sentinel", "bulletin", "globe",
	// Trades a company is named after ("Tarnwell Chemicals", "Caldwell
	// Castings"), and bodies that regulate.
	"chemicals", "castings", "construction", "engineering", "energy", "pharmaceuticals", "foods",
	"logistics", "mining", "steel", "technologies", "laboratories", "labs", "media", "telecom",
	"communications", "insurance", "utilities", "railways", "shipping", "electric", "petroleum",
	"grid", "inspectorate", "regulator", "friends", "maritime", "securities", "united", "athletic",
	"rovers", "wanderers", "albion", "coastguard", "exchange", "research", "capital", "tankers", "pharma",
	"ventures", "investments", "consulting", "software", "robotics", "aerospace", "automotive", "ferries",
	"line", "salvage", "pictures", "glassworks", "lottery", "constabulary", "cruises", "forum",
	"rescue", "observatory", "guild", "analytics", "brewery", "textiles", "air", "live", "homes", "property",
	"properties", "architects", "fabrication", "networks", "security", "ambulance", "consortium", "infirmary",
	"museum", "gallery")

// tradeSuffixes end the names of bodies after another word only: alone,
// at the start of a sentence, they are common words ("Buses will be
// diverted", "Tours of the tower").
var tradeSuffixes = set("directorate", "pipelines", "services", "solutions", "supermarkets", "auctioneers", "estates",
	"journeys", "infrastructure", "buses", "freight", "orchestra", "philharmonic", "independents", "ecology", "imports",
	"civils", "hygiene", "imaging", "travel", "tours", "holidays", "transit", "rail", "fm", "weekly")

// companyHas are what a company's name owns: "Veltrana's shares".
var companyHas = set("shares", "stock", "board", "profit", "profits", "revenue", "sales", "shareholders",
	"directors", "headquarters", "chief", "chairman", "takeover", "bid", "offer")

// bodyNouns, just before a name after a comma, say it names a body: "the
// state operator, Ferralis".
var bodyNouns = set("operator", "company", "firm", "group", "carrier", "airline", "bank", "insurer",
	"retailer", "maker", "manufacturer", "regulator", "union", "club", "broker", "lender", "charity")

// orgHeads open the names of organisations of the form "Bureau of Indian
// Affairs", "Department of Housing".
var orgHeads = set("bureau", "department", "ministry", "office", "council", "association", "coalition",
	"commission", "committee", "institute", "board", "agency", "university", "bank", "court", "union",
	"assembly", "parliament", "house", "federation", "league", "academy", "friends")

// orgNouns, in lower case right after a name, say that it names a body
// ("the Talvora First party"); words such as "administration" or "team"
// are left out, since they follow people and places too ("the Obama
// administration", "the Seattle team").
var orgNouns = set("party", "alliance", "coalition", "movement", "union", "bloc", "front")

// placeWords end or start the names of places.
var placeWords = set("north", "south", "east", "west", "new", "san", "saint", "st", "los", "las",
	"upper", "lower", "great", "city", "province", "island", "islands", "river", "pass", "mountain",
	"mountains", "lake", "bay", "street", "road", "county", "valley", "peninsula", "republic",
	"kingdom", "states", "sea", "ocean", "gulf", "strait", "coast", "harbour", "harbor", "bridge",
	"square", "avenue", "park", "district", "region", "port", "airport", "station", "village",
	"town", "hills", "canyon", "desert", "forest", "beach", "cape", "mount", "lakes", "heights", "estate",
	"hamlet", "suburb", "municipality", "commune", "township", "settlement", "reef", "cove", "ridge",
	"glacier", "fjord", "headland", "lane", "crescent", "hill", "skerry", "terrace", "row",
	"marshes", "estuary", "canal", "point", "sands", "common", "junction", "rise", "parade",
	"quay", "docks", "reservoir", "moor", "loch", "woods")

// natureWords end the names of seas, rivers and the like, which their
// first word alone still names ("the Pacific", "the Snake").
var natureWords = set("ocean", "sea", "river", "gulf", "strait", "mountains", "desert", "canyon", "peninsula")

// kinWords, directly before a name, make it a person's.
var kinWords = set("boy", "girl", "son", "daughter", "wife", "husband", "mother", "father", "brother",
	"sister", "cousin", "uncle", "aunt", "grandmother", "grandfather", "widow", "widower", "niece",
	"nephew", "grandson", "granddaughter", "stepfather", "stepmother", "fiancee", "fiance")

// placeCues are words that, directly before a name, make it a place.
var placeCues = set("in", "at", "near", "from", "to", "into", "across", "outside", "inside",
	"capital", "city", "town", "village", "province", "region", "country", "toward", "towards",
	"via", "visit", "visited", "through", "port")

// fixedAcronyms are a handful of acronyms whose kind capitals cannot tell.
var fixedAcronyms = map[string]string{
	"US": Place, "U.S.": Place, "USA": Place, "U.S.A.": Place, "UK": Place, "U.K.": Place,
	"UN": Organization, "U.N.": Organization, "EU": Organization, "E.U.": Organization, "NATO": Organization,
}

// calendarWords break names: months, weekdays and the like are dates.
var calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "i", "i'm", "i've", "i'd", "i'll")

// nameConnectors may join capitalised words inside one name.
var nameConnectors = set("of", "de", "van", "von", "der", "al", "bin", "la", "du", "da", "del", "di", "le")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// anyOf reports whether any word of span is one of words.
func anyOf(words map[string]bool, span []string) bool {
	for _, w := range span {
		if words[w] {
			return true
		}
	}
	return false
}

// mention is one naming of an entity in a sentence.
type mention struct {
	// the: the name follows "the" in lower case.
	the        bool
	sent       int
	start, end int // in the sentence's text
	surface    string
	name       string   // without titles, possessive or affiliation
	toks       []string // nameKey(name)
	key        string   // toks joined by spaces
	titles     []string // as written
	place      int      // evidence it is a place
	person     int      // evidence it is a person
	org        int      // evidence it is an organisation
	ent        int      // index in analysis.ents, -1 when unresolved
}

// entity is one person, place or organisation of the story.
type entity struct {
	name  string
	key   string
	toks  []string
	kind  string
	count int
	forms map[string]int
	// order lists the forms in the order first met.
	order   []string
	aliases map[string]bool
	docs    map[int]bool
	// titles[doc] are the titles the article gives, lower-cased.
	titles map[int]map[string]bool
	// allTitles keeps each title as first written.
	allTitles          map[string]string
	place, person, org int
	// the counts mentions after "the".
	the int
}

// bodyOf reports a name of the form "Interfaith Alliance of Iowa",
// "Journal of Medicine", "Institute for Fiscal Studies": a word that ends
// the names of bodies, then "of" or "for".
func bodyOf(words []string) bool {
	for i := 0; i+2 < len(words); i++ {
		if (words[i+1] == "of" || words[i+1] == "for") && (orgSuffixes[strings.ToLower(words[i])] || orgHeads[strings.ToLower(words[i])]) {
			return true
		}
	}
	return false
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// nameKey normalises a name for matching: lower case, hyphens as spaces,
// initials and dots dropped, accents folded ("Donald J. Trump" = "Donald
// Trump", "Kim Jong-un" = "Kim Jong Un", "Inês Carvalho" = "Ines
// Carvalho": outlets and translations drop accents).
func nameKey(name string) []string {
	l := strings.ToLower(name)
	for i := 0; i < len(l); i++ {
		if l[i] >= utf8.RuneSelf {
			l = foldAccents(l)
			break
		}
	}
	f := strings.FieldsFunc(l, func(r rune) bool {
		return r == '-' || r == '.' || unicode.IsSpace(r)
	})
	out := f[:0]
	for _, w := range f {
		if utf8.RuneCountInString(w) > 1 || len(f) == 1 {
			out = append(out, strings.ReplaceAll(w, "’", "'"))
		}
	}
	return out
}

// foldAccents drops the combining marks of s once decomposed: "ê" is "e".
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// ownerSuffix reports whether w ends in a possessive "'s" or "’s".
func ownerSuffix(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func stripPossessive(w string) string {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	if strings.HasSuffix(w, "s'") {
		return w[:len(w)-1]
	}
	return w
}

// isDemonym reports whether w names a nationality or a national:
// "Danish", "Norwegian", "Kenyan", "Dane".
func isDemonym(w string) bool {
	l := strings.ToLower(w)
	if nationals[l] {
		return true
	}
	for _, s := range []string{"ese", "ish", "ean", "ian", "can", "ran", "yan", "ch"} {
		if strings.HasSuffix(l, s) && len(l) > len(s)+2 {
			return s != "ch" || l == "french" || l == "dutch" || l == "czech"
		}
	}
	return l == "swiss"
}

var speechVerbs = set("said", "says", "told", "added", "say", "stated", "announced", "explained",
	"noted", "wrote", "asked", "warned", "insisted", "confirmed", "declared", "replied")

// lowerWords returns the words the corpus writes in lower case somewhere
// (true), to tell a capitalised sentence opener ("Previously") from a
// name, and those it writes capitalised only, one of them inside a
// sentence (false): names ("Winifred", though it ends as a verb in the
// past does). Only a sentence's first two words are ever looked up (see
// tokenMentions), so only those are kept: the set stays small.
func lowerWords(toks [][]text.Token, low [][]string) map[string]bool {
	m := map[string]bool{}
	for i, ts := range toks {
		for k := 0; k < len(ts) && k < 2; k++ {
			if isCap(ts[k].Text) {
				m[low[i][k]] = false
			}
		}
	}
	inside := map[string]bool{}
	for i, ts := range toks {
		for k, t := range ts {
			if v, ok := m[low[i][k]]; ok && !v {
				if !isCap(t.Text) {
					m[low[i][k]] = true
				} else if k >= 2 {
					inside[low[i][k]] = true
				}
			}
		}
	}
	for w, v := range m {
		if !v && !inside[w] {
			delete(m, w)
		}
	}
	return m
}

// sentenceMentions finds the names in one sentence.
func sentenceMentions(si int, s string, lower map[string]bool) []mention {
	toks := text.Tokens(s)
	return tokenMentions(si, s, toks, lowerTokens(toks), lower, nil)
}

// lowerTokens returns the tokens' texts in lower case.
func lowerTokens(toks []text.Token) []string {
	low := make([]string, len(toks))
	for k, t := range toks {
		low[k] = strings.ToLower(t.Text)
	}
	return low
}

// tokenMentions is sentenceMentions over the tokens of s already cut, and
// their texts in lower case.
//
// common, when given, holds the words the story writes in lower case (see
// wordClasses): a capitalised word joined to one of them ("Vegas-style",
// "Indian-run") is an adjective, not a name.
func tokenMentions(si int, s string, toks []text.Token, low []string, lower, common map[string]bool) []mention {
	var out []mention
	gapOK := func(k int) bool { // tokens k-1 and k are separated by one space
		g := s[toks[k-1].End:toks[k].Start]
		// An initial's full stop stays inside a name ("Donald J. Trump"),
		// and so does a plural's apostrophe ("Citizens' Party").
		return g == " " || g == ". " && (utf8.RuneCountInString(toks[k-1].Text) == 1 ||
			abbreviatedTitles[low[k-1]]) || (g == "' " || g == "’ ") && strings.HasSuffix(low[k-1], "s") ||
			g == " & " // "Rennick & Shaw"
	}
	for k := 0; k < len(toks); {
		w := toks[k].Text
		if !isCap(w) || calendarWords[stripPossessive(low[k])] {
			k++
			continue
		}
		// "Seven-year-old Alfie Ferrier" opening a sentence: an age,
		// not a name's first word.
		if _, ok := yearOld(low[k]); ok {
			k++
			continue
		}
		e := k + 1
		for e < len(toks) && !adjectival(toks[e-1].Text, common) {
			t := toks[e].Text
			if !gapOK(e) {
				break
			}
			if isCap(t) && !calendarWords[stripPossessive(low[e])] {
				if ownerSuffix(toks[e-1].Text) {
					break
				}
				e++
				continue
			}
			prev := low[e-1]
			if nameConnectors[t] && e+1 < len(toks) && isCap(toks[e+1].Text) && gapOK(e+1) &&
				(titleWords[prev] || orgSuffixes[prev] || t != "of") {
				e += 2
				continue
			}
			// "Institute for Fiscal Studies", "Calder & Finch": a body's
			// name goes on past "for" after a word that ends one, and
			// past an ampersand.
			if (t == "for" && (orgSuffixes[prev] || orgHeads[prev]) || t == "&") && e+1 < len(toks) && isCap(toks[e+1].Text) && gapOK(e+1) {
				e += 2
				continue
			}
			// "Assembly of the Republic", "Bank of the West".
			if t == "of" && orgSuffixes[prev] && e+2 < len(toks) && low[e+1] == "the" && isCap(toks[e+2].Text) && gapOK(e+1) && gapOK(e+2) {
				e += 3
				continue
			}
			// "Immigration and Naturalization Service", "Food and Drug
			// Administration": two common nouns joined in a body's name.
			// "Trump and White House" joins no common noun.
			if t == "and" && (!orgSuffixes[prev] || prev == "securities") && !isAcronym(toks[e-1].Text) &&
				(common[prev] && bodyAfterAnd(toks, low, e+1, gapOK) || serviceAfterAnd(toks, low, e+1, gapOK)) {
				e += 2
				continue
			}
			break
		}
		run := toks[k:e]
		if last := run[len(run)-1]; adjectival(last.Text, common) {
			// "Hong Kong-based": the name ends at the hyphen.
			head := last.Text[:strings.LastIndexByte(last.Text, '-')]
			run = append(slices.Clone(run[:len(run)-1]), text.Token{Text: head, Start: last.Start, End: last.Start + len(head)})
		}
		if _, isNum := wordNumber(low[k]); isNum && len(run) == 1 {
			k = e
			continue
		}
		// A sentence's first word is capitalised anyway, and so is the
		// first after a dateline's dash: drop it when it is a common word.
		if k == 0 || !gapOK(k) && strings.ContainsAny(s[toks[k-1].End:toks[k].Start], `"(`) && k == 1 || afterDash(s, toks, k) {
			l := low[k]
			// "Prime Minister Rui Almeida" opening a sentence keeps its
			// title, though "prime" is written in lower case elsewhere.
			// So does "President Helena Sousa", a hard title before a name.
			titled := len(run) > 2 && titleWords[l] && titleWords[strings.ToLower(run[1].Text)] ||
				len(run) > 1 && titleWords[l] && !softTitles[l]
			lw, seen := lower[l]
			named := seen && !lw // capitalised inside sentences too
			// A role before a name of two words is no part of it
			// ("Headteacher Helen Marchbank").
			if !titled && (text.IsStopword(l) || lw || isRoleHead(l) && !titleWords[l] && len(run) > 2 && !titleWords[strings.ToLower(run[1].Text)] && !isRoleHead(strings.ToLower(run[1].Text))) || !named && (strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ing") ||
				strings.HasSuffix(l, "ed") && len(run) > 1) {
				if len(run) == 1 {
					k = e
					continue
				}
				run = run[1:]
			}
		}
		if m, ok := runMention(si, s, toks, k+(len(toks[k:e])-len(run)), run, e); ok {
			if t := appositiveTitle(s, toks, low, e); t != "" {
				m.titles = append(m.titles, t)
				m.person += 2
			}
			m.toks = nameKey(m.name)
			m.key = strings.Join(m.toks, " ")
			out = append(out, m)
		}
		k = e
	}
	return out
}

// runMention turns a run of capitalised tokens into a mention: titles are
// split off the front, an affiliation before them dropped, and the words
// around it weighed as evidence of kind.
func runMention(si int, s string, toks []text.Token, k int, run []text.Token, e int) (mention, bool) {
	m := mention{sent: si, ent: -1}
	words := make([]string, len(run))
	for i, t := range run {
		words[i] = t.Text
		// A plural's apostrophe inside a name stays: "Citizens' Party".
		if i+1 < len(run) && strings.HasPrefix(s[t.End:run[i+1].Start], "'") {
			words[i] += "'"
		}
		// So does a firm's ampersand: "Rennick & Shaw".
		if i+1 < len(run) && s[t.End:run[i+1].Start] == " & " {
			words[i] += " &"
			m.org += 3
		}
	}
	words[len(words)-1] = stripPossessive(words[len(words)-1])
	// The last title word in the run ends the titles.
	last := -1
	for i, w := range words {
		l := strings.ToLower(w)
		if titleWords[l] && !(softTitles[l] && (i+1 >= len(words) || !titleWords[strings.ToLower(words[i+1])])) ||
			l == "of" && i > 0 && titleWords[strings.ToLower(words[i-1])] || l == "state" && i > 0 && strings.ToLower(words[i-1]) == "of" {
			last = i
		}
	}
	// Titles only count before a name; "Secretary of State" alone is a role.
	if last == len(words)-1 {
		return m, false
	}
	// A title word before the word that ends a body's or a place's name
	// is part of that name: "General Hospital", "General Motors".
	if l := strings.ToLower(words[len(words)-1]); last == len(words)-2 && (orgSuffixes[l] || placeWords[l]) {
		last = -1
	}
	if last >= 0 {
		first := last
		for first > 0 {
			l := strings.ToLower(words[first-1])
			if titleWords[l] || l == "of" {
				first--
				continue
			}
			break
		}
		// A word before the title in the same capitalised run says of
		// what: "Station Commander Gareth Ollerton" is no "Group
		// Commander". A run's opening "The" or "As" and a demonym are
		// not.
		if first == 1 && last == 1 && !text.IsStopword(strings.ToLower(words[0])) && !isDemonym(words[0]) {
			first = 0
		}
		m.titles = append(m.titles, strings.Join(words[first:last+1], " "))
		m.person += 2
		words = words[last+1:]
		run = run[last+1:]
	} else if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words, run = words[1:], run[1:]
	}
	// A leading demonym is an adjective ("Swedish Margot Wallström").
	for len(words) > 2 && isDemonym(words[0]) {
		words, run = words[1:], run[1:]
	}
	if len(words) == 1 && strings.EqualFold(words[0], "the") {
		return m, false
	}
	start := run[0].Start
	m.start, m.end = start, run[len(run)-1].End
	if lt := run[len(run)-1].Text; lt != words[len(words)-1] {
		m.end -= len(lt) - len(words[len(words)-1])
	}
	m.name = strings.Join(words, " ")
	m.surface = s[toks[k].Start:m.end]
	if len(m.titles) > 0 {
		m.surface = m.titles[0] + " " + m.name
	}
	lastW := strings.ToLower(words[len(words)-1])
	firstW := strings.ToLower(words[0])
	next := ""
	if e < len(toks) {
		next = strings.ToLower(toks[e].Text)
	}
	// An adjective of nationality before a noun is no entity.
	// Only a demonym of one word, or one of a place's or a people's
	// ("North Korean", "Native American", "American Indian"), is an
	// adjective: "Brian Duncan" and "Julian Moran" are names.
	if isDemonym(words[len(words)-1]) && (len(words) == 1 || placeWords[firstW] || isDemonym(firstW) || firstW == "native" || firstW == "latin") && e < len(toks) && !isCap(toks[e].Text) && !speechVerbs[next] && len(m.titles) == 0 {
		return m, false
	}
	// "Labor Day", "Thanksgiving Day" are dates; "an Austin Democrat", "a
	// Colorado Republican" describe someone named elsewhere.
	if len(words) > 1 && (lastW == "day" || lastW == "democrat" || lastW == "republican") {
		return m, false
	}
	if fk := fixedAcronyms[m.name]; fk != "" {
		if fk == Place {
			m.place += 3
		} else {
			m.org += 3
		}
	} else if isAcronym(m.name) && k == 0 && si >= 0 && e < len(toks) && (strings.HasPrefix(s[toks[e-1].End:], ",") || strings.HasPrefix(s[toks[e-1].End:], " (")) {
		// "WASHINGTON (AP) -", "SYRACUSE, N.Y.": a dateline's place in
		// capitals.
		m.place += 3
	} else if isAcronym(m.name) && len(m.name) <= 6 {
		m.org += 2
	}
	if strings.HasSuffix(lastW, ".com") || strings.HasSuffix(lastW, ".org") || strings.HasSuffix(lastW, ".net") {
		m.org += 3 // a web address names the body behind it
	}
	if lastTail := lastW[strings.LastIndexByte(lastW, '-')+1:]; lastTail != lastW && (orgSuffixes[lastTail] || orgSuffixes[lastW[:strings.IndexByte(lastW, '-')]]) {
		m.org += 3 // "Journal-Constitution", "Sun-Times"
	}
	if orgSuffixes[lastW] || tradeSuffixes[lastW] && len(words) > 1 || orgHeads[firstW] && len(words) > 2 && strings.EqualFold(words[1], "of") || bodyOf(words) {
		m.org += 3
	}
	if placeWords[lastW] || placeWords[firstW] && len(words) > 1 {
		m.place += 2
	}
	// Words before the name (lower case titles, place cues).
	i := k - 1
	var lowTitles []string
	for i >= 0 && len(lowTitles) < 4 {
		l := strings.ToLower(toks[i].Text)
		g := s[toks[i].End:toks[i+1].Start]
		// A title opening the sentence is capitalised anyway
		// ("Managing director Helena Strand").
		opening := i == 0 || afterDash(s, toks, i)
		if isCap(toks[i].Text) && !(opening && (titleWords[l] || isRoleHead(l))) || !(g == " " || g == ", " && len(lowTitles) == 0 && (titleWords[l] || isRoleHead(l))) {
			break
		}
		if l == "and" && len(lowTitles) > 0 && i > 0 && titleWords[strings.ToLower(toks[i-1].Text)] {
			// "its founder and chief executive, Rajiv Menon": two roles.
			lowTitles = append([]string{toks[i].Text}, lowTitles...)
			i--
			continue
		}
		// A role noun ends a title, after forms of address only
		// ("Senior veterinarian Dr Imogen Farquhar").
		// "Leisure cabinet member Derek Hollins": a seat in a cabinet
		// or on a board is an office.
		seat := l == "member" && i > 0 && s[toks[i-1].End:toks[i].Start] == " " && seatBodies[strings.ToLower(toks[i-1].Text)]
		if !titleWords[l] && !((isRoleHead(l) || seat) && onlyHonorifics(lowTitles)) {
			break
		}
		w := toks[i].Text
		if !titleWords[l] && len(lowTitles) == 0 && len(m.titles) == 0 {
			w = l // a role capitalised for opening the sentence
		}
		lowTitles = append([]string{w}, lowTitles...)
		i--
	}
	lowTitles = append(titleModifiers(s, toks, i, lowTitles), lowTitles...)
	// "the former county chief fire officer Margaret Ellery": an office
	// no longer held, whose "former" the title read does not keep.
	if len(lowTitles) > 0 && !pastRoles[strings.ToLower(lowTitles[0])] && formerBefore(s, toks, k) {
		lowTitles = nil
	}
	// "When he was a High Court justice, Macpherson": said of someone,
	// not set beside the name.
	if len(lowTitles) > 0 && k > 0 && s[toks[k-1].End:toks[k].Start] == ", " && saidOf(s, toks, i) {
		lowTitles = nil
	}
	// "Director of operations Alison Trevethan": the words of the
	// charge are only its tail.
	if t := openingCharge(s, toks, k); t != "" {
		lowTitles = []string{t}
	}
	if len(lowTitles) > 0 && !(len(lowTitles) == 1 && softTitles[strings.ToLower(lowTitles[0])]) {
		low := strings.Join(lowTitles, " ")
		switch {
		case len(m.titles) == 0 || onlyHonorifics(strings.Fields(m.titles[0])):
			// "Senior veterinarian Dr Imogen Farquhar": the role.
			m.titles = []string{low}
		case s[toks[k-1].End:toks[k].Start] == " ":
			// "deputy Finance Minister Lena Holm": one title.
			m.titles[0] = low + " " + m.titles[0]
		default:
			// "Its leader, Agriculture Minister Anna Berg": two.
			m.titles = append(m.titles, low)
		}
		m.person += 2
	}
	if t := whoseTitle(toks, k); t != "" && len(m.titles) == 0 {
		m.titles = []string{t}
		m.person += 2
	}
	// "The borough's cabinet member for parks, Councillor Imogen
	// Tresilian": a form of address or a seat on the council says less
	// than the office before it.
	if len(m.titles) == 0 || onlyHonorifics(strings.Fields(m.titles[0])) || len(m.titles) == 1 && onlyMember(m.titles[0]) {
		if t := titleBefore(s, toks, k); t != "" {
			m.titles = append(m.titles, t)
			m.person += 2
		}
	}
	// "in Elian's return": the preposition governs the noun the name
	// owns, which says nothing of the name's kind.
	lastTok := run[len(run)-1].Text
	possessive := ownerSuffix(lastTok)
	// "his son Elian", "the boy Elian Gonzalez": kin name a person. (An
	// age does not: "the 26-year-old Endangered Species Act".)
	if k > 0 && s[toks[k-1].End:toks[k].Start] == " " && m.org == 0 && m.place == 0 {
		if kinWords[strings.ToLower(toks[k-1].Text)] {
			m.person += 2
		}
	}
	if k > 0 && len(lowTitles) == 0 && !possessive {
		prev := strings.ToLower(toks[k-1].Text)
		g := s[toks[k-1].End:toks[k].Start]
		if placeCues[prev] && g == " " {
			m.place++
			// "a retired teacher from Ashby", "fly from Halbrook to
			// Marrowgate": where a person comes from, or goes to from
			// another place.
			if k > 1 && s[toks[k-2].End:toks[k-1].Start] == " " {
				before := strings.ToLower(toks[k-2].Text)
				if prev == "from" && !isCap(toks[k-2].Text) && personWord(before) ||
					prev == "to" && k > 2 && strings.EqualFold(toks[k-3].Text, "from") && isCap(toks[k-2].Text) {
					m.place++
				}
			}
		}
		if prev == "the" && k > 1 && placeCues[strings.ToLower(toks[k-2].Text)] {
			m.place++
		}
		if prev == "of" && k > 1 && placeWords[strings.ToLower(toks[k-2].Text)] {
			m.place++
		}
	}
	// "Veltrana's shares", "Kessling's board": what a company has.
	if possessive && e < len(toks) && companyHas[next] {
		m.org += 2
	}
	// "the state operator, Ferralis", "the carrier, Skyline": a body
	// named after a noun that says what it is.
	// Not one's own: "its operator, Lasse Hovland" works the crane.
	if k > 1 && s[toks[k-1].End:toks[k].Start] == ", " && bodyNouns[strings.ToLower(toks[k-1].Text)] && (len(words) == 1 || !ownedBefore(toks, k-2)) {
		m.org += 2
	}
	if speechVerbs[next] || humanVerbs[next] && len(run) > 1 {
		if m.org == 0 && m.place == 0 {
			m.person++
		}
	}
	// `..." said Dereje.`: an attribution turned round. Only "said" and
	// its like, with the name ending the clause: "told Interfax" names
	// a listener, "said Zimbabwe's output" a subject.
	if k > 0 && !possessive && m.org == 0 && m.place == 0 && s[toks[k-1].End:toks[k].Start] == " " {
		switch strings.ToLower(toks[k-1].Text) {
		case "said", "says", "added", "explained":
			if rest := s[run[len(run)-1].End:]; rest == "" || rest[0] == ',' || rest[0] == '.' {
				m.person++
			}
		}
	}
	// "Dereje, 23, was ...": an age in apposition.
	if e < len(toks) && s[toks[e-1].End:toks[e].Start] == ", " && isAge(toks[e].Text) &&
		(e+1 == len(toks) || strings.HasPrefix(s[toks[e].End:], ",")) {
		m.person += 2
	}
	// "Almeida's coalition" is his, not his name.
	if orgNouns[next] && !isCap(toks[e].Text) && words[len(words)-1] == run[len(run)-1].Text {
		m.org += 2
	}
	// People's names take no article: "the Green-Left" is a body or a
	// place, whichever other words tell. A name before a noun is another
	// matter: "the John Williams music", "the Williams sisters".
	if k > 0 && toks[k-1].Text == "the" && len(m.titles) == 0 && (e == len(toks) || !startsLower(toks[e].Text) || s[toks[e-1].End:toks[e].Start] != " ") {
		m.the = true
	}
	// "Danang, Vietnam": a place, then the place that holds it.
	if e+1 < len(toks) && s[toks[e-1].End:toks[e].Start] == ", " && isCap(toks[e].Text) && m.place > 0 {
		m.place++
	}
	if k > 1 && s[toks[k-1].End:toks[k].Start] == ", " && placeWords[strings.ToLower(toks[k-1].Text)] {
		m.place++
	}
	return m, true
}

// findEntities extracts the mentions of every sentence of the independent
// articles, groups full names into entities and resolves short mentions.
func (a *analysis) findEntities() {
	lower := lowerWords(a.toks, a.low)
	a.lower = lower
	var people map[string]bool
	a.common, people = a.wordClasses()
	a.mentions = make([][]mention, len(a.c.Sents))
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		ms := tokenMentions(i, s.Text, a.toks[i], a.low[i], lower, a.common)
		if s.Index == 0 {
			if e := datelineEnd(s.Text); e > 0 {
				k := 0
				for _, m := range ms {
					if m.start >= e {
						ms[k] = m
						k++
					}
				}
				ms = ms[:k]
			}
		}
		a.mentions[i] = ms
	}
	byKey := map[string]int{}
	// "Kestrel Loom" is "Kestrel Loom Technologies": a name that another
	// continues with the words that end bodies' names is that body.
	short := bodyShortNames(a.mentions)
	shortened := map[string]bool{}
	// Pass 1: names of two or more words make entities.
	for i := range a.mentions {
		for mi := range a.mentions[i] {
			m := &a.mentions[i][mi]
			toks := m.toks
			if len(toks) < 2 {
				continue
			}
			key := m.key
			if long, ok := short[key]; ok {
				key = long
				shortened[long] = true
			}
			id, ok := byKey[key]
			if !ok {
				id = len(a.ents)
				byKey[key] = id
				a.ents = append(a.ents, &entity{key: key, toks: toks, forms: map[string]int{}, aliases: map[string]bool{},
					docs: map[int]bool{}, titles: map[int]map[string]bool{}, allTitles: map[string]string{}})
			}
			m.ent = id
		}
	}
	withShort := map[int]bool{}
	for long := range shortened {
		withShort[byKey[long]] = true
	}
	// Only names of two words or more hold others: index them by word.
	a.byTok = map[string][]int{}
	for id := range a.ents {
		a.indexWords(id)
	}
	// Pass 2: a name of two words each of which belongs to a different
	// longer name is two mentions run together ("Trump Chol"): a slip,
	// made once; a name written twice is a name ("New York", though
	// "New Jersey Shore" and "York City Council" are about).
	// named counts the mentions of each entity; alone those of each word
	// named on its own.
	named := make([]int, len(a.ents))
	alone := map[string]int{}
	for i := range a.mentions {
		for _, m := range a.mentions[i] {
			if m.ent >= 0 {
				named[m.ent]++
			}
			if len(m.toks) == 1 {
				alone[m.key]++
			}
		}
	}
	for i := range a.mentions {
		for mi := range a.mentions[i] {
			m := &a.mentions[i][mi]
			if m.ent >= 0 && len(m.titles) == 0 && hyphenList(m.name, alone) {
				// "California-Arizona-Nevada", "Clinton-Gore": names
				// the story also gives apart, joined.
				a.ents[m.ent].count = -1
				m.ent = -2
				continue
			}
			if m.ent < 0 || len(a.ents[m.ent].toks) != 2 || len(m.titles) > 0 || named[m.ent] > 1 {
				continue
			}
			t := a.ents[m.ent].toks
			if a.inLonger(t[0], m.ent) && a.inLonger(t[1], m.ent) && !a.sameLonger(t[0], t[1], m.ent) {
				a.ents[m.ent].count = -1 // marks it dropped
				m.ent = -2
			}
		}
	}
	for i := range a.mentions {
		for mi := range a.mentions[i] {
			m := &a.mentions[i][mi]
			if m.ent >= 0 {
				a.attach(m)
			}
		}
	}
	// Pass 3: mentions run together are split into their words, a list
	// joined by hyphens into its names.
	for i := range a.mentions {
		if !slices.ContainsFunc(a.mentions[i], func(m mention) bool { return m.ent == -2 }) {
			continue
		}
		var split []mention
		for mi := range a.mentions[i] {
			m := a.mentions[i][mi]
			if m.ent != -2 {
				split = append(split, m)
				continue
			}
			off := m.start
			for _, part := range strings.FieldsFunc(m.name, func(r rune) bool { return r == ' ' || r == '-' }) {
				sm := m
				sm.name, sm.surface, sm.ent, sm.titles = part, part, -1, nil
				sm.toks = nameKey(part)
				sm.key = strings.Join(sm.toks, " ")
				sm.start, sm.end = off, off+len(part)
				off += len(part) + 1
				split = append(split, sm)
			}
		}
		a.mentions[i] = split
	}
	// Pass 4: a single word is a place, organisation or person of its
	// own when some mention of it shows its kind, unless a longer name
	// holds it. Evidence is summed over all its mentions.
	evidence := map[string]int{}
	placey := map[string]bool{}
	for i := range a.mentions {
		for _, m := range a.mentions[i] {
			if m.ent < 0 {
				if len(m.toks) == 1 && !placey[m.key] && hasDemonym(m.key, people) {
					// "Talvora" of "the Talvorans": a country, which
					// names no body ("Talvora First").
					placey[m.key] = true
					evidence[m.key]++
				}
				key := m.key
				evidence[key] += m.place + m.org + m.person
				if m.place > 0 {
					placey[key] = true
				}
			}
		}
	}
	for i := range a.mentions {
		for mi := range a.mentions[i] {
			m := &a.mentions[i][mi]
			if m.ent >= 0 {
				continue
			}
			key := m.key
			if key == "" {
				continue
			}
			if len(m.toks) == 1 && a.common[key] && m.person == 0 && len(m.titles) == 0 && !(isAcronym(m.name) && len(m.name) <= 4) {
				// "the Nation", "Service", "West": a word the story also
				// writes in lower case, capitalised alone, is a common
				// noun in a heading or a cut name, not a name of its own.
				continue
			}
			if id, ok := byKey[key]; ok {
				m.ent = id
			} else if id := a.resolveShort(m, placey[key]); id >= 0 {
				m.ent = id
			} else if evidence[key] > 0 {
				id = len(a.ents)
				byKey[key] = id
				a.ents = append(a.ents, &entity{key: key, toks: m.toks, forms: map[string]int{}, aliases: map[string]bool{},
					docs: map[int]bool{}, titles: map[int]map[string]bool{}, allTitles: map[string]string{}})
				a.indexWords(id)
				m.ent = id
			} else {
				continue
			}
			a.attach(m)
		}
	}
	// "Mursi held on for second": a name of two words whose last word
	// alone stands for it is a person's; places and bodies are not
	// shortened to their last word.
	bySurname := map[int]bool{}
	for i := range a.mentions {
		for _, m := range a.mentions[i] {
			if m.ent >= 0 && len(m.toks) == 1 {
				if e := a.ents[m.ent]; len(e.toks) == 2 && m.toks[0] == e.toks[1] && !placeWords[e.toks[1]] && !orgSuffixes[e.toks[1]] {
					bySurname[m.ent] = true
				}
			}
		}
	}
	for id, e := range a.ents {
		if len(e.toks) == 1 && hasDemonym(e.key, people) {
			e.place += 2
		}
		if bySurname[id] && e.org == 0 {
			e.person += 2
		}
		e.kind = kindOf(e)
		// The most used form names it; on a tie, the first met. A body
		// also written short is named in full.
		best := ""
		for _, f := range e.order {
			if best == "" || e.forms[f] > e.forms[best] || withShort[id] && len(nameKey(f)) > len(nameKey(best)) {
				best = f
			}
		}
		e.name = best
	}
}

// acronymsOf maps each entity that is an acronym to the one entity of the
// story whose initials it spells and that a sentence names beside it (any
// article, for the few of fixedAcronyms): "US" is the "United States",
// "INS" the "Immigration and Naturalization Service". The list of
// entities shows them as one; fact matching, which weighs the words of
// each sentence, keeps them apart.
func (a *analysis) acronymsOf() map[int]int {
	into := map[int]int{}
	for id, e := range a.ents {
		if e.count <= 0 || len(e.toks) != 1 || len(e.order) == 0 || !isAcronym(e.order[0]) {
			continue
		}
		letters := strings.ToLower(strings.ReplaceAll(e.order[0], ".", ""))
		if len(letters) < 2 || len(letters) > 6 {
			continue
		}
		_, known := fixedAcronyms[strings.ToUpper(e.order[0])]
		target := -1
		for fid, f := range a.ents {
			if f.count <= 0 || len(f.toks) < 2 || initials(f.toks) != letters || !sharesDoc(e, f) {
				continue
			}
			if !known && !a.sameSentence(id, fid) {
				// "Adolescent Psychiatry" is not the "AP" of a
				// dateline: an acronym is spelt out beside it.
				continue
			}
			if target >= 0 {
				target = -2 // two bodies spell it: leave it alone
				break
			}
			target = fid
		}
		if target >= 0 {
			into[id] = target
		}
	}
	return into
}

// sameSentence reports whether one sentence names both entities.
func (a *analysis) sameSentence(e, f int) bool {
	for _, ms := range a.mentions {
		var hasE, hasF bool
		for _, m := range ms {
			hasE = hasE || m.ent == e
			hasF = hasF || m.ent == f
		}
		if hasE && hasF {
			return true
		}
	}
	return false
}

// initials returns the first letters of the words of a name, leaving out
// the small words an acronym skips ("of", "and").
func initials(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		switch t {
		case "of", "and", "the", "for", "on", "de", "du", "la":
			continue
		}
		b.WriteString(t[:1])
	}
	return b.String()
}

// sharesDoc reports whether an article names both entities.
func sharesDoc(e, f *entity) bool {
	for d := range e.docs {
		if f.docs[d] {
			return true
		}
	}
	return false
}

// hyphenList reports whether name is one word of two names or more
// joined by hyphens, each capitalised and named alone elsewhere in the
// story (alone counts the one-word mentions by key).
func hyphenList(name string, alone map[string]int) bool {
	if !strings.Contains(name, "-") || strings.Contains(name, " ") {
		return false
	}
	for _, p := range strings.Split(name, "-") {
		if utf8.RuneCountInString(p) < 2 || !isCap(p) || alone[strings.Join(nameKey(p), " ")] == 0 {
			return false
		}
	}
	return true
}

// isAge reports whether w is a whole number a person's age could be.
func isAge(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n > 0 && n < 120 && w[0] != '0'
}

// hasDemonym reports whether the people or adjective of the place named w
// (lower case) is among people: Korea and Korean, Talvora and
// Talvorans, China and Chinese, Italy and Italian, Mexico and Mexican.
func hasDemonym(w string, people map[string]bool) bool {
	if len(w) < 3 {
		return false
	}
	stems := [2]string{w, w}
	if last := w[len(w)-1]; last == 'a' || last == 'o' || last == 'y' || last == 'e' {
		stems[1] = w[:len(w)-1]
	}
	for _, st := range stems {
		for _, suf := range []string{"n", "ns", "an", "ans", "ian", "ians", "ese"} {
			if people[st+suf] {
				return true
			}
		}
	}
	return false
}

// bodyAfterAnd reports whether the capitalised words from token k on end
// a body's name within two words: "Naturalization Service".
func bodyAfterAnd(toks []text.Token, low []string, k int, gapOK func(int) bool) bool {
	for j := k; j < len(toks) && j < k+2; j++ {
		if !isCap(toks[j].Text) || !gapOK(j) {
			return false
		}
		l := low[j]
		if stripPossessive(l) != l {
			return false // "and Children's Hospital": another body
		}
		if orgSuffixes[l] || orgSuffixes[strings.TrimSuffix(l, "s")] {
			return true
		}
	}
	return false
}

// serviceAfterAnd reports whether the capitalised words from token k
// end, within three, in the name of a public body's kind: "Fire and
// Rescue Service", "Municipal and Allied Workers' Union" ("and White
// House" may join a person to a building).
func serviceAfterAnd(toks []text.Token, low []string, k int, gapOK func(int) bool) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if !isCap(toks[j].Text) || !gapOK(j) {
			return false
		}
		if serviceTails[low[j]] {
			return true
		}
	}
	return false
}

// serviceTails end the names of public bodies and unions.
var serviceTails = set("service", "union", "association", "federation", "authority", "commission", "agency",
	"department", "institute", "society", "trust", "board", "committee", "administration", "corporation")

// adjectiveTails make an adjective of the name before them, whether or not
// the story writes them alone.
var adjectiveTails = set("based", "born", "bound", "run", "led", "backed", "owned", "made", "style",
	"like", "era", "area", "speaking", "controlled", "funded", "sponsored", "financed", "linked",
	"affiliated", "allied", "inspired", "themed", "related", "held", "occupied", "ruled", "headquartered")

// adjectival reports whether token w is a name joined by a hyphen to a
// common word of three letters or more in lower case: "Vegas-style",
// "Indian-run", "Washington-based". Name syllables ("Jong-un", "Ki-moon")
// are neither; "Sun-Times" keeps its capital.
func adjectival(w string, common map[string]bool) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || common == nil {
		return false
	}
	tail := w[i+1:]
	return len(tail) >= 3 && tail[0] >= 'a' && tail[0] <= 'z' && (adjectiveTails[tail] || common[strings.ToLower(tail)]) &&
		!titleWords[strings.ToLower(w[:i])] // "President-elect" is a title
}

// wordClasses returns, from one pass over the story's words, two sets of
// words in lower case:
//
//   - common: those the story writes in lower case at least twice, and
//     more often than capitalised on their own inside a sentence: common
//     nouns, which a capital alone does not make a name ("the Nation", a
//     heading's "Service"), unlike "the Senate";
//   - people: the capitalised words that may name a people or its
//     adjective ("Talvorans", "Korean", "Chinese"), for hasDemonym.
func (a *analysis) wordClasses() (common, people map[string]bool) {
	lower := map[string]int{}
	alone := map[string]int{}
	people = map[string]bool{}
	for i, ts := range a.toks {
		for k, t := range ts {
			l := a.low[i][k]
			if isCap(t.Text) && (isDemonym(t.Text) || strings.HasSuffix(l, "an") || strings.HasSuffix(l, "ans")) {
				people[strings.TrimSuffix(l, "'s")] = true
			}
			switch c := t.Text[0]; {
			case c >= 'a' && c <= 'z':
				lower[l]++
			case c >= 'A' && c <= 'Z' && k > 0 && !isCap(ts[k-1].Text) && (k+1 == len(ts) || !isCap(ts[k+1].Text)):
				alone[l]++
			}
		}
	}
	common = make(map[string]bool, len(lower))
	for w, n := range lower {
		if n >= 2 && n > alone[w] {
			common[w] = true
		}
	}
	return common, people
}

// kindOf decides an entity's kind from the evidence of its mentions.
func kindOf(e *entity) string {
	switch {
	case e.org >= e.place && e.org >= e.person && e.org > 0:
		return Organization
	case e.place > e.person:
		return Place
	case e.person == 0 && 2*e.the >= e.count && e.the > 0:
		return Organization
	case e.person > 0 || len(e.toks) > 1:
		return Person
	}
	return Place
}

// attach records mention m on its entity.
func (a *analysis) attach(m *mention) {
	e := a.ents[m.ent]
	d := a.c.Sents[m.sent].Doc
	e.count++
	e.docs[d] = true
	e.place += m.place
	e.person += m.person
	e.org += m.org
	if m.the {
		e.the++
	}
	if len(m.toks) == len(e.toks) {
		if e.forms[m.name] == 0 {
			e.order = append(e.order, m.name)
		}
		e.forms[m.name]++
	}
	if m.surface != "" {
		e.aliases[m.surface] = true
	}
	e.aliases[m.name] = true
	for _, t := range m.titles {
		l := strings.ToLower(t)
		if e.titles[d] == nil {
			e.titles[d] = map[string]bool{}
		}
		e.titles[d][l] = true
		if _, ok := e.allTitles[l]; !ok {
			e.allTitles[l] = openingLower(t)
		}
	}
}

// indexWords adds entity id to byTok if its name has two words or more.
func (a *analysis) indexWords(id int) {
	e := a.ents[id]
	if len(e.toks) < 2 {
		return
	}
	for k, t := range e.toks {
		if !slices.Contains(e.toks[:k], t) {
			a.byTok[t] = append(a.byTok[t], id)
		}
	}
}

// inLonger reports whether token t is part of a longer name than entity not.
func (a *analysis) inLonger(t string, not int) bool {
	for _, id := range a.byTok[t] {
		if e := a.ents[id]; id != not && e.count >= 0 {
			return true
		}
	}
	return false
}

func (a *analysis) sameLonger(t1, t2 string, not int) bool {
	for _, id := range a.byTok[t1] {
		if id != not && contains(a.ents[id].toks, t2) {
			return true
		}
	}
	return false
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// hyphenated reports whether word t (lower case) is only part of a
// hyphenated word in the names of e: "Brown" alone is not Joan
// Brown-Campbell, whose surname is the pair.
func hyphenated(e *entity, t string) bool {
	if len(e.order) == 0 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.order[0])) {
		if !strings.Contains(w, "-") {
			if w == t {
				return false
			}
			continue
		}
		for _, p := range strings.Split(w, "-") {
			if p == t {
				return true
			}
		}
	}
	return false
}

// resolveShort finds the entity a one-word (or otherwise partial) mention
// names: one whose name holds its words; among several, the one that bears
// its title, else the nearest full mention before it in the same article,
// else the most mentioned one.
//
// A word used as a place never names an organisation ("Washington" is not
// the "Washington Post").
func (a *analysis) resolveShort(m *mention, place bool) int {
	toks := m.toks
	if len(toks) == 0 {
		return -1
	}
	var compat []int
	// Only names longer than one word can hold another (see byTok).
	for _, id := range a.byTok[toks[0]] {
		e := a.ents[id]
		if e.count < 0 || len(e.toks) <= len(toks) || place && e.org > 0 {
			continue
		}
		// "Miami" is not "Miami Beach", nor "Kansas" "Kansas City": a
		// place named after another is not that place. "The Pacific" is
		// still the Pacific Ocean, and "the Snake" the Snake River.
		if l := e.toks[len(e.toks)-1]; placeWords[l] && !natureWords[l] && !contains(toks, l) {
			continue
		}
		ok := true
		for _, t := range toks {
			if !contains(e.toks, t) || hyphenated(e, t) {
				ok = false
				break
			}
		}
		if ok {
			compat = append(compat, id)
		}
	}
	if len(compat) == 0 {
		return -1
	}
	if len(compat) == 1 {
		return compat[0]
	}
	if len(m.titles) > 0 {
		var titled []int
		for _, id := range compat {
			if _, ok := a.ents[id].allTitles[strings.ToLower(m.titles[0])]; ok {
				titled = append(titled, id)
			}
		}
		if len(titled) == 1 {
			return titled[0]
		}
	}
	doc := a.c.Sents[m.sent].Doc
	for i := m.sent; i >= 0 && a.c.Sents[i].Doc == doc; i-- {
		ms := a.mentions[i]
		for k := len(ms) - 1; k >= 0; k-- {
			x := ms[k]
			if i == m.sent && x.start >= m.start {
				continue
			}
			for _, id := range compat {
				if x.ent == id && len(x.toks) > len(toks) {
					return id
				}
			}
		}
	}
	best := compat[0]
	for _, id := range compat[1:] {
		if a.ents[id].count > a.ents[best].count {
			best = id
		}
	}
	return best
}

// entityList returns the entities for the brief, most mentioned first.
func (a *analysis) entityList() []storyline.Entity {
	out := []storyline.Entity{}
	into := a.acronymsOf()
	for id, e := range a.ents {
		if e.count <= 0 || e.name == "" {
			continue
		}
		if _, ok := into[id]; ok {
			continue // listed with the name it abbreviates
		}
		docs, aliases := e.docs, e.aliases
		for from, to := range into {
			if to != id {
				continue
			}
			f := a.ents[from]
			docs, aliases = maps.Clone(docs), maps.Clone(aliases)
			maps.Copy(docs, f.docs)
			maps.Copy(aliases, f.aliases)
		}
		// A single word named once, with no sign of its kind beyond one
		// cue, is too weak to list.
		if len(e.toks) == 1 && e.count < 2 && e.person+e.org+e.place < 2 {
			continue
		}
		// A people ("Native Americans", "American Indians") is neither
		// a person nor a place.
		if l := e.toks[len(e.toks)-1]; len(e.toks) > 1 && strings.HasSuffix(l, "s") && isDemonym(strings.TrimSuffix(l, "s")) && e.person < 2 {
			continue
		}
		en := storyline.Entity{Name: e.name, Kind: e.kind, Aliases: []string{}, Articles: a.docIDs(docs)}
		for al := range aliases {
			if al != e.name {
				en.Aliases = append(en.Aliases, al)
			}
		}
		sort.Strings(en.Aliases)
		for _, t := range e.allTitles {
			en.Titles = append(en.Titles, t)
		}
		sort.Strings(en.Titles)
		out = append(out, en)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Articles) != len(out[j].Articles) {
			return len(out[i].Articles) > len(out[j].Articles)
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// docIDs returns the IDs of a set of articles in corpus order.
func (a *analysis) docIDs(docs map[int]bool) []string {
	ds := make([]int, 0, len(docs))
	for d := range docs {
		ds = append(ds, d)
	}
	sort.Ints(ds)
	ids := make([]string, len(ds))
	for i, d := range ds {
		ids[i] = a.c.Articles[d].ID
	}
	return ids
}

// describe resolves descriptions such as "the North Korean envoy" or "the
// negotiator" to the one person of the story who carries that title, so
// that a sentence naming someone by role shares that person's term.
func (a *analysis) describe() {
	a.described = make([][]mention, len(a.c.Sents))
	// byTitle maps a title word to the people carrying it; -1 when more
	// than one does, since then the role names nobody in particular.
	byTitle := map[string]int{}
	for id, e := range a.ents {
		if e.count <= 0 || e.kind != Person {
			continue
		}
		for t := range e.allTitles {
			for _, w := range strings.Fields(t) {
				if !titleWords[w] || softTitles[w] {
					continue
				}
				if prev, ok := byTitle[w]; ok && prev != id {
					byTitle[w] = -1
				} else {
					byTitle[w] = id
				}
			}
		}
	}
	byKey := make(map[string]int, len(a.ents))
	for id, e := range a.ents {
		if e.count > 0 {
			byKey[e.key] = id
		}
	}
	for i, toks := range a.toks {
		if !a.independent(a.c.Sents[i].Doc) {
			continue
		}
		if a.c.Sents[i].Heading {
			a.describeHeading(i, byKey)
			continue
		}
		for k := 0; k+1 < len(toks); k++ {
			if !strings.EqualFold(toks[k].Text, "the") {
				continue
			}
			// Up to three modifiers ("North Korean", "chief") before the
			// role word, which no name may follow.
			for e := k + 1; e < len(toks) && e <= k+4; e++ {
				w := strings.ToLower(toks[e].Text)
				id, ok := byTitle[w]
				if ok && (e+1 == len(toks) || !isCap(toks[e+1].Text)) {
					if id >= 0 && a.ents[id].docs[a.c.Sents[i].Doc] {
						a.described[i] = append(a.described[i], mention{sent: i, start: toks[k].Start, end: toks[e].End, ent: id})
					}
					break
				}
				if !isCap(toks[e].Text) && !titleWords[w] {
					break
				}
			}
		}
	}
}

// describeHeading resolves the names of heading i that name an entity of
// the body exactly: headings are kept out of the entity list, yet a
// heading that names Vietnam should share Vietnam's term.
func (a *analysis) describeHeading(i int, byKey map[string]int) {
	for _, m := range tokenMentions(i, a.c.Sents[i].Text, a.toks[i], a.low[i], a.lower, a.common) {
		if id, ok := byKey[m.key]; ok {
			m.ent = id
			a.described[i] = append(a.described[i], m)
		}
	}
}

// afterDash reports whether token k follows a spaced dash, as the first
// word after a dateline does ("LISK, May 4 - Firefighter Owen Tallis").
func afterDash(s string, toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	switch s[toks[k-1].End:toks[k].Start] {
	case " - ", " – ", " — ":
		return true
	}
	return false
}

// ownedBefore reports whether a possessive pronoun ("its", "their")
// opens the words that end at token k: "its operator", "their new
// operator".
func ownedBefore(toks []text.Token, k int) bool {
	for j := k; j >= 0 && j > k-3; j-- {
		switch l := strings.ToLower(toks[j].Text); {
		case ownDeterminers[l]:
			return true
		case l == "the" || l == "a" || l == "an":
			return false
		}
	}
	return false
}

// appositiveTitle returns the title that follows a name in apposition,
// from token e on: ", the chief executive of Caldwell Castings," or ",
// Caldwell's chief executive,". Every word of it must be a title word and
// the last a hard one; a description (", a firefighter,") is no title.
func appositiveTitle(s string, toks []text.Token, low []string, e int) string {
	if e >= len(toks) || s[toks[e-1].End:toks[e].Start] != ", " {
		return ""
	}
	k := e
	// "Anselm Pryce, described by the zoo as its deputy director,": the
	// office a participle names after "as".
	if describingParticiples[low[k]] {
		return asRole(s, toks, low, k+1)
	}
	// "Corinne Dallaz, who heads the Vernaz Valley Mountain Rescue": the
	// verb names the role; "who is head of safety at the authority"
	// gives it.
	if low[k] == "who" && k+1 < len(low) {
		// "who ran the event as tournament director", "who oversees
		// digital services at the trust as its chief digital officer":
		// the office in which they act, named after "as".
		r := asRole(s, toks, low, k+1)
		heading := heads[roleVerbs[low[k+1]]] // "who heads", "who leads"
		// "who heads the museum's collections team", "who leads the
		// council's coastal engineering team as its head": the team
		// says of what, which a generic head does not.
		if heading && (r == "" || slices.ContainsFunc(titleRoles(r), generic)) {
			if team := teamCharge(s, toks, low, k+2); team != "" {
				return "head of the " + team
			}
		}
		// "who leads infection prevention and control at the trust as
		// its director": the charge led names the office.
		if r != "" && !strings.Contains(r, " ") && heading {
			if charge := bareCharge(s, toks, low, k+2); charge != "" {
				return r + " of " + charge
			}
		}
		if r != "" {
			return r
		}
		// "who has been Carrowmere's governor since 2022": the office
		// held.
		if k+3 < len(low) && (low[k+1] == "has" || low[k+1] == "had") && low[k+2] == "been" {
			if t := titleAt(s, toks, low, k+3); t != "" {
				return t
			}
		}
		// "who holds the transport brief in the council's cabinet": a
		// seat in it.
		if t := portfolioRole(s, toks, low, k+1); t != "" {
			return t
		}
		v := k + 1
		if (low[v] == "has" || low[v] == "had") && v+1 < len(low) && roleParticiples[low[v+1]] != "" {
			v++ // "who has captained the club since 2021"
		}
		r, ok := roleVerbs[low[v]]
		if !ok {
			r, ok = roleParticiples[low[v]], v > k+1
		}
		if ok && !heads[r] {
			return r // "who curates the garden's plant collections"
		}
		if ok {
			// "who leads water quality at the company": the head of a
			// charge, named bare; "who heads the agency" names whom.
			if charge := bareCharge(s, toks, low, v+1); charge != "" {
				return "head of " + charge
			}
			// "who heads Merrow Post's operations in the region": the
			// charge after its owner, in the plural or a portfolio ("the
			// valley's rescue service" is a body, whom the head serves).
			// One who "manages the route's bridges and other assets" is
			// a manager of some kind, not their head.
			if r == "head" || r == "leader" {
				if o, owned := pastTheOwner(s, toks, low, v+1); owned && o < len(toks) {
					charge := bareCharge(s, toks, low, o)
					last := charge[strings.LastIndexByte(charge, ' ')+1:]
					if charge != "" && (portfolios[last] || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")) {
						return "head of " + charge
					}
				}
			}
			return r
		}
		if (low[k+1] == "is" || low[k+1] == "was") && k+2 < len(low) {
			// "who is in charge of dam safety": its head.
			if k+5 < len(low) && low[k+2] == "in" && low[k+3] == "charge" && low[k+4] == "of" {
				if charge := bareCharge(s, toks, low, k+5); charge != "" {
					return "head of " + charge
				}
			}
			return titleAt(s, toks, low, k+2)
		}
		// "who as general secretary leads the union's team": the
		// office in which they act, whatever verb follows.
		if low[k+1] == "as" && k+2 < len(low) {
			return roleRun(s, toks, low, k+2)
		}
		return ""
	}
	return titleAt(s, toks, low, k)
}

// teamUnits name a part of a body that someone may head, after the
// words that say of what ("the museum's collections team").
var teamUnits = set("team", "teams", "department", "unit", "section", "division", "directorate", "desk", "programme", "program")

// teamCharge returns a team named from token k on by the words in lower
// case that say of what, without its owner ("the authority's incidents
// team": "incidents team"), or "".
func teamCharge(s string, toks []text.Token, low []string, k int) string {
	team, _, _ := teamChargeAt(s, toks, low, k)
	return team
}

// teamChargeAt is teamCharge that also returns the token after the team,
// and whether an owner came before it ("the customs service's").
func teamChargeAt(s string, toks []text.Token, low []string, k int) (team string, end int, owned bool) {
	k, owned = pastTheOwner(s, toks, low, k)
	j := k
	for j < len(toks) && j < k+4 && (j == k || s[toks[j-1].End:toks[j].Start] == " ") && isWord(low[j]) && !isCap(toks[j].Text) &&
		!text.IsStopword(low[j]) && !teamUnits[low[j]] {
		j++
	}
	if j == k || j == len(toks) || !teamUnits[low[j]] || s[toks[j-1].End:toks[j].Start] != " " {
		return "", 0, false
	}
	return s[toks[k].Start:toks[j].End], j + 1, owned
}

// portfolioWords name a cabinet member's charge: "the transport brief".
var portfolioWords = set("portfolio", "brief")

// portfolioRole returns the office of one "who holds the transport
// brief" (token k is "holds") in a council's cabinet: its "cabinet
// member for transport"; or "". Whose cabinet must be said, in the
// clause: a minister's portfolio is named otherwise.
func portfolioRole(s string, toks []text.Token, low []string, k int) string {
	if k+3 >= len(toks) || low[k] != "holds" && low[k] != "held" || low[k+1] != "the" {
		return ""
	}
	j := k + 2
	for j < len(toks) && j < k+7 && s[toks[j-1].End:toks[j].Start] == " " && isWord(low[j]) && !isCap(toks[j].Text) &&
		!portfolioWords[low[j]] && (!text.IsStopword(low[j]) || low[j] == "and") {
		j++
	}
	if j == k+2 || j == len(toks) || !portfolioWords[low[j]] || low[j-1] == "and" {
		return ""
	}
	for m := j + 1; m < len(toks) && m < j+6 && !strings.ContainsAny(s[toks[m-1].End:toks[m].Start], ",;"); m++ {
		if strings.TrimSuffix(low[m], "'s") == "cabinet" || strings.HasPrefix(low[m], "council") {
			return "cabinet member for " + s[toks[k+2].Start:toks[j-1].End]
		}
	}
	return ""
}

// describingParticiples open a clause after a name that may name its
// office after "as": "described by the zoo as its deputy director".
var describingParticiples = set("described", "named", "identified", "listed", "introduced", "appointed", "confirmed")

// asRoleReach is how many words after "who" the "as" that names an
// office may stand.
const asRoleReach = 10

// asRole returns the office named after "as" in the clause that starts
// at token k ("ran the event as tournament director", "served as deputy
// prime minister until Tuesday"), or "".
func asRole(s string, toks []text.Token, low []string, k int) string {
	for j := k; j < len(toks) && j < k+asRoleReach; j++ {
		if j > k && strings.ContainsAny(s[toks[j-1].End:toks[j].Start], ",;()") {
			return ""
		}
		if low[j] != "as" || j+1 == len(toks) {
			continue
		}
		m := j + 1
		if ownDeterminers[low[m]] || low[m] == "the" || low[m] == "a" || low[m] == "an" {
			m++
		}
		// "as the agency's consultant in health protection", "as shop
		// stewards' convener".
		m = pastOwner(s, toks, low, m)
		if m < len(toks) {
			// "as vice-rector for education": with its charge.
			if end := roleEnd(s, toks, low, m); end >= 0 {
				return s[toks[m].Start:toks[chargeEnd(s, toks, low, end+1)-1].End]
			}
		}
		return ""
	}
	return ""
}

// pastOwner returns the token after an owner's possessive that starts
// at token m and takes three words at most ("the agency's", "shop
// stewards'"), or m when there is none.
func pastOwner(s string, toks []text.Token, low []string, m int) int {
	for j := m; j < len(toks) && j < m+3; j++ {
		if j > m && s[toks[j-1].End:toks[j].Start] != " " {
			break
		}
		if ownerSuffix(low[j]) || pluralOwner(s, toks, low, j) {
			return j + 1
		}
	}
	return m
}

// pastTheOwner returns the token after "the" and an owner's possessive
// from token k on ("the museum's", "Merrow Post's"), and whether an
// owner was there; without one, the token after "the" or k itself.
func pastTheOwner(s string, toks []text.Token, low []string, k int) (int, bool) {
	if k < len(toks) && low[k] == "the" {
		k++
	}
	o := pastOwner(s, toks, low, k)
	return o, o > k
}

// pluralOwner reports whether token j is a plural with the apostrophe of
// its owner after it ("the Harriers' coach"): the tokens leave the
// apostrophe out.
func pluralOwner(s string, toks []text.Token, low []string, j int) bool {
	if !strings.HasSuffix(low[j], "s") || j+1 >= len(toks) {
		return false
	}
	gap := s[toks[j].End:toks[j+1].Start]
	return gap == "' " || gap == "’ "
}

// roleRun returns the words of titles from token k on that end in a
// role ("general secretary", "assistant chief constable"), or "".
func roleRun(s string, toks []text.Token, low []string, k int) string {
	if end := roleEnd(s, toks, low, k); end >= 0 {
		return s[toks[k].Start:toks[end].End]
	}
	return ""
}

// roleEnd returns the last token of the title roleRun reads from token
// k, or -1.
func roleEnd(s string, toks []text.Token, low []string, k int) int {
	head := -1
	for j := k; j < len(toks) && j < k+4 && (j == k || s[toks[j-1].End:toks[j].Start] == " "); j++ {
		// Words that say of what ("returning officer") may come
		// before the role, in lower case.
		if text.IsStopword(low[j]) || !isWord(low[j]) || isCap(toks[j].Text) && !titleWords[low[j]] && !isRoleHead(low[j]) {
			break
		}
		if isRoleHead(low[j]) || titleWords[low[j]] && !softTitles[low[j]] {
			head = j
		}
	}
	if head < 0 {
		return -1
	}
	return tradeAfter(s, toks, low, head)
}

// tradeAfter returns the token of the trade after a head or chief at
// token head ("head brewer", "chief observer"), or head itself.
func tradeAfter(s string, toks []text.Token, low []string, head int) int {
	if (low[head] == "head" || low[head] == "chief") && head+1 < len(toks) && s[toks[head].End:toks[head+1].Start] == " " &&
		isWord(low[head+1]) && !isCap(toks[head+1].Text) && !text.IsStopword(low[head+1]) &&
		(strings.HasSuffix(low[head+1], "er") || strings.HasSuffix(low[head+1], "or")) {
		return head + 1
	}
	return head
}

// titleAt returns the title that starts at token k of an apposition, or
// "": see appositiveTitle.
func titleAt(s string, toks []text.Token, low []string, k int) string {
	bare := true // "Anders Vell, chief executive of Kessling,": "of" must follow
	// "a chief superintendent" is a rank; "a firefighter" or "the
	// passenger who escaped" says what someone is or did, not an office.
	indefinite := false
	if low[k] == "the" || low[k] == "a" || low[k] == "an" || ownDeterminers[low[k]] {
		indefinite = low[k] == "a" || low[k] == "an"
		k++
		bare = false
	}
	// An employer's possessive: "Caldwell's chief executive", "the rescue
	// service's deputy head".
	for j := k; j < len(toks) && j < k+6; j++ {
		// "of" ends the search but inside a name ("the Penwarden
		// Museum of Natural History's curator").
		inName := low[j] == "of" && j > k && j+1 < len(toks) && isCap(toks[j-1].Text) && isCap(toks[j+1].Text)
		if j > k && s[toks[j-1].End:toks[j].Start] != " " || low[j] == "of" && !inName || isRoleHead(low[j]) {
			break
		}
		// "the Harriers' director of rugby" too.
		if ownerSuffix(low[j]) || pluralOwner(s, toks, low, j) {
			k, bare = j+1, false
			break
		}
	}
	first, head := k, -1
	for ; k < len(toks) && k < first+5 && (k == first || s[toks[k-1].End:toks[k].Start] == " "); k++ {
		w := low[k]
		// A body's name may open it, before the role: "the Rovers
		// chairman".
		leading := k < first+2 && head < 0 && !bare
		if isCap(toks[k].Text) && !titleWords[w] && !isRoleHead(w) && !leading || text.IsStopword(w) || !isWord(w) {
			break
		}
		// "the council's cabinet member for education": a seat in a
		// cabinet or on a board is an office.
		if isRoleHead(w) || titleWords[w] && !softTitles[w] || w == "member" && k > first && seatBodies[low[k-1]] {
			head = k
		}
	}
	if head < 0 {
		return ""
	}
	head = tradeAfter(s, toks, low, head)
	k = head + 1
	// "the cabinet member responsible for highways" is the cabinet
	// member for highways. (A "councillor responsible for education"
	// holds some office of the council for it, whose name is not said.)
	responsible := k+1 < len(toks) && low[k] == "responsible" && low[k+1] == "for" && !memberRoles[low[head]]
	if responsible {
		k++
	}
	// "head of the National Customs Service's anti-smuggling unit": the
	// team after its owner is the charge ("head of the anti-smuggling
	// unit").
	if k+2 < len(toks) && low[k] == "of" && !responsible {
		if team, end, owned := teamChargeAt(s, toks, low, k+1); team != "" && owned && (end == len(toks) || strings.HasPrefix(s[toks[end-1].End:], ",")) {
			return s[toks[first].Start:toks[head].End] + " of the " + team
		}
	}
	// "head of safety", "director of public health", "vice-rector for
	// research": words in lower case after "of" or "for" say of what,
	// and are the title's; a name after it ("of Kessling") is whom it
	// serves.
	k = chargeEnd(s, toks, low, k)
	// The title ends the apposition or names whom it serves.
	next := ""
	if k < len(toks) {
		next = low[k]
	}
	// "the passenger who escaped" describes; "the cabinet member for
	// education, who proposed it" holds an office all the same.
	if (indefinite || next == "who" && s[toks[k-1].End:toks[k].Start] == " ") && !isRoleHead(low[head]) {
		return ""
	}
	ends := k == len(toks) || strings.HasPrefix(s[toks[k-1].End:], ",") || strings.HasPrefix(s[toks[k-1].End:], ".") ||
		// "the zoo's deputy director and a veterinary surgeon": a
		// second description follows the title.
		next == "and" && k+1 < len(toks) && (low[k+1] == "a" || low[k+1] == "an")
	// "the district commander in Korvel" serves a place; "the officer in
	// charge of the search" describes, but "the police superintendent in
	// charge of the operation" holds a rank.
	if next == "in" && k+1 < len(toks) && low[k+1] == "charge" && genericRoles[low[head]] {
		return ""
	}
	if !ends && !titleTails[next] || bare && !titleTails[next] && (k-first < 2 || !ends) {
		return ""
	}
	if responsible {
		if k == head+2 {
			return "" // "responsible for" with no charge after it
		}
		return s[toks[first].Start:toks[head].End] + s[toks[head+1].End:toks[k-1].End]
	}
	return s[toks[first].Start:toks[k-1].End]
}

// openingCharge returns the title with its charge that opens the
// sentence before the name at token k ("Director of operations Alison
// Trevethan said"), in lower case, or "".
func openingCharge(s string, toks []text.Token, k int) string {
	j := k - 1
	for j > 0 && j >= k-3 && s[toks[j].End:toks[j+1].Start] == " " && !isCap(toks[j].Text) && isWord(toks[j].Text) &&
		!text.IsStopword(strings.ToLower(toks[j].Text)) {
		j--
	}
	if j == k-1 || j < 1 || s[toks[j].End:toks[j+1].Start] != " " || toks[j].Text != "of" && toks[j].Text != "for" {
		return ""
	}
	r := j - 1
	l := strings.ToLower(toks[r].Text)
	if s[toks[r].End:toks[j].Start] != " " || !isRoleHead(l) && !titleWords[l] {
		return ""
	}
	// "Deputy director of operations": a rank before the role.
	if r > 0 && rankWords[strings.ToLower(toks[r-1].Text)] && s[toks[r-1].End:toks[r].Start] == " " {
		r--
	}
	if r != 0 && !afterDash(s, toks, r) {
		return ""
	}
	return strings.ToLower(s[toks[r].Start:toks[k-1].End])
}

// saidOf reports whether a being verb comes before the description
// around token i ("was a High Court justice"): the words back to its
// article, then the verb.
func saidOf(s string, toks []text.Token, i int) bool {
	for j := i; j >= 1 && j > i-5; j-- {
		if j < i && s[toks[j].End:toks[j+1].Start] != " " {
			return false
		}
		if l := strings.ToLower(toks[j].Text); l == "a" || l == "an" || l == "the" {
			return beingVerbs[strings.ToLower(toks[j-1].Text)] && s[toks[j-1].End:toks[j].Start] == " "
		}
	}
	return false
}

// beingVerbs say what someone is or was: the title after them is said of
// someone, not set beside a name.
var beingVerbs = set("is", "was", "were", "are", "became", "been")

// seatBodies are the bodies whose "member" holds an office: a cabinet, a
// board.
var seatBodies = set("cabinet", "board")

// tailPrepositions open the words after a title before a name that say
// whom it serves ("The secretary of the allotment society, Gwen
// Tolliver").
var tailPrepositions = set("of", "to", "at", "for")

// onlyMember reports whether title t says only that someone sits on a
// body ("Councillor", "Cllr").
func onlyMember(t string) bool {
	r := titleRoles(t)
	return len(r) == 1 && memberRoles[r[0]]
}

// titleBefore returns the title in apposition before the name at token
// k, when it says of what after "of" or "for": "The council's director
// of infrastructure, Morag Ettrick, told"; or "". (Titles that end in
// their role are read in tokenMentions.)
func titleBefore(s string, toks []text.Token, k int) string {
	if k < 3 || s[toks[k-1].End:toks[k].Start] != ", " {
		return ""
	}
	low := lowerTokens(toks)
	end := k - 1 // the title's last token
	for j := k - 2; j >= 0 && j >= k-12; j-- {
		l := low[j]
		if l == "the" || l == "a" || l == "an" || ownDeterminers[l] || ownerSuffix(l) {
			// "When he was a High Court justice, Macpherson": a clause
			// that says what someone was, no apposition.
			if saidOf(s, toks, j) {
				return ""
			}
			if t := titleAt(s, toks, low, j); t != "" && strings.HasSuffix(s[:toks[end].End], t) && (end < k-1 || !isRoleHead(low[k-1])) {
				return t
			}
			// "The secretary of the allotment society, Gwen Tolliver":
			// whom the title serves follows it, once.
			if end == k-1 && j >= 2 && (l == "the" || l == "a" || l == "an") && tailPrepositions[low[j-1]] && s[toks[j-2].End:toks[j-1].Start] == " " {
				end = j - 2
				j--
				continue
			}
			return ""
		}
		if j > 0 && strings.ContainsAny(s[toks[j-1].End:toks[j].Start], ",;") {
			return ""
		}
	}
	return ""
}

// whoseTitle returns the title in "Ashgrove, whose managing director is
// Fenella Markby": the words between "whose" and "is" before token k,
// when they end in a role; or "".
func whoseTitle(toks []text.Token, k int) string {
	if k < 3 || !strings.EqualFold(toks[k-1].Text, "is") && !strings.EqualFold(toks[k-1].Text, "was") {
		return ""
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		l := strings.ToLower(toks[j].Text)
		if l == "whose" {
			if j == k-2 || !isRoleHead(strings.ToLower(toks[k-2].Text)) && !titleWords[strings.ToLower(toks[k-2].Text)] {
				return ""
			}
			var words []string
			for _, t := range toks[j+1 : k-1] {
				words = append(words, t.Text)
			}
			return strings.Join(words, " ")
		}
		if isCap(toks[j].Text) || !isWord(l) || text.IsStopword(l) {
			return ""
		}
	}
	return ""
}

// chargeEnd returns where a title that ends before token k ends with
// the words in lower case after "of" or "for" that say of what ("head of
// safety", "vice-rector for research"): k itself when there are none.
func chargeEnd(s string, toks []text.Token, low []string, k int) int {
	if k+1 >= len(toks) || low[k] != "of" && low[k] != "for" || isCap(toks[k+1].Text) {
		return k
	}
	m := k + 1
	for m < len(toks) && m < k+5 && s[toks[m-1].End:toks[m].Start] == " " && !isCap(toks[m].Text) && isWord(low[m]) && !isNumberWord(low[m]) &&
		(!text.IsStopword(low[m]) || low[m] == "and" && m > k+1) {
		m++
	}
	if m > k+1 && low[m-1] != "and" {
		return m
	}
	return k
}

// isNumberWord reports whether w is a number in words ("one", "two").
func isNumberWord(w string) bool {
	_, ok := wordNumber(w)
	return ok
}

// roleHeads end a title: the noun that names the role, after words that
// say of what ("harbour master", "race director", "chief operating
// officer").
var roleHeads = set("director", "master", "officer", "leader", "head", "executive", "manager", "chief",
	"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "president", "chairman",
	"chairwoman", "chair", "chairperson", "founder", "inspector", "commander", "captain", "coach", "mayor",
	"governor", "judge", "editor", "prosecutor", "superintendent", "administrator", "coordinator",
	"controller", "commissioner", "ambassador", "envoy", "adviser", "advisor", "treasurer", "registrar",
	"curator", "warden", "principal", "dean", "rector", "chancellor", "premier", "senator", "councillor",
	"councilor", "sheriff", "supervisor", "organiser", "organizer", "trustee", "auditor", "regulator",
	"forecaster", "negotiator", "economist", "constable", "sergeant", "detective", "investigator",
	"surgeon", "physician", "director-general", "secretary-general", "commander-in-chief",
	"scientist", "researcher", "veterinarian", "vet", "keeper", "zookeeper", "pilot", "engineer", "consultant",
	"headteacher", "headmistress", "convener", "convenor", "coroner", "provost", "bursar", "comptroller",
	"ombudsman", "magistrate", "bishop", "archbishop", "clerk", "steward", "librarian", "archivist", "coxswain",
	"lead")

// bareCharge returns the words in lower case from token k on that name a
// charge without an article ("water quality at"), or "".
func bareCharge(s string, toks []text.Token, low []string, k int) string {
	j := k
	// "infection prevention and control": "and" between two words.
	for j < len(toks) && j < k+4 && (j == k || s[toks[j-1].End:toks[j].Start] == " ") && isWord(low[j]) && !isCap(toks[j].Text) &&
		(!text.IsStopword(low[j]) || low[j] == "and" && j > k) && !ownDeterminers[low[j]] {
		j++
	}
	if j > k && low[j-1] == "and" {
		j--
	}
	if j == k {
		return ""
	}
	return s[toks[k].Start:toks[j-1].End]
}

// roleParticiples name the role of a person "who has captained" or "who
// has chaired" something.
var roleParticiples = map[string]string{"headed": "head", "led": "leader", "chaired": "chair", "directed": "director",
	"captained": "captain", "coached": "coach", "managed": "manager", "commanded": "commander"}

// heads are the roles of verbs that say someone is at the head of a
// charge ("who heads the museum's collections team", "who manages water
// quality"): the charge names the office.
var heads = set("head", "leader", "director", "manager", "commander", "chair")

// roleVerbs name the role of a person "who heads" or "who leads"
// something.
var roleVerbs = map[string]string{"heads": "head", "leads": "leader", "chairs": "chair", "directs": "director",
	"runs": "head", "captains": "captain", "coaches": "coach", "manages": "manager", "commands": "commander",
	"presides": "president", "curates": "curator"}

// titleTails may follow a title in apposition: whom it serves ("of
// Kessling", "at Port Lissane", "for the region").
var titleTails = set("of", "at", "for", "with", "who", "in", "to", "since")

// isWord reports whether w is a word of letters, with hyphens.
func isWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// onlyHonorifics reports whether every word of ws is a form of address
// ("Dr", "Mr"), or ws is empty.
func onlyHonorifics(ws []string) bool {
	for _, w := range ws {
		if !honorifics[strings.TrimSuffix(strings.ToLower(w), ".")] {
			return false
		}
	}
	return true
}

// titlePrepositions may come before a title of words in lower case.
var titlePrepositions = set("to", "by", "from", "with", "for", "of", "about")

// titleModifiers returns the words before title words (which end at token
// i+1) that say of what the role is: "race director Ingrid Solvang",
// "chief operating officer Henrike Dassow". They are taken only when a
// determiner, a possessive, a preposition, a capitalised word,
// punctuation or the sentence's start comes before them, so that no verb
// is ("said race director" is not a title).
func titleModifiers(s string, toks []text.Token, i int, titles []string) []string {
	if len(titles) == 0 || titles[0] == "and" {
		return nil
	}
	var ext []string
	j := i
	for j >= 0 && len(ext) < 2 {
		l := strings.ToLower(toks[j].Text)
		opening := j == 0 || afterDash(s, toks, j)
		if s[toks[j].End:toks[j+1].Start] != " " || isCap(toks[j].Text) && !opening || text.IsStopword(l) ||
			!isWord(l) || speechVerbs[l] || strings.HasSuffix(l, "ly") {
			break
		}
		ext = append([]string{toks[j].Text}, ext...)
		j--
		if opening {
			break
		}
	}
	if len(ext) == 0 {
		return nil
	}
	if j >= 0 && !(j+1 == 0 || afterDash(s, toks, j+1)) {
		l := strings.ToLower(toks[j].Text)
		// After a determiner, a possessive, a preposition or a verb of
		// saying ("according to deputy harbour master", "whose chief
		// river inspector,", "said watch manager Owen Ratcliffe"), not
		// after another verb ("The new schedule was announced by
		// director").
		if s[toks[j].End:toks[j+1].Start] == " " && !isCap(toks[j].Text) && !determiners[l] && l != "whose" && !titlePrepositions[l] &&
			!ownerSuffix(l) && !speechVerbs[l] {
			return nil
		}
	}
	return ext
}

// formerBefore reports whether a word of a past role ("former",
// "retired") comes in the six words just before the name at token k,
// with nothing but spaces between them.
func formerBefore(s string, toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s[toks[j].End:toks[j+1].Start] != " " {
			return false
		}
		if pastRoles[strings.ToLower(toks[j].Text)] {
			return true
		}
	}
	return false
}

// determiners may open a noun phrase that is a title: "its chief
// operating officer".
var determiners = set("the", "its", "his", "her", "their", "our", "a", "an", "this")

// openingLower writes in lower case the first word of a title whose other
// words are: "Race director" opened a sentence.
func openingLower(t string) string {
	f := strings.Fields(t)
	if len(f) < 2 || !isCap(f[0]) {
		return t
	}
	for _, w := range f[1:] {
		if isCap(w) {
			return t
		}
	}
	return strings.ToLower(t[:1]) + t[1:]
}

// humanVerbs, right after a name of two words or more, are done by
// people: "Miriam Adeyo won", "Piet Lorrimer scored". (Places and bodies
// win too, so one word alone is not enough: "Calderport won".)
var humanVerbs = set("ran", "scored", "finished", "resigned", "admitted", "denied", "pleaded", "insisted",
	"argued", "warned", "urged", "apologised", "apologized", "praised", "criticised", "criticized", "smiled",
	"testified", "confessed", "vowed", "wrote", "died", "retired", "won")

// bodyShortNames maps the key of each name of two words or more to the
// one longer name that continues it with words that end bodies' names
// only ("kestrel loom" to "kestrel loom technologies"), when there is one.
func bodyShortNames(mentions [][]mention) map[string]string {
	keys := map[string][]string{}
	for _, ms := range mentions {
		for _, m := range ms {
			if len(m.toks) >= 2 {
				keys[m.key] = m.toks
			}
		}
	}
	out := map[string]string{}
	for k, toks := range keys {
		var found []string
		for l, long := range keys {
			if len(long) <= len(toks) || !slices.Equal(long[:len(toks)], toks) {
				continue
			}
			ok := true
			for _, w := range long[len(toks):] {
				if !orgSuffixes[w] {
					ok = false
				}
			}
			if ok {
				found = append(found, l)
			}
		}
		if len(found) == 1 && !orgSuffixes[toks[len(toks)-1]] {
			out[k] = found[0]
		}
	}
	return out
}

// ownDeterminers open an apposition that names a role of the body just
// named: "Ruth Ellery, its operations director,".
var ownDeterminers = set("its", "their", "his", "her")

// isRoleHead reports whether w names a role (see roleHeads), or a
// science's practitioner ("hydrologist", "epidemiologist").
func isRoleHead(w string) bool {
	// "vice-president", "pro-vice-chancellor": the role after its ranks.
	for {
		k := strings.IndexByte(w, '-')
		if k <= 0 || !rankWords[w[:k]] && w[:k] != "pro" {
			break
		}
		w = w[k+1:]
	}
	// "ringmaster", "headmaster", "quartermaster".
	return roleHeads[w] || strings.HasSuffix(w, "ologist") && len(w) > 8 || strings.HasSuffix(w, "master") && len(w) > 8
}
