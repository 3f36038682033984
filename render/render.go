// Package render writes a brief for people (text, Markdown, a self-contained
// HTML page), for programs (JSON) and for scorers (one summary sentence a
// line, the layout ROUGE reads).
package render

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"storyline"
)

// Renderer writes a brief in one format.
type Renderer interface {
	Render(w io.Writer, b *storyline.Brief) error
}

// RendererFunc adapts a function to Renderer.
type RendererFunc func(w io.Writer, b *storyline.Brief) error

// Render implements Renderer.
func (f RendererFunc) Render(w io.Writer, b *storyline.Brief) error { return f(w, b) }

// Formats lists the format names For accepts.
var Formats = []string{"text", "md", "json", "html", "sentences"}

// For returns the renderer of a format.
func For(format string) (Renderer, error) {
	switch format {
	case "text", "":
		return RendererFunc(Text), nil
	case "md", "markdown":
		return RendererFunc(Markdown), nil
	case "json":
		return RendererFunc(JSON), nil
	case "html":
		return RendererFunc(HTML), nil
	case "sentences":
		return RendererFunc(Sentences), nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// JSON writes the brief as indented JSON (docs/brief.schema.json).
func JSON(w io.Writer, b *storyline.Brief) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Sentences writes the summary alone, one sentence a line.
func Sentences(w io.Writer, b *storyline.Brief) error {
	for _, s := range b.Summary {
		if _, err := fmt.Fprintln(w, oneLine(s.Text)); err != nil {
			return err
		}
	}
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Outlets returns the display names of article IDs in order, without
// repeats: the outlet when known, else the article ID.
func Outlets(b *storyline.Brief, ids []string) []string {
	src := make(map[string]string, len(b.Story.Articles))
	for _, a := range b.Story.Articles {
		src[a.ID] = a.Source
	}
	out := make([]string, 0, len(ids))
	seen := map[string]bool{}
	for _, id := range ids {
		name := src[id]
		if name == "" {
			name = id
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// outletOf returns the display name of one article.
func outletOf(b *storyline.Brief, id string) string { return Outlets(b, []string{id})[0] }

// Text writes the brief for a terminal.
func Text(w io.Writer, full *storyline.Brief) error {
	b, more := forPeople(full)
	ew := &errWriter{w: w}
	ew.printf("%s\n%s\n\n", b.Story.Headline, strings.Repeat("=", min(72, max(8, len(b.Story.Headline)))))
	for _, s := range b.Summary {
		ew.printf("%s\n    [%s]\n", oneLine(s.Text), strings.Join(Outlets(b, s.SupportedBy), ", "))
	}
	if corroborated, single := splitFacts(b.Facts); len(corroborated)+len(single) > 0 {
		if len(corroborated) > 0 {
			ew.printf("\nKey facts, by number of outlets\n")
		}
		for _, f := range corroborated {
			ew.printf("  - %s\n    (%d outlets: %s)\n", oneLine(f.Text), len(f.SupportedBy), strings.Join(Outlets(b, f.SupportedBy), ", "))
		}
		if len(single) > 0 {
			ew.printf("\nOnly one outlet says\n")
		}
		for _, f := range single {
			ew.printf("  - %s\n    (%s)\n", oneLine(f.Text), strings.Join(Outlets(b, f.SupportedBy), ", "))
		}
	}
	if len(b.Discrepancies) > 0 {
		ew.printf("\nWhere outlets differ\n")
		for _, d := range b.Discrepancies {
			ew.printf("  - %s\n", d.About)
			for _, v := range d.Variants {
				ew.printf("      %s: %s\n", v.Value, strings.Join(Outlets(b, v.Sources), ", "))
			}
		}
	}
	if len(b.Timeline) > 0 {
		ew.printf("\nTimeline\n")
		for _, e := range b.Timeline {
			ew.printf("  %-10s %s [%s]\n", e.Date, oneLine(e.Text), strings.Join(Outlets(b, e.Sources), ", "))
		}
	}
	if len(b.Entities) > 0 {
		ew.printf("\nWho and where\n")
		for _, e := range b.Entities {
			aka := ""
			if len(e.Aliases) > 0 {
				aka = " (also " + strings.Join(e.Aliases, ", ") + ")"
			}
			ew.printf("  %s, %s%s\n", e.Name, e.Kind, aka)
		}
	}
	if len(b.Quotes) > 0 {
		ew.printf("\nQuotes\n")
		for _, q := range b.Quotes {
			ew.printf("  %s: %q [%s]\n", q.Speaker, oneLine(q.Text), outletOf(b, q.Article))
		}
	}
	if more != "" {
		ew.printf("\n%s\n", more)
	}
	ew.printf("\nArticles read\n")
	copies := copiesOf(b)
	dropped := droppedBy(b)
	for _, a := range b.Story.Articles {
		ew.printf("  %s", a.ID)
		if a.Source != "" {
			ew.printf(" (%s)", a.Source)
		}
		if a.Title != "" {
			ew.printf(": %s", a.Title)
		}
		if !a.Published.IsZero() {
			ew.printf(", %s", a.Published.Format("2 Jan 2006"))
		}
		ew.printf("\n")
		if c, ok := copies[a.ID]; ok {
			ew.printf("      copy of %s: not counted as a separate source\n", c)
		}
		if d := dropped[a.ID]; d != "" {
			ew.printf("      dropped: %s\n", d)
		}
	}
	return ew.err
}

// Limits on what the formats for people show; JSON carries everything.
const (
	maxCorroborated = 15
	maxSingle       = 10
	maxEntities     = 30
	maxQuotes       = 12
	maxTimeline     = 25
)

// forPeople returns a copy of b cut to the limits, and a note of what was
// left out ("" when nothing was).
func forPeople(b *storyline.Brief) (*storyline.Brief, string) {
	t := *b
	corroborated, single := splitFacts(b.Facts)
	var cut []string
	take := func(n, max int, what string) int {
		if n > max {
			cut = append(cut, fmt.Sprintf("%d %s", n-max, what))
			return max
		}
		return n
	}
	corroborated = corroborated[:take(len(corroborated), maxCorroborated, "facts")]
	single = single[:take(len(single), maxSingle, "single-source claims")]
	t.Facts = append(append([]storyline.Fact{}, corroborated...), single...)
	t.Entities = b.Entities[:take(len(b.Entities), maxEntities, "entities")]
	t.Quotes = b.Quotes[:take(len(b.Quotes), maxQuotes, "quotes")]
	t.Timeline = b.Timeline[:take(len(b.Timeline), maxTimeline, "timeline rows")]
	if len(cut) == 0 {
		return &t, ""
	}
	return &t, "Not shown here: " + strings.Join(cut, ", ") + " (all of it is in --format json)."
}

// splitFacts separates corroborated facts from single-source claims,
// keeping their order.
func splitFacts(facts []storyline.Fact) (corroborated, single []storyline.Fact) {
	for _, f := range facts {
		if f.SingleSource {
			single = append(single, f)
		} else {
			corroborated = append(corroborated, f)
		}
	}
	return corroborated, single
}

// copiesOf maps a copy's ID to its original's.
func copiesOf(b *storyline.Brief) map[string]string {
	m := make(map[string]string, len(b.Duplicates))
	for _, d := range b.Duplicates {
		m[d.Article] = d.CopyOf
	}
	return m
}

// droppedBy summarises, per article, what cleaning dropped: "2 boilerplate,
// 1 caption".
func droppedBy(b *storyline.Brief) map[string]string {
	m := map[string]string{}
	for _, ad := range b.Dropped {
		counts := map[string]int{}
		for _, d := range ad.Items {
			counts[d.Reason]++
		}
		var parts []string
		for r, n := range counts {
			parts = append(parts, fmt.Sprintf("%d %s", n, r))
		}
		sort.Strings(parts)
		m[ad.Article] = strings.Join(parts, ", ")
	}
	return m
}

// errWriter keeps the first write error so that rendering code stays flat.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
