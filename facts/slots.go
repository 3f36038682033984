package facts

import (
	"slices"
	"strings"

	"storyline/stem"
)

// A quantity is compared across the whole story, not only between
// sentences that say nearly the same, when what it measures can be told
// from the words around it: a toll, the value of a deal, a turnout, a
// winner's time. slotKey names that thing; quantities with one key and
// different values are a discrepancy wherever the outlets state them.

// headSynonyms give one name to the nouns outlets use for one measured
// thing ("the participation" of a translation is the turnout).
var headSynonyms = map[string]string{
	"participation": "turnout", "acquisition": "deal", "purchase": "deal", "takeover": "deal",
	"transaction": "deal", "buyout": "deal", "merger": "deal", "surcharge": "premium",
	"ballot": "vote", "stoppage": "strike", "walkout": "strike", "sale": "revenue", "revenues": "revenue",
	"profits": "profit", "shares": "share", "stock": "share", "infection": "case",
	"fee": "deal", "transfer": "deal", "signing": "deal", "purse": "prize", "award": "prize",
}

// purchaseVerbs make a sum paid "for" something the value of a deal.
var purchaseVerbs = set("buy", "buys", "buying", "bought", "acquire", "acquires", "acquired", "signed", "signing",
	"acquiring", "purchase", "purchased", "pay", "pays", "paid", "paying", "takes", "take", "took",
	"sell", "sells", "sold", "selling")

// valuationVerbs put a value on what a deal buys: "an offer that values
// the operator at $2.1 billion".
var valuationVerbs = set("values", "valued", "valuing", "value")

// copulas join a measured noun to its value: "turnout was 61%", "a
// premium of 32%".
var copulas = set("was", "is", "were", "are", "reached", "hit", "stood", "stands", "of", "at")

// winWords mark a sentence that tells who won, so that a time in it is a
// winning time.
var winWords = set("won", "win", "wins", "winning", "winner", "victory", "conquered", "triumphed", "record")

// staleWords before "record" or "best" make it another time than the
// winner's ("the previous record", "his personal best").
var staleWords = set("previous", "old", "former", "personal", "earlier")

