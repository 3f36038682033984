// Package http serves a Storyline desk: a JSON API (documented in
// docs/openapi.yaml), a web page for people built from html/template pages
// and assets embedded in the binary, a health check and Prometheus metrics.
//
// Writes need a bearer token; reads are open unless Options.PrivateReads is
// set. Every piece of article text reaches the page through html/template,
// which escapes it, and the page runs no script at all: its Content Security
// Policy forbids them.
package http

import (
	"crypto/subtle"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	nethttp "net/http"
	"strings"
	"time"

	"storyline/ingest"
	"storyline/sqlite"
)

//go:embed assets
var assets embed.FS

// DefaultMaxBody caps the body of a request.
const DefaultMaxBody = 4 << 20

// tokenCookie carries the token for a browser when reads are private.
const tokenCookie = "storyline_token"

// Options configure a Server.
type Options struct {
	// Token is the bearer token that writes need; it must not be empty.
	Token string
	// PrivateReads makes reads need the token too (as a bearer token, or
	// for a browser a cookie set by visiting any page with ?token=).
	PrivateReads bool
	// MaxBody caps request bodies; 0 means DefaultMaxBody.
	MaxBody int64
	// Poller, when set, adds its counts to the metrics.
	Poller *ingest.Poller
	// Fetcher, when set, lets POST /api/articles?url= fetch a page.
	Fetcher *ingest.Fetcher
	Logger  *slog.Logger
}

// Server answers the requests of a desk.
type Server struct {
	store   *sqlite.Store
	desk    *ingest.Desk
	opts    Options
	pages   *template.Template
	mux     *nethttp.ServeMux
	metrics *metrics
	cache   pageCache
	log     *slog.Logger
}

// New returns a server for the desk on store.
func New(store *sqlite.Store, desk *ingest.Desk, opts Options) (*Server, error) {
	if opts.Token == "" {
		return nil, fmt.Errorf("http server: an empty token would leave writes open")
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	pages, err := template.New("").Funcs(funcs).ParseFS(assets, "assets/*.html")
	if err != nil {
		return nil, fmt.Errorf("http server: parsing pages: %w", err)
	}
	s := &Server{store: store, desk: desk, opts: opts, pages: pages, mux: nethttp.NewServeMux(),
		metrics: newMetrics(), log: opts.Logger}
	static, _ := fs.Sub(assets, "assets/static")
	s.route("GET /static/", readers, nethttp.StripPrefix("/static/", nethttp.FileServerFS(static)).ServeHTTP)
	s.route("GET /healthz", anyone, s.healthz)
	s.route("GET /metrics", readers, s.serveMetrics)
	s.route("GET /api/stories", readers, s.apiStories)
	s.route("GET /api/stories/{id}", readers, s.apiStory)
	s.route("GET /api/articles", readers, s.apiArticles)
	s.route("POST /api/articles", writers, s.postArticle)
	s.route("GET /api/feeds", readers, s.apiFeeds)
	s.route("POST /api/feeds", writers, s.postFeed)
	s.route("GET /{$}", readers, s.listPage)
	s.route("GET /stories/{id}", readers, s.storyPage)
	return s, nil
}

// access is who may use a route.
type access int

const (
	anyone  access = iota // anyone, always
	readers               // anyone unless reads are private
	writers               // holders of the token
)

// route registers h for pattern behind the access check, the security
// headers and the metrics.
func (s *Server) route(pattern string, a access, h nethttp.HandlerFunc) {
	s.mux.HandleFunc(pattern, func(w nethttp.ResponseWriter, r *nethttp.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, code: nethttp.StatusOK}
		hd := rec.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		if s.allowed(rec, r, a) {
			h(rec, r)
		}
		s.metrics.observe(pattern, rec.code, time.Since(start))
	})
}

// allowed checks the token a route needs, answering 401 when it is
// missing or wrong.
func (s *Server) allowed(w nethttp.ResponseWriter, r *nethttp.Request, a access) bool {
	if a == anyone || a == readers && !s.opts.PrivateReads {
		return true
	}
	if s.bearer(r) {
		return true
	}
	if a == readers {
		// A browser cannot send a bearer token: it shows ?token= once and
		// keeps a cookie. The cookie never authorises a write, so a page
		// of another site cannot make the browser write.
		if t := r.URL.Query().Get("token"); t != "" && s.valid(t) {
			nethttp.SetCookie(w, &nethttp.Cookie{Name: tokenCookie, Value: t, Path: "/", HttpOnly: true, SameSite: nethttp.SameSiteStrictMode})
			return true
		}
		if c, err := r.Cookie(tokenCookie); err == nil && s.valid(c.Value) {
			return true
		}
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="storyline"`)
	s.fail(w, nethttp.StatusUnauthorized, "a valid bearer token is required (Authorization: Bearer TOKEN)")
	return false
}

func (s *Server) bearer(r *nethttp.Request) bool {
	h := r.Header.Get("Authorization")
	t, ok := strings.CutPrefix(h, "Bearer ")
	return ok && s.valid(strings.TrimSpace(t))
}

func (s *Server) valid(t string) bool {
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.opts.Token)) == 1
}

// ServeHTTP implements net/http.Handler.
func (s *Server) ServeHTTP(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.mux.ServeHTTP(w, r)
}

// recorder keeps the status code of an answer.
type recorder struct {
	nethttp.ResponseWriter
	code int
}

// WriteHeader records the status code and sends it.
func (r *recorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

// apiError is the body of every error answer of the API.
type apiError struct {
	Error string `json:"error"`
}

func (s *Server) fail(w nethttp.ResponseWriter, code int, reason string) {
	s.json(w, code, apiError{reason})
}

func (s *Server) json(w nethttp.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		s.log.Debug("writing answer", "err", err)
	}
}
