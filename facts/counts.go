package facts

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Counts of one kind of thing are a slot of the story when every outlet
// that counts that thing gives one figure for it: "escaped with five
// paintings" and "four paintings ... have been stolen" tell one theft,
// though no verb says so in the first. A verb names the slot when one is
// known ("paintings stolen"); two different verbs ("27 houses destroyed",
// "40 houses damaged") are two counts, and an outlet that gives two
// figures for the thing leaves it unclear which is which, so neither
// makes a slot.

// vagueCounts are counted nouns too general to be one thing of a story:
// people are killed, rescued and evacuated in one report.
var vagueCounts = set("person", "peopl", "other", "time", "thing", "part", "way", "kind", "type", "number",
	"place", "case", "record", "storei", "floor", "passeng", "point", "goal", "member")

// unitFromContext reports whether the words before the figure at token
// qa gave it its unit, which is then no word written after it: a
// workforce's size counts workers ("the workforce numbered 340",
// "employs 140 people"), "a letter signed by 230 artists" signatures.
func unitFromContext(low []string, qa int, unit string) bool {
	switch unit {
	case "worker":
		return workforceBefore(low, qa) || qa > 0 && employVerbs[low[qa-1]]
	case "signature":
		return qa >= 2 && low[qa-1] == "by" && low[qa-2] == "signed"
	}
	return false
}

// nounCount gathers what each article counts of one noun.
type nounCount struct {
	noun  string
	shown string // the noun as first written, singular
	vals  map[int]map[string]bool
	first map[int]Quantity
	docs  []int
	verbs map[string]bool
}

// countedNoun returns the noun that quantity q of sentence i counts, in
// its canonical form, and the verb it goes with ("" when none is known);
// ok is false when q counts no thing of the story (a length, a name).
func (a *analysis) countedNoun(i int, q Quantity) (noun, verb string, ok bool) {
	// Lengths of time ("14 minutes", "six months", "43 seconds behind")
	// are durations, not things counted.
	if !isNounish(q.Unit) || lengthUnits[q.Unit] || q.Unit == "minute" || q.Unit == "month" || q.Unit == "second" || strings.Contains(q.Text, ":") {
		return "", "", false
	}
	low, qa, qb := a.around(i, q)
	if qa < 0 || qb < 1 {
		return "", "", false
	}
	// The unit must be the noun written ("five paintings"), not one the
	// parser gave ("48 hours" is minutes, "12 dead" a toll), but for a
	// unit the words before gave it (see unitFromContext).
	words := strings.Fields(strings.ToLower(q.Text))
	if len(words) == 1 {
		// "the 72-player field": the noun is joined to the figure.
		if k := strings.LastIndexByte(words[0], '-'); k > 0 && compoundCounts[words[0][k+1:]] {
			words = []string{words[0][:k], words[0][k+1:]}
		}
	}
	if (len(words) < 2 || canonNoun(singular(words[len(words)-1])) != canonNoun(q.Unit)) && !unitFromContext(low, qa, q.Unit) {
		return "", "", false
	}
	// "187 voted against it": a verb, not the votes counted.
	if len(words) == 2 && pastVerbAfter(low, qb-1) {
		return "", "", false
	}
	noun = canonNoun(q.Unit)
	if vagueCounts[noun] {
		return "", "", false
	}
	// "two Ebrechts": a count of works by a name, not a thing counted
	// across the story.
	if r := []rune(a.toks[i][qb-1].Text); len(r) > 0 && unicode.IsUpper(r[0]) {
		return "", "", false
	}
	return noun, countVerb(low, qa, qb), true
}

// nounSlots returns a slot for each noun that two or more contemporary
// articles count with one figure each, at one verb at most, when the
// figures differ.
func (a *analysis) nounSlots(counts map[string]*nounCount, order []string) []*variants {
	var out []*variants
	for _, n := range order {
		c := counts[n]
		if len(c.docs) < 2 || len(c.verbs) > 1 {
			continue
		}
		// A figure far from every other article's ("1,000 further
		// jobs" beside 2,400 and 2,700) counts another thing: an
		// article is unclear only when it gives two figures that could
		// be this one.
		c.keepNear()
		for _, c := range c.bands() {
			if v := a.nounSlot(c); v != nil {
				out = append(out, v)
			}
		}
	}
	return out
}