// slotKey returns the story-wide key of quantity q of sentence i, or ""
// when the words around it do not tell what it measures.
func (a *analysis) slotKey(i int, q Quantity) (key, about string) {
	low, qa, qb := a.around(i, q)
	if qa < 0 {
		return "", ""
	}
	switch {
	case scales[q.Unit]:
		// A story tells of one shock, or of a quake and its aftershocks,
		// whose magnitudes differ and are told apart by what precedes
		// them; the first value each outlet gives is the main one. So
		// with the crowd of one match or rally.
		if q.Unit == "crowd" || q.Unit == "attendance" {
			// "Paramedics treated seven spectators": some of the crowd,
			// not its size.
			if k := qa - 1; k >= 0 && careVerbs[low[k]] {
				return "", ""
			}
			return "q:crowd", "size of the crowd"
		}
		return "q:" + q.Unit, q.Unit
	case q.Unit == "km/h" || q.Unit == "mph":
		// "winds of up to 150 km/h": a storm's winds; its gusts are
		// another figure.
		for k := qa - 1; k >= 0 && k >= qa-5; k-- {
			switch low[k] {
			case "wind", "winds":
				return "speed:wind:" + q.Unit, "top wind speed"
			case "gust", "gusts":
				return "speed:gust:" + q.Unit, "speed of the gusts"
			}
		}
	case (q.Unit == "minute" || q.Unit == "month") && !strings.Contains(q.Text, ":"):
		// "sent to prison for seven years", "jailed X, founder of Y, for
		// eight years": a sentence.
		for k := qa - 1; k >= 0 && k >= qa-16; k-- {
			// A prison one is sent to, not one a wing of which was
			// held ("took over a wing at Carrowmere Prison ..., holding
			// it for nine hours").
			if sentenceWords[low[k]] && !(placeSentenceWords[low[k]] && (isCap(a.toks[i][k].Text) || k == 0 || low[k-1] != "to" && low[k-1] != "in")) {
				return "dur:sentence", "length of the sentence"
			}
		}
		// "will stay shut for at least eight months", "the closure would
		// last 72 hours", "to reopen in 10 weeks": how long the story's
		// place stays closed.
		if closedFor(low, qa) {
			return closureKey, "length of the closure"
		}
		if rest := a.c.Sents[i].Text[q.End:]; strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ";") {
			break // "for eight years, calling his fraud": not what lasts
		}
		// "a 48-hour strike", "the three-day stoppage": how long the
		// thing named after it lasts.
		h := nounAfter(low, qb)
		if h == "" && qb+1 < len(low) && low[qb] == "of" {
			h = nounAfter(low, qb+1) // "eight hours of debate"
		}
		if h != "" && !notLasting[h] {
			h = canonHead(h)
			if c, ok := durationHeads[h]; ok {
				h = c
			}
			return "dur:" + h, "length of the " + h
		}
	case lengthUnits[q.Unit]:
		// "400 metres underground", "at a depth of 350 metres": how deep.
		if qb < len(low) && (low[qb] == "underground" || low[qb] == "deep" || low[qb] == "below") ||
			qa >= 2 && low[qa-1] == "of" && low[qa-2] == "depth" {
			return "len:depth", "depth"
		}
	case q.Unit == "missing":
		return "q:missing", "number missing"
	case q.Unit == "storey" || q.Unit == "floor" || q.Unit == "story":
		return "count:storey", "number of storeys"
	case q.Unit == "evacuated":
		return "q:" + q.Unit, "number evacuated"
	case q.Unit == "dead" || q.Unit == "injured" || q.Unit == "ill":
		return "q:" + q.Unit, aboutUnit(q.Unit)
	case q.Unit == "usd" || q.Unit == "eur" || q.Unit == "gbp":
		words := low
		if rest := a.c.Sents[i].Text[q.End:]; strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ";") {
			// "at $2.1 billion, creating a company": what follows the
			// comma is not what the sum is the value of.
			words = low[:qb]
		}
		if h := sumHead(words, qa, qb); h != "" {
			return "sum:" + h, "value of the " + h
		}
	case q.Unit == "percent":
		// "aims to keep inflation at 2 per cent", "its 2% target": what
		// is aimed at, not what is.
		if targetNear(low, qa, qb) {
			return "pct:target", "target"
		}
		if h := shareHead(low, qa, qb); h != "" {
			if h == "turnout" {
				return "pct:" + h, h
			}
			// "33.9% of the vote" is some candidate's or party's
			// share: the key names them (a place is no holder).
			e := a.entityBefore(i, q.Start, Person)
			if e < 0 {
				e = a.entityBefore(i, q.Start, Organization)
			}
			if e >= 0 {
				return "pct:" + h + ":" + a.ents[e].key, "share of the " + h + " of " + a.ents[e].name
			}
			if copulaBefore(low, qa) {
				return "pct:" + h, h
			}
		}
		// "a 3.5 per cent rise", "a 4% pay increase": a change by so much.
		if h := changeAfter(low, qb); h != "" {
			return "pct:" + h, "size of the " + h
		}
		// "revenue rose 7%", "its shares down 4.2%".
		if what, dir := movedBy(low, qa, qb); what != "" {
			return "pct:" + what + ":" + dir, "change in " + what
		}
	case isNounish(q.Unit) && !lengthUnits[q.Unit] && !strings.Contains(q.Text, ":"):
		// "destroying 27 houses", "1,800 trains had been cancelled": a
		// count of things something happened to is a slot of the story,
		// named by the thing and the verb.
		// An outbreak's cases, a breach's records, a building's storeys:
		// counts of the whole story, whatever verb goes with them.
		switch canonNoun(q.Unit) {
		case "case":
			return "count:case", "number of cases"
		case "record", "account", "custom":
			return "count:record", "number of " + plural(q.Unit)
		case "storei": // Porter's "storey", and floors (see countedSynonyms)
			return "count:storey", "number of storeys"
		}
		if v := countVerb(low, qa, qb); v == "attend" && crowdNoun(q.Unit) {
			return "q:crowd", "size of the crowd"
		} else if v != "" {
			u := canonNoun(q.Unit)
			if humanNouns[u] {
				u = "person" // 211 people and 198 passengers rescued are one count
			}
			return "count:" + u + ":" + v, "number of " + plural(q.Unit) + " " + countShown[v]
		}
		// A count of passengers with no verb of harm ("192 passengers
		// aboard", "all 186 passengers"), or of people carried, is how
		// many were on board.
		if u := canonNoun(q.Unit); u == "passeng" || (u == "person" || u == "peopl") &&
			(qb < len(low) && (low[qb] == "aboard" || low[qb] == "on" && qb+1 < len(low) && low[qb+1] == "board") ||
				qa > 0 && (low[qa-1] == "carrying" || low[qa-1] == "carried")) {
			return "count:aboard", "number on board"
		}
		// Patients in hospital, whatever verb goes with them.
		if inHospital(low, qb) {
			return "count:hospital", "number in hospital"
		}
	case q.Unit == "minute" && strings.Contains(q.Text, ":"):
		if !winningTime(low, qa) {
			return "", ""
		}
		e := a.entityBefore(i, q.Start, Person)
		if e < 0 {
			e = a.personBefore(i)
		}
		if e >= 0 {
			return "time:" + a.ents[e].key, "winning time of " + a.ents[e].name
		}
	}
	return "", ""
}

