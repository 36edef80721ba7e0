#include "utf8.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static bool
is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

bool
utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		size_t k;

		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = utf8_sequence(s + i, n - i)) == 0)
			return false;
		i += k;
	}
	return true;
}

size_t
utf8_length(const char *s, size_t n)
{
	const uint64_t highs = 0x8080808080808080u, ones = 0x0101010101010101u;
	size_t cont = 0, i = 0;

	/* eight bytes at a time: a continuation byte (10xxxxxx) leaves a 1 in
	 * the low bit of its byte after the shifts, and the multiplication
	 * adds the eight bytes up in the top one */
	for (; i + 8 <= n; i += 8) {
		uint64_t x;

		memcpy(&x, s + i, 8);
		x = (x & ~(x << 1) & highs) >> 7;
		cont += (size_t)((x * ones) >> 56);
	}
	for (; i < n; i++)
		cont += is_cont((unsigned char)s[i]);
	return n - cont;
}

int
utf8_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	int len;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xF0) {
		len = 4;
		*cp = s[0] & 0x07;
	} else if (s[0] >= 0xE0) {
		len = 3;
		*cp = s[0] & 0x0F;
	} else {
		len = 2;
		*cp = s[0] & 0x1F;
	}
	if ((size_t)len > n)
		len = (int)n;
	for (int k = 1; k < len; k++)
		*cp = (*cp << 6) | (s[k] & 0x3F);
	return len;
}

int
utf8_decode_before(const char *s, size_t pos, uint32_t *cp)
{
	size_t b = pos;

	while (b > 0 && pos - b < 4) {
		b--;
		if (!is_cont((unsigned char)s[b]))
			break;
	}
	utf8_decode(s + b, pos - b, cp);
	return (int)(pos - b);
}

int
utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

void
utf8_index_build(struct utf8_index *ix, const char *text, size_t n)
{
	size_t nsteps = n / UTF8_INDEX_STEP + 1;
	size_t count = 0;

	ix->text = text;
	ix->len = n;
	ix->cps = xreallocarray(NULL, nsteps, sizeof *ix->cps);
	for (size_t k = 0; k < nsteps; k++) {
		size_t from = k * UTF8_INDEX_STEP;
		size_t to = from + UTF8_INDEX_STEP < n ? from + UTF8_INDEX_STEP : n;

		ix->cps[k] = count;
		count += utf8_length(text + from, to - from);
	}
	ix->ncp = count;
}

void
utf8_index_free(struct utf8_index *ix)
{
	free(ix->cps);
	ix->cps = NULL;
}

size_t
utf8_index_cp(const struct utf8_index *ix, size_t b)
{
	size_t k;

	if (b >= ix->len)
		return ix->ncp;
	k = b / UTF8_INDEX_STEP;
	return ix->cps[k] + utf8_length(ix->text + k * UTF8_INDEX_STEP,
	    b - k * UTF8_INDEX_STEP);
}

size_t
utf8_index_byte(const struct utf8_index *ix, size_t c)
{
	size_t lo = 0, hi = ix->len / UTF8_INDEX_STEP, b;
	size_t count;

	if (c >= ix->ncp)
		return ix->len;
	/* the last checkpoint with cps[k] <= c */
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;

		if (ix->cps[mid] <= c)
			lo = mid;
		else
			hi = mid - 1;
	}
	b = lo * UTF8_INDEX_STEP;
	count = ix->cps[lo];
	/* step to the start of the character that is code point c */
	while (b < ix->len && is_cont((unsigned char)ix->text[b]))
		b++;
	while (b < ix->len) {
		if (count == c)
			return b;
		b++;
		while (b < ix->len && is_cont((unsigned char)ix->text[b]))
			b++;
		count++;
	}
	return ix->len;
}
