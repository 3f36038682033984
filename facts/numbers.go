package facts

import (
	"math"
	"strconv"
	"strings"

	"storyline/stem"
	"storyline/text"
)

// Quantity is a number with what it counts, as found in a text.
type Quantity struct {
	// Text is the expression as written; Start and End delimit it.
	Text       string
	Start, End int
	// Value is in the canonical unit: minutes for short durations, months
	// for long ones, units of currency for sums.
	Value float64
	// Unit names what is counted: "minute", "month", "percent", "age",
	// "usd", "eur", "gbp", "dead", "injured", or the counted noun in the
	// singular ("passenger", "metre").
	Unit string
	// Approx marks "about", "some", "at least" and the like.
	Approx bool
}

// numberWords are the numbers written as words.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

var multipliers = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// durations maps time units to minutes (short) or months (long).
var durations = map[string]struct {
	unit string
	f    float64
}{
	"minute": {"minute", 1}, "min": {"minute", 1}, "hour": {"minute", 60}, "day": {"minute", 1440},
	"week": {"minute", 10080}, "fortnight": {"minute", 20160}, "month": {"month", 1}, "year": {"month", 12},
}

var approxWords = set("about", "around", "some", "nearly", "almost", "roughly", "approximately",
	"least", "than", "over", "up", "estimated", "close")

var deathWords = set("killed", "dead", "died", "die", "dies", "killing", "deaths", "death", "fatalities", "perished")

// diedAt reports whether token k of low says that people died: a word of
// dying, or "lost" before their lives ("40 homes lost their roofs" is no
// toll).
func diedAt(low []string, k int) bool {
	if deathWords[low[k]] {
		return true
	}
	if low[k] != "lost" {
		return false
	}
	for m := k + 1; m < len(low) && m <= k+2; m++ {
		if low[m] == "lives" || low[m] == "life" {
			return true
		}
	}
	return false
}

var injuryWords = set("injured", "hurt", "wounded", "injuries")

// unitAliases gives one spelling to units written several ways.
var unitAliases = map[string]string{
	"meter": "metre", "metres": "metre", "meters": "metre", "m": "metre", "km": "kilometre",
	"kilometer": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre", "people": "person",
	"persons": "person", "dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur",
	"pounds": "gbp", "pound": "gbp", "per": "percent", "percent": "percent", "pct": "percent", "coaches": "bus",
	"coach": "bus", "buses": "bus", "feet": "foot", "children": "child", "men": "man", "women": "woman",
	"spectators": "crowd", "spectator": "crowd", "fans": "crowd", "supporters": "crowd", "onlookers": "crowd",
	"onlooker": "crowd", "kg": "kilogram", "kgs": "kilogram", "kilos": "kilogram", "kilo": "kilogram",
}

// ParseQuantities finds the quantities of s: numbers in digits or words
// ("26", "twenty-six", "1.5 million", "a dozen") with what they count,
// durations in any spelling ("90 minutes", "an hour and a half", "three
// quarters of an hour", "18 months", "a year and a half"), percentages,
// sums ("$48 million", "48 million dollars"), ages ("58-year-old", "aged
// 58") and tolls ("12 people were killed", "killing 12"). Years, days of
// the month and ordinals are not quantities.
func ParseQuantities(s string) []Quantity {
	toks := text.Tokens(s)
	return parseQuantities(s, toks, lowerTokens(toks))
}