// nounSlot returns the slot of count c, or nil when an article gives two
// of its figures or they are not close. An article that gives another's
// figure too, in other words ("enrol 150 men, and 86 have so far been
// operated on"), is left out (see givesBoth).
func (a *analysis) nounSlot(c *nounCount) *variants {
	for _, d := range c.docs {
		if len(c.vals[d]) > 1 {
			return nil
		}
	}
	both := map[int]bool{}
	for _, d := range c.docs {
		for _, o := range c.docs {
			if x, y := c.first[d].Value, c.first[o].Value; o != d && x != y && y >= 10 && a.docGives(d, y) {
				both[d] = true
			}
		}
	}
	if len(both) > 0 {
		c = &nounCount{noun: c.noun, shown: c.shown, vals: c.vals, first: maps.Clone(c.first), verbs: c.verbs,
			docs: slices.DeleteFunc(slices.Clone(c.docs), func(d int) bool { return both[d] })}
		for d := range both {
			delete(c.first, d)
		}
	}
	if !closeFigures(c) {
		return nil
	}
	about := "number of " + plural(c.shown)
	for v := range c.verbs {
		about += " " + countShown[v]
	}
	v := newVariants(strings.TrimSpace(about))
	for _, d := range c.docs {
		v.addIn(d, c.first[d], c.noun)
	}
	if v = a.contemporary(v); len(v.order) > 1 {
		return v
	}
	return nil
}

// bands splits c in two when its figures fall into two bands of size
// far apart (beyond alignApart), no article gives two figures in one
// band and the articles that give one band's figure agree on it: "27
// riders went down" and "34 riders fell" against "a dozen riders had
// abandoned" and "forced 12 riders out", two of the reports giving one
// figure of each. Otherwise c is one count.
func (c *nounCount) bands() []*nounCount {
	var all []float64
	for _, d := range c.docs {
		for v := range c.vals[d] {
			x, _ := keyValue(v)
			all = append(all, x)
		}
	}
	slices.Sort(all)
	cut, gap := 0.0, 0.0
	for k := 1; k < len(all); k++ {
		if all[k-1] > 0 && all[k]/all[k-1] > gap {
			cut, gap = all[k], all[k]/all[k-1]
		}
	}
	if gap <= alignApart {
		return []*nounCount{c}
	}
	lo := &nounCount{noun: c.noun, shown: c.shown, vals: map[int]map[string]bool{}, first: map[int]Quantity{}, verbs: c.verbs}
	hi := &nounCount{noun: c.noun, shown: c.shown, vals: map[int]map[string]bool{}, first: map[int]Quantity{}, verbs: c.verbs}
	for _, d := range c.docs {
		for v := range c.vals[d] {
			x, _ := keyValue(v)
			b := lo
			if x >= cut {
				b = hi
			}
			if b.vals[d] != nil {
				return []*nounCount{c} // two figures of one band
			}
			q := c.first[d]
			if q.Value != x {
				q.Value, q.Text = x, "" // shown from the value
			}
			b.vals[d] = map[string]bool{v: true}
			b.first[d] = q
			b.docs = append(b.docs, d)
		}
	}
	// Two bands are two counts when the outlets agree on one of them: a
	// second figure that only one outlet gives may be anything.
	if !lo.agreed() && !hi.agreed() {
		return []*nounCount{c}
	}
	return []*nounCount{lo, hi}
}

// agreed reports whether two or more articles give c's figure, and all
// give the same.
func (c *nounCount) agreed() bool {
	if len(c.docs) < 2 {
		return false
	}
	one := ""
	for _, d := range c.docs {
		for v := range c.vals[d] {
			if one != "" && v != one {
				return false
			}
			one = v
		}
	}
	return true
}

// keepNear drops from each article's figures those far (beyond
// alignApart) from every figure of every other article, and makes the
// first one left the article's figure.
func (c *nounCount) keepNear() {
	num := func(v string) float64 {
		x, _ := keyValue(v)
		return x
	}
	near := func(x, y float64) bool { return inRatio(x, y, 0, alignApart) }
	for _, d := range c.docs {
		if len(c.vals[d]) < 2 {
			continue
		}
		for v := range c.vals[d] {
			keep := false
			for _, o := range c.docs {
				for w := range c.vals[o] {
					if o != d && near(num(v), num(w)) {
						keep = true
					}
				}
			}
			if !keep {
				delete(c.vals[d], v)
			}
		}
		if q := c.first[d]; len(c.vals[d]) == 1 && !c.vals[d][valueKey(Quantity{Value: q.Value, Unit: c.noun})] {
			for v := range c.vals[d] {
				q.Value = num(v)
				q.Text = "" // shown from the value
			}
			c.first[d] = q
		}
	}
}

// note records that article d counts q, with verb ("" when none).
func (c *nounCount) note(d int, q Quantity, verb string) {
	if c.vals[d] == nil {
		c.vals[d] = map[string]bool{}
		c.first[d] = q
		c.docs = append(c.docs, d)
	}
	u := q.Unit
	q.Unit = c.noun
	c.vals[d][valueKey(q)] = true
	q.Unit = u
	if verb != "" {
		c.verbs[verb] = true
	}
}

