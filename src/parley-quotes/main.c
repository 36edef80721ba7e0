/* parley-quotes - every quote and reported statement, with its cue and
 * its speaker.
 *
 * Reads sentence records (parley-split), one document at a time, rebuilds
 * the document's text, finds its quotes (quotes.h) and writes every
 * sentence again with "quotes" added: the quotes that start in it. Unknown
 * fields pass through: a record is written as it was read with the field
 * appended (or, when it already had "quotes", re-encoded).
 *
 * Records are read with lib/jsonflat.h (a compact line of strings and
 * numbers, the common case) or lib/jsonscan.h (any other), which find the
 * few fields needed without decoding the line; a line both decline (and
 * every line under --no-fast-path) is decoded by jansson, which accepts it
 * or rejects it with its own message. Either way the same line is
 * written. */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cli.h"
#include "datafile.h"
#include "diag.h"
#include "exitcode.h"
#include "jsonflat.h"
#include "jsonl.h"
#include "jsonscan.h"
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
	bool slow;              /* --no-fast-path */
};

/* A growing byte string. */
struct buf {
	char *s;
	size_t n, cap;
};

/* One sentence of the document being read. */
struct sent {
	size_t raw, rawlen;     /* its line: doc.lines.s[raw..raw+rawlen) */
	size_t byte;            /* where its text starts in doc.text */
	json_t *json;           /* a record that had "quotes" (re-encoded) */
};

/* The document being read: its sentences' lines, and its text rebuilt as
 * lib/sentence.h's doc_text_build rebuilds it (the gaps between sentences
 * filled with '\n' where the paragraph changes, else spaces). */
struct doc {
	struct sent *sents;
	size_t n, cap;
	struct buf lines;
	struct buf id;          /* "doc" of its sentences */
	struct buf text;
	long long end;          /* "end" of its last sentence */
	long long para;         /* "para" of its last sentence (-1 before) */
};

/* One sentence record as read, either way. */
struct record {
	const char *doc, *text;
	size_t doclen, textlen;
	long long start, end, para;
	bool has_para;
	json_t *json;           /* decoded by jansson (owned), or NULL */
	bool has_quotes;
	bool same;              /* of the document being read (or the first) */
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
	    "  --beliefs       also report the rarer beliefs and perceptions (X feels,\n"
	    "                  supposes, imagines, considers ... as), as indirect quotes\n"
	    "  --no-fast-path  decode every record with jansson (for testing: the\n"
	    "                  output is the same)\n"
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
		case 'v':
			o.verbs = optarg;
			break;
		case 'n':
			o.nouns = optarg;
			break;
		case 'b':
			o.quote.beliefs = true;
			break;
		case 's':
			o.slow = true;
			break;
		default:
			cli_bad_usage("unknown option");
		}
	}
	return o;
}

/* buf_grow makes room for n more bytes and a NUL. */
static void
buf_grow(struct buf *b, size_t n)
{
	b->cap = (b->n + n + 1) * 2;
	b->s = xrealloc(b->s, b->cap);
}

/* buf_add, inline: it adds a few bytes many times for each quote */
static inline void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap)
		buf_grow(b, n);
	memcpy(b->s + b->n, s, n);
	b->n += n;
}

static void
buf_fill(struct buf *b, char c, size_t n)
{
	if (b->n + n + 1 > b->cap)
		buf_grow(b, n);
	memset(b->s + b->n, c, n);
	b->n += n;
}

/* --- a quote as JSON ---
 *
 * A quote is written at p, into room made for the most it can take (every
 * byte of its strings escaped), without a check for each part. */

/* PUT(p, "literal") copies a string literal to p and moves p past it. */
#define PUT(p, lit) (memcpy(p, lit, sizeof lit - 1), (p) += sizeof lit - 1)

#define ONES 0x0101010101010101u
#define HIGHS (ONES * 0x80)

/* first_bytes: of the eight bytes x read from memory, the first k (< 8)
 * as they were, the others 0. */
static uint64_t
first_bytes(uint64_t x, size_t k)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return k == 0 ? 0 : x & ~(~(uint64_t)0 >> (8 * k));
#else
	return x & (((uint64_t)1 << (8 * k)) - 1);
