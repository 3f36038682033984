package eval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline"
	"storyline/clean"
	"storyline/read"
	"storyline/story"
)

func TestScoreClusters(t *testing.T) {
	truth := map[string]string{"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
	tests := []struct {
		name       string
		pred       map[string]string
		p, r, ari  float64
		found, tru int
	}{
		{"perfect", map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}, 1, 1, 1, 2, 2},
		{"all in one", map[string]string{"a": "1", "b": "1", "c": "1", "d": "1", "e": "1"}, (3*3.0/5 + 2*2.0/5) / 5, 1, 0, 1, 2},
		{"all apart", map[string]string{"a": "1", "b": "2", "c": "3", "d": "4", "e": "5"}, 1, (3*1.0/3 + 2*1.0/2) / 5, 0, 5, 2},
		{"missing prediction is a singleton", map[string]string{"a": "1", "b": "1", "d": "2", "e": "2"}, 1, (2*2.0/3 + 1.0/3 + 2) / 5, math.NaN(), 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := ScoreClusters(tt.pred, truth)
			if !near(sc.Precision, tt.p) || !near(sc.Recall, tt.r) {
				t.Errorf("P, R = %.4f, %.4f; want %.4f, %.4f", sc.Precision, sc.Recall, tt.p, tt.r)
			}
			if !math.IsNaN(tt.ari) && !near(sc.ARI, tt.ari) {
				t.Errorf("ARI = %.4f, want %.4f", sc.ARI, tt.ari)
			}
			if sc.Found != tt.found || sc.Truth != tt.tru || sc.Items != 5 {
				t.Errorf("found %d of %d in %d items; want %d of %d in 5", sc.Found, sc.Truth, sc.Items, tt.found, tt.tru)
			}
		})
	}
}

