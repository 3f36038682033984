package rouge

import (
	"bytes"
	"context"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestMetricNames(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"default", DefaultOptions(), []string{"ROUGE-L"}},
		{"nist", NISTOptions(nil), []string{"ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4"}},
		{"skip only", Options{NoLCS: true, Skip: true, SkipGap: 9}, []string{"ROUGE-S9"}},
		{"both unlimited", Options{NoLCS: true, Skip: true, SkipGap: -1, SkipBoth: true}, []string{"ROUGE-S*", "ROUGE-SU*"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range tt.opts.metrics() {
			got = append(got, m.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: metrics %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	peer := []string{"a b c d", "e f"}
	models := [][]string{{"a b x d"}, {"a b c d e f g h"}}
	tests := []struct {
		name   string
		opts   func(o *Options)
		metric string
		want   Result
	}{
		// Model average: hits 3+6 of 4+8 model tokens; 6 peer tokens per model.
		{"ROUGE-1 average", func(o *Options) { o.MaxN = 1 }, "ROUGE-1",
			Result{Metric: "ROUGE-1", Recall: 0.75, Precision: 0.75, F: 0.75, ModelCount: 12, PeerCount: 12, Hits: 9}},
		// Best model: the second recalls 6/8 = 0.75 > 3/4? equal; the first wins ties.
		{"ROUGE-1 best", func(o *Options) { o.MaxN = 1; o.BestModel = true }, "ROUGE-1",
			Result{Metric: "ROUGE-1", Recall: 0.75, Precision: 0.5, F: 0.6, ModelCount: 4, PeerCount: 6, Hits: 3}},
		// Bigrams of the peer run across its sentences: a b, b c, c d, d e, e f.
		{"ROUGE-2", func(o *Options) { o.MaxN = 2 }, "ROUGE-2",
			Result{Metric: "ROUGE-2", Recall: 0.6, Precision: 0.6, F: 0.6, ModelCount: 10, PeerCount: 10, Hits: 6}},
		// LCS per model sentence: "a b d" and "a b c d e f".
		{"ROUGE-L", func(o *Options) {}, "ROUGE-L",
			Result{Metric: "ROUGE-L", Recall: 0.75, Precision: 0.75, F: 0.75, ModelCount: 12, PeerCount: 12, Hits: 9}},
		// Skip-bigrams with gap 0 are bigrams; -u adds all tokens but the
		// last: 3+3 and 7+7 model units, 5+5 peer units per model.
		{"ROUGE-SU0", func(o *Options) { o.Skip, o.SkipGap, o.SkipUnigrams = true, 0, true }, "ROUGE-SU0",
			Result{Metric: "ROUGE-SU0", Recall: 0.65, Precision: 0.65, F: 0.65, ModelCount: 20, PeerCount: 20, Hits: 13}},
	}
	for _, tt := range tests {
		o := DefaultOptions()
		tt.opts(&o)
		scores, err := Score(peer, models, o)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := scores.Get(tt.metric)
		if !ok || got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestScoreErrors(t *testing.T) {
	if _, err := Score([]string{"a"}, nil, DefaultOptions()); err == nil {
		t.Error("Score without models succeeded")
	}
	for _, o := range []Options{{Alpha: 2}, {WordLimit: 1, ByteLimit: 1}, {Counting: 3}, {Weight: -1}} {
		if _, err := Score([]string{"a"}, [][]string{{"a"}}, o); err == nil {
			t.Errorf("Score with %+v succeeded", o)
		}
	}
}

// TestCountingModes checks the layouts of -t 1 (pooled counts, raw counts
// per evaluation) and -t 2 (counts only) on ROUGE-W, whose counts are
// weights: the model's sentences of 11 and 4 words weigh (11^1.2 +
// 4^1.2)^1.2, the peer's 12 words 12^1.2, and the hits are the runs
// "two men", "after" and "bank was": 2·2^1.2 + 1. With -t 1 recall is
// the ratio of the counts, without ROUGE-W's inverse weighting.
func TestCountingModes(t *testing.T) {
	cfg := &Config{Evals: []Eval{{ID: "D1", Format: FormatSPL,
		Peers:  []Summary{{ID: "7", File: "testdata/peer.spl"}},
		Models: []Summary{{ID: "A", File: "testdata/model.spl"}}}}}
	tests := []struct {
		counting int
		want     string
	}{
		{1, `---------------------------------------------
7 ROUGE-W-1.2 Average_R: 0.12961 (95%-conf.int. 0.12961 - 0.12961)
7 ROUGE-W-1.2 Average_P: 0.28364 (95%-conf.int. 0.28364 - 0.28364)
7 ROUGE-W-1.2 Average_F: 0.17792 (95%-conf.int. 0.17792 - 0.17792)
.............................................
7 ROUGE-W-1.2 Eval D1.7 R:43.1663786993968 P:19.7250219542067 F:5.59479341998814
`},
		{2, `---------------------------------------------
7 ROUGE-W-1.2 M_count: 43 P_count: 19 H_count: 5
.............................................
7 ROUGE-W-1.2 Eval D1.7 R:43.1663786993968 P:19.7250219542067 F:5.59479341998814
`},
	}
	for _, tt := range tests {
		o := DefaultOptions()
		o.NoLCS, o.Weight, o.Counting = true, 1.2, tt.counting
		rep, err := Evaluate(context.Background(), cfg, o)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := rep.WriteText(&b, true); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("-t %d:\n%s\nwant\n%s", tt.counting, b.String(), tt.want)
		}
	}
}

func TestEvaluateMissing(t *testing.T) {
	cfg := &Config{Evals: []Eval{{ID: "D1", Peers: []Summary{{ID: "1", File: "testdata/none.spl"}}}}}
	if _, err := Evaluate(context.Background(), cfg, DefaultOptions()); err == nil {
		t.Error("Evaluate with a missing peer file succeeded")
	}
	rep, err := Evaluate(context.Background(), cfg, DefaultOptions(), "9")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], "peer 9") {
		t.Errorf("warnings %q, want one about peer 9", rep.Warnings)
	}
}

func TestDrand48(t *testing.T) {
	// Perl: srand(0); rand(), rand(); srand(7); int(rand(200)) x 3.
	var r drand48
	r.seed(0)
	if a, b := r.next(), r.next(); a != 0.17082803610628972 || b != 0.74990198048496381 {
		t.Errorf("after srand(0): %.17g %.17g", a, b)
	}
	if got := resampleDraws(200, 8)[7*200 : 7*200+3]; !slices.Equal(got, []int32{53, 136, 53}) {
		t.Errorf("draws of resample 7 = %v, want [53 136 53]", got)
	}
}

func TestPowExact(t *testing.T) {
	// Correctly rounded values (checked with 300-bit arithmetic).
	tests := []struct{ x, y, want float64 }{
		{0, 1.2, 0}, {1, 1.2, 1},
		{0.123456789, 1 / 1.2, 0.17495612356473406},
		{12345.678, 1.2, 81248.9831917174},
		{2, 0.5, math.Sqrt2},
	}
	for _, tt := range tests {
		if got := powExact(tt.x, tt.y); got != tt.want {
			t.Errorf("powExact(%g, %g) = %.17g, want %.17g", tt.x, tt.y, got, tt.want)
		}
	}
}

func TestRoundAndOrder(t *testing.T) {
	for _, tt := range []struct{ in, want float64 }{
		{0.015625, 0.01562}, {0.123455, 0.12345}, {2.0 / 3, 0.66667}, {0, 0},
	} {
		if got := round5(tt.in); got != tt.want {
			t.Errorf("round5(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	ids := []string{"10.a", "9.b", "D2.x", "D10.x", "2x.y"}
	slices.SortStableFunc(ids, func(a, b string) int {
		switch {
		case lessEvalID(a, b):
			return -1
		case lessEvalID(b, a):
			return 1
		}
		return 0
	})
	if want := []string{"2x.y", "9.b", "10.a", "D10.x", "D2.x"}; !slices.Equal(ids, want) {
		t.Errorf("order %q, want %q", ids, want)
	}
}
