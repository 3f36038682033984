package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"storyline"
	"storyline/eval"
	"storyline/story"
)

// cpuTime is the CPU time used by the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// stream generates a stream of n articles in n/10 stories, seeded with the
// demo corpus when it is there. The stream covers days days; 0 keeps the
// rate of the default stream (100,000 articles in 60 days), so that a
// shorter stream is like the first part of a longer one.
func stream(tb testing.TB, n, days int) []*storyline.Article {
	cfg := defaultConfig()
	if days == 0 {
		days = max(1, cfg.Days*n/cfg.Articles)
	}
	cfg.Articles, cfg.Stories, cfg.Days = n, max(1, n/10), days
	if text, err := readCorpus("../../examples"); err == nil {
		cfg.Corpus = text
	} else {
		tb.Logf("demo corpus not found (%v): using the built-in seed text", err)
	}
	return generate(cfg)
}

func TestGenerate(t *testing.T) {
	arts := stream(t, 500, 0)
	if len(arts) != 500 {
		t.Fatalf("%d articles, want 500", len(arts))
	}
	stories := make(map[any]int)
	copies := 0
	for i, a := range arts {
		stories[a.Extra["story"]]++
		if i > 0 && a.Published.Before(arts[i-1].Published) {
			t.Fatalf("article %d is out of date order", i)
		}
		if a.Title == "" || a.Source == "" || len(strings.Fields(a.Body)) < 40 {
			t.Errorf("article %s is thin: %+v", a.ID, a)
		}
		if strings.Contains(a.Body, "Additional reporting by") {
			copies++
		}
	}
	if len(stories) != 50 {
		t.Errorf("%d stories, want 50", len(stories))
	}
	if copies == 0 {
		t.Error("no wire copies")
	}
	// The same seed gives the same stream.
	again := stream(t, 500, 0)
	if again[123].Body != arts[123].Body || again[499].Published != arts[499].Published {
		t.Error("the stream is not a function of its seed")
	}
	var buf bytes.Buffer
	if err := write(&buf, arts[:2]); err != nil || strings.Count(buf.String(), "\n") != 2 || !strings.Contains(buf.String(), `"story":"s`) {
		t.Errorf("write: %v\n%s", err, buf.String())
	}
}

func TestRunFlags(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"--articles", "30", "--stories", "3", "--corpus", "../../examples"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if n := strings.Count(out.String(), "\n"); n != 30 {
		t.Errorf("%d lines, want 30", n)
	}
	if code := run([]string{"--stories", "0"}, &out, &errb); code != 2 {
		t.Errorf("bad flags: exit %d, want 2", code)
	}
}

// BenchmarkScale times clustering streams of 10,000 and 100,000 articles
// (one story per ten articles, 15% wire copies) with story.Clusterer, in
// one batch and in batches of 1,000, and reports the B-cubed F1 against
// the stories the generator wrote. The targets: 100,000 articles in
// under 60 s on 2 cores and 2 GB, and no more than 12 times the time of
// 10,000.
//
// "rate" streams have the same number of articles a day (100,000 in 60
// days, 10,000 in 6), so that the 10,000 are like the first tenth of the
// 100,000: this measures how time grows with the length of a stream.
// "days=60" streams all cover 60 days, so the 100,000 are also ten times
// denser, with ten times as many stories open at once. Run it with
//
//	go test -run XXX -bench Scale -benchtime 1x ./cmd/storygen/
//
// and compare CPU time (cpu-s/run) when the machine is shared.
func BenchmarkScale(b *testing.B) {
	for _, days := range []int{0, 60} {
		name := "rate"
		if days > 0 {
			name = fmt.Sprintf("days=%d", days)
		}
		for _, n := range []int{10000, 100000} {
			b.Run(fmt.Sprintf("%s/articles=%d", name, n), func(b *testing.B) { benchScale(b, n, days) })
		}
	}
}

func benchScale(b *testing.B, n, days int) {
	arts := stream(b, n, days)
	labels := make(map[string]string, n)
	for _, a := range arts {
		labels[a.ID] = fmt.Sprint(a.Extra["story"])
	}
	for _, batch := range []int{n, 1000} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			var c *story.Clusterer
			runtime.GC()
			cpu0 := cpuTime()
			for b.Loop() {
				c = story.New(story.Options{})
				for i := 0; i < len(arts); i += batch {
					c.AddBatch(arts[i:min(i+batch, len(arts))])
				}
			}
			b.ReportMetric(float64(b.Elapsed())/float64(b.N)/float64(time.Second), "s/run")
			// CPU time is what to compare on a machine shared with other
			// work, where wall time varies with the load.
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/run")
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "MB-heap")
			sc := eval.ScoreClusters(eval.StoryLabels(c.Stories()), labels)
			b.ReportMetric(sc.F1, "bcubed-F1")
			b.ReportMetric(float64(sc.Found), "stories")
		})
	}
}
