package render

import (
	"io"
	"strconv"
	"strings"

	"storyline"
)

// mdEscape keeps article text from being read as Markdown markup.
var mdEscape = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`)

func md(s string) string { return mdEscape.Replace(oneLine(s)) }

func mdList(b *storyline.Brief, ids []string) string {
	names := Outlets(b, ids)
	for i, n := range names {
		names[i] = md(n)
	}
	return strings.Join(names, ", ")
}

// Markdown writes the brief as Markdown.
func Markdown(w io.Writer, full *storyline.Brief) error {
	b, more := forPeople(full)
	ew := &errWriter{w: w}
	ew.printf("# %s\n\n## Summary\n\n", md(b.Story.Headline))
	for _, s := range b.Summary {
		ew.printf("- %s *(%s)*\n", md(s.Text), mdList(b, s.SupportedBy))
	}
	corroborated, single := splitFacts(b.Facts)
	if len(corroborated) > 0 {
		ew.printf("\n## Key facts\n\n| fact | outlets | sources |\n|---|---|---|\n")
		for _, f := range corroborated {
			ew.printf("| %s | %s | %s |\n", md(f.Text), strconv.Itoa(len(f.SupportedBy)), mdList(b, f.SupportedBy))
		}
	}
	if len(single) > 0 {
		ew.printf("\n## Only one outlet says\n\n")
		for _, f := range single {
			ew.printf("- %s *(%s)*\n", md(f.Text), mdList(b, f.SupportedBy))
		}
	}
	if len(b.Discrepancies) > 0 {
		ew.printf("\n## Where outlets differ\n\n")
		for _, d := range b.Discrepancies {
			ew.printf("- **%s**\n", md(d.About))
			for _, v := range d.Variants {
				ew.printf("  - %s: %s\n", md(v.Value), mdList(b, v.Sources))
			}
		}
	}
	if len(b.Timeline) > 0 {
		ew.printf("\n## Timeline\n\n| date | event | sources |\n|---|---|---|\n")
		for _, e := range b.Timeline {
			ew.printf("| %s | %s | %s |\n", md(e.Date), md(e.Text), mdList(b, e.Sources))
		}
	}
	if len(b.Entities) > 0 {
		ew.printf("\n## People, places and organisations\n\n")
		for _, e := range b.Entities {
			ew.printf("- **%s** (%s)", md(e.Name), e.Kind)
			if len(e.Aliases) > 0 {
				ew.printf(": also %s", md(strings.Join(e.Aliases, ", ")))
			}
			ew.printf("\n")
		}
	}
	if len(b.Quotes) > 0 {
		ew.printf("\n## Quotes\n\n")
		for _, q := range b.Quotes {
			ew.printf("> %s\n>\n> — %s (%s)\n\n", md(q.Text), md(q.Speaker), md(outletOf(b, q.Article)))
		}
	}
	if more != "" {
		ew.printf("\n*%s*\n", md(more))
	}
	ew.printf("\n## Articles read\n\n")
	copies, dropped := copiesOf(b), droppedBy(b)
	for _, a := range b.Story.Articles {
		ew.printf("- `%s`", strings.ReplaceAll(a.ID, "`", "'"))
		if a.Source != "" {
			ew.printf(" %s", md(a.Source))
		}
		if a.Title != "" {
			ew.printf(": %s", md(a.Title))
		}
		if !a.Published.IsZero() {
			ew.printf(", %s", a.Published.Format("2 Jan 2006"))
		}
		if c, ok := copies[a.ID]; ok {
			ew.printf(" (copy of `%s`, not counted as a separate source)", c)
		}
		if d := dropped[a.ID]; d != "" {
			ew.printf(" (dropped: %s)", d)
		}
		ew.printf("\n")
	}
	return ew.err
}
