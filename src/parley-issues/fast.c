#include "fast.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "jsonplain.h"
#include "utf8.h"
#include "xalloc.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_DEPTH 32            /* deeper: left to jansson */
#define MAX_KEYS FAST_SHAPE_KEYS /* more keys in one object: left to jansson */
#define MAX_DIGITS 15           /* longer integers: left to jansson */
/* The line is read where jsonl_in_next_record left it: followed by a zero
 * byte and JSONL_PAD readable bytes. The zero byte ends every string,
 * integer and literal as a mistake would (no byte of a well-formed compact
 * line is zero), so the parser never checks where the line ends, and may
 * read 32 bytes at once anywhere up to it. */
_Static_assert(JSONL_PAD >= 32, "the parser reads 32 bytes at once");

enum role { GENERIC, TOP, QUOTE };

typedef const unsigned char *cursor;   /* where the parser is; NULL: not
                                        * a line for the fast path */

struct parser {
	cursor base;            /* the line */
	struct fast_record *r;
	struct fast_quote *q;   /* the quote being read */
	bool has_doc, has_text, has_start, has_end, quote_text;
	size_t text_more;       /* the text's bytes after the first of each
	                         * UTF-8 sequence (p_counted_string) */
};

static cursor p_value(struct parser *p, cursor s, int depth);

/* key_is: is the key of klen bytes at k the string literal word? */
#define key_is(k, klen, word) ((klen) == sizeof word - 1 && \
	memcmp((k), word, sizeof word - 1) == 0)

static struct fast_span
span(const struct parser *p, cursor b, cursor e)
{
	return (struct fast_span){ (size_t)(b - p->base), (size_t)(e - p->base) };
}

/* plain_16 is jsonplain_16 (jsonplain.h): how many of the 16 bytes at s
 * (all readable) come before the first that is not plain, 16 when all
 * are; with SSE2 as the plain bytes' mask, whose complement has bit 16
 * set. */
static inline unsigned
plain_16(cursor s)
{
#if defined(__SSE2__)
	__m128i x = _mm_loadu_si128((const __m128i *)s);
	/* a signed compare: bytes above 0x7F are not above 0x1F */
	__m128i plain = _mm_andnot_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
	    _mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)));

	return (unsigned)__builtin_ctz(~(unsigned)_mm_movemask_epi8(plain));
#else
	return jsonplain_16(s);
#endif
}

/* plain_32 returns how many of the 32 bytes at s (all readable) come
 * before the first that is not plain (jsonplain.h): 32 when all are. */
static inline unsigned
plain_32(cursor s)
{
	unsigned run = plain_16(s);

	return run < 16 ? run : 16 + plain_16(s + 16);
}

/* p_counted_string reads the string at s ('"'); returns the byte after
 * its closing quote (its content ends just before). Escapes other than \"
 * \\ \b \f \n \r \t are left to jansson (which writes no others but
 * \u00XX, and refuses \u0000). *more: the bytes of its content that
 * begin no code point once decoded (the second byte of each escape, the
 * bytes after the first of each multi-byte UTF-8 sequence): content bytes
 * - *more is its length in code points, counted in the same pass. */
static inline cursor
p_counted_string(cursor s, bool *escaped, size_t *more)
{
	size_t m = 0;   /* *more, in a register */

	*escaped = false;
	s++;
	for (;;) {
		unsigned run = plain_32(s);
		unsigned char c;
		size_t n;

		s += run;
		if (run == 32)
			continue;
		c = *s;
		if (c == '"')
			break;
		if (c == 0xE2 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
			/* U+2000-U+2FFF (’ “ ” – — …), the most common in news
			 * text; utf8_sequence checks the rest */
			m += 2;
			s += 3;
		} else if (c == '\\') {
			switch (s[1]) {
			case '"': case '\\': case 'b': case 'f': case 'n':
			case 'r': case 't':
				break;
			default:
				return NULL;
			}
			*escaped = true;
			m++;
			s += 2;
		} else if (c < 0x20) {
			return NULL;    /* also the zero byte after the line */
		} else if ((n = utf8_sequence(s, 4)) == 0) {   /* 4 readable */
			return NULL;
		} else {
			m += n - 1;
			s += n;
		}
	}
	*more = m;
	return s + 1;
}