// subset reports whether every value that v gives is also given by the
// same articles in w.
func subset(v, w *variants) bool {
	for val, ds := range v.docs {
		num, _ := keyFigure(val)
		for d := range ds {
			found := false
			for wval, wds := range w.docs {
				if wnum, _ := keyFigure(wval); wnum == num && wds[d] {
					found = true
				}
			}
			if !found {
				return false
			}
		}
	}
	return true
}

// farApart is the ratio between two figures beyond which they count
// different things: outlets that disagree on one count give 12 and 14,
// or 2,400 and 3,100, not 40 and 60,000.
const farApart = 2.5

// closeFigures reports whether the figures of c are all within
// alignApart of each other.
func closeFigures(c *nounCount) bool {
	lo, hi := 0.0, 0.0
	for _, q := range c.first {
		if lo == 0 || q.Value < lo {
			lo = q.Value
		}
		hi = max(hi, q.Value)
	}
	return inRatio(lo, hi, 1, alignApart)
}

// dedupe drops each slot whose values, with their articles, another slot
// also gives: the earlier of two alike, or the one that gives less.
func dedupe(vs []*variants) []*variants {
	var out []*variants
	for x, v := range vs {
		if len(v.order) < 2 {
			continue
		}
		drop := false
		for y, w := range vs {
			if x != y && len(w.order) > 1 && subset(v, w) && (!subset(w, v) || y < x) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, v)
		}
	}
	// Two slots that give the same figures from different articles are
	// one thing counted in other words ("163 votes" and "161 deputies
	// voting in favour"; "14 batches" and "17 lots").
	for x := 0; x < len(out); x++ {
		for y := x + 1; y < len(out); y++ {
			if sameFigures(out[x], out[y]) {
				out[x] = merged(out[x], out[y])
				out = append(out[:y], out[y+1:]...)
				y--
			}
		}
	}
	return out
}

// numbers returns the figures of v's values, and whether each is one.
func numbers(v *variants) (map[string]string, bool) {
	m := map[string]string{}
	for _, val := range v.order {
		if _, ok := keyValue(val); !ok {
			return nil, false
		}
		num, _ := keyFigure(val)
		m[num] = val
	}
	return m, true
}

// sameFigures reports whether v and w give the same figures, and the same
// figure from any article in both.
func sameFigures(v, w *variants) bool {
	nv, ok1 := numbers(v)
	nw, ok2 := numbers(w)
	if !ok1 || !ok2 || len(nv) != len(nw) {
		return false
	}
	for n := range nv {
		if _, ok := nw[n]; !ok {
			return false
		}
	}
	// An article in both gives the same figure in both.
	for d := range v.seen {
		if w.seen[d] && docFigure(v, d) != docFigure(w, d) {
			return false
		}
	}
	return true
}

// docFigure returns the figure article d gives in v.
func docFigure(v *variants, d int) string {
	for _, val := range v.order {
		if v.docs[val][d] {
			num, _ := keyFigure(val)
			return num
		}
	}
	return ""
}

// merged adds the articles of w to v, value by value (see sameFigures).
func merged(v, w *variants) *variants {
	nv, _ := numbers(v)
	nw, _ := numbers(w)
	for n, wval := range nw {
		for d := range w.docs[wval] {
			v.docs[nv[n]][d] = true
			v.seen[d] = true
		}
	}
	return v
}

// rawClass names the unit q is written in, with counted nouns by their
// canonical stem ("houses" and "homes" are one).
func rawClass(q Quantity) string {
	if isNounish(q.Unit) {
		return canonNoun(q.Unit)
	}
	return q.Unit
}

// numKey writes a value for comparing.
func numKey(x float64) string { return strconv.FormatFloat(x, 'g', 12, 64) }

// dropBoth returns v without the articles that also give another of its
// values in the same unit: they report both figures, for two things.
func dropBoth(v *variants, stated map[int]map[string]bool) *variants {
	if len(v.order) < 2 || v.raw == nil {
		return v
	}
	out := newVariants(v.about)
	out.shown, out.raw, out.sents = v.shown, v.raw, v.sents
	for _, val := range v.order {
		for d := range v.docs[val] {
			both := false
			for _, o := range v.order {
				u, ok := v.raw[o]
				num, _ := keyFigure(o)
				if o != val && ok && stated[d][num+" "+u] {
					both = true
				}
			}
			if !both {
				if out.docs[val] == nil {
					out.docs[val] = map[int]bool{}
				}
				out.docs[val][d] = true
				out.seen[d] = true
			}
		}
	}
	for _, val := range v.order {
		if len(out.docs[val]) > 0 {
			out.order = append(out.order, val)
		}
	}
	return out
}
