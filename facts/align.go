package facts

import (
	"math"
	"slices"
	"sort"
	"strings"

	"storyline/stem"
	"storyline/text"
)

// Figures no rule names are compared by the words around them. Two
// outlets that write "about 1,800 tonnes of crude oil have escaped" and
// "around 1,200 tonnes of oil have since leaked" give one figure for one
// thing though no verb list knows "escaped": the figures have one unit,
// are of one size, and the words next to them are alike where the rest of
// the two sentences is not. Each figure is set against its best match in
// the other article, and only when neither article gives the other's
// figure too ("163 votes to 158" against "161 in favour and 158
// against": 158 is agreed, so 163 and 161 are the disagreement, not 163
// and 158).

// longSpan is the length, in months, from which a span tells the past
// rather than the event ("for 30 years"); a phase-out "over two years"
// is shorter.
const longSpan = 60

// periodWords name the period a rate is reckoned over ("three days a
// week").
var periodWords = set("day", "week", "month", "year", "fortnight", "night", "shift")

// contextReach is how many words either side of a figure say what it
// measures.
const contextReach = 7

// alignSim is the least similarity of the words around two figures for
// them to measure one thing.
const alignSim = 0.1

// figure is one quantity of one sentence, as the aligner sees it.
type figure struct {
	sent, doc int
	q         Quantity
	// elapsed marks a length of time since something ("a day after",
	// "two days ago").
	elapsed bool
	// bound is '>' when the figure is a least ("more than 18 hours"),
	// '<' when it is a most ("up to 150"), 0 when neither.
	bound byte
	// key is the slot a rule already names the figure by (see slotKey),
	// or "": two such figures are compared by their slots, not by their
	// context (but sums named by different heads, see twoSumKeys), and a
	// figure is not tied to another's slot when its own article gives
	// that slot a figure already.
	key string
	// class is what the figure measures (see figureClass); ctx the
	// weights of the stems around it, and norm their length.
	class string
	ctx   map[string]float64
	norm  float64
	// phase is a time of day's: when something started or ended (see
	// phase).
	phase byte
}

// contextWeights returns the weight of each context stem: how few of the
// story's sentences use it.
func (a *analysis) contextWeights() map[string]float64 {
	sf := map[string]int{}
	n := 0
	// A story repeats its words: each is stemmed once.
	stems := map[string]string{}
	for i := range a.c.Sents {
		if !a.independent(a.c.Sents[i].Doc) {
			continue
		}
		n++
		seen := map[string]bool{}
		for _, w := range a.low[i] {
			st, ok := stems[w]
			if !ok {
				// As figureAt reads them (see around): "Saturday
				// night's draw" has "night".
				st = contextStem(stripPossessive(w))
				stems[w] = st
			}
			if st != "" && !seen[st] {
				seen[st] = true
				sf[st]++
			}
		}
	}
	out := make(map[string]float64, len(sf))
	for st, k := range sf {
		out[st] = math.Log(1 + float64(n)/float64(k))
	}
	return out
}

// contextStem returns the canonical stem of word w as context, or "" for
// a word that says nothing of what a figure measures.
func contextStem(w string) string {
	if len(w) < 3 || text.IsStopword(w) || auxiliaries[w] || approxWords[w] {
		return ""
	}
	if _, ok := wordNumber(w); ok {
		return ""
	}
	if c := w[0]; c >= '0' && c <= '9' || strings.HasPrefix(w, "$") || strings.HasPrefix(w, "€") || strings.HasPrefix(w, "£") {
		return ""
	}
	st := stem.Porter(w)
	if weakStems[st] || contextNoise[st] {
		return ""
	}
	if c, ok := contextSynonyms[st]; ok {
		return c
	}
	return canon(st)
}

// contextSynonyms name alike, beside a figure only, words that are one
// thing there but not everywhere: a sum's "bill", "charge" and "cost".
var contextSynonyms = map[string]string{"bill": "cost", "charg": "cost", "expens": "cost", "clear": "clean"}

// contextNoise are words that sit next to any figure: attribution,
// hedges and the words of approximation.
var contextNoise = set("accord", "estim", "least", "total", "figur", "more", "than", "less", "fewer", "over",
	"under", "almost", "nearli", "roughli", "about", "around", "some", "abov", "below", "offici", "report", "put",
	"said", "sai", "told", "confirm", "ad", "million", "billion", "thousand")

// figureClass names what kind of thing q measures for alignment: its
// unit, with people of any description one class.
func figureClass(q Quantity) string {
	if q.Unit == clockUnit {
		return clockUnit
	}
	if strings.Contains(q.Text, ":") {
		return ""
	}
	switch q.Unit {
	case "dead", "injured", "evacuated", "missing", "age", "crowd", "attendance":
		return "" // compared story-wide by their slots
	case "minute", "month":
		return q.Unit // lengths of time, in their two units
	}
	if isNounish(q.Unit) && !lengthUnits[q.Unit] {
		u := canonNoun(q.Unit)
		if humanNouns[u] || u == "peopl" {
			return "person"
		}
		return u
	}
	return q.Unit
}

