package story

import (
	"bufio"
	"compress/gzip"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// The state file starts with a line naming the format and its version,
// followed by the state, gob-encoded and gzip-compressed. Gzip's checksum
// catches a file cut short or damaged; the version lets a later format
// refuse, or convert, an older one.
const (
	stateMagic   = "storyline story state"
	StateVersion = 1
)

// ErrCorrupt is wrapped by the errors of Load for a file that is not a
// valid state.
var ErrCorrupt = errors.New("not a valid story state")

// savedState is the saved form of a Clusterer, version 1.
type savedState struct {
	Threshold        float64
	Window, MaxGap   time.Duration
	Terms            []string
	DF               []int32
	N                int
	Articles         []savedArticle
	Stories          []savedStory
	LastID           int
	Clock, Compacted time.Time
	Near             []byte
}

type savedArticle struct {
	ID, Source, Title, Snippet string
	Published                  time.Time
	Story, CopyOf              int32
	Sim                        float32
}

type savedStory struct {
	ID          int
	First, Last time.Time
	Terms       []int32
	Weights     []float32
	N           int
	Articles    []int32
	Retired     bool
}

// Save writes the state of the clusterer to w, so that Load can go on where
// it stopped.
func (c *Clusterer) Save(w io.Writer) error {
	near, err := c.near.MarshalBinary()
	if err != nil {
		return err
	}
	sv := savedState{
		Threshold: c.opts.Threshold, Window: c.opts.Window, MaxGap: c.opts.MaxGap,
		Terms: c.terms, DF: c.df, N: c.n, LastID: c.lastID, Clock: c.clock, Compacted: c.compacted, Near: near,
	}
	sv.Articles = make([]savedArticle, len(c.arts))
	for i, a := range c.arts {
		sv.Articles[i] = savedArticle{a.id, a.source, a.title, a.snippet, a.published, a.story, a.copyOf, a.sim}
	}
	sv.Stories = make([]savedStory, len(c.stories))
	for i, s := range c.stories {
		ss := savedStory{ID: s.id, First: s.first, Last: s.last, N: s.n, Articles: s.articles, Retired: s.retired}
		for _, e := range s.centroid {
			ss.Terms = append(ss.Terms, e.term)
			ss.Weights = append(ss.Weights, e.w)
		}
		sv.Stories[i] = ss
	}
	if _, err := fmt.Fprintf(w, "%s %d\n", stateMagic, StateVersion); err != nil {
		return fmt.Errorf("writing story state: %w", err)
	}
	zw := gzip.NewWriter(w)
	if err := gob.NewEncoder(zw).Encode(&sv); err != nil {
		return fmt.Errorf("writing story state: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing story state: %w", err)
	}
	return nil
}

// Load reads a state written by Save. A file that is not a state, was cut
// short, is damaged or is of another version is refused with an error that
// says which; errors about the content wrap ErrCorrupt.
func Load(r io.Reader) (*Clusterer, error) {
	br := bufio.NewReader(r)
	head, err := br.ReadString('\n')
	if err != nil && (err != io.EOF || head == "") {
		if err == io.EOF {
			return nil, fmt.Errorf("%w: empty file", ErrCorrupt)
		}
		return nil, fmt.Errorf("reading story state: %w", err)
	}
	var version int
	rest, ok := strings.CutPrefix(strings.TrimSpace(head), stateMagic+" ")
	if !ok {
		return nil, fmt.Errorf("%w: it does not start with %q", ErrCorrupt, stateMagic)
	}
	if _, err := fmt.Sscanf(rest, "%d", &version); err != nil {
		return nil, fmt.Errorf("%w: bad version %q", ErrCorrupt, rest)
	}
	if version != StateVersion {
		return nil, fmt.Errorf("story state version %d: this storyline reads version %d", version, StateVersion)
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	var sv savedState
	if err := gob.NewDecoder(zr).Decode(&sv); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	// Reading to the end makes gzip check its checksum and length.
	if _, err := io.Copy(io.Discard, zr); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	c, err := restore(&sv)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return c, nil
}

// restore rebuilds a Clusterer from its saved form, checking every index
// so that a damaged state cannot make it fail later.
func restore(sv *savedState) (*Clusterer, error) {
	c := New(Options{Threshold: sv.Threshold, Window: sv.Window, MaxGap: sv.MaxGap})
	if err := c.near.UnmarshalBinary(sv.Near); err != nil {
		return nil, err
	}
	if len(sv.DF) != len(sv.Terms) {
		return nil, errors.New("term table and frequencies disagree")
	}
	if c.near.Len() != len(sv.Articles) {
		return nil, errors.New("near-duplicate index and articles disagree")
	}
	c.terms, c.df, c.n = sv.Terms, sv.DF, sv.N
	c.postings = make([][]int32, len(c.terms))
	c.dense = make([]float32, len(c.terms))
	for i, t := range c.terms {
		if _, dup := c.vocab[t]; dup {
			return nil, fmt.Errorf("term %q twice", t)
		}
		c.vocab[t] = int32(i)
	}
	nStories, nArts := int32(len(sv.Stories)), int32(len(sv.Articles))
	for i, a := range sv.Articles {
		if a.Story < 0 || a.Story >= nStories || a.CopyOf < -1 || a.CopyOf >= int32(i) {
			return nil, fmt.Errorf("article %d points outside the state", i)
		}
		if _, dup := c.byID[a.ID]; dup {
			return nil, fmt.Errorf("article %q twice", a.ID)
		}
		c.byID[a.ID] = int32(i)
		c.arts = append(c.arts, article{id: a.ID, source: a.Source, title: a.Title, snippet: a.Snippet,
			published: a.Published, story: a.Story, copyOf: a.CopyOf, sim: a.Sim})
	}
	listed := make([]bool, nArts)
	for i, ss := range sv.Stories {
		if len(ss.Terms) != len(ss.Weights) || ss.ID < 0 || ss.ID > sv.LastID {
			return nil, fmt.Errorf("story %d is malformed", i)
		}
		s := &cluster{id: ss.ID, first: ss.First, last: ss.Last, n: ss.N, articles: ss.Articles, retired: ss.Retired}
		for k, t := range ss.Terms {
			if t < 0 || int(t) >= len(c.terms) || (k > 0 && t <= ss.Terms[k-1]) {
				return nil, fmt.Errorf("story %d has a bad term", i)
			}
			s.centroid = append(s.centroid, entry{t, ss.Weights[k]})
		}
		if s.n < 0 || s.n > len(s.articles) {
			return nil, fmt.Errorf("story %d is malformed", i)
		}
		for _, ai := range s.articles {
			if ai < 0 || ai >= nArts || c.arts[ai].story != int32(i) || listed[ai] {
				return nil, fmt.Errorf("story %d lists an article not in it", i)
			}
			listed[ai] = true
		}
		s.setNorm()
		c.stories = append(c.stories, s)
		c.slots = append(c.slots, slot{})
		c.mark(int32(i))
	}
	for i, ok := range listed {
		if !ok {
			return nil, fmt.Errorf("article %d is in no story", i)
		}
	}
	c.lastID, c.clock, c.compacted = sv.LastID, sv.Clock, sv.Compacted
	c.index()
	return c, nil
}

// index rebuilds the postings of a restored state: each live story is
// listed under the strongest terms of its centroid, the most recently
// reported last, as if they had been reported in that order.
func (c *Clusterer) index() {
	order := make([]int32, 0, len(c.stories))
	for i, s := range c.stories {
		if c.slots[i].live && len(s.articles) > 0 {
			order = append(order, int32(i))
		}
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		return c.stories[a].last.Compare(c.stories[b].last)
	})
	for _, si := range order {
		c.touch(si, c.stories[si].centroid)
	}
}
