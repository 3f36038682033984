package http

import (
	"fmt"
	"io"
	nethttp "net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// buckets are the upper bounds, in seconds, of the latency histogram.
var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5}

// metrics counts requests by route and status, with a latency histogram
// by route, in the Prometheus text format.
type metrics struct {
	mu       sync.Mutex
	requests map[reqKey]int64
	latency  map[string]*histogram
	rejected atomic.Int64
}

type reqKey struct {
	route string
	code  int
}

type histogram struct {
	counts []int64 // one per bucket, not cumulative
	sum    float64
	n      int64
}

func newMetrics() *metrics {
	return &metrics{requests: map[reqKey]int64{}, latency: map[string]*histogram{}}
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, code}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]int64, len(buckets))}
		m.latency[route] = h
	}
	sec := d.Seconds()
	for i, b := range buckets {
		if sec <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += sec
	h.n++
}

// write writes the request metrics.
func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].route != keys[j].route {
			return keys[i].route < keys[j].route
		}
		return keys[i].code < keys[j].code
	})
	fmt.Fprintln(w, "# HELP storyline_http_requests_total HTTP requests answered, by route and status.")
	fmt.Fprintln(w, "# TYPE storyline_http_requests_total counter")
	for _, k := range keys {
		fmt.Fprintf(w, "storyline_http_requests_total{route=%q,code=\"%d\"} %d\n", k.route, k.code, m.requests[k])
	}
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	fmt.Fprintln(w, "# HELP storyline_http_request_duration_seconds Time to answer a request, by route.")
	fmt.Fprintln(w, "# TYPE storyline_http_request_duration_seconds histogram")
	for _, r := range routes {
		h := m.latency[r]
		var cum int64
		for i, b := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "storyline_http_request_duration_seconds_bucket{route=%q,le=\"%g\"} %d\n", r, b, cum)
		}
		fmt.Fprintf(w, "storyline_http_request_duration_seconds_bucket{route=%q,le=\"+Inf\"} %d\n", r, h.n)
		fmt.Fprintf(w, "storyline_http_request_duration_seconds_sum{route=%q} %g\n", r, h.sum)
		fmt.Fprintf(w, "storyline_http_request_duration_seconds_count{route=%q} %d\n", r, h.n)
	}
}

// gauge writes one metric with its help and type lines.
func gauge(w io.Writer, name, kind, help string, v any) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n%s %v\n", name, help, name, kind, name, v)
}

func (s *Server) serveMetrics(w nethttp.ResponseWriter, r *nethttp.Request) {
	c, err := s.store.Counts(r.Context())
	if err != nil {
		s.internal(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.write(w)
	gauge(w, "storyline_articles", "gauge", "Articles stored.", c.Articles)
	gauge(w, "storyline_stories", "gauge", "Stories stored.", c.Stories)
	gauge(w, "storyline_feeds", "gauge", "Feeds polled.", c.Feeds)
	gauge(w, "storyline_uploads_rejected_total", "counter", "Uploads refused as not readable articles.", s.metrics.rejected.Load())
	d := s.desk.Stats()
	gauge(w, "storyline_ingested_total", "counter", "Articles added since start.", d.Articles)
	gauge(w, "storyline_ingest_known_total", "counter", "Articles offered again since start, not added twice.", d.Known)
	gauge(w, "storyline_ingest_refused_total", "counter", "Articles refused since start (no text, not English).", d.Rejected)
	gauge(w, "storyline_ingest_failed_total", "counter", "Articles that could not be stored since start.", d.Failed)
	gauge(w, "storyline_briefs_built_total", "counter", "Briefs built since start.", d.Briefs)
	gauge(w, "storyline_brief_build_seconds_total", "counter", "Time spent building briefs since start.", d.BriefTime.Seconds())
	if s.opts.Poller != nil {
		p := s.opts.Poller.Stats()
		gauge(w, "storyline_feed_polls_total", "counter", "Feed polls since start.", p.Polls)
		gauge(w, "storyline_feed_not_modified_total", "counter", "Feed polls answered 304 Not Modified.", p.NotModified)
		gauge(w, "storyline_feed_errors_total", "counter", "Feed polls that failed.", p.Errors)
		gauge(w, "storyline_feed_items_total", "counter", "Feed items added as articles.", p.Items)
	}
}