// figureAt builds the figure of quantity q of sentence i.
func (a *analysis) figureAt(i int, q Quantity, weights map[string]float64) (figure, bool) {
	f := figure{sent: i, doc: a.c.Sents[i].Doc, q: q, class: figureClass(q)}
	if f.class == "" {
		return f, false
	}
	// Long spans ("for 30 years", "26 years ago") tell a story's past,
	// not its event.
	if f.class == "month" && q.Value >= longSpan {
		return f, false
	}
	low, qa, qb := a.around(i, q)
	if qa < 0 {
		return f, false
	}
	// A length of time inside a quotation is a speaker's ("for an hour
	// nobody told us what was happening"), not a measure of the story.
	if (f.class == "minute" || f.class == "month") && a.inQuote(i, q.Start) {
		return f, false
	}
	// "0745 GMT", "two Ebrechts": a name, not a thing counted.
	if isNounish(q.Unit) && qb > 0 && isCap(a.toks[i][qb-1].Text) && a.toks[i][qb-1].Start > q.Start {
		return f, false
	}
	f.bound = a.boundOf(i, q)
	// "shuttles will run every 20 minutes", "who travel two or three
	// days a week": how often, not how long.
	if (f.class == "minute" || f.class == "month") && (qa > 0 && low[qa-1] == "every" ||
		qb+1 < len(low) && (low[qb] == "a" || low[qb] == "per" || low[qb] == "each") && periodWords[low[qb+1]]) {
		return f, false
	}
	// "two clear results taken seven days apart": the time between two
	// things, not how long one lasts.
	if (f.class == "minute" || f.class == "month") && qb < len(low) && low[qb] == "apart" {
		f.class = "apart"
	}
	// "for the next 48 hours": a span ahead, which each report reckons
	// from its own day.
	if (f.class == "minute" || f.class == "month") && qa > 0 && (low[qa-1] == "next" || low[qa-1] == "coming") {
		return f, false
	}
	// "a day after it overtopped its banks", "two days ago": time
	// elapsed, which each report reckons from its own day too.
	f.elapsed = a.elapsedAt(i, q)
	f.ctx = map[string]float64{}
	add := func(k int) {
		if st := contextStem(low[k]); st != "" {
			f.ctx[st] = weights[st]
		}
	}
	for k := max(0, qa-contextReach); k < qa; k++ {
		add(k)
	}
	for k := qb; k < len(low) && k < qb+contextReach; k++ {
		add(k)
	}
	// The unit's own words do not tell two figures of it apart, but for
	// people, whom many words count, they do ("21 crew members", "a
	// crew of 21", "54 passengers").
	if f.class != "person" {
		for _, w := range strings.Fields(strings.ToLower(q.Text)) {
			delete(f.ctx, contextStem(w))
		}
	} else {
		for _, w := range strings.Fields(strings.ToLower(q.Text)) {
			if st := contextStem(w); st != "" {
				f.ctx[st] = weights[st]
			}
		}
	}
	for _, w := range f.ctx {
		f.norm += w * w
	}
	f.norm = math.Sqrt(f.norm)
	if f.class == clockUnit {
		f.phase = phase(f.ctx)
	}
	return f, f.norm > 0
}

// figureSim is how alike the words around figures f and g are, or 0
// below the least that ties them: the words next to them (contextSim),
// or, since outlets name one event in other words ("the blast happened",
// "the explosion went off"), their whole sentences at a higher bar.
func (a *analysis) figureSim(f, g figure) float64 {
	// "the alarm was raised at 1:20" and "the blaze was under control
	// shortly before 4": the start of an event and its end are two
	// times, however alike their sentences.
	if f.phase != 0 && g.phase != 0 && f.phase != g.phase {
		return 0
	}
	c, s := contextSim(f, g), a.ix.sim(f.sent, g.sent)
	if c < alignSim {
		c = 0
	}
	if s < alignSentSim || f.class != clockUnit && s < alignSentSimFigure {
		s = 0
	}
	return max(c, s)
}

// phase tells from the words around a time of day, ctx, whether it is
// when something started ('s': the alarm, the first call, the eruption)
// or when it ended ('e': under control, restored, reopened), or 0 when
// they say neither or both.
func phase(ctx map[string]float64) byte {
	var p byte
	for st := range ctx {
		q := byte(0)
		if startStems[st] {
			q = 's'
		} else if endStems[st] {
			q = 'e'
		}
		if q != 0 && p != 0 && q != p {
			return 0
		}
		if q != 0 {
			p = q
		}
	}
	return p
}

