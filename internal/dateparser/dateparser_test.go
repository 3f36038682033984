package dateparser

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // 2006-01-02, or "" for no date
	}{
		{"2025-03-04", "2025-03-04"},
		{"2025-03-04T10:00:00Z", "2025-03-04"},
		{"Tuesday, March 4th, 2025", "2025-03-04"},
		{"March 4, 2025 at 10:15", "2025-03-04"},
		{"4 March 2025", "2025-03-04"},
		{"Mar. 4, 2025", "2025-03-04"},
		{"Tue, 04 Mar 2025 10:00:00 GMT", "2025-03-04"},
		{"2025/03/04", "2025-03-04"},
		{"yesterday", ""},
		{"", ""},
		{"Posted by the editors", ""},
	}
	p := &Parser{ParserTypes: []ParserType{CustomFormat, AbsoluteTime}}
	cfg := &Configuration{PreferredDateSource: Past, StrictParsing: true}
	for _, tt := range tests {
		d, err := p.Parse(cfg, tt.in)
		got := ""
		if err == nil {
			got = d.Time.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
