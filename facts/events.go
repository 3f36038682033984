package facts

import (
	"slices"
	"sort"
	"strings"
	"time"

	"storyline"
	"storyline/text"
)

// findRefs sets the reference date of every article: its metadata, else
// the dateline or latest full date in its text, else the latest such date
// of the story's other articles, else Options.Published.
func (a *analysis) findRefs() {
	a.ref = make([]time.Time, len(a.c.Articles))
	hints := a.yearHintsCached()
	var latest time.Time
	for d, art := range a.c.Articles {
		if !art.Published.IsZero() {
			a.ref[d] = art.Published
			if art.Published.After(latest) {
				latest = art.Published
			}
			continue
		}
		var found time.Time
	doc:
		for k, i := range a.docs[d] {
			for _, dt := range parseDates(a.c.Sents[i].Text, a.toks[i], a.low[i], time.Time{}, hints) {
				if !dt.Explicit || len(dt.Value) != 10 {
					continue
				}
				t := dateStart(dt.Value)
				if k == 0 && dt.Start < 40 {
					// A dateline dates the report.
					found = t
					break doc
				}
				if t.After(found) {
					found = t
				}
			}
		}
		a.ref[d] = found
		if found.After(latest) {
			latest = found
		}
	}
	for d := range a.ref {
		if a.ref[d].IsZero() && !latest.IsZero() && len(a.docs[d]) > 0 {
			// A dateline without a year ("BRENNA, April 15") dates the
			// report in the year of the story's other reports.
			i := a.docs[d][0]
			for _, dt := range parseDates(a.c.Sents[i].Text, a.toks[i], a.low[i], latest, hints) {
				if len(dt.Value) == 10 && dt.Start < 40 {
					a.ref[d] = dateStart(dt.Value)
					break
				}
			}
		}
		if a.ref[d].IsZero() {
			a.ref[d] = latest
		}
		if a.ref[d].IsZero() {
			a.ref[d] = a.opts.Published
		}
	}
}

// yearHints are the years the story names, to date "Friday January 18".
func (a *analysis) yearHints() []int {
	var ys []int
	if !a.opts.Published.IsZero() {
		ys = append(ys, a.opts.Published.Year())
	}
	for _, ts := range a.toks {
		for _, t := range ts {
			if isYear(t.Text) {
				y := 0
				for _, c := range t.Text {
					y = y*10 + int(c-'0')
				}
				ys = append(ys, y)
			}
		}
	}
	return ys
}

// dates returns the dates of sentence i resolved against its article,
// leaving out the dateline's. They are parsed once.
func (a *analysis) dates(i int) []Date {
	if a.dateCache == nil {
		a.dateCache = make([][]Date, len(a.c.Sents))
		a.dateDone = make([]bool, len(a.c.Sents))
	}
	if !a.dateDone[i] {
		a.dateCache[i], a.dateDone[i] = a.parseDates(i), true
	}
	return a.dateCache[i]
}

func (a *analysis) parseDates(i int) []Date {
	s := a.c.Sents[i]
	ds := parseDates(s.Text, a.toks[i], a.low[i], a.ref[s.Doc], a.yearHintsCached())
	// "Today I wanted the record": inside a quotation a relative date
	// counts from the day of speaking, which need not be the day of
	// publication.
	k := 0
	for _, d := range ds {
		if d.Explicit || strings.ContainsAny(d.Text, "0123456789") || !a.inQuote(i, d.Start) {
			ds[k] = d
			k++
		}
	}
	ds = ds[:k]
	if s.Index == 0 {
		if e := datelineEnd(s.Text); e > 0 {
			k := 0
			for _, d := range ds {
				if d.Start >= e {
					ds[k] = d
					k++
				}
			}
			ds = ds[:k]
		}
	}
	return ds
}

func (a *analysis) yearHintsCached() []int {
	if a.hints == nil {
		a.hints = append([]int{}, a.yearHints()...)
		if len(a.hints) == 0 {
			a.hints = []int{}
		}
	}
	return a.hints
}

