package facts_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline"
)

const examplesDir = "../examples"

// planted is a disagreement an example's EXPECTED.md plants: the values
// and the independent articles behind each, exactly.
type planted struct {
	about    string // words of Discrepancy.About, any case
	variants map[string][]string
}

// row is a dated row of an EXPECTED.md timeline: a row with this date
// whose text holds the words, from one of the sources at least.
type row struct {
	date    string
	words   []string
	sources []string
}

// example is what the tests read from one EXPECTED.md.
type example struct {
	dir  string
	copy string // the wire copy, never a source
	// planted disagreements the brief must report.
	planted []planted
	// gaps are planted disagreements not found yet (the "about" of one);
	// the test fails when one is found, so the list shrinks.
	gaps []string
	// notValues are values no discrepancy may give: the "not a
	// disagreement" cases and reader comments.
	notValues []string
	// notTitles are people whose titles EXPECTED.md calls variants, not
	// disagreements.
	notTitles []string
	rows      []row
}

var examples = []example{
	{
		dir:  "serrat-floods",
		copy: "3-northgate-daily",
		planted: []planted{
			{"death toll", map[string][]string{"23": {"2-meridian-wire", "5-kestrel-news"}, "27": {"1-harbor-times", "4-serratski-glas-translated"}}},
			{"state of emergency", map[string][]string{"2025-04-14": {"1-harbor-times", "4-serratski-glas-translated"}, "2025-04-15": {"2-meridian-wire", "5-kestrel-news"}}},
		},
		notValues: []string{"50", "40", "1440 minutes", "6000", "dozens"},
		rows: []row{
			{"2009", []string{"2009"}, []string{"4-serratski-glas-translated"}},
			{"2024", []string{"budget"}, []string{"1-harbor-times"}},
			{"2025-04-12", []string{"orange alert"}, []string{"1-harbor-times"}},
			{"2025-04-13", []string{"Sunday"}, []string{"2-meridian-wire", "4-serratski-glas-translated"}},
			{"2025-04-14", []string{"Monday"}, []string{"1-harbor-times", "2-meridian-wire", "4-serratski-glas-translated", "5-kestrel-news"}},
			{"2025-04-15", []string{"emergency"}, []string{"2-meridian-wire", "5-kestrel-news"}},
			{"2025-04-15", []string{"120 patients"}, []string{"5-kestrel-news"}},
			{"2025-04-16", []string{"27"}, []string{"1-harbor-times", "4-serratski-glas-translated"}},
		},
	},
	{
		dir:  "corvane-lumetra-deal",
		copy: "3-bayfront-post",
		planted: []planted{
			{"deal", map[string][]string{"$4.2 billion": {"2-tidewater-press", "5-wirtschaftskurier-translated"}, "$4.5 billion": {"1-copperline-business", "4-ledger-daily"}}},
		},
		notValues: []string{"$380 million", "32%", "2026", "$38.50"},
		notTitles: []string{"Rajiv Menon", "Dana Whitfield"},
		rows: []row{
			{"2011", []string{"2011"}, []string{"2-tidewater-press", "5-wirtschaftskurier-translated"}},
			{"2021", []string{"2021"}, []string{"4-ledger-daily"}},
			{"2024", []string{"$610 million"}, []string{"4-ledger-daily"}},
			{"2025-07", []string{"July"}, []string{"4-ledger-daily"}},
			{"2025-09-05", []string{"Friday"}, []string{"1-copperline-business", "2-tidewater-press", "4-ledger-daily", "5-wirtschaftskurier-translated"}},
			{"2025-09-08", []string{"27"}, []string{"1-copperline-business", "2-tidewater-press", "4-ledger-daily", "5-wirtschaftskurier-translated"}},
			{"2026", []string{"2026"}, []string{"1-copperline-business", "2-tidewater-press", "4-ledger-daily", "5-wirtschaftskurier-translated"}},
		},
	},
	{
		dir:  "talvora-election",
		copy: "2-lakeside-courier",
		planted: []planted{
			{"turnout", map[string][]string{"61.4%": {"1-meridian-wire", "3-o-vigia-translated"}, "64.1%": {"4-northgate-daily", "5-coastline-chronicle"}}},
			{"consultations", map[string][]string{"2025-10-08": {"1-meridian-wire", "3-o-vigia-translated"}, "2025-10-09": {"5-coastline-chronicle"}}},
		},
		// Where Carvalho spoke: Porto Claro (1, 3, 4) or Aveleda (5).
		gaps:      []string{"place"},
		notValues: []string{"70%", "Ines Carvalho", "Inês Carvalho", "2025-10-07"},
		notTitles: []string{"Ines Carvalho", "Inês Carvalho"},
		rows: []row{
			{"2013", []string{"2013"}, []string{"1-meridian-wire"}},
			{"2024", []string{"last year"}, []string{"1-meridian-wire", "3-o-vigia-translated", "4-northgate-daily"}},
			{"2025-07", []string{"July"}, []string{"1-meridian-wire", "3-o-vigia-translated", "4-northgate-daily", "5-coastline-chronicle"}},
			{"2025-10-05", []string{"Sunday"}, []string{"1-meridian-wire", "3-o-vigia-translated", "4-northgate-daily", "5-coastline-chronicle"}},
			{"2025-10-06", []string{"Monday"}, []string{"4-northgate-daily", "5-coastline-chronicle"}},
			{"2025-10-08", []string{"Wednesday"}, []string{"1-meridian-wire", "3-o-vigia-translated"}},
			{"2025-10-09", []string{"Thursday"}, []string{"5-coastline-chronicle"}},
			{"2026-01", []string{"January"}, []string{"4-northgate-daily"}},
		},
	},
	{
		dir:  "aldwin-marathon",
		copy: "3-harbor-times",
		planted: []planted{
			{"winning time", map[string][]string{"2:04:37": {"1-aldwin-evening-post", "4-marcador-translated"}, "2:04:53": {"2-northstar-sports-wire"}}},
		},
		notValues: []string{"58", "1 minutes", "8", "2:05:51", "2025-10-20"},
		rows: []row{
			{"2019", []string{"2:05:51"}, []string{"2-northstar-sports-wire"}},
			{"2023", []string{"Kibet"}, []string{"1-aldwin-evening-post", "2-northstar-sports-wire", "4-marcador-translated"}},
			{"2024", []string{"last year"}, []string{"1-aldwin-evening-post", "2-northstar-sports-wire", "4-marcador-translated"}},
			{"2025-10-19", []string{"Tesfai"}, []string{"1-aldwin-evening-post", "2-northstar-sports-wire", "4-marcador-translated"}},
		},
	},
}

