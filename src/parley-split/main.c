/* parley-split - document records to sentence records.
 *
 * For each document {"doc", "text", ...}: one record per sentence, in
 * order, {"doc", "sent", "para", "start", "end", "text", ...} with the
 * document's other fields after them in their order (DESIGN.md
 * "Sentence"). The splitting is split.c's; this file reads the records
 * and writes the sentences, building each output line itself: the
 * document's other fields are encoded once per document, not once per
 * sentence. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "exitcode.h"
#include "jsonl.h"
#include "rx.h"
#include "split.h"
#include "utf8.h"
#include "xalloc.h"

struct options {
	struct cli_common common;
	struct split_paths paths;
};

/* A growing output buffer, written out whole lines at a time. */
struct out {
	char *buf;
	size_t len, cap;
};

/* The document being split, for on_sentence. */
struct doc {
	struct out *o;
	const char *text;
	size_t len;
	struct out head;        /* {"doc":"..." */
	struct out tail;        /* ,"date":"...",...}\n */
	size_t byte_pos;        /* the code-point count at byte_pos is cp_pos */
	size_t cp_pos;
	unsigned long sent;
};

static void
usage(int code)
{
	FILE *fp = code == EXIT_OK ? stdout : stderr;

	fprintf(fp,
	    "Usage: parley-split [OPTION]... [FILE]...\n"
	    "Split parley document records (JSON Lines) into sentence records.\n"
	    "\n"
	    "Reads documents {\"doc\", \"text\", ...} from the FILEs (standard input\n"
	    "when none or -) and writes one record per sentence, in order:\n"
	    "{\"doc\", \"sent\", \"para\", \"start\", \"end\", \"text\", ...} where sent\n"
	    "and para count from 0 in the document, [start, end) are code-point\n"
	    "offsets into the document's text, and the document's other fields\n"
	    "follow unchanged. A line break ends a paragraph and the sentence in\n"
	    "it, unless the next line carries the sentence on in lowercase.\n"
	    "\n"
	    "  --abbreviations FILE  abbreviations and their kinds (default\n"
	    "                        abbreviations.txt of the data directory)\n"
	    "  --starters FILE       words that start sentences (split-starters.txt)\n"
	    "  --continuers FILE     words that carry on after \"U.S.\" or \"Inc.\"\n"
	    "                        (split-continuers.txt)\n"
	    CLI_COMMON_HELP
	    "\n"
	    "Example:\n"
	    "  parley-ingest --date 2025-04-23 articles/*.txt | parley-split\n"
	    "  echo '{\"doc\":\"d1\",\"text\":\"Mr. Smith left at 5 p.m. He was tired.\"}' \\\n"
	    "    | parley-split | jq -r .text\n"
	    "\n"
	    "Exit status: 0 ok, 64 usage, 65 some record rejected (or a mistake in a\n"
	    "data file), 66 an input or data file could not be read, 74 write error.\n");
	exit(code);
}

static struct options
parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "abbreviations", required_argument, NULL, 'a' },
		{ "starters", required_argument, NULL, 's' },
		{ "continuers", required_argument, NULL, 'c' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct options o = { 0 };
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (cli_common_option(c, optarg, &o.common, usage))
			continue;
		switch (c) {
		case 'a':
			o.paths.abbreviations = optarg;
			break;
		case 's':
			o.paths.starters = optarg;
			break;
		case 'c':
			o.paths.continuers = optarg;
			break;
		default:
			cli_bad_usage("unknown option");
		}
	}
	return o;
}

/* ---- output ---- */

static void
out_reserve(struct out *o, size_t more)
{
	if (o->cap - o->len >= more)
		return;
	if (more > SIZE_MAX / 2 - o->len)
		diag_die(EXIT_SOFTWARE, "out of memory");
	o->cap = (o->len + more) * 2 + 4096;
	o->buf = xrealloc(o->buf, o->cap);
}

static void
out_bytes(struct out *o, const char *s, size_t n)
{
	out_reserve(o, n);
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static void
out_uint(struct out *o, const char *key, size_t v)
{
	char num[32];
	int n = snprintf(num, sizeof num, ",\"%s\":%zu", key, v);

	out_bytes(o, num, (size_t)n);
}

/* out_string writes s as a JSON string, escaped as jansson escapes it
 * (so every field reads the same whichever way it was written). */
static void
out_string(struct out *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t run = 0;
	char *p;

	out_reserve(o, n * 6 + 2);
	p = o->buf + o->len;
	*p++ = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c != '"' && c != '\\') {
			run++;
			continue;
		}
		memcpy(p, s + i - run, run);
		p += run;
		run = 0;
		*p++ = '\\';
		switch (c) {
		case '"': *p++ = '"'; break;
		case '\\': *p++ = '\\'; break;
		case '\b': *p++ = 'b'; break;
		case '\f': *p++ = 'f'; break;
		case '\n': *p++ = 'n'; break;
		case '\r': *p++ = 'r'; break;
		case '\t': *p++ = 't'; break;
		default:
			memcpy(p, "u00", 3);
			p[3] = hex[c >> 4];
			p[4] = hex[c & 15];
			p += 5;
		}
	}
	memcpy(p, s + n - run, run);
	p += run;
	*p++ = '"';
	o->len = (size_t)(p - o->buf);
}

