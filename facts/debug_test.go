package facts

import (
	"context"
	"fmt"
	"os"
	"testing"

	"storyline/analyze"
	"storyline/clean"
	"storyline/near"
	"storyline/read"
)

func TestDebugSims(t *testing.T) {
	dir := os.Getenv("DEBUGSIM")
	if dir == "" {
		t.Skip()
	}
	arts, _ := read.Path(context.Background(), dir, read.Options{})
	for _, a := range arts {
		clean.Article(a)
	}
	c := analyze.New(arts, near.Duplicates(arts))
	a := newAnalysis(c, Options{})
	for i, s := range c.Sents {
		fmt.Printf("%d:%d %.60s\n", s.Doc, s.Index, s.Text)
		for d := range a.docs {
			if d == s.Doc {
				continue
			}
			best, bj := 0.0, -1
			for _, j := range a.docs[d] {
				if v := a.ix.sim(i, j); v > best {
					best, bj = v, j
				}
			}
			if bj >= 0 && best > 0.25 {
				fmt.Printf("    %.2f %d:%d %.60s\n", best, d, c.Sents[bj].Index, c.Sents[bj].Text)
			}
		}
	}
}
