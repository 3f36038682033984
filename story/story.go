// Package story groups a stream of articles into stories, incrementally:
// each article joins the story it belongs to or starts a new one, without
// recomputing the others, so a desk can feed it articles as they arrive
// (one at a time or in batches) and keep its state in a file between runs.
//
// # Method
//
// An article is a TF-IDF vector over its content terms (stemmed words that
// are not stopwords), with the words of its headline and of its lead (the
// first paragraph) counted twice: that is where a report says what its
// story is. Document frequencies are kept up to date as articles arrive; a
// batch counts all its articles before any is placed, so the first
// articles of a batch are weighed like the last. A vector keeps its
// strongest docTerms terms.
//
// A story is the sum of its articles' unit vectors, bounded to its strongest
// centroidTerms terms. A new article is compared, by cosine similarity, with
// the stories that share its strongest terms and joins the best one if the
// similarity reaches the threshold; otherwise it starts a story. Those
// stories are found through an inverted index from each term to the
// stories that most recently gained an article strong in it: a story stays
// within reach while it is being reported, however many stories have
// started since with the same words, and the work per article does not
// grow with the stream.
//
// Within a batch, once its articles are placed, each is compared again
// with the stories as they have grown (without itself) and moved where it
// fits best, unless it is well above the bar of its own story; then new
// stories that turn out to tell one story merge. Two stories merge when
// the articles of each are, on average, as similar to the other's centroid
// as a single article must be to join it, or, for two stories of three
// articles or more, when their articles are across at least half as similar to
// each other as they are within each story: the pieces of a broad topic
// whose articles are each only loosely alike. Stories of earlier batches
// never merge with each other, so published story ids stay.
// Add, for one article, does none of this: it places the article and stops.
//
// Near-duplicates (package near) join the story of their original directly
// and do not move its centroid: a wire copy printed by ten outlets is one
// report, not ten.
//
// # Time
//
// A story is bounded in time, softly. Within Options.Window of a story's
// first and last articles, the threshold is Options.Threshold; further away
// it rises by lateRise each time the distance doubles, up to lateThreshold,
// and beyond Options.MaxGap an article never joins the story. An article
// three weeks after a story thus joins it only when it clearly continues
// the same event (a report that merely names the same place does not),
// a close continuation may bridge months, and a story that keeps growing
// day after day stays one, because its window moves with its last
// article. Stories idle for longer than MaxGap behind the newest article are
// retired from the index, which keeps the work per article bounded on an
// endless stream. Articles without a date are compared with every live
// story, with no penalty.
package story

import (
	"cmp"
	"math"
	"slices"
	"time"

	"storyline"
	"storyline/near"
)

// Defaults and bounds of the method. The thresholds are cosine similarities
// between an article's unit vector and a story's centroid.
const (
	// DefaultThreshold: two reports of unrelated events share a few
	// common words; on the labelled sets of ../shared (Multi-News, DUC
	// 2006) about 99.9% of such pairs score under 0.15, while the median
	// pair of reports of one event or topic scores 0.14 to 0.26, and an
	// article scores higher against a story of several reports than
	// against any one of them.
	DefaultThreshold = 0.15
	// lateRise is how much the threshold rises each time the distance
	// from a story doubles beyond the window: about 0.3 three weeks after
	// a story, when a report must share the event's particulars, not only
	// its place, to continue it.
	lateRise = 0.05
	// lateThreshold caps the threshold far from a story: a report that
	// close to a story continues it however late it comes.
	lateThreshold = 0.45
	// DefaultWindow is how far from a story an article may be and still be
	// compared with no penalty: a story is reported over a few days.
	DefaultWindow = 3 * 24 * time.Hour
	// DefaultMaxGap is the distance from a story beyond which no article
	// joins it: a year, so that a story that resumes after months (a
	// trial, an inquiry, an anniversary) can still be continued.
	DefaultMaxGap = 365 * 24 * time.Hour

	docTerms      = 150 // terms kept in an article's vector
	centroidTerms = 300 // terms kept in a story's centroid
	queryTerms    = 20  // strongest terms of an article looked up in the index
	maxCandidates = 16  // stories compared exactly with one article
	maxScan       = 48  // stories looked at for each term of an article
	refinePasses  = 2   // passes of refine over a batch
	// firmMargin: an article this far above the bar of its own story
	// (without it) is settled there; refine does not look for a better
	// story, which it almost never finds, and saves most of its work.
	firmMargin = 0.15
	// cohesion is the least ratio of the similarity of two stories'
	// articles across to their similarity within each for the stories to
	// merge (see merge); the bar rises with the distance in time as the
	// threshold does.
	cohesion = 0.5
	// minCohesive is the least number of articles (vectors) of a story
	// for its cohesion to be measured: two articles are one pair, too
	// few to say how alike a story's articles are.
	minCohesive = 3
	mergeRounds = 10 // rounds of merge over a batch
)

