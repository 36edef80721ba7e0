#include "jsonflat.h"
#include "jsonplain.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdint.h>
#include <string.h>

#define MAX_DIGITS 18   /* jsonscan's: longer integers are jansson's */

/* escape_end: the end of the escape at s[i] ('\\') of a string that
 * ends before n, or 0 to decline it: jansson's escapes but \u0000 and
 * the surrogates. */
static size_t
escape_end(const unsigned char *s, size_t i, size_t n)
{
	long v;

	if (i + 1 >= n)
		return 0;
	switch (s[i + 1]) {
	case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r':
	case 't':
		return i + 2;
	case 'u':
		if (n - i < 6 || (v = jsonscan_hex4((const char *)s + i + 2)) <= 0 ||
		    (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		return i + 6;
	default:
		return 0;
	}
}

/* plain_end: the end of the plain bytes (jsonplain.h) from s[i] in the
 * line s[0..n): jsonplain_span's, but the last fewer than sixteen bytes
 * of the line are looked at by one load of its last sixteen (the bits of
 * the bytes before i shifted away), not a byte at a time. */
static size_t
plain_end(const unsigned char *s, size_t i, size_t n)
{
	for (; n - i >= 16; i += 16) {
		unsigned k = jsonplain_16(s + i);

		if (k < 16)
			return i + k;
	}
#if defined(__SSE2__)
	if (n >= 16 && i < n) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)
		    (s + n - 16));
		/* jsonplain_16's stops: below 0x20 or above 0x7F, '"', '\\' */
		__m128i stop = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
		    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
		    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
		/* bit j: s[i + j], for j < n - i */
		unsigned m = (unsigned)_mm_movemask_epi8(stop) >> (16 - (n - i));

		return m == 0 ? n : i + (unsigned)__builtin_ctz(m);
	}
#endif
	return i + jsonplain_span(s + i, n - i);
}

/* string_end: the end of the string whose '"' is at s[i] (just after its
 * closing '"'), or 0 to decline it; *escaped: it has an escape. */
static size_t
string_end(const unsigned char *s, size_t i, size_t n, bool *escaped)
{
	i++;
	for (;;) {
		size_t k;

		i = plain_end(s, i, n);
		if (i >= n)
			return 0;
		if (s[i] == '"')
			return i + 1;
		if (s[i] == '\\') {
			if ((i = escape_end(s, i, n)) == 0)
				return 0;
			*escaped = true;
		} else if (s[i] < 0x80 ||
		    (k = utf8_sequence(s + i, n - i)) == 0) {
			return 0;   /* a raw control character, bad UTF-8 */
		} else
			i += k;
	}
}

/* integer_end: the end of the integer at s[i] as jansson writes it (no
 * leading zero, no "-0", at most MAX_DIGITS digits, no fraction or
 * exponent after it), its value in *v; 0 to decline it. */
static size_t
integer_end(const unsigned char *s, size_t i, size_t n, long long *v)
{
	bool neg = s[i] == '-';
	unsigned long long x = 0;
	size_t b, stop;
	unsigned d = (unsigned)s[i] - '1';

	/* the common case first: up to nine digits without a sign or a
	 * leading zero, then the ',' or '}' the object needs (anything else
	 * takes the general way below, which reads them the same) */
	if (d < 9) {
		x = d + 1;
		stop = n - i > 9 ? i + 9 : n;
		for (b = i + 1; b < stop && (d = (unsigned)s[b] - '0') < 10; b++)
			x = x * 10 + d;
		if (b < n && (s[b] == ',' || s[b] == '}')) {
			*v = (long long)x;
			return b;
		}
		x = 0;
	} else if (s[i] == '0' && i + 1 < n && (s[i + 1] == ',' ||
	    s[i + 1] == '}')) {
		*v = 0;
		return i + 1;
	}
	i += neg;
	b = i;
	/* at most MAX_DIGITS + 1 digits are read: one more is too many */
	stop = n - i > MAX_DIGITS + 1 ? i + MAX_DIGITS + 1 : n;
	for (; i < stop && (d = (unsigned)s[i] - '0') < 10; i++)
		x = x * 10 + d;
	if (i == b || i - b > MAX_DIGITS || (s[b] == '0' && (i - b > 1 || neg)))
		return 0;
	if (i < n && (s[i] == '.' || s[i] == 'e' || s[i] == 'E'))
		return 0;
	*v = neg ? -(long long)x : (long long)x;
	return i;
}

