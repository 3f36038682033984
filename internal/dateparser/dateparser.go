// Package dateparser stands in for github.com/markusmobius/go-dateparser,
// which go-htmldate (through go-trafilatura) uses as its last-resort search
// for a page's date.
//
// The real package compiles about 4,000 regular expressions for 200 locales
// when a program starts (its issue #20): 300 to 800 ms and 80 MB on every
// run of every command, before any work. Storyline reads English news, and
// htmldate finds most dates in metadata without this fallback, so this
// replacement parses only the common English and numeric forms, with the
// standard library, and costs nothing at start-up. Storyline's go.mod points
// the module path here with a replace directive.
//
// Only the API that go-htmldate uses is provided.
package dateparser

import (
	"errors"
	"strings"
	"time"
)

// ParserType names a kind of parser. Only the names are kept; Parse tries
// every form it knows.
type ParserType uint8

// The parser kinds go-htmldate asks for.
const (
	Timestamp ParserType = iota
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource says how incomplete dates are filled in.
type PreferredDateSource uint8

// Date sources.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration controls parsing. StrictParsing demands a day, a month and a
// year, which is what this parser always does; the other fields are kept for
// compatibility.
type Configuration struct {
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
	CurrentTime         time.Time
}

// Parser parses dates.
type Parser struct {
	ParserTypes []ParserType
}

// Date is a parsed date.
type Date struct {
	Time time.Time
}

// ErrNotDate is returned for text that holds no date this parser reads.
var ErrNotDate = errors.New("dateparser: no recognised date")

// layouts are tried in order after the text is tidied.
var layouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"2006/01/02", "2006.01.02", "20060102",
	"January 2 2006", "Jan 2 2006", "2 January 2006", "2 Jan 2006",
	"January 2 2006 15:04", "Jan 2 2006 15:04", "2 January 2006 15:04", "2 Jan 2006 15:04",
	"January 2 2006 3:04 PM", "Jan 2 2006 3:04 PM", "January 2 2006 3:04PM", "Jan 2 2006 3:04PM",
	time.RFC1123Z, time.RFC1123, "2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST",
	"01/02/2006", "02.01.2006", "2006-1-2", "1/2/2006",
}

// Parse reads a date in str. Extra formats, if given, are tried first.
func (p *Parser) Parse(cfg *Configuration, str string, formats ...string) (Date, error) {
	s := tidy(str)
	if s == "" {
		return Date{}, ErrNotDate
	}
	for _, l := range append(formats, layouts...) {
		if t, err := time.Parse(l, s); err == nil {
			return Date{Time: t}, nil
		}
	}
	return Date{}, ErrNotDate
}

// tidy drops weekday names, ordinal suffixes, commas, "at" and "on", and
// folds spaces, so that "Tuesday, March 4th, 2025 at 10:00" reads as
// "March 4 2025 10:00".
func tidy(s string) string {
	s = strings.NewReplacer(",", " ", "\u00a0", " ").Replace(strings.TrimSpace(s))
	f := strings.Fields(s)
	out := f[:0]
	for _, w := range f {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if weekdays[lw] || lw == "at" || lw == "on" || lw == "the" || lw == "of" {
			continue
		}
		if months[lw] {
			w = strings.TrimSuffix(w, ".") // "Mar." as "Mar"
		}
		if n := len(w); n > 2 && w[0] >= '0' && w[0] <= '9' {
			switch strings.ToLower(w[n-2:]) {
			case "st", "nd", "rd", "th":
				w = w[:n-2]
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

var months = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}
