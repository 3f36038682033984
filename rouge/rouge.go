// Package rouge is ROUGE-1.5.5, the summary evaluation package of Lin
// (2004) that NIST's DUC evaluations used, rewritten in Go to give the same
// numbers to the last printed digit, many times faster (see
// BenchmarkJackknife).
//
// [Evaluate] runs a ROUGE evaluation configuration ([ParseConfig]) with
// the options of the Perl script ([Options]: -n, -l, -b, -m, -s, -2, -u,
// -w, -f, -p, -t, -c, -r, ...) and returns a [Report] whose
// [Report.WriteText] prints ROUGE's output line for line. [Score] scores
// one summary against its models, for use inside a program.
//
// # What makes the last digit
//
// Tokens are the runs of ASCII letters and digits of the lower-cased
// text; with -m a token longer than three bytes becomes its base form from
// WordNet's exception lists ([LoadExceptions]) or else its Porter stem
// ([storyline/stem.Porter]). Length limits cut the text before
// tokenisation, counting white-space separated words (-l) or bytes (-b).
// A model's counts are clipped per peer (-f A sums hits and counts over
// the models, -f B keeps the best model); recall and precision are
// rounded to five decimals before F is computed from them. ROUGE-L and
// ROUGE-W take the union of the LCS of each model sentence with every
// peer sentence, clipped by unigram counts. ROUGE's averages are the
// means of its 1000 bootstrap resamples, drawn with Perl's drand48 seeded
// by the resample number, which this package reproduces exactly, so the
// confidence intervals match too.
//
// Known slips of ROUGE-1.5.5 are kept, since the published scores carry
// them: under -b the LCS measures cut the text only at the first sentence
// longer than the limit; ROUGE-W weighs the model length twice; ROUGE-SU
// leaves out the unigram of each summary's last token; a run of ROUGE-W
// hits is broken only by an unmarked position.
package rouge