// startStems and endStems are the context stems of an event's start and
// of its end.
var (
	startStems = set("alarm", "call", "broke", "began", "begin", "start", "erupt", "spot", "detect", "discov", "outbreak")
	endStems   = set("control", "extinguish", "restor", "reopen", "end", "finish", "lift", "dous", "contain", "resum")
)

// alignSentSim is the least similarity of two sentences for the figures
// in them to measure one thing, by their whole sentences.
const alignSentSim = 0.15

// alignSentSimFigure is alignSentSim for figures other than times of day,
// which a story gives many more of.
const alignSentSimFigure = 0.3

// contextSim is the cosine of the context weights of x and y.
func contextSim(x, y figure) float64 {
	if x.norm == 0 || y.norm == 0 {
		return 0
	}
	dot := 0.0
	for st, w := range x.ctx {
		if _, ok := y.ctx[st]; ok {
			dot += w * w
		}
	}
	return dot / (x.norm * y.norm)
}

// clockSpan is the most minutes between two times told for one event.
const clockSpan = 180

// sameSize reports whether two figures could be one thing told
// differently: within alignApart of each other.
func sameSize(x, y Quantity) bool {
	if x.Unit == clockUnit || y.Unit == clockUnit {
		// Two times of one event are hours apart at most.
		return x.Unit == y.Unit && math.Abs(x.Value-y.Value) <= clockSpan
	}
	return inRatio(x.Value, y.Value, 1, alignApart) && !rounded(x, y)
}

// inRatio reports whether figures x and y are both above least and
// within a factor of limit of each other.
func inRatio(x, y, least, limit float64) bool {
	lo, hi := math.Min(x, y), math.Max(x, y)
	return lo > least && hi/lo <= limit
}

// alignApart is farApart for figures tied by their context alone, which
// is weaker evidence than a rule that names what they measure.
const alignApart = 2.0

// rounded reports whether one of two figures is the other written less
// precisely: "29%" for "29.6%".
func rounded(x, y Quantity) bool {
	a, b := x.Value, y.Value
	if a != math.Trunc(a) {
		a, b = b, a
	}
	if a != math.Trunc(a) || b == math.Trunc(b) {
		return false
	}
	return a == math.Round(b) || a == math.Trunc(b)
}

