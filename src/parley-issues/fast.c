#include "fast.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "xalloc.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_DEPTH 32            /* deeper: left to jansson */
#define MAX_KEYS 64             /* more keys in one object: left to jansson */
#define MAX_DIGITS 18           /* longer integers: left to jansson */

enum role { GENERIC, TOP, QUOTE };

struct parser {
	const char *s;
	size_t n, i;
	struct fast_record *r;
	struct fast_quote *q;   /* the quote being read */
	bool has_doc, has_text, has_start, has_end, quote_text;
};

static bool p_value(struct parser *p, int depth);

/* span_is: is the span the string literal word? */
#define span_is(p, sp, word) ((sp).e - (sp).b == sizeof word - 1 && \
	memcmp((p)->s + (sp).b, word, sizeof word - 1) == 0)

/* utf8_tail checks the continuation bytes of the sequence led by c at
 * p->s[p->i] (overlong forms, surrogates and > U+10FFFF refused). */
static bool
utf8_tail(struct parser *p, unsigned char c)
{
	const unsigned char *s = (const unsigned char *)p->s + p->i;
	size_t left = p->n - p->i;

	if (c >= 0xC2 && c <= 0xDF && left >= 2 && (s[1] & 0xC0) == 0x80) {
		p->i += 2;
		return true;
	}
	if (c >= 0xE0 && c <= 0xEF && left >= 3 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80 && !(c == 0xE0 && s[1] < 0xA0) &&
	    !(c == 0xED && s[1] >= 0xA0)) {
		p->i += 3;
		return true;
	}
	if (c >= 0xF0 && c <= 0xF4 && left >= 4 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 &&
	    !(c == 0xF0 && s[1] < 0x90) && !(c == 0xF4 && s[1] >= 0x90)) {
		p->i += 4;
		return true;
	}
	return false;
}

#ifndef __SSE2__
/* plain_run8 returns how many of the 8 bytes at s come before the first that
 * is not plain ASCII (a control character, '"', '\\' or a byte >= 0x80): 8
 * when all are plain. (The tests of "Bit Twiddling Hacks": a byte less
 * than n, a byte equal to c; a little-endian load.) */
static unsigned
plain_run8(const char *s)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t x, quote, backslash;

	memcpy(&x, s, 8);
	quote = x ^ (ones * '"');
	backslash = x ^ (ones * '\\');
	x = (x | ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
	    ((backslash - ones) & ~backslash)) & highs;
	return x == 0 ? 8 : (unsigned)__builtin_ctzll(x) / 8;
}
#endif

/* plain_run returns how many bytes at s (at least 16 readable) come before
 * the first that is not plain ASCII, as plain_run8: 16 at a time where the
 * processor has SSE2 (every x86-64), else 8. */
static unsigned
plain_run(const char *s)
{
#ifdef __SSE2__
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	/* signed: bytes >= 0x80 are below 0x20 too */
	__m128i bad = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
	unsigned m = (unsigned)_mm_movemask_epi8(bad);

	return m == 0 ? 16 : (unsigned)__builtin_ctz(m);
#else
	unsigned run = plain_run8(s);

	return run < 8 ? run : 8 + plain_run8(s + 8);
#endif
}

/* p_string reads a string at p->i ('"'): *sp is its content, undecoded.
 * Escapes other than \" \\ \b \f \n \r \t are left to jansson (which
 * writes no others but \u00XX, and refuses \u0000). */
static bool
p_string(struct parser *p, struct fast_span *sp, bool *escaped)
{
	*escaped = false;
	sp->b = ++p->i;
	while (p->i < p->n) {
		unsigned char c;

		while (p->i + 16 <= p->n) {
			unsigned run = plain_run(p->s + p->i);

			p->i += run;
			if (run < 16)
				break;
		}
		if (p->i >= p->n)
			break;
		c = (unsigned char)p->s[p->i];
		if (c == '"') {
			sp->e = p->i++;
			return true;
		}
		if (c == '\\') {
			if (p->i + 1 >= p->n || strchr("\"\\bfnrt", p->s[p->i + 1]) == NULL ||
			    p->s[p->i + 1] == '\0')
				return false;
			*escaped = true;
			p->i += 2;
		} else if (c < 0x20) {
			return false;
		} else if (c < 0x80) {
			p->i++;
		} else if (!utf8_tail(p, c)) {
			return false;
		}
	}
	return false;
}

