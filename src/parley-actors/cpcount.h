/* cpcount.h - counting code points fast: the records' offsets are code
 * points, and counting them is on parley-actors' hot path. */
#ifndef PARLEY_ACTORS_CPCOUNT_H
#define PARLEY_ACTORS_CPCOUNT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* cp_count returns the number of code points in n bytes of valid UTF-8:
 * the bytes that are not continuation bytes (10xxxxxx), 8 at a time (a
 * continuation byte leaves a 1 in the low bit of its byte after the
 * shifts, and the multiplication adds the 8 bytes up in the top one). */
static inline size_t
cp_count(const char *s, size_t n)
{
	const uint64_t highs = 0x8080808080808080u, ones = 0x0101010101010101u;
	size_t cont = 0, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t x;

		memcpy(&x, s + i, 8);
		x = (x & ~(x << 1) & highs) >> 7;
		cont += (size_t)((x * ones) >> 56);
	}
	for (; i < n; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return n - cont;
}

#endif
