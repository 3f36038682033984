package text

import (
	"slices"
	"strings"
	"testing"
)

func TestIsStopword(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"the", true}, {"of", true}, {"and", true}, {"wouldn't", true},
		{"it's", true}, {"themselves", true}, {"e.g.", true}, {"a", true},
		{"The", false}, // callers pass lower case
		{"said", false}, {"president", false}, {"summit", false},
		{"2019", false}, {"", false}, {"u.s.", false},
	}
	for _, tc := range tests {
		if got := IsStopword(tc.w); got != tc.want {
			t.Errorf("IsStopword(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	if n := len(stopwords); n < 200 || n > 500 {
		t.Errorf("stopword list has %d words, want a few hundred", n)
	}
	for w := range stopwords {
		if w != strings.ToLower(w) {
			t.Errorf("stopword %q is not lower case", w)
		}
	}
}

func TestContentTerms(t *testing.T) {
	// chop is a stand-in stemmer.
	chop := func(w string) string { return strings.TrimSuffix(w, "s") }
	tests := []struct {
		in   string
		stem func(string) string
		want []string
	}{
		{"", nil, nil},
		{"The, of -- and!", nil, nil},
		{"The President's talks with Kim Jong-un ended in Hanoi.", nil,
			[]string{"president", "talks", "kim", "jong-un", "ended", "hanoi"}},
		{"The President's talks with Kim Jong-un ended in Hanoi.", chop,
			[]string{"president", "talk", "kim", "jong-un", "ended", "hanoi"}},
		{"It's what they'd said: $1.5 billion for U.S. roads.", nil,
			[]string{"said", "$1.5", "billion", "u.s.", "roads"}},
		{"He’s sure they’re wrong", nil, []string{"sure", "wrong"}},
		{"Somebody's car", nil, []string{"car"}},
		{"gas gas", func(string) string { return "" }, nil},
	}
	for _, tc := range tests {
		if got := ContentTerms(tc.in, tc.stem); !slices.Equal(got, tc.want) {
			t.Errorf("ContentTerms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