// around returns the lower-case words of sentence i and the tokens
// qa:qb that quantity q spans (qa is -1 when q starts at no token).
func (a *analysis) around(i int, q Quantity) (low []string, qa, qb int) {
	toks := a.toks[i]
	qa, qb = -1, len(toks)
	for k, t := range toks {
		if t.Start == q.Start {
			qa = k
		}
		if t.Start >= q.End {
			qb = k
			break
		}
	}
	if a.slotLow == nil {
		a.slotLow = make([][]string, len(a.c.Sents))
	}
	if a.slotLow[i] == nil {
		a.slotLow[i] = make([]string, len(toks))
		for k, t := range toks {
			a.slotLow[i][k] = strings.ToLower(stripPossessive(t.Text))
		}
	}
	return a.slotLow[i], qa, qb
}

// sumHead names what the sum at tokens qa:qb is paid for: a price per
// share, the noun it qualifies ("a $4.5 billion deal"), the noun it is the
// value of ("revenue of $610 million", "$2.5 billion of new borrowing",
// "$380 million for his stake"), or a deal when a verb of buying comes
// before it ("agreed to buy Lumetra for $4.2 billion").
func sumHead(low []string, qa, qb int) string {
	for k := qb; k < len(low) && k < qb+6; k++ {
		if low[k] == "share" && k > 0 && (low[k-1] == "a" || low[k-1] == "per" || low[k-1] == "each" || slices3(low, qb, k, "each")) {
			return "share price"
		}
	}
	if qb < len(low) && (low[qb] == "a" || low[qb] == "an" || low[qb] == "per") {
		// "$100 million a year", "$20 an acre": a rate, whose subject is
		// not here.
		return ""
	}
	// "net profit of €398 million fell short", "a fee of €45 million for
	// the winger": what is named before the sum, not what comes after.
	if k := qa - 1; k >= 1 && low[k] == "of" && (resultNouns[low[k-1]] || headSynonyms[low[k-1]] != "") {
		return canonHead(low[k-1])
	}
	// "earned €398 million in the three months": a profit.
	if k := qa - 1; k >= 0 && (low[k] == "earned" || low[k] == "netted") {
		return "profit"
	}
	if h := nounAfter(low, qb); h != "" {
		return canonHead(h)
	}
	if qb < len(low) && (low[qb] == "of" || low[qb] == "for") {
		if h := nounAfter(low, qb+1); h != "" {
			return canonHead(h)
		}
	}
	k := qa - 1
	for k >= 0 && approxWords[low[k]] {
		k--
	}
	// "Net profit for the third quarter came to €412 million", "net
	// profit for July to September was €412 million": a result stated
	// as what it amounted to.
	if k >= 1 && (low[k] == "to" && (low[k-1] == "came" || low[k-1] == "amounted") || low[k] == "was" || low[k] == "totalled" || low[k] == "totaled" || low[k] == "were") {
		for m := k - 1; m >= 0 && m >= k-8; m-- {
			if resultNouns[low[m]] {
				return canonHead(low[m])
			}
		}
	}
	if k < 0 || low[k] == "from" || low[k] == "to" {
		// "up from $455 million", "rose to $37.40": a former or a
		// moving figure.
		return ""
	}
	if low[k] == "fined" {
		return "fine" // "was fined £4.5 million"
	}
	// A ransom named a few words before ("asked for a ransom in bitcoin
	// worth roughly $8 million"), or a sum demanded ("got in touch to
	// demand $5 million").
	for m := k; m >= 0 && m >= k-6; m-- {
		if low[m] == "ransom" {
			return "ransom"
		}
	}
	if low[k] == "demand" || low[k] == "demanded" || low[k] == "demanding" {
		return "ransom"
	}
	// "a transfer worth €52 million", "paintings worth an estimated €30
	// million": the noun before "worth".
	if w := k; w >= 1 {
		for w >= 0 && (low[w] == "an" || low[w] == "a" || low[w] == "estimated") {
			w--
		}
		if w > 0 && low[w] == "worth" && isNounish(low[w-1]) {
			return canonHead(low[w-1])
		}
	}
	for m := k; m >= 0 && m >= k-5; m-- {
		if fraudVerbs[low[m]] {
			return "fraud" // "defrauding investors of $16 million"
		}
	}
	if low[k] == "of" && k > 0 && isNounish(low[k-1]) {
		return canonHead(low[k-1])
	}
	for m := k; m >= 0 && m >= qa-9; m-- {
		if purchaseVerbs[low[m]] || valuationVerbs[low[m]] {
			return "deal"
		}
		if _, ok := wordNumber(low[m]); ok || low[m] != "" && strings.ContainsRune("0123456789$€£", rune(low[m][0])) {
			// Another figure comes between the verb and this one.
			return ""
		}
	}
	return ""
}