#endif
}

/* put_num writes v in decimal at p and returns its end. */
static char *
put_num(char *p, size_t v)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324252627282930"
	    "31323334353637383940414243444546474849505152535455565758596061"
	    "62636465666768697071727374757677787980818283848586878889909192"
	    "93949596979899";
	size_t n;
	char *q;

	/* the number of digits: offsets have few */
	if (v < 100)
		n = v < 10 ? 1 : 2;
	else if (v < 10000)
		n = v < 1000 ? 3 : 4;
	else {
		n = 5;
		for (size_t x = v / 10000; x >= 10; x /= 10)
			n++;
	}
	q = p + n;
	for (; v >= 100; v /= 100) {
		q -= 2;
		memcpy(q, pairs + 2 * (v % 100), 2);
	}
	if (v >= 10)
		memcpy(q - 2, pairs + 2 * v, 2);
	else
		q[-1] = (char)('0' + v);
	return p + n;
}

/* put_escape writes the JSON escape of the byte c (one of those
 * escapes() finds) at p and returns its end. */
static char *
put_escape(char *p, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";

	*p++ = '\\';
	switch (c) {
	case '"': *p++ = '"'; break;
	case '\\': *p++ = '\\'; break;
	case '\n': *p++ = 'n'; break;
	case '\t': *p++ = 't'; break;
	case '\r': *p++ = 'r'; break;
	default:
		PUT(p, "u00");
		*p++ = hex[c >> 4];
		*p++ = hex[c & 15];
	}
	return p;
}

/* TEXT_PAD: the bytes after a document's text that are there to be read
 * (zeros): put_json_string reads sixteen at a time past a string's end. */
#define TEXT_PAD 16

#if defined(__SSE2__)
/* put_json_string writes s (n bytes of valid UTF-8, with TEXT_PAD more
 * bytes readable after them) as a JSON string at p (room for 6 * n + 18
 * bytes) and returns its end: sixteen bytes at a time, stored as they are
 * loaded, up to the first byte to escape (one at most 0x1F unsigned, '"'
 * or '\\') among those of the string. */
static char *
put_json_string(char *p, const char *s, size_t n)
{
	size_t i = 0;

	*p++ = '"';
	while (i < n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i esc = _mm_or_si128(_mm_cmpeq_epi8(
		    _mm_min_epu8(v, _mm_set1_epi8(0x1F)), v),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
		unsigned m = (unsigned)_mm_movemask_epi8(esc);
		size_t k = n - i < 16 ? n - i : 16;

		_mm_storeu_si128((__m128i *)(void *)p, v);
		m &= (1u << k) - 1;
		if (m == 0) {
			p += k;
			i += k;
			continue;
		}
		k = (size_t)__builtin_ctz(m);
		p = put_escape(p + k, (unsigned char)s[i + k]);
		i += k + 1;
	}
	*p++ = '"';
	return p;
}
#else
/* escapes: has any of the eight bytes of w to be escaped in a JSON
 * string (" \ and the controls)? */
static bool
escapes(uint64_t w)
{
	uint64_t q = w ^ ONES * '"', bs = w ^ ONES * '\\';

	/* some byte below 0x20, or 0 after the xor */
	return ((((w - ONES * 0x20) & ~w) | ((q - ONES) & ~q) |
	    ((bs - ONES) & ~bs)) & HIGHS) != 0;
}

/* put_json_string writes s (n bytes of valid UTF-8) as a JSON string at
 * p (room for 6 * n + 2 bytes) and returns its end: eight bytes at a
 * time, copied as they are read, while none needs an escape. */
static char *
put_json_string(char *p, const char *s, size_t n)
{
	size_t i = 0;

	*p++ = '"';
	while (i < n) {
		size_t stop;

		for (; i + 8 <= n; i += 8) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if (escapes(w))
				break;
			memcpy(p, &w, 8);
			p += 8;
		}
		/* the eight bytes with an escape (or the last few) */
		for (stop = n - i > 8 ? i + 8 : n; i < stop; i++) {
			unsigned char c = (unsigned char)s[i];

			if (c >= 0x20 && c != '"' && c != '\\')
				*p++ = (char)c;
			else
				p = put_escape(p, c);
		}
	}
	*p++ = '"';
	return p;
}
#endif

