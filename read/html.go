package read

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/language"

	"storyline"
)

// ErrNoText is returned, wrapped, for an input in which no article text was
// found: a page of navigation only, an empty document.
var ErrNoText = errors.New("no article text")

// MaxHTMLSize caps an HTML page, counted after decompression: real article
// pages are well under a few megabytes, and extraction time grows with size.
const MaxHTMLSize = 20 << 20

// HTML reads one HTML page, gzip-compressed or not, and returns its article:
// the main text in Body (paragraphs separated by blank lines, without
// navigation, share buttons, captions, related links or comments) and what
// the page's metadata tells of its title, outlet, URL, date and language.
// name is used for the ID, the Origin and messages.
func HTML(ctx context.Context, name string, r io.Reader) (*storyline.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, &InputError{name, err}
	}
	page, err := htmlReadInput(r)
	if err != nil {
		return nil, &InputError{name, err}
	}
	doc, err := html.Parse(bytes.NewReader(htmlToUTF8(page)))
	if err != nil {
		return nil, &InputError{name, fmt.Errorf("parsing HTML: %w", err)}
	}
	htmlInlineCustomElements(doc)
	res, err := htmlExtract(doc)
	if err != nil {
		return nil, &InputError{name, err}
	}
	if err := ctx.Err(); err != nil {
		return nil, &InputError{name, err}
	}
	meta := res.Metadata
	links := htmlElementTexts(doc, "a")
	titles := append(htmlElementTexts(doc, "h1", "title"), meta.Title)
	paras := htmlParagraphs(res.ContentNode)
	paras = htmlDropHeadline(paras, htmlKeySet(titles...))
	paras = htmlDropStandfirst(doc, paras, meta.Description)
	paras = htmlDropLinks(paras, htmlKeySet(links...))
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.text
	}
	body := strings.Join(texts, "\n\n")
	if body == "" || htmlIsNavigation(body, append(links, titles...)) {
		return nil, &InputError{name, fmt.Errorf("%w found in HTML", ErrNoText)}
	}
	a := &storyline.Article{
		ID:        baseID(name),
		Title:     strings.TrimSpace(meta.Title),
		URL:       meta.URL,
		Source:    htmlSource(meta.Sitename, meta.URL),
		Published: meta.Date,
		Origin:    name,
		Lang:      htmlLang(doc, meta.Language),
		Body:      body,
	}
	return a, nil
}

// htmlReadInput reads a page, decompressing it when it starts with gzip's
// magic bytes, and refuses one larger than MaxHTMLSize.
func htmlReadInput(r io.Reader) ([]byte, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); isGzip(magic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("reading gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxHTMLSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading HTML: %w", err)
	}
	if len(data) > MaxHTMLSize {
		return nil, fmt.Errorf("%w: HTML page larger than %d bytes", ErrTooLarge, MaxHTMLSize)
	}
	return data, nil
}

// htmlToUTF8 converts a page to UTF-8. A page that is valid UTF-8 is taken as
// such whatever it declares, since legacy-encoded text is almost never valid
// UTF-8 by chance while pages that were re-saved keep a stale declaration.
// Otherwise its BOM or <meta charset> decides, and Windows-1252 is assumed.
func htmlToUTF8(page []byte) []byte {
	if utf8.Valid(page) {
		return page
	}
	enc, _, _ := charset.DetermineEncoding(page, "text/html")
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return page
	}
	return out
}

// htmlInlineCustomElements turns custom elements (a name with a hyphen, as
// <hl-trusted-source>) inside a paragraph into <span>: go-trafilatura drops
// elements it does not know with the text around them, which cut sentences
// where a page wraps a link or a term in such an element.
func htmlInlineCustomElements(n *html.Node) {
	var walk func(n *html.Node, inPara bool)
	walk = func(n *html.Node, inPara bool) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "p":
				inPara = true
			case inPara && strings.Contains(n.Data, "-"):
				n.Data, n.DataAtom = "span", atom.Span
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inPara)
		}
	}
	walk(n, false)
}

// htmlOptions are go-trafilatura's options for a news page.
func htmlOptions() trafilatura.Options {
	return trafilatura.Options{
		// Readability and DOM Distiller are compared with trafilatura's own
		// result, which rescues pages whose markup its rules miss.
		EnableFallback:  true,
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
		// The date from the page's metadata and markup, with its time of day
		// when given; the extensive search of the text is slow and adds little
		// to what a news page declares.
		HtmlDateOptions: &htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, ExtractTime: true},
	}
}

// htmlExtract runs go-trafilatura on doc, turning a panic on odd markup into
// an error.
func htmlExtract(doc *html.Node) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("HTML extraction failed: %v", p)
		}
	}()
	res, err = trafilatura.ExtractDocument(doc, htmlOptions())
	if err != nil {
		return nil, fmt.Errorf("%w found in HTML (%v)", ErrNoText, err)
	}
	if res == nil || res.ContentNode == nil {
		return nil, fmt.Errorf("%w found in HTML", ErrNoText)
	}
	return res, nil
}