// slices3 reports whether w is among low[a:b].
func slices3(low []string, a, b int, w string) bool {
	for k := a; k < b && k < len(low); k++ {
		if low[k] == w {
			return true
		}
	}
	return false
}

// nounAfter returns the head of the noun phrase starting at token k: the
// last of up to three content words, skipping a determiner or possessive;
// none for a phrase of time ("last year").
func nounAfter(low []string, k int) string {
	if k < len(low) && (low[k] == "the" || low[k] == "his" || low[k] == "her" || low[k] == "its" || low[k] == "their" || low[k] == "a") {
		k++
	}
	if k < len(low) && (low[k] == "last" || low[k] == "next" || low[k] == "this" || low[k] == "every") {
		return "" // "last year": when, not what
	}
	head := ""
	for n := 0; k < len(low) && n < 3; k, n = k+1, n+1 {
		if !isNounish(low[k]) || calendarWords[low[k]] || speechVerbs[low[k]] {
			break
		}
		if n > 0 && len(low[k]) > 4 && strings.HasSuffix(low[k], "ed") {
			break // "a £4.2 million fine imposed on Tuesday": a participle
		}
		head = low[k]
	}
	return head
}

// shareHead names what the percentage at tokens qa:qb measures: "61% of
// the vote" (vote), or "turnout was 61%" (turnout).
func shareHead(low []string, qa, qb int) string {
	// "put turnout at 51% of registered voters": the turnout, not the
	// voters.
	if k := qa - 1; k >= 1 && (low[k] == "at" || copulas[low[k]]) && low[k-1] == "turnout" {
		return "turnout"
	}
	if qb < len(low) && low[qb] == "of" {
		if h := nounAfter(low, qb+1); h != "" {
			return canonHead(h)
		}
		return ""
	}
	k := qa - 1
	for k >= 0 && approxWords[low[k]] {
		k--
	}
	if k < 1 || !copulas[low[k]] {
		return ""
	}
	k--
	if low[k] == "stood" || low[k] == "stands" {
		k--
	}
	if k >= 0 && isNounish(low[k]) {
		return canonHead(low[k])
	}
	return ""
}

