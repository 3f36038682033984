package clean

import (
	"strings"
	"testing"

	"storyline"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“Hello,” she said.", `"Hello," she said.`},
		{"Pyongyang’s  demands", "Pyongyang's demands"},
		{"Singapore — the first", "Singapore - the first"},
		{"``Welcome,'' the sign read.", `"Welcome," the sign read.`},
		{"a\u00a0b\u200bc", "a bc"},
		{"line one\nline two", "line one line two"},
		{"  padded  ", "padded"},
		{"ﬁnance ２０１９", "finance 2019"},
		{"wait…", "wait..."},
	}
	for _, tt := range tests {
		got, offs := Normalize(tt.in)
		if got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		p := storyline.Paragraph{Text: got, End: len(tt.in), Offsets: offs}
		prev := -1
		for i := range got {
			o := p.BodyOffset(i)
			if o < prev || o < 0 || o >= len(tt.in) {
				t.Errorf("Normalize(%q): bad offset %d for byte %d", tt.in, o, i)
			}
			prev = o
		}
	}
	// Offsets point at the source of each byte.
	in := "“Kim’s”   visit, it’s  said"
	got, offs := Normalize(in)
	p := storyline.Paragraph{Text: got, End: len(in), Offsets: offs}
	for _, w := range []string{"Kim", "visit", "said", "it"} {
		i := strings.Index(got, w)
		if o := p.BodyOffset(i); in[o:o+len(w)] != w {
			t.Errorf("offset of %q = %d", w, o)
		}
	}
	if len(offs) > 8 {
		t.Errorf("%d runs for %q: runs should only start where the mapping shifts", len(offs), in)
	}
}