/* p_long_string reads the string at s as p_counted_string does. */
static cursor
p_long_string(cursor s, bool *escaped)
{
	size_t more;

	return p_counted_string(s, escaped, &more);
}

/* p_string reads the string at s as p_counted_string does; the short
 * plain ones (most keys and values) without a call: the bytes before the
 * first byte that is not plain (plain_16; 16 bytes readable: JSONL_PAD)
 * need no look, so a '"' there closes the string. */
static inline cursor
p_string(cursor s, bool *escaped)
{
	unsigned run = plain_16(s + 1);

	if (s[1 + run] == '"') {
		*escaped = false;
		return s + 2 + run;
	}
	return p_long_string(s, escaped);
}

/* digits_16 returns how many of the 16 bytes at s (all readable) are
 * ASCII digits before the first that is not: 16 when all are. */
static inline unsigned
digits_16(cursor s)
{
#if defined(__SSE2__)
	/* a digit is a byte whose distance above '0' is at most 9 (the
	 * smaller of it and 9, unsigned, is itself) */
	__m128i d = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)s),
	    _mm_set1_epi8('0'));
	__m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
	unsigned m = ~(unsigned)_mm_movemask_epi8(digit);

	return (unsigned)__builtin_ctz(m);     /* bit 16 is set */
#else
	unsigned n = 0;

	while (n < 16 && s[n] >= '0' && s[n] <= '9')
		n++;
	return n;
#endif
}

/* p_number_end reads an integer as jansson writes it (at most MAX_DIGITS
 * digits, no leading zero, no "-0") and returns the byte after it; *d
 * says where its digits begin, *digits how many there are. A real (its
 * form is jansson's to choose) is left to jansson by every caller: the
 * byte after the digits, '.', 'e' or 'E', is not the ',', '}' or ']' a
 * value must be followed by. */
static inline cursor
p_number_end(cursor s, cursor *d, unsigned *digits)
{
	bool neg = *s == '-';
	unsigned n;

	*d = s + neg;
	n = digits_16(*d);
	*digits = n;
	if (n == 0 || n > MAX_DIGITS || (**d == '0' && (n > 1 || neg)))
		return NULL;
	return *d + n;
}

/* p_skip_integer reads an integer as p_integer does, without its value. */
static inline cursor
p_skip_integer(cursor s)
{
	cursor d;
	unsigned digits;

	return p_number_end(s, &d, &digits);
}

/* p_integer reads an integer as jansson writes it, and its value. */
static inline cursor
p_integer(cursor s, long long *v)
{
	cursor d, e;
	unsigned digits;
	long long x = 0;

	e = p_number_end(s, &d, &digits);

	if (e == NULL)
		return NULL;
	for (; d < e; d++)
		x = x * 10 + (*d - '0');
	*v = *s == '-' ? -x : x;
	return e;
}

static cursor
p_literal(cursor s, const char *word, size_t n)
{
	return memcmp(s, word, n) == 0 ? s + n : NULL;
}

static cursor p_array(struct parser *p, cursor s, int depth, enum role role);
static cursor p_object(struct parser *p, cursor s, int depth, enum role role);

static struct fast_quote *
new_quote(struct fast_record *r)
{
	if (r->nquotes == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 8;
		r->quotes = xreallocarray(r->quotes, r->cap, sizeof *r->quotes);
	}
	return memset(&r->quotes[r->nquotes++], 0, sizeof *r->quotes);
}

static cursor
p_array(struct parser *p, cursor s, int depth, enum role role)
{
	s++;
	if (*s == ']')
		return s + 1;
	for (;;) {
		if (role == QUOTE) {
			struct fast_quote *q;

			if (*s != '{')
				return NULL;
			p->q = q = new_quote(p->r);
			q->obj.b = (size_t)(s - p->base);
			q->start = -1;
			p->quote_text = false;
			if ((s = p_object(p, s, depth + 1, QUOTE)) == NULL ||
			    !p->quote_text)
				return NULL;
			q->obj.e = (size_t)(s - p->base);
		} else if (*s == '{' && depth + 1 <= MAX_DEPTH) {
			/* p_value's own step, without the call */
			if ((s = p_object(p, s, depth + 2, GENERIC)) == NULL)
				return NULL;
		} else if ((s = p_value(p, s, depth + 1)) == NULL) {
			return NULL;
		}
		if (*s == ']')
			return s + 1;
		if (*s++ != ',')
			return NULL;
	}
}

