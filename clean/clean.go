// Package clean keeps the news in an article and drops the rest: navigation
// crumbs, share and follow prompts, photo captions, related-link lists,
// comments, sign-offs, bare web addresses and paragraphs printed twice. It
// rejoins lines broken inside a sentence and normalises Unicode, keeping for
// every byte of cleaned text its offset in the article as read.
package clean

import (
	"math/bits"
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
	ReasonSiteNotice  = "site-notice"
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
	tail := false    // after a "Related posts" or "Comments" marker
	noticeWords := 0 // in paragraphs dropped as site notices
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
			if reason == ReasonSiteNotice {
				noticeWords += wordCount(text)
			}
			continue
		}
		seen[k] = true
		p.Heading = isHeading(text)
		a.Paragraphs = append(a.Paragraphs, p)
	}
	if noticeWords > 0 {
		dropWidgetRest(a, noticeWords)
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

// dropWidgetRest drops the rest of a page that is mostly site notices (a
// sign-in form, a crawl description): its fragments ("Why are we asking
// this?") and its lines on the notices' subjects. Mostly means the notices
// have more words than all the page keeps. A short report with a video
// player under it keeps its sentences: only those go.
func dropWidgetRest(a *storyline.Article, noticeWords int) {
	kept := 0
	for _, p := range a.Paragraphs {
		kept += wordCount(p.Text)
	}
	if kept >= noticeWords {
		return
	}
	out := a.Paragraphs[:0]
	for _, p := range a.Paragraphs {
		if wordCount(p.Text) < 10 || widgetWords.inWords(p.Text) {
			a.Dropped = append(a.Dropped, storyline.Dropped{Text: p.Text, Reason: ReasonSiteNotice, Start: p.Start, End: p.End})
			continue
		}
		out = append(out, p)
	}
	a.Paragraphs = out
}

// widgetWords name what the pages that talk about themselves talk about:
// crawls, tweets, accounts, browsers. Only on a page that is mostly such
// notices does a paragraph that names them go with them.
var widgetWords = newWordSet("crawl", "url", "tweet", "sign in", "log in", "login", "account", "regist", "browser", "javascript", "webmaster", "domain")

// wordCount counts the words of normalised text, which has single spaces.
func wordCount(t string) int { return strings.Count(t, " ") + 1 }

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
			`(?:join|like|find) us (?:on|at) (?:facebook|twitter|instagram|linkedin|youtube|\S+\.com)\b.*`, `join the conversation\b.*`,
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
	"compiled": true, "written": true, "translated": true, "like": true, "find": true,
}

func mayBeCrumb(t string) bool {
	return strings.ContainsAny(t, "/>|") || strings.Contains(t, "»") || strings.Contains(t, "›")
}

// mayBeCaption spares the caption expressions on text that names no
// picture and no picture agency.
func mayBeCaption(tail string) bool { return captionWords.in(tail) }

var captionWords = newWordSet("photo", "image", "picture", "getty", "reuters", "afp", "(ap", "epa", "xinhua", "bloomberg", "credit", "pic", "caption")

