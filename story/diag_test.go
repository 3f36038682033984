package story

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"

	"storyline"
	"storyline/clean"
	"storyline/read"
)

func loadDiag(t *testing.T, path, how string) ([]*storyline.Article, []string) {
	arts, _ := read.Paths(context.Background(), []string{path}, nil, read.Options{})
	var kept []*storyline.Article
	var labels []string
	lab := map[string]string{}
	if how == "wiki" {
		b, _ := os.ReadFile(path + "/labels.tsv")
		for _, l := range splitLines(string(b)) {
			var f, tp string
			fmt.Sscanf(l, "%s\t%s", &f, &tp)
		}
		_ = b
	}
	for _, a := range arts {
		clean.Article(a)
		if len(a.Paragraphs) == 0 {
			continue
		}
		var l string
		switch how {
		case "mn":
			l = fmt.Sprint(a.Extra["cluster"])
		case "duc":
			l = a.Origin[len(a.Origin)-23 : len(a.Origin)-17]
		}
		_ = lab
		kept = append(kept, a)
		labels = append(labels, l)
	}
	return kept, labels
}

func splitLines(s string) []string { return nil }

func pct(x []float64, ps ...float64) string {
	slices.Sort(x)
	s := ""
	for _, p := range ps {
		s += fmt.Sprintf(" p%.0f=%.3f", p*100, x[int(p*float64(len(x)-1))])
	}
	return s
}

func TestDiag(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	for _, ds := range []struct{ path, how string }{{"../../shared/eval/multinews/validation-sample.jsonl", "mn"}, {"../../shared/eval/duc2006/docs", "duc"}} {
		arts, labels := loadDiag(t, ds.path, ds.how)
		c := New(Options{})
		var counts [][]entry
		for _, a := range arts {
			counts = append(counts, c.count(c.ex.terms(a)))
		}
		vecs := make([][]entry, len(arts))
		for i := range arts {
			vecs[i] = c.vector(counts[i])
		}
		var same, diff []float64
		for i := range vecs {
			for j := i + 1; j < len(vecs); j++ {
				s := dot(vecs[i], vecs[j])
				if labels[i] == labels[j] {
					same = append(same, s)
				} else if (i*7+j)%50 == 0 {
					diff = append(diff, s)
				}
			}
		}
		t.Logf("%s doc-doc same:%s", ds.how, pct(same, .05, .1, .25, .5))
		t.Logf("%s doc-doc diff:%s", ds.how, pct(diff, .5, .99, .999, .9999))
		// leave-one-out centroid
		byL := map[string][]int{}
		for i, l := range labels {
			byL[l] = append(byL[l], i)
		}
		var own, other []float64
		cents := map[string]*cluster{}
		for l, m := range byL {
			cl := &cluster{}
			for _, i := range m {
				cl.add(vecs[i])
			}
			cents[l] = cl
		}
		for i := range vecs {
			m := byL[labels[i]]
			if len(m) > 1 {
				cl := &cluster{}
				for _, j := range m {
					if j != i {
						cl.add(vecs[j])
					}
				}
				own = append(own, dot(vecs[i], cl.centroid)/cl.norm)
			}
			best := 0.0
			for l, cl := range cents {
				if l != labels[i] {
					best = max(best, dot(vecs[i], cl.centroid)/cl.norm)
				}
			}
			other = append(other, best)
		}
		t.Logf("%s own centroid:%s", ds.how, pct(own, .02, .05, .1, .25, .5))
		t.Logf("%s best other centroid:%s", ds.how, pct(other, .5, .9, .95, .98, .99))
	}
}

func TestOracle(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	arts, labels := loadDiag(t, "../../shared/eval/multinews/validation-sample.jsonl", "mn")
	c := New(Options{})
	var vecs [][]entry
	var counts [][]entry
	for _, a := range arts {
		counts = append(counts, c.count(c.ex.terms(a)))
	}
	for i := range arts {
		vecs = append(vecs, c.vector(counts[i]))
	}
	byL := map[string][]int{}
	for i, l := range labels {
		byL[l] = append(byL[l], i)
	}
	for _, cut := range []float64{0.02, 0.05, 0.1} {
		pred := make([]string, len(arts))
		for i := range vecs {
			cl := &cluster{}
			for _, j := range byL[labels[i]] {
				if j != i {
					cl.add(vecs[j])
				}
			}
			pred[i] = labels[i]
			if len(byL[labels[i]]) > 1 && dot(vecs[i], cl.centroid)/cl.norm < cut {
				pred[i] = fmt.Sprint("single", i)
				if cut == 0.05 {
					t.Logf("junk %s: %.80q", arts[i].ID, arts[i].Text)
				}
			}
		}
		// bcubed
		var P, R float64
		for i := range pred {
			var inter, cs, ls float64
			for j := range pred {
				if pred[j] == pred[i] {
					cs++
					if labels[j] == labels[i] {
						inter++
					}
				}
				if labels[j] == labels[i] {
					ls++
				}
			}
			P += inter / cs
			R += inter / ls
		}
		P /= float64(len(pred))
		R /= float64(len(pred))
		t.Logf("cut %.2f: P %.3f R %.3f F %.3f", cut, P, R, 2*P*R/(P+R))
	}
}

