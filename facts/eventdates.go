package facts

import (
	"slices"
	"strconv"
	"time"

	"storyline/text"
)

// A story tells of some events that happen once: a minister resigns, a
// ship sinks, a building collapses. Outlets date them in sentences too
// unlike to be compared as wholes ("Ferrisby resigned late on Monday",
// "stepped down as housing minister on Tuesday", "quit as housing
// minister on Tuesday after a report found"), so the day each article
// gives beside such a verb is a slot of the whole story, as an
// earthquake's epicentre is.

// onceVerbs name events a story has one of, by the slot they date.
var onceVerbs = map[string]string{
	"resigned": "resignation", "resigns": "resignation", "quit": "resignation", "quits": "resignation",
	"sank": "sinking", "capsized": "sinking",
	"collapsed": "collapse", "derailed": "derailment", "exploded": "explosion", "erupted": "eruption",
	"docked": "docking", "born": "birth",
}

// strikeStart is the event of a strike starting, which reports tell
// before it comes.
const strikeStart = "start of the strike"

// publicationEvent is the event of a report coming out.
const publicationEvent = "publication of the report"

// changeEvent is the event of a change taking effect.
const changeEvent = "change taking effect"

// ahead returns the day of d, an ISO day, as a change to come: a day
// written without its year ("will take effect on January 1") is the next
// one from its report's day, not the last.
func (a *analysis) ahead(doc int, d Date) string {
	ref := a.ref[doc]
	t, err := time.Parse("2006-01-02", d.Value)
	if ref.IsZero() || err != nil || hasYear(d.Text) || !t.Before(ref.AddDate(0, 0, -7)) {
		return d.Value
	}
	return t.AddDate(1, 0, 0).Format("2006-01-02")
}

// hasYear reports whether text writes a year in digits.
func hasYear(text string) bool {
	n := 0
	for _, r := range text {
		if r >= '0' && r <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// takeForms are the forms of "take" before "effect".
var takeForms = set("take", "takes", "taking", "took", "taken")

// startNouns name a change that starts on a day: a ban, a rise.
var startNouns = set("ban", "rise", "increase", "cut", "fares", "prices", "charge", "charges", "restrictions", "curfew")

// downVerbsOnce before "down" name a resignation: "stepped down".
var downVerbsOnce = set("stepped", "steps", "stepping")

// onceReach is how many words after its verb a date may stand and still
// date it ("resigned late on Monday", "quit as housing minister on
// Tuesday").
const onceReach = 6

// onceDates notes, through note, the day each article gives for each
// event of onceVerbs: the first day it dates one with, in a sentence
// that dates it with one day only.
func (a *analysis) onceDates(note func(key, about string, d int, val string)) {
	seen := map[string]map[int]bool{}
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) || a.forecast(i) {
			continue
		}
		low, toks := a.low[i], a.toks[i]
		for k, w := range low {
			event, ok := onceVerbs[w]
			if !ok && w == "down" && k > 0 && downVerbsOnce[low[k-1]] {
				event, ok = "resignation", true
			}
			// "Talks between the two sides broke down last Wednesday",
			// "Negotiations collapsed on Thursday", "The last round of
			// negotiations ended without agreement": talks, named in the
			// eight words before, fail once.
			if (w == "collapsed" || w == "down" && k > 0 && (low[k-1] == "broke" || low[k-1] == "broken") ||
				w == "ended" && k+1 < len(low) && low[k+1] == "without") && anyOf(talkNouns, low[max(0, k-8):k]) {
				event, ok = "breakdown of the talks", true
			} else if !ok && (w == "down" && k > 0 && low[k-1] == "broke" || w == "working" && k > 0 && low[k-1] == "stopped") {
				// "The two scanners broke down on June 7", "the two
				// machines stopped working on Sunday".
				event, ok = "breakdown", true
			}
			// "The first 48-hour stoppage is due to begin at 7 a.m. on
			// Tuesday, December 2", "will walk out from 7 a.m. on
			// December 2": a strike, named in the six words before,
			// starts once.
			if !ok && (startWords[w] && anyOf(strikeNouns, low[max(0, k-6):k]) || w == "out" && k > 0 && low[k-1] == "walk") {
				event, ok = strikeStart, true
			}
			// "The Schools Standards Inspectorate published its report
			// last Thursday", "the report, released on November 13".
			// (The report is named in the four words before or the two
			// after: "published its report".)
			if !ok && (w == "published" || w == "released") && slices.Contains(low[max(0, k-4):min(len(low), k+3)], "report") {
				event, ok = publicationEvent, true
			}
			// "the ban takes effect on Monday", "comes into force on
			// Friday", "due to apply from March 8", "a rise of 4.6% from
			// March 1": a change starts once. A change noun eight words
			// before "from" will do ("a ban on using hosepipes from July
			// 25", "fares that Corran Line plans to introduce from March
			// 15").
			if !ok && (w == "effect" && k > 0 && takeForms[low[k-1]] || w == "force" && k > 0 && low[k-1] == "into" ||
				w == "apply" || w == "from" && anyOf(startNouns, low[max(0, k-8):k])) {
				event, ok = changeEvent, true
			}
			if !ok || seen[event][s.Doc] {
				continue
			}
			var days []Date
			for _, d := range a.dates(i) {
				// (The day a report came out is the publication's own.)
				if len(d.Value) != 10 || d.Start < toks[k].End || a.dateOfSaying(i, d) && event != publicationEvent {
					continue
				}
				// Within reach, in the verb's clause.
				n := 0
				for _, t := range toks[k+1:] {
					if t.Start >= d.Start {
						break
					}
					n++
				}
				if n <= onceReach && !hasClauseBreak(s.Text[toks[k].End:d.Start]) {
					days = append(days, d)
				}
			}
			if len(days) != 1 {
				continue
			}
			// "the first will start on March 17, the second on March 26":
			// a sentence that names more strikes than one dates none.
			if event == strikeStart && fullDays(a.dates(i)) > 1 {
				continue
			}
			day := days[0].Value
			if event == changeEvent || event == strikeStart {
				day = a.ahead(s.Doc, days[0])
			}
			if seen[event] == nil {
				seen[event] = map[int]bool{}
			}
			seen[event][s.Doc] = true
			note("once:"+event, "date of the "+event, s.Doc, day)
		}
	}
}