// Options configures a Clusterer. The zero value gives the defaults.
type Options struct {
	// Threshold is the least cosine similarity for an article to join a
	// story within Window; 0 means DefaultThreshold.
	Threshold float64
	// Window is the distance from a story within which no penalty applies;
	// 0 means DefaultWindow.
	Window time.Duration
	// MaxGap is the distance from a story beyond which an article never
	// joins it; 0 means DefaultMaxGap. A negative MaxGap ignores dates, for
	// collections of topics rather than events.
	MaxGap time.Duration
	// Near configures near-duplicate detection.
	Near near.Options
}

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.MaxGap == 0 {
		o.MaxGap = DefaultMaxGap
	}
	if o.MaxGap > 0 && o.MaxGap < o.Window {
		o.MaxGap = o.Window
	}
	return o
}

// Clusterer places articles into stories. It is not safe for concurrent
// use.
type Clusterer struct {
	opts Options
	near *near.Index

	vocab map[string]int32 // term → id
	terms []string         // id → term
	df    []int32          // id → number of articles with the term
	n     int              // articles counted in df

	arts    []article
	byID    map[string]int32
	stories []*cluster
	lastID  int // id of the last story numbered
	// postings lists, for each term, the stories whose centroid gained it.
	postings [][]int32
	// clock is the newest publication time seen; compacted is when
	// retired stories were last dropped from the postings.
	clock, compacted time.Time

	ex *extractor
	// dense holds the vector being compared, by term, so that its dot
	// product with a centroid is one lookup per centroid term; zero
	// between uses.
	dense []float32
	// sum is scratch for adding a vector to a centroid.
	sum   []entry
	heap  []entry  // scratch for strongestBuf
	cands []scored // scratch for candidates
	top   []int32  // scratch for candidates' result
	query []entry  // scratch for candidates' query terms
	// slots holds, per story, whether candidates may return it and
	// candidates' scratch: one small record, so that scanning a posting
	// list touches one cache line a story.
	slots []slot
	cur   uint32
}

// article is what the clusterer keeps of an article.
type article struct {
	id, source, title string
	published         time.Time
	story             int32 // index in stories
	copyOf            int32 // index of the original, -1 if none
	sim               float32
	snippet           string // start of the text, for a headline when untitled
}

// cluster is one story.
type cluster struct {
	id          int
	first, last time.Time // of dated articles; zero if none
	centroid    []entry   // sorted by term: the sum of n unit vectors
	n           int
	norm        float64
	articles    []int32
	retired     bool
}

// slot is what candidates keeps of a story.
type slot struct {
	stamp uint32  // c.cur when score was last reset
	score float32 // weight of the query's terms that the story shares
	live  bool    // it has a centroid and is not retired
}

// scored is a candidate story and its score.
type scored struct {
	story int32
	score float32
}

// entry is one weighted term of a vector.
type entry struct {
	term int32
	w    float32
}

// New returns an empty Clusterer.
func New(opts Options) *Clusterer {
	return &Clusterer{
		opts:  opts.withDefaults(),
		near:  near.NewIndex(opts.Near),
		vocab: make(map[string]int32),
		byID:  make(map[string]int32),
		ex:    newExtractor(),
	}
}