func TestErrors(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	arts, labels := loadDiag(t, "../../shared/eval/multinews/validation-sample.jsonl", "mn")
	lab := map[string]string{}
	for i, a := range arts {
		lab[a.ID] = labels[i]
	}
	c := New(Options{})
	c.AddBatch(arts)
	byID := map[string]*storyline.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	// impure stories
	labSt := map[string]map[int]bool{}
	for _, s := range c.stories {
		ls := map[string]bool{}
		for _, ai := range s.articles {
			a := c.arts[ai]
			ls[lab[a.id]] = true
			if labSt[lab[a.id]] == nil {
				labSt[lab[a.id]] = map[int]bool{}
			}
			labSt[lab[a.id]][s.id] = true
		}
		if len(ls) > 1 {
			t.Logf("IMPURE story %d:", s.id)
			for _, ai := range s.articles {
				a := c.arts[ai]
				t.Logf("   %s sim %.3f copy %d: %.70q", a.id, a.sim, a.copyOf, byID[a.id].Text)
			}
		}
	}
	n := 0
	for l, ss := range labSt {
		if len(ss) > 1 && n < 25 {
			n++
			t.Logf("SPLIT %s: %v", l, ss)
			for _, s := range c.stories {
				if ss[s.id] {
					for _, ai := range s.articles {
						a := c.arts[ai]
						if lab[a.id] == l {
							t.Logf("   st %d %s sim %.3f: %.70q", s.id, a.id, a.sim, byID[a.id].Text)
						}
					}
				}
			}
		}
	}
}

func TestHalves(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	for _, ds := range []struct{ path, how string }{{"../../shared/eval/multinews/validation-sample.jsonl", "mn"}, {"../../shared/eval/duc2006/docs", "duc"}} {
		arts, labels := loadDiag(t, ds.path, ds.how)
		c := New(Options{})
		var counts [][]entry
		for _, a := range arts {
			counts = append(counts, c.count(c.ex.terms(a)))
		}
		vecs := make([][]entry, len(arts))
		for i := range arts {
			vecs[i] = c.vector(counts[i])
		}
		byL := map[string][]int{}
		for i, l := range labels {
			byL[l] = append(byL[l], i)
		}
		var ls []string
		var h1, h2 []*cluster
		for l, m := range byL {
			if len(m) < 4 {
				continue
			}
			a, b := &cluster{}, &cluster{}
			for k, i := range m {
				if k%2 == 0 {
					a.add(vecs[i])
				} else {
					b.add(vecs[i])
				}
			}
			ls = append(ls, l)
			h1 = append(h1, a)
			h2 = append(h2, b)
		}
		var same, other []float64
		for i := range h1 {
			same = append(same, dot(h1[i].centroid, h2[i].centroid)/h1[i].norm/h2[i].norm)
			best := 0.0
			for j := range h2 {
				if j != i {
					best = max(best, dot(h1[i].centroid, h2[j].centroid)/h1[i].norm/h2[j].norm)
				}
			}
			other = append(other, best)
		}
		t.Logf("%s halves same:%s", ds.how, pct(same, .02, .05, .1, .25, .5))
		t.Logf("%s halves best other:%s", ds.how, pct(other, .5, .9, .95, .98, 1))
	}
}

func TestDUCFrag(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	nameBoost = 1
	arts, labels := loadDiag(t, "../../shared/eval/duc2006/docs", "duc")
	c := New(Options{MaxGap: -1})
	as := c.AddBatch(arts)
	// per label: story sizes
	per := map[string]map[int]int{}
	for i, a := range as {
		if per[labels[i]] == nil {
			per[labels[i]] = map[int]int{}
		}
		per[labels[i]][a.Story]++
	}
	n := 0
	for l, m := range per {
		var sizes []int
		for _, k := range m {
			sizes = append(sizes, k)
		}
		slices.Sort(sizes)
		slices.Reverse(sizes)
		if n < 20 {
			t.Logf("%s: %v", l, sizes)
		}
		n++
	}
	// story sizes overall
	sz := map[int]int{}
	for _, a := range as {
		sz[a.Story]++
	}
	hist := map[int]int{}
	for _, k := range sz {
		hist[k]++
	}
	t.Logf("story size histogram: %v", hist)
}
