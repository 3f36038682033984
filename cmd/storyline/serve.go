package main

import (
	"context"
	"fmt"
)

// runServe is a stub until the serve work lands.
func runServe(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline serve: not implemented yet")
	return exitFail
}

// runFeeds is a stub until the serve work lands.
func runFeeds(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline feeds: not implemented yet")
	return exitFail
}