// alignedSlots pairs the figures of different articles that measure one
// thing by their context, and returns a slot for each group of them that
// gives more than one value.
func (a *analysis) alignedSlots(figs []figure, stated map[int]map[string]bool) []*variants {
	byDoc := map[int][]int{}
	var docs []int
	for k, f := range figs {
		if byDoc[f.doc] == nil {
			docs = append(docs, f.doc)
		}
		byDoc[f.doc] = append(byDoc[f.doc], k)
	}
	keys := map[int]map[string]bool{}
	for _, f := range figs {
		if f.key != "" {
			if keys[f.doc] == nil {
				keys[f.doc] = map[string]bool{}
			}
			keys[f.doc][f.key] = true
		}
	}
	// states reports whether article d gives value q in q's class.
	states := func(d int, q Quantity, class string) bool {
		if stated[d][numKey(q.Value)+" "+rawClass(q)] {
			return true // in any of its quantities, aligned or not, in its written unit
		}
		if isCount(q) && q.Value >= 10 && a.docGives(d, q.Value) {
			return true // a count, perhaps bare: "by 214 votes to 187" (see givesBoth)
		}
		for _, k := range byDoc[d] {
			if figs[k].class == class && (figs[k].q.Value == q.Value || figs[k].q.Equivalent(q)) {
				return true
			}
		}
		return false
	}
	parent := make([]int, len(figs))
	for k := range parent {
		parent[k] = k
	}
	var find func(int) int
	find = func(k int) int {
		if parent[k] != k {
			parent[k] = find(parent[k])
		}
		return parent[k]
	}
	linked := make([]bool, len(figs))
	type edge struct {
		k, j int
		sim  float64
	}
	var edges []edge
	for x, dx := range docs {
		for _, dy := range docs[x+1:] {
			if !a.within(dx, dy, runningGap) {
				continue
			}
			// Each figure of dx with its best match in dy, kept when the
			// match is mutual.
			best := func(from, to int) map[int]int {
				m := map[int]int{}
				for _, k := range byDoc[from] {
					bs, bj := 0.0, -1
					for _, j := range byDoc[to] {
						f, g := figs[k], figs[j]
						if f.class != g.class || f.key != "" && g.key != "" && !twoSumKeys(f.key, g.key) || !sameSize(f.q, g.q) ||
							g.key != "" && keys[f.doc][g.key] || f.key != "" && keys[g.doc][f.key] {
							continue
						}
						if s := a.figureSim(f, g); s > bs {
							bs, bj = s, j
						}
					}
					if bj >= 0 {
						m[k] = bj
					}
				}
				return m
			}
			fw, bw := best(dx, dy), best(dy, dx)
			for k, j := range fw {
				if bw[j] != k {
					continue
				}
				f, g := figs[k], figs[j]
				if bothRight(f, g) || a.sameElapsed(f, g) || a.daysApart(f, g) {
					// "more than 18 hours" and "24 hours"; "just before 6
					// a.m." and "5:50"; see daysApart.
					continue
				}
				if f.q.Value != g.q.Value && !f.q.Equivalent(g.q) &&
					(states(dx, g.q, g.class) || states(dy, f.q, f.class)) {
					continue // both give both figures: two things
				}
				edges = append(edges, edge{k, j, a.figureSim(f, g)})
			}
		}
	}
	// Context ties chains loosely: a group of three values or more is
	// too loose to be one thing, and so is one in which an article gives
	// two values. Figures are joined by their likest pairs first, and a
	// pair that would make such a group is left apart: "water spilling
	// over the quay wall at 10:50" and "the surge topped the harbour wall
	// at around 11:35" stay one thing though a third report's "order ...
	// given at 8:30" is tied to its "sea came over the quay wall at
	// 22:50" by their sentences.
	valueOf := func(k int) string {
		q := figs[k].q
		q.Unit = figs[k].class
		return valueKey(q)
	}
	// Pairs that agree are joined first: that two reports give one time
	// for one thing is firmer than that two times are one thing.
	agree := func(e edge) bool { return valueOf(e.k) == valueOf(e.j) }
	sort.SliceStable(edges, func(x, y int) bool {
		if ax, ay := agree(edges[x]), agree(edges[y]); ax != ay {
			return ax
		}
		return edges[x].sim > edges[y].sim
	})

	vals := make([]map[int]string, len(figs)) // by root: each article's value
	for k := range figs {
		vals[k] = map[int]string{figs[k].doc: valueOf(k)}
	}
	for _, e := range edges {
		rk, rj := find(e.k), find(e.j)
		if rk == rj {
			continue
		}
		merged := map[int]string{}
		distinct := map[string]bool{}
		clear := true
		for _, m := range []map[int]string{vals[rk], vals[rj]} {
			for d, v := range m {
				if w, ok := merged[d]; ok && w != v {
					clear = false
				}
				merged[d] = v
				distinct[v] = true
			}
		}
		if !clear || len(distinct) > 2 {
			continue
		}
		parent[rk] = rj
		vals[rj] = merged
		linked[e.k], linked[e.j] = true, true
	}
	groups := map[int][]int{}
	var roots []int
	for k := range figs {
		if !linked[k] {
			continue
		}
		r := find(k)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], k)
	}
	var out []*variants
	for _, r := range roots {
		g := groups[r]
		distinct := map[string]bool{}
		for _, v := range vals[r] {
			distinct[v] = true
		}
		if len(distinct) != 2 {
			continue
		}
		v := newVariants(aboutFigure(figs[g[0]]) + ": " + a.figureSnippet(figs[g[0]]))
		for _, k := range g {
			v.addIn(figs[k].doc, figs[k].q, figs[k].class)
		}
		if v = a.contemporary(v); len(v.order) > 1 {
			out = append(out, v)
		}
	}
	return out
}

// aboutFigure names what figure f measures for people: its unit and the
// words that follow or precede it.
func aboutFigure(f figure) string {
	switch f.class {
	case clockUnit:
		return "time of day"
	case "usd", "eur", "gbp":
		return "sum of money"
	case "percent":
		return "percentage"
	case "minute", "month":
		return "length of time"
	case "apart":
		return "time between"
	case "person":
		return "number of people"
	case "kilogram":
		return "weight" // in kilograms or tonnes
	}
	if measureUnits[f.q.Unit] || lengthUnits[f.q.Unit] {
		return "amount in " + plural(f.q.Unit)
	}
	// "three of its nine piers" are a number of piers too.
	if u := strings.TrimPrefix(f.q.Unit, "of "); isNounish(u) {
		return "number of " + plural(u)
	}
	return aboutUnit(f.q.Unit)
}

// boundBefore reads a bound before the figure at token qa: "more than",
// "at least", "over" make it a least; "up to", "less than", "under" a
// most.
func boundBefore(low []string, qa int) byte {
	w := func(k int) string {
		if k < 0 {
			return ""
		}
		return low[k]
	}
	switch {
	case w(qa-1) == "than" && (w(qa-2) == "more" || w(qa-2) == "greater"), w(qa-1) == "least" && w(qa-2) == "at",
		w(qa-1) == "over", w(qa-1) == "exceeding", w(qa-1) == "of" && w(qa-2) == "upwards":
		return '>'
	case w(qa-1) == "than" && (w(qa-2) == "less" || w(qa-2) == "fewer"), w(qa-1) == "to" && w(qa-2) == "up",
		w(qa-1) == "under", w(qa-1) == "most" && w(qa-2) == "at":
		return '<'
	}
	return 0
}

