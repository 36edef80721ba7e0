/* parley-issues - which issues each sentence and each quote raises.
 *
 * Reads sentence records (DESIGN.md), adds "issues" (the ids of every
 * issue the sentence raises, in the dictionary's order) to each, and
 * "issues" and "issues_from" to each of its quotes (tag.h says how).
 * One record at a time; unknown fields pass through. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "datafile.h"
#include "diag.h"
#include "dict.h"
#include "exitcode.h"
#include "fast.h"
#include "jsonl.h"
#include "scan.h"
#include "sentence.h"
#include "tag.h"
#include "xalloc.h"

static char out_buffer[256 * 1024];

/* limit errors reported one by one; the rest are counted */
#define LIMIT_REPORTS 20

struct options {
	struct cli_common common;
	const char *dict;
	const char *check;
	bool slow;              /* --no-fast-path: jansson for every record */
};

static void
usage(int code)
{
	FILE *fp = code == EXIT_OK ? stdout : stderr;

	fprintf(fp,
	    "Usage: parley-issues [OPTION]... [FILE]...\n"
	    "   or: parley-issues --check DICT\n"
	    "Add \"issues\" to sentence records and to their quotes (JSON Lines):\n"
	    "the ids of the dictionary's issues that the sentence, or the quote's\n"
	    "content, raises. A fragment or an elliptical quote also takes the issues\n"
	    "of its clause, or of its sentence; \"issues_from\" says which (quote,\n"
	    "sentence, quote+sentence).\n"
	    "\n"
	    "  --dict FILE     the issues dictionary (default: issues.txt among the\n"
	    "                  data files, $PARLEY_DATADIR first)\n"
	    "  --check DICT    check the dictionary DICT, print what it holds, exit\n"
	    "                  (0 good, 65 mistakes reported with file:line)\n"
	    "  --no-fast-path  decode every record with jansson (for testing: the\n"
	    "                  output is the same)\n"
	    CLI_COMMON_HELP
	    "\n"
	    "Example:\n"
	    "  parley-ingest articles/*.txt | parley-split | parley-quotes \\\n"
	    "    | parley-actors | parley-issues | jq -c '.quotes[] | [.text, .issues]'\n"
	    "\n"
	    "Exit status: 0 ok, 64 usage, 65 some record rejected, a bad dictionary,\n"
	    "or a match cut short by a pcre2 limit (the record is still written),\n"
	    "66 an input or the dictionary could not be read, 74 write error.\n");
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
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (cli_common_option(c, optarg, &o.common, usage))
			continue;
		switch (c) {
		case 'd':
			o.dict = optarg;
			break;
		case 'c':
			o.check = optarg;
			break;
		case 's':
			o.slow = true;
			break;
		default:
			cli_bad_usage("unknown option");
		}
	}
	if (o.check != NULL && (o.dict != NULL || optind < argc))
		cli_bad_usage("--check takes the dictionary and nothing else");
	return o;
}

/* check_dict is --check: load, compile, tell what the dictionary holds. */
static int
check_dict(const char *path)
{
	struct issue_dict d;
	struct issue_scanner s;
	size_t phrases = 0, regexes = 0, unless = 0;
	int status = issue_dict_load(&d, path);

	if (status != EXIT_OK)
		return status;
	issue_scanner_build(&s, &d);
	for (size_t i = 0; i < d.nentries; i++) {
		if (d.entries[i].unless)
			unless++;
		else if (d.entries[i].phrase)
			phrases++;
		else
			regexes++;
	}
	printf("%s: %zu issues, %zu phrases, %zu regexes, %zu exclusions\n",
	    path, d.nissues, phrases, regexes, unless);
	issue_scanner_free(&s);
	issue_dict_free(&d);
	rx_cleanup();
	jsonl_out_close(stdout);
	return EXIT_OK;
}

static void
report_limits(struct jsonl_in *in, const struct tagger *t,
    unsigned long *reported, int *status)
{
	const struct issue_entry *e;

	if (t->limits == 0)
		return;
	*status = exitcode_worst(*status, EXIT_DATAERR);
	if ((*reported)++ >= LIMIT_REPORTS)
		return;
	e = &t->dict->entries[t->limit_entry];
	diag_warn("%s:%lu: pcre2 match limit hit by issue '%s' (%s:%lu)%s; "
	    "its issues may be incomplete", in->name, in->line,
	    t->dict->issues[e->issue].id, t->dict->path, e->line,
	    *reported == LIMIT_REPORTS ? " (no more such messages)" : "");
}

/* quotes_check rejects a record whose "quotes" is there but is not an
 * array of objects with a "text" string (and, when given, a non-negative
 * integer "start" and a string "kind"). */
static bool
quotes_check(struct jsonl_in *in, json_t *rec)
{
	json_t *quotes = json_object_get(rec, "quotes"), *q;
	size_t i;

	if (quotes == NULL)
		return true;
	if (!json_is_array(quotes)) {
		jsonl_reject(in, "field 'quotes' is not an array");
		return false;
	}
	json_array_foreach(quotes, i, q) {
		json_t *start = json_object_get(q, "start");
		json_t *kind = json_object_get(q, "kind");

		if (!json_is_object(q))
			jsonl_reject(in, "quotes[%zu] is not an object", i);
		else if (!json_is_string(json_object_get(q, "text")))
			jsonl_reject(in, "quotes[%zu]: missing string field 'text'", i);
		else if (start != NULL && (!json_is_integer(start) ||
		    json_integer_value(start) < 0))
			jsonl_reject(in, "quotes[%zu]: field 'start' is not a "
			    "non-negative integer", i);
		else if (kind != NULL && !json_is_string(kind))
			jsonl_reject(in, "quotes[%zu]: field 'kind' is not a string", i);
		else
			continue;
		return false;
	}
	return true;
}