/* p_integer reads an integer as jansson writes it. */
static bool
p_integer(struct parser *p, long long *v)
{
	size_t b = p->i, digits;
	bool neg = p->s[p->i] == '-';
	unsigned long long x = 0;   /* wraps past MAX_DIGITS: refused below */

	if (neg)
		p->i++;
	while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
		x = x * 10 + (unsigned)(p->s[p->i++] - '0');
	digits = p->i - b - neg;
	if (digits == 0 || digits > MAX_DIGITS ||
	    (p->s[b + neg] == '0' && (digits > 1 || neg)))
		return false;
	if (p->i < p->n && (p->s[p->i] == '.' || p->s[p->i] == 'e' ||
	    p->s[p->i] == 'E'))
		return false;   /* a real: its form is jansson's to choose */
	*v = neg ? -(long long)x : (long long)x;
	return true;
}

static bool
p_literal(struct parser *p, const char *word)
{
	size_t n = strlen(word);

	if (p->n - p->i < n || memcmp(p->s + p->i, word, n) != 0)
		return false;
	p->i += n;
	return true;
}

static bool
p_array(struct parser *p, int depth, enum role role);

static bool
p_object(struct parser *p, int depth, enum role role);

static struct fast_quote *
new_quote(struct fast_record *r)
{
	if (r->nquotes == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 8;
		r->quotes = xreallocarray(r->quotes, r->cap, sizeof *r->quotes);
	}
	return memset(&r->quotes[r->nquotes++], 0, sizeof *r->quotes);
}

static bool
p_array(struct parser *p, int depth, enum role role)
{
	p->i++;
	if (p->i < p->n && p->s[p->i] == ']') {
		p->i++;
		return true;
	}
	for (;;) {
		if (role == QUOTE) {
			if (p->i >= p->n || p->s[p->i] != '{')
				return false;
			p->q = new_quote(p->r);
			p->q->obj.b = p->i;
			p->q->start = -1;
			p->quote_text = false;
			if (!p_object(p, depth + 1, QUOTE) || !p->quote_text)
				return false;
			p->q->obj.e = p->i;
		} else if (!p_value(p, depth + 1)) {
			return false;
		}
		if (p->i >= p->n)
			return false;
		if (p->s[p->i] == ']') {
			p->i++;
			return true;
		}
		if (p->s[p->i++] != ',')
			return false;
	}
}

static bool
non_negative(struct parser *p, long long *v)
{
	return p->i < p->n && p->s[p->i] != '-' && p_integer(p, v);
}

/* top_member reads the value of a member of the record itself. */
static bool
top_member(struct parser *p, struct fast_span key, int depth)
{
	struct fast_record *r = p->r;
	bool esc;

	if (span_is(p, key, "doc"))
		return (p->has_doc = p->s[p->i] == '"' &&
		    p_string(p, &r->doc, &esc) && !esc);
	if (span_is(p, key, "text"))
		return (p->has_text = p->s[p->i] == '"' &&
		    p_string(p, &r->text, &r->text_escaped));
	if (span_is(p, key, "start"))
		return (p->has_start = non_negative(p, &r->start));
	if (span_is(p, key, "end"))
		return (p->has_end = non_negative(p, &r->end));
	if (span_is(p, key, "quotes"))
		return p->s[p->i] == '[' && p_array(p, depth, QUOTE);
	if (span_is(p, key, "issues")) {
		r->issues.b = p->i;
		if (!p_value(p, depth))
			return false;
		r->issues.e = p->i;
		return true;
	}
	return p_value(p, depth);
}

