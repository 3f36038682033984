package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" -- ... !? ", nil},
		{"The cat sat.", []string{"The", "cat", "sat"}},
		{"Kim Jong-un met Moon Jae-in.", []string{"Kim", "Jong-un", "met", "Moon", "Jae-in"}},
		{"The U.S. and the U.N. met.", []string{"The", "U.S.", "and", "the", "U.N.", "met"}},
		{"U.S.-led forces", []string{"U.S.", "led", "forces"}},
		{"e.g., a.m. and Ph.D.", []string{"e.g.", "a.m.", "and", "Ph.D."}},
		{"Acme Inc. said", []string{"Acme", "Inc", "said"}},
		{"It cost $1.5 billion in 2019.", []string{"It", "cost", "$1.5", "billion", "in", "2019"}},
		{"$21,619 and 1,000,000 people; 1,2,3", []string{"$21,619", "and", "1,000,000", "people", "1", "2", "3"}},
		{"€20 and £5.50, US$3", []string{"€20", "and", "£5.50", "US", "$3"}},
		{"Pi is 3.14; it rose 3.5%.", []string{"Pi", "is", "3.14", "it", "rose", "3.5"}},
		{"at 10:30 a.m. on 9/11", []string{"at", "10:30", "a.m.", "on", "9/11"}},
		{"don't O'Brien Indians' 'quoted' '90s", []string{"don't", "O'Brien", "Indians", "quoted", "90s"}},
		{"don’t stop", []string{"don’t", "stop"}},
		{"AT&T and S&P; rock & roll", []string{"AT&T", "and", "S&P", "rock", "roll"}},
		{"the 52-48 vote, twenty-nine", []string{"the", "52-48", "vote", "twenty-nine"}},
		{"well- known -5 x-", []string{"well", "known", "5", "x"}},
		{"visit example.com or mail a.b@example.org", []string{"visit", "example.com", "or", "mail", "a.b", "example.org"}},
		{"met in Cairo.Both sides", []string{"met", "in", "Cairo", "Both", "sides"}},
		{"He founded Amazon.Com", []string{"He", "founded", "Amazon.Com"}},
		{"wait...what", []string{"wait", "what"}},
		{"1990–1995 (AP)", []string{"1990", "1995", "AP"}},
		{"Zürich, Ελλάδα, Москва, 東京", []string{"Zürich", "Ελλάδα", "Москва", "東京"}},
		{"naïve cafe\u0301", []string{"naïve", "cafe\u0301"}},
		{"٣٤ and ४२", []string{"٣٤", "and", "४२"}},
		{"bad \xff byte", []string{"bad", "byte"}},
	}
	for _, tc := range tests {
		toks := Tokens(tc.in)
		var got []string
		for _, tok := range toks {
			got = append(got, tok.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Tokens(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
		checkTokens(t, tc.in, toks)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"the cat", []string{"the", "cat"}},
		{"The U.S. Army's AT&T deal", []string{"the", "u.s.", "army's", "at&t", "deal"}},
		{"DON’T ZÜRICH Ελλάδα", []string{"don't", "zürich", "ελλάδα"}},
		{"non‐stop $1.5", []string{"non-stop", "$1.5"}},
	}
	for _, tc := range tests {
		got := Words(tc.in, nil)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Words appends.
	got := Words("Two Words", []string{"one"})
	if want := []string{"one", "two", "words"}; !slices.Equal(got, want) {
		t.Errorf("Words appending = %q, want %q", got, want)
	}
}

func TestWordsAllocations(t *testing.T) {
	lower := "the talks in hanoi ended early and both sides left without a deal"
	mixed := "The talks in Hanoi ended early and both sides left without a deal, U.S. officials said."
	dst := make([]string, 0, 64)
	for _, tc := range []struct {
		in   string
		want float64
	}{{lower, 0}, {mixed, 1}} {
		n := testing.AllocsPerRun(100, func() { dst = Words(tc.in, dst[:0]) })
		if n > tc.want {
			t.Errorf("Words(%q) allocates %v times, want at most %v", tc.in, n, tc.want)
		}
	}
	toks := make([]Token, 0, 64)
	if n := testing.AllocsPerRun(100, func() { toks = AppendTokens(toks[:0], mixed) }); n != 0 {
		t.Errorf("AppendTokens with room allocates %v times, want 0", n)
	}
	spans := make([]Span, 0, 8)
	if n := testing.AllocsPerRun(100, func() { spans = AppendSentences(spans[:0], mixed) }); n != 0 {
		t.Errorf("AppendSentences with room allocates %v times, want 0", n)
	}
}

// checkTokens fails t unless toks are valid tokens of s: ordered, with
// Text equal to s[Start:End], holding a letter or digit, and with no
// letter or digit of s left outside every token.
func checkTokens(t *testing.T, s string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
			t.Fatalf("token %d [%d,%d) out of order or empty (previous end %d, len %d)", i, tok.Start, tok.End, prev, len(s))
		}
		if tok.Text != s[tok.Start:tok.End] {
			t.Fatalf("token %d text %q is not s[%d:%d] = %q", i, tok.Text, tok.Start, tok.End, s[tok.Start:tok.End])
		}
		if !strings.ContainsFunc(tok.Text, isWordRune) {
			t.Errorf("token %d %q has no letter or digit", i, tok.Text)
		}
		checkNoWord(t, s, prev, tok.Start)
		prev = tok.End
	}
	checkNoWord(t, s, prev, len(s))
}

// checkNoWord fails t if s[a:b] holds a letter or digit.
func checkNoWord(t *testing.T, s string, a, b int) {
	t.Helper()
	if i := strings.IndexFunc(s[a:b], isWordRune); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[a+i:])
		t.Fatalf("%q at %d is in no token", r, a+i)
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"U.S. $1.5 Jong-un don't", "a.b.c.", "1,000,00", "$$1", "AT&T&", "’'’", "x\u0301\xff", "Cairo.Both"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s)
		checkTokens(t, s, toks)
		words := Words(s, nil)
		if len(words) != len(toks) {
			t.Fatalf("Words gives %d words, Tokens %d tokens", len(words), len(toks))
		}
		for i, w := range words {
			if !utf8.ValidString(w) || !isNormal(w) {
				t.Errorf("word %d %q of token %q is not normalised", i, w, toks[i].Text)
			}
		}
	})
}