/* cont_bytes: how many of the eight bytes of x are continuation bytes
 * (10xxxxxx): each leaves a 1 in the low bit of its byte after the
 * shifts, and the multiplication adds them up in the top byte. */
static size_t
cont_bytes(uint64_t x)
{
	x = (x & ~(x << 1) & HIGHS) >> 7;
	return (size_t)((x * ONES) >> 56);
}

/* cp_count returns the number of code points of the n bytes of UTF-8 at
 * s: the bytes that are not continuation bytes, as utf8_length counts
 * them; sixteen at a time with SSE2 (a continuation byte, 0x80 to 0xBF,
 * is -128 to -65 signed), the rest eight at a time. */
static size_t
cp_count(const char *s, size_t n)
{
	size_t i = 0, count = 0;
	uint64_t x;

#if defined(__SSE2__)
	while (n - i >= 16) {
		/* each byte of acc counts to at most 255 */
		size_t stop = n - i > 255 * 16 ? i + 255 * 16 : n;
		__m128i acc = _mm_setzero_si128();

		for (; i + 16 <= stop; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
			    (s + i));

			acc = _mm_sub_epi8(acc,
			    _mm_cmpgt_epi8(v, _mm_set1_epi8(-65)));
		}
		acc = _mm_sad_epu8(acc, _mm_setzero_si128());
		count += (size_t)_mm_cvtsi128_si32(acc) +
		    (size_t)_mm_extract_epi16(acc, 4);
	}
#endif
	for (; n - i >= 8; i += 8) {
		memcpy(&x, s + i, 8);
		count += 8 - cont_bytes(x);
	}
	for (; i < n; i++)
		count += ((unsigned char)s[i] & 0xC0) != 0x80;
	return count;
}

static const char *const kind_names[] = { "direct", "partial", "indirect" };

/* The code-point offsets of the document text: cps[k] code points
 * before byte k * 8 (lib/utf8.h's utf8_length counts them alike: the
 * bytes that are not continuation bytes), so that the offset of any byte
 * takes one look and one count of at most seven bytes. */
struct cp_index {
	const char *text;
	size_t len, ncp;
	size_t *cps;
	size_t cap;
};


static void
cp_index_build(struct cp_index *ix, const char *text, size_t len)
{
	size_t nsteps = len / 8 + 1, count = 0, k;

	if (nsteps > ix->cap) {
		ix->cap = 2 * nsteps;
		ix->cps = xreallocarray(ix->cps, ix->cap, sizeof *ix->cps);
	}
	ix->text = text;
	ix->len = len;
	k = 0;
#if defined(__SSE2__)
	/* sixteen bytes at a time: 1 in each byte that is no continuation
	 * byte (above -65 signed), summed by halves (psadbw) */
	for (; k + 2 <= len / 8; k += 2) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (text + 8 * k));
		__m128i sums = _mm_sad_epu8(_mm_and_si128(_mm_cmpgt_epi8(v,
		    _mm_set1_epi8(-65)), _mm_set1_epi8(1)), _mm_setzero_si128());

		ix->cps[k] = count;
		count += (size_t)_mm_cvtsi128_si32(sums);
		ix->cps[k + 1] = count;
		count += (size_t)_mm_extract_epi16(sums, 4);
	}
#endif
	for (; k < len / 8; k++) {
		uint64_t x;

		memcpy(&x, text + 8 * k, 8);
		ix->cps[k] = count;
		count += 8 - cont_bytes(x);
	}
	ix->cps[len / 8] = count;
	ix->ncp = count + utf8_length(text + len / 8 * 8, len % 8);
}

/* cp_at: the code-point offset of byte b (on a character boundary). */
static size_t
cp_at(const struct cp_index *ix, size_t b)
{
	uint64_t x = 0;
	size_t k;

	if (b >= ix->len)
		return ix->ncp;
	k = b / 8;
	if (8 * k + 8 <= ix->len) {
		memcpy(&x, ix->text + 8 * k, 8);
		x = first_bytes(x, b % 8);
	} else
		memcpy(&x, ix->text + 8 * k, b % 8);
	return ix->cps[k] + b % 8 - cont_bytes(x);
}

