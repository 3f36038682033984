package main

import (
	"context"
	"fmt"
)

// runEvalSummarize is a stub until its work lands.
func runEvalSummarize(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline eval summarize: not implemented yet")
	return exitFail
}
