package story

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"storyline"
)

// events are made-up stories, each a pool of sentences that its reports
// draw from; filler is what any report may add.
var events = map[string][]string{
	"flood": {
		"Heavy rain swelled the Serrat river and flooded the old town of Marvik overnight.",
		"Rescue teams in boats evacuated about 400 residents of Marvik from their homes.",
		"The mayor of Marvik, Ilse Dorran, declared a state of emergency in the riverside districts.",
		"Forecasters expect the Serrat to crest on Thursday before the water slowly recedes.",
		"Two people are missing after their car was swept off a flooded road near Marvik.",
		"The regional army sent trucks and sandbags to protect the Marvik water treatment plant.",
		"Farmers along the Serrat valley said their fields were under a metre of water.",
	},
	"election": {
		"Voters in Talvora elected Rosa Ekland as president in a runoff on Sunday.",
		"Ekland won 54 percent of the vote against the incumbent, Piet Varga, the electoral commission said.",
		"Turnout in the Talvora runoff reached 71 percent, the highest since independence.",
		"Varga conceded defeat in a short speech to supporters in the capital, Lenmar.",
		"Ekland promised to fight corruption and to renegotiate the Talvora mining contracts.",
		"International observers said the Talvora vote was orderly despite long queues in Lenmar.",
		"Ekland will be sworn in as president of Talvora next month.",
	},
	"merger": {
		"Corvane Industries agreed to buy the battery maker Lumetra for 3.2 billion dollars.",
		"Shareholders of Lumetra will receive 41 dollars a share in cash, a premium of 30 percent.",
		"Corvane chief executive Hal Brinner said the Lumetra deal would double its battery capacity.",
		"Competition regulators are expected to examine the Corvane and Lumetra merger closely.",
		"Lumetra shares jumped 27 percent after the Corvane offer was announced.",
		"The Corvane purchase of Lumetra is the largest in the battery industry this year.",
	},
	"marathon": {
		"Kenyan runner Amos Kiprono won the Aldwin marathon in a course record of two hours and four minutes.",
		"Kiprono broke away from the leading group at the 30 kilometre mark in Aldwin.",
		"The women's race in Aldwin was won by Ethiopian Sara Belete in her marathon debut.",
		"About 38,000 runners took part in the Aldwin marathon under clear skies.",
		"Belete said she had not expected to win the Aldwin race on her first attempt.",
		"Organisers of the Aldwin marathon said the prize money would rise next year.",
	},
}

var filler = []string{
	"Officials said more details would be released later in the day.",
	"The announcement was widely reported by local media.",
	"Reporters were told that further statements would follow.",
}

// report builds the n-th report of an event: five of its sentences in an
// order that depends on n, and one filler sentence.
func report(event string, n int) string {
	pool := events[event]
	var b strings.Builder
	for k := range 5 {
		b.WriteString(pool[(n*3+k*(n%2+1))%len(pool)])
		b.WriteString(" ")
		if k == 1 {
			b.WriteString("\n\n")
		}
	}
	b.WriteString(filler[n%len(filler)])
	return b.String()
}

func day(d int) time.Time { return time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, d) }

// stream makes reports of every event interleaved, dated over a few days.
func stream(perEvent int) ([]*storyline.Article, map[string]string) {
	var arts []*storyline.Article
	labels := make(map[string]string)
	names := []string{"election", "flood", "marathon", "merger"}
	for n := range perEvent {
		for _, ev := range names {
			id := fmt.Sprintf("%s-%d", ev, n)
			arts = append(arts, &storyline.Article{ID: id, Source: fmt.Sprintf("outlet %d", n), Text: report(ev, n), Published: day(n % 4)})
			labels[id] = ev
		}
	}
	return arts, labels
}

// groups returns the story of each article id.
func groups(c *Clusterer) map[string]int {
	out := make(map[string]int)
	for _, s := range c.Stories() {
		for _, id := range s.Articles {
			out[id] = s.ID
		}
	}
	return out
}

