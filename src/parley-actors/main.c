/* parley-actors - who is named in each sentence, and who speaks each quote.
 *
 * Reads sentence records (DESIGN.md) carrying "quotes" (parley-quotes),
 * one document at a time, and adds "actors" to each sentence (every actor
 * of the dictionary named in it) and "actor", "actor_via", "actor_name"
 * and "group" to each quote (resolve.h says how). Unknown fields pass
 * through. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "datafile.h"
#include "dict.h"
#include "diag.h"
#include "exitcode.h"
#include "jsonl.h"
#include "names.h"
#include "record.h"
#include "resolve.h"
#include "xalloc.h"

/* limit errors reported one by one; the rest are counted */
#define LIMIT_REPORTS 20

struct options {
	struct cli_common common;
	char **dicts;           /* --dict, in order */
	size_t ndicts;
	bool check;             /* --check: the dictionaries are in dicts */
	bool slow;              /* --no-fast-path */
};

struct run {
	struct rec_batch batch;
	struct actor_doc doc;
	struct actor_patterns patterns;
	unsigned long limit_docs;
	int status;
};

static void
usage(int code)
{
	FILE *fp = code == EXIT_OK ? stdout : stderr;

	fprintf(fp,
	    "Usage: parley-actors [OPTION]... [FILE]...\n"
	    "   or: parley-actors --check DICT [--check DICT]...\n"
	    "Add the actors to sentence records with quotes (JSON Lines): \"actors\"\n"
	    "on each sentence (every actor of the dictionary it names, with the\n"
	    "mention and its code-point offsets in the document), and on each quote\n"
	    "\"actor\" (the speaker's id or null), \"actor_via\" (name, role, pronoun,\n"
	    "continues or null), \"actor_name\" and \"group\" (the actor's display name\n"
	    "and side). Records of a document must be contiguous and in order.\n"
	    "\n"
	    "  --dict FILE     an actors dictionary; give it again for more (default:\n"
	    "                  actors.txt among the data files, $PARLEY_DATADIR first)\n"
	    "  --check DICT    check the dictionary DICT (again: together with the\n"
	    "                  others), print what it holds, exit (0 good, 65 mistakes\n"
	    "                  reported with file:line)\n"
	    "  --no-fast-path  decode every record with jansson (for testing: the\n"
	    "                  output is the same)\n"
	    CLI_COMMON_HELP
	    "\n"
	    "Example:\n"
	    "  parley-ingest articles/*.txt | parley-split | parley-quotes \\\n"
	    "    | parley-actors | jq -c '.quotes[] | [.speaker, .actor, .actor_via]'\n"
	    "\n"
	    "Exit status: 0 ok, 64 usage, 65 some record rejected, a bad dictionary,\n"
	    "or a search cut short by a pcre2 limit (the record is still written),\n"
	    "66 an input or a dictionary could not be read, 74 write error.\n");
	exit(code);
}

static struct options
parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "dict", required_argument, NULL, 'd' },
		{ "check", required_argument, NULL, 'c' },
		{ "no-fast-path", no_argument, NULL, 's' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct options o = { 0 };
	bool dict = false;
	int c;

	o.dicts = xreallocarray(NULL, (size_t)argc + 1, sizeof *o.dicts);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (cli_common_option(c, optarg, &o.common, usage))
			continue;
		switch (c) {
		case 'd':
			dict = true;
			o.dicts[o.ndicts++] = optarg;
			break;
		case 'c':
			o.check = true;
			o.dicts[o.ndicts++] = optarg;
			break;
		case 's':
			o.slow = true;
			break;
		default:
			cli_bad_usage("unknown option");
		}
	}
	if (o.check && (dict || optind < argc))
		cli_bad_usage("--check takes dictionaries and nothing else");
	return o;
}

