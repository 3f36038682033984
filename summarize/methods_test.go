package summarize

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"storyline"
	"storyline/analyze"
)

// story builds a small fictional cluster: three outlets reporting one
// flood, sharing some sentences' content and differing in others.
func story() *analyze.Corpus {
	texts := []string{
		"Heavy rain flooded the river town of Marlow on Tuesday, forcing hundreds of families from their homes.\n\n" +
			"The mayor of Marlow opened three emergency shelters in the school gymnasiums overnight.\n\n" +
			"He said the water level was the highest recorded since the great flood of 1952.\n\n" +
			"Rescue teams used boats to reach elderly residents trapped on the upper floors of houses.",
		"Rescue teams in boats reached elderly residents trapped by the river flood in Marlow on Tuesday.\n\n" +
			"Heavy rain had flooded the town and hundreds of families left their homes before dawn.\n\n" +
			"Forecasters expect more heavy rain over the river valley later this week.\n\n" +
			"But the railway line to the coast remained closed for the third straight day.",
		"The river town of Marlow flooded after heavy rain, and the mayor opened emergency shelters.\n\n" +
			"Insurance companies estimated the flood damage in Marlow at twelve million pounds.\n\n" +
			"Forecasters warned that more heavy rain would fall on the river valley this week.\n\n" +
			"Volunteers from nearby villages brought blankets and hot food to the emergency shelters.",
	}
	return corpusOf(texts...)
}

