package text

import "strings"

// abbrevKind describes what a known abbreviation does to a following full
// stop.
type abbrevKind uint8

const (
	// abbrevNone is not an abbreviation.
	abbrevNone abbrevKind = iota
	// abbrevPlain may end a sentence: the stop after it breaks only before
	// a common sentence opener.
	abbrevPlain
	// abbrevTitle always precedes a name (Mr., Gen.): never a break.
	abbrevTitle
)

// abbrevEntry is what one abbreviation means when capitalised and when in
// lower case: "No." is an abbreviation but "no." ends a sentence; "Ft."
// is Fort, a title before a name, but "ft." is feet.
type abbrevEntry struct{ upper, lower abbrevKind }

// Abbreviation lists, without their final period. Capitalised entries are
// abbreviations only when capitalised; lower-case entries in any case.
const (
	titleAbbrevs = `Mr Mrs Ms Messrs Mmes Dr Drs Prof Profs Gen Gens Lt Col Maj
		Capt Cpt Cmdr Cmdt Adm Brig Sgt Cpl Pvt Pfc Ens Sen Sens Rep Reps Gov
		Govs Pres Supt Det Insp Rev Revs Hon Msgr Fr Rt Amb Atty Mt Ft Mme Mlle`
	plainAbbrevs = `Inc Co Cos Corp Ltd Bros Plc Jr Sr Esq Dept Univ Assn Assoc
		Ave Blvd Rd St Sq Hwy Pl No Nos Vol Vols Fig Figs Ch Art Sec Ed Eds Prop
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
		Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md
		Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Va
		Vt Wash Wis Wisc Wyo Alta Ont Que Sask
		etc vs v al approx est cf viz ca ibid pp p ft lb lbs oz yr yrs hr hrs
		min sec mo mos wk wks ret`
)

// abbrevs maps the lower-cased form of each abbreviation to its entry.
var abbrevs = func() map[string]abbrevEntry {
	m := make(map[string]abbrevEntry)
	add := func(list string, kind abbrevKind) {
		for _, w := range strings.Fields(list) {
			k := strings.ToLower(w)
			e := m[k]
			if w[0] >= 'A' && w[0] <= 'Z' {
				e.upper = kind
			} else {
				// A lower-case abbreviation stays one when capitalised
				// (Etc., Vs.) unless a capitalised entry says otherwise.
				e.lower = kind
				if e.upper == abbrevNone {
					e.upper = kind
				}
			}
			m[k] = e
		}
	}
	add(titleAbbrevs, abbrevTitle)
	add(plainAbbrevs, abbrevPlain)
	return m
}()

// sentenceOpeners are capitalised words that commonly begin a sentence in
// news prose and rarely follow an abbreviation inside one: after "Inc." or
// "U.S." one of these means a new sentence, any other capital does not.
const sentenceOpeners = `the a an this that these those there here it its he she
	they we i you his her their our my your but and or so yet still then now
	also however meanwhile moreover furthermore nevertheless nonetheless
	instead indeed thus therefore later earlier afterwards today yesterday
	tomorrow tonight in on at for from with by after before during since until
	when while if although though because as despite according unlike under
	over among about some many most all both each every several few such
	other others another none neither either what who why how where which
	whether one two three four five six seven eight nine ten everyone
	everybody nobody someone somebody anyone something nothing`

// openers is the set of sentenceOpeners.
var openers = wordSet(sentenceOpeners)

// calendarWords are the days and months, in full and abbreviated, that may
// follow "a.m." or "p.m." inside a sentence.
const calendarWords = `monday tuesday wednesday thursday friday saturday sunday
	mon tue tues wed thu thur thurs fri sat sun january february march april
	may june july august september october november december jan feb mar apr
	jun jul aug sep sept oct nov dec`

// speechVerbs are the verbs that follow the speaker after a quoted
// question or exclamation: "Why now?" Smith asked.
const speechVerbs = `said says asked asks added adds replied replies told
	tells wrote writes shouted shouts yelled yells cried cries wondered
	wonders recalled recalls insisted insists explained explains continued
	continues noted notes joked jokes demanded demands`

// calendar and speech are the sets of calendarWords and speechVerbs.
var (
	calendar = wordSet(calendarWords)
	speech   = wordSet(speechVerbs)
)

// wordSet returns the set of the space-separated words of list.
func wordSet(list string) map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(list) {
		m[w] = struct{}{}
	}
	return m
}

// lookupCalendar reports whether w is a day or month name in any case.
func lookupCalendar(w string) bool { return inSet(calendar, w) }

// isSpeechVerb reports whether w is a verb of saying, in lower case.
func isSpeechVerb(w string) bool {
	_, ok := speech[w]
	return ok
}

// maxAbbrev is the longest abbreviation or opener looked up, in bytes;
// longer words are not looked up at all.
const maxAbbrev = 16

// lowerASCII writes the ASCII lower case of w into buf and returns its
// length, or -1 when w is too long or not made of ASCII letters and periods.
func lowerASCII(buf *[maxAbbrev]byte, w string) int {
	if len(w) == 0 || len(w) > maxAbbrev {
		return -1
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c == '.':
		default:
			return -1
		}
		buf[i] = c
	}
	return len(w)
}

// lookupAbbrev returns the kind of w as an abbreviation (without its final
// period).
func lookupAbbrev(w string) abbrevKind {
	var buf [maxAbbrev]byte
	n := lowerASCII(&buf, w)
	if n < 0 {
		return abbrevNone
	}
	// string(bytes) as a map key does not allocate.
	e := abbrevs[string(buf[:n])]
	if w[0] >= 'A' && w[0] <= 'Z' {
		return e.upper
	}
	return e.lower
}

// isOpener reports whether w, a capitalised word, is a common sentence
// opener.
func isOpener(w string) bool { return inSet(openers, w) }

// inSet reports whether the ASCII lower case of w is in set.
func inSet(set map[string]struct{}, w string) bool {
	var buf [maxAbbrev]byte
	n := lowerASCII(&buf, w)
	if n < 0 {
		return false
	}
	_, found := set[string(buf[:n])]
	return found
}