// Assignment says where an article went.
type Assignment struct {
	// Story is the id of the story the article is in.
	Story int
	// New is true when the article started the story.
	New bool
	// Known is true when an article with the same id had been added
	// before; it was not added again.
	Known bool
	// CopyOf is the id of the article this one is a near-duplicate of.
	CopyOf string
	// Similarity is the cosine similarity to the story joined, or the
	// near-duplicate similarity for a copy; 0 for a new story.
	Similarity float64
}

// Len returns the number of articles added.
func (c *Clusterer) Len() int { return len(c.arts) }

// Add places one article and returns where it went (nothing for nil).
// Articles are matched by ID: an ID already added is not added twice.
func (c *Clusterer) Add(a *storyline.Article) Assignment {
	if a == nil {
		return Assignment{}
	}
	if i, ok := c.byID[a.ID]; ok {
		return c.assignment(i, true)
	}
	ids := c.count(c.ex.terms(a))
	copyOf, sim, dup := c.near.Add(a.ID, articleText(a))
	idx, _ := c.place(a, ids, match{copyOf, sim, dup})
	c.number()
	return c.assignment(idx, false)
}

// match is the answer of the near-duplicate index for one article.
type match struct {
	copyOf string
	sim    float64
	ok     bool
}

// assignment describes where article i is.
func (c *Clusterer) assignment(i int32, known bool) Assignment {
	a := &c.arts[i]
	s := c.stories[a.story]
	as := Assignment{Story: s.id, Known: known, Similarity: float64(a.sim), New: !known && slices.Min(s.articles) == i}
	if a.copyOf >= 0 {
		as.CopyOf = c.arts[a.copyOf].id
	}
	return as
}

// count maps terms to ids, adding new ones to the vocabulary, and counts
// the article in the document frequencies.
func (c *Clusterer) count(tcs []termCount) []entry {
	out := make([]entry, len(tcs))
	for i, tc := range tcs {
		id, ok := c.vocab[tc.term]
		if !ok {
			id = int32(len(c.terms))
			c.vocab[tc.term] = id
			c.terms = append(c.terms, tc.term)
			c.df = append(c.df, 0)
			c.postings = append(c.postings, nil)
			c.dense = append(c.dense, 0)
		}
		c.df[id]++
		out[i] = entry{id, tc.count}
	}
	c.n++
	return out
}

// vector weighs counted terms by TF-IDF, keeps the strongest docTerms and
// returns them as a unit vector sorted by term.
func (c *Clusterer) vector(counts []entry) []entry {
	v := make([]entry, len(counts))
	n := float64(c.n + 1)
	for i, e := range counts {
		idf := math.Log(n / float64(max(c.df[e.term], 1)))
		v[i] = entry{e.term, float32((1 + math.Log(float64(e.w))) * idf)}
	}
	v = strongest(v, docTerms, false)
	var sum float64
	for _, e := range v {
		sum += float64(e.w) * float64(e.w)
	}
	if sum > 0 {
		inv := float32(1 / math.Sqrt(sum))
		for i := range v {
			v[i].w *= inv
		}
	}
	return v
}

// strongest keeps the k heaviest entries of v, ties broken by term so that
// the result does not depend on the order of v, and returns them sorted by
// term. When v is already sorted by term it stays so without sorting.
func strongest(v []entry, k int, sorted bool) []entry {
	return strongestBuf(v, k, sorted, new([]entry))
}

// strongestBuf is strongest with scratch space for the heap.
func strongestBuf(v []entry, k int, sorted bool, buf *[]entry) []entry {
	if len(v) > k {
		// The root of topK's heap is the k-th heaviest entry: keep what
		// is heavier, in place.
		*buf = topKInto((*buf)[:0], v, k, heavier)
		kth := (*buf)[0]
		out := v[:0]
		for _, e := range v {
			if !heavier(kth, e) {
				out = append(out, e)
			}
		}
		v = out
	}
	if !sorted {
		slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.term, b.term) })
	}
	return v
}