static json_t *
id_array(const struct issue_dict *d, const bool *issues)
{
	json_t *a = json_array();

	for (size_t i = 0; i < d->nissues; i++)
		if (issues[i])
			json_array_append_new(a, json_string(d->issues[i].id));
	return a;
}

/* tag_record adds the issues to a checked sentence record. */
static void
tag_record(struct tagger *t, json_t *rec, bool *issues)
{
	json_t *text = json_object_get(rec, "text");
	json_t *quotes = json_object_get(rec, "quotes"), *q;
	long long start = sentence_int(rec, "start", 0);
	size_t i;

	tagger_sentence(t, json_string_value(text), json_string_length(text),
	    issues);
	json_object_set_new(rec, "issues", id_array(t->dict, issues));
	json_array_foreach(quotes, i, q) {
		json_t *qt = json_object_get(q, "text");
		json_t *qs = json_object_get(q, "start");
		const char *kind = json_string_value(json_object_get(q, "kind"));
		struct tag_quote tq = {
			.text = json_string_value(qt),
			.len = json_string_length(qt),
			.located = qs != NULL && json_integer_value(qs) >= start,
			.offset = qs != NULL ? (size_t)(json_integer_value(qs) - start) : 0,
			.fragment = kind != NULL && strcmp(kind, "partial") == 0,
		};
		enum tag_from from = tagger_quote(t, &tq, issues);

		json_object_set_new(q, "issues", id_array(t->dict, issues));
		json_object_set_new(q, "issues_from", json_string(tag_from_name(from)));
	}
}

/* process_json: a record through jansson (every record when --no-fast-path,
 * else those the fast path leaves: other formatting, escapes, mistakes). */
static void
process_json(struct jsonl_in *in, const char *line, size_t len,
    struct tagger *t, bool *issues, struct fast_order *order)
{
	static const struct sentence_batch none;
	json_t *rec = jsonl_decode(in, line, len), *doc;
	long long start;

	if (rec == NULL)
		return;
	if (!sentence_check(in, rec, &none) || !quotes_check(in, rec)) {
		json_decref(rec);
		return;
	}
	doc = json_object_get(rec, "doc");
	start = sentence_int(rec, "start", 0);
	if (!fast_order_ok(order, json_string_value(doc),
	    json_string_length(doc), start)) {
		/* the words of lib/sentence.c's sentence_check */
		jsonl_reject(in, "sentence starts at %lld, before the end of "
		    "the previous sentence of its document", start);
		json_decref(rec);
		return;
	}
	tag_record(t, rec, issues);
	jsonl_out_write(rec);
	fast_order_set(order, json_string_value(doc), json_string_length(doc),
	    sentence_int(rec, "end", 0));
	json_decref(rec);
}

/* fast_path_batch: the bytes of output lines the fast path gathers
 * before it writes them (one fwrite for many small records) */
#define FAST_PATH_BATCH 3000

/* process_fast tags a record the fast path read; its line is written
 * with the batch it joins. */
static void
process_fast(struct fast_record *r, struct tagger *t, bool *issues,
    struct fast_order *order)
{
	fast_tag(r, t, issues);
	if (r->out_len >= FAST_PATH_BATCH)
		fast_flush(r, stdout);
	fast_order_set_record(order, r);
}

int
main(int argc, char **argv)
{
	struct options o;
	struct issue_dict dict;
	struct issue_scanner scanner;
	struct tagger tagger;
	struct jsonl_in in;
	struct fast_record fr = { 0 };
	struct fast_order order = { 0 };
	unsigned long reported = 0;
	const char *line;
	size_t len;
	char *path;
	bool *issues;
	int status;

	diag_init(argv[0]);
	o = parse_options(argc, argv);
	if (o.check != NULL)
		return check_dict(o.check);
	path = o.dict != NULL ? xstrdup(o.dict) : datafile_path("issues.txt");
	status = issue_dict_load(&dict, path);
	free(path);
	if (status != EXIT_OK)
		return status;
	issue_scanner_build(&scanner, &dict);
	tagger_init(&tagger, &dict, &scanner);
	issues = xcalloc(dict.nissues, sizeof *issues);

	/* a big stdout buffer: fewer system calls for many small records
	 * (static: stdout is flushed at exit; lib/jsonl reads in blocks) */
	setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
	jsonl_in_open(&in, argc - optind, argv + optind, &o.common);
	while ((line = jsonl_in_next_record(&in, &len)) != NULL) {
		if (!o.slow && fast_parse(&fr, line, len, &order)) {
			process_fast(&fr, &tagger, issues, &order);
		} else {
			/* the lines before first (--strict may end the run) */
			fast_flush(&fr, stdout);
			process_json(&in, line, len, &tagger, issues, &order);
		}
		report_limits(&in, &tagger, &reported, &status);
		tagger.limits = 0;
	}
	if (reported > LIMIT_REPORTS)
		diag_warn("%lu records in all had a match cut short by a pcre2 "
		    "limit", reported);
	fast_flush(&fr, stdout);
	status = exitcode_worst(status, jsonl_finish(&in));

	fast_record_free(&fr);
	fast_order_free(&order);
	free(issues);
	tagger_free(&tagger);
	issue_scanner_free(&scanner);
	issue_dict_free(&dict);
	rx_cleanup();
	return status;
}