static cursor
non_negative(cursor s, long long *v)
{
	return *s != '-' ? p_integer(s, v) : NULL;
}

/* The members the fast path reads (the others it only checks). */
enum member {
	M_OTHER, M_DOC, M_END, M_TEXT, M_START, M_QUOTES, M_ISSUES, M_KIND,
	M_ISSUES_FROM
};

/* member_of: which member of an object of role is key (klen bytes)? */
static enum member
member_of(enum role role, cursor key, size_t klen)
{
	if (role == TOP) {
		if (key_is(key, klen, "doc"))
			return M_DOC;
		if (key_is(key, klen, "end"))
			return M_END;
		if (key_is(key, klen, "quotes"))
			return M_QUOTES;
	} else if (role == QUOTE) {
		if (key_is(key, klen, "kind"))
			return M_KIND;
		if (key_is(key, klen, "issues_from"))
			return M_ISSUES_FROM;
	} else {
		return M_OTHER;
	}
	if (key_is(key, klen, "text"))
		return M_TEXT;
	if (key_is(key, klen, "start"))
		return M_START;
	if (key_is(key, klen, "issues"))
		return M_ISSUES;
	return M_OTHER;
}

/* p_other reads a value the stage does not need: what p_value does, the
 * scalars without a call. */
static inline cursor
p_other(struct parser *p, cursor s, int depth)
{
	bool esc;

	if (depth > MAX_DEPTH)
		return NULL;
	switch (*s) {
	case '"': return p_string(s, &esc);
	case 't': return p_literal(s, "true", 4);
	case 'f': return p_literal(s, "false", 5);
	case 'n': return p_literal(s, "null", 4);
	case '{': return p_object(p, s, depth + 1, GENERIC);    /* p_value's */
	case '[': return p_array(p, s, depth + 1, GENERIC);
	default: return p_skip_integer(s);
	}
}

/* top_member reads the value at s of the record's member what. */
static cursor
top_member(struct parser *p, enum member what, cursor s, int depth)
{
	struct fast_record *r = p->r;
	cursor b = s;
	bool esc;

	switch (what) {
	case M_DOC:
		if (*s != '"' || (s = p_string(s, &esc)) == NULL || esc)
			return NULL;
		p->has_doc = true;
		r->doc = span(p, b + 1, s - 1);
		return s;
	case M_END:
		if ((s = non_negative(s, &r->end)) != NULL)
			p->has_end = true;
		return s;
	case M_TEXT:
		if (*s != '"' || (s = p_counted_string(s, &r->text_escaped,
		    &p->text_more)) == NULL)
			return NULL;
		p->has_text = true;
		r->text = span(p, b + 1, s - 1);
		return s;
	case M_START:
		if ((s = non_negative(s, &r->start)) != NULL)
			p->has_start = true;
		return s;
	case M_QUOTES:
		return *s == '[' ? p_array(p, s, depth, QUOTE) : NULL;
	case M_ISSUES:
		if ((s = p_value(p, s, depth)) != NULL)
			r->issues = span(p, b, s);
		return s;
	default:
		return p_other(p, s, depth);
	}
}

/* quote_member reads the value at s of a quote's member what. */
static cursor
quote_member(struct parser *p, enum member what, cursor s, int depth)
{
	struct fast_quote *q = p->q;
	struct fast_span *value;
	cursor b = s;
	bool esc;

	switch (what) {
	case M_TEXT:
		if (*s != '"' || (s = p_string(s, &q->text_escaped)) == NULL)
			return NULL;
		p->quote_text = true;
		q->text = span(p, b + 1, s - 1);
		return s;
	case M_START:
		return non_negative(s, &q->start);
	case M_KIND:
		if (*s != '"' || (s = p_string(s, &esc)) == NULL)
			return NULL;
		q->partial = s - b == sizeof "partial" + 1 &&
		    memcmp(b + 1, "partial", sizeof "partial" - 1) == 0;
		return s;
	case M_ISSUES:
	case M_ISSUES_FROM:
		value = what == M_ISSUES ? &q->issues : &q->issues_from;
		if ((s = p_value(p, s, depth)) != NULL)
			*value = span(p, b, s);
		return s;
	default:
		return p_other(p, s, depth);
	}
}