// place puts an article, with its counted terms and near-duplicate match,
// into a story, and returns its index and its vector (nil for a copy). A
// story it starts has no id yet: see number.
func (c *Clusterer) place(a *storyline.Article, counts []entry, m match) (int32, []entry) {
	idx := int32(len(c.arts))
	art := article{id: a.ID, source: a.Source, title: a.Title, published: a.Published, copyOf: -1}
	if a.Title == "" {
		art.snippet = snippet(articleText(a))
	}
	c.byID[a.ID] = idx
	if t := a.Published; t.After(c.clock) {
		c.clock = t
	}
	if m.ok {
		// A copy joins its original's story, unless it comes so much later
		// that it is a new story that reuses an old text.
		orig, ok := c.byID[m.copyOf]
		if ok {
			_, ok = c.threshold(c.stories[c.arts[orig].story].gap(a.Published))
		}
		if ok {
			art.copyOf, art.sim, art.story = orig, float32(m.sim), c.arts[orig].story
			c.arts = append(c.arts, art)
			c.stories[art.story].join(idx, a.Published)
			return idx, nil
		}
	}
	vec := c.vector(counts)
	best, sim := c.best(vec, a.Published, -1)
	if best < 0 {
		best = c.newStory()
	}
	art.story, art.sim = best, float32(sim)
	c.arts = append(c.arts, art)
	c.stories[best].join(idx, a.Published)
	c.grow(best, vec)
	c.retire()
	return idx, vec
}

// newStory adds an empty story and returns its index.
func (c *Clusterer) newStory() int32 {
	c.stories = append(c.stories, &cluster{})
	c.slots = append(c.slots, slot{})
	return int32(len(c.stories) - 1)
}

// mark records whether candidates may return story si; it is called
// whenever the story's centroid changes.
func (c *Clusterer) mark(si int32) {
	s := c.stories[si]
	c.slots[si].live = s.norm > 0 && !s.retired
}

// number gives ids to the stories that have none, in order of their first
// article, and returns how many it numbered.
func (c *Clusterer) number() int {
	var fresh []*cluster
	for _, s := range c.stories {
		if s.id == 0 && len(s.articles) > 0 {
			fresh = append(fresh, s)
		}
	}
	slices.SortFunc(fresh, func(a, b *cluster) int { return cmp.Compare(slices.Min(a.articles), slices.Min(b.articles)) })
	for _, s := range fresh {
		c.lastID++
		s.id = c.lastID
	}
	return len(fresh)
}

// grow adds a unit vector to the centroid of story si, keeping its
// strongest centroidTerms terms, and lists the story under the strongest
// terms of vec (touch). It works in scratch space and reuses the
// centroid's memory: it runs several times for every article.
func (c *Clusterer) grow(si int32, vec []entry) {
	s := c.stories[si]
	sum := c.sum[:0]
	i, j := 0, 0
	for i < len(s.centroid) || j < len(vec) {
		switch {
		case j == len(vec) || i < len(s.centroid) && s.centroid[i].term < vec[j].term:
			sum = append(sum, s.centroid[i])
			i++
		case i == len(s.centroid) || vec[j].term < s.centroid[i].term:
			sum = append(sum, vec[j])
			j++
		default:
			sum = append(sum, entry{vec[j].term, s.centroid[i].w + vec[j].w})
			i++
			j++
		}
	}
	sum = strongestBuf(sum, centroidTerms, true, &c.heap)
	s.centroid = append(s.centroid[:0], sum...)
	c.sum = sum
	s.n++
	s.setNorm()
	c.mark(si)
	c.touch(si, vec)
}

// queryOf returns the strongest queryTerms terms of vec, those by which
// stories are found; the result is valid until the next call.
func (c *Clusterer) queryOf(vec []entry) []entry {
	if len(vec) <= queryTerms {
		return vec
	}
	c.query = topKInto(c.query[:0], vec, queryTerms, heavier)
	return c.query
}

