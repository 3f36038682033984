package facts

import (
	"slices"
	"strings"
	"testing"

	"storyline/analyze"
)

// TestYearTerms checks the years a clause's dates imply: a past or coming
// year the words leave out is a term, so that "in May" of a March report
// meets "May 2025"; the report's own year, and a year written out, add
// nothing.
func TestYearTerms(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Ferry line closes\n\nHALMSTEAD, March 3, 2026 - The Orlby ferry line will close in April after a single season.\n\n" +
			"The line first sailed in May at a ceremony in Orlby harbour.\n\n" +
			"It carried 41,000 passengers last year, the operator said.\n\n" +
			"A rival line opened in May 2025 at Kessby.\n\n" +
			"Crews will be kept on until the end of next year.\n",
	})
	tests := []struct {
		sentence string // a word of the sentence
		want     []string
	}{
		{"close in April", nil},            // the report's year
		{"first sailed", []string{"2025"}}, // May before March: last year's
		{"41,000", []string{"2025"}},       // last year
		{"Kessby", nil},                    // written out
		{"Crews", []string{"2027"}},        // next year
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			i := slices.IndexFunc(a.c.Sents, func(s analyze.Sent) bool { return strings.Contains(s.Text, tt.sentence) })
			if i < 0 {
				t.Fatalf("no sentence holds %q", tt.sentence)
			}
			got := a.yearTerms(i, 0, len(a.c.Sents[i].Text), nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("yearTerms(%q) = %q, want %q", a.c.Sents[i].Text, got, tt.want)
			}
		})
	}
}
