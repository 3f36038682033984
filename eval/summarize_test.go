package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/rouge"
	"storyline/summarize"
)

func TestSummaryConfig(t *testing.T) {
	tasks := []Prepared{{Task: SummaryTask{ID: "D01", Models: []ModelSummary{{ID: "B"}, {ID: "A"}, {ID: "C"}}}}}
	tests := []struct {
		name      string
		jackknife bool
		evals     int
		models    int
	}{
		{"all models", false, 1, 3},
		{"jackknife", true, 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := summaryConfig(tasks, []string{"concept", "lead"}, "/p", "/m", tt.jackknife)
			if len(cfg.Evals) != tt.evals {
				t.Fatalf("%d evaluations, want %d", len(cfg.Evals), tt.evals)
			}
			for _, e := range cfg.Evals {
				if len(e.Models) != tt.models || len(e.Peers) != 2 {
					t.Errorf("eval %s: %d models, %d peers", e.ID, len(e.Models), len(e.Peers))
				}
			}
			var b strings.Builder
			if err := writeConfig(&b, cfg); err != nil {
				t.Fatal(err)
			}
			back, err := rouge.ParseConfig(strings.NewReader(b.String()))
			if err != nil {
				t.Fatalf("written config does not parse: %v\n%s", err, b.String())
			}
			if len(back.Evals) != tt.evals || back.Evals[0].PeerRoot != "/p" {
				t.Errorf("config read back as %+v", back.Evals)
			}
		})
	}
}

func TestLoadMultiNews(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mn.jsonl")
	data := `{"id": "c1", "documents": ["The dam broke on Monday. Water reached the town.", "Officials said the dam broke."], "summary": "– A dam broke on Monday. The town flooded."}` + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	tasks, err := LoadSummaryData(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if len(tasks) != 1 || len(tasks[0].Articles) != 2 {
		t.Fatalf("got %d tasks: %+v", len(tasks), tasks)
	}
	want := []string{"A dam broke on Monday.", "The town flooded."}
	if got := tasks[0].Models[0].Lines; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("model lines %q, want %q", got, want)
	}
}

func TestLoadSummaryDataMissing(t *testing.T) {
	if _, err := LoadSummaryData(t.Context(), filepath.Join(t.TempDir(), "none")); err == nil {
		t.Error("no error for a missing dataset")
	}
}

// TestRunSummariesWritesMethodText checks that a run writes each summary
// as the method gives it (the default method shortens attributions), one
// sentence a line within the budget, and scores every method.
func TestRunSummariesWritesMethodText(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mn.jsonl")
	data := `{"id": "c1", "documents": [` +
		`"The river dam above the town of Lorren failed early on Monday after three days of heavy rain, regional officials said. Hundreds of families from the lower valley were moved to shelters in two schools.", ` +
		`"The river dam above Lorren failed on Monday after heavy rain, officials said. Engineers had warned last year that the old dam needed urgent repairs."], ` +
		`"summary": "– The Lorren dam failed on Monday after heavy rain. Families were moved to shelters."}` + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	tasks, err := LoadSummaryData(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	prepared := []Prepared{Prepare(tasks[0])}
	out := filepath.Join(dir, "out")
	opts := rouge.DefaultOptions()
	opts.MaxN = 2
	run := SummaryRun{Methods: []string{"concept", "lead"}, Options: summarize.Options{Words: 25, HardCut: true},
		Out: out, Rouge: opts}
	scores, err := RunSummaries(t.Context(), prepared, run)
	if err != nil {
		t.Fatal(err)
	}
	if len(scores) != 2 || scores[0].Method != "concept" || scores[0].R1.Recall.Average <= 0 {
		t.Fatalf("scores %+v", scores)
	}
	b, err := os.ReadFile(filepath.Join(out, "peers", "c1.concept"))
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if strings.Contains(got, "officials said") {
		t.Errorf("concept summary keeps the attribution:\n%s", got)
	}
	if n := len(strings.Fields(got)); n != 25 {
		t.Errorf("concept summary has %d words, want the budget of 25:\n%s", n, got)
	}
}
