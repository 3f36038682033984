package facts

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"storyline/text"
)

// Date is a date expression found in a text and what it resolves to.
type Date struct {
	// Text is the expression as written; Start and End delimit it.
	Text       string
	Start, End int
	// Value is ISO 8601 as precise as known: "2019", "2019-02",
	// "2019-01-18", or an ISO week "2019-W02".
	Value string
	// Part narrows a month or year: "early", "mid" or "late" ("the end of
	// February" and "late February" are both "late").
	Part string
	// Explicit marks a date written out in full (a year, or a month and
	// day whose year follows from its weekday), usable to date the text.
	Explicit bool
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// parts maps the words before a month or year that narrow it.
var parts = map[string]string{
	"late": "late", "end": "late", "early": "early", "beginning": "early", "start": "early",
	"mid": "mid", "middle": "mid",
}

// futureCues mark a sentence that speaks of what is to come, where a month
// or weekday without a year means the next one.
var futureCues = set("will", "would", "'ll", "shall", "plan", "plans", "planned", "want", "wants",
	"expected", "scheduled", "agreed", "next", "upcoming", "coming", "due", "set", "intends", "going", "aims")

// ParseDates finds the date expressions of s and resolves them against
// ref, the date the text was written. With a zero ref, only expressions
// that carry their own year resolve, and a weekday with a month and day
// ("Friday January 18") takes the nearest year, after hint years, in
// which that day is that weekday.
func ParseDates(s string, ref time.Time, hintYears ...int) []Date {
	toks := text.Tokens(s)
	return parseDates(s, toks, lowerTokens(toks), ref, hintYears)
}

// parseDates is ParseDates over the tokens of s already cut and their
// texts in lower case (lows).
func parseDates(s string, toks []text.Token, lows []string, ref time.Time, hintYears []int) []Date {
	if !mayDate(lows) {
		return nil
	}
	low := make([]string, len(toks))
	future, past := false, false
	for i := range toks {
		low[i] = strings.ReplaceAll(lows[i], "’", "'")
		if w := strings.TrimSuffix(low[i], "'s"); weekdays[w] != 0 || w == "sunday" {
			// "Sunday's election" is Sunday's.
			low[i] = w
		}
		if pastCues[low[i]] || len(low[i]) > 4 && strings.HasSuffix(low[i], "ed") {
			past = true
		}
		if futureCues[low[i]] || strings.HasSuffix(low[i], "'ll") {
			future = true
		}
	}
	var out []Date
	add := func(a, b int, v, part string, explicit bool) {
		out = append(out, Date{Text: s[toks[a].Start:toks[b-1].End], Start: toks[a].Start, End: toks[b-1].End,
			Value: v, Part: part, Explicit: explicit})
	}
	for i := 0; i < len(toks); i++ {
		w := low[i]
		// A part qualifier before a month or year: "late", "the end of",
		// "near the end of".
		start, part := i, ""
		if p, ok := parts[w]; ok {
			j := i + 1
			if j < len(toks) && low[j] == "of" {
				j++
			}
			if j < len(toks) && (months[low[j]] != 0 || isYear(low[j])) {
				part = p
				i = j
				w = low[i]
			}
		}
		if v, ok := numericDate(w); ok {
			add(i, i+1, v, "", true)
			continue
		}
		switch {
		case weekdays[w] != 0 || w == "sunday":
			wd := weekdays[w]
			// "Friday January 18", "Saturday, January 19 2019".
			if j := i + 1; j+1 < len(toks) && months[low[j]] != 0 {
				if d, ok := dayNum(low[j+1]); ok {
					end := j + 2
					y := 0
					if end < len(toks) && isYear(low[end]) {
						y, _ = strconv.Atoi(low[end])
						end++
					} else {
						y = yearForWeekday(months[low[j]], d, wd, ref, hintYears)
					}
					if y > 0 {
						add(start, end, fmt.Sprintf("%04d-%02d-%02d", y, months[low[j]], d), "", true)
					}
					i = end - 1
					continue
				}
			}
			if ref.IsZero() {
				continue
			}
			prev := ""
			if i > 0 {
				prev = low[i-1]
			}
			var t time.Time
			// "on Wednesday last week", "on Wednesday of last week": that
			// day of the week before the report's.
			lw := i + 1
			if lw < len(low) && low[lw] == "of" {
				lw++
			}
			lastWeek := lw+1 < len(low) && low[lw] == "last" && low[lw+1] == "week"
			switch {
			case lastWeek:
				monday := prevWeekday(ref, time.Monday).AddDate(0, 0, -7)
				t = monday.AddDate(0, 0, (int(wd)-int(time.Monday)+7)%7)
			case prev == "next" || prev == "coming":
				t = nextWeekday(ref, wd, prev == "next")
			case prev == "last":
				t = prevWeekday(ref.AddDate(0, 0, -1), wd)
			case tense(low, i) > 0:
				// "will begin consultations on Thursday": the coming one.
				t = nextWeekday(ref, wd, false)
			default:
				// "declared on Monday", or no tense to tell: the last one.
				t = prevWeekday(ref, wd)
			}
			a, b := i, i+1
			if prev == "next" || prev == "last" || prev == "this" {
				a = i - 1
			}
			if lastWeek {
				b = lw + 2
			}
			add(a, b, t.Format("2006-01-02"), "", false)
			i = b - 1
		case months[w] != 0 && isCap(toks[i].Text) && (len(w) > 3 && w != "may" ||
			i+1 < len(toks) && isDigits(strings.TrimRight(low[i+1], "stndrh")) || i > 0 && yearCue[low[i-1]]):
			m := months[w]
			end := i + 1
			day := 0
			if end < len(toks) {
				if d, ok := dayNum(low[end]); ok {
					day, end = d, end+1
				}
			}
			if day == 0 && part == "" && i > 0 {
				if d, ok := dayNum(low[i-1]); ok {
					day, start = d, i-1
				}
			}
			y := 0
			if end < len(toks) && isYear(low[end]) {
				y, _ = strconv.Atoi(low[end])
				end++
			}
			explicit := y > 0
			// "on August 11 last year": the year is the reference's.
			if y == 0 && !ref.IsZero() && end+1 < len(toks) && low[end+1] == "year" {
				if n, ok := map[string]int{"last": -1, "this": 0, "next": 1}[low[end]]; ok {
					y, end = ref.Year()+n, end+2
				}
			}
			if y == 0 {
				if ref.IsZero() {
					continue
				}
				f, p := future, past
				if t := tense(low, i); t != 0 {
					// The verb of the month's own clause decides: "resumed
					// talks in July" in a sentence that also says what
					// "would" happen is past.
					f, p = t > 0, t < 0
				}
				y = nearYear(ref, m, day, f, p)
			}
			v := fmt.Sprintf("%04d-%02d", y, m)
			if day > 0 {
				v += fmt.Sprintf("-%02d", day)
			}
			add(start, end, v, part, explicit && day > 0)
			i = end - 1
		case isYear(w) && (part != "" || i > 0 && yearCue[low[i-1]]),
			oldYear(w) && i > 0 && yearCue[low[i-1]] && (i+1 == len(toks) || !isNounish(low[i+1]) || text.IsStopword(low[i+1])):
			// "which was built in 1874": a year of the past after a cue,
			// not a count ("in 1874 homes").
			add(start, i+1, w, part, false)
		case ref.IsZero():
		case (w == "today" || w == "tomorrow" || w == "tonight") && reported(low, i):
			// "She said that already tomorrow she starts talks": the day
			// of the saying is not known, nor then which day is meant.
		case w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight":
			add(i, i+1, ref.AddDate(0, 0, map[string]int{"yesterday": -1, "tomorrow": 1}[w]).Format("2006-01-02"), "", false)
		case (w == "last" || w == "next" || w == "this") && i+1 < len(toks):
			unit := low[i+1]
			n := map[string]int{"last": -1, "next": 1}[w]
			var v string
			switch unit {
			case "week":
				y, wk := ref.AddDate(0, 0, 7*n).ISOWeek()
				v = fmt.Sprintf("%04d-W%02d", y, wk)
			case "month":
				v = ref.AddDate(0, n, 1-ref.Day()).Format("2006-01")
			case "year":
				v = strconv.Itoa(ref.Year() + n)
			case "night":
				if w == "last" {
					v = ref.AddDate(0, 0, -1).Format("2006-01-02")
				}
			}
			if v != "" {
				add(i, i+2, v, "", false)
				i++
			}
		case w == "ago" && i >= 2:
			n, ok := smallNumber(low[i-2])
			if !ok {
				continue
			}
			switch strings.TrimSuffix(low[i-1], "s") {
			case "year":
				add(i-2, i+1, strconv.Itoa(ref.Year()-n), "", false)
			case "day":
				add(i-2, i+1, ref.AddDate(0, 0, -n).Format("2006-01-02"), "", false)
			}
		}
	}
	return out
}

// dateWords are the words without which, and without a figure, a text
// has no date expression (see parseDates' cases): months, weekdays (also
// possessive) and the words of relative dates.
var dateWords = func() map[string]bool {
	m := set("yesterday", "today", "tomorrow", "tonight", "week", "month", "year", "night", "ago")
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w], m[w+"'s"], m[w+"’s"] = true, true, true
	}
	return m
}()