// checkPure fails unless articles with the same label share a story and
// articles with different labels do not.
func checkPure(t *testing.T, c *Clusterer, labels map[string]string) {
	t.Helper()
	got := groups(c)
	storyOf := make(map[string]int)
	labelOf := make(map[int]string)
	for id, l := range labels {
		s, ok := got[id]
		if !ok {
			t.Errorf("%s is in no story", id)
			continue
		}
		if prev, ok := storyOf[l]; ok && prev != s {
			t.Errorf("%s split: stories %d and %d", l, prev, s)
		}
		storyOf[l] = s
		if prev, ok := labelOf[s]; ok && prev != l {
			t.Errorf("story %d mixes %s and %s", s, prev, l)
		}
		labelOf[s] = l
	}
}

func TestBatchAndOneByOne(t *testing.T) {
	arts, labels := stream(6)
	t.Run("batch", func(t *testing.T) {
		c := New(Options{})
		c.AddBatch(arts)
		checkPure(t, c, labels)
		if n := len(c.Stories()); n != 4 {
			t.Errorf("%d stories, want 4", n)
		}
	})
	t.Run("one by one", func(t *testing.T) {
		c := New(Options{})
		for _, a := range arts {
			c.Add(a)
		}
		checkPure(t, c, labels)
	})
	t.Run("batches of five", func(t *testing.T) {
		c := New(Options{})
		for i := 0; i < len(arts); i += 5 {
			c.AddBatch(arts[i:min(i+5, len(arts))])
		}
		checkPure(t, c, labels)
	})
}

func TestAddReportsWhereArticlesGo(t *testing.T) {
	c := New(Options{})
	first := &storyline.Article{ID: "a", Text: report("flood", 0), Published: day(0)}
	as := c.Add(first)
	if !as.New || as.Story != 1 {
		t.Errorf("first article: %+v, want new story 1", as)
	}
	as = c.Add(&storyline.Article{ID: "b", Text: report("flood", 1), Published: day(1)})
	if as.New || as.Story != 1 || as.Similarity < DefaultThreshold {
		t.Errorf("second report: %+v, want story 1 with similarity ≥ %.2f", as, DefaultThreshold)
	}
	as = c.Add(first)
	if !as.Known || as.Story != 1 || c.Len() != 2 {
		t.Errorf("same id again: %+v, Len %d; want known, story 1, Len 2", as, c.Len())
	}
	as = c.Add(&storyline.Article{ID: "c", Text: report("merger", 0), Published: day(1)})
	if !as.New || as.Story != 2 {
		t.Errorf("other event: %+v, want new story 2", as)
	}
}

func TestWireCopies(t *testing.T) {
	orig := report("election", 0)
	arts := []*storyline.Article{
		{ID: "wire", Source: "Wire", Title: "Ekland wins Talvora runoff", Text: orig, Published: day(0)},
		{ID: "copy1", Source: "Daily", Title: "Talvora has a new president", Text: orig + " Additional reporting by staff.", Published: day(0).Add(time.Hour)},
		{ID: "other", Source: "Herald", Text: report("election", 3), Published: day(0).Add(2 * time.Hour)},
		{ID: "copy2", Source: "Courier", Text: orig, Published: day(0).Add(3 * time.Hour)},
	}
	c := New(Options{})
	as := c.AddBatch(arts)
	if as[1].CopyOf != "wire" || as[3].CopyOf != "wire" || as[2].CopyOf != "" {
		t.Errorf("copies: %+v", as)
	}
	st := c.Stories()
	if len(st) != 1 {
		t.Fatalf("%d stories, want 1: %+v", len(st), st)
	}
	s := st[0]
	if want := [][]string{{"wire", "copy1", "copy2"}}; fmt.Sprint(s.Duplicates) != fmt.Sprint(want) {
		t.Errorf("Duplicates = %v, want %v", s.Duplicates, want)
	}
	if s.Headline != "Ekland wins Talvora runoff" {
		t.Errorf("Headline = %q", s.Headline)
	}
	if fmt.Sprint(s.Sources) != "[Wire Daily Herald Courier]" {
		t.Errorf("Sources = %v", s.Sources)
	}
	if !s.First.Equal(day(0)) || !s.Last.Equal(day(0).Add(3*time.Hour)) {
		t.Errorf("span %v – %v", s.First, s.Last)
	}
}