/* put_span writes "NAME":"..","NAME_start":N,"NAME_end":N (name, the
 * part before the first '"', given as ,"cue or ,"speaker) or nulls;
 * inline, so that the name's copies are of a known length. */
static inline __attribute__((always_inline)) char *
put_span(char *p, const char *name, size_t len, bool has, size_t bs,
    size_t be, const char *text, const struct cp_index *ix)
{
	memcpy(p, name, len);
	p += len;
	PUT(p, "\":");
	p = has ? put_json_string(p, text + bs, be - bs) : (PUT(p, "null"), p);
	memcpy(p, name, len);
	p += len;
	PUT(p, "_start\":");
	p = has ? put_num(p, cp_at(ix, bs)) : (PUT(p, "null"), p);
	memcpy(p, name, len);
	p += len;
	PUT(p, "_end\":");
	return has ? put_num(p, cp_at(ix, be)) : (PUT(p, "null"), p);
}

/* quote_json adds one quote object. */
static void
quote_json(struct buf *b, const struct quote *q, const char *text,
    const struct cp_index *ix)
{
	/* the strings, each byte escaped at worst as \u00XX; the names and
	 * numbers of the fields */
	size_t most = 6 * (q->end - q->start) + 512 +
	    (q->has_cue ? 6 * (q->cue_end - q->cue_start) : 0) +
	    (q->has_speaker ? 6 * (q->speaker_end - q->speaker_start) : 0);
	const char *kind = kind_names[q->kind];
	char *p;

	if (b->n + most + 1 > b->cap)
		buf_grow(b, most);
	p = b->s + b->n;
	PUT(p, "{\"kind\":\"");
	memcpy(p, kind, strlen(kind));
	p += strlen(kind);
	PUT(p, "\",\"text\":");
	p = put_json_string(p, text + q->start, q->end - q->start);
	PUT(p, ",\"start\":");
	p = put_num(p, cp_at(ix, q->start));
	PUT(p, ",\"end\":");
	p = put_num(p, cp_at(ix, q->end));
	p = put_span(p, ",\"cue", 5, q->has_cue, q->cue_start, q->cue_end,
	    text, ix);
	p = put_span(p, ",\"speaker", 9, q->has_speaker, q->speaker_start,
	    q->speaker_end, text, ix);
	if (q->continues)
		PUT(p, ",\"continues\":true}");
	else
		PUT(p, ",\"continues\":false}");
	b->n = (size_t)(p - b->s);
}

static bool
same_doc(const struct doc *d, const char *id, size_t n)
{
	return d->n == 0 || (d->id.n == n && memcmp(d->id.s, id, n) == 0);
}

/* read_fast reads a sentence record with the scanner; false when it
 * declines the line or the record would be rejected (jansson and
 * sentence_check then say why) or already has "quotes" (re-encoded). */
