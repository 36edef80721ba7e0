/* jsonplain.h - the bytes of a JSON string that need no look.
 *
 * The fast record readers (lib/jsonscan, lib/jsonflat, parley-actors'
 * record.c, parley-issues' fast.c) step over a string's printable ASCII
 * bytes other than '"' and '\\' in bulk and look only at the byte that
 * stops them: a control character, '"', '\\' or a byte above 0x7F (the
 * start of a UTF-8 sequence to check). Sixteen bytes at a time with SSE2
 * (every x86-64), else eight by word arithmetic ("Bit Twiddling Hacks": a
 * byte less than n, a byte equal to c; a little-endian load). */
#ifndef PARLEY_JSONPLAIN_H
#define PARLEY_JSONPLAIN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* jsonplain_8 returns how many of the 8 bytes at s (all readable) come
 * before the first that is not plain: 8 when all are. */
static inline unsigned
jsonplain_8(const void *s)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t x, quote, backslash;

	memcpy(&x, s, 8);
	quote = x ^ (ones * '"');
	backslash = x ^ (ones * '\\');
	/* a borrow can flag a byte after a stop, never one before it */
	x = (x | ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
	    ((backslash - ones) & ~backslash)) & highs;
	return x == 0 ? 8 : (unsigned)__builtin_ctzll(x) / 8;
}

/* jsonplain_16 returns how many of the 16 bytes at s (all readable) come
 * before the first that is not plain: 16 when all are. */
static inline unsigned
jsonplain_16(const void *s)
{
#if defined(__SSE2__)
	__m128i x = _mm_loadu_si128((const __m128i *)s);
	/* a signed compare: bytes above 0x7F are below 0x20 too */
	__m128i stop = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
	unsigned m = (unsigned)_mm_movemask_epi8(stop);

	return m == 0 ? 16 : (unsigned)__builtin_ctz(m);
#else
	unsigned run = jsonplain_8(s);

	return run < 8 ? run : 8 + jsonplain_8((const char *)s + 8);
#endif
}

/* jsonplain_span returns how many of the n bytes at s, from the first,
 * are plain. */
static inline size_t
jsonplain_span(const void *str, size_t n)
{
	const unsigned char *s = str;
	size_t i = 0;

	for (; i + 16 <= n; i += 16) {
		unsigned k = jsonplain_16(s + i);

		if (k < 16)
			return i + k;
	}
	while (i < n && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' &&
	    s[i] != '\\')
		i++;
	return i;
}

#endif
