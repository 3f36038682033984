package summarize

import (
	"sort"
	"strings"

	"storyline/stem"
	"storyline/text"
)

// queryWords are words that questions use to ask rather than to name what
// they ask about ("Describe ... Include information on ...").
var queryWords = map[string]bool{
	"discuss": true, "describe": true, "include": true, "including": true, "information": true,
	"identify": true, "explain": true, "provide": true, "specific": true, "specifically": true,
	"details": true, "detail": true, "regarding": true, "concerning": true, "what": true,
	"who": true, "why": true, "how": true, "when": true, "where": true, "which": true,
	"give": true, "examples": true, "example": true, "aspects": true, "efforts": true,
	"made": true, "taken": true, "been": true, "any": true, "other": true, "others": true,
	"kind": true, "kinds": true, "type": true, "types": true, "also": true, "well": true,
	"their": true, "there": true, "such": true, "various": true, "possible": true,
	"reported": true, "report": true, "reports": true, "account": true, "involved": true,
}

// queryStems returns the stems of the words of a query that name what it
// asks about.
func queryStems(q string) map[string]bool {
	if strings.TrimSpace(q) == "" {
		return nil
	}
	out := map[string]bool{}
	for _, w := range text.Words(q, nil) {
		if len(w) < 2 || !hasAlnum(w) || text.IsStopword(w) || queryWords[w] {
			continue
		}
		out[stem.Porter(w)] = true
	}
	return out
}

// relevance scores each sentence, 0 to 1, by the query words it uses.
// The query is first expanded, as in pseudo relevance feedback, with the
// words that co-occur most with it in the most relevant sentences: a
// story's own words for what the question asks ("wetlands" brings
// "marsh"). words holds each sentence's words, nil for one not counted.
func relevance(words [][]word, query map[string]bool) []float64 {
	weight := make(map[string]float64, len(query)+feedbackTerms)
	for w := range query {
		weight[w] = 1
	}
	stems := make([][]string, len(words))
	for i, ws := range words {
		seen := map[string]bool{}
		for _, w := range ws {
			if !w.stop && !seen[w.stem] {
				seen[w.stem] = true
				stems[i] = append(stems[i], w.stem)
			}
		}
	}
	score := func() []float64 {
		r := make([]float64, len(stems))
		for i, ss := range stems {
			for _, w := range ss {
				r[i] += weight[w]
			}
		}
		return r
	}
	r := score()
	order := make([]int, len(r))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return r[order[a]] > r[order[b]] })
	co := map[string]int{}
	for _, i := range order[:min(feedbackSents, len(order))] {
		if r[i] == 0 {
			break
		}
		for _, w := range stems[i] {
			if !query[w] {
				co[w]++
			}
		}
	}
	var terms []string
	for w, n := range co {
		if n >= 2 {
			terms = append(terms, w)
		}
	}
	sort.Slice(terms, func(a, b int) bool {
		x, y := terms[a], terms[b]
		return co[x] > co[y] || co[x] == co[y] && x < y
	})
	for _, w := range terms[:min(feedbackTerms, len(terms))] {
		weight[w] = feedbackWeight
	}
	r = score()
	for i := range r {
		r[i] = min(1, r[i]/relevanceScale)
	}
	return r
}

// Pseudo relevance feedback takes the feedbackTerms words most frequent
// in the feedbackSents most relevant sentences, each at feedbackWeight of
// a query word.
const (
	feedbackSents  = 20
	feedbackTerms  = 10
	feedbackWeight = 0.5
)

// relevanceScale is the weight of query words that makes a sentence fully
// relevant.
const relevanceScale = 3.0
