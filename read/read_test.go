package read

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		data string
		want Format
	}{
		{"a.txt", "Title\n\nBody text.", Text},
		{"a.html", "whatever", HTMLPage},
		{"page", "<!DOCTYPE html><html><body><p>x</p></body></html>", HTMLPage},
		{"feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, Feed},
		{"atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`, Feed},
		{"APW19990707.0181", "\n<DOC>\n<DOCNO> X </DOCNO>", DUC},
		{"x.jsonl", `{"id":"a","text":"b"}`, JSONL},
		{"x", `{"id":"a","text":"b"}`, JSONL},
		{"mn.jsonl", `{"id":"a","documents":["x"]}`, MultiNews},
		{"mn.src", "one doc ||||| another doc", MultiNews},
		{"x.gz", "\x1f\x8bxx", HTMLPage},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestTextTitle(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Storm hits coast\n\nThe storm hit the coast on Monday.", "Storm hits coast"},
		{"Home / World / Storm hits coast\n\nStorm hits coast\n\nThe storm hit.", "Storm hits coast"},
		{"The storm hit the coast on Monday.\n\nMore text.", ""},
		{"Headline without blank line\nFirst paragraph.\nSecond paragraph.", "Headline without blank line"},
		{"A line\nthat wraps\n\nand a paragraph.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := textTitle(tt.body); got != tt.want {
			t.Errorf("textTitle(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

func TestCrumb(t *testing.T) {
	yes := []string{"Home / World / Asia", "News \u00a0/\u00a0 Foreign Policy \u00a0/\u00a0 Koreas", "Home > Politics > Trade talks stall", "Home / World / Trump and Kim want to meet at the end of February"}
	no := []string{"The ratio was 3 / 4 of the vote.", "Either / or", "He said: yes / no / maybe, and left."}
	for _, s := range yes {
		if !IsCrumb(s) {
			t.Errorf("IsCrumb(%q) = false", s)
		}
	}
	for _, s := range no {
		if IsCrumb(s) {
			t.Errorf("IsCrumb(%q) = true", s)
		}
	}
}

func TestJSONL(t *testing.T) {
	in := `{"id":"a1","source":"Harbor Times","title":"T","published":"2025-03-04T10:00:00Z","text":"Body one.","section":"world"}
not json
{"id":"a2","text":"Body two.","published":"yesterday"}
{"id":"a3","text":""}
{"text":"No id here."}
`
	arts, err := readJSONL("in.jsonl", []byte(in))
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2 (a1 and the one without id)", len(arts))
	}
	if arts[0].Source != "Harbor Times" || arts[0].Published.Day() != 4 || arts[0].Extra["section"] != "world" {
		t.Errorf("first article = %+v", arts[0])
	}
	if arts[1].ID != "in-5" {
		t.Errorf("generated id = %q, want in-5", arts[1].ID)
	}
	if err == nil {
		t.Fatal("want errors for the bad lines")
	}
	for _, want := range []string{"line 2", "line 3", "unrecognised date", "line 4", `no "text"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestDUC(t *testing.T) {
	in := `<DOC>
<DOCNO> APW19990707.0181 </DOCNO>
<DATE_TIME> 1999-07-07 08:30:27 </DATE_TIME>
<BODY>
<HEADLINE> Clinton Visits &AMP; Talks </HEADLINE>
<TEXT>
<P>
	PINE RIDGE, S.D. (AP) -- The president went
to the reservation today.
</P>
<P>
	He met leaders.
</P>
</TEXT>
</BODY>
</DOC>
<DOC>
<DOCNO> NYT19990415.0508 </DOCNO>
<TEXT>
 &HT;    Imagine a town
without water.
 &HT;    Second paragraph here.
</TEXT>
</DOC>
`
	arts, err := readDUC("x", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("got %d docs", len(arts))
	}
	a := arts[0]
	if a.ID != "APW19990707.0181" || a.Title != "Clinton Visits & Talks" || a.Source != "Associated Press" || a.Published.Year() != 1999 {
		t.Errorf("first doc = %+v", a)
	}
	if want := "PINE RIDGE, S.D. (AP) -- The president went\nto the reservation today.\n\nHe met leaders."; a.Body != want {
		t.Errorf("body = %q, want %q", a.Body, want)
	}
	if want := "Imagine a town\nwithout water.\n\nSecond paragraph here."; arts[1].Body != want {
		t.Errorf("body without <P> = %q, want %q", arts[1].Body, want)
	}
	if arts[1].Published.Year() != 1999 || arts[1].Source != "New York Times" {
		t.Errorf("date or source from DOCNO: %+v", arts[1])
	}
}

func TestFeed(t *testing.T) {
	in := `<?xml version="1.0"?><rss version="2.0"><channel><title>Meridian Wire</title>
<item><title>Bridge reopens</title><link>https://example.org/b</link><guid>b-1</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The bridge reopened on Tuesday.&lt;/p&gt;&lt;p&gt;Traffic resumed.&lt;/p&gt;&lt;figure&gt;&lt;figcaption&gt;A caption&lt;/figcaption&gt;&lt;/figure&gt;</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>`
	arts, err := readFeed(context.Background(), "feed.xml", []byte(in))
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	if a.ID != "b-1" || a.Source != "Meridian Wire" || a.Title != "Bridge reopens" || a.Published.Day() != 4 {
		t.Errorf("article = %+v", a)
	}
	if a.Body != "The bridge reopened on Tuesday.\n\nTraffic resumed." {
		t.Errorf("body = %q", a.Body)
	}
	if err == nil || !strings.Contains(err.Error(), "item 2") {
		t.Errorf("want an error naming item 2, got %v", err)
	}
}

func TestMultiNews(t *testing.T) {
	arts, err := Bytes(context.Background(), "c.src", []byte("First doc.NEWLINE_CHARMore. ||||| Second doc.\n"), Options{})
	if err != nil || len(arts) != 2 {
		t.Fatalf("got %d, %v", len(arts), err)
	}
	if arts[0].Body != "First doc.\nMore." || arts[1].ID != "c-2" {
		t.Errorf("got %q, %q", arts[0].Body, arts[1].ID)
	}
	arts, err = Bytes(context.Background(), "v.jsonl", []byte(`{"id":"mn-1","documents":["A.","B."],"summary":"S."}`), Options{})
	if err != nil || len(arts) != 2 || arts[1].ID != "mn-1-2" || arts[0].Extra["summary"] != "S." {
		t.Fatalf("jsonl: %v %v", arts, err)
	}
}

// TestBadInputs checks that every kind of bad input gets an error that
// names it and says what is wrong, and that good inputs beside it are read.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("A title\n\nA paragraph of news.\n"))
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte("  \n\n \t\n"))
	binary := write("binary.txt", []byte("\x00\x01\x02PNG\x00\x00data"))
	latin1 := write("latin1.txt", []byte("Caf\xe9 opens\n\nThe caf\xe9 opened on Monday.\n"))
	big := write("big.txt", bytes.Repeat([]byte("word "), 1<<20))
	unreadable := write("secret.txt", []byte("x"))
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	opts := Options{MaxBytes: 1 << 20}
	arts, errs := Paths(context.Background(), []string{good, empty, blank, binary, latin1, big, unreadable, missing}, nil, opts)
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	wantIDs := []string{"good", "latin1"}
	readable := true
	if f, err := os.Open(unreadable); err == nil { // running as root
		f.Close()
		readable = false
		wantIDs = append(wantIDs, "secret")
	}
	if strings.Join(ids, ",") != strings.Join(wantIDs, ",") {
		t.Errorf("read %v, want %v", ids, wantIDs)
	}
	if len(arts) > 1 && !strings.Contains(arts[1].Body, "café") {
		t.Errorf("Windows-1252 input not decoded: %q", arts[1].Body)
	}
	wantErrs := []struct {
		path string
		err  error
		text string
	}{
		{empty, ErrEmpty, "empty"},
		{blank, ErrEmpty, "empty"},
		{binary, ErrBinary, "binary"},
		{big, ErrTooLarge, "too large"},
		{missing, os.ErrNotExist, "no such file"},
	}
	if readable {
		wantErrs = append(wantErrs, struct {
			path string
			err  error
			text string
		}{unreadable, os.ErrPermission, "permission denied"})
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("got %d errors, want %d: %v", len(errs), len(wantErrs), errs)
	}
	for _, w := range wantErrs {
		found := false
		for _, err := range errs {
			if strings.HasPrefix(err.Error(), w.path+": ") {
				found = true
				if !errors.Is(err, w.err) || !strings.Contains(err.Error(), w.text) {
					t.Errorf("error for %s = %v, want %v", w.path, err, w.err)
				}
			}
		}
		if !found {
			t.Errorf("no error names %s", w.path)
		}
	}
}

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "one.txt"), []byte("Only one\n\nThe only article.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("# notes"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("x"), 0o644)
	arts, errs := Path(context.Background(), dir, Options{})
	if len(errs) != 0 || len(arts) != 1 || arts[0].ID != "one" {
		t.Fatalf("got %v, %v", arts, errs)
	}
	_, errs = Path(context.Background(), t.TempDir(), Options{})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "no articles") {
		t.Fatalf("empty folder: %v", errs)
	}
}

func TestStdinAndUniqueIDs(t *testing.T) {
	arts, errs := Paths(context.Background(), []string{"-"}, strings.NewReader(`{"id":"x","text":"One."}
{"id":"x","text":"Two."}`), Options{})
	if len(errs) != 0 || len(arts) != 2 || arts[0].ID != "x" || arts[1].ID != "x-2" {
		t.Fatalf("got %v %v", arts, errs)
	}
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Title\n\nBody."))
	f.Add([]byte("Home / World\n\nT\n\nx"))
	f.Fuzz(func(t *testing.T, b []byte) {
		Bytes(context.Background(), "f.txt", b, Options{Format: Text})
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"b","published":"2020-01-01"}`))
	f.Add([]byte(`{"id":1,"text":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, _ := Bytes(context.Background(), "f.jsonl", b, Options{Format: JSONL})
		for _, a := range arts {
			if a.ID == "" {
				t.Fatal("article without id")
			}
		}
	})
}

func FuzzDUC(f *testing.F) {
	f.Add([]byte("<DOC><DOCNO> A </DOCNO><TEXT><P>x</P></TEXT></DOC>"))
	f.Add([]byte("<DOC><TEXT> &HT; a\n b</TEXT></DOC>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		Bytes(context.Background(), "f.sgml", b, Options{Format: DUC})
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><title>T</title><item><title>a</title><description>b</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><content type="html">&lt;p&gt;y&lt;/p&gt;</content></entry></feed>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		Bytes(context.Background(), "f.xml", b, Options{Format: Feed})
	})
}

func FuzzMultiNews(f *testing.F) {
	f.Add([]byte("a ||||| b"))
	f.Add([]byte(`{"id":"x","documents":["a","b"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		Bytes(context.Background(), "f", b, Options{Format: MultiNews})
	})
}