// copulaBefore reports whether the percentage at token qa is stated as
// the value of what comes before it ("turnout was 61%"), not as a part of
// something ("61% of the vote").
func copulaBefore(low []string, qa int) bool {
	k := qa - 1
	for k >= 0 && approxWords[low[k]] {
		k--
	}
	return k >= 0 && copulas[low[k]]
}

func canonHead(h string) string {
	h = singular(h)
	if s, ok := headSynonyms[h]; ok {
		return s
	}
	return h
}

// winningTime reports whether the time at token qa is a winner's: the
// sentence tells of winning or of a record, not of an old one or a
// personal best.
func winningTime(low []string, qa int) bool {
	for k := max(0, qa-3); k < min(len(low), qa+4); k++ {
		if (low[k] == "record" || low[k] == "best") && k > 0 && staleWords[low[k-1]] {
			return false
		}
	}
	for _, w := range low {
		if winWords[w] {
			return true
		}
	}
	return false
}

// entityBefore returns the entity of the last mention in sentence i that
// starts before offset at, of kind (any when ""), or -1.
func (a *analysis) entityBefore(i, at int, kind string) int {
	best := -1
	for _, m := range a.mentions[i] {
		if m.ent >= 0 && m.start < at && (kind == "" || a.ents[m.ent].kind == kind) {
			best = m.ent
		}
	}
	return best
}

// personBefore returns the person last named in the sentences of i's
// article before i, or -1.
func (a *analysis) personBefore(i int) int {
	doc := a.c.Sents[i].Doc
	for j := i - 1; j >= 0 && a.c.Sents[j].Doc == doc; j-- {
		ms := a.mentions[j]
		for k := len(ms) - 1; k >= 0; k-- {
			if id := ms[k].ent; id >= 0 && a.ents[id].kind == Person {
				return id
			}
		}
	}
	return -1
}

// resultNouns name what a company reports for a period.
var resultNouns = set("profit", "profits", "revenue", "revenues", "sales", "loss", "losses", "earnings",
	"income", "turnover")

// changeVerbs say which way a figure moved: "revenue rose 7%", "its
// shares down 4.2%", "shares closed 5.1% lower".
var changeVerbs = map[string]string{"rose": "rise", "grew": "rise", "climbed": "rise", "increased": "rise",
	"jumped": "rise", "gained": "rise", "surged": "rise", "up": "rise", "higher": "rise",
	"fell": "cut", "dropped": "cut", "declined": "cut", "decreased": "cut", "slid": "cut", "sank": "cut",
	"tumbled": "cut", "plunged": "cut", "lost": "cut", "down": "cut", "lower": "cut", "shrank": "cut"}

// movedBy returns what a percentage at tokens qa:qb is the change of and
// which way ("revenue rose 7%": revenue, rise), or "".
func movedBy(low []string, qa, qb int) (what, dir string) {
	k := qa - 1
	if k >= 0 && low[k] == "by" {
		k--
	}
	if k >= 0 {
		dir = changeVerbs[low[k]]
	}
	if dir == "" && qb < len(low) && (low[qb] == "lower" || low[qb] == "higher") {
		dir = changeVerbs[low[qb]] // "closed 5.1% lower"
		if k >= 0 && (low[k] == "closed" || low[k] == "ended" || low[k] == "finished") {
			k--
		}
	} else if dir != "" {
		k--
	}
	if dir == "" || k < 0 {
		return "", ""
	}
	for k >= 0 && strings.HasSuffix(low[k], "ed") {
		k-- // "they edged up 0.8%"
	}
	if k < 0 || !isNounish(low[k]) {
		return "", ""
	}
	// "sales at Veltrana jumped 9%": the noun before the company's name.
	if k >= 2 && (low[k-1] == "at" || low[k-1] == "of" || low[k-1] == "in") && isNounish(low[k-2]) {
		k -= 2
	}
	return canonHead(low[k]), dir
}

// changeNouns name a change by some percentage; the key is the direction.
var changeNouns = map[string]string{"rise": "rise", "increase": "rise", "raise": "rise", "hike": "rise",
	"cut": "cut", "fall": "cut", "drop": "cut", "decrease": "cut", "decline": "cut", "reduction": "cut"}

