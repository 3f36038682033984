package rouge

import (
	"math"
	"math/big"
)

// ROUGE-W weighs a run of k consecutive matches by k**w, computed by
// Perl's ** operator, that is by the C library's pow. The glibc of
// ROUGE's days rounded pow correctly, while Go's math.Pow is often one
// unit in the last place off. Sums of these weights decide ties in the
// weighted LCS table, so a last-bit difference can change which words a
// traceback marks. The weights are therefore computed here with 192 bits
// and rounded once to float64.

// bigPrec is the precision of the computation; far more than the 53 bits
// of the result, so that rounding the big value rounds the true one.
const bigPrec = 192

// powExact returns x**y correctly rounded for x >= 0, y > 0.
func powExact(x, y float64) float64 {
	if x == 0 {
		return 0
	}
	if x == 1 {
		return 1
	}
	ln2 := bigLn2()
	z := bigLog(x, ln2)
	z.Mul(z, newBig(y))
	f, _ := bigExp(z, ln2).Float64()
	return f
}

func newBig(x float64) *big.Float { return new(big.Float).SetPrec(bigPrec).SetFloat64(x) }

// bigAtanh returns atanh(t) for |t| <= 1/3 by its series t + t³/3 + ...
func bigAtanh(t *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(bigPrec).Set(t)
	t2 := new(big.Float).SetPrec(bigPrec).Mul(t, t)
	pow := new(big.Float).SetPrec(bigPrec).Set(t)
	term := new(big.Float).SetPrec(bigPrec)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -bigPrec-8)
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, t2)
		term.Quo(pow, new(big.Float).SetPrec(bigPrec).SetInt64(k))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			return sum
		}
	}
}

// bigLn2 returns ln 2 = 2 atanh(1/3).
func bigLn2() *big.Float {
	third := new(big.Float).SetPrec(bigPrec).Quo(newBig(1), newBig(3))
	r := bigAtanh(third)
	return r.Add(r, r)
}

// bigLog returns ln x for x > 0: with x = m·2^e and m in [1, 2),
// ln x = e ln 2 + 2 atanh((m-1)/(m+1)).
func bigLog(x float64, ln2 *big.Float) *big.Float {
	m, e := math.Frexp(x)
	m, e = m*2, e-1
	t := new(big.Float).SetPrec(bigPrec).Quo(newBig(m-1), newBig(m+1))
	r := bigAtanh(t)
	r.Add(r, r)
	return r.Add(r, new(big.Float).SetPrec(bigPrec).Mul(ln2, newBig(float64(e))))
}

// bigExp returns e**z: with z = q ln 2 + r, e**z = 2^q · (e**(r/256))^256,
// the last power by eight squarings and e**(r/256) by its Taylor series.
func bigExp(z, ln2 *big.Float) *big.Float {
	qf, _ := new(big.Float).Quo(z, ln2).Float64()
	q := math.Round(qf)
	r := new(big.Float).SetPrec(bigPrec).Sub(z, new(big.Float).SetPrec(bigPrec).Mul(ln2, newBig(q)))
	r.SetMantExp(r, -8)
	sum := newBig(1)
	term := newBig(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -bigPrec-8)
	for k := int64(1); ; k++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(bigPrec).SetInt64(k))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	for range 8 {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(q))
}

// nearRoundingEdge reports whether x lies so close to a midpoint between
// two five-decimal numbers that an error of a few units in the last place
// could change how it prints. Only then are the final powers of ROUGE-W
// recomputed exactly.
func nearRoundingEdge(x float64) bool {
	s := x * 1e5
	frac := s - math.Floor(s)
	return math.Abs(frac-0.5) < 1e-6
}
