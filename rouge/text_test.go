package rouge

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, format, in string
		want             []string
	}{
		{"spl", FormatSPL, "First One.\n\nSecond, TWO\r\nlast", []string{"first one.", "second, two\r", "last"}},
		{"spl blank line kept if spaces", FormatSPL, "a\n  \nb\n", []string{"a", "  ", "b"}},
		{"see", FormatSEE, "<html>\n<a name=\"1\">[1]</a> <a href=\"#1\" id=1>The Cat.</a>\n" +
			"<a size=\"10\" name=\"2\">[2]</a>\t<a href=\"#2\" id=2>sat here\n" +
			"<a name=\"x\">[3]</a> <a href=\"#3\" id=3>bad id</a>\n",
			[]string{"the cat.", "sat here\n"}},
		{"isi", FormatISI, "<S SNTNO=\"1\">One Two</S>\n<S SNTNO=\"a,2\">three</S>\n<S SNTNO=\"3\">open\n",
			[]string{"one two", "three"}},
	}
	for _, tt := range tests {
		if got := sentences([]byte(tt.in), tt.format); !slices.Equal(got, tt.want) {
			t.Errorf("%s: sentences = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPerlFields(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"a b", []string{"a", "b"}},
		{" a  b ", []string{"", "a", "b"}},
		{"a\tb\r", []string{"a", "b"}},
		{"u.s.-led -- talks", []string{"u.s.-led", "--", "talks"}},
	}
	for _, tt := range tests {
		if got := perlFields(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("perlFields(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCut(t *testing.T) {
	sents := []string{"one two three", "four -- five", " six seven"}
	tests := []struct {
		name      string
		lim       limit
		wantText  string
		wantSents []string
	}{
		{"none", limit{}, "one two three four -- five  six seven", sents},
		// "--" counts as a word; the leading space of the third line is an
		// empty first field, so it holds three words.
		{"words", limit{words: 5}, "one two three four --", []string{"one two three", "four --"}},
		{"words at sentence end", limit{words: 6}, "one two three four -- five", []string{"one two three", "four -- five"}},
		{"words leading space", limit{words: 8}, "one two three four -- five  six", []string{"one two three", "four -- five", " six"}},
		// Bytes count the sentences, not the spaces that join them; the
		// LCS text keeps whole sentences shorter than the limit.
		{"bytes", limit{bytes: 20}, "one two three four --", sents},
		{"bytes long sentence", limit{bytes: 5}, "one t", []string{"one t"}},
	}
	for _, tt := range tests {
		if got := cutText(sents, tt.lim); got != tt.wantText {
			t.Errorf("%s: cutText = %q, want %q", tt.name, got, tt.wantText)
		}
		if got := cutSentences(sents, tt.lim); !slices.Equal(got, tt.wantSents) {
			t.Errorf("%s: cutSentences = %q, want %q", tt.name, got, tt.wantSents)
		}
	}
}

func TestWordsAndTerms(t *testing.T) {
	got := words(nil, "u.s.-led talks, 1990s' \xc3\xa9lan $5 co-op")
	want := []string{"u", "s", "led", "talks", "1990s", "lan", "5", "co", "op"}
	if !slices.Equal(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}

	exc := Exceptions{"geese": "goose", "better": "well"}
	tests := []struct {
		name string
		opts Options
		in   []string
		want []string
	}{
		{"plain", Options{}, []string{"the", "geese", "running"}, []string{"the", "geese", "running"}},
		{"stem", Options{Stem: true, Exceptions: exc}, []string{"the", "geese", "running", "men", "better"},
			[]string{"the", "goose", "run", "men", "well"}},
		{"stop", Options{RemoveStopwords: true}, []string{"the", "reuters", "geese", "said"}, []string{"geese"}},
	}
	for _, tt := range tests {
		a := newAnalyzer(&tt.opts)
		var got []string
		for _, tok := range tt.in {
			if term, ok := a.term(tok); ok {
				got = append(got, term)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: terms = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add([]byte("<a name=\"1\">[1]</a> <a href=\"#1\" id=1>x</a>\n"), 100, 0)
	f.Add([]byte("One two.\n three  four\n"), 3, 0)
	f.Add([]byte("abc\ndef\n"), 0, 4)
	f.Fuzz(func(t *testing.T, data []byte, nWords, nBytes int) {
		for _, format := range []string{FormatSPL, FormatSEE, FormatISI} {
			sents := sentences(data, format)
			lim := limit{words: nWords % 50}
			if nBytes%2 == 0 {
				lim = limit{bytes: nBytes % 200}
			}
			if lim.words < 0 || lim.bytes < 0 {
				lim = limit{}
			}
			text := cutText(sents, lim)
			if lim.bytes > 0 && len(text) > lim.bytes+len(sents) {
				t.Fatalf("cut to %d bytes, got %d", lim.bytes, len(text))
			}
			for _, w := range words(nil, text) {
				if w == "" {
					t.Fatal("empty token")
				}
			}
			_ = cutSentences(sents, lim)
		}
	})
}
