package rouge

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
)

// Separators of ROUGE's output.
const (
	ruleLine = "---------------------------------------------"
	dotLine  = "............................................."
)

// WriteText writes the report in ROUGE-1.5.5's layout, line for line; with
// perEval (ROUGE's -d) each average is followed by the scores of the
// evaluations.
func (r *Report) WriteText(w io.Writer, perEval bool) error {
	bw := bufio.NewWriter(w)
	conf := strconv.FormatFloat(r.Confidence, 'f', -1, 64)
	for _, sys := range r.Systems {
		for _, m := range sys.Metrics {
			fmt.Fprintln(bw, ruleLine)
			if r.Counting != 2 {
				for _, a := range []struct {
					tag string
					iv  Interval
				}{{"R", m.Recall}, {"P", m.Precision}, {"F", m.F}} {
					fmt.Fprintf(bw, "%s %s Average_%s: %7.5f (%s%%-conf.int. %7.5f - %7.5f)\n",
						sys.ID, m.Metric, a.tag, a.iv.Average, conf, a.iv.Low, a.iv.High)
				}
			} else {
				fmt.Fprintf(bw, "%s %s M_count: %s P_count: %s H_count: %s\n", sys.ID, m.Metric,
					perlInt(m.ModelCount), perlInt(m.PeerCount), perlInt(m.Hits))
			}
			if !perEval {
				continue
			}
			fmt.Fprintln(bw, dotLine)
			for _, e := range m.Evals {
				if r.Counting == 0 {
					fmt.Fprintf(bw, "%s %s Eval %s R:%7.5f P:%7.5f F:%7.5f\n", sys.ID, m.Metric, e.ID, e.Recall, e.Precision, e.F)
				} else {
					fmt.Fprintf(bw, "%s %s Eval %s R:%s P:%s F:%s\n", sys.ID, m.Metric, e.ID,
						perlNumber(e.ModelCount), perlNumber(e.PeerCount), perlNumber(e.Hits))
				}
			}
		}
	}
	return bw.Flush()
}

// perlNumber formats x as Perl prints a number: %.15g.
func perlNumber(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	return strconv.FormatFloat(x, 'g', 15, 64)
}

// perlInt is Perl's int(x), printed.
func perlInt(x float64) string { return strconv.FormatFloat(math.Trunc(x), 'f', 0, 64) }
