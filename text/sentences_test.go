package text

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sentenceCases are hard cases for Sentences: each input with the
// sentences it must be cut into.
var sentenceCases = []struct {
	name string
	in   string
	want []string
}{
	// Plain breaks.
	{"two plain", "The mayor resigned on Tuesday. Her deputy will take over.",
		[]string{"The mayor resigned on Tuesday.", "Her deputy will take over."}},
	{"three plain", "The bill passed. It now goes to the Senate. The president is expected to sign it.",
		[]string{"The bill passed.", "It now goes to the Senate.", "The president is expected to sign it."}},
	{"one-word sentence", "The ceasefire held. Mostly.",
		[]string{"The ceasefire held.", "Mostly."}},
	{"trimmed", "  Leading and trailing spaces are trimmed.   Another one.  ",
		[]string{"Leading and trailing spaces are trimmed.", "Another one."}},
	{"newlines are space", "The storm passed.\nCrews began\nclearing roads.",
		[]string{"The storm passed.", "Crews began\nclearing roads."}},

	// Headlines and other text without a final stop.
	{"headline", "Storm hits coast as thousands flee",
		[]string{"Storm hits coast as thousands flee"}},
	{"headline two lines", "No terminal punctuation here but two lines\nof text",
		[]string{"No terminal punctuation here but two lines\nof text"}},
	{"dateline", "PINE RIDGE, S.D. (AP) -- President Clinton arrived today.",
		[]string{"PINE RIDGE, S.D. (AP) -- President Clinton arrived today."}},

	// Abbreviations inside a sentence.
	{"U.S. officials", "U.S. officials declined to comment.",
		[]string{"U.S. officials declined to comment."}},
	{"U.S. President", "The U.S. President arrived in Hanoi.",
		[]string{"The U.S. President arrived in Hanoi."}},
	{"U.S. Army", "The U.S. Army Corps of Engineers built the levee.",
		[]string{"The U.S. Army Corps of Engineers built the levee."}},
	{"U.S. lower case", "He moved to the U.S. in 1990.",
		[]string{"He moved to the U.S. in 1990."}},
	{"U.S.-led", "The U.S.-led coalition struck again.",
		[]string{"The U.S.-led coalition struck again."}},
	{"Inc. mid", "Shares of Acme Inc. rose 4 percent.",
		[]string{"Shares of Acme Inc. rose 4 percent."}},
	{"Corp. said", "Acme Corp. said profits fell.",
		[]string{"Acme Corp. said profits fell."}},
	{"Co. comma", "The firm, Acme Co., was fined.",
		[]string{"The firm, Acme Co., was fined."}},
	{"Ltd. in parens", "The company (Acme Ltd.) was sold.",
		[]string{"The company (Acme Ltd.) was sold."}},
	{"titles", "Mr. Smith and Mrs. Jones met Dr. Patel at St. Mary's hospital.",
		[]string{"Mr. Smith and Mrs. Jones met Dr. Patel at St. Mary's hospital."}},
	{"military ranks", "Gen. Mark Hayes and Lt. Col. Ann Reed arrived.",
		[]string{"Gen. Mark Hayes and Lt. Col. Ann Reed arrived."}},
	{"Hon.", "The Hon. Mary Reed presided.",
		[]string{"The Hon. Mary Reed presided."}},
	{"Rep. with state", "Rep. Jane Doe, D-Calif., voted no.",
		[]string{"Rep. Jane Doe, D-Calif., voted no."}},
	{"Sen. with state", "Sen. John McCain, R-Ariz., said he would vote against it.",
		[]string{"Sen. John McCain, R-Ariz., said he would vote against it."}},
	{"St. Louis", "The firm moved to St. Louis last year.",
		[]string{"The firm moved to St. Louis last year."}},
	{"Jr. mid", "Martin Luther King Jr. was born in Atlanta.",
		[]string{"Martin Luther King Jr. was born in Atlanta."}},
	{"vs.", "Smith vs. Jones was decided in 1998.",
		[]string{"Smith vs. Jones was decided in 1998."}},
	{"etc. mid", "They brought food, water, tents, etc. and stayed a week.",
		[]string{"They brought food, water, tents, etc. and stayed a week."}},
	{"e.g. before a name", "Several states, e.g. Texas and Ohio, objected.",
		[]string{"Several states, e.g. Texas and Ohio, objected."}},
	{"i.e. comma", "Some groups, i.e., the unions, walked out.",
		[]string{"Some groups, i.e., the unions, walked out."}},
	{"Ph.D. lower", "She earned a Ph.D. in physics.",
		[]string{"She earned a Ph.D. in physics."}},
	{"Ph.D. students", "Ph.D. Students protested on campus.",
		[]string{"Ph.D. Students protested on campus."}},
	{"state abbreviation mid", "The company, based in Boston, Mass., employs 300 people.",
		[]string{"The company, based in Boston, Mass., employs 300 people."}},
	{"U.K. and U.S.", "The U.K. and the U.S. signed. The E.U. did not.",
		[]string{"The U.K. and the U.S. signed.", "The E.U. did not."}},
	{"Mr. twice", "Mr. Kim met Mr. Trump in Hanoi. The summit ended early.",
		[]string{"Mr. Kim met Mr. Trump in Hanoi.", "The summit ended early."}},
	{"title then name", "The agency's chief, Gen. Ahmed Ali, resigned. His aide followed.",
		[]string{"The agency's chief, Gen. Ahmed Ali, resigned.", "His aide followed."}},
	{"ret. in parens", "Col. Reed (ret.) spoke first.",
		[]string{"Col. Reed (ret.) spoke first."}},

	// Abbreviations ending a sentence.
	{"Inc. final", "He works for Acme Inc. The company makes rockets.",
		[]string{"He works for Acme Inc.", "The company makes rockets."}},
	{"U.S. final", "The talks collapsed in the U.S. The delegates went home.",
		[]string{"The talks collapsed in the U.S.", "The delegates went home."}},
	{"U.S. In", "He moved to the U.S. In 1990, he became a citizen.",
		[]string{"He moved to the U.S.", "In 1990, he became a citizen."}},
	{"etc. final", "They brought food, water, tents, etc. The aid lasted a week.",
		[]string{"They brought food, water, tents, etc.", "The aid lasted a week."}},
	{"St. final", "She lives on Main St. The house is old.",
		[]string{"She lives on Main St.", "The house is old."}},
	{"state final", "He flew to Sacramento, Calif. He met the governor.",
		[]string{"He flew to Sacramento, Calif.", "He met the governor."}},
	{"No. in quotes final", "Asked why, he said, \"No.\" He then left.",
		[]string{"Asked why, he said, \"No.\"", "He then left."}},
	{"no. lower final", "The answer was no. Smith walked out.",
		[]string{"The answer was no.", "Smith walked out."}},
	{"Jan. final", "The vote was moved to Jan. It had been set for December.",
		[]string{"The vote was moved to Jan.", "It had been set for December."}},
	{"unit final", "She won the final of the 100 m. The race was close.",
		[]string{"She won the final of the 100 m.", "The race was close."}},

	// Initials.
	{"middle initial", "George W. Bush spoke first. Then the senator replied.",
		[]string{"George W. Bush spoke first.", "Then the senator replied."}},
	{"dotted initials", "The novel by J.R.R. Tolkien sold well.",
		[]string{"The novel by J.R.R. Tolkien sold well."}},
	{"spaced initials", "J. R. R. Tolkien wrote it in Oxford.",
		[]string{"J. R. R. Tolkien wrote it in Oxford."}},
	{"initial A.", "A. B. Smith founded the company in 1901.",
		[]string{"A. B. Smith founded the company in 1901."}},
	{"initial before A.", "The fund is run by Mary J. A. Lee.",
		[]string{"The fund is run by Mary J. A. Lee."}},

	// Numbers, money, times.
	{"money and year", "The company lost $1.5 billion in 2019. Analysts were surprised.",
		[]string{"The company lost $1.5 billion in 2019.", "Analysts were surprised."}},
	{"decimals", "Pi is roughly 3.14 and e is about 2.72.",
		[]string{"Pi is roughly 3.14 and e is about 2.72."}},
	{"index points", "The Dow rose 1.2 percent to 10,345.67 points. The Nasdaq fell.",
		[]string{"The Dow rose 1.2 percent to 10,345.67 points.", "The Nasdaq fell."}},
	{"percent sign", "The stock fell 3.5%. Traders blamed the Fed.",
		[]string{"The stock fell 3.5%.", "Traders blamed the Fed."}},
	{"number starts next", "Prices rose in 2019. 2020 was worse.",
		[]string{"Prices rose in 2019.", "2020 was worse."}},
	{"score", "The vote was 52-48. Opponents vowed to appeal.",
		[]string{"The vote was 52-48.", "Opponents vowed to appeal."}},
	{"thousands", "Officials said 1,000 people were evacuated. Another 200 stayed.",
		[]string{"Officials said 1,000 people were evacuated.", "Another 200 stayed."}},
	{"a.m. mid", "The meeting starts at 10:30 a.m. on Monday.",
		[]string{"The meeting starts at 10:30 a.m. on Monday."}},
	{"a.m. final", "The meeting started at 10:30 a.m. The talks lasted an hour.",
		[]string{"The meeting started at 10:30 a.m.", "The talks lasted an hour."}},
	{"p.m. weekday", "It ended at 9 p.m. Monday, officials said.",
		[]string{"It ended at 9 p.m. Monday, officials said."}},
	{"p.m. semicolon", "The deadline is 5 p.m.; late entries will be rejected.",
		[]string{"The deadline is 5 p.m.; late entries will be rejected."}},
	{"a.m. time zone", "Trading opened at 9:30 a.m. EST.",
		[]string{"Trading opened at 9:30 a.m. EST."}},
	{"a.m. then name", "The alarm sounded at 4 a.m. Rebecca's family fled.",
		[]string{"The alarm sounded at 4 a.m.", "Rebecca's family fled."}},
	{"a.m. place time", "The shelling began at 4 a.m. Moscow time.",
		[]string{"The shelling began at 4 a.m. Moscow time."}},
	{"Prop. number", "Prop. 38 was defeated in a landslide.",
		[]string{"Prop. 38 was defeated in a landslide."}},
	{"INC. final", "The rights were sold to WORLDSOURCES, INC. Everyone was surprised.",
		[]string{"The rights were sold to WORLDSOURCES, INC.", "Everyone was surprised."}},
	{"Sept. date", "He was born on Sept. 11, 1962, in Ohio.",
		[]string{"He was born on Sept. 11, 1962, in Ohio."}},
	{"Feb. date final", "The vote is set for Feb. 3. Polls open early.",
		[]string{"The vote is set for Feb. 3.", "Polls open early."}},
	{"Oct. date final", "Troops arrived on Oct. 5. They left a week later.",
		[]string{"Troops arrived on Oct. 5.", "They left a week later."}},
	{"Jan. in parens", "The report (published in Jan. 2005) was leaked.",
		[]string{"The report (published in Jan. 2005) was leaked."}},
	{"No. 1", "She is ranked No. 1 in the world.",
		[]string{"She is ranked No. 1 in the world."}},
	{"No. 10", "They met at No. 10 Downing Street. Reporters waited outside.",
		[]string{"They met at No. 10 Downing Street.", "Reporters waited outside."}},
	{"list item", "1. The economy grew faster than expected.",
		[]string{"1. The economy grew faster than expected."}},
	{"section number", "Section 3.2.1 of the treaty covers fishing. It was disputed.",
		[]string{"Section 3.2.1 of the treaty covers fishing.", "It was disputed."}},
	{"chapter final", "The airline filed for Chapter 11. Its shares fell.",
		[]string{"The airline filed for Chapter 11.", "Its shares fell."}},
	{"lettered items", "The plan covers (a) roads; (b) bridges.",
		[]string{"The plan covers (a) roads; (b) bridges."}},

	// Quotes.
	{"quote then quote", "\"We are leaving,\" she said. \"There is nothing left here.\"",
		[]string{"\"We are leaving,\" she said.", "\"There is nothing left here.\""}},
	{"quote closes after stop", "He left.\" Then the doors closed.",
		[]string{"He left.\"", "Then the doors closed."}},
	{"glued quote", "The minister said of the talks.\"We've agreed on a framework,\" he added.",
		[]string{"The minister said of the talks.\"", "We've agreed on a framework,\" he added."}},
	{"quoted word final", "He said it was \"absurd.\" Lawmakers disagreed.",
		[]string{"He said it was \"absurd.\"", "Lawmakers disagreed."}},
	{"single quotes", "He said: 'I will not resign.' The party disagreed.",
		[]string{"He said: 'I will not resign.'", "The party disagreed."}},
	{"question in quote", "\"Is this the end?\" the paper asked. It was not.",
		[]string{"\"Is this the end?\" the paper asked.", "It was not."}},
	{"question comma", "\"Why now?\", he asked.",
		[]string{"\"Why now?\", he asked."}},
	{"curly quotes", "“We won,” he said. “Now we rebuild.”",
		[]string{"“We won,” he said.", "“Now we rebuild.”"}},
	{"curly close after stop", "He left.” Then she spoke.",
		[]string{"He left.”", "Then she spoke."}},
	{"curly bang", "It was a shock!” The crowd fell silent.",
		[]string{"It was a shock!”", "The crowd fell silent."}},
	{"nested quotes spaced", "She recalled: \"He told me, 'You can't stay.' \" Then she left.",
		[]string{"She recalled: \"He told me, 'You can't stay.' \"", "Then she left."}},
	{"wire quotes", "``We won,'' he said. ``Now we rebuild.''",
		[]string{"``We won,'' he said.", "``Now we rebuild.''"}},
	{"wire nested quotes", "He said, `You could not read.' '' The room laughed.",
		[]string{"He said, `You could not read.' ''", "The room laughed."}},
	{"question then speaker", "\"Why now?\" Smith asked.",
		[]string{"\"Why now?\" Smith asked."}},
	{"question then titled speaker", "\"Is it over?\" Mr. Kim asked reporters on Friday.",
		[]string{"\"Is it over?\" Mr. Kim asked reporters on Friday."}},
	{"question then no speaker", "\"Who knows?\" Nobody answered him.",
		[]string{"\"Who knows?\"", "Nobody answered him."}},
	{"quote glued lower", "He said \"go.\"and left.",
		[]string{"He said \"go.\"and left."}},

	// Question and exclamation marks.
	{"question", "Why did it fail? Nobody could say.",
		[]string{"Why did it fail?", "Nobody could say."}},
	{"exclamation", "Stop the war! The crowd chanted for hours.",
		[]string{"Stop the war!", "The crowd chanted for hours."}},
	{"interrobang", "Is it over?! Nobody knows.",
		[]string{"Is it over?!", "Nobody knows."}},
	{"triple bang", "He scored 3 goals!!! Fans went wild.",
		[]string{"He scored 3 goals!!!", "Fans went wild."}},
	{"question lower", "Why? he asked again.",
		[]string{"Why? he asked again."}},
	{"question then number", "How many died? 30 at least, officials said.",
		[]string{"How many died?", "30 at least, officials said."}},

	// Ellipses.
	{"ellipsis lower", "Wait... the vote is not over.",
		[]string{"Wait... the vote is not over."}},
	{"ellipsis capital", "The count stopped... Nobody knew why.",
		[]string{"The count stopped...", "Nobody knew why."}},
	{"ellipsis mid lower", "She said she would call back... but never did.",
		[]string{"She said she would call back... but never did."}},
	{"unicode ellipsis lower", "The result… was unexpected.",
		[]string{"The result… was unexpected."}},
	{"unicode ellipsis capital", "He waited… Then he left.",
		[]string{"He waited…", "Then he left."}},
	{"ellipsis then quote", "\"We will see...\" The talks resumed.",
		[]string{"\"We will see...\"", "The talks resumed."}},

	// Parentheses.
	{"parenthesised sentence", "He denied it. (The court later disagreed.) The case went on.",
		[]string{"He denied it.", "(The court later disagreed.)", "The case went on."}},
	{"parenthesised last", "The ship sank off the coast. (Rescue teams were sent.)",
		[]string{"The ship sank off the coast.", "(Rescue teams were sent.)"}},
	{"stop after paren", "Talks resumed (after a two-day break). Both sides were upbeat.",
		[]string{"Talks resumed (after a two-day break).", "Both sides were upbeat."}},

	// Web and mail addresses.
	{"domain mid", "Visit example.com for details.",
		[]string{"Visit example.com for details."}},
	{"domain final", "The news was posted on example.com. Readers reacted quickly.",
		[]string{"The news was posted on example.com.", "Readers reacted quickly."}},
	{"mail final", "Write to press@example.org. A spokesman will reply.",
		[]string{"Write to press@example.org.", "A spokesman will reply."}},
	{"url with path", "See www.example.com/news/2019/vote.html for the full text.",
		[]string{"See www.example.com/news/2019/vote.html for the full text."}},
	{"domain capitalised", "He founded Amazon.Com in Seattle.",
		[]string{"He founded Amazon.Com in Seattle."}},

	// Colons, semicolons, missing spaces, other scripts.
	{"colon", "The plan has three parts: taxes, spending and debt.",
		[]string{"The plan has three parts: taxes, spending and debt."}},
	{"semicolon", "The rain stopped; the flooding did not.",
		[]string{"The rain stopped; the flooding did not."}},
	{"missing space", "Hamas and Fatah met in Cairo.Both sides claimed progress.",
		[]string{"Hamas and Fatah met in Cairo.", "Both sides claimed progress."}},
	{"dash after stop", "The deal is done. -- Reuters",
		[]string{"The deal is done. -- Reuters"}},
	{"accented capital", "Le sommet a eu lieu. Émile Zola n'y était pas.",
		[]string{"Le sommet a eu lieu.", "Émile Zola n'y était pas."}},
	{"cjk full stop", "会议结束了。双方同意。",
		[]string{"会议结束了。", "双方同意。"}},
	{"no-break space", "It rained.\u00a0The match was off.",
		[]string{"It rained.", "The match was off."}},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			spans := Sentences(tc.in)
			got := make([]string, len(spans))
			for i, sp := range spans {
				got[i] = tc.in[sp.Start:sp.End]
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			checkSpans(t, tc.in, spans)
		})
	}
}

