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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "exitcode.h"
#include "jsonl.h"
#include "jsonscan.h"
#include "rx.h"
#include "split.h"
#include "utf8.h"
#include "xalloc.h"

struct options {
	struct cli_common common;
	struct split_paths paths;
	bool no_fast_path;
};

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

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
	struct jsonscan js;     /* the fast reader's scan of the line */
	char *unescaped;        /* a decoded text or value */
	size_t ucap;
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
	    "  --no-fast-path        read every record with jansson (the same\n"
	    "                        output, slower; for testing)\n"
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
		{ "no-fast-path", no_argument, NULL, 'j' },
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
		case 'j':
			o.no_fast_path = true;
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

/* out_uint writes ,"key":v (key needs no escaping). */
#define out_uint(o, key, v) out_uint_n(o, key, sizeof key - 1, v)

static void
out_uint_n(struct out *o, const char *key, size_t klen, size_t v)
{
	char digits[24];
	size_t n = 0;
	char *p;

	do
		digits[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	out_reserve(o, klen + n + 4);
	p = o->buf + o->len;
	*p++ = ',';
	*p++ = '"';
	memcpy(p, key, klen);
	p += klen;
	*p++ = '"';
	*p++ = ':';
	while (n > 0)
		*p++ = digits[--n];
	o->len = (size_t)(p - o->buf);
}

/* plain8: none of the 8 bytes at s needs escaping in JSON ('"', '\\',
 * below 0x20). (x - ONES) & ~x marks a zero byte of x, (w - 0x20s) & ~w a
 * byte below 0x20; bytes >= 0x80 never mark (the & ~w clears them). */
static bool
plain8(const char *s)
{
	uint64_t w, q, b;

	memcpy(&w, s, 8);
	q = w ^ (ONES * '"');
	b = w ^ (ONES * '\\');
	return ((((q - ONES) & ~q) | ((b - ONES) & ~b) |
	    ((w - ONES * 0x20) & ~w)) & HIGHS) == 0;
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

		if (i + 8 <= n && plain8(s + i)) {
			run += 8;
			i += 7;
			continue;
		}
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

/* count_cps counts the code points of n bytes of valid UTF-8: the bytes
 * that are not continuation bytes (10xxxxxx), eight at a time. */
static size_t
count_cps(const char *s, size_t n)
{
	size_t conts = 0, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w, c;

		memcpy(&w, s + i, 8);
		c = (w & ~(w << 1) & HIGHS) >> 7;   /* 1 in each byte 10xxxxxx */
		conts += (size_t)((c * ONES) >> 56);
	}
	for (; i < n; i++)
		conts += ((unsigned char)s[i] & 0xC0) == 0x80;
	return n - conts;
}

/* owned: the fields the stage writes itself; a document's own "sent" or
 * "start" is replaced, not repeated. */
static bool
owned(const char *key, size_t len)
{
	static const char *const keys[] = { "doc", "sent", "para", "start",
	    "end", "text", NULL };

	for (int i = 0; keys[i] != NULL; i++)
		if (strlen(keys[i]) == len && memcmp(key, keys[i], len) == 0)
			return true;
	return false;
}

static void
on_sentence(const struct split_sentence *s, void *ctx)
{
	struct doc *d = ctx;
	struct out *o = d->o;
	size_t start;

	d->cp_pos += count_cps(d->text + d->byte_pos, s->start - d->byte_pos);
	start = d->cp_pos;
	d->cp_pos += count_cps(d->text + s->start, s->end - s->start);
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

/* split_text_of ends the tail of d's fields and writes the sentences of
 * text. */
static void
split_text_of(struct splitter *sp, struct doc *d, const char *text,
    size_t len)
{
	out_bytes(&d->tail, "}\n", 2);
	d->text = text;
	d->len = len;
	d->byte_pos = d->cp_pos = 0;
	d->sent = 0;
	split_text(sp, text, len, on_sentence, d);
}

/* split_record writes the sentences of the document rec (jansson's). */
static void
split_record(struct splitter *sp, json_t *rec, struct doc *d)
{
	json_t *doc = json_object_get(rec, "doc");
	json_t *text = json_object_get(rec, "text");
	const char *key;
	json_t *v;

	d->head.len = d->tail.len = 0;
	out_bytes(&d->head, "{\"doc\":", 7);
	out_string(&d->head, json_string_value(doc), json_string_length(doc));
	json_object_foreach(rec, key, v) {
		if (owned(key, strlen(key)))
			continue;
		out_bytes(&d->tail, ",", 1);
		out_string(&d->tail, key, strlen(key));
		out_bytes(&d->tail, ":", 1);
		out_value(&d->tail, v);
	}
	split_text_of(sp, d, json_string_value(text), json_string_length(text));
}

/* decoded returns the string v of line s decoded (in d->unescaped when it
 * has escapes, valid until the next call). */
static const char *
decoded(struct doc *d, const char *s, const struct jsonscan_value *v,
    size_t *len)
{
	if (!v->escaped)
		return jsonscan_raw(s, v, len);
	if (d->ucap < jsonscan_string_size(v)) {
		d->ucap = jsonscan_string_size(v);
		d->unescaped = xrealloc(d->unescaped, d->ucap);
	}
	*len = jsonscan_string(s, v, d->unescaped);
	return d->unescaped;
}

/* flat_document: is the scanned line an object of strings only, with a
 * doc and a text? (Anything else is left to jansson.) */
static bool
flat_document(const struct jsonscan *js, const struct jsonscan_member **doc,
    const struct jsonscan_member **text)
{
	*doc = *text = NULL;
	for (size_t i = 0; i < js->nm; i++) {
		const struct jsonscan_member *m = &js->m[i];

		if (m->v.type != JSONSCAN_STRING)
			return false;
		if (jsonscan_key_is(js, m, "doc"))
			*doc = m;
		else if (jsonscan_key_is(js, m, "text"))
			*text = m;
	}
	return *doc != NULL && *text != NULL;
}

/* split_fast splits a line that lib/jsonscan takes (an object of strings
 * with doc and text); false leaves the line to jansson. The output is
 * byte for byte what split_record writes. */
static bool
split_fast(struct splitter *sp, const char *s, size_t n, struct doc *d)
{
	const struct jsonscan_member *doc, *text;
	const char *v;
	size_t len;

	if (!jsonscan_object(&d->js, s, n, 0) ||
	    !flat_document(&d->js, &doc, &text))
		return false;
	d->head.len = d->tail.len = 0;
	out_bytes(&d->head, "{\"doc\":", 7);
	v = decoded(d, s, &doc->v, &len);
	out_string(&d->head, v, len);
	for (size_t i = 0; i < d->js.nm; i++) {
		const struct jsonscan_member *m = &d->js.m[i];

		if (owned(s + m->kb, m->ke - m->kb))
			continue;
		out_bytes(&d->tail, ",", 1);
		out_string(&d->tail, s + m->kb, m->ke - m->kb);
		out_bytes(&d->tail, ":", 1);
		v = decoded(d, s, &m->v, &len);
		out_string(&d->tail, v, len);
	}
	v = decoded(d, s, &text->v, &len);
	split_text_of(sp, d, v, len);
	return true;
}

/* split_line handles one input line: the fast reader, else jansson with
 * the messages of jsonl_in_next. */
static void
split_line(struct splitter *sp, struct jsonl_in *in, const char *s, size_t n,
    struct doc *d, bool fast)
{
	json_t *rec;

	if (fast && split_fast(sp, s, n, d))
		return;
	if ((rec = jsonl_decode(in, s, n)) == NULL)
		return;
	if (jsonl_require_string(in, rec, "doc") &&
	    jsonl_require_string(in, rec, "text"))
		split_record(sp, rec, d);
	json_decref(rec);
}

static void
doc_free(struct doc *d)
{
	jsonscan_free(&d->js);
	free(d->unescaped);
	free(d->head.buf);
	free(d->tail.buf);
}

int
main(int argc, char **argv)
{
	struct options o;
	struct splitter *sp;
	struct jsonl_in in;
	struct out out = { 0 };
	struct doc d = { .o = &out };
	const char *line;
	size_t len;
	int status;

	diag_init(argv[0]);
	o = parse_options(argc, argv);
	if ((sp = split_new(&o.paths, &status)) == NULL)
		return status;
	jsonl_in_open(&in, argc - optind, argv + optind, &o.common);
	while ((line = jsonl_in_next_record(&in, &len)) != NULL) {
		/* --strict exits in jsonl_reject: what is buffered goes first */
		if (o.common.strict)
			out_flush(&out);
		split_line(sp, &in, line, len, &d, !o.no_fast_path);
	}
	out_flush(&out);
	free(out.buf);
	doc_free(&d);
	split_free(sp);
	rx_cleanup();
	return jsonl_finish(&in);
}
