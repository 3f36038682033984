package analyze

import (
	"strings"
	"testing"

	"storyline"
	"storyline/clean"
)

func TestEnglish(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The river burst its banks on Monday night and flooded the lower town, where most of the victims lived, officials said on Tuesday as rescue teams searched the area.", true},
		{"Der Fluss trat am Montagabend über die Ufer und überflutete die Unterstadt, in der die meisten Opfer lebten, teilten Beamte am Dienstag mit, während Rettungsteams das Gebiet durchsuchten.", false},
		{"El río se desbordó el lunes por la noche e inundó la parte baja de la ciudad, donde vivía la mayoría de las víctimas, dijeron las autoridades el martes mientras los equipos de rescate buscaban.", false},
		{"Short text.", true},
		// Long texts are judged on their first few kilobytes, cut between
		// words or runes.
		{strings.Repeat("Der Fluss trat am Montagabend über die Ufer und überflutete die Unterstadt. ", 200), false},
		{strings.Repeat("The river burst its banks on Monday night and flooded the lower town. ", 200), true},
		{strings.Repeat("洪水淹没了下城区", 1000), true},
	}
	for _, tt := range tests {
		if got, share := English(tt.text); got != tt.want {
			t.Errorf("English(%q…) = %v (share %.2f), want %v", tt.text[:30], got, share, tt.want)
		}
	}
}

func TestSegmentOffsets(t *testing.T) {
	body := "Floods\n\n“The water rose fast,” said Mr. Diaz.  He left at 3 p.m.\nwith his family.\n\nThe U.S. sent aid."
	a := &storyline.Article{ID: "a", Title: "Floods", Body: body}
	clean.Article(a)
	Segment(a)
	want := []string{`"The water rose fast," said Mr. Diaz.`, "He left at 3 p.m. with his family.", "The U.S. sent aid."}
	if len(a.Sentences) != len(want) {
		t.Fatalf("got %d sentences: %+v", len(a.Sentences), a.Sentences)
	}
	for i, s := range a.Sentences {
		if s.Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s.Text, want[i])
		}
		// The span in the body holds the same words.
		got := strings.Join(strings.Fields(body[s.Start:s.End]), " ")
		w := strings.Trim(strings.Fields(want[i])[len(strings.Fields(want[i]))-1], `".`)
		if !strings.Contains(got, w) || s.Index != i || s.Article != "a" {
			t.Errorf("sentence %d: body span %q for %q", i, got, s.Text)
		}
	}
}

func TestCorpusCopies(t *testing.T) {
	arts := []*storyline.Article{
		{ID: "a", Body: "The dam failed at dawn and the valley flooded quickly."},
		{ID: "b", Body: "The dam failed at dawn and the valley flooded quickly."},
		{ID: "c", Body: "Officials counted the damage in the valley after the dam failed."},
	}
	for _, a := range arts {
		clean.Article(a)
	}
	c := New(arts, []storyline.Duplicate{{Article: "b", CopyOf: "a"}})
	if c.Independent != 2 || c.Original(1) != 0 || c.Original(2) != 2 {
		t.Errorf("independent %d, originals %d %d", c.Independent, c.Original(1), c.Original(2))
	}
	if c.DocFreq["dam"] != 2 {
		t.Errorf("DocFreq[dam] = %d, want 2 (the copy does not count)", c.DocFreq["dam"])
	}
	s0, s2 := c.Sents[0].Terms, c.Sents[2].Terms
	if o := c.Overlap(s0, s0); o != 1 {
		t.Errorf("self overlap = %v", o)
	}
	if o := c.Overlap(s0, s2); o <= 0 || o >= 1 {
		t.Errorf("overlap with a sentence sharing some terms = %v", o)
	}
}