/* key_bit: a bit for a key, from its length and its first and last bytes;
 * two keys with different bits differ. */
static inline uint64_t
key_bit(cursor key, size_t n)
{
	unsigned h = n == 0 ? 0 : (unsigned)(n * 7 + key[0] * 3 + key[n - 1]);

	return (uint64_t)1 << (h & 63);
}

/* slot_follows: is the key at s (with its quotes and colon) the key of
 * slot sl (not the zero slot after a shape's keys)? 16 bytes are readable
 * at s (JSONL_PAD). */
static inline bool
slot_follows(const struct fast_slot *sl, cursor s)
{
#if defined(__SSE2__)
	__m128i x = _mm_loadu_si128((const __m128i *)s);
	__m128i y = _mm_loadu_si128((const __m128i *)sl->key);
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, y));

	/* the zero slot compares all 16 bytes: a line has no 16 zero
	 * bytes (at its end, a truncated one, its value is then refused) */
	return (m | sl->unused) == 0xFFFF;
#else
	return sl->len > 0 && memcmp(s, sl->key, sl->len) == 0;
#endif
}

/* shape_set makes the key at key (klen bytes) key k of the shape, its
 * last; false when it cannot (an escape, or too long for a slot): the
 * shape then ends before k. */
static bool
shape_set(struct fast_shape *sh, size_t k, cursor key, size_t klen,
    bool escaped, enum member what)
{
	struct fast_slot *sl = &sh->slot[k];

	sh->n = k;
	memset(sl, 0, sizeof *sl);      /* the zero slot after the keys */
	if (escaped || klen + 3 > FAST_SHAPE_SLOT)
		return false;
	sl->key[0] = '"';
	memcpy(sl->key + 1, key, klen);
	sl->key[klen + 1] = '"';
	sl->key[klen + 2] = ':';
	sl->len = (unsigned char)(klen + 3);
	sl->unused = (uint16_t)(0xFFFFu << (klen + 3));
	sl->what = (unsigned char)what;
	sh->n = k + 1;
	memset(sl + 1, 0, sizeof *sl);
	return true;
}

/* shape_of returns the keys learnt for an object of role at depth (the
 * record is at 1, a quote at 2, the others at 2 or more), or NULL: none
 * so deep. */
static struct fast_shape *
shape_of(struct fast_record *r, enum role role, int depth)
{
	if (role == TOP)
		return &r->shapes[0];
	if (role == QUOTE)
		return &r->shapes[1];
	return depth < FAST_SHAPES ? &r->shapes[depth] : NULL;
}

/* p_member reads the value at s of the member what of an object of role:
 * the values the stage does not need of the most common kinds (a string,
 * a number, null) without a call. */
static inline cursor
p_member(struct parser *p, enum member what, cursor s, int depth,
    enum role role)
{
	bool esc;

	if (what == M_OTHER && *s == '"')
		return p_string(s, &esc);
	if (what == M_OTHER && *s >= '0' && *s <= '9')
		return p_skip_integer(s);
	if (what == M_OTHER && *s == 'n')
		return p_literal(s, "null", 4);
	if (what == M_OTHER)
		return p_other(p, s, depth);
	if (role == TOP)
		return top_member(p, what, s, depth);
	return quote_member(p, what, s, depth);
}

/* p_unshaped reads the members of an object from s (a key's '"') on, the
 * nkeys before them having been those of its shape sh (NULL: none kept
 * so deep): each key checked against the others, and learnt by sh while
 * the keys so far are its own. */
static cursor
p_unshaped(struct parser *p, cursor s, int depth, enum role role,
    struct fast_shape *sh, size_t nkeys)
{
	cursor keys[MAX_KEYS];
	size_t lens[MAX_KEYS];
	uint64_t seen = 0;      /* a bit per key: length and ends, hashed */
	bool learn = sh != NULL;
	bool esc;