// changeAfter returns the change a percentage ending before token qb is
// the size of: "3.5 per cent rise", "4% pay increase".
func changeAfter(low []string, qb int) string {
	for k := qb; k < len(low) && k <= qb+1; k++ {
		if c, ok := changeNouns[low[k]]; ok {
			return c
		}
		if !isNounish(low[k]) {
			return ""
		}
	}
	return ""
}

// auxiliaries come between a counted noun and its verb: "trains had
// been cancelled".
var auxiliaries = set("had", "has", "have", "been", "were", "was", "are", "is", "be", "being", "already", "now", "so", "far")

// countVerbs give one name to the verbs a count of things is the object
// or subject of, by stem.
var countVerbs = map[string]string{
	"destroi": "destroi", "raze": "destroi", "flatten": "destroi", "level": "destroi", "gut": "destroi",
	"burn": "burn", "consum": "burn", "blacken": "burn", "scorch": "burn", "char": "burn",
	"cancel": "cancel", "scrap": "cancel", "axe": "cancel", "wipe": "cancel",
	"arrest": "arrest", "detain": "arrest", "rescu": "rescu", "damag": "damag", "close": "close", "shut": "close",
	// Verbs of a crowd: "8,000 people took part", "25,000 filled the streets".
	"pluck": "rescu", "save": "rescu", "pull": "rescu", "winch": "rescu", "brought": "rescu", "surviv": "rescu",
	"trap": "trap", "strand": "trap", "stuck": "trap",
	"postpon": "postpone", "delai": "postpone", "reschedul": "postpone", "put": "postpone",
	"stole": "steal", "stolen": "steal", "snatch": "steal",
	"walk": "strike", "strike": "strike",
	"took": "attend", "march": "attend", "join": "attend", "attend": "attend", "gather": "attend",
	"ralli": "attend", "fill": "attend", "protest": "attend", "turn": "attend",
}

// countVerb returns the canonical verb that a count (tokens qa:qb) is the
// object of ("destroying 27 houses", "razed 27 homes") or the subject of
// ("1,800 trains were cancelled"), or "".
func countVerb(low []string, qa, qb int) string {
	k := qa - 1
	for k >= 0 && (approxWords[low[k]] || low[k] == "than" || low[k] == "more" || low[k] == "less" || low[k] == "fewer" ||
		low[k] == "through" || low[k] == "out" || low[k] == "off" || low[k] == "with") {
		k--
	}
	// "a strike by more than 3,100 nurses": the noun before "by".
	if k >= 1 && low[k] == "by" && (low[k-1] == "strike" || low[k-1] == "walkout" || low[k-1] == "stoppage") {
		return "strike"
	}
	if k >= 0 {
		// "striking six cars": hitting them; only people strike work.
		if v, ok := countVerbs[stem.Porter(low[k])]; ok && (v != "strike" || humanNouns[stem.Porter(low[qb-1])]) {
			return v
		}
	}
	for k = qb; k < len(low) && k <= qb+4 && auxiliaries[low[k]]; k++ {
	}
	if k < len(low) {
		// "11 miners cut off by a flood": cut off is trapped.
		if low[k] == "cut" && k+1 < len(low) && low[k+1] == "off" {
			return "trap"
		}
		if v, ok := countVerbs[stem.Porter(low[k])]; ok && !(low[k] == "put" && (k+1 == len(low) || low[k+1] != "off" && low[k+1] != "back")) {
			// ("Three signs had been put up" postpones nothing.)
			// "2,400 members took part in the walkout": a strike.
			if v == "attend" && slices.ContainsFunc(low[k:min(len(low), k+5)], func(w string) bool { return w == "walkout" || w == "strike" }) {
				return "strike"
			}
			return v
		}
	}
	// Further on, past what the count is of ("2,400 nurses at the city's
	// four hospitals went on strike", "560 operations scheduled for
	// Monday had been postponed"): only the verbs that say so plainly.
	for k := qb; k < len(low) && k <= qb+8; k++ {
		if low[k] == "strike" && k > 0 && low[k-1] == "on" {
			return "strike"
		}
		if v := countVerbs[stem.Porter(low[k])]; (strings.HasSuffix(low[k], "ed") || low[k] == "stuck") && (v == "postpone" || v == "cancel" || v == "trap") {
			return v
		}
	}
	return ""
}