// htmlSource names the outlet: the site name of the metadata, else the host
// of the page's URL without "www.".
func htmlSource(sitename, pageURL string) string {
	if s := strings.TrimSpace(sitename); s != "" {
		return s
	}
	u, err := url.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// htmlLang returns the page's language as a BCP 47 tag: the lang attribute
// of <html> when it is a valid tag, else the language that go-trafilatura
// detected from the text.
func htmlLang(doc *html.Node, detected string) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode || n.Data != "html" {
			continue
		}
		for _, at := range n.Attr {
			if at.Key != "lang" && at.Key != "xml:lang" {
				continue
			}
			if tag, err := language.Parse(strings.TrimSpace(at.Val)); err == nil && tag != language.Und {
				return tag.String()
			}
		}
	}
	if tag, err := language.Parse(detected); err == nil && tag != language.Und {
		return tag.String()
	}
	return ""
}

// htmlBlocks are the elements that start a new paragraph of text.
var htmlBlocks = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "dl": true, "li": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "tr": true, "hr": true,
	"figure": true, "summary": true, "details": true, "header": true, "footer": true,
	"aside": true, "nav": true, "address": true,
}

// htmlSkipped are elements whose text is never article text.
var htmlSkipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"figcaption": true, "button": true, "select": true, "svg": true,
}

// htmlPara is one paragraph of extracted text.
type htmlPara struct {
	text string
	// key is text reduced by htmlKey, for comparisons.
	key string
	// list is the list (ul, ol, dl) the paragraph is an item of, or nil.
	list *html.Node
}

// htmlParagraphs renders the extracted content as paragraphs: one per block
// element, <br> kept as a line break, spaces collapsed.
func htmlParagraphs(root *html.Node) []htmlPara {
	var paras []htmlPara
	var cur strings.Builder
	var list *html.Node
	flush := func() {
		if t := htmlCollapse(cur.String()); t != "" {
			paras = append(paras, htmlPara{text: t, key: htmlKey(t), list: list})
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			htmlAppendText(&cur, n.Data)
			return
		case html.ElementNode:
			switch {
			case htmlSkipped[n.Data]:
				return
			case n.Data == "br":
				cur.WriteByte('\n')
				return
			case htmlBlocks[n.Data]:
				flush()
				defer flush()
			case n.Data == "td" || n.Data == "th":
				defer cur.WriteByte(' ')
			}
			if n.Data == "ul" || n.Data == "ol" || n.Data == "dl" {
				outer := list
				list = n
				defer func() { list = outer }()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	flush()
	return paras
}

// htmlAppendText appends a text node to the paragraph being built, with a
// space before it when htmlNeedsSpace says so.
func htmlAppendText(b *strings.Builder, text string) {
	if text != "" && b.Len() > 0 && htmlNeedsSpace(b.String(), text) {
		b.WriteByte(' ')
	}
	b.WriteString(text)
}

// htmlNeedsSpace reports whether a space must go between two text nodes.
// Extraction trims the text around inline elements ("<b>Summary</b> Studies"
// comes out as "<b>Summary</b>Studies"), so a space is put back unless
// punctuation shows the two were meant to touch, both sides are of a script
// written without spaces, or the text before is a lone letter: a drop cap
// ("<span>W</span>hile").
func htmlNeedsSpace(before, after string) bool {
	prev, _ := utf8.DecodeLastRuneInString(before)
	next, _ := utf8.DecodeRuneInString(after)
	switch {
	case unicode.IsSpace(prev) || unicode.IsSpace(next):
		return false
	case strings.ContainsRune("([{\"'‘“/-–—#@$", prev) || strings.ContainsRune(")]}.,;:!?\"'’”%/-–—…", next):
		return false
	case htmlUnspaced(prev) && htmlUnspaced(next):
		return false
	case unicode.IsLetter(prev) && utf8.RuneCountInString(strings.TrimSpace(before)) == 1:
		return false
	}
	return true
}

// htmlUnspaced reports a character of a script written without spaces
// between words (Chinese, Japanese, Thai, ...): no space goes between two of
// them, while one may set off a Latin word among them.
func htmlUnspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// htmlCollapse collapses runs of spaces within each line of s, drops empty
// lines and invisible characters (soft hyphens, zero-width spaces, BOMs) that
// would otherwise split words.
func htmlCollapse(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00ad', '\u200b', '\u2060', '\ufeff':
			return -1
		}
		return r
	}, s)
	var lines []string
	for line := range strings.SplitSeq(s, "\n") {
		if l := strings.Join(strings.Fields(line), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// htmlKey reduces a text to its words, lowercased, for comparing a paragraph
// with a headline or a link whatever their punctuation and spacing.
func htmlKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}), " ")
}

