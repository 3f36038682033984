package eval

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"

	"storyline"
	"storyline/clean"
	"storyline/read"
	"storyline/story"
)

// ClusterScore compares a clustering with true labels.
//
// B-cubed precision of an item is the share of its predicted cluster that
// has its true label, recall the share of its true cluster that is in its
// predicted cluster; both are averaged over items, and F1 is their harmonic
// mean (Amigó et al. 2009, who show it is the measure that satisfies the
// constraints a clustering measure should). The adjusted Rand index counts
// pairs of items put together or apart in both, corrected for chance: 0 for
// a random clustering, 1 for a perfect one.
type ClusterScore struct {
	Items     int     `json:"items"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	ARI       float64 `json:"ari"`
	// Found and Truth count the clusters among the scored items.
	Found int `json:"found"`
	Truth int `json:"truth"`
	// Unlabelled counts predicted items without a true label; they are
	// not scored.
	Unlabelled int `json:"unlabelled"`
	// SmallItems counts the items of true clusters of at most SmallTopic
	// items; SmallMerged those of them put in a predicted cluster whose
	// most common label is a larger true cluster. Small topics are the
	// noise of a collection, and a method should leave them alone.
	SmallItems  int `json:"small_items"`
	SmallMerged int `json:"small_merged"`
}

// SmallTopic is the largest size of a true cluster counted as small.
const SmallTopic = 5

// ScoreClusters scores predicted clusters (item → cluster) against true
// labels (item → label). Items are those with a label and a prediction; a
// labelled item with no prediction counts as a cluster of its own.
func ScoreClusters(pred, truth map[string]string) ClusterScore {
	var sc ClusterScore
	type pair struct{ p, t string }
	cells := make(map[pair]int)
	rows := make(map[string]int) // predicted cluster sizes
	cols := make(map[string]int) // true cluster sizes
	for item, t := range truth {
		p, ok := pred[item]
		if !ok {
			p = "\x00unclustered:" + item
		}
		cells[pair{p, t}]++
		rows[p]++
		cols[t]++
		sc.Items++
	}
	for item := range pred {
		if _, ok := truth[item]; !ok {
			sc.Unlabelled++
		}
	}
	if sc.Items == 0 {
		return sc
	}
	n := float64(sc.Items)
	var sumCells2 float64
	for c, k := range cells {
		kk := float64(k)
		sc.Precision += kk * kk / float64(rows[c.p])
		sc.Recall += kk * kk / float64(cols[c.t])
		sumCells2 += choose2(kk)
	}
	sc.Precision /= n
	sc.Recall /= n
	if sc.Precision+sc.Recall > 0 {
		sc.F1 = 2 * sc.Precision * sc.Recall / (sc.Precision + sc.Recall)
	}
	var sumRows2, sumCols2 float64
	for _, k := range rows {
		sumRows2 += choose2(float64(k))
	}
	for _, k := range cols {
		sumCols2 += choose2(float64(k))
	}
	sc.Found, sc.Truth = len(rows), len(cols)
	lead := make(map[string]string) // predicted cluster → its most common label
	for c, k := range cells {
		if l, ok := lead[c.p]; !ok || k > cells[pair{c.p, l}] || (k == cells[pair{c.p, l}] && c.t < l) {
			lead[c.p] = c.t
		}
	}
	for c, k := range cells {
		if cols[c.t] > SmallTopic {
			continue
		}
		sc.SmallItems += k
		if l := lead[c.p]; l != c.t && cols[l] > SmallTopic {
			sc.SmallMerged += k
		}
	}
	expected := sumRows2 * sumCols2 / choose2(n)
	if top := (sumRows2 + sumCols2) / 2; top != expected {
		sc.ARI = (sumCells2 - expected) / (top - expected)
	} else {
		sc.ARI = 1 // both clusterings trivial and equal
	}
	return sc
}

func choose2(k float64) float64 { return k * (k - 1) / 2 }

// ReadLabels reads true labels: a JSON object {"item": "label", ...} or
// lines of "item<TAB>label" (blank lines and lines starting with # are
// skipped; a header line is harmless, since no article is named like it).
// An item named like a file with its extension ("a.txt") is also known
// without it, as readers name articles.
func ReadLabels(r io.Reader, name string) (map[string]string, error) {
	br := bufio.NewReader(r)
	first, _ := br.Peek(1)
	labels := make(map[string]string)
	if len(first) == 1 && first[0] == '{' {
		if err := json.NewDecoder(br).Decode(&labels); err != nil {
			return nil, fmt.Errorf("labels %s: not a JSON object of strings: %w", name, err)
		}
	} else {
		sc := bufio.NewScanner(br)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for ln := 1; sc.Scan(); ln++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			item, label, ok := strings.Cut(line, "\t")
			if !ok || strings.TrimSpace(label) == "" {
				return nil, fmt.Errorf("labels %s:%d: want \"item<TAB>label\", got %q", name, ln, clipLine(line, 60))
			}
			labels[strings.TrimSpace(item)] = strings.TrimSpace(label)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("labels %s: %w", name, err)
		}
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("labels %s: no labels", name)
	}
	for item, label := range labels {
		if ext := filepath.Ext(item); ext != "" && len(ext) < len(item) {
			if _, taken := labels[strings.TrimSuffix(item, ext)]; !taken {
				labels[strings.TrimSuffix(item, ext)] = label
			}
		}
	}
	return labels, nil
}

// LabelsFrom derives true labels from the articles themselves: "folder"
// labels each with the folder it was read from (DUC: one folder a topic),
// "extra:KEY" with the field KEY its reader kept (Multi-News: extra:cluster).
func LabelsFrom(articles []*storyline.Article, how string) (map[string]string, error) {
	labels := make(map[string]string)
	key, isExtra := strings.CutPrefix(how, "extra:")
	if !isExtra && how != "folder" {
		return nil, fmt.Errorf("labels from %q: want folder or extra:KEY", how)
	}
	for _, a := range articles {
		switch {
		case isExtra:
			if v, ok := a.Extra[key]; ok {
				labels[a.ID] = fmt.Sprint(v)
			}
		case a.Origin != "" && a.Origin != "-":
			origin, _, _ := strings.Cut(a.Origin, "#")
			labels[a.ID] = filepath.Base(filepath.Dir(origin))
		}
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("labels from %q: no article has one", how)
	}
	return labels, nil
}

// Shuffle puts articles in a random order fixed by seed, for streams whose
// order should not give the clusters away.
func Shuffle(articles []*storyline.Article, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	r.Shuffle(len(articles), func(i, j int) { articles[i], articles[j] = articles[j], articles[i] })
}

// ClusterRun clusters articles in one batch and scores the result against
// labels. Articles without a label are clustered but not scored.
func ClusterRun(articles []*storyline.Article, labels map[string]string, opts story.Options) (ClusterScore, []story.Story) {
	c := story.New(opts)
	c.AddBatch(articles)
	stories := c.Stories()
	pred := StoryLabels(stories)
	truth := make(map[string]string)
	for _, a := range articles {
		if l, ok := labels[a.ID]; ok {
			truth[a.ID] = l
		}
	}
	return ScoreClusters(pred, truth), stories
}

// StoryLabels maps each article of stories to its story's id: a
// clustering as ScoreClusters reads it.
func StoryLabels(stories []story.Story) map[string]string {
	pred := make(map[string]string)
	for _, s := range stories {
		for _, id := range s.Articles {
			pred[id] = fmt.Sprint(s.ID)
		}
	}
	return pred
}

// ReadCleaned reads every path with package read and cleans each article,
// dropping those with no text left; it returns the articles and the
// problems met, one per input or article.
func ReadCleaned(ctx context.Context, paths []string, stdin io.Reader, opts read.Options) ([]*storyline.Article, []error) {
	arts, errs := read.Paths(ctx, paths, stdin, opts)
	kept := arts[:0]
	for _, a := range arts {
		clean.Article(a)
		if len(a.Paragraphs) == 0 {
			errs = append(errs, fmt.Errorf("%s: no article text left after cleaning", a.Origin))
			continue
		}
		kept = append(kept, a)
	}
	return kept, errs
}

// Sizes returns the sizes of the clusters of a labelling, largest first.
func Sizes(labels map[string]string) []int {
	count := make(map[string]int)
	for _, l := range labels {
		count[l]++
	}
	out := make([]int, 0, len(count))
	for _, n := range count {
		out = append(out, n)
	}
	slices.SortFunc(out, func(a, b int) int { return cmp.Compare(b, a) })
	return out
}

func clipLine(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
