package rouge

import (
	"context"
	"testing"
)

// BenchmarkJackknife scores NIST's whole DUC 2006 jackknife configuration
// (rougejk.in: 200 evaluations, 37 systems, ROUGE-1..4, L, W-1.2 and SU4
// with stemming and 1000 bootstrap resamples) as NIST ran it.
func BenchmarkJackknife(b *testing.B) {
	cfg, opts := loadGolden(b, goldenCases[0])
	for b.Loop() {
		if _, err := Evaluate(context.Background(), cfg, opts); err != nil {
			b.Fatal(err)
		}
	}
}