/* quote_member reads the value of a member of a quote. */
static bool
quote_member(struct parser *p, struct fast_span key, int depth)
{
	struct fast_quote *q = p->q;
	struct fast_span *value = NULL, kind;
	bool esc;

	if (span_is(p, key, "text"))
		return (p->quote_text = p->s[p->i] == '"' &&
		    p_string(p, &q->text, &q->text_escaped));
	if (span_is(p, key, "start"))
		return non_negative(p, &q->start);
	if (span_is(p, key, "kind")) {
		if (p->s[p->i] != '"' || !p_string(p, &kind, &esc))
			return false;
		q->partial = span_is(p, kind, "partial");
		return true;
	}
	if (span_is(p, key, "issues"))
		value = &q->issues;
	else if (span_is(p, key, "issues_from"))
		value = &q->issues_from;
	if (value != NULL)
		value->b = p->i;
	if (!p_value(p, depth))
		return false;
	if (value != NULL)
		value->e = p->i;
	return true;
}

/* key_bit: a bit for a key, from its length and its first and last bytes;
 * two keys with different bits differ. */
static uint64_t
key_bit(const struct parser *p, struct fast_span key)
{
	size_t n = key.e - key.b;
	unsigned h = n == 0 ? 0 : (unsigned)(n * 7 +
	    (unsigned char)p->s[key.b] * 3 + (unsigned char)p->s[key.e - 1]);

	return (uint64_t)1 << (h & 63);
}

static bool
p_object(struct parser *p, int depth, enum role role)
{
	struct fast_span keys[MAX_KEYS];
	size_t nkeys = 0;
	uint64_t seen = 0;      /* a bit per key: length and ends, hashed */
	bool esc;

	p->i++;
	if (p->i < p->n && p->s[p->i] == '}') {
		p->i++;
		return true;
	}
	for (;;) {
		struct fast_span key;
		uint64_t bit;
		bool ok;

		if (p->i >= p->n || p->s[p->i] != '"' || nkeys == MAX_KEYS ||
		    !p_string(p, &key, &esc))
			return false;
		bit = key_bit(p, key);
		for (size_t k = 0; k < nkeys && (seen & bit); k++)
			if (keys[k].e - keys[k].b == key.e - key.b &&
			    p->s[keys[k].b] == p->s[key.b] &&
			    memcmp(p->s + keys[k].b, p->s + key.b, key.e - key.b) == 0)
				return false;   /* duplicate: jansson refuses it */
		keys[nkeys++] = key;
		seen |= bit;
		if (p->i >= p->n || p->s[p->i++] != ':' || p->i >= p->n)
			return false;
		if (role == TOP)
			ok = top_member(p, key, depth);
		else if (role == QUOTE)
			ok = quote_member(p, key, depth);
		else
			ok = p_value(p, depth);
		if (!ok || p->i >= p->n)
			return false;
		if (p->s[p->i] == '}') {
			p->i++;
			return true;
		}
		if (p->s[p->i++] != ',')
			return false;
	}
}

static bool
p_value(struct parser *p, int depth)
{
	struct fast_span sp;
	long long v;
	bool esc;

	if (depth > MAX_DEPTH || p->i >= p->n)
		return false;
	switch (p->s[p->i]) {
	case '{': return p_object(p, depth + 1, GENERIC);
	case '[': return p_array(p, depth + 1, GENERIC);
	case '"': return p_string(p, &sp, &esc);
	case 't': return p_literal(p, "true");
	case 'f': return p_literal(p, "false");
	case 'n': return p_literal(p, "null");
	default: return p_integer(p, &v);
	}
}


/* decode writes the decoded string to out and returns its length. */
static size_t
decode(const char *s, size_t n, bool escaped, char *out)
{
	size_t len = 0;

	if (!escaped) {
		memcpy(out, s, n);
		return n;
	}
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\') {
			out[len++] = s[i];
			continue;
		}
		switch (s[++i]) {
		case 'b': out[len++] = '\b'; break;
		case 'f': out[len++] = '\f'; break;
		case 'n': out[len++] = '\n'; break;
		case 'r': out[len++] = '\r'; break;
		case 't': out[len++] = '\t'; break;
		default: out[len++] = s[i]; break;
		}
	}
	return len;
}

