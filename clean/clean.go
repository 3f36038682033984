// Package clean keeps the news in an article and drops the rest: navigation
// crumbs, share and follow prompts, photo captions, related-link lists,
// comments, sign-offs, bare web addresses and paragraphs printed twice. It
// rejoins lines broken inside a sentence and normalises Unicode, keeping for
// every byte of cleaned text its offset in the article as read.
package clean

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"storyline"
	"storyline/read"
)

// Reasons recorded in storyline.Dropped.
const (
	ReasonNavigation  = "navigation"
	ReasonBoilerplate = "boilerplate"
	ReasonCaption     = "caption"
	ReasonLink        = "link"
	ReasonRepeated    = "repeated"
	ReasonTitle       = "title"
	ReasonRelated     = "related"
	ReasonSignOff     = "sign-off"
	ReasonByline      = "byline"
)

// Cleaner cleans articles in place.
type Cleaner interface {
	Clean(a *storyline.Article)
}

// Boilerplate is the rule-based Cleaner. Its zero value is ready to use.
type Boilerplate struct{}

// Clean implements Cleaner.
func (Boilerplate) Clean(a *storyline.Article) { Article(a) }

// Article cleans a.Body into a.Paragraphs and a.Text and records what it
// dropped in a.Dropped. Cleaning twice gives the same result.
func Article(a *storyline.Article) {
	a.Paragraphs = a.Paragraphs[:0]
	a.Dropped = a.Dropped[:0]
	raw := paragraphs(a.Body)
	title := key(a.Title)
	seen := make(map[uint64]bool, len(raw))
	tail := false // after a "Related posts" or "Comments" marker
	for i, sp := range raw {
		text, offs := Normalize(a.Body[sp.start:sp.end])
		for j := range offs {
			offs[j].Body += int32(sp.start)
		}
		p := storyline.Paragraph{Text: text, Start: sp.start, End: sp.end, Offsets: offs}
		reason := ""
		k := key(text)
		switch {
		case tail:
			reason = ReasonRelated
		case isTailMarker(text):
			reason, tail = ReasonRelated, true
		default:
			reason = classify(text)
		}
		if reason == "" && i < 4 && title != 0 && k == title {
			reason = ReasonTitle
		}
		// Short lines repeat for good reasons (list items, refrains); a
		// repeated paragraph of a sentence or more is a publishing fault.
		if reason == "" && seen[k] && strings.Count(text, " ") >= 9 && isProse(text) {
			reason = ReasonRepeated
		}
		if reason == ReasonByline && a.Published.IsZero() {
			// A byline's date is the article's date when nothing else gives it.
			a.Published = bylineDate(text)
		}
		if reason != "" {
			a.Dropped = append(a.Dropped, storyline.Dropped{Text: text, Reason: reason, Start: sp.start, End: sp.end})
			continue
		}
		seen[k] = true
		p.Heading = isHeading(text)
		a.Paragraphs = append(a.Paragraphs, p)
	}
	dropSignOff(a)
	if a.Source == "" {
		a.Source = outletOf(a)
	}
	var b strings.Builder
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p.Text) + 2
	}
	b.Grow(n)
	for i, p := range a.Paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Text)
	}
	a.Text = b.String()
}

// dropSignOff removes a last paragraph that is only a name (an outlet's
// sign-off such as "VOA News"), and a heading left with nothing after it.
func dropSignOff(a *storyline.Article) {
	for len(a.Paragraphs) > 1 {
		p := a.Paragraphs[len(a.Paragraphs)-1]
		n := utf8.RuneCountInString(p.Text)
		// Without spaces (Chinese, Japanese) words can't be counted: only a
		// very short line can be a sign-off.
		name := len(strings.Fields(p.Text)) <= 6 && n <= 40 && (strings.Contains(p.Text, " ") || n <= 12) && isName(p.Text)
		if !p.Heading || !(name || isTagline(p.Text)) {
			return
		}
		a.Dropped = append(a.Dropped, storyline.Dropped{Text: p.Text, Reason: ReasonSignOff, Start: p.Start, End: p.End})
		a.Paragraphs = a.Paragraphs[:len(a.Paragraphs)-1]
	}
}

// isByline reports an author or desk line ("By Nora Quill, Europe
// correspondent | Wednesday 16 April 2025", "Monday 6 October 2025 |
// Northgate Daily foreign desk"): a "By" and a name, or parts joined by
// " | " with a date among them, and no sentence.
func isByline(t string) bool {
	if endsSentence(t) && !strings.HasSuffix(t, "m.") { // "6:10 p.m."
		return false
	}
	if strings.HasPrefix(t, "By ") {
		r, _ := utf8.DecodeRuneInString(t[3:])
		return unicode.IsUpper(r)
	}
	if !strings.Contains(t, " | ") {
		return false
	}
	return reDateInLine().MatchString(t)
}

var reDateInLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})\b`)
})

// bylineDate reads the date of a byline, or returns the zero time.
func bylineDate(t string) time.Time {
	m := reDateInLine().FindString(t)
	m = strings.NewReplacer(",", "", ".", "").Replace(m)
	for _, layout := range []string{"2 January 2006", "2 Jan 2006", "January 2 2006", "Jan 2 2006", "2006-01-02"} {
		if d, err := time.Parse(layout, m); err == nil {
			return d
		}
	}
	return time.Time{}
}

// name is an outlet's name: one to four capitalised words.
const name = `([A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,3})`

// outletNotes find an outlet naming itself in the lines cleaning drops, in
// order of trust.
var outletNotes = sync.OnceValue(func() []*regexp.Regexp {
	return []*regexp.Regexp{
		regexp.MustCompile(`(?:republished|reproduced) by (?:the )?` + name),
		regexp.MustCompile(`^([A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,3}?) (?:Sport |News )?publishes this`),
		regexp.MustCompile(`^` + name + `'s (?:website|site|app)\b`),
		regexp.MustCompile(`^` + name + ` (?:international |foreign |news |city |sports? )?desk\b`),
		regexp.MustCompile(`^` + name + ` will update this`),
		regexp.MustCompile(`(?:[Rr]ead the original|[Tt]he original appeared) (?:in|at) ` + name),
	}
})

var reCredit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Z][A-Za-z0-9 .,'/-]{1,60}\(` + name + `\) -`)
})

// outletOf names the outlet of an article that came without one, from what
// it says of itself: a note ("republished by Northgate Daily", "Press TV's
// website"), a desk line, a sign-off or tagline ("Serratski Glas - the
// voice of the north"), or the credit in its dateline ("BRENNA, April 15
// (Meridian Wire) -"). It returns "" when nothing tells.
func outletOf(a *storyline.Article) string {
	var lines []string
	for _, d := range a.Dropped {
		lines = append(lines, strings.Split(d.Text, " | ")...)
	}
	for _, re := range outletNotes() {
		for _, l := range lines {
			if m := re.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
				return strings.TrimRight(m[1], ".")
			}
		}
	}
	// The last line dropped at the end that reads as a name or tagline.
	for i := len(a.Dropped) - 1; i >= 0; i-- {
		d := a.Dropped[i]
		if d.Reason != ReasonSignOff && d.Reason != ReasonRelated {
			continue
		}
		t := d.Text
		if isTagline(t) {
			for _, sep := range []string{" - ", " · ", " | ", " – "} {
				if k := strings.Index(t, sep); k > 0 {
					t = t[:k]
				}
			}
			return t
		}
		if d.Reason == ReasonSignOff && isName(t) {
			return t
		}
	}
	for _, p := range a.Paragraphs {
		if !p.Heading {
			if m := reCredit().FindStringSubmatch(p.Text); m != nil {
				return m[1]
			}
			break
		}
	}
	return ""
}

// isTagline reports an outlet's name and slogan ("Serratski Glas - the
// voice of the north since 1946", "Marcador Diario · All the sport").
func isTagline(t string) bool {
	for _, sep := range []string{" - ", " · ", " | ", " – "} {
		if i := strings.Index(t, sep); i > 0 && isName(t[:i]) && len(strings.Fields(t)) <= 12 && !endsSentence(t) {
			return true
		}
	}
	return false
}

// isName reports a line that reads as a name: words that start with a
// capital letter, no digits, no punctuation but in abbreviations.
func isName(t string) bool {
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '&' && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return true
}

// isProse reports a paragraph of running text rather than a list entry or
// a table row: few of its words are numbers.
func isProse(t string) bool {
	words := strings.Fields(t)
	digits := 0
	for _, w := range words {
		if w[0] >= '0' && w[0] <= '9' {
			digits++
		}
	}
	return digits*100 < len(words)*15
}

// key identifies a paragraph whatever its quotes, case and spacing: an
// FNV-1a hash of its lowercased letters and digits (0 when it has none).
func key(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h, n := uint64(offset), 0
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				r = rune(c)
			case c >= 'A' && c <= 'Z':
				r = rune(c + 'a' - 'A')
			default:
				continue
			}
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			r = unicode.ToLower(r)
		}
		h = (h ^ uint64(r)) * prime
		n++
	}
	if n == 0 {
		return 0
	}
	return h
}