// touch lists story si at the recent end of the postings of the strongest
// terms of vec, which it has just gained: candidates looks at the stories
// that most recently gained an article with a term, so a story stays
// within reach while it is being reported, however many stories started
// since with the same words. A story already at the end is not listed
// again.
func (c *Clusterer) touch(si int32, vec []entry) {
	for _, e := range c.queryOf(vec) {
		p := c.postings[e.term]
		if len(p) > 0 && p[len(p)-1] == si {
			continue
		}
		if len(p) >= 2*maxScan {
			// candidates reads only the last maxScan: drop the older
			// half, so that the index stays small on an endless stream.
			p = append(p[:0], p[len(p)-maxScan:]...)
		}
		c.postings[e.term] = append(p, si)
	}
}

// refine revisits the articles just placed (idxs, with their vectors) and
// moves each to the story it now fits best, comparing it with its own
// story without itself. The first articles of a batch were placed when
// their stories had one or two members; once the stories have grown, some
// fit another story better, or none. Copies move with their original.
//
// The first pass revisits all of them; each later pass only those in the
// stories that the pass before changed, since an article whose story
// stayed as it was has little reason to move.
func (c *Clusterer) refine(idxs []int32, vecs [][]entry, passes int) {
	var changed map[int32]bool // nil: all
	for range passes {
		next := make(map[int32]bool)
		for k, ai := range idxs {
			vec := vecs[k]
			from := c.arts[ai].story
			if vec == nil || changed != nil && !changed[from] {
				continue
			}
			s := c.stories[from]
			// Copies add no vector: the article is alone when its
			// own is the only one in the story.
			alone := s.n <= 1
			self := from
			if alone {
				self = -1 // its own story is itself: compare with the others
			}
			bar := 1.0
			if alone {
				bar = adoptShare
			}
			to, sim := c.bestFromBar(vec, c.arts[ai].published, from, self, bar)
			switch {
			case to < 0 && alone:
				to = from
			case to < 0:
				to = c.newStory()
			}
			c.arts[ai].sim = float32(sim)
			if to == from {
				continue
			}
			if !alone {
				s.sub(vec)
			}
			c.move(ai, from, to)
			next[from], next[to] = true, true
			if alone {
				s.centroid, s.norm, s.n = nil, 0, 0
			}
			c.mark(from)
			c.grow(to, vec)
		}
		if len(next) == 0 {
			return
		}
		changed = next
	}
}

// move moves article ai and its copies from story from to story to.
func (c *Clusterer) move(ai, from, to int32) {
	src, dst := c.stories[from], c.stories[to]
	kept := src.articles[:0]
	for _, m := range src.articles {
		if m == ai || c.arts[m].copyOf == ai {
			c.arts[m].story = to
			dst.join(m, c.arts[m].published)
			continue
		}
		kept = append(kept, m)
	}
	src.articles = kept
	src.first, src.last = time.Time{}, time.Time{}
	members := src.articles
	src.articles = nil
	for _, m := range members {
		src.join(m, c.arts[m].published)
	}
}

// best returns the story that the vector, published at t, should join and
// its similarity, or -1 when it should start a new story. The story exclude
// is not considered.
func (c *Clusterer) best(vec []entry, t time.Time, exclude int32) (int32, float64) {
	return c.bestFrom(vec, t, exclude, -1)
}

// bestFrom is best for a vector that is already in story self (unless
// self is -1): that story is weighed without it, as if the vector had been
// taken out, without changing it.
func (c *Clusterer) bestFrom(vec []entry, t time.Time, exclude, self int32) (int32, float64) {
	return c.bestFromBar(vec, t, exclude, self, 1)
}

// adoptShare is the share of the usual bar that an article left alone in
// a story of its own must reach to join another when its batch is
// settled: a story of one article is most often a report that fell just
// short of its story (a diffuse topic, a page with little text), rarely a
// story of its own. On the evaluation sets this lifted DUC 2006 from 0.858
// to 0.875 and WikiRef220 from 0.76 to 0.79, with Multi-News flat.
const adoptShare = 0.8

