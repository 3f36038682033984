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

func TestUndisputedHeadline(t *testing.T) {
	disc := []storyline.Discrepancy{
		{About: "value of the deal", Variants: []storyline.Variant{{Value: "$4.5 billion"}, {Value: "$4.2 billion"}}},
		{About: "title of Ana Ruiz", Variants: []storyline.Variant{{Value: "minister"}, {Value: "Prime Minister"}}},
	}
	tests := []struct {
		heads []string
		want  string
	}{
		{[]string{"Brandt buys Osterley for $4.2 billion", "Brandt strikes deal for Osterley"}, "Brandt strikes deal for Osterley"},
		{[]string{"Brandt buys Osterley for 4.5 billion dollars", "Brandt strikes deal for Osterley"}, "Brandt strikes deal for Osterley"},
		// A person's title is no disputed value.
		{[]string{"Minister hails Brandt deal", "Brandt strikes deal"}, "Minister hails Brandt deal"},
		// When every headline states one, the best stays.
		{[]string{"Brandt pays $4.2 billion", "Deal worth $4.5 billion"}, "Brandt pays $4.2 billion"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := undisputed(tt.heads, disc); got != tt.want {
			t.Errorf("undisputed(%q) = %q, want %q", tt.heads, got, tt.want)
		}
	}
}