func TestClassify(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Home / World / Asia", ReasonNavigation},
		{"Source link", ReasonBoilerplate},
		{"- - -", ReasonBoilerplate},
		{"SHARE THIS ARTICLE", ReasonBoilerplate},
		{"Share on Facebook", ReasonBoilerplate},
		{"Follow us on: Facebook, Twitter, Google News, Instagram", ReasonBoilerplate},
		{"Join our official telegram channel (@nationalherald) and stay updated with the latest headlines", ReasonBoilerplate},
		{"Subscribe to our newsletter", ReasonBoilerplate},
		{"www.presstv.co.uk", ReasonLink},
		{"https://example.org/story/123", ReasonLink},
		{"Press TV's website can also be accessed at the following alternate addresses:", ReasonBoilerplate},
		{"President Donald Trump (R) gestures as he meets Kim in Singapore on June 12, 2018. (Photo by AFP)", ReasonCaption},
		{"Rescue workers search the rubble in Corvane. (Photo: Reuters)", ReasonCaption},
		{"Copyright 2025 Harbor Times. All rights reserved.", ReasonBoilerplate},
		{"By Maria Lopez", ReasonByline},
		{"Reporting by Ana Ruiz; Editing by Tom Hale", ReasonBoilerplate},
		{"Email Sign Up By signing up you agree to receive email newsletters or alerts from the Courier.", ReasonBoilerplate},
		{"--------- Sign up for the Harbor Times morning briefing", ReasonBoilerplate},
		{"Just fill in your contact details in the form below to join our mailing list.", ReasonBoilerplate},
		{"Since 2004 a web crawler has given its crawl data to the Internet Archive, where they join the Wayback Machine after a delay.", ReasonSiteNotice},
		{"You can add location information to your Tweets, such as your town, and you can always delete your Tweet location history.", ReasonSiteNotice},
		{"JavaScript is disabled in your browser, so parts of this page will not work.", ReasonSiteNotice},
		{"The Internet Archive said its servers had been attacked on Tuesday, taking the library offline for a day.", ""},
		{"Residents can sign up for sandbags at the town hall.", ""},
		{"Sign up for Denver Daily", ReasonBoilerplate},
		// News that must stay.
		{"By noon, the river had risen two metres.", ""},
		{"The ministry said the share of renewable power rose to 40 percent.", ""},
		{"Subscribers to the service rose by a third last year, the company said.", ""},
		{"Critics of U.S. efforts said the first summit did little more than boost Kim's international stature.", ""},
		{"Asked if the two would meet in Stockholm, a State Department spokeswoman said: \"We have no meetings to announce.\"", ""},
		{"The photo agency said its staff were safe.", ""},
	}
	for _, tt := range tests {
		if got := classify(tt.text); got != tt.want {
			t.Errorf("classify(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTailMarker(t *testing.T) {
	for _, s := range []string{"Related posts", "Comments", "Related Stories", "Read more:", "You may also like", "12 comments", "Leave a reply"} {
		if !isTailMarker(s) {
			t.Errorf("isTailMarker(%q) = false", s)
		}
	}
	for _, s := range []string{"Comments by the minister were criticised.", "Related talks will follow next week."} {
		if isTailMarker(s) {
			t.Errorf("isTailMarker(%q) = true", s)
		}
	}
}

func TestArticle(t *testing.T) {
	body := "Home / World / Floods\n\nFloods hit Serrat\n\nHeavy rain flooded the\nlower town on Monday, officials said.\n\nRescue teams arrived on Tuesday.\n\nThe mayor’s office said 23 people died in the flood, most of them in the lower town.\n\nThe mayor's office said 23 people died in the flood, most of them in the lower town.\n\nServe with rice.\n\nServe with rice.\n\nA man wades through water. (Photo: AFP)\n\nSerrat Daily\n\nRelated posts\n\nOther floods last year\n"
	a := &storyline.Article{ID: "x", Title: "Floods hit Serrat", Body: body}
	Article(a)
	want := "Heavy rain flooded the lower town on Monday, officials said.\n\nRescue teams arrived on Tuesday.\n\nThe mayor's office said 23 people died in the flood, most of them in the lower town.\n\nServe with rice.\n\nServe with rice."
	if a.Text != want {
		t.Errorf("text = %q\nwant  %q", a.Text, want)
	}
	reasons := map[string]int{}
	for _, d := range a.Dropped {
		reasons[d.Reason]++
		if body[d.Start:d.End] == "" {
			t.Errorf("dropped %q has empty span", d.Text)
		}
	}
	for r, n := range map[string]int{ReasonNavigation: 1, ReasonTitle: 1, ReasonRepeated: 1, ReasonCaption: 1, ReasonSignOff: 1, ReasonRelated: 2} {
		if reasons[r] != n {
			t.Errorf("%d dropped as %s, want %d (%v)", reasons[r], r, n, a.Dropped)
		}
	}
	// Offsets point back into the body.
	for _, p := range a.Paragraphs {
		first := strings.Fields(p.Text)[0]
		if got := body[p.BodyOffset(0):]; !strings.HasPrefix(got, first) {
			t.Errorf("paragraph %q starts at %q", p.Text, got[:10])
		}
	}
	// Cleaning is idempotent.
	before := a.Text
	Article(a)
	if a.Text != before {
		t.Errorf("second cleaning changed the text")
	}
}

func TestHardWrapped(t *testing.T) {
	body := "The president turned the attention of his national poverty tour\ntoday to arguably the poorest, most forgotten citizens of them\nall: American Indians.\n\nClinton was going to the Pine Ridge Reservation for a visit with\nthe Oglala Sioux nation. He also was touring a housing facility.\nSecond paragraph of the same block starts here after a short line\nand goes on at the usual width for several more words of text.\n"
	a := &storyline.Article{ID: "w", Body: body}
	Article(a)
	if len(a.Paragraphs) != 2 {
		t.Fatalf("got %d paragraphs, want 2: %q", len(a.Paragraphs), a.Text)
	}
	if strings.Contains(a.Text, "\n") && strings.Count(a.Text, "\n\n") != 1 {
		t.Errorf("lines not joined: %q", a.Text)
	}
	// Not wrapped: one line a paragraph, unless a sentence breaks mid-way.
	body = "First paragraph ends here.\nSecond paragraph has a break in the middle of a\nsentence that goes on.\nThird paragraph."
	a = &storyline.Article{ID: "u", Body: body}
	Article(a)
	if len(a.Paragraphs) != 3 || a.Paragraphs[1].Text != "Second paragraph has a break in the middle of a sentence that goes on." {
		t.Errorf("got %q", a.Text)
	}
}

func TestHeading(t *testing.T) {
	a := &storyline.Article{ID: "h", Body: "Vietnam is considered a possible host\n\nBoth sides said a summit could come soon."}
	Article(a)
	if len(a.Paragraphs) != 2 || !a.Paragraphs[0].Heading || a.Paragraphs[1].Heading {
		t.Errorf("headings: %+v", a.Paragraphs)
	}
}

func FuzzArticle(f *testing.F) {
	f.Add("Home / World\n\nTitle\n\nText one.\nwrapped here.\n\n“Quote.”\n\nRelated posts")
	f.Add("``a'' \u00a0\r\n\r\n\xff")
	f.Fuzz(func(t *testing.T, body string) {
		a := &storyline.Article{ID: "f", Body: body}
		Article(a)
		for _, p := range a.Paragraphs {
			if p.Start < 0 || p.End > len(body) || p.Start > p.End {
				t.Fatalf("bad paragraph %+v", p)
			}
			for i := range p.Text {
				if o := p.BodyOffset(i); o < p.Start || o >= p.End {
					t.Fatalf("offset %d outside [%d,%d)", o, p.Start, p.End)
				}
			}
		}
	})
}

// TestCJKNotSignOff keeps a last paragraph written without spaces: it is
// long text, not a short sign-off.
func TestCJKNotSignOff(t *testing.T) {
	body := "東京の川が月曜日の夜に氾濫し、下町の多くの家が浸水したと市の担当者が火曜日に述べた。\n\n救助隊は朝早くから住民の避難を手伝い、学校や体育館に避難所が開かれた"
	a := &storyline.Article{ID: "ja", Body: body}
	Article(a)
	if len(a.Paragraphs) != 2 {
		t.Errorf("kept %d paragraphs, want 2; dropped %v", len(a.Paragraphs), a.Dropped)
	}
}

func TestBylines(t *testing.T) {
	tests := []struct {
		line string
		date string // "" when none
	}{
		{"By Nora Quill, Europe correspondent | Wednesday 16 April 2025", "2025-04-16"},
		{"Monday 6 October 2025 | Northgate Daily foreign desk", "2025-10-06"},
		{"Harbor Desk | Deals | September 8, 2025, 11:42 a.m. ET", "2025-09-08"},
		{"By Gemma Hart", ""},
	}
	for _, tt := range tests {
		a := &storyline.Article{ID: "b", Body: tt.line + "\n\nThe council voted on Tuesday to close the bridge to lorries."}
		Article(a)
		if len(a.Dropped) != 1 || a.Dropped[0].Reason == "" {
			t.Errorf("%q not dropped: %+v", tt.line, a.Dropped)
		}
		got := ""
		if !a.Published.IsZero() {
			got = a.Published.Format("2006-01-02")
		}
		if got != tt.date {
			t.Errorf("%q: published %q, want %q", tt.line, got, tt.date)
		}
	}
	// A sentence that starts with "By" is news.
	if classify("By Tuesday the river had fallen by a metre.") != "" {
		t.Error("a sentence starting with By was dropped")
	}
}

func TestNotes(t *testing.T) {
	for _, s := range []string{
		"(Reporting by Ben Arkwright; Editing by Mira Sand)",
		"This article was first published by Meridian Wire and is republished by Northgate Daily under licence.",
		"Harbor Times Sport publishes this report from Northstar Sports Wire.",
		"Translated from the German. The original appeared in Wirtschaftskurier.",
		"Copperline Business will update this story.",
	} {
		if classify(s) == "" {
			t.Errorf("classify(%q) kept it", s)
		}
	}
	for _, s := range []string{"Serratski Glas - the voice of the north since 1946", "Marcador Diario · All the sport, every day"} {
		if !isTagline(s) {
			t.Errorf("isTagline(%q) = false", s)
		}
	}
	if isTagline("Prices rose - the bank said - by two percent") {
		t.Error("a sentence with dashes read as a tagline")
	}
}

func TestOutletFromText(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Title\n\nBRENNA, April 15 (Meridian Wire) - Floods killed 23 people on Tuesday.", "Meridian Wire"},
		{"Floods killed 23 people on Tuesday, officials said.\n\nThis article was first published by Meridian Wire and is republished by Northgate Daily under licence.", "Northgate Daily"},
		{"Floods killed 23 people on Tuesday, officials said.\n\nSerratski Glas - the voice of the north since 1946", "Serratski Glas"},
		{"Floods killed 23 people on Tuesday, officials said.\n\nPress TV's website can also be accessed at the following alternate addresses:", "Press TV"},
		{"Floods killed 23 people on Tuesday, officials said.\n\nHarbor Times Sport publishes this report from Northstar Sports Wire.", "Harbor Times"},
		{"Floods killed 23 people on Tuesday, officials said.", ""},
	}
	for _, tt := range tests {
		a := &storyline.Article{ID: "x", Body: tt.body}
		Article(a)
		if a.Source != tt.want {
			t.Errorf("source of %q = %q, want %q", tt.body[len(tt.body)-30:], a.Source, tt.want)
		}
	}
	// A source given by the input is kept.
	a := &storyline.Article{ID: "y", Source: "Given", Body: "BRENNA, April 15 (Meridian Wire) - Floods killed 23."}
	Article(a)
	if a.Source != "Given" {
		t.Errorf("source = %q, want Given", a.Source)
	}
}
