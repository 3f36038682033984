package facts

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
	"docked": "docking",
}

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
			if !ok || seen[event][s.Doc] {
				continue
			}
			var days []Date
			for _, d := range a.dates(i) {
				if len(d.Value) != 10 || d.Start < toks[k].End || a.dateOfSaying(i, d) {
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
			if seen[event] == nil {
				seen[event] = map[int]bool{}
			}
			seen[event][s.Doc] = true
			note("once:"+event, "date of the "+event, s.Doc, days[0].Value)
		}
	}
}

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
