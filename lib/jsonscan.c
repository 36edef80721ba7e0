#include "jsonscan.h"
#include "jsonplain.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_DIGITS 18   /* longer integers: jansson's to judge */

/* One pass over a line (or a part of one already checked). */
struct scan {
	const char *s;
	size_t n, i;
	bool compact;    /* JSONSCAN_COMPACT */
	bool check;      /* false: the bytes were checked by an earlier scan */
	int depth;
};

static bool scan_value(struct scan *p, struct jsonscan_value *v);

/* --- strings --- */

#if defined(__SSE2__)
/* special16: how many of the 16 bytes at s come before the first '"' or
 * '\\' (for bytes that need no other look). */
static unsigned
special16(const char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i stop = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
	unsigned m = (unsigned)_mm_movemask_epi8(stop);

	return m == 0 ? 16 : (unsigned)__builtin_ctz(m);
}
#endif

/* skip_plain moves p->i over bytes that need no look: printable ASCII but
 * '"' and '\\' (when checking), anything but '"' and '\\' (when not). */
static void
skip_plain(struct scan *p)
{
#if defined(__SSE2__)
	while (p->i + 16 <= p->n) {
		unsigned k = p->check ? jsonplain_16(p->s + p->i) :
		    special16(p->s + p->i);

		p->i += k;
		if (k < 16)
			return;
	}
#else
	while (p->check && p->i + 8 <= p->n && jsonplain_8(p->s + p->i) == 8)
		p->i += 8;
#endif
}

static int
hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

long
jsonscan_hex4(const char *s)
{
	long v = 0;

	for (int i = 0; i < 4; i++) {
		int h = hexval((unsigned char)s[i]);

		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* scan_u checks the \u escape at p->s[p->i] (and the low surrogate after
 * a high one) and steps over it. \u0000 and lone surrogates, which jansson
 * refuses, are declined. */
static bool
scan_u(struct scan *p)
{
	long v, lo;

	if (p->n - p->i < 6 || (v = jsonscan_hex4(p->s + p->i + 2)) <= 0 ||
	    (v >= 0xDC00 && v <= 0xDFFF))
		return false;
	p->i += 6;
	if (v < 0xD800 || v > 0xDBFF)
		return true;
	if (p->n - p->i < 6 || p->s[p->i] != '\\' || p->s[p->i + 1] != 'u' ||
	    (lo = jsonscan_hex4(p->s + p->i + 2)) < 0xDC00 || lo > 0xDFFF)
		return false;
	p->i += 6;
	return true;
}

/* scan_escape steps over the escape at p->s[p->i] ('\\'). Compact lines
 * hold only the escapes jansson writes for what it does not write as it
 * is; the others would come back in another form. */
static bool
scan_escape(struct scan *p)
{
	char c;

	if (p->i + 1 >= p->n)
		return false;
	c = p->s[p->i + 1];
	switch (c) {
	case '"': case '\\': case 'b': case 'f': case 'n': case 'r': case 't':
		p->i += 2;
		return true;
	case '/':
		p->i += 2;
		return !p->compact;
	case 'u':
		return !p->compact && scan_u(p);
	default:
		return false;
	}
}

/* scan_string reads the string at p->s[p->i] ('"'). */
static bool
scan_string(struct scan *p, bool *escaped)
{
	*escaped = false;
	p->i++;
	for (;;) {
		unsigned char c;

		skip_plain(p);
		if (p->i >= p->n)
			return false;
		c = (unsigned char)p->s[p->i];
		if (c == '"') {
			p->i++;
			return true;
		}
		if (c == '\\') {
			*escaped = true;
			if (!p->check) {
				p->i += 2;
				continue;
			}
			if (!scan_escape(p))
				return false;
		} else if (!p->check || (c >= 0x20 && c < 0x80)) {
			p->i++;
		} else if (c < 0x20) {
			return false;   /* a raw control character (NUL too) */
		} else {
			size_t k = utf8_sequence(p->s + p->i, p->n - p->i);

			if (k == 0)
				return false;
			p->i += k;
		}
	}
}

/* --- other values --- */

static void
skip_blank(struct scan *p)
{
	/* most lines have no blanks between tokens: one test */
	if (p->compact || p->i >= p->n || (unsigned char)p->s[p->i] > ' ')
		return;
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
	    p->s[p->i] == '\n' || p->s[p->i] == '\r'))
		p->i++;
}

/* scan_integer reads an integer as jansson writes it: no leading zero, no
 * "-0", at most MAX_DIGITS digits; a real is declined (its form is
 * jansson's to choose). */
