package read

import (
	"strings"
	"unicode"

	"storyline"
)

// readText reads a plain-text article. A short first line followed by a
// blank line (or, in a file with no blank lines at all, a short first line
// without a full stop) is the title. Navigation crumbs before it are skipped
// when looking for the title; cleaning drops them from the text.
func readText(name string, data []byte) ([]*storyline.Article, error) {
	body := strings.TrimPrefix(string(data), "\ufeff")
	a := &storyline.Article{ID: baseID(name), Origin: name, Body: body}
	a.Title = textTitle(body)
	return []*storyline.Article{a}, nil
}

// textTitle finds the title of a plain-text article, or "".
func textTitle(body string) string {
	lines := strings.Split(body, "\n")
	hasBlank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			hasBlank = true
			break
		}
	}
	for i := 0; i < len(lines) && i < 6; i++ {
		l := strings.TrimSpace(strings.ReplaceAll(lines[i], "\u00a0", " "))
		if l == "" || IsCrumb(l) {
			continue
		}
		next := ""
		if i+1 < len(lines) {
			next = strings.TrimSpace(lines[i+1])
		}
		words := len(strings.Fields(l))
		if words == 0 || words > 25 || len(l) > 200 {
			return ""
		}
		if strings.HasSuffix(l, ".") && !strings.HasSuffix(l, "..") {
			return ""
		}
		if next == "" || !hasBlank {
			return l
		}
		return ""
	}
	return ""
}

// IsCrumb reports a navigation breadcrumb such as "Home / World / Asia" or
// "News > Politics": short parts joined by path separators, no sentence.
func IsCrumb(line string) bool {
	l := strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
	for _, sep := range []string{" / ", " > ", " » ", " › ", " | "} {
		parts := strings.Split(l, sep)
		if len(parts) < 2 {
			continue
		}
		first := strings.TrimSpace(parts[0])
		if len(parts) >= 3 || strings.EqualFold(first, "home") || strings.EqualFold(first, "news") {
			short := 0
			for _, p := range parts[:len(parts)-1] {
				if n := len(strings.Fields(p)); n >= 1 && n <= 4 && startsUpper(strings.TrimSpace(p)) {
					short++
				}
			}
			if short == len(parts)-1 && !strings.HasSuffix(l, ".") {
				return true
			}
		}
	}
	return false
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}
