package story

import (
	"cmp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"storyline"
)

// AddBatch places many articles and returns where each went, in the order
// given. Dated articles are placed in order of publication, then undated
// ones in the order given, as if they had arrived one by one in that order;
// but the document frequencies count the whole batch first, so that early
// articles are weighed with the same knowledge as late ones. The work of
// reading terms and sketching texts is spread over all cores.
func (c *Clusterer) AddBatch(articles []*storyline.Article) []Assignment {
	out := make([]Assignment, len(articles))
	var todo []int // indexes of new articles, in placing order
	seen := make(map[string]bool)
	for i, a := range articles {
		if a == nil {
			continue
		}
		if j, ok := c.byID[a.ID]; ok {
			out[i] = c.assignment(j, true)
			continue
		}
		if seen[a.ID] {
			continue // resolved below, after its first occurrence is placed
		}
		seen[a.ID] = true
		todo = append(todo, i)
	}
	slices.SortStableFunc(todo, func(x, y int) int {
		return storyline.ComparePublished(articles[x].Published, articles[y].Published)
	})

	matches := make([]match, len(todo))
	var near sync.WaitGroup
	// The near-duplicate index must see the articles in placing order, so
	// it runs in one goroutine while the others read terms.
	near.Go(func() {
		for k, i := range todo {
			a := articles[i]
			m := &matches[k]
			m.copyOf, m.sim, m.ok = c.near.Add(a.ID, articleText(a))
		}
	})
	counts := c.countAll(articles, todo)
	near.Wait()

	idxs := make([]int32, len(todo))
	vecs := make([][]entry, len(todo))
	for start := 0; start < len(todo); start += placeChunk {
		end := min(start+placeChunk, len(todo))
		for k := start; k < end; k++ {
			idxs[k], vecs[k] = c.place(articles[todo[k]], counts[k], matches[k])
			counts[k] = nil
		}
		c.settle(idxs[start:end], vecs[start:end])
		clear(vecs[start:end])
	}
	c.number()
	for k, i := range todo {
		out[i] = c.assignment(idxs[k], false)
	}
	for i, a := range articles {
		if a != nil && out[i] == (Assignment{}) {
			out[i] = c.assignment(c.byID[a.ID], true)
		}
	}
	return out
}

// Chunks of a batch. Terms are read a chunk at a time so that the words of
// a huge batch are not all held at once; articles are placed and settled a
// chunk at a time so that refining costs the same per article in a huge
// batch as in a small one.
const (
	extractChunk = 4096
	placeChunk   = 2048
)

// countAll reads the terms of the articles todo (indexes into articles) on
// all cores and counts them in the document frequencies, in order.
func (c *Clusterer) countAll(articles []*storyline.Article, todo []int) [][]entry {
	counts := make([][]entry, len(todo))
	workers := max(1, runtime.GOMAXPROCS(0))
	exs := make([]*extractor, workers)
	exs[0] = c.ex
	for w := 1; w < workers; w++ {
		exs[w] = newExtractor()
	}
	terms := make([][]termCount, min(len(todo), extractChunk))
	for start := 0; start < len(todo); start += extractChunk {
		chunk := todo[start:min(start+extractChunk, len(todo))]
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for k := w; k < len(chunk); k += workers {
					terms[k] = exs[w].terms(articles[chunk[k]])
				}
			})
		}
		wg.Wait()
		for k := range chunk {
			counts[start+k] = c.count(terms[k])
		}
	}
	return counts
}

// settle refines the placing of the articles just placed (idxs, with their
// vectors) and merges the stories they are in where they tell one story.
func (c *Clusterer) settle(idxs []int32, vecs [][]entry) {
	c.refine(idxs, vecs, refinePasses)
	touched := make([]int32, 0, len(idxs))
	for _, ai := range idxs {
		touched = append(touched, c.arts[ai].story)
	}
	slices.Sort(touched)
	if c.merge(slices.Compact(touched)) {
		c.refine(idxs, vecs, 1)
	}
}

// Story is a story as the Clusterer knows it: ids, not articles.
type Story struct {
	// ID numbers stories from 1 in the order they were started; it does
	// not change when articles are added or the state is saved and loaded.
	ID       int    `json:"id"`
	Headline string `json:"headline"`
	// Articles are the ids of its articles in the order they were added.
	Articles []string `json:"articles"`
	// Sources are the distinct outlets, in order of first appearance.
	Sources []string `json:"sources"`
	// First and Last are the earliest and latest publication times; zero
	// when no article has a date.
	First time.Time `json:"first,omitzero"`
	Last  time.Time `json:"last,omitzero"`
	// Duplicates are the groups of near-duplicates: each the original
	// first, then its copies.
	Duplicates [][]string `json:"duplicates"`
}