	/* the keys so far are the shape's: they count as read from it */
	for (size_t k = 0; k < nkeys; k++) {
		keys[k] = sh->slot[k].key + 1;
		lens[k] = sh->slot[k].len - 3u;
		seen |= key_bit(keys[k], lens[k]);
	}
	for (;;) {
		cursor key = s + 1;
		size_t klen;
		enum member what;
		uint64_t bit;

		if (*s != '"' || nkeys == MAX_KEYS ||
		    (s = p_string(s, &esc)) == NULL)
			return NULL;
		klen = (size_t)(s - 1 - key);
		bit = key_bit(key, klen);
		for (size_t k = 0; k < nkeys && (seen & bit); k++)
			if (lens[k] == klen && memcmp(keys[k], key, klen) == 0)
				return NULL;    /* duplicate: jansson refuses it */
		what = member_of(role, key, klen);
		if (learn)
			learn = shape_set(sh, nkeys, key, klen, esc, what);
		keys[nkeys] = key;
		lens[nkeys++] = klen;
		seen |= bit;
		if (*s++ != ':' || (s = p_member(p, what, s, depth, role)) == NULL)
			return NULL;
		if (*s == '}')
			return s + 1;
		if (*s++ != ',')
			return NULL;
	}
}

/* p_object reads the object at s ('{') in role at depth. Its members
 * whose keys come in the order of its shape (the keys learnt for its
 * role and depth) are read in a loop of their own: their keys are
 * distinct, being the shape's. From the first other key on, p_unshaped
 * reads the rest. */
static cursor
p_object(struct parser *p, cursor s, int depth, enum role role)
{
	struct fast_shape *sh = shape_of(p->r, role, depth);
	size_t nkeys = 0;

	s++;
	if (*s == '}')
		return s + 1;
	if (sh != NULL) {
		const struct fast_slot *sl = sh->slot;

		for (; slot_follows(sl, s); sl++) {
			s = p_member(p, (enum member)sl->what, s + sl->len, depth,
			    role);
			if (s == NULL)
				return NULL;
			if (*s == '}')
				return s + 1;
			if (*s++ != ',')
				return NULL;
		}
		nkeys = (size_t)(sl - sh->slot);
	}
	return p_unshaped(p, s, depth, role, sh, nkeys);
}

static cursor
p_value(struct parser *p, cursor s, int depth)
{
	bool esc;

	if (depth > MAX_DEPTH)
		return NULL;
	switch (*s) {
	case '{': return p_object(p, s, depth + 1, GENERIC);
	case '[': return p_array(p, s, depth + 1, GENERIC);
	case '"': return p_string(s, &esc);
	case 't': return p_literal(s, "true", 4);
	case 'f': return p_literal(s, "false", 5);
	case 'n': return p_literal(s, "null", 4);
	default: return p_skip_integer(s);
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
		const char *bs = memchr(s + i, '\\', n - i);
		size_t run = bs != NULL ? (size_t)(bs - s) - i : n - i;

		/* the bytes up to the next escape, at once */
		memcpy(out + len, s + i, run);
		len += run;
		if ((i += run) == n)
			break;
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
	struct parser p = { .r = r };
	cursor end;

	r->line = line;
	r->len = len;
	r->nquotes = 0;
	r->issues.b = r->issues.e = 0;
	if (len == 0 || line[0] != '{')
		return false;
	p.base = (cursor)line;
	end = p_object(&p, p.base, 1, TOP);
	if (end != p.base + len || !p.has_doc || !p.has_text || !p.has_start ||
	    !p.has_end || r->end < r->start)
		return false;
	r->same_doc = order->any && order->len == r->doc.e - r->doc.b &&
	    memcmp(order->doc, line + r->doc.b, order->len) == 0;
	if (r->same_doc && r->start < order->end)
		return false;   /* fast_order_ok's answer, the doc compared once */
	if (r->decoded_cap < len + TAG_PAD) {
		/* initialised once: text_of's strings are read on (TAG_PAD) */
		free(r->decoded);
		r->decoded_cap = len + TAG_PAD;
		r->decoded = xcalloc(r->decoded_cap, 1);
	}
	return r->text.e - r->text.b - p.text_more == (size_t)(r->end - r->start);
}

/* The most bytes an edit of a quote adds besides its ids: the key with
 * its comma, quotes and colon, and the longest "issues_from" value. */
#define QUOTE_EDITS_ROOM (sizeof ",\"issues\":" + \
	sizeof ",\"issues_from\":\"quote+sentence\"")

/* ids_room: the most bytes put_ids writes, brackets included. */
static size_t
ids_room(const struct issue_dict *d)
{
	size_t n = 2;

	for (size_t i = 0; i < d->nissues; i++)
		n += d->issues[i].id_len + 3;
	return n;
}

