package read

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"storyline"
)

// ducSources names the outlets of the newswire collections by DOCNO prefix.
var ducSources = map[string]string{
	"APW": "Associated Press", "NYT": "New York Times", "XIE": "Xinhua",
	"AFP": "Agence France-Presse", "LTW": "Los Angeles Times/Washington Post",
	"FBIS": "FBIS", "FT": "Financial Times", "LA": "Los Angeles Times",
	"WSJ": "Wall Street Journal", "SJMN": "San Jose Mercury News", "AP": "Associated Press",
	"XIN": "Xinhua", "CNA": "Central News Agency",
}

// readDUC reads the SGML of the DUC/TREC newswire collections: one or more
// <DOC> with DOCNO, DATE_TIME, HEADLINE and TEXT (with or without <P>).
func readDUC(name string, data []byte) ([]*storyline.Article, error) {
	docs := ducDocs(data)
	if len(docs) == 0 {
		return nil, errors.New("no <DOC>...</DOC> element in SGML input")
	}
	var arts []*storyline.Article
	var errs []error
	for i, d := range docs {
		doc := string(d)
		a := &storyline.Article{Origin: name}
		a.ID = strings.TrimSpace(sgmlField(doc, "DOCNO"))
		if a.ID == "" {
			a.ID = fmt.Sprintf("%s-%d", baseID(name), i+1)
		}
		a.Title = strings.Join(strings.Fields(sgmlText(sgmlField(doc, "HEADLINE"))), " ")
		if dt := strings.TrimSpace(sgmlField(doc, "DATE_TIME")); dt != "" {
			if t, err := ParseTime(dt); err == nil {
				a.Published = t
			}
		}
		if a.Published.IsZero() {
			a.Published = docnoDate(a.ID)
		}
		a.Source = ducSource(a.ID)
		text := sgmlField(doc, "TEXT")
		if strings.TrimSpace(text) == "" {
			errs = append(errs, fmt.Errorf("DOC %s: no <TEXT>", a.ID))
			continue
		}
		a.Body = ducParagraphs(text)
		arts = append(arts, a)
	}
	return arts, joinErrs(errs)
}

// ducParagraphs turns a TEXT element into paragraphs separated by blank
// lines, keeping the wire's hard line breaks inside them for cleaning to
// join. Without <P>, an indented line starts a paragraph.
func ducParagraphs(text string) string {
	var paras []string
	if strings.Contains(text, "<P>") {
		for _, p := range strings.Split(text, "<P>") {
			p = strings.TrimSpace(sgmlText(p))
			if p != "" {
				paras = append(paras, p)
			}
		}
	} else {
		var cur []string
		flush := func() {
			if len(cur) > 0 {
				paras = append(paras, strings.Join(cur, "\n"))
				cur = cur[:0]
			}
		}
		for _, line := range strings.Split(sgmlText(text), "\n") {
			if strings.TrimSpace(line) == "" {
				flush()
				continue
			}
			if line[0] == ' ' || line[0] == '\t' {
				flush()
			}
			cur = append(cur, strings.TrimSpace(line))
		}
		flush()
	}
	for i, p := range paras {
		lines := strings.Split(p, "\n")
		for j, l := range lines {
			lines[j] = strings.TrimSpace(l)
		}
		paras[i] = strings.Join(lines, "\n")
	}
	return strings.Join(paras, "\n\n")
}

// ducDocs returns the contents of every <DOC> element.
func ducDocs(data []byte) [][]byte {
	var docs [][]byte
	open, close := []byte("<DOC>"), []byte("</DOC>")
	for {
		i := bytes.Index(data, open)
		if i < 0 {
			return docs
		}
		data = data[i+len(open):]
		j := bytes.Index(data, close)
		if j < 0 {
			return docs
		}
		docs = append(docs, data[:j])
		data = data[j+len(close):]
	}
}

func sgmlField(doc, tag string) string {
	open := "<" + tag + ">"
	i := strings.Index(doc, open)
	if i < 0 {
		return ""
	}
	rest := doc[i+len(open):]
	if j := strings.Index(rest, "</"+tag+">"); j >= 0 {
		return rest[:j]
	}
	return rest
}

// sgmlText removes tags and the wire's control entities (&HT;, &QL;) and
// decodes the XML ones, in one pass.
func sgmlText(s string) string {
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '<' && i+1 < len(s) && (s[i+1] == '/' || s[i+1] >= 'A' && s[i+1] <= 'Z'):
			if end := strings.IndexByte(s[i:], '>'); end > 0 {
				i += end + 1
				continue
			}
		case c == '&':
			if end := strings.IndexByte(s[i:], ';'); end > 1 && end < 12 && isEntityName(s[i+1:i+end]) {
				b.WriteString(entity(s[i : i+end+1]))
				i += end + 1
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

func isEntityName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' && i > 0) {
			return false
		}
	}
	return true
}

// entity decodes the XML entities; the wire's own (&HT;, &QL;) carry no text.
func entity(e string) string {
	switch e {
	case "&amp;", "&AMP;":
		return "&"
	case "&lt;", "&LT;":
		return "<"
	case "&gt;", "&GT;":
		return ">"
	case "&quot;":
		return `"`
	case "&apos;":
		return "'"
	}
	return ""
}

// ducSource names the outlet from the letters that start a DOCNO.
func ducSource(docno string) string {
	p := ducPrefix(docno)
	if s, ok := ducSources[p]; ok {
		return s
	}
	return p
}

func ducPrefix(docno string) string {
	i := 0
	for i < len(docno) && (docno[i] >= 'A' && docno[i] <= 'Z') {
		i++
	}
	return docno[:i]
}

// docnoDate reads the date that newswire DOCNOs carry (APW19990707.0181).
func docnoDate(docno string) time.Time {
	rest := docno[len(ducPrefix(docno)):]
	if len(rest) >= 8 {
		if t, err := time.Parse("20060102", rest[:8]); err == nil {
			return t
		}
	}
	return time.Time{}
}