// parseQuantities is ParseQuantities over the tokens of s already cut and
// their texts in lower case.
func parseQuantities(s string, toks []text.Token, low []string) []Quantity {
	var out []Quantity
	for i := 0; i < len(toks); i++ {
		if v, ok := clockMinutes(low[i]); ok {
			// "2:04:37": a race time, hours, minutes and seconds.
			out = append(out, Quantity{Text: toks[i].Text, Start: toks[i].Start, End: toks[i].End, Value: v, Unit: "minute"})
			continue
		}
		// "approved 9-3": a vote's tally, counted as the votes for.
		if n, ok := tallyFor(low, i); ok {
			out = append(out, Quantity{Text: toks[i].Text, Start: toks[i].Start, End: toks[i].End, Value: n, Unit: "vote"})
			continue
		}
		// "a week-long strike": one of the unit.
		if u, ok := strings.CutSuffix(low[i], "-long"); ok && durations[u].unit != "" {
			out = append(out, Quantity{Text: toks[i].Text, Start: toks[i].Start, End: toks[i].End, Value: durations[u].f, Unit: durations[u].unit})
			continue
		}
		v, cur, j, ok := readNumber(low, i)
		if !ok {
			continue
		}
		// "three months a year", "two days a week": how often, after a
		// length; "a year" there is no length of its own.
		if (low[i] == "a" || low[i] == "an") && i > 0 && (durations[strings.TrimSuffix(low[i-1], "s")].unit != "" || isSum(low, i-1) ||
			countedBefore(low, i)) {
			i = j - 1
			continue
		}
		// Years and days of months are dates.
		if j < len(toks) && months[low[j]] != 0 || i > 0 && months[low[i-1]] != 0 || isYear(low[i]) && j == i+1 {
			i = j - 1
			continue
		}
		q := Quantity{Start: toks[i].Start, Value: v, Unit: cur}
		if i > 0 && approxWords[low[i-1]] {
			q.Approx = true
		}
		// "the 150 or so students": about 150 students.
		if cur == "" && j+2 < len(toks) && low[j] == "or" && low[j+1] == "so" {
			q.Approx = true
			j += 2
		}
		end := j
		added := "" // "additional" in "50 additional rangers", "other", "fellow"
		// "carried by a margin of eight to three": the votes for (not
		// "backed a strike by 79% to 21%", a share).
		if j+1 < len(toks) && low[j] == "to" && isFigure(low[j+1]) && s[toks[j-1].End:toks[j].Start] == " " && voteBefore(low, i) {
			q.Unit = "vote"
		} else if strings.HasSuffix(low[i], "-year-old") || strings.HasSuffix(low[i], "-years-old") {
			// Age written as one token: "58-year-old".
			q.Unit = "age"
		} else if i > 0 && (low[i-1] == "aged" || low[i-1] == "age") {
			q.Unit = "age"
		} else if k := strings.LastIndexByte(low[i], '-'); k > 0 && storeyWords[low[i][k+1:]] {
			// "a 12-storey block": the building's height.
			q.Unit = "storey"
		} else if k := strings.LastIndexByte(low[i], '-'); k > 0 && compoundCounts[low[i][k+1:]] {
			// "the 72-player field", "a 21-member parliamentary group",
			// "the 180-seat assembly": so many of them.
			q.Unit = low[i][k+1:]
		} else if strings.HasSuffix(low[i], "-strong") {
			// "a 21-strong competition line-up", "a 40-strong crew": the
			// members of what the words after name, the last of them.
			for k := j; k < len(toks) && k < j+3 && s[toks[k-1].End:toks[k].Start] == " " && isNounish(low[k]) && !isCap(toks[k].Text); k++ {
				q.Unit, end = singular(low[k]), k+1
			}
			if q.Unit == "" {
				i = j - 1
				continue
			}
			if q.Unit == "workforce" || q.Unit == "staff" {
				q.Unit = "worker" // "a 180-strong workforce"
			}
		} else if k := strings.LastIndexByte(low[i], '-'); k > 0 && durations[low[i][k+1:]].unit != "" {
			// "a 48-hour strike", "the three-day stoppage".
			d := durations[low[i][k+1:]]
			q.Unit, q.Value = d.unit, v*d.f
		} else if scale := scaleBefore(low, i); scale != "" {
			// "a magnitude 6.1 earthquake": a reading on a scale, not a
			// count of earthquakes.
			q.Unit = scale
			if u, ok := scaleUnits[scale]; ok {
				q.Unit = u
			}
		}
		if q.Unit == "" && toks[j-1].End < len(s) && s[toks[j-1].End] == '%' {
			q.Unit = "percent"
		}
		// "killing 12 passengers", "killed at least 23 people": the verb
		// before makes it a toll; so does a toll that "rose to 27".
		if q.Unit == "" && (verbBefore(deathWords, low, toks, i) || tollRise(low, i)) {
			q.Unit = "dead"
			if j < len(toks) && isNounish(low[j]) {
				end = j + 1
			}
		}
		// "a bus that injured 26 people", "injuring 12 passengers": the
		// verb before makes the people those hurt.
		if q.Unit == "" && j < len(toks) && isNounish(low[j]) && !strings.HasPrefix(low[j], "year") && verbBefore(injuryVerbs, low, toks, i) {
			q.Unit = "injured"
			end = j + 1
		}
		// "an outbreak that has sickened 83 people".
		if q.Unit == "" && j < len(toks) && isNounish(low[j]) && !strings.HasPrefix(low[j], "year") && verbBefore(illVerbs, low, toks, i) {
			q.Unit = "ill"
			end = j + 1
		}
		// "killing one worker and injuring six.": the verb's object
		// alone.
		if q.Unit == "" && verbBefore(injuryVerbs, low, toks, i) && (j == len(toks) || low[j] == "and" || low[j] == "but" ||
			// "injuring 27 of those on board", "injuring nine of the
			// people on board".
			low[j] == "of" && j+1 < len(low) && (low[j+1] == "those" || low[j+1] == "them" || low[j+1] == "the") ||
			strings.ContainsAny(s[toks[j-1].End:toks[j].Start], ",;")) {
			q.Unit = "injured"
		}
		// "Ivo Castell, 47, said": a comma ends the figure.
		if q.Unit == "" && j < len(toks) && !strings.ContainsAny(s[toks[j-1].End:toks[j].Start], ",;") {
			// "four other workers were injured", "50 additional
			// rangers", "two fellow ski tourers": some of a kind, a count
			// of their own, not of all of that kind (unless what befell
			// them counts them: the injured).
			if moreWords[low[j]] && j+1 < len(toks) && isNounish(low[j+1]) && !auxiliaries[low[j+1]] {
				added = low[j]
				if added != "other" && added != "fellow" {
					added = "additional"
				}
				j++
			}
			// "five working days", "three straight weeks": a length of
			// time, the word before it saying which days count.
			if dayKinds[low[j]] && j+1 < len(toks) && durations[strings.TrimSuffix(low[j+1], "s")].unit != "" {
				j++
			}
			u := low[j]
			if n, k := piecesOf(s, toks, low, j); n != "" {
				// "9,200 pieces of checked luggage": what the pieces
				// are of is what is counted.
				q.Unit = n
				end = k + 1
			} else if n, k := partOf(s, toks, low, j); n != "" {
				// "three of its nine concrete piers", "five of the
				// bridge's piers": a part of a group, counted by its noun.
				q.Unit = "of " + n
				end = k + 1
			} else if u == "of" && j+2 < len(toks) && (low[j+1] == "the" || low[j+1] == "them") {
				// "two of the injured": a part of a group, not a count.
				q.Unit = "of " + low[j+2]
				end = j + 3
			} else if d, ok := durations[strings.TrimSuffix(u, "s")]; ok {
				q.Unit, q.Value = d.unit, v*d.f
				end = j + 1
				// "an hour and a half", "an hour and half".
				if end+1 < len(toks) && low[end] == "and" && (low[end+1] == "half" || end+2 < len(toks) && low[end+1] == "a" && low[end+2] == "half") {
					q.Value += 0.5 * d.f
					end += 2
					if low[end-1] == "a" {
						end++
					}
				} else if x, n, ok := smallerPart(low, end, d.f); ok {
					// "10 hours and 12 minutes", "nine hours 47
					// minutes": one length in two units.
					q.Value += x
					end = n
				}
			} else if u == "per" && j+1 < len(toks) && low[j+1] == "cent" || u == "percent" || u == "pct" {
				q.Unit = "percent"
				end = j + 1
				if u == "per" {
					end++
				}
			} else if u == "year" || u == "years" {
				q.Unit = "age"
			} else if al, ok := unitAliases[u]; ok && (al == "usd" || al == "eur" || al == "gbp") {
				q.Unit = al
				end = j + 1
			} else if deathWords[u] && !isCap(toks[j].Text) {
				q.Unit = "dead"
				end = j + 1
			} else if injuryWords[u] {
				q.Unit = "injured"
				end = j + 1
			} else if evacuationWords[u] {
				q.Unit = "evacuated"
				end = j + 1
			} else if sp := speedAfter(low, j); sp != "" {
				// "150 km/h", "150 kilometres per hour", "95 mph".
				// Speeds in the two units are not compared: one is
				// usually the other rounded.
				q.Unit = sp
				end = speedEnd(low, j)
			} else if isNounish(u) && !deathWords[u] {
				// (A capitalised "Dead" after a number is a title's:
				// "two Dead sequels".)
				q.Unit = singular(u)
				end = j + 1
				// "a party of six spent the night": after a group's
				// figure, a word that is no plural nor a person is what
				// its members did.
				if i >= 2 && low[i-1] == "of" && humanGroups[low[i-2]] && !strings.HasSuffix(u, "s") && !humanNouns[stem.Porter(u)] && u != "men" && u != "women" {
					q.Unit = ""
					end = j
				}
				// "84 passenger and freight trains", "52 full- and
				// part-time staff": two kinds joined before the noun,
				// read as the second.
				if j+3 < len(toks) && low[j+1] == "and" && !strings.HasSuffix(u, "s") && (modifierWords[u] || strings.HasPrefix(s[toks[j].End:], "-")) &&
					isNounish(low[j+2]) && s[toks[j+1].End:toks[j+2].Start] == " " {
					j += 2
					u = low[j]
					q.Unit = singular(u)
					end = j + 1
				}
				// "14 harbour seal pups": two words in the singular say
				// what kind; the second is read as the first below.
				if j+2 < len(toks) && v != 1 && !strings.HasSuffix(u, "s") && !strings.HasSuffix(low[j+1], "s") &&
					strings.HasSuffix(low[j+2], "s") && !strings.HasSuffix(low[j+2], "ss") && isNounish(low[j+1]) &&
					!auxiliaries[low[j+1]] && !text.IsStopword(low[j+1]) && isNounish(low[j+2]) && !auxiliaries[low[j+2]] &&
					!genericHeads[low[j+2]] && s[toks[j].End:toks[j+1].Start] == " " && s[toks[j+1].End:toks[j+2].Start] == " " {
					j++
					u = low[j]
				}
				// "212 confirmed cases", "212 measles infections",
				// "thirteen coal miners" (people counted by their
				// trade): the counted noun is after its modifier.
				if j+1 < len(toks) && (countHeads[low[j+1]] || strings.HasSuffix(u, "ed") && isNounish(low[j+1]) && !auxiliaries[low[j+1]] ||
					// "40 full-time staff".
					strings.HasSuffix(u, "-time") && isNounish(low[j+1]) && !auxiliaries[low[j+1]] ||
					!strings.HasSuffix(u, "s") && strings.HasSuffix(low[j+1], "s") && humanNouns[stem.Porter(low[j+1])] ||
					// "nine concrete piers", "31 pilot whales", "1,800
					// metric tonnes": a word in the singular before a
					// plural says what kind, the plural what is counted.
					v != 1 && !strings.HasSuffix(u, "s") && strings.HasSuffix(low[j+1], "s") && !strings.HasSuffix(low[j+1], "ss") &&
						isNounish(low[j+1]) && !auxiliaries[low[j+1]] && !genericHeads[low[j+1]]) &&
					s[toks[j].End:toks[j+1].Start] == " " {
					q.Unit = singular(low[j+1])
					end = j + 2
					// "four minor candidates", "the two leading
					// candidates": a rank makes them some of a kind.
					if subsetWords[u] {
						q.Unit = u + " " + q.Unit
					}
				}
				// "12 people were killed": the toll names the people;
				// "15,000 people along the coast had been evacuated".
				for k := j + 1; k < len(toks) && k <= j+6; k++ {
					if toks[k-1].End < len(s) && strings.ContainsAny(s[toks[k-1].End:toks[k].Start], ",;") {
						break
					}
					if isFigure(low[k]) || clauseWords[low[k]] {
						break // another figure or clause: "after two were killed"
					}
					// "14 staff members also fell ill": a group added to
					// those the event befell, counted by its own noun.
					if low[k] == "also" {
						break
					}
					if diedAt(low, k) && !isCap(toks[k].Text) {
						q.Unit = "dead"
						break
					}
					// "31 people needing hospital treatment" were hurt;
					// so were "four other workers" sent "to hospital".
					// (Patients "admitted to hospital" may be ill.)
					// "left seven competitors needing hospital or trackside
					// treatment". (Not all who "were treated" were hurt:
					// some were "treated for cold at the scene".)
					if low[k] == "treatment" && (low[k-1] == "hospital" || anyOf(needWords, low[j+1:k])) ||
						low[k] == "hospital" && low[k-1] == "to" && low[k-2] != "admitted" {
						q.Unit = "injured"
						break
					}
					// "left 68 guests ill", "83 people fell sick".
					if illWords[low[k]] {
						q.Unit = "ill"
						break
					}
					if injuryWords[low[k]] {
						// "three passengers with serious injuries": those
						// badly hurt are a part of the injured, not all.
						// "Three remain seriously injured": those, counted
						// apart.
						switch {
						case severeAdverbs[low[k-1]]:
							q.Unit = "seriously injured"
						case !severityWords[low[k-1]]:
							q.Unit = "injured"
						}
						break
					}
					if evacuationWords[low[k]] {
						q.Unit = "evacuated"
						break
					}
					if missingWords[low[k]] {
						q.Unit = "missing"
						break
					}
				}
			}
		}
		if q.Unit == "" && i >= 2 && low[i-1] == "of" && humanGroups[low[i-2]] {
			// "The party of nine, including the guide": its members.
			q.Unit = "person"
		}
		// "a letter signed by 230 artists": so many signatures.
		if i >= 2 && low[i-1] == "by" && low[i-2] == "signed" && isNounish(q.Unit) {
			q.Unit = "signature"
		}
		if (q.Unit == "" || q.Unit == "person") && (workforceBefore(low, i) || i > 0 && employVerbs[low[i-1]]) {
			// "a workforce of 340", "the plant's workforce numbered
			// 340", "employs 140 people".
			q.Unit = "worker"
		}
		if q.Unit == "" {
			// "killing 12", "the toll rose to 14".
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if deathWords[low[k]] && !isCap(toks[k].Text) || low[k] == "toll" {
					q.Unit = "dead"
					break
				}
				// "was killed and four other workers were injured": a
				// new clause counts something else.
				if low[k] == "and" || low[k] == "but" || low[k] == "while" {
					break
				}
			}
		}
		// ("Of the 27 people injured, four were seriously hurt": a
		// participle just after the noun says who the figure counts.)
		hurtAfter := j+1 < len(low) && (injuryWords[low[j+1]] || deathWords[low[j+1]])
		if (q.Unit == "dead" || q.Unit == "injured") && (i >= 2 && low[i-1] == "the" && low[i-2] == "of" && !hurtAfter || noneBefore(low, i)) {
			// "None of the 192 passengers aboard was injured", "none of
			// the passengers or the seven crew was hurt": the group, not
			// those hurt.
			q.Unit = singular(low[min(j, len(low)-1)])
		}
		if q.Unit != "" && q.Unit != "evacuated" && i >= 2 && low[i-1] == "of" && evacuationWords[low[i-2]] {
			// "the evacuation of 350 people".
			q.Unit = "evacuated"
		}
		if q.Unit == "" {
			i = j - 1
			continue
		}
		// "four of their last five league matches": a run of a record,
		// not things of the story.
		if i > 0 && (low[i-1] == "last" || low[i-1] == "past" || low[i-1] == "next") && isNounish(q.Unit) && q.Unit != "minute" &&
			q.Unit != "month" && !lengthUnits[q.Unit] {
			i = j - 1
			continue
		}
		// "three cars away from the booth": how far, not how many.
		if end < len(low) && low[end] == "away" && isNounish(q.Unit) && !lengthUnits[q.Unit] && q.Unit != "minute" {
			i = j - 1
			continue
		}
		if added != "" && isNounish(q.Unit) && !eventUnits[q.Unit] {
			q.Unit = added + " " + q.Unit
		}
		if q.Unit == "tonne" {
			// "1.26 tonnes" are "1,260 kilograms".
			q.Unit, q.Value = "kilogram", q.Value*1000
		}
		q.End = toks[end-1].End
		if q.Unit == "percent" && toks[end-1].End < len(s) && s[toks[end-1].End] == '%' {
			q.End++
		}
		q.Text = s[q.Start:q.End]
		out = append(out, q)
		i = end - 1
	}
	return out
}