// countShown names each canonical verb of countVerbs for people.
var countShown = map[string]string{"destroi": "destroyed", "burn": "burned", "cancel": "cancelled", "trap": "trapped",
	"postpone": "postponed", "steal": "stolen", "strike": "on strike",
	"arrest": "arrested", "rescu": "rescued", "damag": "damaged", "close": "closed"}

// canonNoun gives one name to the nouns reports use for one kind of thing
// counted (house, home, household).
func canonNoun(u string) string {
	st := stem.Porter(u)
	if c, ok := countedSynonyms[st]; ok {
		return c
	}
	if c, ok := synonyms[st]; ok {
		return c
	}
	return st
}

// countedSynonyms give one name to counted nouns that fact matching keeps
// apart: an outbreak's infections are its cases, a firm's redundancies
// and lay-offs the jobs it cuts, luggage and suitcases bags, a
// building's floors its storeys.
var countedSynonyms = map[string]string{"infect": "case", "redund": "job", "layoff": "job", "lay-off": "job", "role": "job",
	"luggag": "bag", "baggag": "bag", "suitcas": "bag",
	"staff": "worker", "employe": "worker", "workforc": "worker", "volum": "book", "signatori": "signatur",
	"store": "shop", "branch": "shop", "outlet": "shop",
	"floor": "storei"}

// plural returns the counted noun u in the plural, for showing.
func plural(u string) string {
	switch {
	case u == "person":
		return "people"
	case u == "foot":
		return "feet"
	case u == "man" || u == "woman":
		return u[:len(u)-2] + "en"
	case u == "child":
		return "children"
	case u == "staff" || u == "cattle" || u == "sheep" || u == "livestock":
		return u // one word for one and many
	case strings.HasSuffix(u, "y") && !strings.HasSuffix(u, "ey"):
		return u[:len(u)-1] + "ies"
	case strings.HasSuffix(u, "s"), strings.HasSuffix(u, "ch"), strings.HasSuffix(u, "sh"):
		return u + "es"
	}
	return u + "s"
}

// careVerbs, before a count of a crowd's people, say what befell some of
// them.
var careVerbs = set("treated", "injured", "hurt", "evacuated", "rescued", "helped", "killed", "examined", "assessed")

// closureKey is the slot of how long something stays closed. A story
// may close two things for two lengths of time (a line for four days,
// the road under it for three weeks), so a closure's length is still
// aligned, and kept apart in events, by its context and unit, as if it
// had no slot.
const closureKey = "dur:closure"

// closedFor reports whether the duration at token qa is how long
// something stays closed: after "for" (or "last", or "take") a few words
// after a word of closing, or after "reopen in".
func closedFor(low []string, qa int) bool {
	k := qa - 1
	for k >= 0 && (approxWords[low[k]] || low[k] == "at" || low[k] == "as" || low[k] == "long" || low[k] == "to" && k > 0 && low[k-1] == "up") {
		k-- // "for at least", "for as long as", "for up to"
	}
	// "for what could be as long as 10 weeks".
	if k >= 3 && low[k] == "be" && modalVerbs[low[k-1]] && low[k-2] == "what" && low[k-3] == "for" {
		k -= 3
	}
	if k < 1 {
		return false
	}
	switch low[k] {
	case "in", "within":
		return reopenWords[low[k-1]]
	case "for", "last", "lasting", "take":
	default:
		return false
	}
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if closingWords[low[m]] {
			return true
		}
		// "would not reopen for nine months".
		if reopenWords[low[m]] && m >= 1 && (low[m-1] == "not" || low[m-1] == "n't") {
			return true
		}
		if isFigure(low[m]) {
			return false // another figure comes between
		}
	}
	return false
}

// modalVerbs say what may be: "for what could be".
var modalVerbs = set("could", "might", "may", "will", "would", "can")

// closingWords name a closing: "remain closed for", "the closure would
// last".
var closingWords = set("closed", "shut", "closure", "shutdown", "closing")

