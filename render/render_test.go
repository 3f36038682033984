package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storyline"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sample is a brief with every section filled, and article text that tries
// to break out of each format.
func sample() *storyline.Brief {
	pub := time.Date(2025, 4, 16, 0, 0, 0, 0, time.UTC)
	return &storyline.Brief{
		Story: storyline.StoryInfo{Headline: "Floods in <Serrat> kill 23", Articles: []storyline.ArticleRef{
			{ID: "harbor", Source: "Harbor Times", Title: "Death toll rises", Published: pub, URL: "https://harbor.example/a"},
			{ID: "meridian", Source: "Meridian Wire", Title: "Floods kill 23"},
			{ID: "north", Title: "At least 23 dead"},
		}},
		Summary: []storyline.SummaryItem{
			{Text: "The Orlen river burst its banks on Monday.", Article: "harbor", SupportedBy: []string{"harbor", "meridian"}},
			{Text: `A reader wrote <script>alert("x")</script> and <img src=x onerror=alert(1)> | *bold* [link](http://x)`, Article: "meridian", SupportedBy: []string{"meridian"}},
		},
		Facts: []storyline.Fact{
			{Text: "The river burst its banks on Monday.", SupportedBy: []string{"harbor", "meridian"}},
			{Text: "Hospital patients were airlifted.", SupportedBy: []string{"harbor"}, SingleSource: true},
		},
		Discrepancies: []storyline.Discrepancy{{About: "death toll", Variants: []storyline.Variant{
			{Value: "23", Sources: []string{"meridian"}}, {Value: "27", Sources: []string{"harbor"}}}}},
		Entities:   []storyline.Entity{{Name: "Marta Koval", Kind: "person", Aliases: []string{"Koval", "Governor Koval"}, Articles: []string{"harbor"}}},
		Timeline:   []storyline.Event{{Date: "2025-04-14", Text: "The river burst its banks.", Sources: []string{"harbor", "meridian"}}},
		Quotes:     []storyline.Quote{{Speaker: "Marta Koval", Text: "Each time we were told to wait.", Article: "harbor"}},
		Duplicates: []storyline.Duplicate{{Article: "north", CopyOf: "meridian", Similarity: 0.93}},
		Dropped: []storyline.ArticleDropped{{Article: "harbor", Items: []storyline.Dropped{
			{Text: "Share this article", Reason: "boilerplate"}, {Text: "A man wades (Photo: AFP)", Reason: "caption"}}}},
	}
}

func TestGolden(t *testing.T) {
	for _, f := range Formats {
		r, err := For(f)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := r.Render(&out, sample()); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		path := filepath.Join("testdata", "sample."+f)
		if *update {
			if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./render -update)", err)
		}
		if !bytes.Equal(out.Bytes(), want) {
			t.Errorf("--format %s differs from %s (run with -update after checking):\n%s", f, path, out.String())
		}
	}
}

func TestHTMLEscapes(t *testing.T) {
	var out bytes.Buffer
	if err := HTML(&out, sample()); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	for _, bad := range []string{"<script>", "<img src=x", "<Serrat>"} {
		if strings.Contains(page, bad) {
			t.Errorf("HTML page holds unescaped %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;", "Harbor Times", "copy of meridian", "death toll", "single source"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML page lacks %q", want)
		}
	}
	if strings.Contains(page, "<script") {
		t.Error("the page must carry no script at all")
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var out bytes.Buffer
	Markdown(&out, sample())
	if strings.Contains(out.String(), "<script>") || strings.Contains(out.String(), "[link](") {
		t.Errorf("markdown not escaped:\n%s", out.String())
	}
}

func TestOutlets(t *testing.T) {
	got := Outlets(sample(), []string{"meridian", "north", "meridian", "unknown"})
	if strings.Join(got, "|") != "Meridian Wire|north|unknown" {
		t.Errorf("Outlets = %v", got)
	}
}

func TestFor(t *testing.T) {
	if _, err := For("pdf"); err == nil || !strings.Contains(err.Error(), `"pdf"`) {
		t.Errorf("For(pdf) error = %v", err)
	}
}
