package facts

import (
	"fmt"
	"strconv"
	"strings"
)

// Times of day are figures like any other: "hit the reef at about 5:15
// a.m." and "ran aground on Tolland Reef at 3.40 a.m." give two times for
// one grounding. They are read here as minutes after midnight with the
// unit "clock" and aligned by the words around them (see align.go).

// clockUnit is the unit of a time of day.
const clockUnit = "clock"

// dayParts turn "seven in the morning" into a time.
var dayParts = map[string]int{"morning": 0, "afternoon": 12, "evening": 12, "night": 12}

// clockTimes returns the times of day sentence i gives, as quantities of
// minutes after midnight.
func (a *analysis) clockTimes(i int) []Quantity {
	toks, low := a.toks[i], a.low[i]
	var out []Quantity
	for k := 0; k < len(toks); k++ {
		w := low[k]
		if w == "" || (w[0] < '0' || w[0] > '9') && numberWords[w] == 0 {
			continue // most words: no number at all
		}
		h, m, suffix, ok := clockParts(w)
		if !ok {
			continue
		}
		end := k + 1
		if suffix == "" && end < len(low) {
			switch strings.TrimSuffix(low[end], ".") {
			case "a.m", "am":
				suffix, end = "am", end+1
			case "p.m", "pm":
				suffix, end = "pm", end+1
			case "o'clock", "o’clock":
				if m < 0 {
					suffix, end = "oclock", end+1
				}
			}
		}
		// "seven in the morning", "9 in the evening".
		if suffix == "" && end+2 < len(low) && low[end] == "in" && low[end+1] == "the" {
			if add, ok := dayParts[low[end+2]]; ok {
				suffix, end = "part", end+3
				if h < 12 {
					h += add
				}
			}
		}
		// "at ten to five on Tuesday morning", "at twenty past six in
		// the evening": minutes in words before an hour, told as a time
		// by the word before them and set in the day by a part of it.
		spoken := -1
		if (suffix == "" || suffix == "part") && m < 0 && k >= 3 && (low[k-1] == "past" || low[k-1] == "to") && clockBefore[low[k-3]] {
			if mins, ok := spokenMinutes(low[k-2]); ok {
				for j := end; suffix == "" && j < len(low) && j < end+5; j++ {
					if add, ok := dayParts[low[j]]; ok {
						if h < 12 {
							h += add
						}
						suffix = "part"
					}
				}
				if suffix == "part" {
					if low[k-1] == "to" {
						h, mins = h-1, 60-mins
					}
					m, spoken = mins, k-2
				}
			}
		}
		colon := m >= 0
		if m < 0 {
			m = 0
		}
		switch suffix {
		case "am":
			if h == 12 {
				h = 0
			}
		case "pm":
			if h < 12 {
				h += 12
			}
		case "":
			// A bare "09:40" is a time only after a word that sets one
			// ("left at 09:40", "around 10:15"), and only with minutes.
			if !colon || k == 0 || !clockBefore[low[k-1]] || strings.Contains(w, ".") {
				continue
			}
		}
		if h > 23 || m > 59 {
			continue
		}
		start := k
		if spoken >= 0 {
			start = spoken
		}
		// "half past three", "a quarter to seven".
		if m == 0 && !colon && k >= 2 {
			switch {
			case low[k-1] == "past" && low[k-2] == "half":
				m, start = 30, k-2
			case low[k-1] == "past" && low[k-2] == "quarter":
				m, start = 15, k-2
			case low[k-1] == "to" && low[k-2] == "quarter" && h > 0:
				h, m, start = h-1, 45, k-2
			}
			if start < k && start > 0 && low[start-1] == "a" {
				start--
			}
		}
		q := Quantity{Start: toks[start].Start, End: toks[end-1].End, Value: float64(h*60 + m), Unit: clockUnit}
		q.Text = a.c.Sents[i].Text[q.Start:q.End]
		if start > 0 && (approxWords[low[start-1]] || low[start-1] == "after" || low[start-1] == "before" || low[start-1] == "by") {
			q.Approx = true
		}
		out = append(out, q)
		k = end - 1
	}
	return out
}

// spokenMinutes reads the minutes of a time in words: "ten" (to five),
// "twenty-five" (past six), "quarter", "half".
func spokenMinutes(w string) (int, bool) {
	switch w {
	case "quarter":
		return 15, true
	case "half":
		return 30, true
	}
	n, ok := wordNumber(w)
	if !ok || n < 1 || n > 29 || n != float64(int(n)) {
		return 0, false
	}
	return int(n), true
}

// clockBefore are the words after which a bare "10:15" is a time of day.
var clockBefore = set("at", "around", "about", "after", "before", "by", "until", "till", "from", "since", "shortly")

// clockParts reads a word as an hour and minutes: "3:40", "3.40",
// "11.20am", "7", "seven". m is -1 when no minutes are written; suffix
// is "am" or "pm" when the word carries one.
func clockParts(w string) (h, m int, suffix string, ok bool) {
	for _, s := range []string{"a.m.", "a.m", "am", "p.m.", "p.m", "pm"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			w, suffix = strings.TrimSuffix(w, s), s[:1]+"m"
			break
		}
	}
	m = -1
	hs := w
	if i := strings.IndexAny(w, ":."); i > 0 {
		hs = w[:i]
		ms := w[i+1:]
		if len(ms) != 2 || strings.ContainsAny(ms, ":.") {
			return 0, 0, "", false // "2:06:48" is a race time
		}
		v, err := strconv.Atoi(ms)
		if err != nil {
			return 0, 0, "", false
		}
		m = v
	}
	v, err := strconv.Atoi(hs)
	if err != nil {
		n, isNum := wordNumber(hs)
		if !isNum || m >= 0 || n != float64(int(n)) {
			return 0, 0, "", false
		}
		v = int(n)
	}
	if len(hs) > 2 && err == nil || v > 24 {
		return 0, 0, "", false
	}
	return v, m, suffix, true
}

// formatClock writes minutes after midnight as "03:40".
func formatClock(v float64) string {
	return fmt.Sprintf("%02d:%02d", int(v)/60, int(v)%60)
}