// mayDate reports whether the words low (in lower case) may hold a date:
// a figure or a word of dateWords; most sentences hold none.
func mayDate(low []string) bool {
	for _, w := range low {
		if w != "" && (w[0] >= '0' && w[0] <= '9' || dateWords[w]) {
			return true
		}
	}
	return false
}

// tense tells whether the verb that governs token i speaks of the future
// (1), the past (-1) or neither (0): the nearest cue before it, within a
// clause's length, else the nearest after it. "Will begin consultations
// with party leaders on Wednesday" is ahead; "declared an emergency on
// Monday and visited Brenna on Tuesday" is past; "talks would start on
// Monday", said on Sunday, is ahead of the saying.
func tense(low []string, i int) int {
	for k := i - 1; k >= 0 && k >= i-tenseReach; k-- {
		// "has summoned his cabinet to an emergency meeting on
		// Tuesday": the meeting one is called to is ahead.
		if low[k] == "to" && callingBefore(low, k) {
			return 1
		}
		if t := tenseCue(low, k); t != 0 {
			return t
		}
	}
	for k := i + 1; k < len(low) && k <= i+8; k++ {
		if t := tenseCue(low, k); t != 0 {
			return t
		}
	}
	return 0
}

// tenseReach is how many words before a day its verb may stand:
// "Residents will be able to question company staff and council
// officers at a public meeting in Stannerby village hall on Thursday
// evening" puts eighteen between them.
const tenseReach = 20

