package rouge

import "sort"

// drand48 is the generator behind Perl's rand on the platforms ROUGE
// was run on (and inside Perl since 5.20): a 48-bit linear congruence.
// ROUGE seeds it with the number of each resample, so its confidence
// intervals, and the averages it prints, which are means over the
// resamples, can be reproduced exactly.
type drand48 struct{ x uint64 }

// seed is srand48: the seed's low 32 bits above the constant 0x330E.
func (r *drand48) seed(s uint32) { r.x = uint64(s)<<16 | 0x330e }

// next returns a number in [0, 1).
func (r *drand48) next() float64 {
	r.x = (0x5deece66d*r.x + 0xb) & (1<<48 - 1)
	return float64(r.x) * 0x1p-48
}

// bootstrap estimates, as ROUGE-1.5.5 does, the mean and confidence
// interval of each of three values over the instances: resample i draws
// len(vals) instances with replacement after srand(i), and either
// averages their scores (counting 0) or pools their counts (model, peer,
// hits) into recall, precision and F (counting 1). The average is the
// mean of the sorted resample means; the bounds interpolate between order
// statistics.
func bootstrap(vals [][3]float64, draws []int32, counting int, alpha float64, resamples int, confidence float64) [3]Interval {
	n := len(vals)
	var samples [3][]float64
	for k := range samples {
		samples[k] = make([]float64, resamples)
	}
	mean := func(i int, sum [3]float64) {
		var smp [3]float64
		switch {
		case counting == 0 && n > 0:
			smp = [3]float64{sum[0] / float64(n), sum[1] / float64(n), sum[2] / float64(n)}
		case counting != 0:
			r, p := ratio(sum[2], sum[0]), ratio(sum[2], sum[1])
			smp = [3]float64{r, p, 0}
			if den := float64((1-alpha)*p) + float64(alpha*r); den > 0 {
				smp[2] = float64(r*p) / den
			}
		}
		for k := range smp {
			samples[k][i] = smp[k]
		}
	}
	// Two resamples at a time: each sum must be added in draw order, so
	// interleaving two independent sums is what keeps the adder busy.
	i := 0
	for ; i+1 < resamples; i += 2 {
		var a, b [3]float64
		da, db := draws[i*n:(i+1)*n], draws[(i+1)*n:(i+2)*n]
		for k := range da {
			va, vb := &vals[da[k]], &vals[db[k]]
			a[0] += va[0]
			b[0] += vb[0]
			a[1] += va[1]
			b[1] += vb[1]
			a[2] += va[2]
			b[2] += vb[2]
		}
		mean(i, a)
		mean(i+1, b)
	}
	for ; i < resamples; i++ {
		var a [3]float64
		for _, d := range draws[i*n : (i+1)*n] {
			a[0] += vals[d][0]
			a[1] += vals[d][1]
			a[2] += vals[d][2]
		}
		mean(i, a)
	}

	var out [3]Interval
	if resamples == 0 {
		return out
	}
	rs := float64(resamples)
	delta := rs * ((100 - confidence) / 2.0) / 100.0
	ciUa := int(rs - delta - 1)
	ciLa := int(delta)
	ciR := rs - delta - 1 - float64(ciUa)
	for k, a := range samples {
		sort.Float64s(a)
		total := 0.0
		for _, x := range a {
			total += x
		}
		out[k] = Interval{
			Average: round5(total / rs),
			Low:     round5(interpolate(a, ciLa, ciR)),
			High:    round5(interpolate(a, ciUa, ciR)),
		}
	}
	return out
}

// resampleDraws returns the instances that ROUGE draws, resample after
// resample, from n instances: rand(n) after srand(i) for resample i. They
// depend on n alone, so one table serves every system and measure.
func resampleDraws(n, resamples int) []int32 {
	draws := make([]int32, 0, n*resamples)
	var rng drand48
	for i := range resamples {
		rng.seed(uint32(i))
		for range n {
			draws = append(draws, int32(float64(n)*rng.next()))
		}
	}
	return draws
}

// interpolate is a[i] + (a[i+1]-a[i])*r with Perl's reading of indexes:
// negative ones count from the end and missing elements are 0.
func interpolate(a []float64, i int, r float64) float64 {
	at := func(i int) float64 {
		if i < 0 {
			i += len(a)
		}
		if i < 0 || i >= len(a) {
			return 0
		}
		return a[i]
	}
	return at(i) + float64((at(i+1)-at(i))*r)
}