func TestSentencesEmpty(t *testing.T) {
	for _, in := range []string{"", " ", "\n\t \u00a0"} {
		if got := Sentences(in); len(got) != 0 {
			t.Errorf("Sentences(%q) = %v, want none", in, got)
		}
	}
}

func TestAppendSentencesReuses(t *testing.T) {
	buf := make([]Span, 0, 8)
	a := AppendSentences(buf, "One. Two.")
	if len(a) != 2 || &a[0] != &buf[:1][0] {
		t.Fatalf("AppendSentences did not fill the given slice: %v", a)
	}
	b := AppendSentences(a, "Three.")
	if len(b) != 3 || b[2] != (Span{0, 6}) {
		t.Fatalf("AppendSentences(a, %q) = %v", "Three.", b)
	}
}

// checkSpans fails t unless spans are valid sentences of s: in range,
// ordered, non-overlapping, trimmed, not empty and covering every non-space
// rune of s.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	prev := 0
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("span %d %v out of order or empty (previous end %d, len %d)", i, sp, prev, len(s))
		}
		if r, _ := utf8.DecodeRuneInString(s[sp.Start:]); isTestSpace(r) {
			t.Errorf("span %d %v starts with space", i, sp)
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:sp.End]); isTestSpace(r) {
			t.Errorf("span %d %v ends with space", i, sp)
		}
		for j, r := range s[prev:sp.Start] {
			if !isTestSpace(r) {
				t.Fatalf("non-space %q at %d is in no span", r, prev+j)
			}
		}
		prev = sp.End
	}
	for j, r := range s[prev:] {
		if !isTestSpace(r) {
			t.Fatalf("non-space %q at %d after the last span", r, prev+j)
		}
	}
}

