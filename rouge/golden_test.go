package rouge

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The official outputs of NIST's ROUGE-1.5.5 runs, in ../shared.
const (
	sharedEval    = "../../shared/eval"
	ducRouge      = sharedEval + "/duc2006/rouge"
	goldenDir     = sharedEval + "/rouge-golden"
	exceptionsDir = goldenDir + "/WordNet-2.0-Exceptions"
)

// goldenCase is one official ROUGE run to reproduce.
type goldenCase struct {
	name   string
	config string // configuration file
	root   string // replaces @ROOT@; empty: set the roots to ducRouge/peers and models
	want   string // official output
	opts   func(Options) Options
	// excOrder is the order in which ROUGE read the exception lists.
	excOrder []string
}

// goldenOrder is the order of the exception lists behind the outputs in
// rouge-golden, which map "best" and "better" to "good"; NIST's own run
// read them in name order and maps them to "well".
var goldenOrder = []string{"adv", "adj", "noun", "verb"}

var goldenCases = []goldenCase{
	{
		name: "jackknife", config: ducRouge + "/rougejk.in", want: ducRouge + "/rougejk.m.out",
		opts: func(o Options) Options { return o },
	},
	{
		name: "l100", config: goldenDir + "/duc2006-5peers.in", root: sharedEval + "/duc2006/rouge",
		want:     goldenDir + "/duc2006-5peers.l100.out",
		opts:     func(o Options) Options { o.WordLimit = 100; return o },
		excOrder: goldenOrder,
	},
	{
		name: "b665", config: goldenDir + "/duc2006-5peers.in", root: sharedEval + "/duc2006/rouge",
		want:     goldenDir + "/duc2006-5peers.b665.out",
		opts:     func(o Options) Options { o.MaxN, o.Weight, o.ByteLimit = 2, 0, 665; return o },
		excOrder: goldenOrder,
	},
}

// loadGolden reads a case's configuration and NIST's options, or skips.
func loadGolden(tb testing.TB, c goldenCase) (*Config, Options) {
	tb.Helper()
	exc, err := LoadExceptions(exceptionsDir, c.excOrder...)
	if err != nil {
		tb.Skipf("../shared not found: %v", err)
	}
	f, err := os.Open(c.config)
	if err != nil {
		tb.Skipf("../shared not found: %v", err)
	}
	defer f.Close()
	cfg, err := ParseConfig(f)
	if err != nil {
		tb.Fatal(err)
	}
	if c.root != "" {
		cfg.ReplaceInRoots("@ROOT@", c.root)
	} else {
		cfg.SetRoots(ducRouge+"/peers", ducRouge+"/models")
	}
	return cfg, c.opts(NISTOptions(exc))
}

// TestGolden reproduces NIST's official ROUGE-1.5.5 outputs: every line
// but the confidence bounds must be equal, and the bounds within 0.005.
func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			cfg, opts := loadGolden(t, c)
			want, err := os.ReadFile(c.want)
			if err != nil {
				t.Skipf("../shared not found: %v", err)
			}
			rep, err := Evaluate(context.Background(), cfg, opts)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := rep.WriteText(&got, true); err != nil {
				t.Fatal(err)
			}
			exact, close, diffs := compareOutputs(got.String(), string(want))
			t.Logf("%s: %d lines identical, %d equal but for confidence bounds within 0.005", filepath.Base(c.want), exact, close)
			for i, d := range diffs {
				if i == 20 {
					t.Errorf("... %d differences in all", len(diffs))
					break
				}
				t.Error(d)
			}
		})
	}
}

// compareOutputs compares ROUGE outputs line by line. It counts identical
// lines and average lines whose confidence bounds differ by at most 0.005,
// and describes every other difference.
func compareOutputs(got, want string) (exact, close int, diffs []string) {
	g, w := lines(got), lines(want)
	if len(g) != len(w) {
		diffs = append(diffs, fmt.Sprintf("%d lines, want %d", len(g), len(w)))
	}
	for i := range min(len(g), len(w)) {
		switch {
		case g[i] == w[i]:
			exact++
		case boundsClose(g[i], w[i]):
			close++
		default:
			diffs = append(diffs, fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g[i], w[i]))
		}
	}
	return exact, close, diffs
}

func lines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// boundsClose reports whether two Average lines are equal up to the
// interval "(95%-conf.int. L - U)", whose bounds differ by at most 0.005.
func boundsClose(a, b string) bool {
	ia, ib := strings.Index(a, "-conf.int. "), strings.Index(b, "-conf.int. ")
	if ia < 0 || ia != ib || a[:ia] != b[:ib] {
		return false
	}
	fa, fb := strings.Fields(strings.TrimSuffix(a[ia:], ")")), strings.Fields(strings.TrimSuffix(b[ib:], ")"))
	if len(fa) != 4 || len(fb) != 4 {
		return false
	}
	for _, k := range []int{1, 3} {
		x, err1 := strconv.ParseFloat(fa[k], 64)
		y, err2 := strconv.ParseFloat(fb[k], 64)
		if err1 != nil || err2 != nil || math.Abs(x-y) > 0.005+1e-9 {
			return false
		}
	}
	return true
}
