package main

import (
	"context"
	"fmt"
)

// runEval dispatches "storyline eval <what>".
func runEval(ctx context.Context, e *env, args []string) int {
	subs := map[string]func(context.Context, *env, []string) int{
		"summarize": runEvalSummarize,
		"cluster":   runEvalCluster,
		"extract":   runEvalExtract,
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, "usage: storyline eval summarize|cluster|extract [flags] ...")
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	f, ok := subs[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "storyline eval: unknown target %q (want summarize, cluster or extract)\n", args[0])
		return exitUsage
	}
	return f(ctx, e, args[1:])
}
