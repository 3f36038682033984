package summarize

import "testing"

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
