package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestFetchRefusesPrivateAddresses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("hello"))
	}))
	defer srv.Close()
	// A server on 127.0.0.1 that sends every request on to a private
	// address: the redirect must be checked as the first address is.
	redirect := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://10.1.2.3:9/secret", http.StatusFound)
	}))
	defer redirect.Close()
	loop := []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}

	tests := []struct {
		name      string
		opts      FetchOptions
		url       string
		forbidden bool
	}{
		{"loopback refused", FetchOptions{}, srv.URL, true},
		{"loopback by name refused after resolution", FetchOptions{}, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1), true},
		{"private 10.x refused", FetchOptions{}, "http://10.0.0.1:9/", true},
		{"link-local refused", FetchOptions{}, "http://169.254.169.254/latest/meta-data/", true},
		{"loopback allowed with the flag", FetchOptions{AllowPrivate: true}, srv.URL, false},
		{"redirect to 10.x refused", FetchOptions{Allow: loop}, redirect.URL, true},
		{"file scheme refused", FetchOptions{AllowPrivate: true}, "file:///etc/passwd", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Timeout = 3 * time.Second
			resp, err := NewFetcher(tt.opts).Get(context.Background(), tt.url, "", "")
			if tt.forbidden {
				if !errors.Is(err, ErrForbiddenAddress) {
					t.Fatalf("Get(%s) err = %v; want ErrForbiddenAddress", tt.url, err)
				}
				return
			}
			if err != nil || string(resp.Body) != "hello" {
				t.Fatalf("Get(%s) = %v, %v; want hello", tt.url, resp, err)
			}
		})
	}
}

func TestFetchConditionalAndLimits(t *testing.T) {
	const etag, lastMod = `"v7"`, "Tue, 07 Oct 2025 08:00:00 GMT"
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		switch r.URL.Path {
		case "/big":
			w.Write([]byte(strings.Repeat("x", 2000)))
			return
		case "/gone":
			w.Header().Set("Retry-After", "120")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Write([]byte("feed"))
	}))
	defer srv.Close()
	f := NewFetcher(FetchOptions{AllowPrivate: true, MaxBody: 1000})
	ctx := context.Background()

	first, err := f.Get(ctx, srv.URL, "", "")
	if err != nil || first.NotModified || first.ETag != etag || first.LastModified != lastMod {
		t.Fatalf("first Get = %+v, %v", first, err)
	}
	if !strings.HasPrefix(gotUA, "Storyline/") {
		t.Errorf("User-Agent = %q; want Storyline/...", gotUA)
	}
	second, err := f.Get(ctx, srv.URL, first.ETag, first.LastModified)
	if err != nil || !second.NotModified || second.ETag != etag || len(second.Body) != 0 {
		t.Fatalf("conditional Get = %+v, %v; want 304 with validators kept", second, err)
	}
	if _, err := f.Get(ctx, srv.URL+"/big", "", ""); err == nil || !strings.Contains(err.Error(), "larger than 1000") {
		t.Errorf("Get of a body over the cap: err = %v", err)
	}
	var se *StatusError
	if _, err := f.Get(ctx, srv.URL+"/gone", "", ""); !errors.As(err, &se) || se.Code != 503 || se.RetryAfter != 2*time.Minute {
		t.Errorf("Get of a 503: err = %v; want StatusError 503 with Retry-After 2m", err)
	}
}

func TestPublic(t *testing.T) {
	for addr, want := range map[string]bool{
		"93.184.216.34": true, "2606:4700::1111": true,
		"127.0.0.1": false, "10.9.8.7": false, "172.16.0.1": false, "192.168.1.1": false,
		"169.254.169.254": false, "::1": false, "fe80::1": false, "fc00::1": false,
		"100.64.0.1": false, "0.0.0.0": false, "::ffff:127.0.0.1": false, "224.0.0.1": false,
	} {
		if got := Public(netip.MustParseAddr(addr)); got != want {
			t.Errorf("Public(%s) = %v; want %v", addr, got, want)
		}
	}
}