/* check_dicts is --check: load, compile, tell what the dictionaries hold. */
static int
check_dicts(char **paths, size_t n)
{
	struct actor_dict d;
	struct actor_patterns p;
	size_t kinds[KIND_PLACE + 1] = { 0 }, names = 0, capitals = 0;
	size_t surnames = 0, regexes = 0, generic = 0, patterns;
	int status = actor_dict_load(&d, paths, n);

	if (status != EXIT_OK) {
		actor_dict_free(&d);
		rx_cleanup();
		return status;
	}
	actor_patterns_build(&p, &d);
	patterns = actor_patterns_count_names(&p);
	for (size_t i = 0; i < d.nactors; i++)
		kinds[d.actors[i].kind]++;
	for (size_t i = 0; i < d.naliases; i++) {
		if (d.aliases[i].type == ALIAS_NAME && d.aliases[i].derived)
			capitals++;
		else if (d.aliases[i].type == ALIAS_NAME)
			names++;
		else if (d.aliases[i].type == ALIAS_REGEX)
			regexes++;
		else
			surnames++;
	}
	for (size_t i = 0; i < d.nroles; i++)
		generic += d.roles[i].nholders > 1;
	for (size_t i = 0; i < n; i++)
		printf("%s%s", i > 0 ? ", " : "", paths[i]);
	printf(": %zu actors (%zu people, %zu organisations, %zu countries, "
	    "%zu outlets, %zu places), %zu names (and %zu in capitals), "
	    "%zu surnames, %zu patterns, %zu roles (%zu shared); "
	    "%zu name pattern%s, %zu role pattern%s\n",
	    d.nactors, kinds[KIND_PERSON], kinds[KIND_ORGANISATION],
	    kinds[KIND_COUNTRY], kinds[KIND_OUTLET], kinds[KIND_PLACE], names,
	    capitals, surnames, regexes, d.nroles, generic, patterns,
	    patterns == 1 ? "" : "s", p.nroles, p.nroles == 1 ? "" : "s");
	actor_patterns_free(&p);
	actor_dict_free(&d);
	rx_cleanup();
	jsonl_out_close(stdout);
	return EXIT_OK;
}

/* flush resolves and writes the document waiting in the batch. */
static void
flush(void *ctx)
{
	struct run *run = ctx;
	unsigned long limits = run->patterns.limits;

	if (run->batch.n == 0)
		return;
	rec_load(&run->batch, &run->doc);
	actor_doc_resolve(&run->doc);
	if (run->patterns.limits > limits) {
		run->status = exitcode_worst(run->status, EXIT_DATAERR);
		if (run->limit_docs++ < LIMIT_REPORTS)
			diag_warn("document '%.*s': a search was cut short by a "
			    "pcre2 limit; its actors may be incomplete%s",
			    (int)run->batch.doclen, run->batch.doc,
			    run->limit_docs == LIMIT_REPORTS ?
			    " (no more such messages)" : "");
	}
	rec_write(&run->batch, &run->doc);
}

int
main(int argc, char **argv)
{
	struct options o;
	struct actor_dict dict;
	struct run run = { 0 };
	struct jsonl_in in;
	const char *line;
	size_t len;
	char *def = NULL;
	int status;

	diag_init(argv[0]);
	o = parse_options(argc, argv);
	if (o.check) {
		status = check_dicts(o.dicts, o.ndicts);
		free(o.dicts);
		return status;
	}
	if (o.ndicts == 0)
		o.dicts[o.ndicts++] = def = datafile_path("actors.txt");
	status = actor_dict_load(&dict, o.dicts, o.ndicts);
	free(def);
	free(o.dicts);
	if (status != EXIT_OK) {
		actor_dict_free(&dict);
		rx_cleanup();
		return status;
	}
	actor_patterns_build(&run.patterns, &dict);
	actor_doc_init(&run.doc, &dict, &run.patterns);
	rec_batch_init(&run.batch, o.slow);

	/* whole records at a time through bigger buffers: fewer calls */
	setvbuf(stdin, NULL, _IOFBF, 1 << 16);
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	jsonl_in_open(&in, argc - optind, argv + optind, &o.common);
	while ((line = jsonl_in_next_record(&in, &len)) != NULL) {
		if (!rec_read(&run.batch, &in, line, len, flush, &run))
			continue;
		if (!rec_same_doc(&run.batch))
			flush(&run);
		rec_push(&run.batch);
	}
	flush(&run);
	if (run.limit_docs > LIMIT_REPORTS)
		diag_warn("%lu documents in all had a search cut short by a "
		    "pcre2 limit", run.limit_docs);
	status = exitcode_worst(run.status, jsonl_finish(&in));

	rec_batch_free(&run.batch);
	actor_doc_free(&run.doc);
	actor_patterns_free(&run.patterns);
	actor_dict_free(&dict);
	rx_cleanup();
	return status;
}