// timeline lists the dated events of the story: each sentence with a
// date, merged across articles that tell the same event on the same date.
func (a *analysis) timeline() []storyline.Event {
	type ev struct {
		date  string
		start time.Time // dateStart(date)
		sent  int
		docs  map[int]bool
	}
	var evs []*ev
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) || a.quoted[i] > 0.5 {
			continue
		}
		seen := map[string]bool{}
		ds := a.dates(i)
		for _, d := range ds {
			if seen[d.Value] || finerIn(ds, d.Value) {
				continue
			}
			seen[d.Value] = true
			merged := false
			for _, e := range evs {
				if e.date == d.Value && a.ix.sim(e.sent, i) >= timelineSim(d.Value) && !a.sentValuesConflict(e.sent, i) {
					e.docs[s.Doc] = true
					if a.quality(i) > a.quality(e.sent) {
						e.sent = i
					}
					merged = true
					break
				}
			}
			if !merged {
				evs = append(evs, &ev{date: d.Value, start: dateStart(d.Value), sent: i, docs: map[int]bool{s.Doc: true}})
			}
		}
	}
	sort.SliceStable(evs, func(x, y int) bool {
		tx, ty := evs[x].start, evs[y].start
		if !tx.Equal(ty) {
			return tx.Before(ty)
		}
		return len(evs[x].docs) > len(evs[y].docs)
	})
	out := []storyline.Event{}
	for _, e := range evs {
		out = append(out, storyline.Event{Date: e.date, Text: a.body(e.sent), Sources: a.docIDs(e.docs)})
	}
	return out
}

// finerIn reports whether ds holds a date within v but more precise: "June
// summit in 2018" dates one event, June 2018, not also the year.
func finerIn(ds []Date, v string) bool {
	for _, d := range ds {
		if len(d.Value) > len(v) && strings.HasPrefix(d.Value, v) {
			return true
		}
	}
	return false
}

// quotes finds direct quotations of four words or more and their speakers.
func (a *analysis) quotes() []storyline.Quote {
	out := []storyline.Quote{}
	for d, art := range a.c.Articles {
		if !a.independent(d) {
			continue
		}
		for pi, p := range art.Paragraphs {
			if p.Heading {
				continue
			}
			t := p.Text
			var marks []int
			for i := 0; i < len(t); i++ {
				if t[i] == '"' {
					marks = append(marks, i)
				}
			}
			for k := 0; k+1 < len(marks); k += 2 {
				qa, qb := marks[k], marks[k+1]
				q := strings.TrimSpace(t[qa+1 : qb])
				if len(strings.Fields(q)) < 4 {
					continue
				}
				before := t[:qa]
				if k > 0 {
					before = t[marks[k-1]+1 : qa]
				}
				after := t[qb+1:]
				if k+2 < len(marks) {
					after = t[qb+1 : marks[k+2]]
				}
				if e := strings.IndexAny(after, ".!?"); e >= 0 {
					after = after[:e]
				}
				sp := a.speaker(d, pi, before, after)
				if sp == "" {
					continue
				}
				out = append(out, storyline.Quote{Speaker: sp, Text: q, Article: art.ID})
			}
		}
	}
	return out
}

