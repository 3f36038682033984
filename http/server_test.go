package http

import (
	"context"
	"encoding/json"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/ingest"
	"storyline/sqlite"
)

const token = "test-token"

// The article of the escaping test: markup in its title and text must reach
// the page as text.
const hostile = `{"id": "hostile", "source": "Evil <b>Gazette</b>", "title": "Storm <script>alert('title')</script> hits Serrat",
"url": "javascript:alert(1)", "published": "2025-04-03T09:00:00Z",
"text": "Heavy rain flooded the valley on Tuesday and the river rose through the night. <img src=x onerror=alert('text')> The council said that the bridge would stay closed while engineers checked it.\n\nResidents were told to stay away from the river banks <script>alert('para')</script> until the water level falls."}`

func newServer(t testing.TB, opts Options) (*httptest.Server, *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	desk, err := ingest.NewDesk(ctx, store, nil)
	if err != nil {
		t.Fatal(err)
	}
	opts.Token = token
	s, err := New(store, desk, opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv, store
}

func do(t testing.TB, method, url, tok, ctype, body string) (int, string) {
	t.Helper()
	req, err := nethttp.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestWritesNeedToken(t *testing.T) {
	srv, store := newServer(t, Options{})
	art, err := os.ReadFile("../examples/serrat-floods/1-harbor-times.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, tok, ctype, body string
		want                         int
	}{
		{"article without token", "/api/articles", "", "text/plain", string(art), 401},
		{"article with wrong token", "/api/articles", "nope", "text/plain", string(art), 401},
		{"feed without token", "/api/feeds", "", "application/json", `{"url":"https://news.example/rss"}`, 401},
		{"article with token", "/api/articles", token, "text/plain", string(art), 201},
		{"same article again", "/api/articles", token, "text/plain", string(art), 200},
		{"feed with token", "/api/feeds", token, "application/json", `{"url":"https://news.example/rss"}`, 201},
	}
	for _, tt := range tests {
		code, body := do(t, "POST", srv.URL+tt.path, tt.tok, tt.ctype, tt.body)
		if code != tt.want {
			t.Errorf("%s: %d %s; want %d", tt.name, code, body, tt.want)
		}
	}
	if c, _ := store.Counts(context.Background()); c.Articles != 1 || c.Feeds != 1 {
		t.Errorf("store holds %+v; want 1 article and 1 feed", c)
	}
	// Reads are open by default.
	if code, body := do(t, "GET", srv.URL+"/api/stories", "", "", ""); code != 200 || !strings.Contains(body, `"total": 1`) {
		t.Errorf("GET /api/stories: %d %s", code, body)
	}
}

func TestPrivateReads(t *testing.T) {
	srv, _ := newServer(t, Options{PrivateReads: true})
	for _, path := range []string{"/api/stories", "/", "/metrics", "/api/feeds"} {
		if code, _ := do(t, "GET", srv.URL+path, "", "", ""); code != 401 {
			t.Errorf("GET %s without token: %d; want 401", path, code)
		}
		if code, _ := do(t, "GET", srv.URL+path, token, "", ""); code != 200 {
			t.Errorf("GET %s with token: %d; want 200", path, code)
		}
	}
	if code, _ := do(t, "GET", srv.URL+"/healthz", "", "", ""); code != 200 {
		t.Errorf("GET /healthz: %d; want 200 always", code)
	}
}

func TestMalformedUploads(t *testing.T) {
	srv, store := newServer(t, Options{MaxBody: 4096})
	tests := []struct {
		name, ctype, body string
		want              int
		reason            string
	}{
		{"broken JSON", "application/json", `{"id": "x", "text": "unterminated`, 400, "not a JSON object"},
		{"JSON field of the wrong type", "application/json", `{"id": "x", "text": ["a"]}`, 400, "want a string"},
		{"empty body", "text/plain", "", 400, "empty"},
		{"binary", "", "\x00\x01\x02PK\x03\x04", 400, "binary"},
		{"a feed", "", `<?xml version="1.0"?><rss><channel><title>t</title></channel></rss>`, 400, "not an article format"},
		{"bad content type", "text/;;", "hello", 400, "Content-Type"},
		{"over the cap", "text/plain", strings.Repeat("A long line of news. ", 400), 413, "larger than 4096"},
	}
	for _, tt := range tests {
		code, body := do(t, "POST", srv.URL+"/api/articles", token, tt.ctype, tt.body)
		var e apiError
		json.Unmarshal([]byte(body), &e)
		if code != tt.want || !strings.Contains(e.Error, tt.reason) {
			t.Errorf("%s: %d %s; want %d with %q", tt.name, code, body, tt.want, tt.reason)
		}
	}
	if code, _ := do(t, "POST", srv.URL+"/api/articles?id=../../etc", token, "text/plain", "Some text."); code != 400 {
		t.Errorf("bad ?id=: %d; want 400", code)
	}
	if c, _ := store.Counts(context.Background()); c.Articles != 0 || c.Stories != 0 {
		t.Errorf("refused uploads left %+v in the store", c)
	}
}

func TestArticleTextIsEscaped(t *testing.T) {
	srv, _ := newServer(t, Options{})
	code, body := do(t, "POST", srv.URL+"/api/articles", token, "application/json", hostile)
	if code != 201 {
		t.Fatalf("upload: %d %s", code, body)
	}
	var res ingest.Result
	if err := json.Unmarshal([]byte(body), &res); err != nil || res.ID != "hostile" || res.Story < 1 {
		t.Fatalf("upload answer %s: %v", body, err)
	}
	for _, path := range []string{"/", "/stories/1"} {
		code, page := do(t, "GET", srv.URL+path, "", "", "")
		if code != 200 {
			t.Fatalf("GET %s: %d", path, code)
		}
		for _, bad := range []string{"<script", "<img", "<b>", `href="javascript:`} {
			if strings.Contains(strings.ToLower(page), bad) {
				t.Errorf("GET %s: page holds raw %q", path, bad)
			}
		}
		if !strings.Contains(page, "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") {
			t.Errorf("GET %s: escaped title missing", path)
		}
	}
	_, page := do(t, "GET", srv.URL+"/stories/1", "", "", "")
	if !strings.Contains(page, "&lt;img src=x onerror=alert(&#39;text&#39;)&gt;") {
		t.Error("story page: escaped article text missing")
	}
	resp, err := nethttp.Get(srv.URL + "/stories/1")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy = %q", csp)
	}
}

func TestStoryAPI(t *testing.T) {
	srv, _ := newServer(t, Options{})
	if code, body := do(t, "POST", srv.URL+"/api/articles", token, "application/json", hostile); code != 201 {
		t.Fatalf("upload: %d %s", code, body)
	}
	tests := []struct {
		path string
		want int
		has  string
	}{
		{"/api/stories/1", 200, `"brief": {`},
		{"/api/stories/2", 404, "no story 2"},
		{"/api/stories/x", 404, "story ids are numbers"},
		{"/api/stories?sort=covered&limit=5", 200, `"limit": 5`},
		{"/api/stories?sort=sideways", 400, "want new or covered"},
		{"/api/stories?limit=0", 400, "limit"},
		{"/api/stories?q=valley", 200, `"total": 1`},
		{"/api/stories?q=nowhere", 200, `"total": 0`},
		{"/api/articles?story=1", 200, `"id": "hostile"`},
		{"/api/feeds", 200, `"feeds": []`},
		{"/healthz", 200, `"ok"`},
		{"/metrics", 200, `storyline_http_requests_total{route="POST /api/articles",code="201"} 1`},
		{"/stories/9", 404, "no story 9"},
	}
	for _, tt := range tests {
		code, body := do(t, "GET", srv.URL+tt.path, "", "", "")
		if code != tt.want || !strings.Contains(strings.ToLower(body), strings.ToLower(tt.has)) {
			t.Errorf("GET %s: %d %.300s; want %d with %q", tt.path, code, body, tt.want, tt.has)
		}
	}
}

// TestOpenAPIDocumentsRoutes checks that docs/openapi.yaml describes every
// route of the API with its methods.
func TestOpenAPIDocumentsRoutes(t *testing.T) {
	doc, err := os.ReadFile("../docs/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	routes := map[string][]string{
		"/api/stories": {"get"}, "/api/stories/{id}": {"get"}, "/api/articles": {"get", "post"},
		"/api/feeds": {"get", "post"}, "/healthz": {"get"}, "/metrics": {"get"},
	}
	paths := strings.Split(string(doc), "\n  /")
	for route, methods := range routes {
		found := false
		for _, p := range paths[1:] {
			if !strings.HasPrefix(p, route[1:]+":\n") {
				continue
			}
			found = true
			for _, m := range methods {
				if !strings.Contains(p, "\n    "+m+":") {
					t.Errorf("openapi.yaml: %s lacks %s", route, m)
				}
			}
		}
		if !found {
			t.Errorf("openapi.yaml does not describe %s", route)
		}
	}
}

// TestPrivateReadsCookie checks the browser's way in when reads are
// private: ?token= once sets a cookie that opens reads, never writes.
func TestPrivateReadsCookie(t *testing.T) {
	srv, _ := newServer(t, Options{PrivateReads: true})
	resp, err := nethttp.Get(srv.URL + "/?token=" + token)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var cookie *nethttp.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == tokenCookie {
			cookie = c
		}
	}
	if resp.StatusCode != 200 || cookie == nil || !cookie.HttpOnly {
		t.Fatalf("GET /?token=: %d, cookie %v; want 200 and an HttpOnly cookie", resp.StatusCode, cookie)
	}
	for _, tt := range []struct {
		method, path string
		want         int
	}{
		{"GET", "/api/stories", 200},
		{"POST", "/api/feeds", 401},
	} {
		req, _ := nethttp.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(`{"url":"https://news.example/rss"}`))
		req.AddCookie(cookie)
		resp, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("%s %s with the cookie: %d; want %d", tt.method, tt.path, resp.StatusCode, tt.want)
		}
	}
	if code, _ := do(t, "GET", srv.URL+"/?token=wrong", "", "", ""); code != 401 {
		t.Errorf("GET /?token=wrong: %d; want 401", code)
	}
}

