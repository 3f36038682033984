package story

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"math/rand/v2"
	"time"

	"storyline"
)

func bcubed(pred, lab []string) (float64, float64, float64) {
	type k struct{ p, l string }
	cells := map[k]int{}
	rows := map[string]int{}
	cols := map[string]int{}
	for i := range pred {
		cells[k{pred[i], lab[i]}]++
		rows[pred[i]]++
		cols[lab[i]]++
	}
	var P, R float64
	for c, n := range cells {
		P += float64(n*n) / float64(rows[c.p])
		R += float64(n*n) / float64(cols[c.l])
	}
	P /= float64(len(pred))
	R /= float64(len(pred))
	return P, R, 2 * P * R / (P + R)
}

func envf(name string, def float64) float64 {
	if v := os.Getenv(name); v != "" {
		f, _ := strconv.ParseFloat(v, 64)
		return f
	}
	return def
}

func TestSweep(t *testing.T) {
	if os.Getenv("SWEEP") == "" {
		t.Skip()
	}
	docTerms = int(envf("DOCTERMS", 150))
	centroidTerms = int(envf("CENTTERMS", 300))
	nameBoost = float32(envf("NAMEBOOST", 2))
	titleBoost = float32(envf("TITLEBOOST", 2))
	leadBoost = float32(envf("LEADBOOST", 1))
	leadWords = int(envf("LEADWORDS", 60))
	sets := []struct{ name, path, how string; gap time.Duration }{
		{"mn", "../../shared/eval/multinews/validation-sample.jsonl", "mn", 0},
		{"duc", "../../shared/eval/duc2006/docs", "duc", -1},
	}
	for _, ds := range sets {
		arts, labels := loadDiag(t, ds.path, ds.how)
		line := ds.name
		for _, th := range strings.Fields(os.Getenv("SWEEP")) {
			thf, _ := strconv.ParseFloat(th, 64)
			var F float64
			var PP, RR float64
			for seed := uint64(1); seed <= 3; seed++ {
				idx := rand.New(rand.NewPCG(seed, 9)).Perm(len(arts))
				sh := make([]*storyline.Article, len(arts))
				shl := make([]string, len(arts))
				for i, j := range idx {
					sh[i], shl[i] = arts[j], labels[j]
				}
				c := New(Options{Threshold: thf, MaxGap: ds.gap})
				as := c.AddBatch(sh)
				pred := make([]string, len(as))
				for i, a := range as {
					pred[i] = fmt.Sprint(a.Story)
				}
				p, r, f := bcubed(pred, shl)
				F += f / 3
				PP += p / 3
				RR += r / 3
			}
			line += fmt.Sprintf(" | %s: %.3f/%.3f/%.3f", th, PP, RR, F)
		}
		t.Log(line)
	}
}
