package facts_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestZZRecallDetail(t *testing.T) {
	for _, dir := range stories(t) {
		raw, _ := os.ReadFile(filepath.Join(dir, "EXPECTED.json"))
		var exp factsExpected
		json.Unmarshal(raw, &exp)
		b := load(t, dir)
		for _, e := range exp.Facts {
			want := termsOf(e.Text)
			best, bf := 0.0, -1
			for i, f := range b.Facts {
				if share(want, termsOf(f.Text)) < matchShare {
					continue
				}
				n := 0
				for _, s := range e.Sources {
					if slices.Contains(f.SupportedBy, s) {
						n++
					}
				}
				if r := float64(n) / float64(len(e.Sources)); r > best {
					best, bf = r, i
				}
			}
			if best < 1 {
				got := ""
				if bf >= 0 {
					got = b.Facts[bf].Text
				}
				t.Logf("%s: %.2f %q (want %v) best %q", filepath.Base(dir), best, e.Text, e.Sources, got)
			}
		}
	}
}