// isHeading reports a short line with no sentence-final punctuation.
func isHeading(t string) bool {
	if strings.Count(t, " ") >= 30 {
		return false
	}
	if utf8.RuneCountInString(t) > 200 {
		return false // long even without spaces (Chinese, Japanese)
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, `"') 」』）`))
	return !strings.ContainsRune(".!?:。！？…", last)
}

var (
	reURL = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:https?://|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|uk|ir|io|info|news|tv|de|fr)(?:/\S*)?$`)
	})
	// reCaption matches the credit that ends a photo caption.
	reCaption = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)(?:\((?:photo|photograph|image|picture|file photo|pic|credit)\b[^)]*\)|\((?:AFP|AP|Reuters|Getty Images|EPA|Xinhua|Bloomberg)(?:[ /][^)]*)?\)|(?:getty images|afp/getty|ap photo(?:/[a-z. ]+)?|reuters/[a-z ]+|photo: [^.]{2,40}))\s*\.?$`)
	})
	reCaptionStart = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:photo|image|picture|caption|file photo)\s*(?::|by\b|credit\b)`)
	})
	reBoilerplate = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
			`(?:share|tweet|e-?mail|print|pin|save)(?: (?:this|the))?(?: (?:article|story|page|post|video))?(?: (?:on|via|with) .*)?`,
			`share (?:this|on|via)\b.*`,
			`follow us\b.*`, `follow [^.]{1,40} on (?:twitter|facebook|instagram|x|telegram|linkedin)\b.*`,
			`join (?:our|us)\b.*(?:channel|newsletter|community|group|telegram|whatsapp)\b.*`,
			`(?:subscribe|sign up|register)\b.*`, `(?:click|tap) here\b.*`,
			`source(?: link)?(?::.*)?`, `via:? \S+`,
			`.*can (?:also )?be accessed at\b.*`, `.*alternate addresses.*`,
			`(?:©|copyright\b|\(c\) ).*`, `all rights reserved.*`,
			`advertisement`, `(?:story|article) continues below.*`, `continue reading.*`,
			`\(?(?:reporting|writing|editing|additional reporting|compiled|written) by\b.*`,
			`by [A-Z][^.]{0,40}`, `(?:updated|published|posted):? .{0,40}`,
			`.*\b(?:will update this|this (?:story|article) (?:will be updated|is developing|has been updated)|check back (?:later|for updates))\b.*`,
			`translated (?:automatically |by machine )?from (?:the )?[A-Z][a-z]+\b.*`,
			`(?:[-=_*~]{3,} ?)?sign up\b.*`, `.*\b(?:by signing up|sign up (?:for|to) (?:our|the [\w ]{0,30}(?:newsletter|briefing|alerts|updates|emails))|sign up (?:here|now)|join our mailing list|subscribe (?:to|for) (?:our|the)|our (?:daily |weekly |free |morning |evening )?newsletters?)\b.*`,
			`.*\b(?:(?:was )?first published (?:by|in|on)|republished (?:by|with|under)|publishes this (?:report|article|story) from|with wire reports|is reproduced (?:by|with|from)|under licen[cs]e)\b.*`,
			`(?:image|photo|video) (?:source|copyright|caption).*`,
			`(?:listen|watch)(?: to)? (?:this|the) (?:article|story|video).*`,
			`(?:we|this site) uses? cookies.*`, `(?:accept|manage) cookies.*`,
		}, "|") + `)$`)
	})
	reTail = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:related(?: (?:posts?|articles?|stories|story|coverage|content|news|topics|links|reading))?|read (?:more|next|also)(?: on| about)?|more (?:from|on|stories|news|in|about)\b.*|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories)?|trending(?: now| stories)?|most (?:read|popular|viewed)|see also|also read|(?:\d+ )?comments?|leave a (?:comment|reply)|(?:post|add|show|view) (?:a )?comments?|discussion)\s*:?$`)
	})
)

// isTailMarker reports the heading of a related-links or comments block: it
// and everything after it is not the article.
func isTailMarker(t string) bool { return len(t) < 60 && reTail().MatchString(t) }

// boilerStarts are the first words of reBoilerplate's lines; checking them
// first spares the regular expression on ordinary paragraphs.
var boilerStarts = map[string]bool{
	"share": true, "tweet": true, "email": true, "e-mail": true, "print": true, "pin": true,
	"save": true, "follow": true, "join": true, "subscribe": true, "sign": true, "register": true,
	"click": true, "tap": true, "source": true, "source:": true, "via": true, "via:": true, "©": true,
	"copyright": true, "(c)": true, "all": true, "advertisement": true, "story": true,
	"article": true, "continue": true, "reporting": true, "writing": true, "editing": true,
	"additional": true, "by": true, "updated": true, "updated:": true, "published": true,
	"published:": true, "posted": true, "posted:": true, "image": true, "photo": true,
	"video": true, "listen": true, "watch": true, "we": true, "this": true, "accept": true, "manage": true,
	"(reporting": true, "(writing": true, "(editing": true, "(compiled": true, "(additional": true,
	"compiled": true, "written": true, "translated": true,
}

func mayBeCrumb(t string) bool {
	return strings.ContainsAny(t, "/>|") || strings.Contains(t, "»") || strings.Contains(t, "›")
}

// mayBeCaption spares the caption expressions on text that names no
// picture and no picture agency.
func mayBeCaption(tail string) bool { return captionWords.in(tail) }

var captionWords = newWordSet("photo", "image", "picture", "getty", "reuters", "afp", "(ap", "epa", "xinhua", "bloomberg", "credit", "pic", "caption")

// reSiteNotice matches what a page says about itself rather than the news:
// web-archive crawl notices, embedded-tweet help, script and browser
// warnings. Such paragraphs run longer than a share prompt.
var reSiteNotice = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:wayback machine|internet archive\b.*\bcrawl|crawl data|archive pages as they are created|location information to your tweets|tweet location history|javascript is (?:disabled|not enabled|required|turned off)|(?:please )?enable javascript|your browser (?:does not support|is out of date|is not supported)|you are using an (?:outdated|unsupported) browser)`)
})

