package rouge

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"storyline/stem"
)

// Options are ROUGE-1.5.5's scoring options. Start from [DefaultOptions],
// which are ROUGE's defaults; the comments name each field's command-line
// flag.
type Options struct {
	// MaxN computes ROUGE-1 to ROUGE-MaxN (-n); 0 computes none.
	MaxN int
	// NoLCS skips ROUGE-L (-x).
	NoLCS bool
	// Weight computes ROUGE-W with this weight (-w); 0 computes none.
	Weight float64
	// Skip computes skip-bigram co-occurrence (-2 SkipGap): ROUGE-S, or
	// ROUGE-SU with SkipUnigrams. A negative gap is unlimited (ROUGE-S*).
	Skip    bool
	SkipGap int
	// SkipUnigrams counts unigrams with the skip-bigrams (-u).
	SkipUnigrams bool
	// SkipBoth computes both ROUGE-S and ROUGE-SU (-U).
	SkipBoth bool

	// Stem replaces each token longer than three bytes by its base form
	// from Exceptions or else its Porter stem (-m).
	Stem bool
	// Exceptions are WordNet's irregular forms; see [LoadExceptions].
	// NIST's scores need them: without them many a token stems otherwise.
	Exceptions Exceptions
	// RemoveStopwords drops the words of Stopwords before counting (-s).
	RemoveStopwords bool
	// Stopwords replaces ROUGE's list (SMART's) when not nil.
	Stopwords map[string]bool

	// WordLimit keeps only the first WordLimit words of every summary,
	// peer and model alike (-l); ByteLimit the first ByteLimit bytes (-b).
	WordLimit int
	ByteLimit int

	// BestModel scores against the best-matching model only (-f B)
	// instead of averaging over the models (-f A).
	BestModel bool
	// Alpha weighs precision against recall in F (-p): F = 1/(α/P +
	// (1-α)/R); 0.5 is the harmonic mean.
	Alpha float64
	// Counting is -t: 0 averages the scores of evaluations, 1 pools their
	// counts over the whole corpus, 2 reports the pooled counts only.
	Counting int
	// Confidence is the width of the bootstrap interval in percent (-c)
	// and Resamples the number of bootstrap samples (-r).
	Confidence float64
	Resamples  int
}

// DefaultOptions returns ROUGE-1.5.5's defaults: ROUGE-L only, model
// average, α = 0.5, averages over evaluations with 95% intervals from 1000
// resamples.
func DefaultOptions() Options {
	return Options{Alpha: 0.5, Confidence: 95, Resamples: 1000}
}

// NISTOptions returns the options of NIST's DUC evaluations,
// ROUGE-1.5.5.pl -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0,
// with the given exception lists.
func NISTOptions(exc Exceptions) Options {
	o := DefaultOptions()
	o.MaxN, o.Weight = 4, 1.2
	o.Stem, o.Exceptions = true, exc
	o.Skip, o.SkipGap, o.SkipUnigrams = true, 4, true
	return o
}

// validate checks the options as ROUGE does.
func (o *Options) validate() error {
	switch {
	case o.MaxN < 0:
		return fmt.Errorf("rouge options: n-gram size %d is negative", o.MaxN)
	case o.Weight < 0:
		return fmt.Errorf("rouge options: ROUGE-W weight %g must be greater than 0", o.Weight)
	case o.WordLimit > 0 && o.ByteLimit > 0:
		return fmt.Errorf("rouge options: a word limit (%d) and a byte limit (%d) exclude each other", o.WordLimit, o.ByteLimit)
	case o.WordLimit < 0 || o.ByteLimit < 0:
		return fmt.Errorf("rouge options: negative length limit")
	case o.Alpha < 0 || o.Alpha > 1:
		return fmt.Errorf("rouge options: alpha %g is not between 0 and 1", o.Alpha)
	case o.Confidence < 0 || o.Confidence > 100:
		return fmt.Errorf("rouge options: confidence %g is not between 0 and 100", o.Confidence)
	case o.Resamples < 0:
		return fmt.Errorf("rouge options: %d resamples", o.Resamples)
	case o.Counting < 0 || o.Counting > 2:
		return fmt.Errorf("rouge options: counting mode %d is not 0, 1 or 2", o.Counting)
	}
	return nil
}