// isTestSpace is white space as the tests see it; an invalid byte is not.
func isTestSpace(r rune) bool { return r != utf8.RuneError && unicode.IsSpace(r) }

func FuzzSentences(f *testing.F) {
	for _, tc := range sentenceCases {
		f.Add(tc.in)
	}
	for _, s := range []string{"...", ". . .", "\"\"\"", "a.\"b", "U.S.\xff. The", "1. 2. 3.", "?!?!", "…\u00a0…", "。」「"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Sentences(s))
	})
}

// BenchmarkSentencesLinear runs Sentences over text, ordinary and
// adversarial, of 64 KB, 256 KB and 1 MB: a time per byte (MB/s) that
// stays flat across sizes shows linear time.
func BenchmarkSentencesLinear(b *testing.B) {
	var dst []Span
	benchLinear(b, []string{
		"Mr. Kim met the U.S. President at 10 a.m. on Jan. 5. \"We agreed,\" he said... Then? Talks (held in St. Louis) went on. ",
		". ", "U.S. ", "a.\"b", "\"'", ".", " ", "ab.Cd", "?\" Smith Jones Brown said ",
	}, func(s string) { dst = AppendSentences(dst[:0], s) })
}

// BenchmarkTokensLinear is BenchmarkSentencesLinear for AppendTokens.
func BenchmarkTokensLinear(b *testing.B) {
	var dst []Token
	benchLinear(b, []string{
		"Kim Jong-un's $1.5 billion U.S. deal, 2019. ", "a.", "1,", "a-", "A&", "a'", "x.Then", "\u0301",
	}, func(s string) { dst = AppendTokens(dst[:0], s) })
}

// benchLinear runs run over each unit repeated to 64 KB, 256 KB and 1 MB.
func benchLinear(b *testing.B, units []string, run func(string)) {
	for _, u := range units {
		for _, size := range []int{1 << 16, 1 << 18, 1 << 20} {
			s := strings.Repeat(u, size/len(u)+1)[:size]
			b.Run(strconv.Quote(u[:min(len(u), 8)])+"/"+byteSize(size), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					run(s)
				}
			})
		}
	}
}

// byteSize names a benchmark size.
func byteSize(n int) string {
	if n >= 1<<20 {
		return strconv.Itoa(n>>20) + "MB"
	}
	return strconv.Itoa(n>>10) + "KB"
}
