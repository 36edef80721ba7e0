/* parley-aggregate - who speaks on what, how often, since when, where.
 *
 * Reads enriched sentence records (or, with --merge, aggregate rows) and
 * writes one row per group of the --by keys: counts, distinct quotes,
 * documents, dates, outlets and examples. The work is in aggregate.c and
 * the files beside it; main reads the options and the records. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"
#include "cli.h"
#include "diag.h"
#include "exitcode.h"
#include "jsonl.h"

enum {
	OPT_BY = 1,
	OPT_UNIT,
	OPT_EXAMPLES,
	OPT_MERGE,
	OPT_FORMAT,
	OPT_UNKNOWN,
	OPT_SORT,
	OPT_NO_FAST_PATH
};

struct options {
	struct cli_common common;
	struct agg_options agg;
	bool slow;      /* --no-fast-path: jansson decodes every record */
};

static void
usage(int code)
{
	FILE *fp = code == EXIT_OK ? stdout : stderr;

	fprintf(fp,
	    "Usage: parley-aggregate [OPTION]... [FILE]...\n"
	    "Count who speaks on which issue, how often, since when, where: one row\n"
	    "per group of enriched sentence records (JSON Lines).\n"
	    "\n"
	    "  --by KEYS          group by these keys, comma-separated, among actor,\n"
	    "                     group, issue, doc, date, source, kind, speaker\n"
	    "                     (default actor,issue); a quote with several issues\n"
	    "                     counts once under each\n"
	    "  --unit quote|sentence  count quotes (who speaks; default) or sentences\n"
	    "                     that mention the actors and issues (who is talked\n"
	    "                     about)\n"
	    "  --examples N       up to N example quotes a row, longest direct quotes\n"
	    "                     first, then the earliest (default 3)\n"
	    "  --merge            the input is rows of runs over disjoint sets of\n"
	    "                     documents; write the rows of one run over all\n"
	    "  --unknown          list the speaker mentions no actor resolved, most\n"
	    "                     frequent first, with an example each\n"
	    "  --format jsonl|tsv|md  JSON Lines rows (default), tab-separated values\n"
	    "                     with a header line, or a Markdown table\n"
	    "  --sort keys|count  order rows by the keys (default) or most counted\n"
	    "                     first\n"
	    "  --no-fast-path     decode every record with jansson (slower; the same\n"
	    "                     rows: for testing the fast reader)\n"
	    CLI_COMMON_HELP
	    "\n"
	    "Rows: the keys, name (with actor), quotes (or sentences), unique (the\n"
	    "same quote in several outlets once), docs, first and last date, sources,\n"
	    "examples, and merge (what --merge needs). Null keys read \"unknown\" in\n"
	    "a table.\n"
	    "\n"
	    "Examples:\n"
	    "  parley-split docs.jsonl | parley-quotes | parley-actors | parley-issues \\\n"
	    "    | parley-aggregate --by actor,issue > night.jsonl\n"
	    "  parley-aggregate --merge nights/*.jsonl > all.jsonl\n"
	    "  parley-aggregate --merge --format md all.jsonl\n"
	    "\n"
	    "Exit status: 0 ok, 64 usage, 65 some input line rejected, 66 an input\n"
	    "could not be read, 74 write error.\n");
	exit(code);
}

static long
parse_examples(const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || n < 0 ||
	    n > AGG_EXAMPLES_MAX)
		cli_bad_usage("--examples: '%s' is not a number from 0 to %d",
		    s, AGG_EXAMPLES_MAX);
	return n;
}

static void
parse_choice(int c, const char *arg, struct agg_options *o)
{
	if (c == OPT_UNIT && strcmp(arg, "quote") == 0)
		o->unit = AGG_QUOTE;
	else if (c == OPT_UNIT && strcmp(arg, "sentence") == 0)
		o->unit = AGG_SENTENCE;
	else if (c == OPT_FORMAT && strcmp(arg, "jsonl") == 0)
		o->format = AGG_JSONL;
	else if (c == OPT_FORMAT && strcmp(arg, "tsv") == 0)
		o->format = AGG_TSV;
	else if (c == OPT_FORMAT && strcmp(arg, "md") == 0)
		o->format = AGG_MD;
	else if (c == OPT_SORT && strcmp(arg, "keys") == 0)
		o->sort = AGG_SORT_KEYS;
	else if (c == OPT_SORT && strcmp(arg, "count") == 0)
		o->sort = AGG_SORT_COUNT;
	else
		cli_bad_usage("--%s: '%s' is not one of %s",
		    c == OPT_UNIT ? "unit" : c == OPT_FORMAT ? "format" : "sort",
		    arg, c == OPT_UNIT ? "quote, sentence" :
		    c == OPT_FORMAT ? "jsonl, tsv, md" : "keys, count");
	if (c == OPT_UNIT)
		o->unit_given = true;
}

static struct options
parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, OPT_BY },
		{ "unit", required_argument, NULL, OPT_UNIT },
		{ "examples", required_argument, NULL, OPT_EXAMPLES },
		{ "merge", no_argument, NULL, OPT_MERGE },
		{ "unknown", no_argument, NULL, OPT_UNKNOWN },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "sort", required_argument, NULL, OPT_SORT },
		{ "no-fast-path", no_argument, NULL, OPT_NO_FAST_PATH },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct options o = { 0 };
	char err[256];
	int c;

	agg_options_default(&o.agg);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (cli_common_option(c, optarg, &o.common, usage))
			continue;
		switch (c) {
		case OPT_BY:
			if (!agg_parse_by(optarg, &o.agg, err, sizeof err))
				cli_bad_usage("%s", err);
			o.agg.by_given = true;
			break;
		case OPT_EXAMPLES:
			o.agg.examples = parse_examples(optarg);
			o.agg.examples_given = true;
			break;
		case OPT_MERGE:
			o.agg.merge = true;
			break;
		case OPT_UNKNOWN:
			o.agg.unknown = true;
			break;
		case OPT_NO_FAST_PATH:
			o.slow = true;
			break;
		case OPT_UNIT:
		case OPT_FORMAT:
		case OPT_SORT:
			parse_choice(c, optarg, &o.agg);
			break;
		default:
			cli_bad_usage("unknown option");
		}
	}
	if (!agg_options_check(&o.agg, err, sizeof err))
		cli_bad_usage("%s", err);
	return o;
}

int
main(int argc, char **argv)
{
	struct options o;
	struct jsonl_in in;
	struct agg *a;
	const char *line;
	json_t *rec;
	size_t len;
	char err[512];

	diag_init(argv[0]);
	o = parse_options(argc, argv);
	jsonl_in_open(&in, argc - optind, argv + optind, &o.common);
	a = agg_new(&o.agg);
	while ((line = jsonl_in_next_record(&in, &len)) != NULL) {
		if (!o.slow && agg_add_line(a, line, len))
			continue;
		if ((rec = jsonl_decode(&in, line, len)) == NULL)
			continue;
		if (!agg_add(a, rec, err, sizeof err))
			jsonl_reject(&in, "%s", err);
		json_decref(rec);
	}
	agg_write(a, stdout);
	agg_free(a);
	return jsonl_finish(&in);
}