func TestARIKnownValue(t *testing.T) {
	// Worked by hand: contingency [[2,1],[0,2]] over 5 items gives
	// index 2, expected 4*4/10 = 1.6, max 4, ARI = 0.4/2.4.
	truth := map[string]string{"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
	pred := map[string]string{"a": "1", "b": "1", "c": "2", "d": "2", "e": "2"}
	if got, want := ScoreClusters(pred, truth).ARI, 0.4/2.4; !near(got, want) {
		t.Errorf("ARI = %.4f, want %.4f", got, want)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestReadLabels(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]string
		err      bool
	}{
		{"tsv with header", "file\ttopic\na.txt\tx\nb\ty\n", map[string]string{"file": "topic", "a.txt": "x", "a": "x", "b": "y"}, false},
		{"json", `{"a": "x", "b": "y"}`, map[string]string{"a": "x", "b": "y"}, false},
		{"no tab", "a x\n", nil, true},
		{"empty", "", nil, true},
		{"bad json", `{"a": 1}`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadLabels(strings.NewReader(tt.in), "test")
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: got %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

func TestLabelsFrom(t *testing.T) {
	arts := []*storyline.Article{
		{ID: "1", Origin: "docs/D0601A/APW1", Extra: map[string]any{"cluster": "c1"}},
		{ID: "2", Origin: "docs/D0602B/APW2#3"},
	}
	got, err := LabelsFrom(arts, "folder")
	if err != nil || got["1"] != "D0601A" || got["2"] != "D0602B" {
		t.Errorf("folder: %v, %v", got, err)
	}
	got, err = LabelsFrom(arts, "extra:cluster")
	if err != nil || len(got) != 1 || got["1"] != "c1" {
		t.Errorf("extra: %v, %v", got, err)
	}
	if _, err := LabelsFrom(arts, "nonsense"); err == nil {
		t.Error("bad source accepted")
	}
}

// dataset is a labelled set under ../shared.
type dataset struct {
	name   string
	paths  []string
	labels func(arts []*storyline.Article) (map[string]string, error)
	opts   story.Options
	// minF1 guards against regressions: a little under what the method
	// reached when it was written (0 = report only).
	minF1 float64
	// ceiling asks for the average-link ceiling, which ignores dates.
	ceiling bool
}

func sharedDatasets() []dataset {
	root := "../../shared/eval"
	return []dataset{
		{"multinews", []string{root + "/multinews/validation-sample.jsonl"},
			func(a []*storyline.Article) (map[string]string, error) { return LabelsFrom(a, "extra:cluster") }, story.Options{}, 0.88, true},
		{"duc2006", []string{root + "/duc2006/docs"},
			func(a []*storyline.Article) (map[string]string, error) { return LabelsFrom(a, "folder") }, story.Options{MaxGap: -1}, 0.84, true},
		{"duc2006-dated", []string{root + "/duc2006/docs"},
			func(a []*storyline.Article) (map[string]string, error) { return LabelsFrom(a, "folder") }, story.Options{}, 0.48, false},
		{"wikiref220", []string{root + "/wikiref220"},
			func([]*storyline.Article) (map[string]string, error) {
				f, err := os.Open(root + "/wikiref220/labels.tsv")
				if err != nil {
					return nil, err
				}
				defer f.Close()
				return ReadLabels(f, "labels.tsv")
			}, story.Options{}, 0.70, true},
	}
}

// TestSharedClustering scores the clustering on the labelled sets of
// ../shared. It reads a few thousand articles, so it runs only with
// STORYLINE_EVAL=1 and without -short.
func TestSharedClustering(t *testing.T) {
	if testing.Short() || os.Getenv("STORYLINE_EVAL") == "" {
		t.Skip("set STORYLINE_EVAL=1 (and no -short) to score clustering on ../shared")
	}
	if _, err := os.Stat("../../shared/eval"); err != nil {
		t.Skip("../shared not found: ", err)
	}
	for _, ds := range sharedDatasets() {
		t.Run(ds.name, func(t *testing.T) {
			all, errs := read.Paths(context.Background(), ds.paths, nil, read.Options{})
			var kept, read []*storyline.Article
			for _, a := range all {
				if filepath.Base(a.Origin) == "labels.tsv" {
					continue
				}
				read = append(read, a)
				if clean.Article(a); len(a.Paragraphs) > 0 {
					kept = append(kept, a)
				}
			}
			if len(kept) == 0 {
				t.Fatalf("nothing read: %v", errs)
			}
			labels, err := ds.labels(read)
			if err != nil {
				t.Fatal(err)
			}
			// Articles that cleaning refuses (no article text: sign-in
			// forms, crawl notes) are not clustered. The first score
			// leaves them out; the second counts each as a story of its
			// own, as the "all articles" asks.
			refused := len(read) - len(kept)
			truthAll := make(map[string]string, len(read))
			for _, a := range read {
				if l, ok := labels[a.ID]; ok {
					truthAll[a.ID] = l
				}
			}
			for seed := uint64(1); seed <= 3; seed++ {
				Shuffle(kept, seed)
				sc, stories := ClusterRun(kept, labels, ds.opts)
				all := ScoreClusters(StoryLabels(stories), truthAll)
				t.Logf("%s seed %d: %d items, B-cubed P %.3f R %.3f F1 %.3f, ARI %.3f, stories %d (truth %d), small topics merged %d of %d; with the %d refused as stories of their own, F1 %.3f over %d",
					ds.name, seed, sc.Items, sc.Precision, sc.Recall, sc.F1, sc.ARI, sc.Found, sc.Truth, sc.SmallMerged, sc.SmallItems, refused, all.F1, all.Items)
				if sc.F1 < ds.minF1 {
					t.Errorf("%s seed %d: B-cubed F1 %.3f, want at least %.2f", ds.name, seed, sc.F1, ds.minF1)
				}
			}
			if ds.ceiling {
				ids := make([]string, len(kept))
				for i, a := range kept {
					ids[i] = a.ID
				}
				truth := make(map[string]string, len(kept))
				for _, id := range ids {
					truth[id] = labels[id]
				}
				ref, at := AverageLinkCeiling(ids, story.Vectors(kept), truth)
				t.Logf("%s: average-link ceiling (dates ignored, cut chosen on the truth) B-cubed P %.3f R %.3f F1 %.3f at similarity %.3f, %d stories",
					ds.name, ref.Precision, ref.Recall, ref.F1, at, ref.Found)
			}
		})
	}
}

func TestAverageLinkCeiling(t *testing.T) {
	vec := func(terms ...string) map[string]float64 {
		m := make(map[string]float64)
		for _, term := range terms {
			m[term] = 1 / math.Sqrt(float64(len(terms)))
		}
		return m
	}
	ids := []string{"a", "b", "c", "d", "e"}
	vecs := []map[string]float64{
		vec("flood", "river", "dam"), vec("flood", "river", "rain"), vec("river", "dam", "rain"),
		vec("vote", "senate", "bill"), vec("vote", "senate", "budget"),
	}
	truth := map[string]string{"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
	sc, at := AverageLinkCeiling(ids, vecs, truth)
	if sc.F1 != 1 || at <= 0 {
		t.Errorf("two clean topics: F1 %.3f at %.3f, want 1 at a positive similarity", sc.F1, at)
	}
	// A mislabelled item caps the ceiling below 1: no cut puts "e" with x.
	truth["e"] = "x"
	if sc, _ := AverageLinkCeiling(ids, vecs, truth); sc.F1 >= 1 {
		t.Errorf("mislabelled item: F1 %.3f, want under 1", sc.F1)
	}
}
