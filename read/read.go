// Package read turns inputs in the formats news arrives in into articles:
// plain text, HTML pages, JSON Lines, RSS/Atom feeds, DUC SGML and
// Multi-News. A format is detected from the name and the first bytes of an
// input and can be forced with Options.Format.
//
// Readers only read: an Article's Body is the text as found (for HTML, the
// main text that extraction finds), and cleaning is left to package clean.
package read

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"storyline"
	"storyline/internal/par"
)

// Format names an input format.
type Format string

// The formats Storyline reads. The zero Format means "detect".
const (
	Auto      Format = ""
	Text      Format = "text"
	HTMLPage  Format = "html"
	JSONL     Format = "jsonl"
	Feed      Format = "feed"
	DUC       Format = "duc"
	MultiNews Format = "multinews"
)

// Formats lists the formats that can be named with --input-format.
var Formats = []Format{Text, HTMLPage, JSONL, Feed, DUC, MultiNews}

// ParseFormat checks a format name given by a user.
func ParseFormat(s string) (Format, error) {
	if s == "" || s == "auto" {
		return Auto, nil
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return Auto, fmt.Errorf("unknown input format %q (want auto, text, html, jsonl, feed, duc or multinews)", s)
}

// DefaultMaxBytes caps one input: a news article is kilobytes, so an input of
// many megabytes is almost surely not one.
const DefaultMaxBytes = 32 << 20

// Options control reading. The zero value detects formats and applies
// DefaultMaxBytes.
type Options struct {
	// Format forces a format for every input; Auto detects it.
	Format Format
	// MaxBytes caps one input (a file or standard input); 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// Logger receives warnings (repaired encodings, skipped files); nil
	// discards them.
	Logger *slog.Logger
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Sentinel errors, wrapped in an *InputError that names the input.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("input too large")
)

// InputError is an error about one input; reading goes on with the others.
type InputError struct {
	Input string
	Err   error
}

func (e *InputError) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Paths reads every path (a file, a folder read recursively, or "-" for
// stdin) and returns the articles read and one error for each input that
// could not be read. A bad input never stops the others.
func Paths(ctx context.Context, paths []string, stdin io.Reader, opts Options) ([]*storyline.Article, []error) {
	var arts []*storyline.Article
	var errs []error
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		if p == "-" {
			a, err := Reader(ctx, "-", stdin, opts)
			arts = append(arts, a...)
			if err != nil {
				errs = append(errs, err)
			}
			continue
		}
		a, e := Path(ctx, p, opts)
		arts = append(arts, a...)
		errs = append(errs, e...)
	}
	return arts, uniqueIDs(arts, errs)
}

// uniqueIDs makes article IDs unique across inputs by suffixing repeats,
// because IDs name articles in a brief.
func uniqueIDs(arts []*storyline.Article, errs []error) []error {
	seen := make(map[string]int, len(arts))
	for _, a := range arts {
		n := seen[a.ID]
		seen[a.ID] = n + 1
		if n > 0 {
			a.ID = fmt.Sprintf("%s-%d", a.ID, n+1)
		}
	}
	return errs
}

// Path reads one file or every file below a folder, in name order. Hidden
// files and files named like documentation (README, EXPECTED.md, ...) in a
// folder are skipped; a file named explicitly is always read.
func Path(ctx context.Context, path string, opts Options) ([]*storyline.Article, []error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, []error{&InputError{path, errors.Unwrap(err)}}
	}
	if !st.IsDir() {
		a, err := File(ctx, path, opts)
		if err != nil {
			return a, []error{err}
		}
		return a, nil
	}
	var files []string
	var errs []error
	walkErr := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &InputError{p, errors.Unwrap(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != path && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() && (name == "testdata" && p != path) {
			return fs.SkipDir
		}
		if !d.IsDir() && !skipInFolder(name) {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil {
		errs = append(errs, &InputError{path, walkErr})
	}
	sort.Strings(files)
	// Files are read on every core and gathered in name order.
	type result struct {
		arts []*storyline.Article
		err  error
	}
	res := make([]result, len(files))
	par.Each(len(files), func(i int) {
		if err := ctx.Err(); err != nil {
			res[i].err = err
			return
		}
		res[i].arts, res[i].err = File(ctx, files[i], opts)
	})
	var arts []*storyline.Article
	for _, r := range res {
		arts = append(arts, r.arts...)
		if r.err != nil {
			errs = append(errs, r.err)
			if errors.Is(r.err, context.Canceled) || errors.Is(r.err, context.DeadlineExceeded) {
				break
			}
		}
	}
	if len(files) == 0 && len(errs) == 0 {
		errs = append(errs, &InputError{path, errors.New("folder holds no articles")})
	}
	return arts, errs
}

// skipInFolder reports files in a folder that are not articles: notes and
// answer keys that sit beside them.
func skipInFolder(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "EXPECTED", "LICENSE", "LICENCE", "NOTES", "MANIFEST":
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".go", ".png", ".jpg", ".jpeg", ".gif", ".pdf", ".tsv", ".csv":
		return true
	}
	return false
}

// File reads one file.
func File(ctx context.Context, path string, opts Options) ([]*storyline.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &InputError{path, err}
	}
	defer f.Close()
	size := int64(512)
	if st, err := f.Stat(); err == nil {
		if st.Size() > opts.maxBytes() {
			return nil, &InputError{path, fmt.Errorf("%w: %d bytes, the limit is %d (raise it with --max-bytes)", ErrTooLarge, st.Size(), opts.maxBytes())}
		}
		size = max(size, st.Size())
	}
	return readSized(ctx, path, f, size, opts)
}

// Reader reads one input from r; name is used for IDs and messages.
func Reader(ctx context.Context, name string, r io.Reader, opts Options) ([]*storyline.Article, error) {
	return readSized(ctx, name, r, 512, opts)
}

// readSized is Reader with a guess of the input's size, so that a file is
// read into one buffer of its size rather than one grown by doubling.
func readSized(ctx context.Context, name string, r io.Reader, size int64, opts Options) ([]*storyline.Article, error) {
	max := opts.maxBytes()
	// ReadFrom wants MinRead bytes free before each read, EOF included.
	buf := bytes.NewBuffer(make([]byte, 0, min(size, max)+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, max+1))
	data := buf.Bytes()
	if err != nil {
		return nil, &InputError{name, err}
	}
	if int64(len(data)) > max {
		return nil, &InputError{name, fmt.Errorf("%w: more than %d bytes (raise the limit with --max-bytes)", ErrTooLarge, max)}
	}
	arts, err := Bytes(ctx, name, data, opts)
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) {
			err = &InputError{name, err}
		}
	}
	return arts, err
}