bool
fast_parse(struct fast_record *r, const char *line, size_t len,
    const struct fast_order *order)
{
	struct parser p = { .s = line, .n = len, .r = r };
	size_t text_len;

	r->line = line;
	r->len = len;
	r->nquotes = 0;
	r->issues.b = r->issues.e = 0;
	if (len == 0 || line[0] != '{' || !p_object(&p, 1, TOP) || p.i != len ||
	    !p.has_doc || !p.has_text || !p.has_start || !p.has_end ||
	    r->end < r->start)
		return false;
	if (!fast_order_ok(order, line + r->doc.b, r->doc.e - r->doc.b, r->start))
		return false;
	if (r->decoded_cap < len) {
		r->decoded_cap = len;
		r->decoded = xrealloc(r->decoded, len);
	}
	if (!r->text_escaped)
		return utf8_length(line + r->text.b, r->text.e - r->text.b) ==
		    (size_t)(r->end - r->start);
	text_len = decode(line + r->text.b, r->text.e - r->text.b, true,
	    r->decoded);
	return utf8_length(r->decoded, text_len) == (size_t)(r->end - r->start);
}

/* An edit of the line: bytes [b, e) replaced by the text at r->edits_text
 * + off (len bytes). */
struct edit {
	size_t b, e, off, len;
};

static void
text_append(struct fast_record *r, const char *s, size_t n)
{
	if (r->text_len + n > r->text_cap) {
		r->text_cap = 2 * (r->text_len + n) + 256;
		r->edit_text = xrealloc(r->edit_text, r->text_cap);
	}
	memcpy(r->edit_text + r->text_len, s, n);
	r->text_len += n;
}

static void
out_append(struct fast_record *r, const char *s, size_t n)
{
	if (r->out_len + n > r->out_cap) {
		r->out_cap = 2 * (r->out_len + n) + 256;
		r->out = xrealloc(r->out, r->out_cap);
	}
	memcpy(r->out + r->out_len, s, n);
	r->out_len += n;
}

/* edit_begin starts an edit that sets member key of the object whose '}'
 * is at close: in place of its value at sp when there is one, else as a
 * new last member. The value is appended next; edit_end closes it. */
static void
edit_begin(struct fast_record *r, struct edit *e, struct fast_span sp,
    size_t close, const char *key)
{
	e->off = r->text_len;
	if (sp.e > sp.b) {
		e->b = sp.b;
		e->e = sp.e;
	} else {
		e->b = e->e = close;
		text_append(r, ",\"", 2);
		text_append(r, key, strlen(key));
		text_append(r, "\":", 2);
	}
}

static void
edit_end(struct fast_record *r, struct edit *e)
{
	e->len = r->text_len - e->off;
}

/* text_reserve makes room for n more bytes of edit text; returns where
 * they go. */
static char *
text_reserve(struct fast_record *r, size_t n)
{
	if (r->text_len + n > r->text_cap) {
		r->text_cap = 2 * (r->text_len + n) + 256;
		r->edit_text = xrealloc(r->edit_text, r->text_cap);
	}
	return r->edit_text + r->text_len;
}

/* put_ids writes the ids array: room for all of them is made at once,
 * ids_max bytes (ids_room). */
static void
put_ids(struct fast_record *r, struct edit *e, struct fast_span sp,
    size_t close, const struct issue_dict *d, const bool *issues,
    size_t ids_max)
{
	char *o, *start;

	edit_begin(r, e, sp, close, "issues");
	o = start = text_reserve(r, ids_max);
	*o++ = '[';
	for (size_t i = 0; i < d->nissues; i++) {
		if (!issues[i])
			continue;
		if (o > start + 1)
			*o++ = ',';
		*o++ = '"';
		memcpy(o, d->issues[i].id, d->issues[i].id_len);
		o += d->issues[i].id_len;
		*o++ = '"';
	}
	*o++ = ']';
	r->text_len += (size_t)(o - start);
	edit_end(r, e);
}

