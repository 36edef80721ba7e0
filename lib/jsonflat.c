#include "jsonflat.h"
#include "xalloc.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_DIGITS 18   /* jsonscan's: longer integers are jansson's */

/* plain_bytes: how many bytes of s[0..n), from the first, are printable
 * ASCII other than '"' and '\\' (sixteen at a time where it can). */
static inline size_t
plain_bytes(const unsigned char *s, size_t n)
{
	size_t i = 0;

#if defined(__SSE2__)
	const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'),
	    bslash = _mm_set1_epi8('\\');

	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		/* a signed compare: bytes above 0x7F are below 0x20 too */
		__m128i stop = _mm_or_si128(_mm_cmplt_epi8(x, space),
		    _mm_or_si128(_mm_cmpeq_epi8(x, quote),
		    _mm_cmpeq_epi8(x, bslash)));
		unsigned m = (unsigned)_mm_movemask_epi8(stop);

		if (m != 0)
			return i + (unsigned)__builtin_ctz(m);
	}
#endif
	while (i < n && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' &&
	    s[i] != '\\')
		i++;
	return i;
}

/* utf8_seq: the length of the well-formed UTF-8 sequence led by a byte
 * above 0x7F at s[0] with left bytes, or 0 (jsonscan's and jansson's
 * rules: no overlong forms, surrogates or code points above U+10FFFF). */
static size_t
utf8_seq(const unsigned char *s, size_t left)
{
	unsigned char c = s[0];

	if (c >= 0xC2 && c <= 0xDF)
		return left >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF)
		return left >= 3 && (s[1] & 0xC0) == 0x80 &&
		    (s[2] & 0xC0) == 0x80 && !(c == 0xE0 && s[1] < 0xA0) &&
		    !(c == 0xED && s[1] >= 0xA0) ? 3 : 0;
	if (c >= 0xF0 && c <= 0xF4)
		return left >= 4 && (s[1] & 0xC0) == 0x80 &&
		    (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 &&
		    !(c == 0xF0 && s[1] < 0x90) && !(c == 0xF4 && s[1] >= 0x90) ?
		    4 : 0;
	return 0;
}

/* hex4: the 4 hex digits at s, or -1. */
static long
hex4(const unsigned char *s)
{
	long v = 0;

	for (int i = 0; i < 4; i++) {
		unsigned char c = s[i];

		if (c >= '0' && c <= '9')
			v = v * 16 + (c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			v = v * 16 + ((c | 0x20) - 'a' + 10);
		else
			return -1;
	}
	return v;
}

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
		if (n - i < 6 || (v = hex4(s + i + 2)) <= 0 ||
		    (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		return i + 6;
	default:
		return 0;
	}
}

/* string_end: the end of the string whose '"' is at s[i] (just after its
 * closing '"'), or 0 to decline it; *escaped: it has an escape. */
static size_t
string_end(const unsigned char *s, size_t i, size_t n, bool *escaped)
{
	i++;
	for (;;) {
		size_t k;

		i += plain_bytes(s + i, n - i);
		if (i >= n)
			return 0;
		if (s[i] == '"')
			return i + 1;
		if (s[i] == '\\') {
			if ((i = escape_end(s, i, n)) == 0)
				return 0;
			*escaped = true;
		} else if (s[i] < 0x80 ||
		    (k = utf8_seq(s + i, n - i)) == 0) {
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
	size_t b;

	i += neg;
	b = i;
	while (i < n && s[i] >= '0' && s[i] <= '9' && i - b < MAX_DIGITS + 1)
		x = x * 10 + (unsigned)(s[i++] - '0');
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
	unsigned bit = (unsigned)(len * 7 + (len > 0 ? s[kb] : 0)) & 63;

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
	for (;;) {
		struct jsonscan_member *m;

		if (s[i] != '"' || js->nm == JSONSCAN_MAX_KEYS)
			return false;
		if (js->nm == js->cap) {
			js->cap = js->cap ? 2 * js->cap : 16;
			js->m = xreallocarray(js->m, js->cap, sizeof *js->m);
		}
		m = &js->m[js->nm];
		/* a key of printable ASCII without escapes, then ':' */
		m->kb = i + 1;
		m->ke = m->kb + plain_bytes(s + m->kb, n - m->kb);
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