static bool
scan_integer(struct scan *p, long long *v)
{
	size_t b, digits;
	bool neg = p->s[p->i] == '-';
	unsigned long long x = 0;   /* wraps past MAX_DIGITS: declined below */

	if (neg)
		p->i++;
	b = p->i;
	while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
		x = x * 10 + (unsigned)(p->s[p->i++] - '0');
	digits = p->i - b;
	if (digits == 0 || digits > MAX_DIGITS ||
	    (p->s[b] == '0' && (digits > 1 || neg)))
		return false;
	if (p->i < p->n && (p->s[p->i] == '.' || p->s[p->i] == 'e' ||
	    p->s[p->i] == 'E'))
		return false;
	*v = neg ? -(long long)x : (long long)x;
	return true;
}

static bool
scan_literal(struct scan *p, const char *word, size_t n)
{
	if (p->n - p->i < n || memcmp(p->s + p->i, word, n) != 0)
		return false;
	p->i += n;
	return true;
}

static bool
same_key(const char *s, size_t kb, size_t ke, size_t ob, size_t oe)
{
	/* most keys differ in length or in their first byte: no call */
	return ke - kb == oe - ob && (ke == kb || (s[kb] == s[ob] &&
	    memcmp(s + kb, s + ob, ke - kb) == 0));
}

/* scan_members reads the members of the object at p->s[p->i] ('{');
 * with top, it records them in it. */
static bool
scan_members(struct scan *p, struct jsonscan *top)
{
	size_t keys[JSONSCAN_MAX_KEYS][2], nkeys = 0;
	uint64_t seen = 0;   /* a bit per (length, first byte) of the keys */

	if (++p->depth > JSONSCAN_MAX_DEPTH)
		return false;
	p->i++;
	skip_blank(p);
	if (p->i < p->n && p->s[p->i] == '}') {
		p->i++;
		p->depth--;
		return true;
	}
	for (;;) {
		struct jsonscan_value v;
		size_t kb, ke;
		bool esc;

		if (p->i >= p->n || p->s[p->i] != '"' || nkeys == JSONSCAN_MAX_KEYS)
			return false;
		kb = p->i + 1;
		if (!scan_string(p, &esc) || esc)
			return false;   /* an escaped key: jansson decides */
		ke = p->i - 1;
		if (p->check) {
			/* compare with the keys before only when one of them
			 * may be the same */
			unsigned bit = (unsigned)((ke - kb) * 7 +
			    (ke > kb ? (unsigned char)p->s[kb] : 0)) & 63;

			if (seen & (uint64_t)1 << bit)
				for (size_t k = 0; k < nkeys; k++)
					if (same_key(p->s, kb, ke, keys[k][0],
					    keys[k][1]))
						return false;   /* jansson refuses it */
			seen |= (uint64_t)1 << bit;
		}
		keys[nkeys][0] = kb;
		keys[nkeys++][1] = ke;
		skip_blank(p);
		if (p->i >= p->n || p->s[p->i++] != ':')
			return false;
		skip_blank(p);
		if (!scan_value(p, &v))
			return false;
		if (top != NULL) {
			if (top->nm == top->cap) {
				top->cap = top->cap ? 2 * top->cap : 16;
				top->m = xreallocarray(top->m, top->cap, sizeof *top->m);
			}
			top->m[top->nm++] = (struct jsonscan_member){ kb, ke, v };
		}
		skip_blank(p);
		if (p->i >= p->n)
			return false;
		if (p->s[p->i] == '}') {
			if (top != NULL)
				top->close = p->i;
			p->i++;
			p->depth--;
			return true;
		}
		if (p->s[p->i++] != ',')
			return false;
		skip_blank(p);
	}
}

static bool
scan_elements(struct scan *p)
{
	struct jsonscan_value v;

	if (++p->depth > JSONSCAN_MAX_DEPTH)
		return false;
	p->i++;
	skip_blank(p);
	if (p->i < p->n && p->s[p->i] == ']') {
		p->i++;
		p->depth--;
		return true;
	}
	for (;;) {
		if (!scan_value(p, &v))
			return false;
		skip_blank(p);
		if (p->i >= p->n)
			return false;
		if (p->s[p->i] == ']') {
			p->i++;
			p->depth--;
			return true;
		}
		if (p->s[p->i++] != ',')
			return false;
		skip_blank(p);
	}
}

static bool
scan_value(struct scan *p, struct jsonscan_value *v)
{
	bool ok;

	if (p->i >= p->n)
		return false;
	v->b = p->i;
	v->escaped = false;
	switch (p->s[p->i]) {
	case '{':
		v->type = JSONSCAN_OBJECT;
		ok = scan_members(p, NULL);
		break;
	case '[':
		v->type = JSONSCAN_ARRAY;
		ok = scan_elements(p);
		break;
	case '"':
		v->type = JSONSCAN_STRING;
		ok = scan_string(p, &v->escaped);
		break;
	case 't':
		v->type = JSONSCAN_TRUE;
		ok = scan_literal(p, "true", 4);
		break;
	case 'f':
		v->type = JSONSCAN_FALSE;
		ok = scan_literal(p, "false", 5);
		break;
	case 'n':
		v->type = JSONSCAN_NULL;
		ok = scan_literal(p, "null", 4);
		break;
	default:
		v->type = JSONSCAN_INTEGER;
		ok = scan_integer(p, &v->integer);
	}
	v->e = p->i;
	return ok;
}

