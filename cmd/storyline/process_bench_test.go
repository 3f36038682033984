package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkBriefProcess runs `storyline brief` on a 25-article DUC 2006
// cluster as a whole process, start-up included: the figure a user waits
// for. "full" is the whole brief as JSON (issues 2 and 4); "summary" is
// the default summarizer alone, `--format sentences` (issue 3). Besides
// wall time per run it reports the CPU time per run and the largest
// resident set of any run. The binary is built once, outside the timing.
//
//	go test -run - -bench BriefProcess ./cmd/storyline/
func BenchmarkBriefProcess(b *testing.B) {
	cluster := "../../../shared/eval/duc2006/docs/D0601A"
	if _, err := os.Stat(cluster); err != nil {
		b.Skipf("%s not found: %v", cluster, err)
	}
	bin := filepath.Join(b.TempDir(), "storyline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	for _, bc := range []struct{ name, format string }{{"full", "json"}, {"summary", "sentences"}} {
		b.Run(bc.name, func(b *testing.B) {
			var cpu time.Duration
			var maxRSS int64
			for b.Loop() {
				cmd := exec.Command(bin, "brief", "--format", bc.format, cluster)
				cmd.Stdout = io.Discard
				if err := cmd.Run(); err != nil {
					b.Fatal(err)
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					maxRSS = max(maxRSS, ru.Maxrss) // kilobytes on Linux
				}
			}
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(maxRSS)/1024, "maxrss-MB")
		})
	}
}
