package eval

import (
	"context"
	"testing"

	"storyline/summarize"
)

func TestZZDebug(t *testing.T) {
	tasks, err := LoadSummaryData(context.Background(), "../../shared/eval/multinews/validation-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range tasks {
		if tk.ID != "mn-val-011" {
			continue
		}
		p := Prepare(tk)
		c := p.Corpus
		t.Logf("independent %d sents %d", c.Independent, len(c.Sents))
		for i, s := range c.Sents {
			t.Logf("%d doc%d q=%.2f w=%d %.80s", i, s.Doc, summarize.Quality(c, i), s.Words, s.Text)
		}
		for _, it := range summarize.Summarize(c, summarize.Concept{}, summarize.Options{Words: 300, HardCut: true}) {
			t.Logf("chosen %d", it.Sent)
		}
	}
}