// reopenWords before "in" give the time until a reopening.
var reopenWords = set("reopen", "reopens", "reopening", "reopened")

// notLasting follow a duration without being what lasts: "an 18-month-old
// boy", "two hours later".
var notLasting = set("old", "later", "earlier", "ago", "long", "week", "day", "year", "month", "time", "before", "after")

// lengthUnits measure distances: a story gives many, of many things, so
// they are no slot of the story (an area burned is).
var lengthUnits = set("foot", "feet", "metre", "kilometre", "mile", "inch", "yard", "centimetre", "millimetre")

// inHospital reports whether the words from token qb on say that the
// people counted are in hospital: "27 people are in hospital", "27 were
// hospitalised".
func inHospital(low []string, qb int) bool {
	k := qb
	for k < len(low) && k <= qb+4 && (auxiliaries[low[k]] || low[k] == "still" || low[k] == "being" || low[k] == "treated") {
		k++
	}
	if k < len(low) && (low[k] == "hospitalised" || low[k] == "hospitalized") {
		return true
	}
	return k+1 < len(low) && low[k] == "in" && (low[k+1] == "hospital" || low[k+1] == "hospitals")
}

// placeSentenceWords are the words of a sentence that also name a
// place: only "to prison" or "in jail" speak of a sentence.
var placeSentenceWords = set("prison", "jail")

// sentenceWords, a few words before a duration, make it a prison term.
var sentenceWords = set("prison", "jail", "jailed", "imprisoned", "sentenced", "imprisonment", "sentence", "term")

// durationHeads give one name to what a duration is of: a four-year deal
// is a four-year contract.
var durationHeads = map[string]string{"deal": "contract", "agreement": "contract",
	// A debate is the sitting that holds it: "an 11-hour session",
	// "11 hours of argument".
	"session": "debate", "sitting": "debate", "argument": "debate"}

// fraudVerbs make a sum the amount taken: "defrauding investors of $16
// million", "a $14 million fraud".
var fraudVerbs = set("defrauded", "defrauding", "stole", "stolen", "embezzled", "embezzling", "swindled",
	"cheated", "cheating", "misappropriated", "fraud")

// humanNouns are the counted nouns that are people, by stem. Guests,
// patients and runners are left out: stories count them apart from the
// staff and others at the scene ("94 guests fell ill, and 14 staff").
var humanNouns = set("person", "peopl", "passeng", "worker", "crew", "resid", "victim", "survivor", "protest",
	"demonstr", "student", "child", "miner", "migrant", "tourist", "pilgrim", "soldier", "civilian", "nurs",
	"offic", "member", "employe", "firefight", "doctor", "teacher", "driver", "colleagu", "volunt", "pupil",
	"hostag", "inmat", "juror", "rescuer", "climber", "hiker", "skier", "diver", "fisherman", "fishermen",
	"sailor", "walker", "seafar", "senat", "lawmak", "deputi", "councillor", "legisl", "deleg", "mp",
	"visitor", "striker", "teenag", "spectat", "villag", "detaine", "prison", "pedestrian", "rider", "competitor",
	"shopper", "commut", "concertgo", "boater", "holidaymak", "swimmer", "cyclist", "motorist")

// crowdNoun reports whether counted noun u can make a crowd: people, not
// the helicopters that "took part in the search".
func crowdNoun(u string) bool {
	c := canonNoun(u)
	return humanNouns[c] || c == "peopl" || crowdNouns[c]
}

// crowdNouns are the people a crowd is counted in, by stem.
var crowdNouns = set("fan", "spectat", "support", "marcher", "runner", "particip", "voter", "visitor", "rescuer")

// targetNear reports whether the words around a figure at tokens qa:qb
// make it a target: "aims to keep inflation at 2 per cent", "a 2% target",
// "the goal of 5%".
func targetNear(low []string, qa, qb int) bool {
	for k := max(0, qa-5); k < qa; k++ {
		if targetWords[low[k]] {
			return true
		}
	}
	return qb < len(low) && targetWords[low[qb]]
}

// targetWords make a figure near them an aim.
var targetWords = set("target", "targets", "aims", "aim", "goal", "objective", "ceiling")