// siteNotices are what a page says about itself rather than the news, one
// kind a line, phrased as any such page words it: in the second person, or
// of "this" crawl or page, where a news report would tell of others. Each
// kind lists the phrases (lowercase, each starting a word) one of which its
// expression needs, so a paragraph is matched only against the kinds whose
// phrases it holds: most hold none.
var siteNotices = []struct {
	words []string
	expr  string
}{
	// Web-archive crawl descriptions: the crawl spoken of as "this", its
	// jargon (seed lists, WARC files, captures, URLs per domain), its
	// access notes.
	{[]string{"crawl", "wayback", "archive pages"}, `\b(?:this|our|their|its) (?:set of )?crawl data\b|\bcrawl data to the internet archive\b|\bwayback machine after\b|\barchive pages as they are created\b`},
	{[]string{"crawl"}, `\b(?:this|the|our) (?:\w+ )?crawls? (?:was|were|is|has been) (?:run|performed|started|conducted|done)\b|\bseeds? (?:list |urls? )?for (?:this|the|our) crawl\b|\bcrawls? (?:performed|run|conducted) by\b|\bcrawls? of (?:outlinks|urls|links|hosts|domains)\b|\bcrawl (?:start|end) (?:date|time)\b|\bseed ?(?:list|url)s?\b.*\bcrawl|\bcrawl\w*\b.*\bseed ?(?:list|url)s?\b`},
	{[]string{"warc", "archive-it", "web captures", "web collection"}, `\bwarc files?\b|\barchive-it\b|\bweb (?:captures|collections? curated)\b`},
	{[]string{"number of captures", "number of unique", "number of urls", "number of hosts", "number of domains", "per domain", "per host", "inter-domain", "interdomain"},
		`^number of (?:captures|unique urls|urls|hosts|domains) ?:|\b(?:urls|hosts|pages) per (?:domain|host)\b|\binter-?domain (?:links?|navigational)\b`},
	{[]string{"not publicly", "currently publicly", "available to the general", "available to the public"},
		`\b(?:these|this) (?:files|data|data ?set|collection|captures|crawls?) (?:is|are) (?:currently )?not (?:currently )?(?:publicly (?:accessible|available)|available to the (?:general )?public)\b`},
	// Tweet location help.
	{[]string{"your tweets", "with a location", "with your location", "tweet location"}, `\blocation (?:information )?to your tweets|\btweet(?:s|ing)? with (?:a |your )?location\b|\btweet location history`},
	// Script, browser and video-player notices.
	{[]string{"javascript", "your browser", "outdated browser", "unsupported browser", "html5"},
		`javascript is (?:disabled|not enabled|required|turned off)|(?:please )?enable javascript|your browser (?:does not support|doesn't support|is out of date|is not supported)|you are using an (?:outdated|unsupported) browser|\bhtml5[- ](?:capable|compatible|enabled)? ?(?:browser|player)`},
	{[]string{"be loaded"}, `\b(?:the|this) (?:interactive |video )?(?:transcript|video|player|playlist|content) (?:could not|cannot|can't|couldn't) be loaded\b`},
	{[]string{"video has been", "this video is", "copy this code"}, `\b(?:once|when|after) the video has been (?:rented|purchased)\b|\bthis video is (?:unavailable|private|no longer available)\b|\bcopy this code to your (?:website|site|blog)\b`},
	{[]string{"try again later", "available right now", "in your country", "in your region", "in your area"},
		`\bplease try again later\b|\b(?:this|the) (?:feature|video|content|service|page) is (?:not |un|temporarily un)available right now\b|\bnot available in your (?:country|region|area)\b`},
	{[]string{"error occurred", "error has occurred", "went wrong"}, `\b(?:an error (?:has )?occurred|something went wrong)\b[^.!]{0,40}[.!] ?(?:please )?(?:try again|reload|refresh)\b`},
	// Missing-page (404) notices.
	{[]string{"page you", "page requested"}, `\bpage (?:you (?:requested|are looking for|were looking for|tried to (?:reach|access|visit))|requested) (?:could not|cannot|can't|does not|doesn't|no longer)\b`},
	{[]string{"page could", "page cannot", "page can't", "page not found", "bookmark", "url may", "no longer be here", "webmaster"},
		`\b(?:this|the requested) page (?:could not|cannot|can't) be found\b|^(?:error )?(?:404 )?(?:- |: )?page not found\b|\bfrom a bookmark\b|\burl may have changed\b|\bmay no longer be here\b|\bcontact (?:our|the) webmaster\b`},
	// Sign-in and registration forms.
	{[]string{"sign in", "signin", "log in", "login"}, `^(?:please )?(?:sign|log) ?in (?:using|with|via) (?:your?|an?)\b|\bplease (?:sign|log) ?in\b|\b(?:sign|log) ?in to (?:update|manage|edit) your\b`},
	{[]string{"you agree", "you accept", "you consent"}, `\bby \w+ing\b[^.]{0,80}?\byou (?:agree|accept|consent)(?: to)? (?:our|the|receive|receiving)\b`},
	{[]string{"have an account", "we've sent", "we have sent"}, `\b(?:already|don't|do not) have an account\?|\bwe(?:'ve| have) sent (?:you )?an? (?:confirmation|verification|activation) (?:email|e-mail|link)\b`},
	{[]string{"check your email", "check your inbox", "link to activate", "link to verify", "link to confirm", "for registering", "for signing up", "for subscribing", "for your registration"},
		`\b(?:please check your (?:email|inbox)|click (?:on )?the link) to (?:activate|verify|confirm) your\b|^thanks?(?: you)? for (?:registering|signing up|subscribing|your registration)\b`},
	{[]string{"forgot", "create an account"}, `\bforgot(?:ten)? (?:your )?(?:password|username)\b|^create an account\b`},
	// Web-hosting notices.
	{[]string{"domain mapping", "help cent"}, `\b(?:custom )?domain mapping\b|\bvisit our help (?:center|centre)\b`},
}