// humanGroups are groups of people counted by their members: "a party
// of nine".
var humanGroups = set("party", "group", "team", "crew", "syndicate", "delegation", "family", "gang", "band", "squad")

// pastVerbAfter reports whether the word at j, after a figure, is a verb
// in the past whose subject the figure is ("187 voted against it", "12
// abstained"), not a word that says what it counts ("212 confirmed
// cases", "1,200 displaced") nor what befell them ("12 killed").
func pastVerbAfter(low []string, j int) bool {
	w := low[j]
	if !strings.HasSuffix(w, "ed") || injuryWords[w] || evacuationWords[w] || missingWords[w] || deathWords[w] {
		return false
	}
	if j+1 == len(low) {
		return true
	}
	next := low[j+1]
	return text.IsStopword(next) && next != "people" || auxiliaries[next]
}

// smallerPart reads, at token k after a length in units of f minutes,
// the part in a smaller unit that completes it ("and 12 minutes", "47
// minutes"): its minutes and the token after it.
func smallerPart(low []string, k int, f float64) (float64, int, bool) {
	if k < len(low) && low[k] == "and" {
		k++
	}
	if k >= len(low) {
		return 0, 0, false
	}
	v, _, j, ok := readNumber(low, k)
	if !ok || j >= len(low) || v < 1 {
		return 0, 0, false
	}
	d, ok := durations[strings.TrimSuffix(low[j], "s")]
	if !ok || d.f >= f || v*d.f >= f {
		return 0, 0, false
	}
	return v * d.f, j + 1, true
}