/* value_end reads the value at s[i] (i < n) into v and returns its end,
 * or 0 to decline it (an object, an array, anything not JSON). */
static size_t
value_end(const unsigned char *s, size_t i, size_t n,
    struct jsonscan_value *v)
{
	size_t e;

	v->b = i;
	v->escaped = false;
	v->integer = 0;
	switch (s[i]) {
	case '"':
		v->type = JSONSCAN_STRING;
		e = string_end(s, i, n, &v->escaped);
		break;
	case 't':
		v->type = JSONSCAN_TRUE;
		e = n - i >= 4 && memcmp(s + i, "true", 4) == 0 ? i + 4 : 0;
		break;
	case 'f':
		v->type = JSONSCAN_FALSE;
		e = n - i >= 5 && memcmp(s + i, "false", 5) == 0 ? i + 5 : 0;
		break;
	case 'n':
		v->type = JSONSCAN_NULL;
		e = n - i >= 4 && memcmp(s + i, "null", 4) == 0 ? i + 4 : 0;
		break;
	default:
		v->type = JSONSCAN_INTEGER;
		e = integer_end(s, i, n, &v->integer);
	}
	v->e = e;
	return e;
}

/* repeated: is the key [kb, ke) of member m the key of one before it?
 * seen holds a bit per (length, first byte) of those keys, so that a key
 * is compared only when one of them may be the same. */
static bool
repeated(const struct jsonscan *js, const unsigned char *s, size_t m,
    uint64_t *seen)
{
	size_t kb = js->m[m].kb, len = js->m[m].ke - kb;
	/* s[kb] is the closing '"' of an empty key */
	unsigned bit = (unsigned)(len * 7 + s[kb]) & 63;

	if (*seen & (uint64_t)1 << bit)
		for (size_t k = 0; k < m; k++)
			if (js->m[k].ke - js->m[k].kb == len &&
			    memcmp(s + js->m[k].kb, s + kb, len) == 0)
				return true;
	*seen |= (uint64_t)1 << bit;
	return false;
}

bool
jsonflat_object(struct jsonscan *js, const char *line, size_t n)
{
	const unsigned char *s = (const unsigned char *)line;
	uint64_t seen = 0;
	size_t i = 1;

	js->s = line;
	js->n = n;
	js->nm = 0;
	js->open = 0;
	if (n < 2 || s[0] != '{' || s[1] == '}')
		return false;
	if (js->cap < JSONSCAN_MAX_KEYS) {
		/* room for the most members once, not a check for each */
		js->cap = JSONSCAN_MAX_KEYS;
		js->m = xreallocarray(js->m, js->cap, sizeof *js->m);
	}
	for (;;) {
		struct jsonscan_member *m;
		unsigned k;

		if (s[i] != '"' || js->nm == JSONSCAN_MAX_KEYS)
			return false;
		m = &js->m[js->nm];
		/* a key of printable ASCII without escapes, then ':'; most keys
		 * end within the first sixteen bytes */
		m->kb = i + 1;
		if (n - m->kb >= 16 && (k = jsonplain_16(s + m->kb)) < 16)
			m->ke = m->kb + k;
		else
			m->ke = m->kb + jsonplain_span(s + m->kb, n - m->kb);
		if (m->ke + 2 >= n || s[m->ke] != '"' || s[m->ke + 1] != ':')
			return false;
		if (repeated(js, s, js->nm, &seen))
			return false;   /* jansson refuses it */
		if ((i = value_end(s, m->ke + 2, n, &m->v)) == 0 || i >= n)
			return false;
		js->nm++;
		if (s[i] == '}')
			break;
		if (s[i] != ',' || ++i >= n)
			return false;
	}
	js->close = i;
	return i + 1 == n;
}