// Bytes reads one input held in memory.
func Bytes(ctx context.Context, name string, data []byte, opts Options) ([]*storyline.Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	format := opts.Format
	if format == Auto {
		format = Detect(name, data)
	}
	if format != HTMLPage && !isGzip(data) {
		if looksBinary(data) {
			return nil, ErrBinary
		}
		if !utf8.Valid(data) {
			// Old newswire and web archives are often Windows-1252; decoding it
			// keeps the article instead of refusing it.
			fixed, err := charmap.Windows1252.NewDecoder().Bytes(data)
			if err != nil {
				return nil, fmt.Errorf("not valid UTF-8, nor Windows-1252: %w", err)
			}
			opts.logger().Warn("input is not valid UTF-8; read as Windows-1252", "input", name)
			data = fixed
		}
	}
	switch format {
	case HTMLPage:
		a, err := HTML(ctx, name, bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		return []*storyline.Article{a}, nil
	case JSONL:
		return readJSONL(name, data)
	case Feed:
		return readFeed(ctx, name, data)
	case DUC:
		return readDUC(name, data)
	case MultiNews:
		return readMultiNewsText(name, data)
	default:
		return readText(name, data)
	}
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// looksBinary reports data that is not text: NUL bytes or many control
// characters in the first kilobytes.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(b)
}

// Detect guesses the format of an input from its name and first bytes.
func Detect(name string, data []byte) Format {
	if isGzip(data) {
		return HTMLPage
	}
	lower := strings.ToLower(name)
	switch filepath.Ext(strings.TrimSuffix(lower, ".gz")) {
	case ".html", ".htm", ".xhtml":
		return HTMLPage
	case ".jsonl", ".ndjson":
		if bytes.Contains(head(data, 4096), []byte(`"documents"`)) {
			return MultiNews
		}
		return JSONL
	case ".rss", ".atom":
		return Feed
	case ".sgml", ".sgm":
		return DUC
	}
	h := bytes.TrimLeft(head(data, 4096), " \t\r\n\ufeff")
	hl := bytes.ToLower(h)
	switch {
	case bytes.HasPrefix(h, []byte("<DOC>")) || bytes.HasPrefix(h, []byte("<DOC ")):
		return DUC
	case bytes.Contains(hl, []byte("<rss")) || bytes.Contains(hl, []byte("<feed")) || bytes.Contains(hl, []byte("<rdf:rdf")):
		return Feed
	case bytes.HasPrefix(hl, []byte("<!doctype html")) || bytes.HasPrefix(hl, []byte("<html")) ||
		bytes.Contains(hl, []byte("<body")) || bytes.Contains(hl, []byte("<head")):
		return HTMLPage
	case bytes.HasPrefix(h, []byte("{")):
		if bytes.Contains(h, []byte(`"documents"`)) {
			return MultiNews
		}
		return JSONL
	case bytes.Contains(data, []byte("|||||")):
		return MultiNews
	}
	return Text
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// baseID is the stable ID of an article read from a file: its name without
// directory and extension (".html.gz" counts as one; a numeric suffix such
// as a DOCNO's ".0181" is not an extension).
func baseID(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	b := filepath.Base(name)
	b = strings.TrimSuffix(b, ".gz")
	if ext := filepath.Ext(b); len(ext) > 1 && len(ext) < len(b) && isLetters(ext[1:]) {
		b = b[:len(b)-len(ext)]
	}
	return b
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