// isSum reports whether the word at k ends a sum of money: "£3", "3
// pounds", "€12.50".
func isSum(low []string, k int) bool {
	w := low[k]
	if strings.HasPrefix(w, "£") || strings.HasPrefix(w, "$") || strings.HasPrefix(w, "€") {
		return true
	}
	al := unitAliases[w]
	return al == "gbp" || al == "usd" || al == "eur"
}

// moreWords after a figure make what it counts some of a kind.
var moreWords = set("more", "further", "additional", "extra", "other", "fellow")

// eventUnits count people by what befell them, whatever else they are.
var eventUnits = set("injured", "dead", "evacuated", "missing", "ill", "seriously injured")

// workforceBefore reports whether the figure at token i tells the size of
// a workforce: "workforce" stands before it with at most two words of
// measure between ("of", "numbered", "of about", "stood at").
func workforceBefore(low []string, i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		if low[k] == "workforce" {
			return true
		}
		if !workforceLinks[low[k]] {
			return false
		}
	}
	return false
}

// employVerbs before a count of people make them workers.
var employVerbs = set("employs", "employed", "employing", "employ")

// workforceLinks may stand between "workforce" and its size.
var workforceLinks = set("of", "numbered", "numbering", "totalled", "totaled", "stood", "at", "about", "around", "some", "nearly", "almost", "roughly")

