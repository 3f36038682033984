package http

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	nethttp "net/http"
	"regexp"
	"strconv"

	"storyline/ingest"
	"storyline/read"
	"storyline/sqlite"
)

// Paging bounds.
const (
	defaultLimit = 20
	maxLimit     = 200
)

// page reads ?limit= and ?offset=.
func page(r *nethttp.Request) (limit, offset int, err error) {
	limit, offset = defaultLimit, 0
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > maxLimit {
			return 0, 0, fmt.Errorf("limit %q: want a number from 1 to %d", v, maxLimit)
		}
	}
	if v := q.Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, fmt.Errorf("offset %q: want a number from 0", v)
		}
	}
	return limit, offset, nil
}

// storyQuery reads the query of a story list.
func storyQuery(r *nethttp.Request) (sqlite.StoryQuery, error) {
	limit, offset, err := page(r)
	if err != nil {
		return sqlite.StoryQuery{}, err
	}
	q := sqlite.StoryQuery{Sort: r.URL.Query().Get("sort"), Search: r.URL.Query().Get("q"), Limit: limit, Offset: offset}
	if q.Sort != "" && q.Sort != "new" && q.Sort != "covered" {
		return q, fmt.Errorf("sort %q: want new or covered", q.Sort)
	}
	if len(q.Search) > 200 {
		return q, fmt.Errorf("q is %d bytes long: at most 200", len(q.Search))
	}
	return q, nil
}

// storyList is the answer of GET /api/stories.
type storyList struct {
	Total   int            `json:"total"`
	Limit   int            `json:"limit"`
	Offset  int            `json:"offset"`
	Stories []sqlite.Story `json:"stories"`
}

func (s *Server) apiStories(w nethttp.ResponseWriter, r *nethttp.Request) {
	q, err := storyQuery(r)
	if err != nil {
		s.fail(w, nethttp.StatusBadRequest, err.Error())
		return
	}
	list, total, err := s.store.Stories(r.Context(), q)
	if err != nil {
		s.internal(w, err)
		return
	}
	s.json(w, nethttp.StatusOK, storyList{Total: total, Limit: q.Limit, Offset: q.Offset, Stories: list})
}

// storyAnswer is the answer of GET /api/stories/{id}: the story, and its
// brief exactly as `storyline brief --format json` writes it.
type storyAnswer struct {
	Story sqlite.Story    `json:"story"`
	Brief json.RawMessage `json:"brief"`
}

// storyID reads the {id} of a story path, answering 404 when it is not a
// story number.
func (s *Server) storyID(w nethttp.ResponseWriter, r *nethttp.Request) (int, bool) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || id < 1 {
		s.fail(w, nethttp.StatusNotFound, fmt.Sprintf("no story %q: story ids are numbers from 1", r.PathValue("id")))
		return 0, false
	}
	return id, true
}

func (s *Server) apiStory(w nethttp.ResponseWriter, r *nethttp.Request) {
	id, ok := s.storyID(w, r)
	if !ok {
		return
	}
	st, b, err := s.store.Story(r.Context(), id)
	if errors.Is(err, sqlite.ErrNotFound) {
		s.fail(w, nethttp.StatusNotFound, fmt.Sprintf("no story %d", id))
		return
	}
	if err != nil {
		s.internal(w, err)
		return
	}
	if len(b) == 0 {
		b = []byte("null")
	}
	s.json(w, nethttp.StatusOK, storyAnswer{Story: st, Brief: b})
}

// articleList is the answer of GET /api/articles.
type articleList struct {
	Limit    int              `json:"limit"`
	Offset   int              `json:"offset"`
	Articles []sqlite.Article `json:"articles"`
}

func (s *Server) apiArticles(w nethttp.ResponseWriter, r *nethttp.Request) {
	limit, offset, err := page(r)
	if err != nil {
		s.fail(w, nethttp.StatusBadRequest, err.Error())
		return
	}
	q := sqlite.ArticleQuery{Limit: limit, Offset: offset}
	if v := r.URL.Query().Get("story"); v != "" {
		if q.Story, err = strconv.Atoi(v); err != nil || q.Story < 1 {
			s.fail(w, nethttp.StatusBadRequest, fmt.Sprintf("story %q: want a story id", v))
			return
		}
	}
	arts, err := s.store.Articles(r.Context(), q)
	if err != nil {
		s.internal(w, err)
		return
	}
	s.json(w, nethttp.StatusOK, articleList{Limit: limit, Offset: offset, Articles: arts})
}

