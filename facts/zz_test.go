package facts

import "testing"

func TestZZ(t *testing.T) {
	for _, s := range []string{"The 72-player event attracted a dozen grandmasters.", "by the League's 21-member parliamentary group.", "without a majority in the 180-seat National Assembly.", "a five-storey building", "The twenty-minute storm swept", "An estimated 18,000 volumes were lost"} {
		t.Logf("%s => %+v", s, ParseQuantities(s))
	}
}
