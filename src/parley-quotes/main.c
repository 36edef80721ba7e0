/* parley-quotes - every quote and reported statement, with its cue and
 * its speaker.
 *
 * Reads sentence records (parley-split), one document at a time, rebuilds
 * the document's text, finds its quotes (quotes.h) and writes every
 * sentence again with "quotes" added: the quotes that start in it. Unknown
 * fields pass through: a record is written as it was read with the field
 * appended (or, when it already had "quotes", re-encoded). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "datafile.h"
#include "diag.h"
#include "exitcode.h"
#include "jsonl.h"
#include "lexicon.h"
#include "quotes.h"
#include "sentence.h"
#include "utf8.h"
#include "xalloc.h"

struct options {
	struct cli_common common;
	const char *verbs;
	const char *nouns;
	struct quote_options quote;
};

/* The records of the document being read, with their raw lines. */
struct doc {
	struct sentence_batch batch;
	char **raw;
	size_t *rawlen;
	size_t cap;
};

/* A growing output line. */
struct buf {
	char *s;
	size_t n, cap;
};

static void
usage(int code)
{
	FILE *fp = code == EXIT_OK ? stdout : stderr;

	fprintf(fp,
	    "Usage: parley-quotes [OPTION]... [FILE]...\n"
	    "Find the quotes in sentence records (JSON Lines from parley-split): direct\n"
	    "quotes, partial (quoted fragments) and indirect (reported speech), each\n"
	    "with its content, cue (the reporting verb or phrase) and speaker (the\n"
	    "mention as written), offsets in code points into the document. Adds\n"
	    "\"quotes\" to every sentence: the quotes that start in it, [] if none.\n"
	    "Records of a document must be contiguous and in order.\n"
	    "\n"
	    "  --verbs FILE    the reporting-verb lexicon (default: reporting-verbs.txt\n"
	    "                  among the data files, $PARLEY_DATADIR first)\n"
	    "  --nouns FILE    the speaker nouns (default: speaker-nouns.txt)\n"
	    "  --beliefs       also report beliefs, wishes and perceptions (X thinks,\n"
	    "                  believes, wants, sees ... as), as indirect quotes\n"
	    CLI_COMMON_HELP
	    "\n"
	    "Each quote: {\"kind\": \"direct\"|\"partial\"|\"indirect\", \"text\", \"start\",\n"
	    "\"end\", \"cue\", \"cue_start\", \"cue_end\", \"speaker\", \"speaker_start\",\n"
	    "\"speaker_end\", \"continues\"}; cue and speaker fields are null when the\n"
	    "text has none; continues is true for a quotation that carries on the one\n"
	    "before it (it copies that one's speaker).\n"
	    "\n"
	    "Example:\n"
	    "  parley-ingest --date 2025-04-23 articles/*.txt | parley-split \\\n"
	    "    | parley-quotes | jq -c '.quotes[] | [.kind, .speaker, .cue, .text]'\n"
	    "\n"
	    "Exit status: 0 ok, 64 usage, 65 some record rejected or a bad lexicon,\n"
	    "66 an input or a lexicon could not be read, 74 write error.\n");
	exit(code);
}

static struct options
parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "verbs", required_argument, NULL, 'v' },
		{ "nouns", required_argument, NULL, 'n' },
		{ "beliefs", no_argument, NULL, 'b' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct options o = { 0 };
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (cli_common_option(c, optarg, &o.common, usage))
			continue;
		switch (c) {
		case 'v':
			o.verbs = optarg;
			break;
		case 'n':
			o.nouns = optarg;
			break;
		case 'b':
			o.quote.beliefs = true;
			break;
		default:
			cli_bad_usage("unknown option");
		}
	}
	return o;
}

static void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
}

static void
buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void
buf_num(struct buf *b, size_t v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof tmp, "%zu", v);

	buf_add(b, tmp, (size_t)n);
}

/* buf_json_string adds s (n bytes of valid UTF-8) as a JSON string. */
static void
buf_json_string(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0;

	buf_add(b, "\"", 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[6] = { '\\', 'u', '0', '0', 0, 0 };

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_add(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': buf_add(b, "\\\"", 2); break;
		case '\\': buf_add(b, "\\\\", 2); break;
		case '\n': buf_add(b, "\\n", 2); break;
		case '\t': buf_add(b, "\\t", 2); break;
		case '\r': buf_add(b, "\\r", 2); break;
		default:
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			buf_add(b, esc, 6);
		}
	}
	buf_add(b, s + run, n - run);
	buf_add(b, "\"", 1);
}

static const char *const kind_names[] = { "direct", "partial", "indirect" };

/* span_fields adds ,"NAME":"..","NAME_start":N,"NAME_end":N or nulls. */
static void
span_fields(struct buf *b, const char *name, bool has, size_t bs, size_t be,
    const struct doc_text *dt)
{
	buf_str(b, ",\"");
	buf_str(b, name);
	buf_str(b, "\":");
	if (has)
		buf_json_string(b, dt->text + bs, be - bs);
	else
		buf_str(b, "null");
	buf_str(b, ",\"");
	buf_str(b, name);
	buf_str(b, "_start\":");
	if (has)
		buf_num(b, utf8_index_cp(&dt->ix, bs));
	else
		buf_str(b, "null");
	buf_str(b, ",\"");
	buf_str(b, name);
	buf_str(b, "_end\":");
	if (has)
		buf_num(b, utf8_index_cp(&dt->ix, be));
	else
		buf_str(b, "null");
}