// htmlNodeText returns the text below n, text nodes separated by spaces.
func htmlNodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && htmlSkipped[n.Data] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// htmlElementTexts returns the text of every element of doc named one of
// tags, elements inside a match left out.
func htmlElementTexts(doc *html.Node, tags ...string) []string {
	var texts []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && slices.Contains(tags, n.Data) {
			texts = append(texts, htmlNodeText(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return texts
}

// htmlKeySet returns the set of the keys of texts.
func htmlKeySet(texts ...string) map[string]bool {
	set := make(map[string]bool, len(texts))
	for _, t := range texts {
		if k := htmlKey(t); k != "" {
			set[k] = true
		}
	}
	return set
}

// htmlDropHeadline drops the headline that extraction often keeps at the top
// of the text: the article has it as its Title.
func htmlDropHeadline(paras []htmlPara, titles map[string]bool) []htmlPara {
	for i := 0; i < len(paras) && i < 3; i++ {
		k := paras[i].key
		if titles[k] {
			return slices.Delete(slices.Clone(paras), i, i+1)
		}
		if strings.Count(k, " ") < 2 {
			continue
		}
		// A <title> often adds the outlet: "Headline | Outlet".
		for t := range titles {
			if strings.HasPrefix(t, k+" ") || strings.HasSuffix(t, " "+k) {
				return slices.Delete(slices.Clone(paras), i, i+1)
			}
		}
	}
	return paras
}

// htmlDropStandfirst drops a standfirst: a summary printed under the headline
// that repeats the page's description. Many pages instead use the lede, the
// first paragraph of the body, as description, and that one must stay. The
// page's layout tells them apart: a lede sits among the body's paragraphs, a
// sibling of the next one, while a standfirst sits with the headline, in
// another container.
func htmlDropStandfirst(doc *html.Node, paras []htmlPara, description string) []htmlPara {
	dk := htmlKey(description)
	if dk == "" {
		return paras
	}
	for i := 0; i+1 < len(paras) && i < 2; i++ {
		if paras[i].key != dk {
			continue
		}
		next := strings.Fields(paras[i+1].key)
		nk := strings.Join(next[:min(8, len(next))], " ")
		de := htmlFind(doc, func(k string) bool { return k == dk })
		ne := htmlFind(doc, func(k string) bool { return nk != "" && strings.HasPrefix(k, nk) })
		if de == nil || ne == nil || ne.Parent == de.Parent || (ne.Parent != nil && ne.Parent.Parent == de.Parent) {
			return paras
		}
		return slices.Delete(slices.Clone(paras), i, i+1)
	}
	return paras
}

// htmlFind returns the deepest element of the first subtree, in document
// order, whose text satisfies match (given its htmlKey).
func htmlFind(n *html.Node, match func(key string) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || htmlSkipped[c.Data] {
			continue
		}
		if match(htmlKey(htmlNodeText(c))) {
			if deeper := htmlFind(c, match); deeper != nil {
				return deeper
			}
			return c
		}
		if found := htmlFind(c, match); found != nil {
			return found
		}
	}
	return nil
}

// htmlDropLinks drops paragraphs that are nothing but the text of a link of
// the page: teasers of other articles ("Related: ...", "CLICK HERE ..."),
// which extraction keeps once it has stripped the link. An item of a list
// goes only when at least half the items of its list are links, since such a
// list is navigation while a list of text with a few links is content.
func htmlDropLinks(paras []htmlPara, links map[string]bool) []htmlPara {
	items := make(map[*html.Node]int)
	linked := make(map[*html.Node]int)
	for _, p := range paras {
		if p.list != nil {
			items[p.list]++
			if links[p.key] {
				linked[p.list]++
			}
		}
	}
	out := make([]htmlPara, 0, len(paras))
	for _, p := range paras {
		if !links[p.key] || (p.list != nil && 2*linked[p.list] < items[p.list]) {
			out = append(out, p)
		}
	}
	return out
}

// htmlIsNavigation reports a text whose words are nearly all those of the
// page's links and title (given in labels): what extraction's last resort
// returns for a page that is only navigation. On real articles well over a
// third of the words are the article's own, even on pages dense with links.
func htmlIsNavigation(body string, labels []string) bool {
	avail := make(map[string]int)
	for _, l := range labels {
		for _, w := range strings.Fields(htmlKey(l)) {
			avail[w]++
		}
	}
	words := strings.Fields(htmlKey(body))
	own := 0
	for _, w := range words {
		if avail[w] > 0 {
			avail[w]--
		} else {
			own++
		}
	}
	return own < 5 || 5*own < len(words)
}
