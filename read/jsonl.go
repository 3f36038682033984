package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"storyline"
)

// readJSONL reads one article a line: {"id","source","url","title",
// "published","text"}; other fields are kept in Extra. A bad line is
// reported with its number and the good lines are still read.
func readJSONL(name string, data []byte) ([]*storyline.Article, error) {
	var arts []*storyline.Article
	var errs []error
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		a, err := jsonArticle(line)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", n+1, err))
			continue
		}
		if a.ID == "" {
			a.ID = fmt.Sprintf("%s-%d", baseID(name), n+1)
		}
		a.Origin = fmt.Sprintf("%s#%d", name, n+1)
		arts = append(arts, a)
	}
	return arts, joinErrs(errs)
}

// jsonArticle decodes one JSON object into an article.
func jsonArticle(line []byte) (*storyline.Article, error) {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	a := &storyline.Article{}
	str := func(k string) (string, error) {
		v, ok := m[k]
		if !ok || v == nil {
			return "", nil
		}
		delete(m, k)
		switch x := v.(type) {
		case string:
			return x, nil
		case json.Number:
			return x.String(), nil
		}
		return "", fmt.Errorf("field %q is %T, want a string", k, v)
	}
	var err error
	if a.ID, err = str("id"); err != nil {
		return nil, err
	}
	if a.Source, err = str("source"); err != nil {
		return nil, err
	}
	if a.URL, err = str("url"); err != nil {
		return nil, err
	}
	if a.Title, err = str("title"); err != nil {
		return nil, err
	}
	if a.Body, err = str("text"); err != nil {
		return nil, err
	}
	pub, err := str("published")
	if err != nil {
		return nil, err
	}
	if pub != "" {
		t, err := ParseTime(pub)
		if err != nil {
			return nil, fmt.Errorf("field \"published\": %w", err)
		}
		a.Published = t
	}
	if strings.TrimSpace(a.Body) == "" {
		return nil, errors.New(`no "text"`)
	}
	if len(m) > 0 {
		a.Extra = m
	}
	return a, nil
}

// timeLayouts are the date forms found in news metadata.
var timeLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", time.RFC1123Z, time.RFC1123, time.RFC822Z,
	time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700", "January 2, 2006", "2 January 2006",
	"01/02/2006 15:04:05", "01/02/2006", "2006/01/02",
}

// ParseTime reads a publication date in any of the common metadata forms.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}

func joinErrs(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}