// dayKinds say which days or weeks a length of time counts.
var dayKinds = set("working", "business", "calendar", "school", "straight", "consecutive", "full")

// genericHeads are plurals that say what a thing counted does, or who
// holds it, rather than what it is: "2,300 train services" counts
// trains, and "42,000 ticket holders" hold as many tickets.
var genericHeads = set("services", "units", "journeys", "trips", "runs", "sets", "items", "lots", "places", "slots",
	"holders", "owners", "users")

// subsetWords rank things of a kind, and count some of them: "four minor
// candidates" are not all of the candidates.
var subsetWords = set("leading", "minor", "major", "main", "top", "other", "remaining", "senior", "junior",
	"first", "last", "new", "former")

// piecesOf reads "pieces of", "items of" or "units of" at token j and
// the noun after it ("pieces of checked luggage"), singular, with its
// token; or "".
func piecesOf(s string, toks []text.Token, low []string, j int) (string, int) {
	if low[j] != "pieces" && low[j] != "items" && low[j] != "units" || j+2 >= len(toks) || low[j+1] != "of" {
		return "", 0
	}
	for k := j + 2; k < len(toks) && k < j+5; k++ {
		if s[toks[k-1].End:toks[k].Start] != " " || !isNounish(low[k]) || auxiliaries[low[k]] || isCap(toks[k].Text) {
			return "", 0
		}
		if !strings.HasSuffix(low[k], "ed") {
			return singular(low[k]), k
		}
	}
	return "", 0
}

// partOf reads the group after "of" at token j: "of its nine concrete
// piers", "of the bridge's piers", "of their 40 members". It returns the
// group's noun, singular, and its token, or "" when token j is no "of"
// before a determiner and a plural noun.
func partOf(s string, toks []text.Token, low []string, j int) (string, int) {
	if low[j] != "of" || j+2 >= len(toks) || !groupDeterminers[low[j+1]] && !strings.HasSuffix(low[j+1], "'s") {
		return "", 0
	}
	figure := false
	for k := j + 2; k < len(toks) && k < j+6; k++ {
		if s[toks[k-1].End:toks[k].Start] != " " || isCap(toks[k].Text) && !strings.HasSuffix(low[k], "'s") {
			return "", 0
		}
		w := low[k]
		if isFigure(w) || strings.HasSuffix(w, "'s") {
			figure = true
			continue
		}
		// "of the five lifeguard stations", "of the town's beach huts":
		// after the group's figure or owner, a noun in the singular says
		// what kind.
		if modifierWords[w] || figure && isNounish(w) && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") {
			continue
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isNounish(w) && !auxiliaries[w] {
			return singular(w), k
		}
		return "", 0
	}
	return "", 0
}

