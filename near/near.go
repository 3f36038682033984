// Package near finds near-duplicate articles: wire copies republished under
// a new headline, with a line added or a paragraph cut, or lightly edited.
//
// Each text becomes the set of its word shingles (runs of Options.Shingle
// consecutive words, 5 by default, lowercased, punctuation ignored). Two
// texts are near-duplicates when the Jaccard similarity of their shingle sets
// is at least Options.Threshold (0.5 by default), or when nearly all of the
// shorter text is found in the longer one (containment of at least
// Options.Containment, 0.8 by default): an outlet that prints only the first
// paragraphs of a wire report has printed a copy, even though the Jaccard
// similarity of the two is low.
//
// Why those numbers: two independent reports of the same event, even when
// they quote the same people, share only a few five-word runs (Jaccard well
// under 0.1), while a copy with one line changed in ten keeps about 80% of its
// shingles. Half of the shingles in common is far from both, so the choice is
// not sensitive to the exact value.
//
// Finding candidates is linear in the number of texts: each text gets a
// MinHash sketch made with one-permutation hashing (one hash per shingle,
// spread over 48 bins, empty bins filled by rotation), and the sketch is cut
// into 24 bands of 2 values; texts that agree on a whole band are candidates.
// A pair with Jaccard 0.5 becomes a candidate with probability above 0.999,
// 0.3 with probability 0.9, while a pair with Jaccard 0.05 does so with
// probability 0.06. Every candidate is then verified exactly on the stored
// shingle sets, so the sketch decides only what is compared, never what is
// reported.
package near

import (
	"cmp"
	"runtime"
	"slices"
	"sync"

	"storyline"
)

// Sketch parameters. bins = bands * rows. Two rows a band keep pairs with a
// low Jaccard but high containment (trimmed copies) likely candidates.
const (
	bands = 24
	rows  = 2
	bins  = bands * rows
	// maxBucketScan bounds how many earlier texts one band bucket offers as
	// candidates, newest first: a bucket shared by thousands of texts holds
	// boilerplate, not copies, and scanning it would make Add quadratic.
	maxBucketScan = 64
)

// Default option values.
const (
	DefaultShingle     = 5
	DefaultThreshold   = 0.5
	DefaultContainment = 0.8
	// minContained is the least number of shingles the shorter text must
	// have for containment alone to make it a copy: a few words found in a
	// longer text are a quotation, not a republication.
	minContained = 12
)

// Options configures an Index. The zero value gives the defaults.
type Options struct {
	// Shingle is the number of words in a shingle; 0 means DefaultShingle.
	Shingle int
	// Threshold is the least Jaccard similarity of the shingle sets for two
	// texts to be near-duplicates; 0 means DefaultThreshold.
	Threshold float64
	// Containment is the least share of the shorter text's shingles found in
	// the longer one for the shorter to be a (trimmed) copy; 0 means
	// DefaultContainment, a negative value turns the rule off.
	Containment float64
}

func (o Options) withDefaults() Options {
	if o.Shingle <= 0 {
		o.Shingle = DefaultShingle
	}
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.Containment == 0 {
		o.Containment = DefaultContainment
	}
	return o
}

// Index holds the texts added so far and finds, for each new one, the
// earlier text it copies. An Index is not safe for concurrent use.
type Index struct {
	opts Options
	docs []doc
	// head maps a band key to the last entry added under it; next chains
	// entries (doc*bands + band) to the previous one with the same key.
	// One map with chained int32 links is far smaller than a map of slices.
	head map[uint64]int32
	next []int32
	// keys holds the band keys of every text, bands per text, so that the
	// index can be saved and rebuilt.
	keys []uint64
	// seen stamps candidates already examined by the current Add.
	seen  []uint32
	stamp uint32
}

// doc is one added text.
type doc struct {
	id       string
	shingles []uint32 // sorted, unique shingle hashes
	root     int32    // index of the original of its group (itself if none)
}

// NewIndex returns an empty index.
func NewIndex(opts Options) *Index {
	return &Index{opts: opts.withDefaults(), head: make(map[uint64]int32)}
}

// Len returns the number of texts added.
func (ix *Index) Len() int { return len(ix.docs) }

// Add adds the text of one article. When it is a near-duplicate of a text
// added before, Add returns the id of the original of that text's group (the
// first text of the group to be added), the Jaccard similarity of the new
// text to that original, and ok. The similarity can be under the threshold
// when the new text matched a copy that had itself drifted from the original.
// Empty texts (no words) are never duplicates.
func (ix *Index) Add(id, text string) (copyOf string, similarity float64, ok bool) {
	return ix.add(id, newSketch(text, ix.opts.Shingle))
}

// add adds a sketched text; see Add.
func (ix *Index) add(id string, s sketch) (string, float64, bool) {
	n := int32(len(ix.docs))
	ix.docs = append(ix.docs, doc{id: id, shingles: s.shingles, root: n})
	ix.seen = append(ix.seen, 0)
	if len(s.shingles) == 0 {
		for range bands {
			ix.next = append(ix.next, -1)
			ix.keys = append(ix.keys, 0)
		}
		return "", 0, false
	}
	ix.stamp++
	if ix.stamp == 0 { // wrapped: clear stale stamps
		clear(ix.seen)
		ix.stamp = 1
	}
	best, bestSim := int32(-1), 0.0
	for b, key := range s.keys {
		prev, found := ix.head[key]
		if !found {
			prev = -1
		}
		ix.head[key] = n*bands + int32(b)
		ix.next = append(ix.next, prev)
		ix.keys = append(ix.keys, key)
		for scanned := 0; prev >= 0 && scanned < maxBucketScan; scanned++ {
			c := prev / bands
			prev = ix.next[prev]
			if ix.seen[c] == ix.stamp {
				continue
			}
			ix.seen[c] = ix.stamp
			sim, dup := ix.match(s.shingles, ix.docs[c].shingles)
			if dup && (best < 0 || sim > bestSim) {
				best, bestSim = c, sim
			}
		}
	}
	if best < 0 {
		return "", 0, false
	}
	root := ix.docs[best].root
	ix.docs[n].root = root
	if root != best {
		bestSim, _ = ix.match(s.shingles, ix.docs[root].shingles)
	}
	return ix.docs[root].id, bestSim, true
}

