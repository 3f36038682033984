package read

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"storyline"
)

// readFeed reads an RSS or Atom feed through gofeed: each item is an
// article, its content (or, failing that, its description) turned from HTML
// into paragraphs.
func readFeed(_ context.Context, name string, data []byte) (arts []*storyline.Article, err error) {
	defer func() {
		// A parser bug must not take the other inputs down with it.
		if r := recover(); r != nil {
			arts, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a valid RSS or Atom feed: %w", err)
	}
	var errs []error
	for i, it := range feed.Items {
		a := &storyline.Article{
			ID:     fmt.Sprintf("%s-%d", baseID(name), i+1),
			Source: strings.TrimSpace(feed.Title),
			Title:  strings.TrimSpace(htmlText(it.Title)),
			URL:    it.Link,
			Origin: fmt.Sprintf("%s#%d", name, i+1),
		}
		if it.GUID != "" && !strings.Contains(it.GUID, "/") && len(it.GUID) <= 64 {
			a.ID = it.GUID
		}
		switch {
		case it.PublishedParsed != nil:
			a.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			a.Published = *it.UpdatedParsed
		}
		content := it.Content
		if len(strings.TrimSpace(htmlText(content))) < len(strings.TrimSpace(htmlText(it.Description))) {
			content = it.Description
		}
		a.Body = htmlText(content)
		if strings.TrimSpace(a.Body) == "" {
			errs = append(errs, fmt.Errorf("item %d (%q): no text", i+1, a.Title))
			continue
		}
		arts = append(arts, a)
	}
	if len(feed.Items) == 0 {
		return nil, errors.New("feed has no items")
	}
	return arts, joinErrs(errs)
}

// blockTags end a paragraph when HTML is turned into text.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true,
	"article": true, "figure": true, "ul": true, "ol": true, "table": true,
}

// htmlText turns an HTML fragment into plain paragraphs separated by blank
// lines, dropping scripts, styles and figure captions. Plain text passes
// through unchanged.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidyParagraphs(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			tn, _ := z.TagName()
			tag := string(tn)
			switch tag {
			case "script", "style", "figcaption", "noscript", "iframe":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			}
			if blockTags[tag] {
				b.WriteString("\n\n")
			}
		}
	}
}

// tidyParagraphs collapses spaces in each paragraph and joins paragraphs
// with one blank line.
func tidyParagraphs(s string) string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}