/* out_value writes any JSON value: strings by out_string, the rest as
 * jansson's compact encoding. */
static void
out_value(struct out *o, json_t *v)
{
	size_t n;

	if (json_is_string(v)) {
		out_string(o, json_string_value(v), json_string_length(v));
		return;
	}
	n = json_dumpb(v, NULL, 0, JSON_COMPACT | JSON_ENCODE_ANY);
	if (n == 0)
		diag_die(EXIT_SOFTWARE, "cannot encode a field as JSON");
	out_reserve(o, n);
	o->len += json_dumpb(v, o->buf + o->len, n, JSON_COMPACT | JSON_ENCODE_ANY);
}

static void
out_flush(struct out *o)
{
	if (o->len > 0 && fwrite(o->buf, 1, o->len, stdout) != o->len)
		jsonl_out_check(stdout);
	o->len = 0;
}

/* ---- documents ---- */

/* owned: the fields the stage writes itself; a document's own "sent" or
 * "start" is replaced, not repeated. */
static bool
owned(const char *key)
{
	static const char *const keys[] = { "doc", "sent", "para", "start",
	    "end", "text", NULL };

	for (int i = 0; keys[i] != NULL; i++)
		if (strcmp(key, keys[i]) == 0)
			return true;
	return false;
}

static void
on_sentence(const struct split_sentence *s, void *ctx)
{
	struct doc *d = ctx;
	struct out *o = d->o;
	size_t start;

	d->cp_pos += utf8_length(d->text + d->byte_pos, s->start - d->byte_pos);
	start = d->cp_pos;
	d->cp_pos += utf8_length(d->text + s->start, s->end - s->start);
	d->byte_pos = s->end;

	out_bytes(o, d->head.buf, d->head.len);
	out_uint(o, "sent", d->sent++);
	out_uint(o, "para", s->para);
	out_uint(o, "start", start);
	out_uint(o, "end", d->cp_pos);
	out_bytes(o, ",\"text\":", 8);
	out_string(o, d->text + s->start, s->end - s->start);
	out_bytes(o, d->tail.buf, d->tail.len);
	if (o->len >= 1 << 16)
		out_flush(o);
}

/* split_document writes the sentences of the document rec. */
static void
split_document(struct splitter *sp, json_t *rec, struct doc *d)
{
	json_t *doc = json_object_get(rec, "doc");
	json_t *text = json_object_get(rec, "text");
	const char *key;
	json_t *v;

	d->head.len = d->tail.len = 0;
	out_bytes(&d->head, "{\"doc\":", 7);
	out_string(&d->head, json_string_value(doc), json_string_length(doc));
	json_object_foreach(rec, key, v) {
		if (owned(key))
			continue;
		out_bytes(&d->tail, ",", 1);
		out_string(&d->tail, key, strlen(key));
		out_bytes(&d->tail, ":", 1);
		out_value(&d->tail, v);
	}
	out_bytes(&d->tail, "}\n", 2);
	d->text = json_string_value(text);
	d->len = json_string_length(text);
	d->byte_pos = d->cp_pos = 0;
	d->sent = 0;
	split_text(sp, d->text, d->len, on_sentence, d);
}

int
main(int argc, char **argv)
{
	struct options o;
	struct splitter *sp;
	struct jsonl_in in;
	struct out out = { 0 };
	struct doc d = { .o = &out };
	json_t *rec;
	int status;

	diag_init(argv[0]);
	o = parse_options(argc, argv);
	if ((sp = split_new(&o.paths, &status)) == NULL)
		return status;
	jsonl_in_open(&in, argc - optind, argv + optind, &o.common);
	for (;;) {
		/* --strict exits inside the reader: what is buffered goes first */
		if (o.common.strict)
			out_flush(&out);
		if ((rec = jsonl_in_next(&in)) == NULL)
			break;
		if (jsonl_require_string(&in, rec, "doc") &&
		    jsonl_require_string(&in, rec, "text"))
			split_document(sp, rec, &d);
		json_decref(rec);
	}
	out_flush(&out);
	free(out.buf);
	free(d.head.buf);
	free(d.tail.buf);
	split_free(sp);
	rx_cleanup();
	return jsonl_finish(&in);
}
