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

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
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
	page, err := readHTMLInput(r)
	if err != nil {
		return nil, &InputError{name, err}
	}
	doc, err := html.Parse(bytes.NewReader(toUTF8(page)))
	if err != nil {
		return nil, &InputError{name, fmt.Errorf("parsing HTML: %w", err)}
	}
	res, err := extractHTML(doc)
	if err != nil {
		return nil, &InputError{name, err}
	}
	if err := ctx.Err(); err != nil {
		return nil, &InputError{name, err}
	}
	meta := res.Metadata
	paras := htmlParagraphs(res.ContentNode)
	paras = htmlDropHeadline(paras, htmlTitles(doc, meta.Title))
	paras = htmlDropStandfirst(doc, paras, meta.Description)
	paras = htmlDropLinks(doc, paras)
	body := strings.Join(paras, "\n\n")
	if body == "" {
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

// readHTMLInput reads a page, decompressing it when it starts with gzip's
// magic bytes, and refuses one larger than MaxHTMLSize.
func readHTMLInput(r io.Reader) ([]byte, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
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

// toUTF8 converts a page to UTF-8. A page that is valid UTF-8 is taken as
// such whatever it declares, since legacy-encoded text is almost never valid
// UTF-8 by chance while pages that were re-saved keep a stale declaration.
// Otherwise its BOM or <meta charset> decides, and Windows-1252 is assumed.
func toUTF8(page []byte) []byte {
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

// htmlOptions are go-trafilatura's options for a news page.
func htmlOptions() trafilatura.Options {
	return trafilatura.Options{
		// Readability and DOM Distiller are compared with trafilatura's own
		// result, which rescues pages whose markup its rules miss.
		EnableFallback:  true,
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
		HtmlDateMode:    trafilatura.Fast,
	}
}

// extractHTML runs go-trafilatura on doc, turning a panic on odd markup into
// an error.
func extractHTML(doc *html.Node) (res *trafilatura.ExtractResult, err error) {
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

// htmlParagraphs renders the extracted content as text: one paragraph per
// block element, <br> kept as a line break, spaces collapsed.
func htmlParagraphs(root *html.Node) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := htmlCollapse(cur.String()); p != "" {
			paras = append(paras, p)
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
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	flush()
	return paras
}

// htmlTitles returns the page's headlines as token strings: the title of the
// metadata and the text of each <h1> and <title>.
func htmlTitles(doc *html.Node, title string) []string {
	titles := []string{htmlKey(title)}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "h1" || n.Data == "title") {
			titles = append(titles, htmlKey(htmlNodeText(n)))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return titles
}

// htmlNodeText returns the text below n.
func htmlNodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// htmlKey reduces a text to its words, lowercased, for comparing a paragraph
// with a headline whatever their punctuation and spacing.
func htmlKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}), " ")
}

// htmlDropHeadline drops the headline that extraction often keeps at the top
// of the text: the article has it as its Title.
func htmlDropHeadline(paras, titles []string) []string {
	for i := 0; i < len(paras) && i < 3; i++ {
		k := htmlKey(paras[i])
		if k == "" {
			continue
		}
		for _, t := range titles {
			// A <title> often adds the outlet: "Headline | Outlet".
			if t == k || (strings.Count(k, " ") >= 2 && (strings.HasPrefix(t, k+" ") || strings.HasSuffix(t, " "+k))) {
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
func htmlDropStandfirst(doc *html.Node, paras []string, description string) []string {
	dk := htmlKey(description)
	if dk == "" {
		return paras
	}
	for i := 0; i+1 < len(paras) && i < 2; i++ {
		if htmlKey(paras[i]) != dk {
			continue
		}
		next := strings.Fields(htmlKey(paras[i+1]))
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
		if c.Type != html.ElementNode && c.Type != html.DocumentNode {
			continue
		}
		if c.Type == html.ElementNode && htmlSkipped[c.Data] {
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

// htmlAppendText appends a text node to the paragraph being built. Extraction
// trims the text around inline elements ("<b>Summary</b> Studies" comes out
// as "<b>Summary</b>Studies"), so a space is put back between two text nodes
// unless punctuation shows they were meant to touch, or the paragraph so far
// is a lone letter: a drop cap ("<span>W</span>hile").
func htmlAppendText(b *strings.Builder, text string) {
	if sofar := strings.TrimSpace(b.String()); sofar != "" && text != "" &&
		!(utf8.RuneCountInString(sofar) == 1 && unicode.IsLetter([]rune(sofar)[0])) {
		prev, _ := utf8.DecodeLastRuneInString(b.String())
		next, _ := utf8.DecodeRuneInString(text)
		if !unicode.IsSpace(prev) && !unicode.IsSpace(next) &&
			!strings.ContainsRune("([{\"'‘“/-–—#@$", prev) &&
			!strings.ContainsRune(")]}.,;:!?\"'’”%/-–—…", next) {
			b.WriteByte(' ')
		}
	}
	b.WriteString(text)
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

func htmlDropLinks(doc *html.Node, paras []string) []string {
	links := map[string]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			if k := htmlKey(htmlNodeText(n)); k != "" {
				links[k] = true
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	i, j := 0, len(paras)
	for i < j && links[htmlKey(paras[i])] {
		i++
	}
	for j > i && links[htmlKey(paras[j-1])] {
		j--
	}
	return paras[i:j]
}
