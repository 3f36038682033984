package summarize

import (
	"cmp"
	"math"
	"slices"
	"sort"
)

// cover is a budgeted maximum-coverage problem: choose items, each with a
// cost and a set of concepts, so that their costs sum to at most limit and
// the weights of the concepts they cover, each counted once, sum to the
// most. It is the integer program of Gillick and Favre's concept-based
// summarizer, with sentences as items.
type cover struct {
	weight []float64 // per concept
	items  [][]int32 // concepts of each item, distinct
	cost   []int
	limit  int
	// conflict, when not nil, reports two items that say the same thing
	// in other words: a solution holds at most one of them.
	conflict func(a, b int) bool
}

// clashes reports whether item i conflicts with an item of set.
func (p *cover) clashes(set []int, i int) bool {
	if p.conflict == nil {
		return false
	}
	for _, j := range set {
		if p.conflict(i, j) {
			return true
		}
	}
	return false
}

// value is the weight that the items of set cover.
func (p *cover) value(set []int) float64 {
	if len(set) == 1 {
		return p.itemValue(set[0])
	}
	seen := make([]bool, len(p.weight))
	v := 0.0
	for _, i := range set {
		for _, k := range p.items[i] {
			if !seen[k] {
				seen[k] = true
				v += p.weight[k]
			}
		}
	}
	return v
}

// itemValue is the weight that item i covers alone; its concepts are
// distinct.
func (p *cover) itemValue(i int) float64 {
	v := 0.0
	for _, k := range p.items[i] {
		v += p.weight[k]
	}
	return v
}

// gain is what item i adds to the concepts counted in covered.
func (p *cover) gain(covered []int32, i int) float64 {
	g := 0.0
	for _, k := range p.items[i] {
		if covered[k] == 0 {
			g += p.weight[k]
		}
	}
	return g
}

// greedy solves the problem with the modified greedy algorithm of Khuller,
// Moss and Naor: take the item of best gain per unit of cost while any
// fits, then return that set or the best single item, whichever covers
// more. The result is within a factor (1-1/e)/2 of the optimum.
func (p *cover) greedy() []int {
	covered := make([]int32, len(p.weight))
	taken := make([]bool, len(p.items))
	var set []int
	used := 0
	for {
		best, bestRatio := -1, 0.0
		for i := range p.items {
			if taken[i] || used+p.cost[i] > p.limit {
				continue
			}
			if r := p.gain(covered, i) / float64(max(1, p.cost[i])); r > bestRatio && !p.clashes(set, i) {
				best, bestRatio = i, r
			}
		}
		if best < 0 {
			break
		}
		taken[best] = true
		set = append(set, best)
		used += p.cost[best]
		for _, k := range p.items[best] {
			covered[k]++
		}
	}
	single, singleValue := -1, 0.0
	for i := range p.items {
		if p.cost[i] <= p.limit {
			if v := p.itemValue(i); v > singleValue {
				single, singleValue = i, v
			}
		}
	}
	if single >= 0 && singleValue > p.value(set) {
		return []int{single}
	}
	return set
}

// exact solves the problem by branch and bound, starting from the greedy
// solution. The bound at a node is the fractional knapsack over the
// remaining items' marginal gains, valid because coverage is submodular.
// The search runs over the maxItems items of best weight per cost and
// those of the greedy solution (all items when maxItems is 0). After
// maxNodes nodes it stops with the best set found; proven reports whether
// that set is optimal among the items searched.
func (p *cover) exact(maxItems, maxNodes int) (set []int, proven bool) {
	order := make([]int, len(p.items))
	ratio := make([]float64, len(p.items))
	for i := range order {
		order[i] = i
		ratio[i] = p.itemValue(i) / float64(max(1, p.cost[i]))
	}
	sort.SliceStable(order, func(a, b int) bool { return ratio[order[a]] > ratio[order[b]] })
	greedy := p.greedy()
	if maxItems > 0 && len(order) > maxItems {
		top := append([]int(nil), order[:maxItems]...)
		in := make(map[int]bool, len(top))
		for _, i := range top {
			in[i] = true
		}
		for _, i := range greedy {
			if !in[i] {
				top = append(top, i)
			}
		}
		order = top
		sort.SliceStable(order, func(a, b int) bool { return ratio[order[a]] > ratio[order[b]] })
	}

	s := &search{p: p, order: order, covered: make([]int32, len(p.weight)), maxNodes: maxNodes}
	s.best = greedy
	s.bestValue = p.value(s.best)
	s.dfs(0, 0, 0)
	return append([]int(nil), s.best...), s.nodes <= maxNodes
}

// search is the state of a branch-and-bound run.
type search struct {
	p         *cover
	order     []int
	covered   []int32
	stack     []int
	best      []int
	bestValue float64
	nodes     int
	maxNodes  int
	gains     []bound
}

type bound struct {
	gain float64
	cost int
}

// eps keeps rounding from counting an equal set as better.
const eps = 1e-9

func (s *search) dfs(k int, value float64, used int) {
	s.nodes++
	if s.nodes > s.maxNodes {
		return
	}
	if value > s.bestValue+eps {
		s.bestValue = value
		s.best = append(s.best[:0], s.stack...)
	}
	if k == len(s.order) || value+s.upper(k, s.p.limit-used) <= s.bestValue+eps {
		return
	}
	i := s.order[k]
	if c := s.p.cost[i]; used+c <= s.p.limit {
		if g := s.p.gain(s.covered, i); g > 0 && !s.p.clashes(s.stack, i) {
			for _, t := range s.p.items[i] {
				s.covered[t]++
			}
			s.stack = append(s.stack, i)
			s.dfs(k+1, value+g, used+c)
			s.stack = s.stack[:len(s.stack)-1]
			for _, t := range s.p.items[i] {
				s.covered[t]--
			}
		}
	}
	s.dfs(k+1, value, used)
}

// upper bounds what the items from position k on can add within room.
func (s *search) upper(k, room int) float64 {
	s.gains = s.gains[:0]
	for _, i := range s.order[k:] {
		if c := s.p.cost[i]; c <= room {
			if g := s.p.gain(s.covered, i); g > 0 {
				s.gains = append(s.gains, bound{g, max(1, c)})
			}
		}
	}
	slices.SortFunc(s.gains, func(a, b bound) int {
		return cmp.Compare(b.gain*float64(a.cost), a.gain*float64(b.cost))
	})
	total := 0.0
	for _, g := range s.gains {
		if g.cost <= room {
			total += g.gain
			room -= g.cost
			continue
		}
		total += g.gain * float64(room) / float64(g.cost)
		break
	}
	if math.IsNaN(total) {
		return math.Inf(1)
	}
	return total
}