/* quote_json adds one quote object. */
static void
quote_json(struct buf *b, const struct quote *q, const struct doc_text *dt)
{
	buf_str(b, "{\"kind\":\"");
	buf_str(b, kind_names[q->kind]);
	buf_str(b, "\",\"text\":");
	buf_json_string(b, dt->text + q->start, q->end - q->start);
	buf_str(b, ",\"start\":");
	buf_num(b, utf8_index_cp(&dt->ix, q->start));
	buf_str(b, ",\"end\":");
	buf_num(b, utf8_index_cp(&dt->ix, q->end));
	span_fields(b, "cue", q->has_cue, q->cue_start, q->cue_end, dt);
	span_fields(b, "speaker", q->has_speaker, q->speaker_start,
	    q->speaker_end, dt);
	buf_str(b, q->continues ? ",\"continues\":true}" : ",\"continues\":false}");
}

/* write_record writes sentence i of the document with its quotes (the
 * JSON array in quotes[0..n)). */
static void
write_record(struct doc *d, size_t i, const char *quotes, size_t n,
    struct buf *line)
{
	json_t *rec = d->batch.recs[i];
	const char *raw = d->raw[i];
	size_t len = d->rawlen[i];

	if (json_object_get(rec, "quotes") != NULL) {
		json_error_t err;
		json_t *a = json_loadb(quotes, n, 0, &err);

		if (a == NULL)
			diag_die(EXIT_SOFTWARE, "cannot encode quotes: %s", err.text);
		json_object_set_new(rec, "quotes", a);
		jsonl_out_write(rec);
		return;
	}
	while (len > 0 && raw[len - 1] != '}')
		len--;
	line->n = 0;
	buf_add(line, raw, len - 1);
	buf_add(line, ",\"quotes\":", 10);
	buf_add(line, quotes, n);
	buf_add(line, "}\n", 2);
	if (fwrite(line->s, 1, line->n, stdout) != line->n)
		jsonl_out_check(stdout);
}

/* flush finds the quotes of the buffered document and writes it. */
static void
flush(struct doc *d, struct quote_finder *qf, struct buf *qb, struct buf *line)
{
	struct sentence_batch *b = &d->batch;
	struct doc_text dt;
	const struct quote *q;
	size_t nq, k = 0;

	if (b->n == 0)
		return;
	doc_text_build(&dt, b);
	nq = quote_finder_run(qf, dt.text, dt.len, &q);
	for (size_t i = 0; i < b->n; i++) {
		size_t next = i + 1 < b->n ? dt.sent_byte[i + 1] : (size_t)-1;
		bool first = true;

		qb->n = 0;
		buf_add(qb, "[", 1);
		/* a quote belongs to the last sentence starting at or before it */
		for (; k < nq && q[k].start < next; k++) {
			if (!first)
				buf_add(qb, ",", 1);
			first = false;
			quote_json(qb, &q[k], &dt);
		}
		buf_add(qb, "]", 1);
		write_record(d, i, qb->s, qb->n, line);
	}
	jsonl_out_check(stdout);
	doc_text_free(&dt);
	sentence_batch_clear(b);
}

/* keep_raw stores the raw line of the record just read as number n. */
static void
keep_raw(struct doc *d, const struct jsonl_in *in, size_t n)
{
	const char *s = in->buf;
	size_t len = in->len;

	if (in->line == 1 && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		len -= 3;
	}
	if (n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->raw = xreallocarray(d->raw, d->cap, sizeof *d->raw);
		d->rawlen = xreallocarray(d->rawlen, d->cap, sizeof *d->rawlen);
		for (size_t i = n; i < d->cap; i++) {
			d->raw[i] = NULL;
			d->rawlen[i] = 0;
		}
	}
	free(d->raw[n]);
	d->raw[n] = xmemdup0(s, len);
	d->rawlen[n] = len;
}

static void
doc_free(struct doc *d)
{
	sentence_batch_free(&d->batch);
	for (size_t i = 0; i < d->cap; i++)
		free(d->raw[i]);
	free(d->raw);
	free(d->rawlen);
}

static int
load_lexicon(struct lexicon *lx, const struct options *o)
{
	char *verbs = o->verbs ? NULL : datafile_path("reporting-verbs.txt");
	char *nouns = o->nouns ? NULL : datafile_path("speaker-nouns.txt");
	int status = lexicon_load(lx, o->verbs ? o->verbs : verbs,
	    o->nouns ? o->nouns : nouns);

	free(verbs);
	free(nouns);
	return status;
}

int
main(int argc, char **argv)
{
	struct options o;
	struct lexicon lx;
	struct quote_finder *qf;
	struct doc d = { 0 };
	struct buf qb = { 0 }, line = { 0 };
	struct jsonl_in in;
	json_t *rec;
	int status;

	diag_init(argv[0]);
	o = parse_options(argc, argv);
	if ((status = load_lexicon(&lx, &o)) != EXIT_OK) {
		lexicon_free(&lx);
		return status;
	}
	qf = quote_finder_new(&lx, &o.quote);
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	jsonl_in_open(&in, argc - optind, argv + optind, &o.common);
	while ((rec = jsonl_in_next(&in)) != NULL) {
		if (!sentence_check(&in, rec, &d.batch)) {
			json_decref(rec);
			continue;
		}
		if (!sentence_batch_same_doc(&d.batch, rec))
			flush(&d, qf, &qb, &line);
		keep_raw(&d, &in, d.batch.n);
		sentence_batch_push(&d.batch, rec);
	}
	flush(&d, qf, &qb, &line);
	status = jsonl_finish(&in);

	doc_free(&d);
	free(qb.s);
	free(line.s);
	quote_finder_free(qf);
	lexicon_free(&lx);
	return status;
}