func TestTime(t *testing.T) {
	const loose = "Marvik town council met about the Serrat river embankment budget and the summer festival, the mayor Ilse Dorran said."
	tests := []struct {
		name     string
		days     []int // publication day of each report of the flood
		lateText string
		gap      int  // days from the last report to the late one
		joins    bool // whether the late report joins the flood's story
	}{
		{"story growing over days stays one", []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, "", 0, true},
		{"loosely related report the next day joins", []int{0, 1, 2}, loose, 1, true},
		{"loosely related report three weeks later is a new story", []int{0, 1, 2}, loose, 21, false},
		{"report three weeks later about the same place is a new story", []int{0, 1, 2}, "Marvik old town held its annual summer festival, with music in the market square and a parade. The Marvik town band played.", 21, false},
		{"same event continued three weeks later stays", []int{0, 1, 2}, report("flood", 5), 21, true},
		{"same event resumed three months later stays", []int{0, 1, 2}, report("flood", 6), 90, true},
		{"loosely related report three months later is new", []int{0, 1, 2}, loose, 90, false},
		{"report more than MaxGap later is always new", []int{0, 1}, report("flood", 0), 400, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(Options{})
			last := 0
			for i, d := range tt.days {
				// Reports of other events make the document frequencies
				// those of a news stream.
				for _, ev := range []string{"election", "merger", "marathon"} {
					c.Add(&storyline.Article{ID: fmt.Sprint(ev, i), Text: report(ev, i), Published: day(d)})
				}
				c.Add(&storyline.Article{ID: fmt.Sprint(i), Text: report("flood", i), Published: day(d)})
				last = d
			}
			if tt.lateText != "" {
				c.Add(&storyline.Article{ID: "late", Text: tt.lateText, Published: day(last + tt.gap)})
			}
			g := groups(c)
			for i := range tt.days {
				if g[fmt.Sprint(i)] != g["0"] {
					t.Errorf("flood report %d is in story %d, report 0 in %d", i, g[fmt.Sprint(i)], g["0"])
				}
			}
			if tt.lateText != "" && (g["late"] == g["0"]) != tt.joins {
				t.Errorf("late report joins the flood: %v, want %v", g["late"] == g["0"], tt.joins)
			}
		})
	}
}

// TestAdoption: in a batch, a report left alone in a story of its own
// joins the story it fell just short of (within adoptShare of the bar),
// but not one it is far from.
func TestAdoption(t *testing.T) {
	const loose = "Marvik town council met about the Serrat river embankment budget and the summer festival, the mayor Ilse Dorran said."
	for _, tt := range []struct {
		gap   int // days after the last flood report
		joins bool
	}{
		{6, true},   // just short of the bar: adopted
		{21, false}, // far short of it
	} {
		var arts []*storyline.Article
		for i := range 3 {
			for _, ev := range []string{"election", "merger", "marathon", "flood"} {
				arts = append(arts, &storyline.Article{ID: fmt.Sprint(ev, i), Text: report(ev, i), Published: day(i)})
			}
		}
		arts = append(arts, &storyline.Article{ID: "late", Text: loose, Published: day(2 + tt.gap)})
		c := New(Options{})
		c.AddBatch(arts)
		g := groups(c)
		if got := g["late"] == g["flood0"]; got != tt.joins {
			t.Errorf("%d days later: the loosely related report joins the flood: %v, want %v", tt.gap, got, tt.joins)
		}
	}
}

