package brief

import (
	"testing"

	"storyline"
)

func TestContradicts(t *testing.T) {
	disc := []storyline.Discrepancy{
		{About: "death toll", Variants: []storyline.Variant{{Value: "23", Sources: []string{"a", "b"}}, {Value: "27", Sources: []string{"c"}}}},
		{About: "date: The prime minister declared a state of emergency on …", Variants: []storyline.Variant{
			{Value: "2025-04-14", Sources: []string{"c"}}, {Value: "2025-04-15", Sources: []string{"a", "d"}}}},
	}
	tests := []struct {
		text, own, id string
		want          bool
	}{
		{"Floods have killed 23 people, officials said.", "a", "b", false},
		{"Floods have killed 23 people, officials said.", "a", "c", true},
		{"The river burst its banks on Monday.", "a", "c", false},
		// The date is written as a weekday: the own article's value counts.
		{"The prime minister declared a state of emergency on Tuesday.", "a", "d", false},
		{"The prime minister declared a state of emergency on Tuesday.", "a", "c", true},
	}
	for _, tt := range tests {
		if got := contradicts(disc, tt.text, tt.own, tt.id); got != tt.want {
			t.Errorf("contradicts(%q, own %s, %s) = %v, want %v", tt.text, tt.own, tt.id, got, tt.want)
		}
	}
}
