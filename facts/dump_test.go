package facts_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"storyline"
	"storyline/analyze"
	"storyline/brief"
	"storyline/clean"
	"storyline/facts"
	"storyline/near"
	"storyline/read"
	"storyline/support"
)

func TestDump(t *testing.T) {
	dir := os.Getenv("DUMP")
	if dir == "" {
		t.Skip()
	}
	arts, _ := read.Path(context.Background(), dir, read.Options{})
	for _, a := range arts {
		clean.Article(a)
	}
	_ = brief.Build
	dups := near.Duplicates(arts)
	c := analyze.New(arts, dups)
	b := &storyline.Brief{}
	facts.Fill(b, c, support.New(c), facts.Options{})
	b.Summary = nil
	out, _ := json.MarshalIndent(b, "", "  ")
	fmt.Println(string(out))
}
