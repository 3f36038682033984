package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"storyline"
	"storyline/read"
)

// Fetch limits and the User-Agent sent.
const (
	DefaultMaxBody   = 8 << 20
	DefaultTimeout   = 30 * time.Second
	DefaultUserAgent = "Storyline/0.1 (news desk; feed reader; +https://storyline.example/bot)"
	maxRedirects     = 5
)

// ErrForbiddenAddress is returned when a fetch would reach an address that
// is not allowed: loopback, private, link-local and the like.
var ErrForbiddenAddress = errors.New("address not allowed")

// FetchOptions configure a Fetcher. The zero value refuses every address
// that is not public and applies the default limits.
type FetchOptions struct {
	// AllowPrivate lets fetches reach loopback, private and link-local
	// addresses: for feeds on the desk's own network, and for tests.
	AllowPrivate bool
	// Allow lists networks reachable even when AllowPrivate is false.
	Allow []netip.Prefix
	// MaxBody caps the body of an answer; 0 means DefaultMaxBody.
	MaxBody int64
	// Timeout caps a whole fetch, redirects included; 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// UserAgent is sent with every request; "" means DefaultUserAgent.
	UserAgent string
}

// Fetcher fetches web pages and feeds for a desk.
type Fetcher struct {
	opts   FetchOptions
	client *http.Client
}

// NewFetcher returns a fetcher. Its addresses are checked when a connection
// is made, after DNS resolution, so a name that resolves to a private
// address is refused as a literal one would be, and so is every redirect.
func NewFetcher(opts FetchOptions) *Fetcher {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	f := &Fetcher{opts: opts}
	dialer := &net.Dialer{Timeout: 10 * time.Second, Control: f.control}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would connect for us, past the check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       60 * time.Second,
	}
	f.client = &http.Client{
		Transport: transport,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return checkURL(req.URL)
		},
	}
	return f
}

// control runs before each connection, on the resolved address.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot read %q: %v", ErrForbiddenAddress, address, err)
	}
	return f.Check(ap.Addr())
}

// Check reports whether the fetcher may connect to addr.
func (f *Fetcher) Check(addr netip.Addr) error {
	addr = addr.Unmap()
	if f.opts.AllowPrivate || Public(addr) {
		return nil
	}
	for _, p := range f.opts.Allow {
		if p.Contains(addr) {
			return nil
		}
	}
	return fmt.Errorf("%w: %s is not a public address (loopback, private or link-local)", ErrForbiddenAddress, addr)
}

// nonPublic are the networks Public refuses beyond those the netip
// predicates name.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),  // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),  // documentation
	netip.MustParsePrefix("fec0::/10"),      // deprecated site-local
	netip.MustParsePrefix("::ffff:0:0/96"),  // mapped, should have been unmapped
	netip.MustParsePrefix("100::/64"),       // discard
	netip.MustParsePrefix("255.255.255.255/32"),
}

// Public reports whether addr is a public unicast address.
func Public(addr netip.Addr) bool {
	addr = addr.Unmap()
	if !addr.IsValid() || addr.IsLoopback() || addr.IsPrivate() || addr.IsLinkLocalUnicast() ||
		addr.IsLinkLocalMulticast() || addr.IsInterfaceLocalMulticast() || addr.IsMulticast() || addr.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

// checkURL accepts http and https addresses with a host.
func checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: scheme %q (want http or https)", ErrForbiddenAddress, u.Scheme)
	}
	if u.Hostname() == "" {
		return fmt.Errorf("%w: %s has no host", ErrForbiddenAddress, u)
	}
	if u.User != nil {
		return fmt.Errorf("%w: %s carries a user name", ErrForbiddenAddress, u.Redacted())
	}
	return nil
}

// CheckURL checks that raw is an http or https address that a fetch may
// be tried on.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%q is not a web address: %w", raw, err)
	}
	return u, checkURL(u)
}

// Response is the answer to a fetch.
type Response struct {
	// URL is the address answered, after redirects.
	URL string
	// NotModified is true on a 304: Body is empty and the validators stay.
	NotModified        bool
	Body               []byte
	ETag, LastModified string
	ContentType        string
}

// StatusError is an answer other than 2xx or 304.
type StatusError struct {
	URL  string
	Code int
	// RetryAfter is what the server asked for, or 0.
	RetryAfter time.Duration
}

// Error names the address and the status.
func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Get fetches raw. When etag or lastModified are set it makes the request
// conditional (If-None-Match, If-Modified-Since), and a 304 answer gives a
// Response with NotModified set.
func (f *Fetcher) Get(ctx context.Context, raw, etag, lastModified string) (*Response, error) {
	u, err := CheckURL(raw)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", raw, err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", raw, err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), ETag: resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"), ContentType: resp.Header.Get("Content-Type")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified, out.ETag, out.LastModified = true, etag, lastModified
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		e := &StatusError{URL: raw, Code: resp.StatusCode}
		if s, err := time.ParseDuration(resp.Header.Get("Retry-After") + "s"); err == nil && s > 0 {
			e.RetryAfter = s
		}
		return nil, e
	}
	out.Body, err = io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBody+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", raw, err)
	}
	if int64(len(out.Body)) > f.opts.MaxBody {
		return nil, fmt.Errorf("reading %s: body larger than %d bytes", raw, f.opts.MaxBody)
	}
	return out, nil
}

// Article fetches one web page and reads the article it holds. Its id
// comes from the address answered, so fetching a page twice finds it
// stored. A page that holds no article gives an error wrapping
// ErrBadInput; an address refused, one wrapping ErrForbiddenAddress.
func (f *Fetcher) Article(ctx context.Context, raw string) (*storyline.Article, error) {
	resp, err := f.Get(ctx, raw, "", "")
	if err != nil {
		return nil, err
	}
	arts, err := read.Bytes(ctx, "page.html", resp.Body, read.Options{Format: read.HTMLPage})
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadInput, raw, err)
	}
	if len(arts) != 1 {
		return nil, fmt.Errorf("%w: %s: found %d articles, want one", ErrBadInput, raw, len(arts))
	}
	a := arts[0]
	a.ID = ID("url-", []byte(resp.URL))
	if a.URL == "" {
		a.URL = resp.URL
	}
	a.Origin = resp.URL
	return a, nil
}
