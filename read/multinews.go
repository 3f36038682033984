package read

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"storyline"
)

// multiNewsSep joins the documents of one Multi-News cluster in the
// dataset's source files; NEWLINE_CHAR stands for a line break there.
const multiNewsSep = "|||||"

// readMultiNewsText reads Multi-News source text: one cluster a line, its
// documents joined by "|||||". Each document becomes an article whose
// Extra["cluster"] names its line.
func readMultiNewsText(name string, data []byte) ([]*storyline.Article, error) {
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return readMultiNewsJSONL(name, data)
	}
	var arts []*storyline.Article
	lines := strings.Split(string(data), "\n")
	for ln, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		cluster := fmt.Sprintf("%s-%d", baseID(name), ln+1)
		if len(lines) == 1 || (len(lines) == 2 && strings.TrimSpace(lines[1]) == "") {
			cluster = baseID(name)
		}
		for i, doc := range strings.Split(line, multiNewsSep) {
			doc = strings.ReplaceAll(doc, "NEWLINE_CHAR", "\n")
			if strings.TrimSpace(doc) == "" {
				continue
			}
			arts = append(arts, &storyline.Article{
				ID: fmt.Sprintf("%s-%d", cluster, i+1), Origin: fmt.Sprintf("%s#%d", name, ln+1),
				Body: strings.TrimSpace(doc), Extra: map[string]any{"cluster": cluster},
			})
		}
	}
	return arts, nil
}

// readMultiNewsJSONL reads {"id","documents":[...],"summary"} a line; the
// reference summary is kept in Extra["summary"] of each article.
func readMultiNewsJSONL(name string, data []byte) ([]*storyline.Article, error) {
	var arts []*storyline.Article
	var errs []error
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var rec struct {
			ID        json.RawMessage `json:"id"`
			Documents []string        `json:"documents"`
			Summary   string          `json:"summary"`
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", n+1, err))
			continue
		}
		cluster := strings.Trim(string(rec.ID), `"`)
		if cluster == "" {
			cluster = fmt.Sprintf("%s-%d", baseID(name), n+1)
		}
		if len(rec.Documents) == 0 {
			errs = append(errs, fmt.Errorf("line %d: no \"documents\"", n+1))
			continue
		}
		for i, doc := range rec.Documents {
			if strings.TrimSpace(doc) == "" {
				continue
			}
			extra := map[string]any{"cluster": cluster}
			if rec.Summary != "" {
				extra["summary"] = rec.Summary
			}
			arts = append(arts, &storyline.Article{
				ID: fmt.Sprintf("%s-%d", cluster, i+1), Origin: fmt.Sprintf("%s#%d", name, n+1),
				Body: strings.TrimSpace(doc), Extra: extra,
			})
		}
	}
	return arts, joinErrs(errs)
}
