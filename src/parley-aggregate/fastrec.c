/* fastrec.c - the fast path: a sentence record in the compact form that
 * jansson writes (every parley stage writes it so) is read straight from
 * its line, decoding only the strings the aggregate uses. Decoding every
 * field with jansson is nearly all of the aggregate's time; this path is
 * several times faster.
 *
 * The path accepts a line only when jansson would accept it and the record
 * is good: the whole line is checked (UTF-8, escapes, numbers, nesting,
 * duplicate keys) and every field the aggregate reads has its type. A line
 * in any other form (blanks between tokens, \u escapes of surrogates or
 * NUL, exponents, integers of more than 18 digits, more than 64 keys in an
 * object, nesting deeper than 32) or with any mistake is left to jansson,
 * which reads it or rejects it with the usual message. */
#include <stdlib.h>

#include "core.h"
#include "utf8.h"
#include "xalloc.h"

#define MAX_DEPTH 32
#define MAX_KEYS 64
#define MAX_DIGITS 18
#define MAX_REAL 40             /* longer numbers with a fraction: jansson */

struct fp {
	const char *s;
	size_t n, i;
	struct agg *a;
	char *dec;              /* where the next decoded string goes */
	bool has_doc;
	struct str doc, date, source;
};

static bool fp_value(struct fp *p, int depth);

static bool
at(const struct fp *p, char c)
{
	return p->i < p->n && p->s[p->i] == c;
}

static bool
eat(struct fp *p, char c)
{
	if (!at(p, c))
		return false;
	p->i++;
	return true;
}

/* key_is compares a key with a string literal, length first. */
#define key_is(key, lit) \
	((key).n == sizeof(lit) - 1 && memcmp((key).s, (lit), sizeof(lit) - 1) == 0)

/* utf8_seq checks the multi-byte sequence at p->i led by c (overlong
 * forms, surrogates and code points above U+10FFFF refused). */
static bool
utf8_seq(struct fp *p, unsigned char c)
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

static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* escape reads the escape at p->i ('\\') and, when out is not NULL, writes
 * its character there, returning the bytes written (0 when skipping); -1
 * for an escape left to jansson. */
static int
escape(struct fp *p, char *out)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *e;
	uint32_t cp = 0;

	if (p->i + 1 >= p->n)
		return -1;
	if (p->s[p->i + 1] != 'u') {
		if (p->s[p->i + 1] == '\0' ||
		    (e = strchr(from, p->s[p->i + 1])) == NULL)
			return -1;
		p->i += 2;
		if (out == NULL)
			return 0;
		*out = to[e - from];
		return 1;
	}
	if (p->i + 6 > p->n)
		return -1;
	for (int k = 2; k < 6; k++) {
		int d = hex_digit(p->s[p->i + k]);

		if (d < 0)
			return -1;
		cp = cp << 4 | (uint32_t)d;
	}
	if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	p->i += 6;
	return out != NULL ? utf8_encode(cp, out) : 0;
}

/* plain8: are the 8 bytes at s all ASCII, printable, not '"' and not
 * '\\'? (Bit Twiddling Hacks: "determine if a word has a byte less than
 * n" and "... equal to n".) */
static bool
plain8(const char *s)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t x, quote, backslash;

	memcpy(&x, s, 8);
	quote = x ^ (ones * '"');
	backslash = x ^ (ones * '\\');
	return ((x | ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
	    ((backslash - ones) & ~backslash)) & highs) == 0;
}

/* fp_string reads the string at p->i. When out is not NULL, *out is its
 * value: a view of the line, or its decoded copy when it has escapes. */
static bool
fp_string(struct fp *p, struct str *out)
{
	size_t start, c0;
	char *dec = NULL;     /* the decoded copy, once an escape is met */

	if (!eat(p, '"'))
		return false;
	start = p->i;
	while (p->i < p->n) {
		unsigned char c;

		if (dec == NULL)
			while (p->i + 8 <= p->n && plain8(p->s + p->i))
				p->i += 8;
		if (p->i >= p->n)
			break;
		c = (unsigned char)p->s[p->i];
		if (c == '"') {
			if (out != NULL && dec != NULL) {
				*out = (struct str){ p->dec, (size_t)(dec - p->dec) };
				p->dec = dec;
			} else if (out != NULL) {
				*out = (struct str){ p->s + start, p->i - start };
			}
			p->i++;
			return true;
		}
		if (c == '\\') {
			int k;

			if (out != NULL && dec == NULL) {
				memcpy(p->dec, p->s + start, p->i - start);
				dec = p->dec + (p->i - start);
			}
			if ((k = escape(p, dec)) < 0)
				return false;
			if (dec != NULL)
				dec += k;
			continue;
		}
		if (c < 0x20)
			return false;
		c0 = p->i;
		if (c < 0x80)
			p->i++;
		else if (!utf8_seq(p, c))
			return false;
		if (dec != NULL) {
			memcpy(dec, p->s + c0, p->i - c0);
			dec += p->i - c0;
		}
	}
	return false;
}

