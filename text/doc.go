// Package text cuts cleaned paragraphs into sentences and sentences into
// tokens, and knows the function words of English.
//
// # Offsets, not copies
//
// Like the tokens of bleve's analysis package, everything here points back
// into the input: a sentence is a [Span] of byte offsets and a [Token] keeps
// its Start and End beside its Text, which is a substring of the input (no
// copy). Callers map those offsets through storyline.Paragraph to the
// article's Body, so that every word of a brief can be traced to its source.
//
// # Speed
//
// Both segmenters are single forward passes over bytes with constant
// look-behind and bounded look-ahead, so they run in linear time on any
// input, including adversarial runs of dots and quotes. ASCII takes a table
// lookup per byte; other runes are decoded only where they occur. The
// Append forms ([AppendSentences], [AppendTokens]) and [Words] let hot loops
// reuse their slices; Words allocates one buffer per call for the words it
// must lower-case (rarely more: lower case can be longer), and none when
// they are already lower case.
//
// # Sentences
//
// [Sentences] breaks after '?', '!' and '.' (with any closing quotes or
// brackets that follow) by looking at the word before the stop and the word
// after it. A lower-case next word never starts a sentence. After a known
// title (Mr., Gen., Sen.) there is never a break; after another known
// abbreviation (Inc., Jan., etc.), a dotted acronym (U.S., a.m.) or an
// initial (W.), there is a break only when the next word is a common
// sentence opener (The, He, But, In ...), so "U.S. President" stays whole
// while "in the U.S. The" is cut; after "a.m." and "p.m." any capital but a
// day, a month or a time zone starts a sentence. A question or exclamation
// in quotes followed by a speaker and a verb of saying ("Why?" Smith asked.)
// stays one sentence. Ellipses end a sentence only before a capital. A stop
// glued to a capital ('the talks."We', "Cairo.Both") is a break when a
// quote closes there or the capital is a common opener. The tables are in
// abbrev.go.
//
// The cost of these rules is known: a name after a sentence-final
// abbreviation ("sold to Acme Inc. Smith said") stays in the same sentence,
// which keeps "U.S. Army" and "Acme Inc. Chairman" whole.
//
// # Tokens
//
// A token is a run of letters, digits and combining marks of any script,
// joined across an apostrophe between letters (don't, O'Brien), a hyphen
// between letters or digits (Jong-un, 52-48: hyphenated compounds are one
// token), a period between letters or between digits (U.S., example.com,
// 3.14; not in "Cairo.Both", which Sentences cuts), a comma before a group of three digits (21,619), a colon or slash
// between digits (10:30, 9/11) and an ampersand between capitals (AT&T). A
// currency sign directly before a digit belongs to the number ($1.5). A
// dotted acronym keeps its final period (U.S., e.g.); other abbreviations
// lose it (Inc). Everything else (punctuation, symbols, space) separates
// tokens and is dropped.
package text