static bool
read_fast(struct jsonscan *js, struct buf *scratch, const struct doc *d,
    const char *line, size_t len, struct record *r)
{
	const struct jsonscan_member *m;
	const struct jsonscan_value *doc = NULL, *text = NULL;
	bool has_start = false, has_end = false;

	if (!jsonflat_object(js, line, len) &&
	    !jsonscan_object(js, line, len, 0))
		return false;
	r->has_para = false;
	for (size_t i = 0; i < js->nm; i++) {
		const char *k;

		m = &js->m[i];
		k = line + m->kb;
		/* by length first: this runs for every key of every line */
		switch (m->ke - m->kb) {
		case 3:
			if (memcmp(k, "doc", 3) == 0)
				doc = &m->v;
			else if (memcmp(k, "end", 3) == 0)
				has_end = m->v.type == JSONSCAN_INTEGER &&
				    (r->end = m->v.integer) >= 0;
			break;
		case 4:
			if (memcmp(k, "text", 4) == 0)
				text = &m->v;
			else if (memcmp(k, "para", 4) == 0 &&
			    m->v.type == JSONSCAN_INTEGER) {
				r->has_para = true;
				r->para = m->v.integer;
			}
			break;
		case 5:
			if (memcmp(k, "start", 5) == 0)
				has_start = m->v.type == JSONSCAN_INTEGER &&
				    (r->start = m->v.integer) >= 0;
			break;
		case 6:
			if (memcmp(k, "quotes", 6) == 0)
				return false;
			break;
		}
	}
	if (doc == NULL || doc->type != JSONSCAN_STRING || doc->escaped ||
	    text == NULL || text->type != JSONSCAN_STRING || !has_start ||
	    !has_end || r->end < r->start)
		return false;
	r->doc = jsonscan_raw(line, doc, &r->doclen);
	if (text->escaped) {
		if (scratch->cap < jsonscan_string_size(text) + 1) {
			scratch->cap = 2 * jsonscan_string_size(text) + 256;
			scratch->s = xrealloc(scratch->s, scratch->cap);
		}
		r->textlen = jsonscan_string(line, text, scratch->s);
		r->text = scratch->s;
	} else {
		r->text = jsonscan_raw(line, text, &r->textlen);
	}
	if (cp_count(r->text, r->textlen) != (size_t)(r->end - r->start))
		return false;
	r->same = same_doc(d, r->doc, r->doclen);
	if (d->n > 0 && r->same && r->start < d->end)
		return false;
	r->json = NULL;
	r->has_quotes = false;
	return true;
}

/* read_json reads the line with jansson, with the messages of
 * jsonl_in_next and sentence_check; false when it is rejected. */
static bool
read_json(struct jsonl_in *in, const struct doc *d, const char *line,
    size_t len, struct record *r)
{
	static const struct sentence_batch none;
	json_t *rec = jsonl_decode(in, line, len), *doc, *text, *para;

	if (rec == NULL)
		return false;
	if (!sentence_check(in, rec, &none))
		goto rejected;
	doc = json_object_get(rec, "doc");
	text = json_object_get(rec, "text");
	para = json_object_get(rec, "para");
	r->doc = json_string_value(doc);
	r->doclen = json_string_length(doc);
	r->text = json_string_value(text);
	r->textlen = json_string_length(text);
	r->start = sentence_int(rec, "start", 0);
	r->end = sentence_int(rec, "end", 0);
	r->has_para = json_is_integer(para);
	r->para = json_integer_value(para);
	r->same = same_doc(d, r->doc, r->doclen);
	if (d->n > 0 && r->same && r->start < d->end) {
		/* the words of sentence_check's */
		jsonl_reject(in, "sentence starts at %lld, before the end of "
		    "the previous sentence of its document", r->start);
		goto rejected;
	}
	r->json = rec;
	r->has_quotes = json_object_get(rec, "quotes") != NULL;
	return true;
rejected:
	json_decref(rec);
	return false;
}

/* doc_push adds the sentence r (its line: len bytes) to the document. */
static void
doc_push(struct doc *d, const struct record *r, const char *line, size_t len)
{
	size_t cp = d->n > 0 ? (size_t)d->end : 0;
	long long para = r->has_para ? r->para : d->para;
	char fill = d->n > 0 && para != d->para ? '\n' : ' ';
	struct sent *s;

	if (d->n == 0) {
		d->id.n = 0;
		buf_add(&d->id, r->doc, r->doclen);
	}
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 64;
		d->sents = xreallocarray(d->sents, d->cap, sizeof *d->sents);
	}
	s = &d->sents[d->n++];
	s->raw = d->lines.n;
	s->rawlen = len;
	buf_add(&d->lines, line, len);
	buf_fill(&d->text, fill, (size_t)r->start - cp);
	s->byte = d->text.n;
	buf_add(&d->text, r->text, r->textlen);
	s->json = r->has_quotes ? r->json : NULL;
	if (!r->has_quotes)
		json_decref(r->json);
	d->end = r->end;
	d->para = para;
}

/* write_bytes writes s[0..n) to stdout. */
static void
write_bytes(const char *s, size_t n)
{
	if (n > 0 && fwrite(s, 1, n, stdout) != n)
		jsonl_out_check(stdout);
}

/* write_json writes sentence s, a record jansson read, with its quotes
 * (the JSON array in quotes[0..n)), re-encoded. */
