package eval

import "fmt"

// AverageLinkCeiling clusters items offline by average-link agglomeration
// over the cosine similarity of their vectors (unit vectors, as
// story.Vectors gives) and returns the best score against truth over every
// level of the merge tree, with the similarity at which it is reached.
//
// It is a ceiling, not a method: the level is chosen by looking at the
// truth, which no clusterer has, and all items are seen at once. What it
// scores is how far the representation lets any threshold on similarity go;
// a clusterer that scores near it is limited by its vectors, not by how it
// uses them. Items with a nil vector stay alone. The work grows with the
// cube of the number of items: a few thousand at most.
func AverageLinkCeiling(ids []string, vecs []map[string]float64, truth map[string]string) (ClusterScore, float64) {
	n := len(ids)
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range i {
			sim[i][j] = cosine(vecs[i], vecs[j])
			sim[j][i] = sim[i][j]
		}
	}
	size := make([]int, n)
	alive := make([]bool, n)
	member := make([]int, n) // item → cluster (the index of one of its items)
	for i := range n {
		size[i], alive[i], member[i] = 1, true, i
	}
	pred := make(map[string]string, n)
	score := func() ClusterScore {
		for i, id := range ids {
			pred[id] = fmt.Sprint(member[i])
		}
		return ScoreClusters(pred, truth)
	}
	best, at := score(), 1.0
	for {
		bi, bj, bv := -1, -1, 0.0
		for i := range n {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < n; j++ {
				if alive[j] && sim[i][j] > bv {
					bi, bj, bv = i, j, sim[i][j]
				}
			}
		}
		if bi < 0 {
			return best, at
		}
		// Lance–Williams update for average link.
		wi, wj := float64(size[bi]), float64(size[bj])
		for k := range n {
			if alive[k] && k != bi && k != bj {
				v := (sim[bi][k]*wi + sim[bj][k]*wj) / (wi + wj)
				sim[bi][k], sim[k][bi] = v, v
			}
		}
		size[bi] += size[bj]
		alive[bj] = false
		for k := range member {
			if member[k] == bj {
				member[k] = bi
			}
		}
		if sc := score(); sc.F1 > best.F1 {
			best, at = sc, bv
		}
	}
}

// cosine is the dot product of two unit vectors.
func cosine(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var d float64
	for t, w := range a {
		d += w * b[t]
	}
	return d
}
