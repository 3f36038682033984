package rouge

import "math/bits"

// ROUGE-L and ROUGE-W compare each model sentence with every peer
// sentence. For one model sentence, each peer sentence's LCS table is
// traced back from its far corner, taking the diagonal on equal terms,
// else going up when the cell above is at least the cell to the left; the
// model positions on the diagonals form the union LCS of that sentence.
// A marked position counts as a hit only while the term has counts left
// both in the model and in the peer (their unigram counts, spent as hits
// are found), so that the LCS measures never exceed ROUGE-1.
//
// ROUGE-W runs the same procedure on a table that weighs a run of k
// consecutive matches f(k) = k^w, and scores the marked positions by runs.
//
// The tables here are ROUGE's, computed faster: the LCS table row by row
// as bit vectors (the bit-parallel algorithm of Allison and Dix), the
// weighted table only on rows that have a match or follow a row that is
// not monotone, since any other row equals the row above it.

// scratch holds the working memory of one goroutine.
type scratch struct {
	ix     yIndex
	v      []uint64  // LCS rows as bit vectors
	cw     []float64 // weighted LCS rows
	rowOf  []int     // offset in cw of each row of the weighted table
	l0, l1 []int32   // run lengths of the previous and current rows
	maskL  []bool    // marks of all model sentences, end to end
	maskW  []bool
	modelL []int32 // unigram counts left, by term id
	peerL  []int32
	modelW []int32
	peerW  []int32
}

func newScratch(vocabulary int) *scratch {
	n := vocabulary + 1
	return &scratch{
		ix:     yIndex{slot: make([]int32, n)},
		modelL: make([]int32, n), peerL: make([]int32, n),
		modelW: make([]int32, n), peerW: make([]int32, n),
	}
}

// lcsHits returns the ROUGE-L hits (when doL) and ROUGE-W hits (when
// weights != nil) of peer against model.
func (sc *scratch) lcsHits(model, peer *doc, doL bool, weights []float64) (hitL int, hitW float64) {
	doW := weights != nil
	sc.maskL = clearMask(sc.maskL, model.lcsBase)
	sc.maskW = clearMask(sc.maskW, model.lcsBase)
	// Marks do not depend on the order of the sentence pairs, so each peer
	// sentence is indexed once for all model sentences.
	for _, y := range peer.sents {
		if len(y) == 0 {
			continue
		}
		sc.ix.build(y)
		off := 0
		for _, x := range model.sents {
			if sc.ix.shares(x) {
				if doL {
					sc.markL(x, y, sc.maskL[off:off+len(x)])
				}
				if doW {
					sc.markW(x, y, weights, sc.maskW[off:off+len(x)])
				}
			}
			off += len(x)
		}
		sc.ix.reset()
	}

	load := func(dst []int32, g []uint64) {
		for _, key := range g {
			dst[key]++
		}
	}
	load(sc.modelL, model.grams[0])
	load(sc.peerL, peer.grams[0])
	load(sc.modelW, model.grams[0])
	load(sc.peerW, peer.grams[0])
	off := 0
	for _, x := range model.sents {
		if doL {
			for j, t := range x {
				if sc.maskL[off+j] && sc.modelL[t] > 0 && sc.peerL[t] > 0 {
					hitL++
					sc.modelL[t]--
					sc.peerL[t]--
				}
			}
		}
		if doW {
			hitW = sc.weightedHits(x, sc.maskW[off:off+len(x)], weights, hitW)
		}
		off += len(x)
	}
	for _, g := range [][]uint64{model.grams[0], peer.grams[0]} {
		for _, key := range g {
			sc.modelL[key], sc.peerL[key], sc.modelW[key], sc.peerW[key] = 0, 0, 0, 0
		}
	}
	return hitL, hitW
}

// weightedHits adds to hit the weights of the runs of marked, unspent
// positions of x. As in ROUGE, a run ends only at an unmarked position or
// the sentence end: a marked position whose term is spent neither counts
// nor breaks the run.
func (sc *scratch) weightedHits(x []int32, mask []bool, weights []float64, hit float64) float64 {
	run := 0
	for j, t := range x {
		if !mask[j] || sc.modelW[t] <= 0 || sc.peerW[t] <= 0 {
			continue
		}
		run++
		if j+1 == len(x) || !mask[j+1] {
			hit += weights[run]
			run = 0
		}
		sc.modelW[t]--
		sc.peerW[t]--
	}
	return hit
}