// boundOf returns the bound of quantity q of sentence i (see
// boundBefore); "over" before a length of time says during, not more
// than ("wound down over 18 months").
func (a *analysis) boundOf(i int, q Quantity) byte {
	low, qa, _ := a.around(i, q)
	if qa < 0 {
		return 0
	}
	b := boundBefore(low, qa)
	if b == '>' && low[qa-1] == "over" && (q.Unit == "month" || q.Unit == "minute") {
		return 0
	}
	return b
}

// withinBound reports whether value v keeps within bound b of x: above it for
// a least, below it for a most.
func withinBound(b byte, x, v float64) bool {
	return b == '>' && v >= x || b == '<' && v <= x
}

// clockSlack is how many minutes an approximate time ("just before 6
// a.m.", "around 8") may be from an exact one and tell the same moment.
const clockSlack = 20

// bothRight reports whether two different figures may both be right: a
// least and a figure above it, a most and one below it, or two times of
// day minutes apart of which one is approximate.
func bothRight(f, g figure) bool {
	for _, p := range [2][2]figure{{f, g}, {g, f}} {
		x, y := p[0], p[1]
		if withinBound(x.bound, x.q.Value, y.q.Value) {
			return true
		}
	}
	if f.class == clockUnit && (f.q.Approx || g.q.Approx) {
		return math.Abs(f.q.Value-g.q.Value) <= clockSlack
	}
	return false
}

// figureSnippet returns the words around figure f in its sentence, the
// figure itself left out, to say what the figure measures: "the blast
// happened at about … in a building where".
func (a *analysis) figureSnippet(f figure) string {
	toks := a.toks[f.sent]
	_, qa, qb := a.around(f.sent, f.q)
	if qa < 0 {
		return ""
	}
	text := a.c.Sents[f.sent].Text
	// Not from inside a dateline ("2025 - Rangers had recaptured …").
	from := max(0, qa-snippetBefore)
	for body := datelineEnd(text); from < qa && toks[from].Start < body; {
		from++
	}
	var b strings.Builder
	if from < qa {
		b.WriteString(text[toks[from].Start:toks[qa-1].End])
		b.WriteString(" ")
	}
	b.WriteString("…")
	if to := min(len(toks), qb+snippetAfter); qb < to {
		b.WriteString(" ")
		b.WriteString(text[toks[qb].Start:toks[to-1].End])
	}
	return b.String()
}

// snippetBefore and snippetAfter are how many words of a figure's
// sentence its snippet shows on each side.
const snippetBefore, snippetAfter = 6, 4

// measureUnits measure an amount rather than count things.
var measureUnits = set("tonne", "ton", "litre", "liter", "gallon", "barrel", "hectare", "acre", "kilogram", "pound", "degree")