// TestExamples checks the brief of each story of the demo corpus against
// its EXPECTED.md: the planted disagreements found with exactly their
// independent sources, none of the "not a disagreement" cases reported,
// the wire copy never a source, and the dated rows of the timeline.
func TestExamples(t *testing.T) {
	if _, err := os.Stat(examplesDir); err != nil {
		t.Skipf("examples not found: %v", err)
	}
	for _, ex := range examples {
		t.Run(ex.dir, func(t *testing.T) {
			b := load(t, filepath.Join(examplesDir, ex.dir))
			if !slices.ContainsFunc(b.Duplicates, func(d storyline.Duplicate) bool { return d.Article == ex.copy }) {
				t.Errorf("%s not found a copy: %+v", ex.copy, b.Duplicates)
			}
			for _, p := range ex.planted {
				if d, ok := findDiscrepancy(b, p.about); !ok {
					t.Errorf("planted disagreement %q not reported; got %+v", p.about, b.Discrepancies)
				} else if got := variantMap(d); !sameSources(got, p.variants) {
					t.Errorf("%q: variants %v, want %v", p.about, got, p.variants)
				}
			}
			for _, g := range ex.gaps {
				if _, ok := findDiscrepancy(b, g); ok {
					t.Errorf("known gap %q is found now: drop it from gaps", g)
				} else {
					t.Logf("known gap: %q not reported", g)
				}
			}
			for _, d := range b.Discrepancies {
				for _, v := range d.Variants {
					if slices.Contains(ex.notValues, v.Value) {
						t.Errorf("%q reported as a variant of %q, which EXPECTED.md calls no disagreement", v.Value, d.About)
					}
					if slices.Contains(v.Sources, ex.copy) {
						t.Errorf("the copy %s counted as a source of %q", ex.copy, d.About)
					}
				}
				for _, n := range ex.notTitles {
					if d.About == "title of "+n {
						t.Errorf("titles of %s reported as a disagreement: %+v", n, d.Variants)
					}
				}
			}
			for _, f := range b.Facts {
				if slices.Contains(f.SupportedBy, ex.copy) {
					t.Errorf("the copy %s supports a fact: %q", ex.copy, f.Text)
				}
			}
			for _, e := range b.Timeline {
				if slices.Contains(e.Sources, ex.copy) {
					t.Errorf("the copy %s dates a timeline row: %+v", ex.copy, e)
				}
			}
			for _, r := range ex.rows {
				if !slices.ContainsFunc(b.Timeline, func(e storyline.Event) bool {
					return e.Date == r.date && matches(e.Text, [][]string{r.words}) &&
						slices.ContainsFunc(e.Sources, func(s string) bool { return slices.Contains(r.sources, s) })
				}) {
					t.Errorf("no timeline row %s with %v from %v", r.date, r.words, r.sources)
				}
			}
		})
	}
}

// findDiscrepancy returns the discrepancy whose About holds about.
func findDiscrepancy(b *storyline.Brief, about string) (storyline.Discrepancy, bool) {
	for _, d := range b.Discrepancies {
		if strings.Contains(strings.ToLower(d.About), strings.ToLower(about)) {
			return d, true
		}
	}
	return storyline.Discrepancy{}, false
}

func variantMap(d storyline.Discrepancy) map[string][]string {
	m := map[string][]string{}
	for _, v := range d.Variants {
		m[v.Value] = v.Sources
	}
	return m
}

// sameSources reports whether got gives exactly the values of want, each
// from exactly its sources.
func sameSources(got, want map[string][]string) bool {
	if len(got) != len(want) {
		return false
	}
	for v, src := range want {
		if !slices.Equal(got[v], src) {
			return false
		}
	}
	return true
}