bool
jsonscan_object(struct jsonscan *js, const char *s, size_t n, unsigned flags)
{
	struct scan p = { .s = s, .n = n, .compact = flags & JSONSCAN_COMPACT,
	    .check = true };

	js->s = s;
	js->n = n;
	js->nm = 0;
	skip_blank(&p);
	if (p.i >= n || s[p.i] != '{')
		return false;
	js->open = js->close = p.i;
	if (!scan_members(&p, js))
		return false;
	if (js->nm == 0)
		js->close = p.i - 1;
	skip_blank(&p);
	return p.i == n;
}

void
jsonscan_nested(struct jsonscan *js, const char *s,
    const struct jsonscan_value *v)
{
	struct scan p = { .s = s, .n = v->e, .i = v->b };

	js->s = s;
	js->n = v->e;
	js->nm = 0;
	js->open = v->b;
	js->close = v->e - 1;
	/* compact false: blanks are skipped where the line has them */
	(void)scan_members(&p, js);
}

bool
jsonscan_array_next(const char *s, const struct jsonscan_value *v,
    size_t *pos, struct jsonscan_value *elem)
{
	struct scan p = { .s = s, .n = v->e, .i = *pos ? *pos : v->b + 1 };

	skip_blank(&p);
	if (p.i < p.n && s[p.i] == ',') {
		p.i++;
		skip_blank(&p);
	}
	if (p.i >= p.n || s[p.i] == ']')
		return false;
	(void)scan_value(&p, elem);
	*pos = p.i;
	return true;
}

const struct jsonscan_member *
jsonscan_get(const struct jsonscan *js, const char *key)
{
	size_t n = strlen(key);

	for (size_t i = 0; i < js->nm; i++)
		if (js->m[i].ke - js->m[i].kb == n &&
		    memcmp(js->s + js->m[i].kb, key, n) == 0)
			return &js->m[i];
	return NULL;
}

bool
jsonscan_key_is(const struct jsonscan *js, const struct jsonscan_member *m,
    const char *word)
{
	size_t n = strlen(word);

	return m->ke - m->kb == n && memcmp(js->s + m->kb, word, n) == 0;
}

size_t
jsonscan_string_size(const struct jsonscan_value *v)
{
	return v->e - v->b - 2;
}

const char *
jsonscan_raw(const char *s, const struct jsonscan_value *v, size_t *n)
{
	*n = v->e - v->b - 2;
	return s + v->b + 1;
}

size_t
jsonscan_string(const char *str, const struct jsonscan_value *v, char *out)
{
	const char *s = str + v->b + 1;
	size_t n = v->e - v->b - 2, i = 0, o = 0;

	if (!v->escaped) {
		memcpy(out, s, n);
		return n;
	}
	while (i < n) {
		const char *bs = memchr(s + i, '\\', n - i);
		size_t run = bs != NULL ? (size_t)(bs - s) - i : n - i;
		uint32_t cp;

		memcpy(out + o, s + i, run);
		o += run;
		i += run;
		if (i >= n)
			break;
		switch (s[i + 1]) {
		case 'b': out[o++] = '\b'; i += 2; continue;
		case 'f': out[o++] = '\f'; i += 2; continue;
		case 'n': out[o++] = '\n'; i += 2; continue;
		case 'r': out[o++] = '\r'; i += 2; continue;
		case 't': out[o++] = '\t'; i += 2; continue;
		case 'u': break;
		default: out[o++] = s[i + 1]; i += 2; continue;
		}
		cp = (uint32_t)jsonscan_hex4(s + i + 2);
		i += 6;
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			cp = 0x10000 + ((cp - 0xD800) << 10) +
			    ((uint32_t)jsonscan_hex4(s + i + 2) - 0xDC00);
			i += 6;
		}
		/* at most 6 escaped bytes make at most 4 */
		o += (size_t)utf8_encode(cp, out + o);
	}
	return o;
}

void
jsonscan_free(struct jsonscan *js)
{
	free(js->m);
	memset(js, 0, sizeof *js);
}

/* --- splicing --- */

static void
text_add(struct jsonscan_splice *sp, const char *s, size_t n)
{
	if (sp->tlen + n > sp->tcap) {
		sp->tcap = 2 * (sp->tlen + n) + 1024;
		sp->text = xrealloc(sp->text, sp->tcap);
	}
	memcpy(sp->text + sp->tlen, s, n);
	sp->tlen += n;
}