// widenSlot adds to slot v the articles it leaves out that give one of its
// figures in words like those of an article it holds, or in a sentence
// much like one of its own: "About 8,000
// people took part in the march, according to a police estimate" joins
// "Police put the size of the crowd at 8,000" when a rule named only the
// second. An article that gives another of v's figures too is left out.
func (a *analysis) widenSlot(v *variants, figs []figure, stated map[int]map[string]bool) {
	if len(v.order) < 2 {
		return
	}
	nums, ok := numbers(v) // figure → value key of v
	if !ok {
		return // dates and names are widened by their own rules
	}
	num := func(f figure) string { return numKey(f.q.Value) }
	// A figure of the slot is in its unit: the one a rule read it in,
	// or the class it was aligned in ("27 degrees" is no age of 27).
	ofSlot := func(f figure, val string) bool {
		if u, ok := v.raw[val]; ok {
			// "14 of the country's universities" are universities.
			return rawClass(f.q) == u || wholeClass(f) == u
		}
		_, u := keyFigure(val)
		return f.class == u || wholeClass(f) == u
	}
	// Things counted under another name ("Eighteen films had been in
	// contention", "one of 18 titles") join by words much like a
	// member's, or a little like them when the member names them beside
	// its figure, or by a sentence much like a member's.
	counted := func(f figure) bool {
		u := strings.TrimPrefix(f.q.Unit, "of ") // "140 of its servers" are servers too
		switch u {
		case "minute", "month", "percent", "usd", "eur", "gbp", "age", clockUnit:
			return false // lengths of time, shares, sums: no things counted
		}
		return isNounish(u) && !measureUnits[u] && !lengthUnits[u] && f.class != "person"
	}
	var members []figure
	for _, f := range figs {
		if val, ok := nums[num(f)]; ok && v.docs[val][f.doc] && ofSlot(f, val) {
			members = append(members, f)
		}
	}
	// The sentences that give a slot of what befell people (the injured,
	// the ill) its values: such figures are no aligned figures.
	var eventSents []int
	if _, u := keyFigure(v.order[0]); eventUnits[u] {
		for _, i := range a.sentsOf(v) {
			for _, q := range a.quantities(i) {
				if val, ok := nums[numKey(q.Value)]; ok && q.Unit == u && v.docs[val][a.c.Sents[i].Doc] {
					eventSents = append(eventSents, i)
					break
				}
			}
		}
	}
	for _, f := range figs {
		val, ok := nums[num(f)]
		if !ok || v.seen[f.doc] {
			continue
		}
		same := ofSlot(f, val)
		if !same && !counted(f) && (f.class != "person" || len(eventSents) == 0) {
			continue
		}
		both := false
		for n := range nums {
			if n != num(f) && stated[f.doc][n+" "+rawClass(f.q)] {
				both = true
			}
		}
		if both {
			continue
		}
		// People counted bare, beside a slot of what befell them, in a
		// sentence a little like one that gives the slot ("Of the 19
		// people hurt, all but one have been discharged").
		if f.class == "person" && f.q.Value >= 10 && slices.ContainsFunc(eventSents, func(i int) bool {
			return a.ix.sim(i, f.sent) >= sameSumSim
		}) {
			v.add(f.doc, val)
			continue
		}
		// The same minute of the day is the same moment, however
		// unlike the words around it ("flashed into life at 9:42 p.m.",
		// "was rekindled on Saturday at 21:42").
		if same && f.q.Unit == clockUnit {
			v.add(f.doc, val)
			continue
		}
		for _, m := range members {
			// The same sum, in a sentence a little like a member's
			// ("estimated at 480,000 pounds", "put the cost of the
			// repairs at £480,000").
			if same && sumUnits[f.q.Unit] && a.ix.sim(m.sent, f.sent) >= sameSumSim {
				v.add(f.doc, val)
				break
			}
			// So does the same large count of people or things, under
			// another name too ("leaving about 420 passengers stranded",
			// "left some 600 travellers unable to get where they were
			// going"), and the same length of 100 minutes or more ("shut
			// for three days"): such a figure rarely comes twice by
			// chance.
			if f.q.Value >= sameCountMin && (same || counted(f) && (counted(m) || m.class == "person")) && a.ix.sim(m.sent, f.sent) >= sameCountSim(f.q.Value) {
				v.add(f.doc, val)
				break
			}
			// A rule that names both figures' slot alike ("a cash prize
			// of €60,000", "a purse of 60,000 euros") ties them too.
			if !same {
				named, ok := withUnit(f, m)
				if (counted(m) || m.class == "person") && (contextSim(m, f) >= alignSentSimFigure || ok && contextSim(m, named) >= widenSim ||
					a.ix.sim(m.sent, f.sent) >= alignSentSimFigure) {
					v.add(f.doc, val)
					break
				}
				continue
			}
			// The same thing counted under the same name, by the same
			// figure, needs no more ("1,150 jobs", "1,150 redundancies").
			if wholeClass(m) == wholeClass(f) && (counted(f) && m.class == f.class && f.class != "person" || contextSim(m, f) >= widenSim || a.ix.sim(m.sent, f.sent) >= alignSentSimFigure || m.key != "" && m.key == f.key) {
				v.add(f.doc, val)
				break
			}
		}
	}
}

// sumUnits are the units of sums of money; sameSumSim is the least
// similarity of a sentence giving a slot's sum to one of the slot's for
// it to tell the same sum.
var sumUnits = set("usd", "eur", "gbp")

const sameSumSim = 0.2

// sameCountMin is the least count that joins a slot by its value alone,
// in a sentence a little like a member's.
const sameCountMin = 100

// sameCountSim is how like a member's a sentence giving the slot's count v
// must be: a count of thousands ("an estimated 1,650 guests") is told
// once in a story, and may be told in any words.
func sameCountSim(v float64) float64 {
	if v >= 1000 {
		return sameSumSim / 2
	}
	return sameSumSim
}

// wholeClass is the class of f, or of the whole f is a part of: "14 of
// the country's universities" are universities.
func wholeClass(f figure) string {
	if n, ok := strings.CutPrefix(f.q.Unit, "of "); ok && isNounish(n) {
		return canonNoun(n)
	}
	return f.class
}

// withUnit returns f with the word of its unit among its context words,
// and true, when m names that word beside its figure ("a 23-strong
// syndicate" counts the members of what "a syndicate of 23 workers"
// names; "Eighteen films" what "one of 18 titles ... film" does);
// otherwise f and false.
func withUnit(f, m figure) (figure, bool) {
	words := strings.Fields(strings.ToLower(f.q.Text))
	if len(words) < 2 {
		return f, false
	}
	u := contextStem(words[len(words)-1])
	w, ok := m.ctx[u]
	if !ok {
		return f, false
	}
	ctx := make(map[string]float64, len(f.ctx)+1)
	for k, v := range f.ctx {
		ctx[k] = v
	}
	ctx[u] = w
	f.ctx, f.norm = ctx, math.Sqrt(f.norm*f.norm+w*w)
	return f, true
}