// callingBefore reports whether a verb of calling people to something
// comes in the four words before token k ("summoned councillors to").
func callingBefore(low []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if callingVerbs[low[j]] {
			return true
		}
	}
	return false
}

// callingVerbs call people to an event to come.
var callingVerbs = set("summoned", "summons", "summoning", "convened", "convenes", "invited", "invites", "called", "calls")

// reported reports whether token i stands in reported speech: a verb of
// saying in the past comes before it, not next to it ("said today" dates
// the saying).
func reported(low []string, i int) bool {
	for k := 0; k < i-1; k++ {
		if speechVerbs[low[k]] && low[k] != "says" && low[k] != "say" {
			return true
		}
	}
	return false
}

// tenseCue is the tense word k marks: 1 future, -1 past, 0 none.
func tenseCue(low []string, k int) int {
	w := low[k]
	switch {
	case futureVerbs[w] || strings.HasSuffix(w, "'ll"):
		return 1
	case w == "to" && k+1 < len(low) && plannedVerbs[low[k+1]]:
		return 1
	case w == "planned" && k > 0 && (low[k-1] == "is" || low[k-1] == "are") && k+1 < len(low) && plannedFor[low[k+1]]:
		// "A public meeting is planned for Wednesday", not "how
		// events are planned after Saturday's concert".
		return 1
	case len(w) > 4 && strings.HasSuffix(w, "ed") && k > 0 && (beForms[low[k-1]] || linkingVerbs[low[k-1]]):
		// A participle after "be" ("would be added") or a verb like it
		// ("will stay closed") bears no tense: the verb before it does.
		return 0
	case pastCues[w] || pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !futureVerbs[w]:
		return -1
	}
	return 0
}