// groupDeterminers open the group a part is counted of.
var groupDeterminers = set("the", "its", "their", "his", "her", "our", "these", "those")

// modifierWords say what a counted thing is made of or for, before its
// noun: "nine concrete piers", "five support piers".
var modifierWords = set("concrete", "steel", "support", "metric", "main", "stone", "wooden", "iron", "front", "rear",
	"passenger", "cargo", "freight", "power", "water", "gas", "police", "fire", "rescue", "lifeboat", "storage",
	"residential", "senior", "junior", "local", "regional", "national", "public", "private", "new", "old", "other",
	"remaining", "original", "full-time", "part-time", "permanent", "temporary", "confirmed", "suspected")

// illWords after a count of people say they fell ill.
var illWords = set("ill", "sick", "unwell")

// illVerbs before a count of people say it made them ill.
var illVerbs = set("sickened", "sickening", "poisoned", "poisoning")

// injuryVerbs are the forms of verbs of hurting that take the hurt as
// their object.
var injuryVerbs = set("injured", "injuring", "hurt", "hurting", "wounded", "wounding")

// severeAdverbs before "injured" say how badly: "seriously injured".
var severeAdverbs = set("seriously", "severely", "critically", "badly", "gravely")

// severityWords grade an injury; the injuries they grade are some of
// those hurt.
var severityWords = set("serious", "severe", "critical", "minor", "major", "life-threatening", "head", "light")

// verbBefore reports whether one of verbs, in lower case, comes just
// before the number at token i, past words of approximation ("killed at
// least 23"); a capitalised one is a title's ("Evil Dead, one cannot
// help").
func verbBefore(verbs map[string]bool, low []string, toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if verbs[low[k]] {
			return !isCap(toks[k].Text)
		}
		if !approxWords[low[k]] && low[k] != "at" && low[k] != "more" {
			return false
		}
	}
	return false
}

// riseVerbs say that a running figure reached a value.
var riseVerbs = set("risen", "rose", "rises", "grown", "grew", "climbed", "reached", "reaches",
	"increased", "stands", "stood", "hit", "jumped")

// tollRise reports whether the number at token i is what a toll or a
// count of the dead rose to: "the number of people killed has risen to
// 27", "the death toll reached 23", "the victims have grown to 27".
func tollRise(low []string, i int) bool {
	k := i - 1
	for k >= 0 && (approxWords[low[k]] || low[k] == "to" || low[k] == "at") {
		k--
	}
	if k < 0 || !riseVerbs[low[k]] {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		if deathWords[low[m]] || low[m] == "toll" || low[m] == "victims" {
			return true
		}
	}
	return false
}

// clockMinutes reads a time written "2:04:37" (hours, minutes, seconds) as
// minutes.
func clockMinutes(w string) (float64, bool) {
	if strings.Count(w, ":") != 2 {
		return 0, false
	}
	f := strings.Split(w, ":")
	if len(f) != 3 || len(f[1]) != 2 || len(f[2]) != 2 || len(f[0]) > 2 {
		return 0, false
	}
	var n [3]float64
	for k, p := range f {
		if !isDigits(p) {
			return 0, false
		}
		v, _ := strconv.Atoi(p)
		n[k] = float64(v)
	}
	if n[1] >= 60 || n[2] >= 60 {
		return 0, false
	}
	return n[0]*60 + n[1] + n[2]/60, true
}