static void
end_edit(struct jsonscan_splice *sp)
{
	if (sp->open != (size_t)-1)
		sp->edits[sp->open].len = sp->tlen - sp->edits[sp->open].off;
	sp->open = (size_t)-1;
}

void
jsonscan_splice_reset(struct jsonscan_splice *sp)
{
	sp->nedits = sp->tlen = 0;
	sp->open = (size_t)-1;
}

/* inserted_at: has an edit already inserted something at position at? */
static bool
inserted_at(const struct jsonscan_splice *sp, size_t at)
{
	for (size_t i = sp->nedits; i-- > 0;)
		if (sp->edits[i].b == at && sp->edits[i].e == at)
			return true;
	return false;
}

void
jsonscan_splice_set(struct jsonscan_splice *sp, const struct jsonscan *obj,
    const char *key)
{
	const struct jsonscan_member *m = jsonscan_get(obj, key);
	struct jsonscan_edit *e;
	bool first;

	end_edit(sp);
	first = obj->nm == 0 && !inserted_at(sp, obj->close);
	if (sp->nedits == sp->ecap) {
		sp->ecap = sp->ecap ? 2 * sp->ecap : 16;
		sp->edits = xreallocarray(sp->edits, sp->ecap, sizeof *sp->edits);
	}
	e = &sp->edits[sp->nedits];
	e->seq = sp->nedits;
	sp->open = sp->nedits++;
	if (m != NULL) {
		e->b = m->v.b;
		e->e = m->v.e;
		e->off = sp->tlen;
		return;
	}
	e->b = e->e = obj->close;
	e->off = sp->tlen;
	text_add(sp, first ? "\"" : ",\"", first ? 1 : 2);
	text_add(sp, key, strlen(key));
	text_add(sp, "\":", 2);
}

void
jsonscan_splice_add(struct jsonscan_splice *sp, const char *s, size_t n)
{
	text_add(sp, s, n);
}

void
jsonscan_splice_int(struct jsonscan_splice *sp, unsigned long long v)
{
	char num[24];
	size_t i = sizeof num;

	do
		num[--i] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	text_add(sp, num + i, sizeof num - i);
}

void
jsonscan_splice_string(struct jsonscan_splice *sp, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t run = 0;

	text_add(sp, "\"", 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[6] = { '\\', 'u', '0', '0', 0, 0 };

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		text_add(sp, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': text_add(sp, "\\\"", 2); break;
		case '\\': text_add(sp, "\\\\", 2); break;
		case '\b': text_add(sp, "\\b", 2); break;
		case '\f': text_add(sp, "\\f", 2); break;
		case '\n': text_add(sp, "\\n", 2); break;
		case '\r': text_add(sp, "\\r", 2); break;
		case '\t': text_add(sp, "\\t", 2); break;
		default:
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			text_add(sp, esc, 6);
		}
	}
	text_add(sp, s + run, n - run);
	text_add(sp, "\"", 1);
}

static int
edit_order(const void *pa, const void *pb)
{
	const struct jsonscan_edit *x = pa, *y = pb;

	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
out_add(struct jsonscan_splice *sp, const char *s, size_t n)
{
	if (sp->olen + n > sp->ocap) {
		sp->ocap = 2 * (sp->olen + n) + 4096;
		sp->out = xrealloc(sp->out, sp->ocap);
	}
	memcpy(sp->out + sp->olen, s, n);
	sp->olen += n;
}

const char *
jsonscan_splice_apply(struct jsonscan_splice *sp, const char *line,
    size_t len, size_t *outlen)
{
	size_t at = 0;

	end_edit(sp);
	for (size_t i = 1; i < sp->nedits; i++)
		if (edit_order(&sp->edits[i - 1], &sp->edits[i]) > 0) {
			qsort(sp->edits, sp->nedits, sizeof *sp->edits, edit_order);
			break;
		}
	sp->olen = 0;
	if (sp->ocap < len + sp->tlen + 1) {
		sp->ocap = len + sp->tlen + 4096;
		sp->out = xrealloc(sp->out, sp->ocap);
	}
	for (size_t i = 0; i < sp->nedits; i++) {
		out_add(sp, line + at, sp->edits[i].b - at);
		out_add(sp, sp->text + sp->edits[i].off, sp->edits[i].len);
		at = sp->edits[i].e;
	}
	out_add(sp, line + at, len - at);
	out_add(sp, "\n", 1);
	*outlen = sp->olen;
	return sp->out;
}

void
jsonscan_splice_free(struct jsonscan_splice *sp)
{
	free(sp->edits);
	free(sp->text);
	free(sp->out);
	memset(sp, 0, sizeof *sp);
}