// Stories returns all the stories, by id.
func (c *Clusterer) Stories() []Story {
	out := make([]Story, 0, len(c.stories))
	for _, s := range c.live() {
		out = append(out, c.story(s))
	}
	return out
}

// live returns the stories that have articles, by id.
func (c *Clusterer) live() []*cluster {
	out := make([]*cluster, 0, len(c.stories))
	for _, s := range c.stories {
		if len(s.articles) > 0 {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b *cluster) int { return cmp.Compare(a.id, b.id) })
	return out
}

// story describes one story.
func (c *Clusterer) story(s *cluster) Story {
	st := Story{ID: s.id, First: s.first.UTC(), Last: s.last.UTC(), Articles: make([]string, len(s.articles)), Duplicates: [][]string{}}
	groups := make(map[int32]int) // original → index in st.Duplicates
	seenSrc := make(map[string]bool)
	for k, ai := range s.articles {
		a := &c.arts[ai]
		st.Articles[k] = a.id
		if a.source != "" && !seenSrc[a.source] {
			seenSrc[a.source] = true
			st.Sources = append(st.Sources, a.source)
		}
		if a.copyOf >= 0 {
			g, ok := groups[a.copyOf]
			if !ok {
				g = len(st.Duplicates)
				groups[a.copyOf] = g
				st.Duplicates = append(st.Duplicates, []string{c.arts[a.copyOf].id})
			}
			st.Duplicates[g] = append(st.Duplicates[g], a.id)
		}
	}
	if st.Sources == nil {
		st.Sources = []string{}
	}
	st.Headline = c.headline(s)
	return st
}

// headline is the title of the story's earliest article that has one (the
// first report names the event most plainly), or else the start of its
// first article's text.
func (c *Clusterer) headline(s *cluster) string {
	best := int32(-1)
	for _, ai := range s.articles {
		a := &c.arts[ai]
		if a.title == "" {
			continue
		}
		if best < 0 || storyline.ComparePublished(a.published, c.arts[best].published) < 0 {
			best = ai
		}
	}
	if best >= 0 {
		return c.arts[best].title
	}
	if len(s.articles) == 0 {
		return ""
	}
	return c.arts[s.articles[0]].snippet
}

// snippet returns the first line of text, cut to about twelve words.
func snippet(text string) string {
	text = strings.TrimSpace(text)
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	words := strings.Fields(text)
	if len(words) > 12 {
		return strings.Join(words[:12], " ") + " …"
	}
	return strings.Join(words, " ")
}

// Cluster groups articles into stories in one batch and returns them with
// their articles and near-duplicates, ready for a brief. Story IDs are
// "1", "2", ... in the order the stories were started.
func Cluster(articles []*storyline.Article, opts Options) []storyline.Story {
	c := New(opts)
	c.AddBatch(articles)
	byID := make(map[string]*storyline.Article, len(articles))
	for _, a := range articles {
		if a != nil {
			if _, dup := byID[a.ID]; !dup {
				byID[a.ID] = a
			}
		}
	}
	out := make([]storyline.Story, 0, len(c.stories))
	for _, s := range c.live() {
		st := storyline.Story{ID: strconv.Itoa(s.id), Headline: c.headline(s), Duplicates: []storyline.Duplicate{}}
		for _, ai := range s.articles {
			a := &c.arts[ai]
			st.Articles = append(st.Articles, byID[a.id])
			if a.copyOf >= 0 {
				st.Duplicates = append(st.Duplicates, storyline.Duplicate{Article: a.id, CopyOf: c.arts[a.copyOf].id, Similarity: float64(a.sim)})
			}
		}
		out = append(out, st)
	}
	return out
}

// Article returns what the clusterer keeps of the article with the given
// id: its outlet, title and date (the URL is not kept).
func (c *Clusterer) Article(id string) (storyline.ArticleRef, bool) {
	i, ok := c.byID[id]
	if !ok {
		return storyline.ArticleRef{}, false
	}
	a := &c.arts[i]
	return storyline.ArticleRef{ID: a.id, Source: a.source, Title: a.title, Published: a.published}, true
}

// Newest returns the latest publication time seen, zero if none.
func (c *Clusterer) Newest() time.Time { return c.clock }
