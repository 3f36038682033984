package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTMLFile reads one page of testdata/html with HTML.
func readHTMLFile(t testing.TB, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "html", file))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestHTML(t *testing.T) {
	tests := []struct {
		file                         string
		id, title, source, url, date string
		lang                         string
		paragraphs                   int
		// want are phrases of the article; absent are boilerplate that must
		// not reach the body.
		want, absent []string
	}{
		{
			file:       "harbour.html",
			id:         "harbour",
			title:      "Ferry strike halts crossings to Kellin Island",
			source:     "Harbour Gazette",
			url:        "https://www.harbourgazette.example/news/2024/03/ferry-strike-kellin",
			date:       "2024-03-14T07:30:00Z",
			lang:       "en-GB",
			paragraphs: 6,
			want: []string{
				"All ferry crossings between Port Alder and Kellin Island were cancelled",
				`"We are not doing this lightly," said Ailsa Rendell`,
				"ended with a pay deal brokered by the regional transport board.",
			},
			absent: []string{
				"Ferry strike halts",                    // headline: it is the Title
				"Islanders face a week without a ferry", // standfirst
				"Share on Facebook", "WhatsApp", "Email this article",
				"Photo: Harbour Gazette", // caption
				"Related stories", "New ferry timetable angers",
				"Disgraceful", "islandlass", "Good on the crews", // comments
				"All rights reserved", "Cookie settings", "Subscribe",
			},
		},
		{
			file:       "valley.html",
			id:         "valley",
			title:      "Valley council approves new flood barrier",
			source:     "news.valleycourier.example", // no site name: the host
			url:        "https://news.valleycourier.example/2023/11/21/flood-barrier-approved/",
			date:       "2023-11-21",
			lang:       "en",
			paragraphs: 5,
			want: []string{
				// The lede doubles as description and must stay.
				"Drummond Valley council voted on Tuesday night to build a 900-metre flood barrier",
				// Text after a custom element inside a paragraph stays.
				"£6.2 million (June report), most of it from a national flood defence fund.",
				"Council leader Priya Okonkwo said work would begin in the spring",
				"restoring wetlands, which they said would also help wildlife.",
			},
			absent: []string{
				"Read more", "Two years on, traders", // inline teaser link
				"Get the Courier in your inbox", "Sign up", // newsletter box
				"More from the Courier", "Bus route 42", "Christmas market",
				"Log in", "Terms", "Privacy",
			},
		},
		{
			file:       "lisle-1252.html",
			id:         "lisle-1252",
			title:      "Café owner wins bakery prize",
			source:     "Lisle Weekly",
			lang:       "en",
			paragraphs: 3,
			want: []string{
				"Renée Fauchard, who runs the Café du Pont",
				"this year’s regional bakery prize",
				"comes with £500",
			},
			absent: []string{"Home", "Food"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			name := filepath.Join("testdata", "html", tt.file)
			a, err := HTML(context.Background(), name, bytes.NewReader(readHTMLFile(t, tt.file)))
			if err != nil {
				t.Fatal(err)
			}
			if a.ID != tt.id || a.Title != tt.title || a.Source != tt.source || a.URL != tt.url || a.Lang != tt.lang || a.Origin != name {
				t.Errorf("got ID %q, Title %q, Source %q, URL %q, Lang %q, Origin %q\nwant %q, %q, %q, %q, %q, %q",
					a.ID, a.Title, a.Source, a.URL, a.Lang, a.Origin, tt.id, tt.title, tt.source, tt.url, tt.lang, name)
			}
			// The time of day is checked only where the page gives one.
			got := a.Published.UTC().Format(time.RFC3339)
			if len(tt.date) == len("2006-01-02") {
				got = a.Published.Format(time.DateOnly)
			}
			if a.Published.IsZero() {
				got = ""
			}
			if got != tt.date {
				t.Errorf("Published = %q, want %q", got, tt.date)
			}
			paras := strings.Split(a.Body, "\n\n")
			if len(paras) != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d:\n%s", len(paras), tt.paragraphs, a.Body)
			}
			for _, p := range paras {
				if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "  ") {
					t.Errorf("paragraph not trimmed and collapsed: %q", p)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Body, w) {
					t.Errorf("body lacks %q:\n%s", w, a.Body)
				}
			}
			for _, b := range tt.absent {
				if strings.Contains(a.Body, b) {
					t.Errorf("body has boilerplate %q:\n%s", b, a.Body)
				}
			}
		})
	}
}

