package text

import "strings"

// stopwordList holds the function words of English: articles, pronouns,
// auxiliary and modal verbs, prepositions, conjunctions, determiners and
// quantifiers, the commonest adverbs of degree, time and place, and their
// contractions. Content words, even frequent ones in news ("said",
// "year", "people"), are not in it.
const stopwordList = `
a about above according across after afterwards again against ago ahead
ain't all almost alone along already also although always am amid amidst
among amongst an and another any anybody anyhow anyone anything anyway
anyways anywhere are aren't around as aside at away
be became because become becomes becoming been before beforehand behind
being below beneath beside besides between beyond both but by
can can't cannot could could've couldn't
d did didn't do does doesn't doing don't done down due during
e.g. each either else elsewhere enough especially etc even ever every
everybody everyone everything everywhere except
far few for former formerly forth from further furthermore
had hadn't has hasn't have haven't having he he'd he'll he's hence her here
here's hereafter hereby herein hers herself him himself his how how's
however
i i'd i'll i'm i've i.e. ie if in inasmuch indeed inside instead into is
isn't it it'd it'll it's its itself
just
least less lest let let's like ll
m many may maybe me meanwhile might might've mightn't mine more moreover
most mostly much must must've mustn't my myself
namely near neither never nevertheless next no nobody none nonetheless
noone nor not nothing now nowhere
o of off often oh on once only onto or other others otherwise ought
oughtn't our ours ourselves out outside over own
per perhaps please
quite
rather re really regarding
s same shall shan't she she'd she'll she's should should've shouldn't
since so some somebody somehow someone something sometime sometimes
somewhat somewhere soon still such
t than that that'd that'll that's the their theirs them themselves then
thence there there'd there'll there're there's thereafter thereby
therefore therein thereupon these they they'd they'll they're they've this
those though through throughout thru thus till to together too toward
towards
under underneath unless unlike until unto up upon us
ve very via vs
was wasn't we we'd we'll we're we've were weren't what what'd what'll
what're what's whatever when when's whence whenever where where'd where's
whereafter whereas whereby wherein whereupon wherever whether which
whichever while whilst whither who who'd who'll who's whoever whole whom
whomever whose why why's will with within without won't would would've
wouldn't
y'all yet you you'd you'll you're you've your yours yourself yourselves
`

// stopwords is the set of stopwordList.
var stopwords = func() map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(stopwordList) {
		m[w] = struct{}{}
	}
	return m
}()

// IsStopword reports whether w, a lower-case word as [Words] returns it,
// is an English function word ("the", "of", "wouldn't").
func IsStopword(w string) bool {
	_, ok := stopwords[w]
	return ok
}

// ContentTerms returns the content words of s: the tokens lower-cased as
// [Words] gives them, without stopwords and with a possessive "'s"
// removed ("Clinton's" counts as "clinton"), each passed through stem
// when stem is not nil. Tokens hold letters or digits by construction,
// so no pure punctuation reaches the result.
func ContentTerms(s string, stem func(string) string) []string {
	words := Words(s, nil)
	out := words[:0]
	for _, w := range words {
		if IsStopword(w) {
			continue
		}
		if p := len(w) - 2; p > 0 && w[p:] == "'s" {
			w = w[:p]
			if IsStopword(w) {
				continue
			}
		}
		if stem != nil {
			if w = stem(w); w == "" {
				continue
			}
		}
		out = append(out, w)
	}
	return out
}