func TestBadArticles(t *testing.T) {
	arts := []*storyline.Article{
		{ID: "undated", Text: report("merger", 0)},
		{ID: "untitled-dated", Text: report("merger", 1), Published: day(0)},
		{ID: "empty"},
		{ID: "punctuation", Text: "... -- !!"},
		{ID: "other-language", Text: "Le conseil municipal a voté mardi la fermeture du vieux pont aux poids lourds."},
		nil,
		{ID: "undated", Text: "same id twice in one batch"},
	}
	c := New(Options{})
	as := c.AddBatch(arts)
	for i, a := range arts {
		if a == nil {
			if as[i] != (Assignment{}) {
				t.Errorf("nil article got %+v", as[i])
			}
			continue
		}
		if as[i].Story == 0 {
			t.Errorf("%s: no story", a.ID)
		}
	}
	if as[0].Story != as[1].Story {
		t.Errorf("dated and undated reports of one event: stories %d and %d", as[0].Story, as[1].Story)
	}
	if !as[6].Known || as[6].Story != as[0].Story {
		t.Errorf("repeated id: %+v", as[6])
	}
	for _, s := range c.Stories() {
		if s.Headline == "" && s.Articles[0] != "empty" && s.Articles[0] != "punctuation" {
			t.Errorf("story %d has no headline", s.ID)
		}
	}
}

func TestCluster(t *testing.T) {
	arts, labels := stream(3)
	stories := Cluster(arts, Options{})
	if len(stories) != 4 {
		t.Fatalf("%d stories, want 4", len(stories))
	}
	for _, s := range stories {
		if len(s.Articles) != 3 {
			t.Errorf("story %s has %d articles", s.ID, len(s.Articles))
		}
		for _, a := range s.Articles {
			if a == nil || labels[a.ID] != labels[s.Articles[0].ID] {
				t.Errorf("story %s: bad article %v", s.ID, a)
			}
		}
	}
}

func TestStateRoundTrip(t *testing.T) {
	arts, labels := stream(6)
	half := len(arts) / 2
	c := New(Options{})
	c.AddBatch(arts[:half])
	before := c.Stories()
	var buf bytes.Buffer
	if err := c.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(back.Stories()) != fmt.Sprint(before) {
		t.Fatalf("stories changed by saving and loading:\n%v\n%v", back.Stories(), before)
	}
	as := back.AddBatch(arts)
	for i := range half {
		if !as[i].Known {
			t.Errorf("%s added again after loading", arts[i].ID)
		}
	}
	checkPure(t, back, labels)
	if n := len(back.Stories()); n != 4 {
		t.Errorf("%d stories after the second batch, want 4", n)
	}
}

func TestLoadRefusesBadState(t *testing.T) {
	arts, _ := stream(2)
	c := New(Options{})
	c.AddBatch(arts)
	var buf bytes.Buffer
	if err := c.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0xff
	tests := []struct {
		name    string
		data    []byte
		corrupt bool // wraps ErrCorrupt
		want    string
	}{
		{"empty", nil, true, "empty"},
		{"not a state", []byte("id,story\n1,2\n"), true, "does not start with"},
		{"cut short", good[:len(good)*2/3], true, "not a valid story state"},
		{"damaged", flipped, true, "not a valid story state"},
		{"newer version", append([]byte("storyline story state 99\n"), good[len("storyline story state 1\n"):]...), false, "version 99"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(tt.data))
			if err == nil {
				t.Fatal("accepted")
			}
			if errors.Is(err, ErrCorrupt) != tt.corrupt || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q: want ErrCorrupt=%v and %q in it", err, tt.corrupt, tt.want)
			}
		})
	}
}

func FuzzLoad(f *testing.F) {
	arts, _ := stream(1)
	c := New(Options{})
	c.AddBatch(arts)
	var buf bytes.Buffer
	if err := c.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("storyline story state 1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		// A state that loads must work.
		c.Add(&storyline.Article{ID: "fuzz-new", Text: report("flood", 0)})
		c.Stories()
	})
}

// unit returns a unit vector with the given weights on terms 0, 1, ...
// (zero weights left out).
func unit(ws ...float32) []entry {
	var v []entry
	var n float32
	for _, w := range ws {
		n += w * w
	}
	for t, w := range ws {
		if w != 0 {
			v = append(v, entry{int32(t), w / float32(math.Sqrt(float64(n)))})
		}
	}
	return v
}

// clusterOf returns a Clusterer with one story whose centroid is the sum
// of vecs, over a vocabulary of terms terms.
func clusterOf(terms int, vecs ...[]entry) (*Clusterer, int32) {
	c := New(Options{})
	c.dense = make([]float32, terms)
	c.postings = make([][]int32, terms)
	si := c.newStory()
	for _, v := range vecs {
		c.grow(si, v)
	}
	return c, si
}