var siteWords = newWordSet("wayback", "internet archive", "crawl", "tweet", "javascript", "your browser", "outdated browser", "unsupported browser")

var boilerWords = newWordSet("sign up", "signing up", "mailing list", "newsletter", "subscribe", "accessed at", "alternate addresses", "update this", "published", "publishes this", "wire reports", "reproduced", "under licen", "check back", "will be updated", "is developing")

// wordSet finds any of a few lowercase ASCII phrases in a text, ignoring
// ASCII case, in one pass and without allocating: cleaning asks this of
// every paragraph.
type wordSet [256][]string

func newWordSet(words ...string) *wordSet {
	var ws wordSet
	for _, w := range words {
		ws[w[0]] = append(ws[w[0]], w)
	}
	return &ws
}

func (ws *wordSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, w := range ws[c] {
			if len(s)-i >= len(w) && hasPrefixFold(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the lowercase ASCII prefix p,
// ignoring the case of s.
func hasPrefixFold(s, p string) bool {
	for j := 0; j < len(p); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[j] {
			return false
		}
	}
	return true
}

func mayBeBoilerplate(t string) bool {
	first := t
	if i := strings.IndexByte(t, ' '); i >= 0 {
		first = t[:i]
	}
	if boilerStarts[strings.ToLower(first)] {
		return true
	}
	return boilerWords.in(t)
}

// classify returns why a paragraph is boilerplate, or "".
func classify(t string) string {
	if strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return ReasonBoilerplate
	}
	if strings.Count(t, " ") < 20 && isByline(t) {
		return ReasonByline
	}
	if mayBeCrumb(t) && read.IsCrumb(t) {
		return ReasonNavigation
	}
	if !strings.Contains(t, " ") && reURL().MatchString(t) {
		return ReasonLink
	}
	words := strings.Count(t, " ") + 1 // normalised text has single spaces
	if words <= 25 && mayBeBoilerplate(t) && reBoilerplate().MatchString(t) {
		// A byline-like line that is a real sentence ("By noon, ...") ends
		// with a full stop; keep it.
		if strings.HasPrefix(strings.ToLower(t), "by ") && strings.HasSuffix(t, ".") {
			return ""
		}
		return ReasonBoilerplate
	}
	if words <= 120 && siteWords.in(t) && reSiteNotice().MatchString(t) {
		return ReasonBoilerplate
	}
	// The credit ends a caption: only the tail needs the costly match.
	tail := t
	if len(tail) > 100 {
		tail = tail[len(tail)-100:]
	}
	if words <= 80 && mayBeCaption(tail) && (reCaption().MatchString(tail) || reCaptionStart().MatchString(t)) {
		return ReasonCaption
	}
	return ""
}
