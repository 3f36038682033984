package main

import (
	"context"
	"fmt"
)

// runCluster is owned by the clustering work; a stub until it lands.
func runCluster(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline cluster: not implemented yet")
	return exitFail
}