// metricKind is a family of ROUGE measures.
type metricKind uint8

const (
	kindN metricKind = iota // n-gram co-occurrence
	kindL                   // longest common subsequence
	kindW                   // weighted LCS
	kindS                   // skip-bigrams
)

// metric is one measure as ROUGE names and computes it.
type metric struct {
	name     string
	kind     metricKind
	n        int  // for kindN
	unigrams bool // for kindS: ROUGE-SU
}

// metrics lists the measures of o in ROUGE's order of output.
func (o *Options) metrics() []metric {
	var ms []metric
	for n := 1; n <= o.MaxN; n++ {
		ms = append(ms, metric{name: "ROUGE-" + strconv.Itoa(n), kind: kindN, n: n})
	}
	if !o.NoLCS {
		ms = append(ms, metric{name: "ROUGE-L", kind: kindL})
	}
	if o.Weight > 0 {
		ms = append(ms, metric{name: "ROUGE-W-" + strconv.FormatFloat(o.Weight, 'f', -1, 64), kind: kindW})
	}
	if o.Skip {
		gap := "*"
		if o.SkipGap >= 0 {
			gap = strconv.Itoa(o.SkipGap)
		}
		s := metric{name: "ROUGE-S" + gap, kind: kindS}
		su := metric{name: "ROUGE-SU" + gap, kind: kindS, unigrams: true}
		switch {
		case o.SkipUnigrams:
			ms = append(ms, su)
		case o.SkipBoth:
			ms = append(ms, s, su)
		default:
			ms = append(ms, s)
		}
	}
	return ms
}

// Exceptions maps irregular inflected forms to their base forms, as
// WordNet's exception lists (adj.exc, adv.exc, noun.exc, verb.exc) do.
type Exceptions map[string]string

// LoadExceptions reads WordNet exception lists from dir. Each line is an
// inflected form and its base forms; the first base form counts, and a
// later line overrides an earlier one, as in the database that ROUGE
// builds from the same files.
//
// The lists disagree on a few words ("best" and "better" are "good" in
// adj.exc, "well" in adv.exc), so the order of reading matters. ROUGE read
// the files in directory order; order names the lists ("adv", "adj", ...)
// in the order to read them. Without it all *.exc files are read in name
// order, which gives "well" and reproduces NIST's DUC 2006 scores.
func LoadExceptions(dir string, order ...string) (Exceptions, error) {
	var files []string
	for _, name := range order {
		files = append(files, filepath.Join(dir, name+".exc"))
	}
	if len(order) == 0 {
		var err error
		files, err = filepath.Glob(filepath.Join(dir, "*.exc"))
		if err != nil {
			return nil, fmt.Errorf("read exception lists in %s: %w", dir, err)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("read exception lists: no *.exc file in %s", dir)
		}
		sort.Strings(files)
	}
	exc := Exceptions{}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("read exception list: %w", err)
		}
		err = exc.Read(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read exception list %s: %w", name, err)
		}
	}
	return exc, nil
}

// Read adds the lines of one exception list to e.
func (e Exceptions) Read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 {
			e[f[0]] = f[1]
		}
	}
	return sc.Err()
}

// analyzer turns tokens into the terms that ROUGE counts.
type analyzer struct {
	stem       bool
	exceptions Exceptions
	stop       map[string]bool // nil keeps every token
}

func newAnalyzer(o *Options) *analyzer {
	a := &analyzer{stem: o.Stem, exceptions: o.Exceptions}
	if o.RemoveStopwords {
		a.stop = o.Stopwords
		if a.stop == nil {
			a.stop = defaultStopwords()
		}
	}
	return a
}

// term returns the term of a token, or false when it is a stop word.
func (a *analyzer) term(tok string) (string, bool) {
	if a.stop[tok] {
		return "", false
	}
	if a.stem && len(tok) > 3 {
		if base, ok := a.exceptions[tok]; ok {
			return base, true
		}
		return stem.Porter(tok), true
	}
	return tok, true
}