func TestPostURL(t *testing.T) {
	page, err := os.ReadFile("../examples/serrat-floods/5-kestrel-news.html")
	if err != nil {
		t.Fatal(err)
	}
	site := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	defer site.Close()
	tests := []struct {
		name   string
		opts   Options
		want   int
		reason string
	}{
		{"no fetcher", Options{}, 400, "does not fetch"},
		{"loopback refused", Options{Fetcher: ingest.NewFetcher(ingest.FetchOptions{})}, 400, "address not allowed"},
		{"loopback allowed", Options{Fetcher: ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: true})}, 201, `"story": 1`},
	}
	for _, tt := range tests {
		srv, _ := newServer(t, tt.opts)
		code, body := do(t, "POST", srv.URL+"/api/articles?url="+site.URL+"/floods.html", token, "", "")
		if code != tt.want || !strings.Contains(body, tt.reason) {
			t.Errorf("%s: %d %s; want %d with %q", tt.name, code, body, tt.want, tt.reason)
		}
	}
}

// FuzzUpload checks that whatever is uploaded, the desk answers 200, 201,
// 400 or 413, never a failure of its own.
func FuzzUpload(f *testing.F) {
	f.Add("text/plain", "Floods\n\nRain fell on the valley all night and the river rose.")
	f.Add("application/json", hostile)
	f.Add("application/json", `{"id": 5, "text": "x"}`)
	f.Add("application/json", `[1, 2]`)
	f.Add("text/html", "<html><body><p>Short.</p></body></html>")
	f.Add("", "<rss><channel></channel></rss>")
	f.Add("", "\xff\xfe\x00")
	srv, _ := newServer(f, Options{MaxBody: 1 << 16})
	f.Fuzz(func(t *testing.T, ctype, body string) {
		if strings.ContainsAny(ctype, "\r\n\x00") {
			return // not a header value a client can send
		}
		code, answer := do(t, "POST", srv.URL+"/api/articles", token, ctype, body)
		switch code {
		case 200, 201, 400, 413:
		default:
			t.Errorf("upload %q (%q): %d %s", body, ctype, code, answer)
		}
	})
}
