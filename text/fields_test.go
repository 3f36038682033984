package text

import (
	"strings"
	"testing"
)

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b  c ", "a\tb\nc", "a\u00a0b", "a\u2009b\u3000c", "\xffa b\xfe", "x\u0085y", "é è"} {
		if got, want := CountFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountFields(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzCountFields(f *testing.F) {
	f.Add("a b\tc")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CountFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountFields(%q) = %d, want %d", s, got, want)
		}
	})
}