// noticeIndex is siteNotices compiled: the phrases by their first byte,
// each with the kind it calls for, and the kinds' expressions.
type noticeIndex struct {
	phrases [256][]noticePhrase
	res     []*regexp.Regexp
}

type noticePhrase struct {
	text string
	kind int
}

var siteNoticeIndex = sync.OnceValue(func() *noticeIndex {
	ix := &noticeIndex{}
	for k, n := range siteNotices {
		for _, w := range n.words {
			ix.phrases[w[0]] = append(ix.phrases[w[0]], noticePhrase{w, k})
		}
		ix.res = append(ix.res, regexp.MustCompile(`(?i)`+n.expr))
	}
	return ix
})

// siteNoticeKinds returns, as bits, the kinds of site notice whose phrases
// t holds, looking only where a word starts: after a space and any opening
// punctuation ("(Please", "--URLs"), as t is normalised to single spaces.
func siteNoticeKinds(t string) uint64 {
	ix := siteNoticeIndex()
	var kinds uint64
	for i := 0; i < len(t); {
		for i < len(t) && !isAlnum(t[i]) && t[i] != ' ' {
			i++
		}
		if i+1 < len(t) {
			// Comparing the second byte first spares most calls.
			c2 := lower(t[i+1])
			for _, p := range ix.phrases[lower(t[i])] {
				if p.text[1] == c2 && len(t)-i >= len(p.text) && hasPrefixFold(t[i:], p.text) {
					kinds |= 1 << p.kind
				}
			}
		}
		next := strings.IndexByte(t[i:], ' ')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return kinds
}

// lower lowercases an ASCII letter.
func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isSiteNotice reports a paragraph that matches a kind of site notice.
func isSiteNotice(t string) bool {
	kinds := siteNoticeKinds(t)
	for kinds != 0 {
		k := bits.TrailingZeros64(kinds)
		kinds &^= 1 << k
		if siteNoticeIndex().res[k].MatchString(t) {
			return true
		}
	}
	return false
}

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

func (ws *wordSet) in(s string) bool { return ws.find(s, false) }

// inWords is in for phrases that start a word: it looks only where a word
// starts, which spares most of the comparisons of a long set.
func (ws *wordSet) inWords(s string) bool { return ws.find(s, true) }

func (ws *wordSet) find(s string, wordStarts bool) bool {
	for i := 0; i < len(s); i++ {
		if wordStarts && i > 0 && isAlnum(s[i-1]) {
			continue
		}
		for _, w := range ws[lower(s[i])] {
			if len(s)-i >= len(w) && hasPrefixFold(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// isAlnum reports an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// hasPrefixFold reports whether s starts with the lowercase ASCII prefix p,
// ignoring the case of s.
func hasPrefixFold(s, p string) bool {
	for j := 0; j < len(p); j++ {
		if lower(s[j]) != p[j] {
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
	if words <= 120 && isSiteNotice(t) {
		return ReasonSiteNotice
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