/* out_reserve makes room for n more bytes of output; returns where they
 * go. */
static char *
out_reserve(struct fast_record *r, size_t n)
{
	if (r->out_len + n > r->out_cap) {
		r->out_cap = 2 * (r->out_len + n) + 256;
		r->out = xrealloc(r->out, r->out_cap);
	}
	return r->out + r->out_len;
}

static char *
put_bytes(char *o, const void *s, size_t n)
{
	memcpy(o, s, n);
	return o + n;
}

/* put_ids writes the ids array of the issues set (ids_room bytes at
 * most) and returns the byte after it. */
static char *
put_ids(char *o, const struct issue_dict *d, const bool *issues)
{
	char *start = o;

	*o++ = '[';
	for (size_t b = 0; b < d->nissues; b += 8)
		for (uint64_t w = tag_flags_word(issues, b, d->nissues); w != 0;
		    w &= w - 1) {
			const struct issue *is =
			    &d->issues[b + (size_t)__builtin_ctzll(w) / 8];

			if (o > start + 1)
				*o++ = ',';
			*o++ = '"';
			o = put_bytes(o, is->id, is->id_len);
			*o++ = '"';
		}
	*o++ = ']';
	return o;
}

/* put_from writes the "issues_from" value of from, quoted. */
static char *
put_from(char *o, enum tag_from from)
{
	static const char values[][17] = {
		[TAG_FROM_QUOTE] = "\"quote\"",
		[TAG_FROM_SENTENCE] = "\"sentence\"",
		[TAG_FROM_BOTH] = "\"quote+sentence\"",
	};
	static const unsigned char lengths[] = {
		[TAG_FROM_QUOTE] = sizeof "\"quote\"" - 1,
		[TAG_FROM_SENTENCE] = sizeof "\"sentence\"" - 1,
		[TAG_FROM_BOTH] = sizeof "\"quote+sentence\"" - 1,
	};

	return put_bytes(o, values[from], lengths[from]);
}

/* put_quote_ids writes a quote's ids array as put_ids does: the
 * sentence's (ids, ids_len bytes) when the quote raises the same issues as
 * its sentence, as most do. */
static char *
put_quote_ids(char *o, const struct tagger *t, const bool *issues,
    const char *ids, size_t ids_len)
{
	if (memcmp(issues, t->sentence, t->dict->nissues * sizeof *issues) == 0)
		return put_bytes(o, ids, ids_len);
	return put_ids(o, t->dict, issues);
}

/* A member the output sets: its value's bytes in the line (b == e when
 * absent: then it goes in as the last member of the object whose '}' is
 * at close), and its key with a comma, quotes and colon (",\"k\":"). */
struct splice {
	struct fast_span value;
	size_t close;
	const char *member;
	size_t member_len;
};

#define SPLICE(sp, cl, m) ((struct splice){ (sp), (cl), (m), sizeof m - 1 })

/* splice_at: where the splice's value goes in the line. */
static size_t
splice_at(const struct splice *s)
{
	return s->value.e > s->value.b ? s->value.b : s->close;
}

/* splice_to copies the line from *at up to where the splice's value goes
 * (and its key, when it is new) and moves *at past the old value; the
 * value comes next. */
static char *
splice_to(char *o, const char *line, size_t *at, const struct splice *s)
{
	size_t b = splice_at(s);

	o = put_bytes(o, line + *at, b - *at);
	if (s->value.e > s->value.b) {
		*at = s->value.e;
		return o;
	}
	*at = b;
	return put_bytes(o, s->member, s->member_len);
}

/* text_of returns the decoded string of a span: the line's own bytes
 * when it has no escape, else a decoded copy at r->decoded + *used. Either
 * is followed by TAG_PAD readable bytes, the first not a word byte, as
 * tagger_sentence_in_place needs: the string's closing quote, the rest of
 * the line, its zero byte and JSONL_PAD bytes; or a zero byte, then the
 * rest of r->decoded: a string of n bytes decodes to n - 2 at most with its
 * quotes, so those of a line of len bytes, a zero byte after each, fit in
 * len bytes and TAG_PAD more remain. */
_Static_assert(JSONL_PAD + 1 >= TAG_PAD, "a string in a line is padded");
/* decoded_copy decodes the escaped string of a span to r->decoded + *used,
 * a zero byte after it (text_of). */
