// Package storyline holds the domain of Storyline: articles as read from many
// outlets, the sentences cut from them, the stories they are grouped into and
// the brief that gives one sourced account of a story.
//
// The package has no dependencies beyond the standard library. Each pipeline
// stage lives in its own package and data flows one way:
//
//	read → clean → text → near/story → summarize/support/facts → brief → render
package storyline

import "time"

// Article is one report from one outlet, as read and then cleaned.
//
// Body is the text exactly as the reader produced it (for plain text the file
// itself, for HTML the main text that extraction found). Every offset in the
// pipeline (paragraphs, sentences, entities, dates, quotes) is a byte offset
// into Body, so that anything in a brief can be traced back to its source.
type Article struct {
	// ID is stable: the file name without its extension, the id field of a
	// JSON line, a DOCNO, or a generated name for items of a feed.
	ID string `json:"id"`
	// Source names the outlet ("VOA News"); empty when unknown.
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title"`
	// Published is the zero time when the date is unknown.
	Published time.Time `json:"published,omitzero"`
	// Origin is where the article was read from: a path, "-" for standard
	// input, or a path with a fragment (#3) for one item of many.
	Origin string `json:"origin,omitempty"`
	// Lang is a BCP 47 code when known ("en").
	Lang string `json:"lang,omitempty"`
	// Body is the text as read, before cleaning.
	Body string `json:"-"`
	// Text is the cleaned text: paragraphs joined by blank lines.
	Text string `json:"text"`
	// Extra keeps fields of a structured input that Storyline does not use.
	Extra map[string]any `json:"extra,omitempty"`

	// Paragraphs are the cleaned paragraphs, in order, set by cleaning.
	Paragraphs []Paragraph `json:"-"`
	// Dropped lists what cleaning removed and why.
	Dropped []Dropped `json:"dropped,omitempty"`
	// Sentences are set by segmentation; their offsets point into Body.
	Sentences []Sentence `json:"-"`
}

// Paragraph is one cleaned paragraph of an article.
type Paragraph struct {
	// Text is normalised: NFKC, straight quotes, plain dashes, single spaces,
	// lines broken in the middle of a sentence joined back.
	Text string
	// Start and End delimit the paragraph in Article.Body.
	Start, End int
	// Offsets maps Text back to Article.Body as runs: from byte Text of
	// Text on, byte i came from byte Body+(i-Text) of Article.Body, until
	// the next run. Runs are sorted by Text. Nil means Text is
	// Body[Start:End] unchanged.
	Offsets []Anchor
	// Heading marks a short line without a full stop inside the article (a
	// crosshead or standfirst): kept as text, never chosen as a sentence.
	Heading bool
}

// Anchor starts a run of Paragraph.Offsets.
type Anchor struct{ Text, Body int32 }

// BodyOffset returns the offset in Article.Body of byte i of p.Text; i ==
// len(p.Text) gives p.End.
func (p *Paragraph) BodyOffset(i int) int {
	if i >= len(p.Text) {
		return p.End
	}
	if p.Offsets == nil {
		return p.Start + i
	}
	lo, hi := 0, len(p.Offsets)
	for hi-lo > 1 { // the last run with Text <= i
		mid := (lo + hi) / 2
		if int(p.Offsets[mid].Text) <= i {
			lo = mid
		} else {
			hi = mid
		}
	}
	a := p.Offsets[lo]
	return min(int(a.Body)+i-int(a.Text), p.End-1)
}

// Dropped is a piece of an article that cleaning removed.
type Dropped struct {
	Text string `json:"text"`
	// Reason says why: "boilerplate", "caption", "repeated", "navigation", ...
	Reason string `json:"reason"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Sentence is one sentence of an article.
type Sentence struct {
	// Article is the ID of the article the sentence comes from.
	Article string `json:"article"`
	// Index is the position of the sentence in its article, from 0.
	Index int `json:"index"`
	// Paragraph is the index of its paragraph in Article.Paragraphs.
	Paragraph int `json:"paragraph"`
	// Text is the normalised sentence.
	Text string `json:"text"`
	// Start and End delimit the sentence in Article.Body.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Duplicate records that one article is a copy (a wire copy, a lightly
// edited republication) of another: the copy is never counted as a second
// independent source.
type Duplicate struct {
	Article    string  `json:"article"`
	CopyOf     string  `json:"copy_of"`
	Similarity float64 `json:"similarity"`
}

// Story is a set of articles about one event.
type Story struct {
	ID         string      `json:"id"`
	Headline   string      `json:"headline"`
	Articles   []*Article  `json:"-"`
	Duplicates []Duplicate `json:"duplicates"`
}

// Brief is the sourced account of one story. Its JSON form is documented in
// docs/brief.schema.json.
type Brief struct {
	Story         StoryInfo        `json:"story"`
	Summary       []SummaryItem    `json:"summary"`
	Facts         []Fact           `json:"facts"`
	Discrepancies []Discrepancy    `json:"discrepancies"`
	Entities      []Entity         `json:"entities"`
	Timeline      []Event          `json:"timeline"`
	Quotes        []Quote          `json:"quotes"`
	Duplicates    []Duplicate      `json:"duplicates"`
	Dropped       []ArticleDropped `json:"dropped,omitempty"`
}

// StoryInfo is the head of a brief: its headline and the articles read.
type StoryInfo struct {
	Headline string       `json:"headline"`
	Articles []ArticleRef `json:"articles"`
}

// ArticleRef identifies an article in a brief.
type ArticleRef struct {
	ID        string    `json:"id"`
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// SummaryItem is one sentence of the summary with its attribution.
type SummaryItem struct {
	Text string `json:"text"`
	// Article is the ID of the article the sentence was taken from.
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// SupportedBy lists every article that says the same thing, the source
	// article first.
	SupportedBy []string `json:"supported_by"`
}

// Fact is a statement that one or more outlets report.
type Fact struct {
	Text         string   `json:"text"`
	SupportedBy  []string `json:"supported_by"`
	SingleSource bool     `json:"single_source"`
}

// Discrepancy is a point on which outlets report different values.
type Discrepancy struct {
	About    string    `json:"about"`
	Variants []Variant `json:"variants"`
}

// Variant is one value of a discrepancy and the articles that give it.
type Variant struct {
	Value   string   `json:"value"`
	Sources []string `json:"sources"`
}

// Entity is a person, place or organisation named in a story.
type Entity struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Titles   []string `json:"titles,omitempty"`
	Articles []string `json:"articles"`
}

// Event is a dated row of a timeline.
type Event struct {
	// Date is ISO 8601, as precise as known: "2019", "2019-02", "2019-01-18".
	Date    string   `json:"date"`
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
}

// Quote is a direct quotation with its speaker.
type Quote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Article string `json:"article"`
}

// ArticleDropped lists, for one article, what was left out of the brief.
type ArticleDropped struct {
	Article string    `json:"article"`
	Items   []Dropped `json:"items"`
}

// ComparePublished orders publication dates, known dates before unknown
// (zero) ones: -1, 0 or 1 as a is before, at or after b.
func ComparePublished(a, b time.Time) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return a.Compare(b)
}

// Ref returns the reference to a in a brief.
func (a *Article) Ref() ArticleRef {
	return ArticleRef{ID: a.ID, Source: a.Source, Title: a.Title, URL: a.URL, Published: a.Published}
}