// match returns the Jaccard similarity of two shingle sets and whether they
// are near-duplicates under the index's options.
func (ix *Index) match(a, b []uint32) (float64, bool) {
	common := intersect(a, b)
	union := len(a) + len(b) - common
	if union == 0 {
		return 0, false
	}
	j := float64(common) / float64(union)
	if j >= ix.opts.Threshold {
		return j, true
	}
	small := min(len(a), len(b))
	if ix.opts.Containment > 0 && small >= minContained &&
		float64(common) >= ix.opts.Containment*float64(small) {
		return j, true
	}
	return j, false
}

// intersect counts the values common to two sorted sets.
func intersect(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Duplicates finds the near-duplicates among articles (their Text, or Body
// when Text is empty). Copies are grouped; the original of a group is its
// earliest-published article when the dates tell. When they don't (equal,
// or one unknown), it is the article whose text the others contain most:
// a republisher adds a line, seldom removes one. Then an article with a
// date comes before one without, and the first in slice order wins. Each
// other member of the group is listed once, with CopyOf the
// original and its Jaccard similarity to it. The result is in slice order of
// the copies.
func Duplicates(articles []*storyline.Article) []storyline.Duplicate {
	opts := Options{}.withDefaults()
	sketches := sketchAll(articles, opts.Shingle)
	ix := NewIndex(opts)
	for i, a := range articles {
		if a == nil {
			ix.add("", sketch{})
			continue
		}
		ix.add(a.ID, sketches[i])
	}
	groups := make(map[int32][]int)
	for i := range articles {
		r := ix.docs[i].root
		groups[r] = append(groups[r], i)
	}
	type found struct {
		at  int
		dup storyline.Duplicate
	}
	var all []found
	for _, members := range groups {
		if len(members) < 2 {
			continue
		}
		orig := original(articles, ix, members, opts.Shingle)
		for _, m := range members {
			if m == orig {
				continue
			}
			sim, _ := ix.match(ix.docs[m].shingles, ix.docs[orig].shingles)
			all = append(all, found{m, storyline.Duplicate{Article: articles[m].ID, CopyOf: articles[orig].ID, Similarity: sim}})
		}
	}
	slices.SortFunc(all, func(x, y found) int { return cmp.Compare(x.at, y.at) })
	out := make([]storyline.Duplicate, len(all))
	for i, f := range all {
		out[i] = f.dup
	}
	return out
}

// original picks the original of a group of copies: the earliest
// published when the dates tell. When they don't (equal, or one unknown), a
// member that another contains almost whole, plus a short passage, is the
// original of that one: republishers add a line (an introduction, a
// credit), while a copy cut short loses paragraphs from its end.
//
// The added line is looked for in the text as read (Body), because cleaning
// drops the very notes ("first published by ...") that tell a copy.
func original(articles []*storyline.Article, ix *Index, members []int, shingle int) int {
	body := make(map[int][]uint32, len(members))
	raw := func(i int) []uint32 {
		if s, ok := body[i]; ok {
			return s
		}
		s := ix.docs[i].shingles
		if b := articles[i].Body; b != "" {
			s = newSketch(b, shingle).shingles
		}
		body[i] = s
		return s
	}
	return slices.MinFunc(members, func(x, y int) int {
		px, py := articles[x].Published, articles[y].Published
		if !px.IsZero() && !py.IsZero() && !px.Equal(py) {
			return px.Compare(py)
		}
		if c := addedLine(raw(x), raw(y)); c != 0 {
			return c
		}
		return cmp.Or(storyline.ComparePublished(px, py), cmp.Compare(x, y))
	})
}

// maxAdded is the most shingles a republisher's added passage has: about
// one sentence.
const maxAdded = 45

// addedLine compares two copies by what each has that the other lacks (a
// headline of its own, an added line): -1 when b added clearly more than a,
// so a is the original, 1 for the reverse, 0 when that does not tell. More
// than maxAdded shingles of difference is a cut, not an added line.
func addedLine(a, b []uint32) int {
	common := intersect(a, b)
	extraA, extraB := len(a)-common, len(b)-common
	switch {
	case max(extraA, extraB) > maxAdded || max(extraA, extraB)-min(extraA, extraB) < 3:
		return 0
	case extraA < extraB:
		return -1
	default:
		return 1
	}
}

// sketchAll sketches the articles' texts on all cores: sketching is the
// costly part of finding duplicates, adding to the index is cheap.
func sketchAll(articles []*storyline.Article, shingle int) []sketch {
	out := make([]sketch, len(articles))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(articles)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(articles); i += workers {
				if a := articles[i]; a != nil {
					out[i] = newSketch(articleText(a), shingle)
				}
			}
		})
	}
	wg.Wait()
	return out
}

// articleText is the text of a that is compared: the cleaned text when set.
func articleText(a *storyline.Article) string {
	if a.Text != "" {
		return a.Text
	}
	return a.Body
}
