package story

import "storyline"

// Vectors returns the vectors the clusterer compares for articles taken as
// one batch: unit TF-IDF vectors over their content terms, as term →
// weight, in the order given. The clusterer does not call it: it is for
// diagnostics and for reference methods that cluster the same
// representation another way, such as eval's average-link ceiling, which
// tells how much of a clustering's error is the method's and how much the
// representation's.
func Vectors(articles []*storyline.Article) []map[string]float64 {
	c := New(Options{})
	todo := make([]int, 0, len(articles))
	for i, a := range articles {
		if a != nil {
			todo = append(todo, i)
		}
	}
	counts := c.countAll(articles, todo)
	out := make([]map[string]float64, len(articles))
	for k, i := range todo {
		v := c.vector(counts[k])
		m := make(map[string]float64, len(v))
		for _, e := range v {
			m[c.terms[e.term]] = float64(e.w)
		}
		out[i] = m
	}
	return out
}
