package facts

import "strings"

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
}

// purchaseVerbs make a sum paid "for" something the value of a deal.
var purchaseVerbs = set("buy", "buys", "buying", "bought", "acquire", "acquires", "acquired",
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
	toks := a.toks[i]
	qa, qb := -1, len(toks)
	for k, t := range toks {
		if t.Start == q.Start {
			qa = k
		}
		if t.Start >= q.End {
			qb = k
			break
		}
	}
	if qa < 0 {
		return "", ""
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
	low := a.slotLow[i]
	switch {
	case scales[q.Unit]:
		// A story tells of one shock, or of a quake and its aftershocks,
		// whose magnitudes differ and are told apart by what precedes
		// them; the first value each outlet gives is the main one. So
		// with the crowd of one match or rally.
		if q.Unit == "crowd" || q.Unit == "attendance" {
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
	case q.Unit == "evacuated":
		return "q:" + q.Unit, "number evacuated"
	case q.Unit == "dead" || q.Unit == "injured":
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
		if h := shareHead(low, qa, qb); h != "" {
			if h == "turnout" {
				return "pct:" + h, h
			}
			// "33.9% of the vote" is some party's share: the key names it.
			if e := a.entityBefore(i, q.Start, ""); e >= 0 {
				return "pct:" + h + ":" + a.ents[e].key, "share of the " + h + " of " + a.ents[e].name
			}
			if copulaBefore(low, qa) {
				return "pct:" + h, h
			}
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
	if k < 0 || low[k] == "from" || low[k] == "to" {
		// "up from $455 million", "rose to $37.40": a former or a
		// moving figure.
		return ""
	}
	if low[k] == "fined" {
		return "fine" // "was fined £4.5 million"
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