/* fp_number reads a number; *integer and *v when it is a small integer. */
static bool
fp_number(struct fp *p, bool *integer, long long *v)
{
	size_t b = p->i, digits = 0;
	bool neg = eat(p, '-');
	long long x = 0;

	*integer = true;
	if (at(p, '0')) {
		p->i++;
		digits = 1;
	} else {
		while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9') {
			if (++digits > MAX_DIGITS)
				return false;
			x = x * 10 + (p->s[p->i++] - '0');
		}
		if (digits == 0)
			return false;
	}
	if (at(p, '.')) {
		*integer = false;
		p->i++;
		if (!(p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9'))
			return false;
		while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
			p->i++;
	}
	if (at(p, 'e') || at(p, 'E') || p->i - b > MAX_REAL)
		return false;
	*v = neg ? -x : x;
	return true;
}

static bool
fp_literal(struct fp *p, const char *word)
{
	size_t n = strlen(word);

	if (p->n - p->i < n || memcmp(p->s + p->i, word, n) != 0)
		return false;
	p->i += n;
	return true;
}

/* A field handler reads the value of key (p->i is at the value). */
typedef bool field_fn(struct fp *p, struct str key, size_t ctx, int depth);

/* fp_object reads an object, handing each value to field; keys must be
 * plain (no escapes) and distinct. */
static bool
fp_object(struct fp *p, int depth, field_fn *field, size_t ctx)
{
	struct str keys[MAX_KEYS];
	size_t nkeys = 0;

	if (depth > MAX_DEPTH || !eat(p, '{'))
		return false;
	if (eat(p, '}'))
		return true;
	do {
		struct str key;
		size_t b;

		if (!at(p, '"') || nkeys == MAX_KEYS)
			return false;
		b = p->i + 1;
		if (!fp_string(p, NULL) ||
		    memchr(p->s + b, '\\', p->i - 1 - b) != NULL)
			return false;
		key = (struct str){ p->s + b, p->i - 1 - b };
		for (size_t k = 0; k < nkeys; k++)
			if (str_eq(keys[k], key))
				return false;
		keys[nkeys++] = key;
		if (!eat(p, ':') || !field(p, key, ctx, depth + 1))
			return false;
	} while (eat(p, ','));
	return eat(p, '}');
}

static bool
skip_field(struct fp *p, struct str key, size_t ctx, int depth)
{
	return fp_value(p, depth);
}

static bool
fp_value(struct fp *p, int depth)
{
	bool integer;
	long long v;

	if (p->i >= p->n || depth > MAX_DEPTH)
		return false;
	switch (p->s[p->i]) {
	case '{':
		return fp_object(p, depth, skip_field, 0);
	case '[':
		p->i++;
		if (eat(p, ']'))
			return true;
		do {
			if (!fp_value(p, depth + 1))
				return false;
		} while (eat(p, ','));
		return eat(p, ']');
	case '"':
		return fp_string(p, NULL);
	case 't':
		return fp_literal(p, "true");
	case 'f':
		return fp_literal(p, "false");
	case 'n':
		return fp_literal(p, "null");
	default:
		return fp_number(p, &integer, &v);
	}
}

/* fp_opt_string reads a string or null (null: s == NULL). */
static bool
fp_opt_string(struct fp *p, struct str *out)
{
	*out = STR_NULL;
	return fp_literal(p, "null") || fp_string(p, out);
}

/* fp_opt_count reads a non-negative integer or null. */
static bool
fp_opt_count(struct fp *p, bool *has, long long *v)
{
	bool integer;

	*has = false;
	*v = 0;
	if (fp_literal(p, "null"))
		return true;
	if (at(p, '-') || !fp_number(p, &integer, v) || !integer)
		return false;
	*has = true;
	return true;
}

/* fp_issues reads an array of strings (or null) as the issues of obs i. */
static bool
fp_issues(struct fp *p, size_t i)
{
	struct agg *a = p->a;
	struct str s;

	a->obs[i].issues = a->nstrs;
	if (!fp_literal(p, "null")) {
		if (!eat(p, '['))
			return false;
		if (!eat(p, ']')) {
			do {
				if (!fp_string(p, &s))
					return false;
				obs_issue(a, s);
			} while (eat(p, ','));
			if (!eat(p, ']'))
				return false;
		}
	}
	a->obs[i].nissues = a->nstrs - a->obs[i].issues;
	return true;
}

/* quote_field reads a field of the quote of obs i. */
static bool
quote_field(struct fp *p, struct str key, size_t i, int depth)
{
	struct obs *o = &p->a->obs[i];

	if (key_is(key, "text"))
		return fp_string(p, &o->text);
	if (key_is(key, "kind"))
		return fp_opt_string(p, &o->kind);
	if (key_is(key, "speaker"))
		return fp_opt_string(p, &o->speaker);
	if (key_is(key, "actor"))
		return fp_opt_string(p, &o->actor);
	if (key_is(key, "actor_name"))
		return fp_opt_string(p, &o->name);
	if (key_is(key, "group"))
		return fp_opt_string(p, &o->group);
	if (key_is(key, "start"))
		return fp_opt_count(p, &o->has_start, &o->start);
	if (key_is(key, "end"))
		return fp_opt_count(p, &o->has_end, &o->end);
	if (key_is(key, "issues"))
		return fp_issues(p, i);
	return fp_value(p, depth);
}

/* fp_quotes reads the quotes array (or null), one observation each. */
static bool
fp_quotes(struct fp *p, int depth)
{
	if (fp_literal(p, "null"))
		return true;
	if (!eat(p, '['))
		return false;
	if (eat(p, ']'))
		return true;
	do {
		struct obs *o = obs_new(p->a);
		size_t i = (size_t)(o - p->a->obs);

		if (!fp_object(p, depth + 1, quote_field, i) ||
		    p->a->obs[i].text.s == NULL)
			return false;
	} while (eat(p, ','));
	return eat(p, ']');
}

static bool
actor_field(struct fp *p, struct str key, size_t i, int depth)
{
	struct actor_ref *r = &p->a->acts[i];

	if (key_is(key, "id"))
		return fp_string(p, &r->id);
	if (key_is(key, "group"))
		return fp_opt_string(p, &r->group);
	if (key_is(key, "name"))
		return fp_opt_string(p, &r->name);
	return fp_value(p, depth);
}

/* fp_actors reads the sentence's actors (or null). */
static bool
fp_actors(struct fp *p, int depth)
{
	struct agg *a = p->a;

	a->obs[0].actors = a->nacts;
	if (!fp_literal(p, "null")) {
		if (!eat(p, '['))
			return false;
		if (!eat(p, ']')) {
			do {
				size_t i = a->nacts;

				obs_actor(a, (struct actor_ref){ STR_NULL, STR_NULL,
				    STR_NULL });
				if (!fp_object(p, depth + 1, actor_field, i) ||
				    a->acts[i].id.s == NULL)
					return false;
			} while (eat(p, ','));
			if (!eat(p, ']'))
				return false;
		}
	}
	a->obs[0].nactors = a->nacts - a->obs[0].actors;
	return true;
}

static bool
record_field(struct fp *p, struct str key, size_t unused, int depth)
{
	struct obs *o = p->a->obs;
	bool sentence = p->a->o.unit == AGG_SENTENCE;

	if (key_is(key, "doc")) {
		p->has_doc = true;
		return fp_string(p, &p->doc);
	}
	if (key_is(key, "date"))
		return fp_opt_string(p, &p->date);
	if (key_is(key, "source"))
		return fp_opt_string(p, &p->source);
	if (!sentence)
		return key_is(key, "quotes") ? fp_quotes(p, depth) :
		    fp_value(p, depth);
	if (key_is(key, "text"))
		return fp_string(p, &o->text);
	if (key_is(key, "start"))
		return fp_opt_count(p, &o->has_start, &o->start);
	if (key_is(key, "end"))
		return fp_opt_count(p, &o->has_end, &o->end);
	if (key_is(key, "actors"))
		return fp_actors(p, depth);
	if (key_is(key, "issues"))
		return fp_issues(p, 0);
	return fp_value(p, depth);
}

bool
fast_record(struct agg *a, const char *line, size_t len, struct str *doc)
{
	struct fp p = { .s = line, .n = len, .a = a };

	if (a->decoded_cap < len + 1) {
		a->decoded_cap = len + len / 2 + 64;
		free(a->decoded);
		a->decoded = xmalloc(a->decoded_cap);
	}
	p.dec = a->decoded;
	obs_clear(a);
	if (a->o.unit == AGG_SENTENCE)
		obs_new(a);
	if (!fp_object(&p, 1, record_field, 0) || p.i != p.n || !p.has_doc ||
	    (a->o.unit == AGG_SENTENCE && a->obs[0].text.s == NULL)) {
		obs_clear(a);
		return false;
	}
	for (size_t i = 0; i < a->nobs; i++) {
		a->obs[i].doc = p.doc;
		a->obs[i].date = p.date;
		a->obs[i].source = p.source;
	}
	*doc = p.doc;
	return true;
}
