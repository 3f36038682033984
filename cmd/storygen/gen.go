package main

import (
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"storyline"
)

// config says what stream to make.
type config struct {
	Articles int           // articles in the stream
	Stories  int           // stories they tell
	Days     int           // days the stream covers
	Copies   float64       // share of articles that are wire copies
	Seed     uint64        // the stream is a function of the seed
	Start    time.Time     // publication time of the stream's start
	Corpus   string        // seed text: the words the word model learns
	Spread   time.Duration // mean time a story is reported over
}

// generator makes a stream of articles from a word model.
type generator struct {
	cfg   config
	rng   *rand.Rand
	model *bigrams
}

// genStory is what the articles of one story share.
type genStory struct {
	label   string
	start   time.Time
	span    time.Duration
	people  []string
	place   string
	org     string
	topic   []string // words of this story only
	size    int
	written []*storyline.Article
}

// outlets are the sources of the stream.
var outlets = []string{
	"Harbor Times", "Meridian Wire", "Northgate Daily", "Kestrel News", "Lakeside Courier",
	"Coastline Chronicle", "Copperline Business", "Tidewater Press", "Aldwin Evening Post",
	"Northstar Sports Wire", "Valley Post", "Eastfield Herald", "Summit Ledger", "Riverbend Gazette",
	"Pinecrest Observer", "Granite Tribune", "Bayside Reporter", "Ironwood Journal",
}

// wireOutlets send the copies that others reprint.
var wireOutlets = []string{"Meridian Wire", "Northstar Sports Wire"}

// generate makes the stream: cfg.Articles articles in cfg.Stories stories,
// in order of publication. Each article's Extra["story"] names its story.
func generate(cfg config) []*storyline.Article {
	g := &generator{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x57081e5)), model: learn(cfg.Corpus)}
	stories := g.stories()
	type slot struct {
		s *genStory
		t time.Time
	}
	var slots []slot
	for _, s := range stories {
		for range s.size {
			slots = append(slots, slot{s, s.start.Add(time.Duration(g.rng.Float64() * float64(s.span)))})
		}
	}
	slices.SortStableFunc(slots, func(a, b slot) int { return a.t.Compare(b.t) })
	out := make([]*storyline.Article, 0, len(slots))
	for i, sl := range slots {
		a := g.article(sl.s, i, sl.t)
		sl.s.written = append(sl.s.written, a)
		out = append(out, a)
	}
	return out
}

// stories draws the stories: their sizes follow a heavy-tailed law (most
// stories have a few articles, some have dozens), their starts are spread
// over the days of the stream, and most are reported over a day or two
// while some go on for a week or more.
func (g *generator) stories() []*genStory {
	n := max(1, g.cfg.Stories)
	sizes := make([]int, n)
	total := 0
	mean := float64(g.cfg.Articles) / float64(n)
	for i := range sizes {
		// A log-normal with sigma 1 has mean exp(mu + 0.5).
		sizes[i] = max(1, int(math.Round(math.Exp(math.Log(mean)-0.5+g.rng.NormFloat64()))))
		total += sizes[i]
	}
	// Adjust to exactly cfg.Articles, one article at a time.
	for total != g.cfg.Articles {
		i := g.rng.IntN(n)
		if total < g.cfg.Articles {
			sizes[i]++
			total++
		} else if sizes[i] > 1 {
			sizes[i]--
			total--
		}
	}
	out := make([]*genStory, n)
	days := time.Duration(max(1, g.cfg.Days)) * 24 * time.Hour
	for i := range out {
		span := time.Duration(g.rng.ExpFloat64() * float64(g.cfg.Spread))
		if g.rng.IntN(10) == 0 {
			span *= 4 // a long-running story
		}
		out[i] = &genStory{
			label:  fmt.Sprintf("s%05d", i+1),
			start:  g.cfg.Start.Add(time.Duration(g.rng.Float64() * float64(days))),
			span:   span,
			people: []string{g.name(2) + " " + g.name(3), g.name(2) + " " + g.name(2), g.name(3) + " " + g.name(2)},
			place:  g.name(3),
			org:    g.name(2) + " " + []string{"Group", "Council", "Industries", "Party", "Authority"}[g.rng.IntN(5)],
			topic:  []string{g.word(), g.word(), g.word(), g.word(), g.word(), g.word()},
			size:   sizes[i],
		}
	}
	return out
}

// syllables make the names and words of stories, so that 10,000 stories
// each have words of their own, as real stories have their own names.
var syllables = strings.Fields("ka ri mo ten vel sa dor lin bra ost fen mar el pa tor gu ne hal vik sun ro ber an li mos ter qua ven dal cor")

// name is a capitalised made-up name of n syllables.
func (g *generator) name(n int) string {
	w := g.syll(n)
	return strings.ToUpper(w[:1]) + w[1:]
}

// word is a made-up lower-case word.
func (g *generator) word() string { return g.syll(2 + g.rng.IntN(2)) }

func (g *generator) syll(n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[g.rng.IntN(len(syllables))])
	}
	return b.String()
}

