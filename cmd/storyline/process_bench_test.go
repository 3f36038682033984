package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkBriefProcess runs `storyline brief` on a 25-article DUC 2006
// cluster as a whole process, start-up included: the figure a user waits
// for. The binary is built once, outside the timing.
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
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, "brief", "--format", "json", cluster)
		cmd.Stdout = io.Discard
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
	}
}