// bestFromBar is bestFrom with the bar scaled by bar.
func (c *Clusterer) bestFromBar(vec []entry, t time.Time, exclude, self int32, bar float64) (int32, float64) {
	best, bestSim, bestMargin := int32(-1), 0.0, 0.0
	c.scatter(vec)
	defer c.unscatter(vec)
	consider := func(si int32, sim float64) {
		th, ok := c.threshold(c.stories[si].gap(t))
		th *= bar
		if margin := sim - th; ok && margin >= 0 && (best < 0 || margin > bestMargin) {
			best, bestSim, bestMargin = si, sim, margin
		}
	}
	if self >= 0 {
		if sim, ok := c.simWithout(vec, c.stories[self]); ok {
			consider(self, sim)
		}
		if best >= 0 && bestMargin >= firmMargin {
			return best, bestSim // settled: no need to look further
		}
	}
	for _, si := range c.candidates(vec, exclude) {
		if si == self {
			continue
		}
		s := c.stories[si]
		consider(si, c.dotDense(s.centroid)/s.norm)
	}
	return best, bestSim
}

// simWithout is the cosine similarity of vec, scattered, with the centroid
// of s once vec is taken out of it (as sub would), and false when nothing
// would be left.
func (c *Clusterer) simWithout(vec []entry, s *cluster) (float64, bool) {
	var dot, norm2 float64
	j := 0
	for _, e := range s.centroid {
		w := float64(e.w)
		for j < len(vec) && vec[j].term < e.term {
			j++
		}
		if j < len(vec) && vec[j].term == e.term {
			w -= float64(vec[j].w)
			if w <= 1e-6 {
				continue
			}
		}
		dot += float64(c.dense[e.term]) * w
		norm2 += w * w
	}
	if norm2 <= 0 {
		return 0, false
	}
	return dot / math.Sqrt(norm2), true
}

// candidates returns the live stories, other than exclude, that share the
// most weight of the strongest terms of vec: at most maxCandidates, in
// scratch space that the next call reuses. It looks at the maxScan stories
// that most recently gained an article strong in each term (see touch): on
// a long stream a common term is in thousands of stories, and the recently
// reported ones are those an article may join.
func (c *Clusterer) candidates(vec []entry, exclude int32) []int32 {
	c.cur++
	if c.cur == 0 {
		for i := range c.slots {
			c.slots[i].stamp = 0
		}
		c.cur = 1
	}
	cands := c.cands[:0]
	for _, q := range c.queryOf(vec) {
		p := c.postings[q.term]
		for _, si := range p[max(0, len(p)-maxScan):] {
			sl := &c.slots[si]
			if sl.stamp != c.cur {
				sl.stamp, sl.score = c.cur, 0
				if sl.live && si != exclude {
					cands = append(cands, scored{story: si})
				}
			}
			sl.score += q.w
		}
	}
	for i := range cands {
		cands[i].score = c.slots[cands[i].story].score
	}
	c.cands = cands
	if len(cands) > maxCandidates {
		cands = topKInto(cands[len(cands):], cands, maxCandidates, func(a, b scored) bool {
			return a.score > b.score || (a.score == b.score && a.story < b.story)
		})
	}
	c.top = c.top[:0]
	for _, cd := range cands {
		c.top = append(c.top, cd.story)
	}
	return c.top
}

// heavier orders entries by weight, then by term.
func heavier(a, b entry) bool { return a.w > b.w || (a.w == b.w && a.term < b.term) }

// topK returns the k first items in the order better, in no particular
// order, in time linear in len(items): a min-heap of the best k so far.
// items is not changed.
func topK[T any](items []T, k int, better func(a, b T) bool) []T {
	if len(items) <= k {
		return items
	}
	return topKInto(nil, items, k, better)
}

// topKInto is topK for more than k items, with the result appended to dst.
func topKInto[T any](dst, items []T, k int, better func(a, b T) bool) []T {
	h := append(dst, items[:k]...)
	// Heap order: the worst of the best k at the root.
	worse := func(i, j int) bool { return better(h[j], h[i]) }
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= k {
				return
			}
			w := l
			if r := l + 1; r < k && worse(r, l) {
				w = r
			}
			if !worse(w, i) {
				return
			}
			h[i], h[w] = h[w], h[i]
			i = w
		}
	}
	for i := k/2 - 1; i >= 0; i-- {
		down(i)
	}
	for _, it := range items[k:] {
		if better(it, h[0]) {
			h[0] = it
			down(0)
		}
	}
	return h
}

