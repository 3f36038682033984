package stem

import (
	"strings"
	"testing"
)

func TestPorter(t *testing.T) {
	// Expected stems are those of ROUGE-1.5.5's Perl stemmer.
	tests := []struct{ word, want string }{
		// Short words are left alone.
		{"", ""}, {"y", "y"}, {"ye", "ye"}, {"is", "is"},
		// Step 1a: plurals.
		{"caresses", "caress"}, {"ponies", "poni"}, {"ties", "ti"},
		{"caress", "caress"}, {"cats", "cat"}, {"yes", "ye"}, {"1990s", "1990"},
		// Step 1b: -eed, -ed, -ing and their repairs.
		{"feed", "feed"}, {"agreed", "agre"}, {"plastered", "plaster"},
		{"bled", "bled"}, {"motoring", "motor"}, {"sing", "sing"},
		{"conflated", "conflat"}, {"troubled", "troubl"}, {"sized", "size"},
		{"hopping", "hop"}, {"tanned", "tan"}, {"falling", "fall"},
		{"hissing", "hiss"}, {"fizzed", "fizz"}, {"failing", "fail"},
		{"filing", "file"},
		// Step 1c and an initial y, which is a consonant.
		{"happy", "happi"}, {"sky", "sky"}, {"yelling", "yell"}, {"youth", "youth"},
		// Step 2.
		{"relational", "relat"}, {"conditional", "condit"}, {"rational", "ration"},
		{"valenci", "valenc"}, {"hesitanci", "hesit"}, {"digitizer", "digit"},
		{"conformabli", "conform"}, {"radicalli", "radic"}, {"differentli", "differ"},
		{"vileli", "vile"}, {"analogousli", "analog"}, {"vietnamization", "vietnam"},
		{"predication", "predic"}, {"operator", "oper"}, {"feudalism", "feudal"},
		{"decisiveness", "decis"}, {"hopefulness", "hope"}, {"callousness", "callous"},
		{"formaliti", "formal"}, {"sensitiviti", "sensit"}, {"sensibiliti", "sensibl"},
		{"generalizations", "gener"},
		// Step 3.
		{"triplicate", "triplic"}, {"formative", "form"}, {"formalize", "formal"},
		{"electriciti", "electr"}, {"electrical", "electr"}, {"hopeful", "hope"},
		{"goodness", "good"},
		// Step 4, with ROUGE's separate -ment and -ent rules.
		{"revival", "reviv"}, {"allowance", "allow"}, {"inference", "infer"},
		{"airliner", "airlin"}, {"gyroscopic", "gyroscop"}, {"adjustable", "adjust"},
		{"defensible", "defens"}, {"irritant", "irrit"}, {"replacement", "replac"},
		{"adjustment", "adjust"}, {"dependent", "depend"}, {"adoption", "adopt"},
		{"homologou", "homolog"}, {"communism", "commun"}, {"activate", "activ"},
		{"angulariti", "angular"}, {"homologous", "homolog"}, {"effective", "effect"},
		{"bowdlerize", "bowdler"}, {"agreement", "agreem"},
		// Step 5.
		{"probate", "probat"}, {"rate", "rate"}, {"cease", "ceas"},
		{"controll", "control"}, {"roll", "roll"},
		// Bytes outside a-z are consonants; nothing breaks on them.
		{"naïve", "naïv"}, {strings.Repeat("a", 70) + "tional", strings.Repeat("a", 70) + "tion"},
	}
	for _, tt := range tests {
		if got := Porter(tt.word); got != tt.want {
			t.Errorf("Porter(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestPorterNoAllocWhenPrefix(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _ = Porter("motoring") })
	if allocs != 0 {
		t.Errorf("Porter(motoring) allocates %v times, want 0", allocs)
	}
}

func FuzzPorter(f *testing.F) {
	for _, s := range []string{"caresses", "yelling", "agreement", "generalizations", "", "y", "ies", "sses", "eed"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		got := Porter(word)
		if len(got) > len(word)+1 {
			t.Errorf("Porter(%q) = %q, longer than the word plus one", word, got)
		}
		if len(word) >= 3 && len(got) > 0 && got[0] != word[0] {
			t.Errorf("Porter(%q) = %q changed the first byte", word, got)
		}
	})
}

// benchWords are the kind of tokens ROUGE stems: common news words.
var benchWords = []string{
	"president", "government", "announced", "officials", "agreement", "running",
	"nations", "security", "relational", "countries", "said", "happiness",
	"investigation", "according", "yesterday", "international", "military", "organizations",
}

func BenchmarkPorter(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		_ = Porter(benchWords[i%len(benchWords)])
	}
}