// startWords say that something begins.
var startWords = set("begin", "begins", "start", "starts")

// fullDays returns how many of ds name a day.
func fullDays(ds []Date) int {
	n := 0
	for _, d := range ds {
		if len(d.Value) == 10 {
			n++
		}
	}
	return n
}

// strikeNouns name a strike.
var strikeNouns = set("strike", "walkout", "stoppage", "walkouts", "stoppages", "strikes")

// talkNouns name talks between two sides.
var talkNouns = set("talks", "negotiations")

// hasClauseBreak reports whether text crosses a clause: a comma, a
// semicolon or a dash.
func hasClauseBreak(text string) bool {
	for _, r := range text {
		switch r {
		case ',', ';', '—', '–':
			return true
		}
	}
	return false
}

// builtYears notes, through note, the year each article says the
// story's structure was built: "since it was built in 1923", "the main,
// which dates from 1954", or the age it gives the structure ("the
// village's 102-year-old pavilion", in a report of 2025, is of 1923, or
// of 1922 if another report says so). Each article's first year counts.
func (a *analysis) builtYears(note func(key, about string, d int, val string)) {
	stated := map[int]int{}
	derived := map[int]int{}
	var docs []int
	for i, s := range a.c.Sents {
		if s.Heading || !a.independent(s.Doc) {
			continue
		}
		d := s.Doc
		if _, ok := stated[d]; ok {
			continue
		}
		low, toks := a.low[i], a.toks[i]
		for k := 0; k+1 < len(low); k++ {
			// (What "dates from" a year must be a structure: "minute
			// books dating from 1835" are none.)
			if builtVerbs[low[k]] && (low[k+1] == "in" || low[k+1] == "from") && (!datingVerbs[low[k]] || structureBefore(low, k)) {
				for _, dt := range a.dates(i) {
					if len(dt.Value) == 4 && dt.Start == toks[k+1].End+1 {
						y, _ := strconv.Atoi(dt.Value)
						if _, ok := derived[d]; !ok {
							docs = append(docs, d)
						}
						stated[d] = y
						break
					}
				}
				if _, ok := stated[d]; ok {
					break
				}
			}
			if _, ok := derived[d]; ok {
				continue
			}
			if n, ok := yearOld(low[k]); ok && structureAfter(low, k+1) && !a.ref[d].IsZero() {
				if _, ok := stated[d]; !ok {
					docs = append(docs, d)
				}
				derived[d] = a.ref[d].Year() - n
			}
		}
	}
	for _, d := range docs {
		y, ok := stated[d]
		if !ok {
			y = derived[d]
			// An age gives the year of building within one.
			for _, s := range stated {
				if s == y-1 {
					y = s
				}
			}
		}
		note("once:built", "year it was built", d, strconv.Itoa(y))
	}
}

// builtVerbs, before "in" or "from" and a year, say when a structure was
// built: "built in 1923", "laid in 1936", "dates from 1954".
var builtVerbs = set("built", "constructed", "erected", "laid", "dates", "dated", "dating")

// datingVerbs say what a thing dates from, which may be no structure.
var datingVerbs = set("dates", "dated", "dating")

// structureBefore reports whether a built thing is named in the eight
// words before token k ("the listed building, which dates from 1868").
func structureBefore(low []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if structureNouns[stripPossessive(low[j])] {
			return true
		}
	}
	return false
}

// structureAfter reports whether a built thing is named from token k on,
// after at most two words that say of what ("cast-iron pipe").
func structureAfter(low []string, k int) bool {
	for j := k; j < len(low) && j <= k+2; j++ {
		if structureNouns[stripPossessive(low[j])] {
			return true
		}
		if !isWord(low[j]) || text.IsStopword(low[j]) || personNoun(low[j]) {
			return false
		}
	}
	return false
}

// structureNouns are built things whose age says when they were built.
var structureNouns = set("pavilion", "bridge", "main", "pier", "dam", "wall", "hall", "building", "sewer", "church",
	"hotel", "station", "culvert", "pipe", "tower", "viaduct", "lighthouse", "mill", "theatre", "cinema", "stand",
	"grandstand", "roof", "footbridge", "embankment", "seawall", "barn", "warehouse", "school", "structure", "weir")