func TestMethodsRespectBudgets(t *testing.T) {
	c := story()
	budgets := []Options{
		{Words: 20}, {Words: 40}, {Words: 60}, {Bytes: 150}, {Bytes: 300},
		{Words: 40, HardCut: true}, {Bytes: 200, HardCut: true},
		{Words: 45, Query: "What did forecasters say about rain?"},
	}
	for _, name := range Methods() {
		m, err := ByName(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, opts := range budgets {
			t.Run(fmt.Sprintf("%s/%+v", name, opts), func(t *testing.T) {
				got := m.Select(c, opts)
				seen := map[int]bool{}
				for _, i := range got {
					if i < 0 || i >= len(c.Sents) {
						t.Fatalf("index %d out of range [0,%d)", i, len(c.Sents))
					}
					if seen[i] {
						t.Fatalf("index %d chosen twice in %v", i, got)
					}
					seen[i] = true
				}
				var lines []string
				for _, it := range Summarize(c, m, opts) {
					lines = append(lines, it.Text)
				}
				words, bytes := 0, 0
				for _, l := range lines {
					words += len(strings.Fields(l))
					bytes += len(l)
				}
				if opts.Words > 0 && words > opts.Words || opts.Bytes > 0 && bytes > opts.Bytes {
					t.Errorf("%d words, %d bytes over budget %+v: %q", words, bytes, opts, lines)
				}
				if name != "lead" && len(lines) == 0 && (opts.Words >= 40 || opts.Bytes >= 200) {
					t.Errorf("no sentence chosen within %+v", opts)
				}
				if opts.HardCut && name != "lead" && opts.Words > 0 && words != opts.Words {
					t.Errorf("hard cut filled %d of %d words", words, opts.Words)
				}
				if !opts.HardCut {
					for _, l := range lines {
						if !strings.HasSuffix(l, ".") {
							t.Errorf("sentence cut without HardCut: %q", l)
						}
					}
				}
			})
		}
	}
}

func TestByName(t *testing.T) {
	tests := []struct {
		name    string
		wantErr bool
	}{
		{"", false}, {"concept", false}, {"LexRank", false}, {"lead", false},
		{"mmr", false}, {"textrank", false}, {"centroid", false}, {"support", false},
		{"ilp-magic", true}, {"lead ", true},
	}
	for _, tt := range tests {
		m, err := ByName(tt.name)
		if (err != nil) != tt.wantErr {
			t.Errorf("ByName(%q) error = %v, want error %v", tt.name, err, tt.wantErr)
		}
		if err == nil && m == nil {
			t.Errorf("ByName(%q) returned no method", tt.name)
		}
	}
	if def, _ := ByName(""); fmt.Sprintf("%T", def) != "summarize.Concept" {
		t.Errorf("default method is %T, want Concept", def)
	}
}

func TestConceptAvoidsDangling(t *testing.T) {
	c := story()
	for _, budget := range []int{30, 60, 80, 120} {
		got := (Concept{}).Select(c, Options{Words: budget})
		for k, i := range got {
			if traitsOf(c, i).leansBack() && (k == 0 || got[k-1] != i-1 || c.Sents[i-1].Doc != c.Sents[i].Doc) {
				t.Errorf("%d words: chose %q without the sentence it leans on", budget, c.Sents[i].Text)
			}
		}
	}
}

// TestConceptUnits checks that a sentence leaning on the one before it is
// offered only together with it, and one that reads well alone by itself.
func TestConceptUnits(t *testing.T) {
	c := story()
	var he int = -1
	for i, s := range c.Sents {
		if strings.HasPrefix(s.Text, "He said") {
			he = i
		}
	}
	if he < 0 {
		t.Fatal("story has no sentence beginning with He")
	}
	for _, u := range (Concept{}).units(c) {
		for k, i := range u {
			if i == he && (k == 0 || u[k-1] != he-1) {
				t.Errorf("unit %v gives %q without the sentence before it", u, c.Sents[he].Text)
			}
		}
		if len(u) == 1 && Quality(c, u[0]) < 0.5 {
			t.Errorf("unit %v alone does not read well: %q", u, c.Sents[u[0]].Text)
		}
	}
}

// oneSentence is a corpus of one article of one sentence.
func oneSentence(t *testing.T, text string) *analyze.Corpus {
	t.Helper()
	c := analyze.New([]*storyline.Article{{ID: "a", Body: text,
		Paragraphs: []storyline.Paragraph{{Text: text, End: len(text)}}}}, nil)
	if len(c.Sents) != 1 {
		t.Fatalf("%q: %d sentences, want 1", text, len(c.Sents))
	}
	return c
}

func TestQualityQuotes(t *testing.T) {
	tests := []struct {
		text         string
		wantDangling bool
		wantCloses   bool
	}{
		{`"I am honoured to have been asked to lead the arts council," the actor said on Sunday.`, false, false},
		{`He said the water level was the highest recorded since the great flood.`, true, false},
		{`the water will keep rising for days to come," the mayor told the town council.`, false, true},
		{`The mayor said: "We will open three more shelters in the school gymnasiums.`, false, false},
		{`We've agreed to hold the second round of talks in the valley towns next month.`, true, false},
		{`It's the third flood to hit the valley since the old dam was built in 1952.`, true, false},
		// A speaker named by a pronoun leans on the sentence before.
		{`"We must be prepared for this number to rise in the coming days," she said.`, true, false},
		{`The river will crest on Thursday at the old bridge in the town centre, they told reporters.`, true, false},
		{`The river will crest on Thursday at the old bridge, the town's chief engineer said.`, false, false},
	}
	for _, tt := range tests {
		tr := traitsOf(oneSentence(t, tt.text), 0)
		if tr.dangling != tt.wantDangling || tr.closesQuote != tt.wantCloses {
			t.Errorf("%q: dangling %v closes quote %v, want %v %v", tt.text, tr.dangling, tr.closesQuote, tt.wantDangling, tt.wantCloses)
		}
	}
}

func TestQualityFurniture(t *testing.T) {
	tests := []struct {
		text string
		zero bool
	}{
		{"Email Sign Up By signing up you agree to receive email newsletters or alerts from the paper.", true},
		{"To see more about the book and its many readers around the world, click here.", true},
		{"Volunteers from nearby villages brought blankets and hot food to the emergency shelters.", false},
		{"The company said its subscribers rose to twelve million by the end of the quarter.", false},
	}
	for _, tt := range tests {
		if q := Quality(oneSentence(t, tt.text), 0); (q == 0) != tt.zero {
			t.Errorf("Quality(%q) = %v, want zero %v", tt.text, q, tt.zero)
		}
	}
}

func TestCompress(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The plant will close next year, company officials said Tuesday.", "The plant will close next year."},
		// A quotation that is the whole sentence keeps its speaker.
		{`"We will not give up on this fight for our rights," Smith told reporters on Monday.`, `"We will not give up on this fight for our rights," Smith told reporters on Monday.`},
		{`Smith said the union would press on: "We will not give up on this fight," the union's lawyer added.`, `Smith said the union would press on: "We will not give up on this fight."`},
		{"The minister said on Tuesday that the talks would resume next week in Geneva.", "The talks would resume next week in Geneva."},
		{"On Tuesday, the Senate passed the bill by a vote of 60 to 40.", "The Senate passed the bill by a vote of 60 to 40."},
		{"The agency (which was founded in 1950) employs about 3,000 people in the region.", "The agency employs about 3,000 people in the region."},
		{"Prices of grain rose by 3 percent in March, according to the Labor Department.", "Prices of grain rose by 3 percent in March."},
		// No rule fits: unchanged.
		{"Obama, who spoke in Ohio, said he would sign the bill into law.", "Obama, who spoke in Ohio, said he would sign the bill into law."},
		// A phrase of place, not time, stays.
		{"In the north of the country, rebels seized two more towns.", "In the north of the country, rebels seized two more towns."},
		// Too little would be left: unchanged.
		{"Prices rose, officials said.", "Prices rose, officials said."},
		// A relative clause is no attribution.
		{"The man who said that he was innocent was released on Friday.", "The man who said that he was innocent was released on Friday."},
		// Half a quotation would be left: unchanged.
		{`He called it "a disgrace to the nation, officials said.`, `He called it "a disgrace to the nation, officials said.`},
	}
	for _, tt := range tests {
		if got := Compress(tt.in); got != tt.want {
			t.Errorf("Compress(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCompress(f *testing.F) {
	for _, s := range []string{
		"The plant will close, officials said.", `"No," he said.`, "On Monday, x.", "A (b) c.", "", "((()))", `,"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Compress(s)
		if norm := strings.Join(strings.Fields(s), " "); len(got) > len(norm) {
			t.Errorf("Compress(%q) = %q, longer than its input", s, got)
		}
	})
}

// TestSummarizeRewrites checks that Summarize gives Concept's shortened
// text within the budget, and a plain method's text as written.
func TestSummarizeRewrites(t *testing.T) {
	c := story()
	opts := Options{Words: 60}
	for _, tt := range []struct {
		m    Method
		text func(i int) string
	}{
		{Concept{}, func(i int) string { return Compress(c.Sents[i].Text) }},
		{Concept{Whole: true}, func(i int) string { return c.Sents[i].Text }},
		{Centroid{}, func(i int) string { return c.Sents[i].Text }},
	} {
		items := Summarize(c, tt.m, opts)
		if len(items) == 0 {
			t.Fatalf("%T: empty summary", tt.m)
		}
		words := 0
		for _, it := range items {
			if want := tt.text(it.Sent); it.Text != want {
				t.Errorf("%+v: sentence %d is %q, want %q", tt.m, it.Sent, it.Text, want)
			}
			words += len(strings.Fields(it.Text))
		}
		if words > opts.Words {
			t.Errorf("%+v: %d words over %d", tt.m, words, opts.Words)
		}
	}
}

func TestConceptQueryFocus(t *testing.T) {
	c := story()
	got := Lines(c, (Concept{}).Select(c, Options{Words: 30, Query: "What do forecasters expect?"}), Options{Words: 30})
	if len(got) == 0 || !strings.Contains(strings.Join(got, " "), "Forecasters") {
		t.Errorf("query on forecasts gave %q", got)
	}
}

// bruteForce returns the best value of any feasible set.
func bruteForce(p *cover) float64 {
	best := 0.0
	n := len(p.items)
	for mask := 0; mask < 1<<n; mask++ {
		var set []int
		cost := 0
		for i := 0; i < n; i++ {
			if mask&(1<<i) != 0 {
				set = append(set, i)
				cost += p.cost[i]
			}
		}
		if cost <= p.limit {
			best = max(best, p.value(set))
		}
	}
	return best
}

func TestCoverSolvers(t *testing.T) {
	// A case where greedy is optimal: disjoint items of equal cost.
	easy := &cover{weight: []float64{3, 2, 1}, items: [][]int32{{0}, {1}, {2}}, cost: []int{1, 1, 1}, limit: 2}
	ge, _ := easy.exact(0, 1000)
	if g, e := easy.value(easy.greedy()), easy.value(ge); g != 5 || e != 5 {
		t.Errorf("easy case: greedy %v, exact %v, want 5 and 5", g, e)
	}
	// A case where greedy by ratio is not optimal: one cheap dense item
	// blocks two items that together cover more.
	hard := &cover{weight: []float64{4, 4, 4.5}, items: [][]int32{{0}, {1}, {2}}, cost: []int{5, 5, 5}, limit: 10}
	hard.items = append(hard.items, []int32{2})
	hard.cost = append(hard.cost, 5)
	set, proven := hard.exact(0, 1000)
	if !proven || hard.value(set) != bruteForce(hard) {
		t.Errorf("exact %v (proven %v), brute force %v", hard.value(set), proven, bruteForce(hard))
	}

	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 200; trial++ {
		p := &cover{limit: 5 + r.IntN(20)}
		nc := 3 + r.IntN(12)
		for k := 0; k < nc; k++ {
			p.weight = append(p.weight, float64(1+r.IntN(5)))
		}
		for i := 0; i < 2+r.IntN(10); i++ {
			var set []int32
			for k := 0; k < 1+r.IntN(4); k++ {
				set = append(set, int32(r.IntN(nc)))
			}
			p.items = append(p.items, distinct(set))
			p.cost = append(p.cost, 1+r.IntN(10))
		}
		set, proven := p.exact(0, 1_000_000)
		want := bruteForce(p)
		if !proven || p.value(set) < want-1e-9 {
			t.Fatalf("trial %d: exact %v (proven %v), brute force %v", trial, p.value(set), proven, want)
		}
		g := p.value(p.greedy())
		if g > want+1e-9 || g < want*(1-1/2.718281828)/2-1e-9 {
			t.Fatalf("trial %d: greedy %v outside its bound of optimum %v", trial, g, want)
		}
		cost := 0
		for _, i := range set {
			cost += p.cost[i]
		}
		if cost > p.limit {
			t.Fatalf("trial %d: exact set costs %d over limit %d", trial, cost, p.limit)
		}
	}
}

// TestConceptSkipsRestatements: of two sentences that say the same thing
// in other words, the summary gives one, though their word pairs differ.
func TestConceptSkipsRestatements(t *testing.T) {
	c := corpusOf(
		"Regional governor Anna Kessler will meet with Orlen valley mayor Piet Van-Dorn in March for the second time after they held their first talks in Brenn last year.\n\n"+
			"The governor's office made the announcement after Kessler met the mayor's deputy at the town hall on Friday.",
		"Regional governor Anna Kessler and Orlen valley mayor Piet Van Dorn want to meet at the end of March for a second round of talks.\n\n"+
			"The deputy had met the river authority's chief engineer at a hotel in Brenn before the talks at the town hall.",
		"Kessler will meet Van Dorn in March for a second round of talks, her office said on Friday after the deputy visited the town hall.\n\n"+
			"The first talks in Brenn last year ended with a vague promise to repair the dam.",
	)
	n := 0
	for _, it := range Summarize(c, Concept{}, Options{Words: 80}) {
		if strings.HasPrefix(it.Text, "Regional governor Anna Kessler") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d summary sentences open with the governor and the mayor meeting in March, want 1", n)
	}
}

// corpusOf is a corpus of articles given as paragraphs apart by blank
// lines, an hour apart.
func corpusOf(texts ...string) *analyze.Corpus {
	day := time.Date(2031, 4, 2, 0, 0, 0, 0, time.UTC)
	var arts []*storyline.Article
	for i, t := range texts {
		a := &storyline.Article{ID: fmt.Sprintf("a%d", i+1), Body: t, Published: day.Add(time.Duration(i) * time.Hour)}
		for _, p := range strings.Split(t, "\n\n") {
			start := strings.Index(t, p)
			a.Paragraphs = append(a.Paragraphs, storyline.Paragraph{Text: p, Start: start, End: start + len(p)})
		}
		arts = append(arts, a)
	}
	return analyze.New(arts, nil)
}