// readNumber reads a number starting at token i: digits ("1,200", "3.5",
// "$48"), words ("twenty-six", "a dozen", "half an"), a multiplier
// ("million"), or "three quarters of an". It returns the value, a currency
// if a sign gave one, and the index after the number.
func readNumber(low []string, i int) (float64, string, int, bool) {
	w := low[i]
	cur := ""
	switch {
	case strings.HasPrefix(w, "$"):
		cur, w = "usd", w[1:]
	case strings.HasPrefix(w, "€"):
		cur, w = "eur", strings.TrimPrefix(w, "€")
	case strings.HasPrefix(w, "£"):
		cur, w = "gbp", strings.TrimPrefix(w, "£")
	}
	if k := strings.Index(w, "-year"); k > 0 {
		w = w[:k]
	} else if k := strings.LastIndexByte(w, '-'); k > 0 && (durations[w[k+1:]].unit != "" || storeyWords[w[k+1:]] || w[k+1:] == "strong" || compoundCounts[w[k+1:]]) {
		w = w[:k] // "48-hour", "three-day", "12-storey", "21-strong", "72-player": the unit is read by the caller
	}
	// "£4.5m", "$2bn": a sum's multiplier written short, after a currency
	// sign only ("4m" alone may be four metres).
	short := 1.0
	if cur != "" {
		for suf, m := range map[string]float64{"m": 1e6, "bn": 1e9, "k": 1e3} {
			if n, ok := strings.CutSuffix(w, suf); ok && n != "" && n[len(n)-1] >= '0' && n[len(n)-1] <= '9' {
				w, short = n, m
				break
			}
		}
	}
	var v float64
	j := i + 1
	switch {
	case w != "" && (w[0] >= '0' && w[0] <= '9'):
		f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return 0, "", 0, false
		}
		v = f * short
	case w == "a" || w == "an" || w == "one":
		// "a dozen", "an hour", "a year and a half": one of what follows.
		if j < len(low) && low[j] == "dozen" {
			return 12, cur, j + 1, true
		}
		// "a quarter of an hour", "a quarter of a million".
		if w != "one" && quarterOf(low, j) && measureAt(low, j+3) {
			return quarterTimes(low, j+3, cur)
		}
		if measureAt(low, j) {
			v = 1
		} else if w != "one" {
			return 0, "", 0, false
		} else {
			v = 1
		}
	case w == "quarter" && quarterOf(low, i) && measureAt(low, i+3):
		// "every quarter of an hour".
		return quarterTimes(low, i+3, cur)
	case w == "half":
		// "half a dozen" is six.
		if j+1 < len(low) && low[j] == "a" && low[j+1] == "dozen" {
			return 6, cur, j + 2, true
		}
		// "half a million packs".
		if j+1 < len(low) && low[j] == "a" && multipliers[low[j+1]] > 0 {
			return 0.5 * multipliers[low[j+1]], cur, j + 2, true
		}
		if j < len(low) && (low[j] == "an" || low[j] == "a") {
			return 0.5, cur, j + 1, true
		}
		return 0, "", 0, false
	default:
		n, ok := wordNumber(w)
		if !ok {
			return 0, "", 0, false
		}
		v = n
		// "three quarters of an hour".
		if quarterOf(low, j) {
			return v * 0.25, cur, j + 3, true
		}
	}
	// "two dozen lanes" is 24.
	if j < len(low) && low[j] == "dozen" && v >= 1 && v == math.Trunc(v) {
		v *= 12
		j++
	}
	for j < len(low) {
		m, ok := multipliers[low[j]]
		if !ok {
			break
		}
		v *= m
		j++
	}
	// "one hundred and twenty".
	if j+1 < len(low) && low[j] == "and" && v >= 100 {
		if m, ok := wordNumber(low[j+1]); ok && m < 100 {
			v += m
			j += 2
		}
	}
	return v, cur, j, true
}

// voteWords say that a tally after them counts votes.
var voteWords = set("vote", "votes", "voted", "margin", "majority", "carried", "approved", "passed", "backed", "rejected")

// voteBefore reports whether a word of voting comes a few words before
// token i.
func voteBefore(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if voteWords[low[k]] {
			return true
		}
	}
	return false
}

// tallyFor reads a vote's tally written as one token at i ("9-3") after
// a word of voting, and returns the votes for.
func tallyFor(low []string, i int) (float64, bool) {
	a, b, ok := strings.Cut(low[i], "-")
	if !ok || !isDigits(a) || !isDigits(b) || !voteBefore(low, i) {
		return 0, false
	}
	n, _ := strconv.Atoi(a)
	return float64(n), true
}

// quarterOf reports whether the tokens at j read "quarter(s) of a(n)", the
// fraction in "three quarters of an hour" and "a quarter of an hour".
func quarterOf(low []string, j int) bool {
	return j+2 < len(low) && (low[j] == "quarters" || low[j] == "quarter") && low[j+1] == "of" && (low[j+2] == "an" || low[j+2] == "a")
}

// measureAt reports whether the token at j is a unit of time or a
// multiplier, what a quarter can be of ("an hour", "a million"); a quarter
// of anything else ("a quarter of the pupils") is a share, not a number.
func measureAt(low []string, j int) bool {
	return j < len(low) && (durations[strings.TrimSuffix(low[j], "s")].unit != "" || multipliers[low[j]] > 0)
}

// quarterTimes reads a quarter of the multipliers from j on ("a quarter of
// a million" is 250,000) and returns the index after them.
func quarterTimes(low []string, j int, cur string) (float64, string, int, bool) {
	v := 0.25
	for j < len(low) && multipliers[low[j]] > 0 {
		v *= multipliers[low[j]]
		j++
	}
	return v, cur, j, true
}

// needWords say that people needed care: "needing treatment".
var needWords = set("needing", "needed", "need", "needs", "requiring", "required")

// wordNumber reads "twelve", "twenty-six" or "dozen".
func wordNumber(w string) (float64, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		x, ok1 := numberWords[a]
		y, ok2 := numberWords[b]
		if ok1 && ok2 && x >= 20 && y < 10 {
			return x + y, true
		}
	}
	return 0, false
}

// countedBefore reports whether a count ends just before token i: "one
// visitor a day", "three meals a day", "twice a week". Then "a day" says
// how often, and is no length.
func countedBefore(low []string, i int) bool {
	switch low[i-1] {
	case "once", "twice", "times":
		return true
	}
	if i < 2 || !isNounish(low[i-1]) {
		return false
	}
	return isFigure(low[i-2])
}