// futureVerbs speak of what is to come, the present of a schedule
// ("begins on Wednesday") included.
var futureVerbs = set("will", "shall", "would", "due", "plans", "plan", "expected", "expects", "expect",
	"want", "wants", "hope", "hopes", "next", "upcoming", "coming", "going", "set",
	"scheduled", "intends", "aims", "begins", "starts", "opens", "meets", "resumes", "travels", "visits",
	"arrives", "heads", "tomorrow")

// plannedVerbs, after "to", make an infinitive of plan: "to begin on
// Thursday".
var plannedVerbs = set("begin", "start", "meet", "open", "hold", "resume", "visit", "travel", "announce",
	"sign", "vote", "decide", "return", "present", "hear", "consult", "talk")

// plannedFor follow "is planned" when it tells when or where.
var plannedFor = set("for", "on", "at", "in")

var beForms = set("be", "been", "being", "is", "are", "was", "were")

// linkingVerbs in the present join a state to its subject as "be" does:
// "will stay closed", "is to remain shut".
var linkingVerbs = set("stay", "stays", "remain", "remains", "keep", "keeps", "become", "becomes", "get", "gets", "seem", "seems")

// pastVerbs are irregular past tenses that end in no "-ed".
var pastVerbs = set("began", "fell", "rose", "won", "lost", "told", "gave", "flew", "sent", "left",
	"held", "broke", "struck", "spoke", "ran", "saw", "found", "got", "kept", "led", "paid", "sold",
	"stood", "swept", "wrote", "became", "brought", "bought", "fought", "knew", "thought", "been",
	"has", "have", "yesterday")

// pastCues mark a sentence about what has happened (besides verbs in -ed).
var pastCues = set("was", "were", "had", "did", "ago", "since", "met", "came", "went", "took", "made", "said")

// yearCue are words after which a bare four-digit number is a year.
var yearCue = set("in", "since", "of", "by", "until", "from", "year", "during", "before", "after", "till", "early", "late", "mid")

