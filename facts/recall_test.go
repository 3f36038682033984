package facts_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline/analyze"
	"storyline/text"
)

// factsExpected is the part of EXPECTED.json that TestStoriesFactRecall reads.
type factsExpected struct {
	Facts []struct {
		Text    string   `json:"text"`
		Sources []string `json:"sources"`
	} `json:"facts"`
	Single []struct {
		Text   string `json:"text"`
		Source string `json:"source"`
	} `json:"single_source"`
}

// matchShare is the least share of an expected fact's content terms that a
// brief's fact must hold to be taken as stating it.
const matchShare = 0.4

// TestStoriesFactRecall scores the facts of each story's brief against the
// facts its EXPECTED.json lists, written by hand in other words than any
// report: for each corroborated fact, the share of its outlets that the
// best brief fact stating it (holding matchShare of its terms) names; for
// each single-source claim, whether the brief fact stating it is given as
// that outlet's alone. The figures are logged per story and overall, and
// the overall ones must not fall under a floor a little below what the
// method reached when this test was written.
func TestStoriesFactRecall(t *testing.T) {
	var recall, single float64
	var nFacts, nSingle int
	for _, dir := range stories(t) {
		var exp factsExpected
		readExpected(t, dir, &exp)
		b := load(t, dir)
		facts := make([][]string, len(b.Facts))
		for i, f := range b.Facts {
			facts[i] = termsOf(f.Text)
		}
		var r float64
		for _, e := range exp.Facts {
			want := termsOf(e.Text)
			best := 0.0
			for i, f := range b.Facts {
				if share(want, facts[i]) < matchShare {
					continue
				}
				n := 0
				for _, s := range e.Sources {
					if slices.Contains(f.SupportedBy, s) {
						n++
					}
				}
				best = max(best, float64(n)/float64(len(e.Sources)))
			}
			r += best
		}
		var s float64
		for _, e := range exp.Single {
			want := termsOf(e.Text)
			bi, bv := -1, matchShare
			for i := range b.Facts {
				if v := share(want, facts[i]); v >= bv {
					bi, bv = i, v
				}
			}
			if bi >= 0 && slices.Equal(b.Facts[bi].SupportedBy, []string{e.Source}) {
				s++
			}
		}
		t.Logf("%s: outlets of %d facts found %.3f; %d single-source claims given as such %.3f",
			filepath.Base(dir), len(exp.Facts), r/float64(max(1, len(exp.Facts))), len(exp.Single), s/float64(max(1, len(exp.Single))))
		recall += r
		single += s
		nFacts += len(exp.Facts)
		nSingle += len(exp.Single)
	}
	recall /= float64(max(1, nFacts))
	single /= float64(max(1, nSingle))
	t.Logf("all stories: outlets of %d facts found %.3f; %d single-source claims given as such %.3f", nFacts, recall, nSingle, single)
	if recall < recallFloor || single < singleFloor {
		t.Errorf("fact recall %.3f, single-source %.3f; want at least %.2f, %.2f", recall, single, recallFloor, singleFloor)
	}
}

// Floors of TestStoriesFactRecall. They are measured over every planted
// story, and each round of new ones moves the figures: round 21 brought
// the single-source share from 0.845 to 0.837, round 46 (its gallery flood
// has 21 single-source claims, 12 found as such) from 0.822 to 0.817;
// rounds 49-53 (20 stories, 266 single-source claims) from 0.811 to 0.799
// with no change of code (stories only). The floors catch a change of
// code that costs much, not the drift of new stories.
const (
	recallFloor = 0.54
	singleFloor = 0.78
)

// termsOf returns the distinct content terms of s, sorted.
func termsOf(s string) []string {
	ts := analyze.ContentTerms(text.Words(s, nil))
	slices.Sort(ts)
	return slices.Compact(ts)
}

// share is the share of want's terms that got holds.
func share(want, got []string) float64 {
	if len(want) == 0 {
		return 0
	}
	n := 0
	for _, w := range want {
		if _, ok := slices.BinarySearch(got, w); ok {
			n++
		}
	}
	return float64(n) / float64(len(want))
}

// TestFactsKeepTheirValues checks that an outlet giving another toll is not
// listed as supporting a fact stated with the first: it tells the same
// crash, but does not say what the fact says.
func TestFactsKeepTheirValues(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"1-a.txt": "Bus crash\n\nVELSK, March 5, 2025 - Twelve people were killed when a bus fell into a ravine on the Orra Pass on Tuesday, police said.\n\nThe driver survived.\n",
		"2-b.txt": "Crash on pass\n\nVELSK, March 5, 2025 - Twelve people were killed when a bus fell into a ravine on the Orra Pass on Tuesday, officials said.\n\nThe driver was questioned.\n",
		"3-c.txt": "Toll rises\n\nVELSK, March 6, 2025 - Fourteen people were killed when a bus fell into a ravine on the Orra Pass on Tuesday, police said.\n\nTwo died in hospital.\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b := load(t, dir)
	for _, f := range b.Facts {
		if strings.Contains(f.Text, "Twelve") && slices.Contains(f.SupportedBy, "3-c") {
			t.Errorf("%q supported by %v: 3-c says fourteen", f.Text, f.SupportedBy)
		}
		if strings.Contains(f.Text, "Fourteen") && (slices.Contains(f.SupportedBy, "1-a") || slices.Contains(f.SupportedBy, "2-b")) {
			t.Errorf("%q supported by %v: 1-a and 2-b say twelve", f.Text, f.SupportedBy)
		}
	}
}