// merge joins stories that have turned out to tell the same story, where
// at least one of them was started by the batch being added (touched lists
// the stories the batch placed articles in). Two stories merge when the
// articles of each are, on average, as similar to the other's centroid as
// an article must be to join it (for two single articles that is the rule
// of joining itself), or, when both have minCohesive articles or more,
// when their cohesionRatio reaches cohesion. The most similar pairs merge
// first; a story started earlier absorbs a later one, so published story
// ids survive. It reports whether any stories merged.
func (c *Clusterer) merge(touched []int32) (merged bool) {
	type pair struct {
		a, b   int32
		margin float64
	}
	for range mergeRounds {
		var pairs []pair
		for _, si := range touched {
			s := c.stories[si]
			if len(s.articles) == 0 || s.norm == 0 {
				continue
			}
			c.scatter(s.centroid)
			for _, sj := range c.candidates(s.centroid, si) {
				o := c.stories[sj]
				if s.id != 0 && o.id != 0 {
					continue // published stories stay apart
				}
				th, ok := c.threshold(s.spanGap(o))
				if !ok {
					continue
				}
				d := c.dotDense(o.centroid)
				sim := d / max(float64(s.n)*o.norm, float64(o.n)*s.norm)
				if sim >= th {
					pairs = append(pairs, pair{si, sj, sim - th})
				} else if s.n >= minCohesive && o.n >= minCohesive {
					// Two stories of several articles each merge when
					// their articles are, across, at least half as
					// similar as within: the pieces of a broad topic,
					// whose articles are each only loosely similar to
					// one another.
					r := cohesionRatio(d, s, o)
					if bar := cohesion + th - c.opts.Threshold; r >= bar {
						pairs = append(pairs, pair{si, sj, r - bar})
					}
				}
			}
			c.unscatter(s.centroid)
		}
		if len(pairs) == 0 {
			return merged
		}
		merged = true
		slices.SortFunc(pairs, func(x, y pair) int {
			return cmp.Or(cmp.Compare(y.margin, x.margin), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
		})
		// The next round looks again only from the stories that changed
		// and those whose merge waited for a partner that merged first:
		// the other pairs were weighed and have not changed.
		done := make(map[int32]bool)
		var again []int32
		for _, p := range pairs {
			if done[p.a] || done[p.b] {
				again = append(again, p.a, p.b)
				continue
			}
			done[p.a], done[p.b] = true, true
			again = append(again, c.absorb(p.a, p.b))
		}
		slices.Sort(again)
		touched = slices.Compact(again)
	}
	return merged
}

// cohesionRatio compares how similar the articles of two stories are
// across (d is the dot product of their centroids) with how similar they
// are within each: the mean cosine of a pair across over the geometric
// mean of the mean cosine of a pair within. Both stories have two vectors
// or more (merge asks for minCohesive).
func cohesionRatio(d float64, a, b *cluster) float64 {
	within := func(s *cluster) float64 {
		n := float64(s.n)
		return max((s.norm*s.norm-n)/(n*(n-1)), 1e-9)
	}
	return d / (float64(a.n) * float64(b.n)) / math.Sqrt(within(a)*within(b))
}

// absorb merges two stories into the one started first, and returns it.
func (c *Clusterer) absorb(a, b int32) int32 {
	if c.before(b, a) {
		a, b = b, a
	}
	dst, src := c.stories[a], c.stories[b]
	for _, m := range src.articles {
		c.arts[m].story = a
		dst.join(m, c.arts[m].published)
	}
	c.grow(a, src.centroid)
	dst.n += src.n - 1 // grow counted src as one vector
	*src = cluster{}
	c.mark(b)
	return a
}

// before reports whether story a was started before story b: numbered
// stories by id, before any unnumbered one, then by first article.
func (c *Clusterer) before(a, b int32) bool {
	sa, sb := c.stories[a], c.stories[b]
	switch {
	case sa.id != 0 && sb.id != 0:
		return sa.id < sb.id
	case sa.id != 0 || sb.id != 0:
		return sa.id != 0
	}
	return slices.Min(sa.articles) < slices.Min(sb.articles)
}

// threshold returns the similarity needed to join a story at the given
// distance in time, and false when the story is out of reach. Beyond the
// window the bar rises by lateRise each time the distance doubles, up to
// lateThreshold: the further away, the more an article must share with
// the story to continue it, but a close continuation may bridge months.
func (c *Clusterer) threshold(gap time.Duration) (float64, bool) {
	o := c.opts
	if o.MaxGap < 0 || gap <= o.Window {
		return o.Threshold, true
	}
	if gap > o.MaxGap {
		return 0, false
	}
	th := o.Threshold + lateRise*math.Log2(float64(gap)/float64(o.Window))
	return min(th, max(lateThreshold, o.Threshold)), true
}

// retire drops stories idle for longer than MaxGap behind the clock from
// the index, at most once per half MaxGap of stream time, so that the work
// per article stays bounded on an endless stream.
func (c *Clusterer) retire() {
	if c.opts.MaxGap < 0 || c.clock.Sub(c.compacted) < c.opts.MaxGap/2 {
		return
	}
	c.compacted = c.clock
	limit := c.clock.Add(-c.opts.MaxGap)
	for i, s := range c.stories {
		if !s.retired && !s.last.IsZero() && s.last.Before(limit) {
			s.retired = true
			s.centroid = nil
			c.mark(int32(i))
		}
	}
	for t, p := range c.postings {
		live := p[:0]
		for _, s := range p {
			if !c.stories[s].retired {
				live = append(live, s)
			}
		}
		c.postings[t] = slices.Clip(live)
	}
}

// gap is the distance in time from t to the story's span; 0 when either
// is undated.
func (s *cluster) gap(t time.Time) time.Duration {
	switch {
	case t.IsZero() || s.first.IsZero():
		return 0
	case t.Before(s.first):
		return s.first.Sub(t)
	case t.After(s.last):
		return t.Sub(s.last)
	}
	return 0
}

// spanGap is the distance in time between the spans of two stories; 0
// when either is undated or the spans overlap.
func (s *cluster) spanGap(o *cluster) time.Duration {
	switch {
	case s.first.IsZero() || o.first.IsZero():
		return 0
	case o.first.After(s.last):
		return o.first.Sub(s.last)
	case s.first.After(o.last):
		return s.first.Sub(o.last)
	}
	return 0
}

// join records article idx, published at t, as a member.
func (s *cluster) join(idx int32, t time.Time) {
	s.articles = append(s.articles, idx)
	if t.IsZero() {
		return
	}
	if s.first.IsZero() || t.Before(s.first) {
		s.first = t
	}
	if t.After(s.last) {
		s.last = t
	}
}

// sub takes a vector that was added out of the centroid.
func (s *cluster) sub(vec []entry) {
	out := s.centroid[:0]
	j := 0
	for _, e := range s.centroid {
		for j < len(vec) && vec[j].term < e.term {
			j++
		}
		if j < len(vec) && vec[j].term == e.term {
			e.w -= vec[j].w
		}
		if e.w > 1e-6 {
			out = append(out, e)
		}
	}
	s.centroid = out
	s.n--
	s.setNorm()
}

// setNorm computes the norm of the centroid.
func (s *cluster) setNorm() {
	var n float64
	for _, e := range s.centroid {
		n += float64(e.w) * float64(e.w)
	}
	s.norm = math.Sqrt(n)
}

// scatter writes v into c.dense.
func (c *Clusterer) scatter(v []entry) {
	for _, e := range v {
		c.dense[e.term] = e.w
	}
}

// unscatter zeroes what scatter wrote.
func (c *Clusterer) unscatter(v []entry) {
	for _, e := range v {
		c.dense[e.term] = 0
	}
}

// dotDense is the dot product of v with the scattered vector.
func (c *Clusterer) dotDense(v []entry) float64 {
	var d float64
	for _, e := range v {
		d += float64(c.dense[e.term]) * float64(e.w)
	}
	return d
}