// validID is what an id given with ?id= may hold.
var validID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$`)

// formats maps the media types of an upload to a format.
var formats = map[string]read.Format{
	"text/html":             read.HTMLPage,
	"application/xhtml+xml": read.HTMLPage,
	"text/plain":            read.Text,
	"application/json":      read.JSONL,
	"application/x-ndjson":  read.JSONL,
}

// exts name the formats of an upload, so that an article id never loses a
// part taken for an extension.
var exts = map[read.Format]string{read.HTMLPage: ".html", read.Text: ".txt", read.JSONL: ".json"}

// postArticle adds one uploaded article: 201 with its id and story, 200
// when it was stored before, 400 with a reason when it is not an article
// Storyline can read, 413 when it is too large.
func (s *Server) postArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	data, ok := s.body(w, r)
	if !ok {
		return
	}
	if u := r.URL.Query().Get("url"); u != "" {
		s.postURL(w, r, u)
		return
	}
	format := read.Auto
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			s.fail(w, nethttp.StatusBadRequest, fmt.Sprintf("Content-Type %q: %v", ct, err))
			return
		}
		format = formats[mt]
	}
	name := ingest.ID("up-", data)
	if id := r.URL.Query().Get("id"); id != "" {
		if !validID.MatchString(id) {
			s.fail(w, nethttp.StatusBadRequest, fmt.Sprintf("id %q: want letters, digits, '.', '_' or '-', at most 100", id))
			return
		}
		name = id
	}
	if format == read.Auto {
		format = read.Detect("", data)
	}
	res, err := s.desk.AddBytes(r.Context(), name+exts[format], data, format)
	s.placed(w, res, err)
}

// postURL fetches the page at u and adds its article.
func (s *Server) postURL(w nethttp.ResponseWriter, r *nethttp.Request, u string) {
	if s.opts.Fetcher == nil {
		s.fail(w, nethttp.StatusBadRequest, "this desk does not fetch pages: upload the article instead")
		return
	}
	a, err := s.opts.Fetcher.Article(r.Context(), u)
	switch {
	case errors.Is(err, ingest.ErrForbiddenAddress) || errors.Is(err, ingest.ErrBadInput):
		s.metrics.rejected.Add(1)
		s.fail(w, nethttp.StatusBadRequest, err.Error())
		return
	case err != nil:
		s.fail(w, nethttp.StatusBadGateway, err.Error())
		return
	}
	res, err := s.desk.Add(r.Context(), a)
	s.placed(w, res, err)
}

// placed answers an article added: 201, 200 when it was stored before,
// 400 when it was refused.
func (s *Server) placed(w nethttp.ResponseWriter, res ingest.Result, err error) {
	switch {
	case errors.Is(err, ingest.ErrBadInput):
		s.metrics.rejected.Add(1)
		s.fail(w, nethttp.StatusBadRequest, err.Error())
		return
	case err != nil:
		s.internal(w, err)
		return
	}
	w.Header().Set("Location", fmt.Sprintf("/api/stories/%d", res.Story))
	code := nethttp.StatusCreated
	if res.Known {
		code = nethttp.StatusOK
	}
	s.json(w, code, res)
}

// body reads a request body up to the cap, answering 413 above it.
func (s *Server) body(w nethttp.ResponseWriter, r *nethttp.Request) ([]byte, bool) {
	data, err := io.ReadAll(nethttp.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	var tooBig *nethttp.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.fail(w, nethttp.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", s.opts.MaxBody))
		return nil, false
	case err != nil:
		s.fail(w, nethttp.StatusBadRequest, fmt.Sprintf("reading body: %v", err))
		return nil, false
	}
	return data, true
}

func (s *Server) apiFeeds(w nethttp.ResponseWriter, r *nethttp.Request) {
	feeds, err := s.store.Feeds(r.Context())
	if err != nil {
		s.internal(w, err)
		return
	}
	s.json(w, nethttp.StatusOK, map[string]any{"feeds": feeds})
}

// postFeed adds a feed: {"url": "https://..."}.
func (s *Server) postFeed(w nethttp.ResponseWriter, r *nethttp.Request) {
	data, ok := s.body(w, r)
	if !ok {
		return
	}
	var in struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(data, &in); err != nil {
		s.fail(w, nethttp.StatusBadRequest, fmt.Sprintf(`want {"url": "https://..."}: %v`, err))
		return
	}
	u, err := ingest.CheckURL(in.URL)
	if err != nil {
		s.fail(w, nethttp.StatusBadRequest, err.Error())
		return
	}
	added, err := s.store.AddFeed(r.Context(), u.String())
	if err != nil {
		s.internal(w, err)
		return
	}
	f, err := s.store.Feed(r.Context(), u.String())
	if err != nil {
		s.internal(w, err)
		return
	}
	code := nethttp.StatusOK
	if added {
		code = nethttp.StatusCreated
	}
	s.json(w, code, f)
}

func (s *Server) healthz(w nethttp.ResponseWriter, r *nethttp.Request) {
	if err := s.store.Ping(r.Context()); err != nil {
		s.fail(w, nethttp.StatusServiceUnavailable, "store: "+err.Error())
		return
	}
	s.json(w, nethttp.StatusOK, map[string]string{"status": "ok"})
}

// internal answers 500 and logs the cause, which may name files.
func (s *Server) internal(w nethttp.ResponseWriter, err error) {
	s.log.Error("request failed", "err", err)
	s.fail(w, nethttp.StatusInternalServerError, "internal error; see the server log")
}