// TestHTMLGzip checks that a compressed page reads as the page itself.
func TestHTMLGzip(t *testing.T) {
	page := readHTMLFile(t, "harbour.html")
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(page)
	zw.Close()
	plain, err := HTML(context.Background(), "harbour.html", bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	a, err := HTML(context.Background(), "dir/harbour.html.gz", &zipped)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "harbour" || a.Body != plain.Body || a.Title != plain.Title {
		t.Errorf("gzip: ID %q, Title %q, body equal %v", a.ID, a.Title, a.Body == plain.Body)
	}
	a, err = HTML(context.Background(), "-", bytes.NewReader(page))
	if err != nil || a.ID != "stdin" || a.Origin != "-" {
		t.Errorf("stdin: %v, ID %q, Origin %q", err, a.ID, a.Origin)
	}
}

func TestHTMLErrors(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	io.Copy(zw, io.LimitReader(zeros{}, MaxHTMLSize+1))
	zw.Close()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		in   io.Reader
		want error
	}{
		{"navonly.html", context.Background(), bytes.NewReader(readHTMLFile(t, "navonly.html")), ErrNoText},
		{"empty.html", context.Background(), strings.NewReader(""), ErrNoText},
		{"blank.html", context.Background(), strings.NewReader("<html><body><div>  </div></body></html>"), ErrNoText},
		{"tiny.html", context.Background(), strings.NewReader("<p>Hi.</p>"), ErrNoText},
		{"big.html", context.Background(), io.LimitReader(zeros{}, MaxHTMLSize+1), ErrTooLarge},
		{"bomb.html.gz", context.Background(), &bomb, ErrTooLarge},
		{"broken.html.gz", context.Background(), strings.NewReader("\x1f\x8b\x08\x00garbage"), nil},
		{"late.html", cancelled, bytes.NewReader(readHTMLFile(t, "harbour.html")), context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(tt.ctx, tt.name, tt.in)
			if err == nil {
				t.Fatalf("no error; body %q", a.Body)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.name+": ") {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
}

// zeros is an endless stream of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestHTMLParagraphs checks how extracted markup becomes text.
func TestHTMLParagraphs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		// Extraction trims the space after an inline element.
		{"<p><b>Summary</b>Studies show it.</p>", "Summary Studies show it."},
		{"<p>A <a>link</a>, then <i>more</i>.</p>", "A link, then more."},
		{`<p>He said "<i>no</i>" (<a>1</a>).</p>`, `He said "no" (1).`},
		{"<p><span>W</span>hile it rained.</p>", "While it rained."},
		{"<p>Line one<br>line two</p>", "Line one\nline two"},
		{"<ul><li>First</li><li>Second</li></ul>", "First\n\nSecond"},
		{"<table><tr><td>Team</td><td>Points</td></tr><tr><td>Ayr</td><td>12</td></tr></table>", "Team Points\n\nAyr 12"},
		{"<figure><img src=x><figcaption>A caption.</figcaption></figure><p>Text\u00ad here\u200b.</p>", "Text here."},
		{"<p>  spaced \n\t out  </p>", "spaced\nout"},
		// No space is added inside Chinese or Japanese, one may set off a
		// Latin word.
		{"<p>これは<b>重要</b>です。</p>", "これは重要です。"},
		{"<p>管理ソフト<a>KeePass</a>の起動</p>", "管理ソフト KeePass の起動"},
	}
	for _, tt := range tests {
		root := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
		nodes, err := html.ParseFragment(strings.NewReader(tt.in), root)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range nodes {
			root.AppendChild(n)
		}
		var texts []string
		for _, p := range htmlParagraphs(root) {
			texts = append(texts, p.text)
		}
		if got := strings.Join(texts, "\n\n"); got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLInlineCustomElements(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p>Rare (<hl-source><a href="/1">1</a></hl-source>).</p><share-bar>Share</share-bar>`))
	if err != nil {
		t.Fatal(err)
	}
	htmlInlineCustomElements(doc)
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	want := `<p>Rare (<span><a href="/1">1</a></span>).</p><share-bar>Share</share-bar>`
	if !strings.Contains(b.String(), want) {
		t.Errorf("got %s\nwant it to contain %s", b.String(), want)
	}
}

func TestHTMLDropStandfirst(t *testing.T) {
	const (
		standfirst = `<div class="head"><h1>Pier to close</h1><p class="dek">The pier shuts for a year of repairs.</p></div>` +
			`<div class="body"><p>The town's pier will close on Monday for repairs that will take a year.</p><p>Engineers found rust.</p></div>`
		lede = `<div class="head"><h1>Pier to close</h1></div>` +
			`<div class="body"><p>The pier shuts for a year of repairs.</p><p>The town's pier will close on Monday for repairs that will take a year.</p></div>`
		description = "The pier shuts for a year of repairs."
	)
	tests := []struct {
		name, page string
		want       int // paragraphs kept
	}{
		{"standfirst apart from the body", standfirst, 2},
		{"lede among the body", lede, 2},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		var paras []htmlPara
		for _, p := range htmlParagraphs(doc) {
			if p.key != htmlKey("Pier to close") {
				paras = append(paras, p)
			}
		}
		got := htmlDropStandfirst(doc, paras, description)
		if len(got) != tt.want {
			t.Errorf("%s: kept %d paragraphs, want %d", tt.name, len(got), tt.want)
		}
		hasDescription := slices.ContainsFunc(got, func(p htmlPara) bool { return p.text == description })
		if hasDescription != (tt.name == "lede among the body") {
			t.Errorf("%s: description kept = %v", tt.name, hasDescription)
		}
	}
}

func TestHTMLDropLinks(t *testing.T) {
	list, mixed := &html.Node{}, &html.Node{}
	links := htmlKeySet("Related: other story", "Item one", "Item two", "Shop link")
	paras := []htmlPara{
		{text: "Article text."},
		{text: "Related: other story"},
		{text: "Item one", list: list},
		{text: "Item two", list: list},
		{text: "Plain item", list: mixed},
		{text: "Plain item too", list: mixed},
		{text: "Shop link", list: mixed},
	}
	for i := range paras {
		paras[i].key = htmlKey(paras[i].text)
	}
	var got []string
	for _, p := range htmlDropLinks(paras, links) {
		got = append(got, p.text)
	}
	want := "Article text.|Plain item|Plain item too|Shop link"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestHTMLLangAndSource(t *testing.T) {
	tests := []struct {
		page, detected, want string
	}{
		{`<html lang="pt-BR"><body></body></html>`, "en", "pt-BR"},
		{`<html lang="en_US"><body></body></html>`, "", "en-US"},
		{`<html lang="not a tag!"><body></body></html>`, "de", "de"},
		{`<html><body></body></html>`, "", ""},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := htmlLang(doc, tt.detected); got != tt.want {
			t.Errorf("htmlLang(%s, %q) = %q, want %q", tt.page, tt.detected, got, tt.want)
		}
	}
	sources := []struct{ site, url, want string }{
		{"The Daily Example", "https://www.example.com/a", "The Daily Example"},
		{"", "https://www.example.com/a", "example.com"},
		{"", "https://news.example.org/a", "news.example.org"},
		{"", "", ""},
	}
	for _, s := range sources {
		if got := htmlSource(s.site, s.url); got != s.want {
			t.Errorf("htmlSource(%q, %q) = %q, want %q", s.site, s.url, got, s.want)
		}
	}
}

func FuzzHTML(f *testing.F) {
	for _, file := range []string{"harbour.html", "valley.html", "lisle-1252.html", "navonly.html"} {
		f.Add(readHTMLFile(f, file))
	}
	f.Add([]byte("<p><hl-x>a</hl-x></p><table><tr><td>"))
	f.Add([]byte("\x1f\x8b"))
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := HTML(context.Background(), "fuzz.html", bytes.NewReader(page))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.html: ") {
				t.Errorf("error %q does not name the input", err)
			}
			return
		}
		if a.Body == "" || strings.Contains(a.Body, "\n\n\n") || a.Body != strings.TrimSpace(a.Body) {
			t.Errorf("malformed body %q", a.Body)
		}
	})
}
