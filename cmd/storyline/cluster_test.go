package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestClusterFormats: the demo corpus's four stories come out as text,
// JSON, and as JSON Lines of articles with their story, which brief reads
// back story by story: `storyline cluster ... | storyline brief --story N -`.
func TestClusterFormats(t *testing.T) {
	code, out, stderr := runCmd(t, "", "cluster", "--format", "json", "../../examples")
	if code != exitOK {
		t.Fatalf("json: code %d: %s", code, stderr)
	}
	var got struct {
		Stories []struct {
			ID       int      `json:"id"`
			Headline string   `json:"headline"`
			Articles []string `json:"articles"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if len(got.Stories) != 4 {
		t.Fatalf("json: %d stories, want the 4 demo stories", len(got.Stories))
	}
	if code, out, _ := runCmd(t, "", "cluster", "--format", "text", "../../examples"); code != exitOK || !strings.Contains(out, got.Stories[0].Headline) {
		t.Errorf("text: code %d, no headline %q in\n%s", code, got.Stories[0].Headline, out)
	}

	// Not a terminal: the default is JSON Lines.
	code, lines, stderr := runCmd(t, "", "cluster", "../../examples")
	if code != exitOK {
		t.Fatalf("jsonl: code %d: %s", code, stderr)
	}
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(lines), "\n") {
		var x extracted
		if err := json.Unmarshal([]byte(l), &x); err != nil || x.Story == "" || x.Text == "" {
			t.Fatalf("jsonl line %q: %v", l, err)
		}
		n++
	}
	if n < 15 {
		t.Errorf("jsonl: %d articles, want every demo article", n)
	}
	for _, s := range got.Stories {
		code, out, stderr := runCmd(t, lines, "brief", "--story", strconv.Itoa(s.ID), "--format", "json", "-")
		if code != exitOK {
			t.Fatalf("brief --story %d: code %d: %s", s.ID, code, stderr)
		}
		ids := briefedIDs(t, out)
		if strings.Join(ids, " ") != strings.Join(s.Articles, " ") {
			t.Errorf("brief --story %d briefed %v, want %v", s.ID, ids, s.Articles)
		}
	}
}

// TestClusterBadInput: a bad format is a usage error; a corrupt state file
// is refused, named, and left as it was.
func TestClusterBadInput(t *testing.T) {
	if code, _, stderr := runCmd(t, "", "cluster", "--format", "xml", "../../examples"); code != exitUsage || !strings.Contains(stderr, `"xml"`) {
		t.Errorf("--format xml: code %d, %q", code, stderr)
	}
	state := filepath.Join(t.TempDir(), "stories.state")
	junk := []byte("not a state file at all")
	os.WriteFile(state, junk, 0o644)
	code, _, stderr := runCmd(t, "", "cluster", "--state", state, "../../examples")
	if code != exitFail || !strings.Contains(stderr, state) {
		t.Errorf("corrupt state: code %d, %q", code, stderr)
	}
	if b, _ := os.ReadFile(state); string(b) != string(junk) {
		t.Errorf("corrupt state file was overwritten")
	}
}
