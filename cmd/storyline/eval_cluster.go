package main

import (
	"context"
	"fmt"
)

// runEvalCluster is a stub until its work lands.
func runEvalCluster(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline eval cluster: not implemented yet")
	return exitFail
}
