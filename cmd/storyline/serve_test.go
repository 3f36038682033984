package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// serveChild, set in the environment, makes the test binary run the
// command line it is given instead of the tests: the tests start it as the
// storyline binary (it holds the whole command), which spares a go build.
const serveChild = "STORYLINE_TEST_AS_COMMAND"

func init() {
	if os.Getenv(serveChild) == "1" {
		e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
		os.Exit(run(context.Background(), e, os.Args[1:]))
	}
}

// storylineBinary returns the program to start as the storyline command.
func storylineBinary(t *testing.T) string {
	t.Helper()
	bin, err := os.Executable()
	if err != nil {
		t.Skipf("cannot find the test binary to run as storyline: %v", err)
	}
	return bin
}

var listening = regexp.MustCompile(`on (http://[0-9.:]+)/`)

// startServe starts `storyline serve` on a free port and returns its base
// address once it answers.
func startServe(t *testing.T, bin string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0", "--no-poll"}, args...)...)
	cmd.Env = append(os.Environ(), serveChild+"=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case base := <-found:
		return cmd, base
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not start in 30 s; stderr:\n%s", stderr.String())
	}
	return nil, ""
}

// syntheticArticle is a short English report that no other one repeats.
func syntheticArticle(n int) string {
	towns := []string{"Orvel", "Castemar", "Lindqvar", "Pellham", "Ostrig", "Varnel", "Quessa", "Brannock"}
	topics := []string{"a new bridge", "the school budget", "a water plant", "the harbour wall", "a bus depot"}
	town, topic := towns[n%len(towns)], topics[n%len(topics)]
	text := fmt.Sprintf("The council of %[1]s voted on %[2]s on Monday, article %[3]d of the test. "+
		"Mayor Ilse Darrow-%[3]d said the plan had been discussed with residents for months and that the work would start in the spring. "+
		"Opponents said the cost of %[2]s was too high for a town the size of %[1]s and asked for a second vote.", town, topic, n)
	b, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("k%04d", n), "source": "Test Wire " + town,
		"title": fmt.Sprintf("%s council votes on %s (%d)", town, topic, n), "published": "2025-10-06T09:00:00Z", "text": text})
	return string(b)
}

// TestSIGKILLLosesNoAcknowledgedArticle uploads articles from several
// clients, kills the server with SIGKILL in the middle, restarts it on the
// same store, and checks that every article answered 2xx is there.
func TestSIGKILLLosesNoAcknowledgedArticle(t *testing.T) {
	bin := storylineBinary(t)
	db := filepath.Join(t.TempDir(), "kill.db")
	const token = "kill-test-token"
	cmd, base := startServe(t, bin, "--db", db, "--token", token)

	var mu sync.Mutex
	var acked []string
	next := make(chan int)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 10 * time.Second}
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range next {
				req, _ := http.NewRequest("POST", base+"/api/articles", strings.NewReader(syntheticArticle(n)))
				req.Header.Set("Authorization", "Bearer "+token)
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err != nil {
					continue // the server is gone
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode/100 == 2 {
					mu.Lock()
					acked = append(acked, fmt.Sprintf("k%04d", n))
					mu.Unlock()
				}
			}
		}()
	}
	stop := make(chan struct{})
	go func() {
		defer close(next)
		for n := 0; ; n++ {
			select {
			case next <- n:
			case <-stop:
				return
			}
		}
	}()
	deadline := time.Now().Add(60 * time.Second)
	for {
		mu.Lock()
		done := len(acked)
		mu.Unlock()
		if done >= 25 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d uploads answered 2xx in 60 s", done)
		}
		time.Sleep(5 * time.Millisecond)
	}
	// Uploads are still on their way when the server dies.
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	close(stop)
	wg.Wait()
	mu.Lock()
	want := append([]string(nil), acked...)
	mu.Unlock()

	_, base = startServe(t, bin, "--db", db, "--token", token)
	resp, err := http.Get(base + "/api/articles?limit=200")
	if err != nil {
		t.Fatal(err)
	}
	var list struct {
		Articles []struct {
			ID    string `json:"id"`
			Story int    `json:"story"`
		} `json:"articles"`
	}
	err = json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]int{}
	for _, a := range list.Articles {
		have[a.ID] = a.Story
	}
	for _, id := range want {
		if _, ok := have[id]; !ok {
			t.Errorf("article %s was answered 2xx but is gone after SIGKILL", id)
		}
	}
	t.Logf("%d uploads answered 2xx before SIGKILL, %d articles stored after restart", len(want), len(have))
	// The restarted desk resumes: its stories and briefs are whole, and it
	// takes new articles.
	for _, story := range have {
		resp, err := http.Get(fmt.Sprintf("%s/api/stories/%d", base, story))
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Brief struct {
				Summary []any `json:"summary"`
			} `json:"brief"`
		}
		json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		if resp.StatusCode != 200 || len(got.Brief.Summary) == 0 {
			t.Errorf("story %d after restart: %d, brief without summary", story, resp.StatusCode)
		}
	}
	req, _ := http.NewRequest("POST", base+"/api/articles", strings.NewReader(syntheticArticle(9999)))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 201 {
		t.Errorf("upload after restart: %d; want 201", resp.StatusCode)
	}
}

func TestServeTokenFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	t.Setenv("STORYLINE_TOKEN", "")
	tok, file, err := serveToken("", db)
	if err != nil || len(tok) < 32 || file != db+".token" {
		t.Fatalf("serveToken = %q, %q, %v", tok, file, err)
	}
	if st, err := os.Stat(file); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("token file mode %v, %v; want 0600", st.Mode().Perm(), err)
	}
	again, _, _ := serveToken("", db)
	if again != tok {
		t.Errorf("second start made a new token %q; want the stored %q", again, tok)
	}
	t.Setenv("STORYLINE_TOKEN", "from-env")
	if got, file, _ := serveToken("", db); got != "from-env" || file != "" {
		t.Errorf("with STORYLINE_TOKEN: %q, %q", got, file)
	}
	if got, _, _ := serveToken("from-flag", db); got != "from-flag" {
		t.Errorf("with --token: %q", got)
	}
}

func TestFeedsCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "f.db")
	ctx := context.Background()
	steps := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"add", "https://news.example/rss.xml", "--db", db}, exitOK, "added https://news.example/rss.xml"},
		{[]string{"--db", db, "add", "https://news.example/rss.xml"}, exitOK, "already there"},
		{[]string{"--db", db, "add", "ftp://news.example/x"}, exitUsage, ""},
		{[]string{"--db", db, "list"}, exitOK, "https://news.example/rss.xml"},
		{[]string{"--db", db, "remove", "https://news.example/rss.xml"}, exitOK, "removed"},
		{[]string{"--db", db, "remove", "https://news.example/rss.xml"}, exitFail, ""},
		{[]string{"--db", db, "frobnicate"}, exitUsage, ""},
	}
	for _, s := range steps {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, log: slog.New(slog.DiscardHandler)}
		if code := runFeeds(ctx, e, s.args); code != s.code || !strings.Contains(out.String(), s.out) {
			t.Errorf("feeds %v: %d %q %q; want %d with %q", s.args, code, out.String(), errb.String(), s.code, s.out)
		}
	}
}
