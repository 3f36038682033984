package http

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	nethttp "net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"storyline"
	"storyline/render"
	"storyline/sqlite"
)

// funcs are the helpers the pages use.
var funcs = template.FuncMap{
	"when": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2 Jan 2006 15:04 UTC")
	},
	"day": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2006-01-02T15:04:05Z")
	},
	// hue gives an outlet one of twelve badge colours, the same on every page.
	"hue": func(name string) string {
		h := uint32(2166136261)
		for i := 0; i < len(name); i++ {
			h = (h ^ uint32(name[i])) * 16777619
		}
		return "h" + strconv.Itoa(int(h%12))
	},
	"paras":  func(s string) []string { return strings.Split(s, "\n\n") },
	"plural": func(n int, one, many string) string { return map[bool]string{true: one, false: many}[n == 1] },
}

// listData is what the story list page sees.
type listData struct {
	Title   string
	Query   sqlite.StoryQuery
	Stories []sqlite.Story
	Total   int
	Prev    string // links to the pages around, "" when none
	Next    string
}

func (s *Server) listPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	q, err := storyQuery(r)
	if err != nil {
		s.page(w, nethttp.StatusBadRequest, "error", errorData{"Bad request", err.Error()})
		return
	}
	list, total, err := s.store.Stories(r.Context(), q)
	if err != nil {
		s.log.Error("listing stories", "err", err)
		s.page(w, nethttp.StatusInternalServerError, "error", errorData{"Error", "The stories could not be read; see the server log."})
		return
	}
	d := listData{Title: "Stories", Query: q, Stories: list, Total: total}
	link := func(offset int) string {
		v := url.Values{}
		if q.Sort != "" {
			v.Set("sort", q.Sort)
		}
		if q.Search != "" {
			v.Set("q", q.Search)
		}
		if offset > 0 {
			v.Set("offset", strconv.Itoa(offset))
		}
		if len(v) == 0 {
			return "/"
		}
		return "/?" + v.Encode()
	}
	if q.Offset > 0 {
		d.Prev = link(max(0, q.Offset-q.Limit))
	}
	if q.Offset+len(list) < total {
		d.Next = link(q.Offset + q.Limit)
	}
	s.page(w, nethttp.StatusOK, "list", d)
}

// storyData is what the story page sees.
type storyData struct {
	Title    string
	Story    sqlite.Story
	Brief    *storyline.Brief
	Articles []sqlite.Article
	// Outlet names each article by its outlet, or its id.
	Outlet map[string]string
	// CopyOf gives, for each wire copy, the article it copies.
	CopyOf map[string]string
}

// Outlets names the outlets behind article ids, without repeats.
func (d storyData) Outlets(ids []string) []string { return render.Outlets(d.Brief, ids) }

// storyPage serves the page of a story. Pages are kept rendered, by story
// version: a read of a story that has not changed costs one small query.
func (s *Server) storyPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || id < 1 {
		s.page(w, nethttp.StatusNotFound, "error", errorData{"Not found", "Story ids are numbers from 1."})
		return
	}
	v, err := s.store.StoryVersion(r.Context(), id)
	if errors.Is(err, sqlite.ErrNotFound) {
		s.page(w, nethttp.StatusNotFound, "error", errorData{"Not found", fmt.Sprintf("There is no story %d.", id)})
		return
	}
	if err != nil {
		s.storyFailed(w, id, err)
		return
	}
	etag := fmt.Sprintf(`"s%d-v%d"`, id, v)
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(nethttp.StatusNotModified)
		return
	}
	page, ok := s.cache.get(id, v)
	if !ok {
		var d storyData
		if d, err = s.storyData(r, id); err != nil {
			s.storyFailed(w, id, err)
			return
		}
		body, err := s.render("story", d)
		if err != nil {
			s.storyFailed(w, id, err)
			return
		}
		// The version read with the data may be newer than v: keep the
		// page under the version it shows.
		page = s.cache.put(id, d.Story.Version, body)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Vary", "Accept-Encoding")
	if page.gzip != nil && acceptsGzip(r) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(page.gzip)
		return
	}
	w.Write(page.body)
}

// acceptsGzip reports whether the client takes gzip-compressed answers.
func acceptsGzip(r *nethttp.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}

func (s *Server) storyFailed(w nethttp.ResponseWriter, id int, err error) {
	s.log.Error("reading story", "story", id, "err", err)
	s.page(w, nethttp.StatusInternalServerError, "error", errorData{"Error", "The story could not be read; see the server log."})
}

// storyData reads what the page of a story shows.
func (s *Server) storyData(r *nethttp.Request, id int) (storyData, error) {
	st, raw, err := s.store.Story(r.Context(), id)
	if err != nil {
		return storyData{}, err
	}
	var b storyline.Brief
	if err := json.Unmarshal(raw, &b); err != nil {
		return storyData{}, fmt.Errorf("brief of story %d: %w", id, err)
	}
	arts, err := s.store.Articles(r.Context(), sqlite.ArticleQuery{Story: id, Full: true, Oldest: true})
	if err != nil {
		return storyData{}, err
	}
	d := storyData{Title: st.Headline, Story: st, Brief: &b, Articles: arts, Outlet: map[string]string{}, CopyOf: map[string]string{}}
	for _, a := range b.Story.Articles {
		d.Outlet[a.ID] = a.Source
		if a.Source == "" {
			d.Outlet[a.ID] = a.ID
		}
	}
	for _, c := range b.Duplicates {
		d.CopyOf[c.Article] = c.CopyOf
	}
	return d, nil
}

// pageCache keeps the rendered pages of recently read stories.
type pageCache struct {
	mu sync.Mutex
	m  map[int]cachedPage
}

type cachedPage struct {
	version int64
	body    []byte
	// gzip is body compressed once, for the clients that take it; nil if
	// compressing failed.
	gzip []byte
}

// maxCached bounds the pages kept: a few megabytes.
const maxCached = 256

func (c *pageCache) get(id int, version int64) (cachedPage, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.m[id]
	return p, ok && p.version == version
}

func (c *pageCache) put(id int, version int64, body []byte) cachedPage {
	p := cachedPage{version: version, body: body}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(body); err == nil && zw.Close() == nil {
		p.gzip = buf.Bytes()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[int]cachedPage{}
	}
	if _, ok := c.m[id]; !ok && len(c.m) >= maxCached {
		for k := range c.m { // drop any one: map order is random enough
			delete(c.m, k)
			break
		}
	}
	c.m[id] = p
	return p
}

type errorData struct {
	Title, Message string
}

// page renders a whole page into memory first, so that a template error
// gives a clean 500 rather than half a page.
func (s *Server) page(w nethttp.ResponseWriter, code int, name string, data any) {
	body, err := s.render(name, data)
	if err != nil {
		s.log.Error("rendering page", "page", name, "err", err)
		nethttp.Error(w, "internal error", nethttp.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(body)
}

func (s *Server) render(name string, data any) ([]byte, error) {
	var buf bytes.Buffer
	err := s.pages.ExecuteTemplate(&buf, name, data)
	return buf.Bytes(), err
}