// isFigure reports whether token w, in lower case, is a number in words
// ("twelve") or starts with a digit ("1,200").
func isFigure(w string) bool {
	_, ok := wordNumber(w)
	return ok || w != "" && w[0] >= '0' && w[0] <= '9'
}

// isNounish reports whether w can be what a number counts: a word, not a
// function word or another number.
func isNounish(w string) bool {
	if len(w) < 2 || text.IsStopword(w) && w != "people" {
		return false
	}
	if _, ok := wordNumber(w); ok {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-' || r > 0x7f) {
			return false
		}
	}
	return true
}

// singular gives one form to a counted noun.
func singular(w string) string {
	if al, ok := unitAliases[w]; ok {
		return al
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// Equivalent reports whether q and r state the same amount of the same
// thing: "90 minutes" and "an hour and a half" are equivalent.
func (q Quantity) Equivalent(r Quantity) bool {
	if q.Unit != r.Unit {
		return false
	}
	return math.Abs(q.Value-r.Value) <= 1e-9*math.Max(1, math.Abs(q.Value))
}

// scales are the nouns that name a reading on a scale written after them:
// "magnitude 6.1", "a magnitude of 6.2", "put the magnitude at 6.4".
var scales = set("magnitude", "attendance", "crowd", "crowds", "audience")

// scaleUnits give one unit to the scales that measure one thing: an
// audience is the people who came ("An audience of 190 packed into the
// hall").
var scaleUnits = map[string]string{"attendance": "crowd", "crowds": "crowd", "audience": "person"}

// scaleBefore returns the scale named before the number at token i:
// just before it ("magnitude 6.1"), or a few words before when "of", "at"
// or a copula joins them ("the magnitude of Sunday's quake at 6.4"); or
// "".
func scaleBefore(low []string, i int) string {
	// "Crowds of about 12,000": a hedge before the figure.
	for i > 1 && approxWords[low[i-1]] {
		i--
	}
	if i == 0 {
		return ""
	}
	if scales[low[i-1]] {
		return low[i-1]
	}
	if low[i-1] != "of" && low[i-1] != "at" && low[i-1] != "was" && low[i-1] != "is" {
		return ""
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if scales[low[k]] {
			return low[k]
		}
		if _, ok := wordNumber(low[k]); ok || low[k] == "" || low[k][0] >= '0' && low[k][0] <= '9' {
			return "" // another figure is nearer
		}
	}
	return ""
}

// evacuationWords make a count the number of people moved out of harm's
// way: "300 workers were evacuated", "the evacuation of 350 people".
var evacuationWords = set("evacuated", "evacuation", "evacuees", "evacuate")

// speedAfter returns "km/h" or "mph" when the tokens from j on give a
// speed ("km/h", "km per hour", "kilometres an hour", "mph"), else "".
func speedAfter(low []string, j int) string {
	switch u := low[j]; {
	case u == "mph" || u == "km/h" || u == "kph" || u == "kmh":
		if u == "mph" {
			return "mph"
		}
		return "km/h"
	case unitAliases[u] == "kilometre" || u == "miles" || u == "mile":
		k := j + 1
		if k < len(low) && (low[k] == "/" || low[k] == "h") {
			if u == "miles" || u == "mile" {
				return "mph"
			}
			return "km/h"
		}
		if k+1 < len(low) && (low[k] == "per" || low[k] == "an" || low[k] == "a") && low[k+1] == "hour" {
			if u == "miles" || u == "mile" {
				return "mph"
			}
			return "km/h"
		}
	}
	return ""
}

// speedEnd returns the token after the speed speedAfter found at j.
func speedEnd(low []string, j int) int {
	k := j + 1
	for k < len(low) && k <= j+2 && (low[k] == "/" || low[k] == "h" || low[k] == "per" || low[k] == "an" || low[k] == "a" || low[k] == "hour") {
		k++
	}
	return k
}

// clauseWords open a clause after a counted noun, whose verb is not the
// count's: "12 people were questioned after ...".
var clauseWords = set("after", "before", "when", "while", "because", "since", "but")

// countHeads are nouns counted after a modifier: "212 measles cases".
var countHeads = set("cases", "infections", "patients", "deaths", "victims", "records", "accounts")

// noneBefore reports whether "none", "no one" or "nobody" comes a few
// words before token i: what follows is not a count of harm.
func noneBefore(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if low[k] == "none" || low[k] == "nobody" || low[k] == "no" && k+1 < len(low) && low[k+1] == "one" {
			return true
		}
	}
	return false
}

// missingWords make a count the number of people not found: "nine others
// were still missing", "14 people who remain unaccounted for".
var missingWords = set("missing", "unaccounted")

// compoundCounts are the nouns a figure joined to them by a hyphen
// counts: "a 72-player field" has 72 players.
var compoundCounts = set("player", "member", "seat", "bed", "room", "bedroom", "vehicle", "car", "nation", "country", "team",
	"page", "berth", "cabin", "carriage", "screen", "lane", "pupil", "student", "worker", "officer", "candidate", "judge",
	"juror", "horse", "boat", "ship", "aircraft", "plane", "bus", "train", "turbine", "unit", "home", "house", "school", "store", "shop",
	"man", "woman", "person", "signature")

// storeyWords count a building's floors.
var storeyWords = set("storey", "story", "floor", "storeys", "stories", "floors")