static void
write_json(struct sent *s, const char *quotes, size_t n)
{
	json_error_t err;
	json_t *a = json_loadb(quotes, n, 0, &err);

	if (a == NULL)
		diag_die(EXIT_SOFTWARE, "cannot encode quotes: %s", err.text);
	json_object_set_new(s->json, "quotes", a);
	jsonl_out_write(s->json);
}

/* add_line adds the line of sentence s up to its last '}' and the name
 * of the field: the line as it was read, with the field appended. */
static void
add_line(struct buf *out, const struct doc *d, const struct sent *s)
{
	const char *raw = d->lines.s + s->raw;
	size_t len = s->rawlen;

	while (len > 0 && raw[len - 1] != '}')
		len--;
	buf_add(out, raw, len - 1);
	buf_add(out, ",\"quotes\":", 10);
}

static void
doc_clear(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		json_decref(d->sents[i].json);
	d->n = d->lines.n = d->text.n = 0;
	d->end = 0;
	d->para = -1;
}

/* flush finds the quotes of the document and writes it: its records are
 * made in out and written at once (a record jansson re-encodes by
 * itself). */
static void
flush(struct doc *d, struct quote_finder *qf, struct cp_index *ix,
    struct buf *out)
{
	const struct quote *q;
	size_t nq, k = 0;

	if (d->n == 0)
		return;
	/* the text, then a NUL and TEXT_PAD zeros (put_json_string) */
	buf_fill(&d->text, '\0', TEXT_PAD + 1);
	d->text.n -= TEXT_PAD + 1;
	nq = quote_finder_run(qf, d->text.s, d->text.n, &q);
	if (nq > 0)    /* offsets are written for quotes only */
		cp_index_build(ix, d->text.s, d->text.n);
	out->n = 0;
	for (size_t i = 0; i < d->n; i++) {
		struct sent *s = &d->sents[i];
		size_t next = i + 1 < d->n ? d->sents[i + 1].byte : (size_t)-1;
		size_t at = out->n;

		if (s->json == NULL)
			add_line(out, d, s);
		buf_add(out, "[", 1);
		/* a quote belongs to the last sentence starting at or before it */
		for (size_t first = k; k < nq && q[k].start < next; k++) {
			if (k > first)
				buf_add(out, ",", 1);
			quote_json(out, &q[k], d->text.s, ix);
		}
		buf_add(out, "]", 1);
		if (s->json != NULL) {
			write_bytes(out->s, at);
			write_json(s, out->s + at, out->n - at);
			out->n = 0;
		} else
			buf_add(out, "}\n", 2);
	}
	write_bytes(out->s, out->n);
	jsonl_out_check(stdout);
	doc_clear(d);
}

static void
doc_free(struct doc *d)
{
	doc_clear(d);
	free(d->sents);
	free(d->lines.s);
	free(d->id.s);
	free(d->text.s);
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
	struct doc d = { .para = -1 };
	struct buf qb = { 0 }, scratch = { 0 };
	struct jsonscan js = { 0 };
	struct cp_index ix = { 0 };
	struct jsonl_in in;
	struct record r;
	const char *s;
	size_t len;
	int status;

	diag_init(argv[0]);
	o = parse_options(argc, argv);
	if ((status = load_lexicon(&lx, &o)) != EXIT_OK) {
		lexicon_free(&lx);
		return status;
	}
	qf = quote_finder_new(&lx, &o.quote);
	setvbuf(stdin, NULL, _IOFBF, 1 << 16);
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	jsonl_in_open(&in, argc - optind, argv + optind, &o.common);
	while ((s = jsonl_in_next_record(&in, &len)) != NULL) {
		if ((o.slow || !read_fast(&js, &scratch, &d, s, len, &r)) &&
		    !read_json(&in, &d, s, len, &r))
			continue;
		if (!r.same)
			flush(&d, qf, &ix, &qb);
		doc_push(&d, &r, s, len);
	}
	flush(&d, qf, &ix, &qb);
	status = jsonl_finish(&in);

	doc_free(&d);
	jsonscan_free(&js);
	free(qb.s);
	free(scratch.s);
	free(ix.cps);
	quote_finder_free(qf);
	lexicon_free(&lx);
	return status;
}
