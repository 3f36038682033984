package rouge_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"storyline/rouge"
)

// Score a summary against two reference summaries, as NIST scored DUC
// 2006 (here without WordNet's exception lists, which live outside the
// repository; see LoadExceptions).
func ExampleScore() {
	peer := []string{
		"The police arrested two men after the bank robbery.",
		"Nobody was hurt.",
	}
	models := [][]string{
		{"Two men were arrested by police after a bank was robbed.", "No one was injured."},
		{"Police detained two suspects following the robbery of a bank."},
	}
	opts := rouge.NISTOptions(nil)
	scores, err := rouge.Score(peer, models, opts)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range scores {
		fmt.Printf("%-11s R:%.5f P:%.5f F:%.5f\n", s.Metric, s.Recall, s.Precision, s.F)
	}
	// Output:
	// ROUGE-1     R:0.48000 P:0.50000 F:0.48980
	// ROUGE-2     R:0.04348 P:0.04545 F:0.04444
	// ROUGE-3     R:0.00000 P:0.00000 F:0.00000
	// ROUGE-4     R:0.00000 P:0.00000 F:0.00000
	// ROUGE-L     R:0.36000 P:0.37500 F:0.36735
	// ROUGE-W-1.2 R:0.19417 P:0.31577 F:0.24047
	// ROUGE-SU4   R:0.21186 P:0.22321 F:0.21739
}

// Evaluate a ROUGE configuration and print ROUGE-1.5.5's report.
func ExampleEvaluate() {
	cfg := &rouge.Config{Evals: []rouge.Eval{{
		ID:     "D1",
		Format: rouge.FormatSPL,
		Peers:  []rouge.Summary{{ID: "7", File: "testdata/peer.spl"}},
		Models: []rouge.Summary{{ID: "A", File: "testdata/model.spl"}},
	}}}
	opts := rouge.DefaultOptions()
	opts.MaxN = 2
	rep, err := rouge.Evaluate(context.Background(), cfg, opts)
	if err != nil {
		log.Fatal(err)
	}
	if err := rep.WriteText(os.Stdout, true); err != nil {
		log.Fatal(err)
	}
	// Output:
	// ---------------------------------------------
	// 7 ROUGE-1 Average_R: 0.46667 (95%-conf.int. 0.46667 - 0.46667)
	// 7 ROUGE-1 Average_P: 0.58333 (95%-conf.int. 0.58333 - 0.58333)
	// 7 ROUGE-1 Average_F: 0.51852 (95%-conf.int. 0.51852 - 0.51852)
	// .............................................
	// 7 ROUGE-1 Eval D1.7 R:0.46667 P:0.58333 F:0.51852
	// ---------------------------------------------
	// 7 ROUGE-2 Average_R: 0.07143 (95%-conf.int. 0.07143 - 0.07143)
	// 7 ROUGE-2 Average_P: 0.09091 (95%-conf.int. 0.09091 - 0.09091)
	// 7 ROUGE-2 Average_F: 0.08000 (95%-conf.int. 0.08000 - 0.08000)
	// .............................................
	// 7 ROUGE-2 Eval D1.7 R:0.07143 P:0.09091 F:0.08000
	// ---------------------------------------------
	// 7 ROUGE-L Average_R: 0.33333 (95%-conf.int. 0.33333 - 0.33333)
	// 7 ROUGE-L Average_P: 0.41667 (95%-conf.int. 0.41667 - 0.41667)
	// 7 ROUGE-L Average_F: 0.37037 (95%-conf.int. 0.37037 - 0.37037)
	// .............................................
	// 7 ROUGE-L Eval D1.7 R:0.33333 P:0.41667 F:0.37037
}