static const char *
decoded_copy(struct fast_record *r, struct fast_span sp, size_t *used,
    size_t *len)
{
	char *s = r->decoded + *used;

	*len = decode(r->line + sp.b, sp.e - sp.b, true, s);
	s[*len] = '\0';
	*used += *len + 1;
	return s;
}

static inline const char *
text_of(struct fast_record *r, struct fast_span sp, bool escaped,
    size_t *used, size_t *len)
{
	if (escaped)
		return decoded_copy(r, sp, used, len);
	*len = sp.e - sp.b;
	return r->line + sp.b;
}

void
fast_tag(struct fast_record *r, struct tagger *t, bool *issues)
{
	const struct issue_dict *d = t->dict;
	struct splice top = SPLICE(r->issues, r->len - 1, ",\"issues\":");
	size_t text_len, used = 0, at = 0, top_at = splice_at(&top);
	const char *text;
	char *o, *ids;
	size_t ids_len;
	bool top_done = false;

	if (r->ids_dict != d) {
		r->ids_dict = d;
		r->ids_max = ids_room(d);
		r->sent_ids = xrealloc(r->sent_ids, r->ids_max);
	}
	text = text_of(r, r->text, r->text_escaped, &used, &text_len);
	tagger_sentence_in_place(t, text, text_len, issues);
	ids = r->sent_ids;
	ids_len = (size_t)(put_ids(ids, d, issues) - ids);
	o = out_reserve(r, r->len + 1 + ids_len + sizeof ",\"issues\":" +
	    r->nquotes * (r->ids_max + QUOTE_EDITS_ROOM));
	for (size_t i = 0; i < r->nquotes; i++) {
		const struct fast_quote *q = &r->quotes[i];
		struct splice sids = SPLICE(q->issues, q->obj.e - 1, ",\"issues\":");
		struct splice sfrom = SPLICE(q->issues_from, q->obj.e - 1,
		    ",\"issues_from\":");
		struct tag_quote tq = {
			.located = q->start >= r->start,
			.offset = q->start >= r->start ? (size_t)(q->start - r->start) : 0,
			.fragment = q->partial,
			.in_place = true,
		};
		enum tag_from from;

		tq.text = text_of(r, q->text, q->text_escaped, &used, &tq.len);
		from = tagger_quote(t, &tq, issues);
		if (!top_done && top_at < q->obj.b) {
			/* the record's "issues" comes before this quote */
			o = splice_to(o, r->line, &at, &top);
			o = put_bytes(o, ids, ids_len);
			top_done = true;
		}
		if (splice_at(&sids) <= splice_at(&sfrom)) {
			o = put_quote_ids(splice_to(o, r->line, &at, &sids), t,
			    issues, ids, ids_len);
			o = put_from(splice_to(o, r->line, &at, &sfrom), from);
		} else {
			o = put_from(splice_to(o, r->line, &at, &sfrom), from);
			o = put_quote_ids(splice_to(o, r->line, &at, &sids), t,
			    issues, ids, ids_len);
		}
	}
	if (!top_done) {
		o = splice_to(o, r->line, &at, &top);
		o = put_bytes(o, ids, ids_len);
	}
	o = put_bytes(o, r->line + at, r->len - at);
	*o++ = '\n';
	r->out_len = (size_t)(o - r->out);
}

void
fast_flush(struct fast_record *r, FILE *fp)
{
	if (r->out_len > 0 && fwrite(r->out, 1, r->out_len, fp) != r->out_len)
		jsonl_out_check(fp);
	r->out_len = 0;
}

bool
fast_order_ok(const struct fast_order *o, const char *doc, size_t len,
    long long start)
{
	return !o->any || o->len != len || memcmp(o->doc, doc, len) != 0 ||
	    start >= o->end;
}

void
fast_order_set_record(struct fast_order *o, const struct fast_record *r)
{
	if (r->same_doc)
		o->end = r->end;
	else
		fast_order_set(o, r->line + r->doc.b, r->doc.e - r->doc.b, r->end);
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
	free(r->sent_ids);
	memset(r, 0, sizeof *r);
}

void
fast_order_free(struct fast_order *o)
{
	free(o->doc);
	memset(o, 0, sizeof *o);
}
