package main

import (
	"context"
	"fmt"
)

// runRouge is owned by the ROUGE work; a stub until it lands.
func runRouge(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline rouge: not implemented yet")
	return exitFail
}
