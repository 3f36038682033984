package summarize

import (
	"strings"
	"testing"
)

func TestCompressDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ALDWIN, Oct 19 (Northstar Sports Wire) - Eritrea's Nahom Tesfai won the Aldwin Marathon on Sunday in a course record.", "Eritrea's Nahom Tesfai won the Aldwin Marathon on Sunday in a course record."},
		{"BRENNA, Varnia, April 15 (Meridian Wire) - Flash floods in Varnia's north have killed at least 23 people.", "Flash floods in Varnia's north have killed at least 23 people."},
		{"Porto Claro, 06/10/2025 - The Civic Alliance won the legislative elections of this Sunday.", "The Civic Alliance won the legislative elections of this Sunday."},
		{"Smith, the mayor, said the river rose - and then fell again by the evening.", "Smith, the mayor, said the river rose - and then fell again by the evening."},
	}
	for _, tt := range tests {
		if got := Compress(tt.in); got != tt.want {
			t.Errorf("Compress(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompressDatelineWithYear(t *testing.T) {
	in := "VELARDE, March 5, 2025 - At least 12 people were killed when a bus fell into a ravine."
	if got, want := Compress(in), "At least 12 people were killed when a bus fell into a ravine."; got != want {
		t.Errorf("Compress = %q, want %q", got, want)
	}
}

func TestSpaced(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{"a b c", true},
		{" a", false},
		{"a ", false},
		{"a  b", false},
		{"a\tb", false},
		{"a\nb", false},
		{"a\u00a0b", false},
		{"a\u2009b", false},
		{"café au lait", true},
	} {
		if got := spaced(tt.in); got != tt.want {
			t.Errorf("spaced(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if tt.want && strings.Join(strings.Fields(tt.in), " ") != tt.in {
			t.Errorf("%q: spaced but Fields changes it", tt.in)
		}
	}
}

func TestSays(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"The river rose, officials said.", true},
		{"according to the police", true},
		{"She told reporters", true},
		{"The unsaid truth", false},
		{"The rain fell all day.", false},
		{"", false},
	} {
		if got := says(tt.in); got != tt.want {
			t.Errorf("says(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
