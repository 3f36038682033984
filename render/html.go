package render

import (
	_ "embed"
	"html/template"
	"io"
	"strings"
	"sync"

	"storyline"
)

//go:embed brief.html.tmpl
var briefHTML string

// page is what the HTML template sees.
type page struct {
	B        *storyline.Brief
	More     string   // what the page leaves out
	Outlets  []string // every outlet, for the fact matrix
	MaxFacts int
}

// htmlTmpl is parsed on first use: most runs print other formats, and
// parsing at start-up would slow every command.
var htmlTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("brief").Funcs(template.FuncMap{
		"outlets": func(b *storyline.Brief, ids []string) []string { return Outlets(b, ids) },
		"outlet":  func(b *storyline.Brief, id string) string { return outletOf(b, id) },
		"has": func(b *storyline.Brief, ids []string, outlet string) bool {
			for _, o := range Outlets(b, ids) {
				if o == outlet {
					return true
				}
			}
			return false
		},
		"pct": func(n, of int) int {
			if of == 0 {
				return 0
			}
			return n * 100 / of
		},
		"copyOf":  func(b *storyline.Brief, id string) string { return copiesOf(b)[id] },
		"dropped": func(b *storyline.Brief, id string) string { return droppedBy(b)[id] },
		"hue": func(name string) int {
			h := 0
			for _, c := range name {
				h = h*31 + int(c)
			}
			if h < 0 {
				h = -h
			}
			return h % 360
		},
		"join": strings.Join,
	}).Parse(briefHTML))
})

// HTML writes the brief as one self-contained page: styles inline, no
// scripts, every piece of article text escaped by html/template.
func HTML(w io.Writer, full *storyline.Brief) error {
	b, more := forPeople(full)
	p := page{B: b, More: more, MaxFacts: 1}
	seen := map[string]bool{}
	for _, a := range b.Story.Articles {
		o := outletOf(b, a.ID)
		if !seen[o] {
			seen[o] = true
			p.Outlets = append(p.Outlets, o)
		}
	}
	p.MaxFacts = max(1, len(p.Outlets))
	return htmlTmpl().Execute(w, p)
}