// speaker finds who says a quotation of article d's paragraph pi, from the
// words after it (", said Sarah Sanders", ", she said") or before it
// ("a spokeswoman said:").
func (a *analysis) speaker(d, pi int, before, after string) string {
	at := a.firstSentOf(d, pi)
	if at < 0 {
		return ""
	}
	// pick prefers a person with a title, then any person, then the
	// mention nearest the speech verb.
	pick := func(window string, before bool) string {
		ms := sentenceMentions(at, window, nil)
		if before {
			// "X said Y would ...": the speaker comes before the verb.
			if v := lastSpeech(window); v > 0 {
				var keep []mention
				for _, m := range ms {
					if m.end <= v {
						keep = append(keep, m)
					}
				}
				if len(keep) > 0 {
					ms = keep
				}
			}
		}
		// A place speaks for no one: "she told reporters in Kessford".
		ms = slices.DeleteFunc(ms, func(m mention) bool { return a.kindOf(&m) == Place })
		if len(ms) == 0 {
			return ""
		}
		for _, m := range ms {
			if len(m.titles) > 0 {
				return a.nameOf(&m)
			}
		}
		m := ms[0]
		if before {
			m = ms[len(ms)-1]
		}
		return a.nameOf(&m)
	}
	la := strings.ToLower(after)
	if hasSpeech(la) {
		// ", she told reporters in Kessford": the pronoun is the speaker.
		lead := strings.TrimLeft(la, ", ")
		for _, pr := range []string{"he ", "she ", "they "} {
			if strings.HasPrefix(lead, pr) {
				if n := a.lastPerson(at); n != "" {
					return n
				}
			}
		}
		if n := pick(after, false); n != "" {
			return n
		}
		for _, pr := range []string{" he ", " she ", " they "} {
			if strings.Contains(" "+strings.TrimLeft(la, ", ")+" ", pr) {
				return a.lastPerson(at)
			}
		}
	}
	lb := strings.ToLower(before)
	if strings.HasSuffix(strings.TrimSpace(lb), ":") || hasSpeech(lb) {
		if i := strings.LastIndexAny(before, ".!?"); i >= 0 {
			before = before[i+1:]
		}
		return pick(before, true)
	}
	return ""
}

// lastSpeech returns the offset of the last speech verb in s, or -1.
func lastSpeech(s string) int {
	at := -1
	for _, t := range text.Tokens(s) {
		if speechVerbs[strings.ToLower(t.Text)] {
			at = t.Start
		}
	}
	return at
}

func hasSpeech(s string) bool {
	for _, w := range strings.Fields(s) {
		if speechVerbs[strings.Trim(w, ",:;")] || strings.Trim(w, ",:;") == "according" {
			return true
		}
	}
	return false
}

// firstSentOf returns the index in c.Sents of the first sentence of
// article d's paragraph pi, or -1.
func (a *analysis) firstSentOf(d, pi int) int {
	for _, i := range a.docs[d] {
		if a.c.Sents[i].Paragraph >= pi {
			return i
		}
	}
	return -1
}

// nameOf resolves a mention found outside sentence extraction.
// kindOf returns the kind of the entity mention m names, or "" when it
// names none the story knows.
func (a *analysis) kindOf(m *mention) string {
	for _, e := range a.ents {
		if e.count > 0 && e.key == m.key {
			return e.kind
		}
	}
	if id := a.resolveShort(m, false); id >= 0 {
		return a.ents[id].kind
	}
	return ""
}

func (a *analysis) nameOf(m *mention) string {
	key := m.key
	for _, e := range a.ents {
		if e.count > 0 && e.key == key {
			return e.name
		}
	}
	if id := a.resolveShort(m, false); id >= 0 {
		return a.ents[id].name
	}
	return m.name
}

// lastPerson returns the person last named before sentence at (inclusive)
// in its article.
func (a *analysis) lastPerson(at int) string {
	doc := a.c.Sents[at].Doc
	for i := at; i >= 0 && a.c.Sents[i].Doc == doc; i-- {
		ms := a.mentions[i]
		for k := len(ms) - 1; k >= 0; k-- {
			if id := ms[k].ent; id >= 0 && a.ents[id].kind == Person {
				return a.ents[id].name
			}
		}
	}
	return ""
}

// sentValuesConflict reports whether sentences i and j give different
// values for one measured thing: a toll of 23 and one of 27 on one day are
// two reports, not one.
func (a *analysis) sentValuesConflict(i, j int) bool {
	return valuesConflict(a.sentenceValues(i), a.sentenceValues(j))
}

// timelineSim is the similarity at which two sentences that give date v
// tell one event: a story has few events on one day, many in one year.
func timelineSim(v string) float64 {
	if len(v) == 10 {
		return 0.18
	}
	return pairSim
}