// widenSim is the least likeness of context for a figure to join a slot
// it already matches in value and unit.
const widenSim = 0.1

// twoSumKeys reports whether two slot keys name a sum by different
// heads ("a deal for $2.4 billion", "$2.1 billion for the chain"): rules
// name one price by what it buys as often as by the buying, so such
// figures are aligned by their context too.
func twoSumKeys(x, y string) bool {
	return x != y && strings.HasPrefix(x, "sum:") && strings.HasPrefix(y, "sum:")
}

// residualSlots finds, for each class of figure, the one figure each
// article gives beside those every article gives: four reports of a
// stadium all give its £290 million budget, and each gives one final cost
// beside it, £412 million or £438 million. The figure all give shows the
// reports count the same things; the one left is their disagreement.
func (a *analysis) residualSlots(figs []figure) []*variants {
	type docVals map[int]map[float64]figure
	byClass := map[string]docVals{}
	var classes []string
	for _, f := range figs {
		if f.class == "" || f.class == clockUnit || f.class == "minute" || f.bound != 0 {
			continue
		}
		dv := byClass[f.class]
		if dv == nil {
			dv = docVals{}
			byClass[f.class] = dv
			classes = append(classes, f.class)
		}
		if dv[f.doc] == nil {
			dv[f.doc] = map[float64]figure{}
		}
		if _, ok := dv[f.doc][f.q.Value]; !ok {
			dv[f.doc][f.q.Value] = f
		}
	}
	var out []*variants
	for _, c := range classes {
		dv := byClass[c]
		if len(dv) < 2 {
			continue
		}
		// The values every article of the class gives.
		common := map[float64]bool{}
		first := true
		for _, vals := range dv {
			next := map[float64]bool{}
			for x := range vals {
				if first || common[x] {
					next[x] = true
				}
			}
			common, first = next, false
		}
		if len(common) == 0 {
			continue
		}
		// A figure far from every other article's figures ("a £75
		// million loan" beside costs of £412 and £438 million) counts
		// something else.
		near := func(d int, f figure) bool {
			for o, vals := range dv {
				for x, g := range vals {
					if o != d && !common[x] && sameSize(f.q, g.q) {
						return true
					}
				}
			}
			return false
		}
		var left []figure
		ok := true
		for d, vals := range dv {
			var rest []figure
			for x, f := range vals {
				if !common[x] && near(d, f) {
					rest = append(rest, f)
				}
			}
			// An article with no figure left gives none for this thing;
			// one with two leaves it unclear which it means.
			if len(rest) > 1 {
				ok = false
				break
			}
			left = append(left, rest...)
		}
		if !ok || len(left) < 2 {
			continue
		}
		distinct := map[float64]bool{}
		for _, f := range left {
			distinct[f.q.Value] = true
			if !sameSize(f.q, left[0].q) && f.q.Value != left[0].q.Value {
				ok = false
			}
		}
		if !ok || len(distinct) != 2 {
			continue
		}
		sort.Slice(left, func(x, y int) bool { return left[x].sent < left[y].sent })
		v := newVariants(aboutFigure(left[0]) + ": " + a.figureSnippet(left[0]))
		for _, f := range left {
			v.addIn(f.doc, f.q, f.class)
		}
		if v = a.contemporary(v); len(v.order) > 1 {
			out = append(out, v)
		}
	}
	return out
}

// elapsedWords after a length of time make it time elapsed since or
// until something.
var elapsedWords = set("after", "ago", "later", "earlier", "before", "since")

// sameElapsed reports whether two lengths of time elapsed since something
// name one moment from reports of different days: "a day after" in a
// report of October 20 and "two days after" in one of October 21.
func (a *analysis) sameElapsed(f, g figure) bool {
	return f.elapsed && g.elapsed && a.sameMoment(f.doc, f.q, g.doc, g.q)
}

// daysApart reports whether f, time elapsed since something ("a debate
// which opened a week ago"), and g, a length of time ("after four days of
// debate"), or the other way round, differ by no more than the days
// between their reports may explain: time elapsed is reckoned from its
// report's day, a length from the thing's start to its end.
func (a *analysis) daysApart(f, g figure) bool {
	if f.elapsed == g.elapsed {
		return false
	}
	rf, rg := a.ref[f.doc], a.ref[g.doc]
	if rf.IsZero() || rg.IsZero() || f.q.Unit != g.q.Unit {
		return false
	}
	between := math.Abs(rf.Sub(rg).Hours()) / 24 // days
	if f.q.Unit == "minute" {
		between *= 1440
	} else {
		between /= 30
	}
	return math.Abs(f.q.Value-g.q.Value) <= 2*between
}