// numericDate reads a date written in figures, day first as outside the
// United States: "16.04.2025", "06/10/2025"; with slashes, month first
// when the second figure cannot be a month ("10/25/2025").
func numericDate(w string) (string, bool) {
	if len(w) < 8 || w[0] < '0' || w[0] > '9' {
		// Too short for d.m.yyyy, or no figure first.
		return "", false
	}
	sep := "."
	if strings.Contains(w, "/") {
		sep = "/"
	}
	f := strings.Split(w, sep)
	if len(f) != 3 || !isYear(f[2]) || len(f[0]) > 2 || len(f[1]) > 2 || !isDigits(f[0]) || !isDigits(f[1]) {
		return "", false
	}
	d, _ := strconv.Atoi(f[0])
	m, _ := strconv.Atoi(f[1])
	if sep == "/" && m > 12 && d <= 12 {
		d, m = m, d
	}
	y, _ := strconv.Atoi(f[2])
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// oldYear reports whether s is a year before 1900 written in figures,
// which only a word before it makes a year.
func oldYear(s string) bool {
	if len(s) != 4 || !isDigits(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1000 && y < 1900
}

func isYear(s string) bool {
	if len(s) != 4 || !isDigits(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1900 && y <= 2100
}

// dayNum reads a day of the month: "18", "18th", "1st".
func dayNum(s string) (int, bool) {
	s = strings.TrimRight(s, "stndrh")
	if !isDigits(s) || len(s) > 2 {
		return 0, false
	}
	d, _ := strconv.Atoi(s)
	return d, d >= 1 && d <= 31
}

// yearForWeekday returns the year, near ref or, when ref is unknown, the
// latest hint year, in which month m day d falls on weekday wd; 0 if none
// is near. (A story that names a year to come, "a contract to 2029",
// does not move a "Wednesday, November 5" of its report's year.)
func yearForWeekday(m time.Month, d int, wd time.Weekday, ref time.Time, hints []int) int {
	center := 0
	if !ref.IsZero() {
		center = ref.Year()
	} else {
		for _, h := range hints {
			center = max(center, h)
		}
	}
	if center == 0 {
		return 0
	}
	for _, dy := range []int{0, 1, -1, 2} {
		y := center + dy
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if t.Month() == m && t.Weekday() == wd {
			return y
		}
	}
	return 0
}

// nearYear returns the year of month m (day d, 0 if unknown) nearest to
// ref in the direction the sentence speaks of: ahead for the future, the
// latest not after ref for the past, else simply the nearest.
func nearYear(ref time.Time, m time.Month, d int, future, past bool) int {
	y := ref.Year()
	dd := max(d, 1)
	t := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	r := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	if !future && !past {
		best := y
		for _, c := range []int{y - 1, y + 1} {
			ct := time.Date(c, m, dd, 0, 0, 0, 0, time.UTC)
			if ct.Sub(r).Abs() < time.Date(best, m, dd, 0, 0, 0, 0, time.UTC).Sub(r).Abs() {
				best = c
			}
		}
		_ = t
		return best
	}
	if future {
		if d == 0 && m == ref.Month() {
			return y
		}
		if t.Before(r) {
			return y + 1
		}
		return y
	}
	if d == 0 && m == ref.Month() {
		return y
	}
	if t.After(r) {
		return y - 1
	}
	return y
}

func prevWeekday(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
}

func nextWeekday(t time.Time, wd time.Weekday, strict bool) time.Time {
	n := (int(wd) - int(t.Weekday()) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return t.AddDate(0, 0, n)
}

// smallNumber reads a number written in digits or as a word up to twenty.
func smallNumber(s string) (int, bool) {
	if isDigits(s) && len(s) < 5 {
		n, _ := strconv.Atoi(s)
		return n, true
	}
	v, ok := numberWords[s]
	return int(v), ok && v == float64(int(v))
}

// dateStart returns the first day a date value covers, for ordering.
func dateStart(v string) time.Time {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t
		}
	}
	var y, w int
	if _, err := fmt.Sscanf(v, "%d-W%d", &y, &w); err == nil {
		t := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC) // in ISO week 1
		t = prevWeekday(t, time.Monday)
		return t.AddDate(0, 0, 7*(w-1))
	}
	return time.Time{}
}

// compatible reports whether two date values can name the same day: equal,
// or one a coarser form of the other ("2019-02" and "2019-02-27"), or a
// week that holds the day.
func compatible(a, b string) bool {
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	wa, wb := strings.Contains(a, "W"), strings.Contains(b, "W")
	if wa != wb {
		week, day := a, b
		if wb {
			week, day = b, a
		}
		if len(day) != 10 {
			return strings.HasPrefix(week, day[:4])
		}
		t, ws := dateStart(day), dateStart(week)
		return !t.Before(ws) && t.Before(ws.AddDate(0, 0, 7))
	}
	return false
}