// article writes the i-th article of the stream, of story s, published at
// t: a wire copy of an earlier article of the story, or a new report.
func (g *generator) article(s *genStory, i int, t time.Time) *storyline.Article {
	a := &storyline.Article{
		ID:        fmt.Sprintf("g%07d", i+1),
		Published: t,
		Extra:     map[string]any{"story": s.label},
	}
	if len(s.written) > 0 && g.rng.Float64() < g.cfg.Copies {
		orig := s.written[g.rng.IntN(len(s.written))]
		a.Source = outlets[g.rng.IntN(len(outlets))]
		a.Title = g.title(s)
		paras := strings.Split(orig.Body, "\n\n")
		switch g.rng.IntN(3) {
		case 0: // a line added
			paras = append(paras, fmt.Sprintf("Additional reporting by %s.", g.name(2)+" "+g.name(2)))
		case 1: // the last paragraph cut
			if len(paras) > 3 {
				paras = paras[:len(paras)-1]
			}
		}
		a.Body = strings.Join(paras, "\n\n")
		return a
	}
	a.Source = outlets[g.rng.IntN(len(outlets))]
	if g.rng.IntN(4) == 0 {
		a.Source = wireOutlets[g.rng.IntN(len(wireOutlets))]
	}
	a.Title = g.title(s)
	nParas := 4 + g.rng.IntN(8)
	paras := make([]string, nParas)
	for p := range paras {
		var b strings.Builder
		for k := range 1 + g.rng.IntN(3) {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence(s, p == 0 && k == 0))
		}
		paras[p] = b.String()
	}
	a.Body = strings.Join(paras, "\n\n")
	return a
}

// title is a headline naming the story's people, place or subject.
func (g *generator) title(s *genStory) string {
	person := s.people[g.rng.IntN(len(s.people))]
	switch g.rng.IntN(4) {
	case 0:
		return fmt.Sprintf("%s says %s talks will go on in %s", person, s.topic[0], s.place)
	case 1:
		return fmt.Sprintf("%s: %s %s under scrutiny", s.place, s.org, s.topic[1])
	case 2:
		return fmt.Sprintf("What the %s %s means for %s", s.topic[0], s.topic[2], s.place)
	}
	return fmt.Sprintf("%s and %s clash over %s", person, s.org, s.topic[g.rng.IntN(len(s.topic))])
}

// sentence is a sentence of the word model in which some words are the
// story's own: its people, place, organisation and subject. The lead
// sentence always names the story's place and a person.
func (g *generator) sentence(s *genStory, lead bool) string {
	words := g.model.walk(g.rng, 10+g.rng.IntN(18))
	for i := range words {
		if g.rng.Float64() < 0.12 {
			words[i] = s.topic[g.rng.IntN(len(s.topic))]
		}
	}
	if lead || g.rng.IntN(3) == 0 {
		words = append([]string{"In", s.place + ",", s.people[g.rng.IntN(len(s.people))]}, words...)
	} else if g.rng.IntN(3) == 0 {
		words = append(words, "said", s.org)
	}
	out := strings.Join(words, " ")
	out = strings.ToUpper(out[:1]) + out[1:]
	return strings.TrimRight(out, ",;:") + "."
}

// bigrams is a word model: for each word, the words seen after it.
type bigrams struct {
	next  map[string][]string
	words []string // every word, with repeats: the unigram distribution
}

// learn builds the model from text.
func learn(text string) *bigrams {
	m := &bigrams{next: make(map[string][]string)}
	prev := ""
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, `"'()[]“”‘’`)
		if w == "" || strings.ContainsAny(w, "/|#<>=") {
			prev = ""
			continue
		}
		clean := strings.TrimRight(w, ".!?")
		if clean == "" {
			prev = ""
			continue
		}
		m.words = append(m.words, clean)
		if prev != "" {
			m.next[prev] = append(m.next[prev], clean)
		}
		prev = clean
		if clean != w { // a sentence ended
			prev = ""
		}
	}
	return m
}

// walk draws n words from the model.
func (m *bigrams) walk(rng *rand.Rand, n int) []string {
	out := make([]string, 0, n)
	w := m.words[rng.IntN(len(m.words))]
	for range n {
		out = append(out, w)
		if nx := m.next[w]; len(nx) > 0 && rng.IntN(8) != 0 {
			w = nx[rng.IntN(len(nx))]
		} else {
			w = m.words[rng.IntN(len(m.words))]
		}
	}
	return out
}

// fallbackCorpus is the seed text when the demo corpus is not found; it was
// written for this generator.
const fallbackCorpus = `The regional council met on Tuesday to discuss the plan, and officials said a decision would come within days.
Residents told reporters that they had waited for months for an answer from the authorities.
The company said in a statement that it expected the deal to close before the end of the year.
Police said two people had been detained and that an investigation was under way.
The minister told parliament that the government would publish its proposals next week.
Rescue teams worked through the night as the water rose in the lower part of the town.
Analysts said the results were better than expected, but warned that costs were still rising.
The talks are expected to resume after the weekend, according to a spokesman for the delegation.
Local media reported that the vote had been delayed because of a dispute over the count.
Thousands of people gathered in the main square to hear the announcement on Sunday evening.`

// readCorpus reads every .txt file under dir (the project's demo corpus)
// as seed text, falling back to a short built-in text.
func readCorpus(dir string) (string, error) {
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || filepath.Ext(path) != ".txt" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		b.Write(data)
		b.WriteByte('\n')
		return nil
	})
	if err != nil || b.Len() == 0 {
		return fallbackCorpus, err
	}
	return b.String(), nil
}