/* ids_room: the most bytes put_ids writes, brackets included. */
static size_t
ids_room(const struct issue_dict *d)
{
	size_t n = 2;

	for (size_t i = 0; i < d->nissues; i++)
		n += d->issues[i].id_len + 3;
	return n;
}

static void
put_from(struct fast_record *r, struct edit *e, struct fast_span sp,
    size_t close, enum tag_from from)
{
	const char *name = tag_from_name(from);

	edit_begin(r, e, sp, close, "issues_from");
	text_append(r, "\"", 1);
	text_append(r, name, strlen(name));
	text_append(r, "\"", 1);
	edit_end(r, e);
}

/* sort_edits puts the edits in the order of the line, those at one place
 * in the order they were made (a few: insertion). */
static void
sort_edits(struct edit *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct edit x = v[i];
		size_t j = i;

		for (; j > 0 && v[j - 1].b > x.b; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

void
fast_tag(struct fast_record *r, struct tagger *t, bool *issues)
{
	const struct issue_dict *d = t->dict;
	size_t text_len, used, at = 0, nedits = 0, ids_max;
	struct edit *edits;

	if (1 + 2 * r->nquotes > r->edits_cap) {
		r->edits_cap = 1 + 2 * r->nquotes;
		r->edits = xreallocarray(r->edits, r->edits_cap, sizeof *r->edits);
	}
	edits = r->edits;
	r->text_len = 0;
	text_len = decode(r->line + r->text.b, r->text.e - r->text.b,
	    r->text_escaped, r->decoded);
	tagger_sentence(t, r->decoded, text_len, issues);
	if (r->ids_dict != d) {
		r->ids_dict = d;
		r->ids_max = ids_room(d);
	}
	ids_max = r->ids_max;
	put_ids(r, &edits[nedits++], r->issues, r->len - 1, d, issues, ids_max);
	used = text_len;
	for (size_t i = 0; i < r->nquotes; i++) {
		struct fast_quote *q = &r->quotes[i];
		/* the quote's decoded text goes after the sentence's */
		struct tag_quote tq = {
			.text = r->decoded + used,
			.len = decode(r->line + q->text.b, q->text.e - q->text.b,
			    q->text_escaped, r->decoded + used),
			.located = q->start >= r->start,
			.offset = q->start >= r->start ? (size_t)(q->start - r->start) : 0,
			.fragment = q->partial,
		};
		enum tag_from from = tagger_quote(t, &tq, issues);

		put_ids(r, &edits[nedits++], q->issues, q->obj.e - 1, d, issues,
		    ids_max);
		put_from(r, &edits[nedits++], q->issues_from, q->obj.e - 1, from);
	}
	sort_edits(edits, nedits);
	r->out_len = 0;
	if (r->out_cap < r->len + r->text_len + 1) {
		r->out_cap = r->len + r->text_len + 1;
		r->out = xrealloc(r->out, r->out_cap);
	}
	for (size_t i = 0; i < nedits; i++) {
		out_append(r, r->line + at, edits[i].b - at);
		out_append(r, r->edit_text + edits[i].off, edits[i].len);
		at = edits[i].e;
	}
	out_append(r, r->line + at, r->len - at);
	out_append(r, "\n", 1);
}

bool
fast_order_ok(const struct fast_order *o, const char *doc, size_t len,
    long long start)
{
	return !o->any || o->len != len || memcmp(o->doc, doc, len) != 0 ||
	    start >= o->end;
}

void
fast_order_set(struct fast_order *o, const char *doc, size_t len,
    long long end)
{
	if (len + 1 > o->cap) {
		o->cap = len + 1;
		o->doc = xrealloc(o->doc, o->cap);
	}
	memcpy(o->doc, doc, len);
	o->len = len;
	o->end = end;
	o->any = true;
}

void
fast_record_free(struct fast_record *r)
{
	free(r->quotes);
	free(r->decoded);
	free(r->out);
	free(r->edits);
	free(r->edit_text);
	memset(r, 0, sizeof *r);
}

void
fast_order_free(struct fast_order *o)
{
	free(o->doc);
	memset(o, 0, sizeof *o);
}