func clearMask(m []bool, n int) []bool {
	m = grow(m, n)
	clear(m)
	return m
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// yIndex indexes a peer sentence y: where each of its terms occurs, as a
// list of positions and as a bit set of nw words.
type yIndex struct {
	nw    int
	slot  []int32  // by term id: 1 + the term's slot, 0 when not in y
	terms []int32  // the distinct terms, by slot
	start []int32  // positions of slot k: pos[start[k]:start[k+1]]
	pos   []int32  // positions, by slot
	bits  []uint64 // nw words by slot
	fill  []int32  // fill counts while building
}

func (ix *yIndex) build(y []int32) {
	ix.nw = (len(y) + 63) / 64
	ix.terms = ix.terms[:0]
	for _, t := range y {
		if ix.slot[t] == 0 {
			ix.terms = append(ix.terms, t)
			ix.slot[t] = int32(len(ix.terms))
		}
	}
	k := len(ix.terms)
	ix.start = grow(ix.start, k+1)
	ix.fill = grow(ix.fill, k)
	clear(ix.start)
	clear(ix.fill)
	for _, t := range y {
		ix.start[ix.slot[t]]++
	}
	for s := 1; s <= k; s++ {
		ix.start[s] += ix.start[s-1]
	}
	ix.pos = grow(ix.pos, len(y))
	ix.bits = grow(ix.bits, k*ix.nw)
	clear(ix.bits)
	for j, t := range y {
		s := ix.slot[t] - 1
		ix.pos[ix.start[s]+ix.fill[s]] = int32(j)
		ix.fill[s]++
		ix.bits[int(s)*ix.nw+j/64] |= 1 << (j % 64)
	}
}

func (ix *yIndex) reset() {
	for _, t := range ix.terms {
		ix.slot[t] = 0
	}
}

// shares reports whether x has a term of y; if not, the tables of x and y
// are all zero and mark nothing.
func (ix *yIndex) shares(x []int32) bool {
	for _, t := range x {
		if ix.slot[t] != 0 {
			return true
		}
	}
	return false
}

// positions returns the positions of t in y, in order.
func (ix *yIndex) positions(t int32) []int32 {
	s := ix.slot[t]
	if s == 0 {
		return nil
	}
	return ix.pos[ix.start[s-1]:ix.start[s]]
}

// match1 returns the positions of t in a y of at most 64 terms as a bit
// set.
func (ix *yIndex) match1(t int32) uint64 {
	if s := ix.slot[t]; s != 0 {
		return ix.bits[s-1]
	}
	return 0
}

// match returns the bit set of the positions of t in y, or nil.
func (ix *yIndex) match(t int32) []uint64 {
	s := int(ix.slot[t])
	if s == 0 {
		return nil
	}
	return ix.bits[(s-1)*ix.nw : s*ix.nw]
}

// markL marks the traceback of the LCS table of model sentence x and peer
// sentence y. Row i of the table is a bit vector whose bit j is set when
// c[i][j+1] = c[i][j], so c[i][j] is j less the set bits below j.
func (sc *scratch) markL(x, y []int32, mask []bool) {
	m, n, nw := len(x), len(y), sc.ix.nw
	top := ^uint64(0)
	if r := n % 64; r != 0 {
		top = 1<<r - 1
	}
	v := grow(sc.v, (m+1)*nw)
	sc.v = v
	if nw == 1 {
		v[0] = top
		for i := 1; i <= m; i++ {
			p, mt := v[i-1], sc.ix.match1(x[i-1])
			v[i] = ((p + p&mt) | p&^mt) & top // a row without match is p
		}
	} else {
		for k := range nw {
			v[k] = ^uint64(0)
		}
		v[nw-1] = top
		for i := 1; i <= m; i++ {
			prev, cur := v[(i-1)*nw:i*nw], v[i*nw:(i+1)*nw]
			mt := sc.ix.match(x[i-1])
			if mt == nil {
				copy(cur, prev)
				continue
			}
			var carry uint64
			for k := range nw {
				var s uint64
				s, carry = bits.Add64(prev[k], prev[k]&mt[k], carry)
				cur[k] = s | prev[k]&^mt[k]
			}
			cur[nw-1] &= top
		}
	}
	if nw == 1 {
		// c[i][j] = j - ones(v[i] below j); compare without the common j.
		for i, j := m, n; i > 0 && j > 0; {
			switch {
			case x[i-1] == y[j-1]:
				i--
				j--
				mask[i] = true
			case bits.OnesCount64(v[i-1]&(1<<j-1)) <= 1+bits.OnesCount64(v[i]&(1<<(j-1)-1)):
				i--
			default:
				j--
			}
		}
		return
	}
	c := func(i, j int) int {
		row := v[i*nw : (i+1)*nw]
		ones := 0
		for k := 0; k < j/64; k++ {
			ones += bits.OnesCount64(row[k])
		}
		if r := j % 64; r != 0 {
			ones += bits.OnesCount64(row[j/64] & (1<<r - 1))
		}
		return j - ones
	}
	i, j := m, n
	for i > 0 && j > 0 {
		switch {
		case x[i-1] == y[j-1]:
			i--
			j--
			mask[i] = true
		case c(i-1, j) >= c(i, j-1):
			i--
		default:
			j--
		}
	}
}

// markW marks the traceback of the weighted LCS table of x and y.
//
// A row without a match is the running maximum of the row above, which is
// that row itself when it never decreases: such rows are not computed but
// share the row above. In a row with matches, only the match cells add
// weight; between them the running maximum of the row above is a fill
// followed by a copy when that row never decreases. The length of the run
// of matches ending at a cell is nonzero only at match cells, so it is
// kept for those alone.
func (sc *scratch) markW(x, y []int32, weights []float64, mask []bool) {
	m, n := len(x), len(y)
	w := n + 1
	sc.cw = grow(sc.cw, (m+1)*w)
	sc.rowOf = grow(sc.rowOf, m+1)
	cw, rowOf := sc.cw, sc.rowOf
	clear(cw[:w])
	rowOf[0] = 0
	next := w
	monotone := true    // row i-1 never decreases
	var prevPos []int32 // match columns (0-based) of row i-1
	prevL, curL := sc.l0[:0], sc.l1[:0]
	for i := 1; i <= m; i++ {
		prev := cw[rowOf[i-1] : rowOf[i-1]+w]
		pos := sc.ix.positions(x[i-1])
		if len(pos) == 0 {
			prevPos = nil
			if monotone {
				rowOf[i] = rowOf[i-1]
				continue
			}
		}
		rowOf[i] = next
		row := cw[next : next+w]
		next += w
		row[0] = 0
		j, pp := 1, 0
		rowMono := true
		curL = curL[:0]
		for _, q := range pos {
			col := int(q) + 1
			runningMax(row, prev, j, col, monotone)
			var k int32 // run length at (i-1, col-1)
			for pp < len(prevPos) && prevPos[pp] < q-1 {
				pp++
			}
			if pp < len(prevPos) && prevPos[pp] == q-1 {
				k = prevL[pp]
			}
			// Perl evaluates c + f(k+1) - f(k) left to right.
			v := (prev[col-1] + weights[k+1]) - weights[k]
			if v < row[col-1] {
				rowMono = false
			}
			row[col] = v
			curL = append(curL, k+1)
			j = col + 1
		}
		runningMax(row, prev, j, w, monotone)
		monotone = rowMono
		if len(pos) > 0 {
			prevPos = pos
			prevL, curL = curL, prevL
		}
	}
	sc.l0, sc.l1 = prevL, curL
	i, j := m, n
	for i > 0 && j > 0 {
		switch {
		case x[i-1] == y[j-1]:
			i--
			j--
			mask[i] = true
		case cw[rowOf[i-1]+j] >= cw[rowOf[i]+j-1]:
			i--
		default:
			j--
		}
	}
}

// runningMax sets row[j] = max(prev[j], row[j-1]) for j in [from, to).
// When prev never decreases, that is row[from-1] until prev reaches it,
// then prev itself.
func runningMax(row, prev []float64, from, to int, monotone bool) {
	if from >= to {
		return
	}
	if monotone {
		v := row[from-1]
		j := from
		for j < to && prev[j] < v {
			row[j] = v
			j++
		}
		copy(row[j:to], prev[j:to])
		return
	}
	left := row[from-1]
	for j := from; j < to; j++ {
		v := prev[j]
		if v < left {
			v = left
		}
		row[j] = v
		left = v
	}
}
