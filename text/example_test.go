package text_test

import (
	"fmt"

	"storyline/stem"
	"storyline/text"
)

func ExampleSentences() {
	p := `He works for Acme Inc. The company met U.S. officials at 10 a.m. on Monday. "Why now?" Smith asked.`
	for _, sp := range text.Sentences(p) {
		fmt.Println(p[sp.Start:sp.End])
	}
	// Output:
	// He works for Acme Inc.
	// The company met U.S. officials at 10 a.m. on Monday.
	// "Why now?" Smith asked.
}

func ExampleTokens() {
	for _, t := range text.Tokens("Kim Jong-un's $1.5 billion U.S. deal, 2019.") {
		fmt.Printf("%q %d-%d\n", t.Text, t.Start, t.End)
	}
	// Output:
	// "Kim" 0-3
	// "Jong-un's" 4-13
	// "$1.5" 14-18
	// "billion" 19-26
	// "U.S." 27-31
	// "deal" 32-36
	// "2019" 38-42
}

func ExampleContentTerms() {
	fmt.Println(text.ContentTerms("The President's talks with the rebels were continuing.", stem.Porter))
	// Output:
	// [presid talk rebel continu]
}
