// Command storyline turns news reports from many outlets into stories and,
// for each story, a brief whose every sentence names the outlets behind it.
//
// It only wires the pipeline packages together; see README.md for usage.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
)

// Exit codes.
const (
	exitOK    = 0 // done
	exitFail  = 1 // the work failed
	exitUsage = 2 // bad usage
)

// env is what a command sees of the process: no globals.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) int
}

func commands() map[string]command {
	return map[string]command{
		"brief":   {"brief a story from articles (files, folders, stdin)", runBrief},
		"extract": {"show what reading and cleaning made of each input", runExtract},
		"rouge":   {"score summaries exactly as ROUGE-1.5.5 does", runRouge},
		"cluster": {"group a stream of articles into stories", runCluster},
		"eval":    {"measure a stage on a dataset (summarize, cluster, extract)", runEval},
		"serve":   {"run the news desk: web page and JSON API on an embedded store", runServe},
		"feeds":   {"list, add or remove the feeds a desk polls", runFeeds},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run dispatches args to a subcommand and returns the exit code.
func run(ctx context.Context, e *env, args []string) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr, cmds)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "storyline: unknown command %q\n\n", args[0])
		usage(e.stderr, cmds)
		return exitUsage
	}
	return c.run(ctx, e, args[1:])
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: storyline <command> [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'storyline <command> --help' for a command's flags.")
}