func TestSimWithout(t *testing.T) {
	tests := []struct {
		name    string
		members [][]entry
		vec     []entry
	}{
		{"two alike", [][]entry{unit(1, 1, 0, 0)}, unit(1, 0.5, 0, 0.5)},
		{"three apart", [][]entry{unit(1, 0, 0, 0), unit(0, 1, 1, 0)}, unit(0, 0, 1, 1)},
		{"term only its own", [][]entry{unit(1, 1, 1, 0), unit(1, 0, 0, 0)}, unit(0, 0, 0, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, si := clusterOf(4, append(tt.members, tt.vec)...)
			c.scatter(tt.vec)
			got, ok := c.simWithout(tt.vec, c.stories[si])
			c.unscatter(tt.vec)
			// The same, the slow way: take the vector out and compare.
			s := c.stories[si]
			s.sub(tt.vec)
			c.scatter(tt.vec)
			want := c.dotDense(s.centroid) / s.norm
			c.unscatter(tt.vec)
			if !ok || math.Abs(got-want) > 1e-6 {
				t.Errorf("simWithout = %.6f, %v; want %.6f", got, ok, want)
			}
		})
	}
	c, si := clusterOf(2, unit(1, 1))
	if _, ok := c.simWithout(unit(1, 1), c.stories[si]); ok {
		t.Error("a story of one vector without it is empty, but simWithout found a similarity")
	}
}

func TestCohesionRatio(t *testing.T) {
	tests := []struct {
		name string
		a, b [][]entry
		want float64
	}{
		// Every article like every other: across is as alike as within.
		{"one topic", [][]entry{unit(1, 1, 0), unit(1, 1, 0)}, [][]entry{unit(1, 1, 0), unit(1, 1, 0)}, 1},
		// Within each story pairs score 1, across 0.
		{"two topics", [][]entry{unit(1, 0, 0), unit(1, 0, 0)}, [][]entry{unit(0, 1, 0), unit(0, 1, 0)}, 0},
		// Within: cos 0.5 in each; across: the mean of 1, 0.5, 0.5 and 1.
		{"loose topic", [][]entry{unit(1, 1, 0), unit(1, 0, 1)}, [][]entry{unit(1, 1, 0), unit(1, 0, 1)}, 1.5},
		// Within: 1 and 0.5; across: 0.5 (u(1,1,0) with the others).
		{"half as alike", [][]entry{unit(1, 1, 0), unit(1, 1, 0)}, [][]entry{unit(1, 0, 1), unit(0, 1, 1)}, 0.5 / math.Sqrt(0.5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a := clusterOf(3, tt.a...)
			b := c.newStory()
			for _, v := range tt.b {
				c.grow(b, v)
			}
			sa, sb := c.stories[a], c.stories[b]
			c.scatter(sa.centroid)
			d := c.dotDense(sb.centroid)
			c.unscatter(sa.centroid)
			if got := cohesionRatio(d, sa, sb); math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("cohesionRatio = %.4f, want %.4f", got, tt.want)
			}
		})
	}
}

// TestActiveStoryInReach: a story that has just gained an article stays a
// candidate for its strongest terms however many stories were listed under
// those terms before.
func TestActiveStoryInReach(t *testing.T) {
	const terms = queryTerms + 5
	ws := make([]float32, terms)
	for i := range ws {
		ws[i] = float32(terms - i) // distinct weights: term 0 strongest
	}
	vec := unit(ws...)
	c, old := clusterOf(terms, vec)
	for range 3 * maxScan {
		c.grow(c.newStory(), vec)
	}
	if slices.Contains(c.candidates(vec, -1), old) {
		t.Fatalf("story %d still among the candidates after %d newer ones", old, 3*maxScan)
	}
	c.grow(old, vec) // it is reported again
	if !slices.Contains(c.candidates(vec, -1), old) {
		t.Errorf("story %d, just reported again, is not among the candidates", old)
	}
}
