package rouge

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// refMarks is ROUGE's lcs_inner and wlcs_inner as written: full tables,
// then the traceback. weights nil computes the plain LCS.
func refMarks(x, y []int32, weights []float64) []bool {
	m, n := len(x), len(y)
	c := make([][]float64, m+1)
	l := make([][]int, m+1)
	for i := range c {
		c[i] = make([]float64, n+1)
		l[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			switch {
			case x[i-1] == y[j-1] && weights == nil:
				c[i][j] = c[i-1][j-1] + 1
			case x[i-1] == y[j-1]:
				k := l[i-1][j-1]
				c[i][j] = (c[i-1][j-1] + weights[k+1]) - weights[k]
				l[i][j] = k + 1
			case c[i-1][j] >= c[i][j-1]:
				c[i][j] = c[i-1][j]
			default:
				c[i][j] = c[i][j-1]
			}
		}
	}
	mask := make([]bool, m)
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case x[i-1] == y[j-1]:
			i--
			j--
			mask[i] = true
		case c[i-1][j] >= c[i][j-1]:
			i--
		default:
			j--
		}
	}
	return mask
}

// TestMarksMatchReference checks the fast tables against ROUGE's on
// random sentences over small vocabularies, where ties abound, and on
// peer sentences longer than one 64-bit word.
func TestMarksMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	weights := make([]float64, 200)
	for k := range weights {
		weights[k] = powExact(float64(k), 1.2)
	}
	for trial := range 3000 {
		vocab := 2 + rng.IntN(12)
		gen := func(max int) []int32 {
			s := make([]int32, rng.IntN(max)+1)
			for i := range s {
				s[i] = int32(1 + rng.IntN(vocab))
			}
			return s
		}
		x, y := gen(40), gen(150)
		sc := newScratch(vocab)
		sc.ix.build(y)
		gotL, gotW := make([]bool, len(x)), make([]bool, len(x))
		sc.markL(x, y, gotL)
		sc.markW(x, y, weights, gotW)
		sc.ix.reset()
		if want := refMarks(x, y, nil); !slices.Equal(gotL, want) {
			t.Fatalf("trial %d: LCS marks of %v / %v = %v, want %v", trial, x, y, gotL, want)
		}
		if want := refMarks(x, y, weights); !slices.Equal(gotW, want) {
			t.Fatalf("trial %d: WLCS marks of %v / %v = %v, want %v", trial, x, y, gotW, want)
		}
	}
}