// elapsedAt reports whether quantity q of sentence i is a length of time
// elapsed since or until something (see elapsedWords).
func (a *analysis) elapsedAt(i int, q Quantity) bool {
	if q.Unit != "minute" && q.Unit != "month" {
		return false
	}
	low, qa, qb := a.around(i, q)
	// "out of action for nine hours before engineers brought it back":
	// a length, whatever clause follows it.
	if qa > 0 && low[qa-1] == "for" {
		return false
	}
	return qa >= 0 && qb < len(low) && elapsedWords[low[qb]]
}

// sameMoment reports whether lengths of time p, of article dp, and q, of
// article dq, reckoned back from each article's date, reach one moment.
func (a *analysis) sameMoment(dp int, p Quantity, dq int, q Quantity) bool {
	if p.Unit != q.Unit {
		return false
	}
	rf, rg := a.ref[dp], a.ref[dq]
	if rf.IsZero() || rg.IsZero() {
		return false
	}
	days := rg.Sub(rf).Hours() / 24
	shift := days * 1440 // minutes
	if p.Unit == "month" {
		shift = days / 30
	}
	return math.Abs(p.Value+shift-q.Value) < 0.5
}

// isCount reports whether q counts things, not a length, a share or a
// sum.
func isCount(q Quantity) bool {
	return isNounish(q.Unit) && !lengthUnits[q.Unit] && q.Unit != "minute" && q.Unit != "month" && q.Unit != "percent"
}

// docGives reports whether article d gives figure v anywhere but in a
// heading, counting anything or bare.
func (a *analysis) docGives(d int, v float64) bool {
	key := givenFigure{d, v}
	if got, ok := a.gives[key]; ok {
		return got
	}
	if a.gives == nil {
		a.gives = map[givenFigure]bool{}
	}
	got := false
	for _, i := range a.docs[d] {
		if !a.c.Sents[i].Heading && givesFigure(a.low[i], v) {
			got = true
			break
		}
	}
	a.gives[key] = got
	return got
}

// firstTimeSlot compares the first time of day each report gives, when
// no time was compared by its words: three or more reports, two times
// between them, at most three hours apart ("The wall gave way at about
// 9:50 p.m.", "punched a hole in the old wall shortly after 10:35 p.m.",
// "gave way at 21:50 on Sunday"). A report's first time is most often
// when its event began.
func (a *analysis) firstTimeSlot(figs []figure, slots []*variants) []*variants {
	for _, v := range slots {
		if strings.HasPrefix(v.about, "time of day") {
			return nil
		}
	}
	first := map[int]figure{}
	var docs []int
	for _, f := range figs {
		// Not a time in a quotation ("By nine o'clock I had a queue"),
		// nor one that bounds a span ("between midnight and 3 a.m.").
		if f.class != clockUnit || a.inQuote(f.sent, f.q.Start) || a.boundsSpan(f) {
			continue
		}
		// Nor a time to come ("Thursday's meeting will be held in the
		// village hall at 7:30 p.m.").
		if _, qa, _ := a.around(f.sent, f.q); qa >= 0 && willBefore(a.low[f.sent], qa) {
			continue
		}
		if _, ok := first[f.doc]; !ok {
			first[f.doc] = f
			docs = append(docs, f.doc)
		}
	}
	if len(docs) < 3 {
		return nil
	}
	values := map[float64]bool{}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, d := range docs {
		x := first[d].q.Value
		values[x] = true
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	if len(values) != 2 || hi-lo > firstTimeGap {
		return nil
	}
	// "shortly after 11 a.m." and "at 11:15": an approximate time minutes
	// from an exact one may both be right.
	for _, d := range docs {
		if first[d].q.Approx && hi-lo <= clockSlack {
			return nil
		}
	}
	slices.Sort(docs)
	v := newVariants(aboutFigure(first[docs[0]]) + ": " + a.figureSnippet(first[docs[0]]))
	for _, d := range docs {
		v.addIn(d, first[d].q, first[d].class)
	}
	return []*variants{v}
}

// willBefore reports whether "will" or "shall" comes in the ten words
// before token k, short of a verb in the past: what is told is to come.
func willBefore(low []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		switch low[j] {
		case "will", "shall":
			return true
		case "was", "were", "had":
			return false
		}
	}
	return false
}

// boundsSpan reports whether time f opens or closes a span of time
// ("between midnight and 3 a.m.", "until 6 p.m.", "from 9 a.m.").
func (a *analysis) boundsSpan(f figure) bool {
	low := a.low[f.sent]
	_, qa, _ := a.around(f.sent, f.q)
	for k := qa - 1; k >= 0 && k >= qa-3; k-- {
		switch low[k] {
		case "between", "until", "till", "from", "since", "by", "before", "and":
			return true
		}
	}
	return false
}

// firstTimeGap is how far apart, in minutes, two first times of day may
// be to tell one moment.
const firstTimeGap = 180

// sentsOf returns the sentences of the articles that give slot v a
// value.
func (a *analysis) sentsOf(v *variants) []int {
	var out []int
	for _, val := range v.order {
		for d := range v.docs[val] {
			out = append(out, a.docs[d]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
