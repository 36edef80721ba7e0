/* cpcount.h - counting code points fast: the records' offsets are code
 * points, and counting them is on parley-actors' hot path. */
#ifndef PARLEY_ACTORS_CPCOUNT_H
#define PARLEY_ACTORS_CPCOUNT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* cp_count returns the number of code points in n bytes of valid UTF-8:
 * the bytes that are not continuation bytes (10xxxxxx), 8 at a time. */
static inline size_t
cp_count(const char *s, size_t n)
{
	const uint64_t highs = 0x8080808080808080u;
	size_t cont = 0, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t x;

		memcpy(&x, s + i, 8);
		cont += (size_t)__builtin_popcountll(x & ~(x << 1) & highs);
	}
	for (; i < n; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return n - cont;
}

#endif
