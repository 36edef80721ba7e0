#include "fastdoc.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* plain8 is true when none of the 8 bytes at s needs a look: no '"',
 * no '\\', no control character, nothing outside ASCII. */
static bool
plain8(const unsigned char *s)
{
	uint64_t w, q, b, lt;

	memcpy(&w, s, 8);
	q = w ^ (ONES * '"');
	b = w ^ (ONES * '\\');
	/* (x - ONES) & ~x has a byte's high bit set when that byte of x is
	 * zero, (w - 0x20s) & ~w when it is below 0x20; both only where no
	 * byte has its high bit, which the w term catches itself */
	lt = w - ONES * 0x20;
	return ((w | ((q - ONES) & ~q) | ((b - ONES) & ~b) | (lt & ~w)) &
	    HIGHS) == 0;
}

static bool
special(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
}

static int
hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* hex4 reads 4 hex digits at s; -1 if they are not. */
static long
hex4(const unsigned char *s)
{
	long v = 0;

	for (int i = 0; i < 4; i++) {
		int h = hexval(s[i]);

		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* utf8_seq returns the length of the valid UTF-8 sequence at s (< end)
 * that starts with a byte >= 0x80, or 0. */
static size_t
utf8_seq(const unsigned char *s, const unsigned char *end)
{
	size_t need;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		need = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		need = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		need = 4;
	else
		return 0;
	if ((size_t)(end - s) < need)
		return 0;
	return utf8_valid((const char *)s, need) ? need : 0;
}

/* string_end scans a string body from s (after the opening quote) and
 * returns the closing quote, or NULL if the body is not plain valid JSON
 * text. *escaped tells whether it holds a backslash escape. */
static const unsigned char *
string_end(const unsigned char *s, const unsigned char *end, bool *escaped)
{
	*escaped = false;
	for (;;) {
		while (s + 8 <= end && plain8(s))
			s += 8;
		while (s < end && !special(*s))
			s++;
		if (s >= end)
			return NULL;
		if (*s == '"')
			return s;
		if (*s >= 0x80) {
			size_t k = utf8_seq(s, end);

			if (k == 0)
				return NULL;
			s += k;
		} else if (*s == '\\') {
			*escaped = true;
			if (s + 1 >= end)
				return NULL;
			if (strchr("\"\\/bfnrt", s[1]) != NULL && s[1] != '\0') {
				s += 2;
			} else if (s[1] == 'u') {
				long v;

				if (end - s < 6 || (v = hex4(s + 2)) <= 0 ||
				    (v >= 0xDC00 && v <= 0xDFFF))
					return NULL;
				s += 6;
				if (v >= 0xD800 && v <= 0xDBFF) {
					long lo;

					if (end - s < 6 || s[0] != '\\' || s[1] != 'u' ||
					    (lo = hex4(s + 2)) < 0xDC00 || lo > 0xDFFF)
						return NULL;
					s += 6;
				}
			} else {
				return NULL;
			}
		} else {
			return NULL;   /* a raw control character */
		}
	}
}

static const unsigned char *
skip_space(const unsigned char *s, const unsigned char *end)
{
	while (s < end && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
		s++;
	return s;
}

static bool
duplicate_key(const struct fastdoc *fd, const char *key, size_t klen)
{
	for (size_t i = 0; i < fd->n; i++)
		if (fd->f[i].klen == klen && memcmp(fd->f[i].key, key, klen) == 0)
			return true;
	return false;
}

bool
fastdoc_parse(struct fastdoc *fd, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + n, *q;
	bool esc;

	fd->n = 0;
	s = skip_space(s, end);
	if (s >= end || *s++ != '{')
		return false;
	s = skip_space(s, end);
	if (s < end && *s == '}')
		return skip_space(s + 1, end) == end;
	for (;;) {
		struct fastdoc_field f;

		if (s >= end || *s != '"' || (q = string_end(s + 1, end, &esc)) == NULL ||
		    esc || fd->n >= 64)
			return false;
		f.key = (const char *)s + 1;
		f.klen = (size_t)(q - s - 1);
		if (duplicate_key(fd, f.key, f.klen))
			return false;
		s = skip_space(q + 1, end);
		if (s >= end || *s++ != ':')
			return false;
		s = skip_space(s, end);
		if (s >= end || *s != '"' || (q = string_end(s + 1, end, &esc)) == NULL)
			return false;
		f.val = (const char *)s + 1;
		f.vlen = (size_t)(q - s - 1);
		f.escaped = esc;
		if (fd->n == fd->cap) {
			fd->cap = fd->cap ? fd->cap * 2 : 16;
			fd->f = xreallocarray(fd->f, fd->cap, sizeof *fd->f);
		}
		fd->f[fd->n++] = f;
		s = skip_space(q + 1, end);
		if (s < end && *s == ',') {
			s = skip_space(s + 1, end);
			continue;
		}
		if (s < end && *s == '}')
			return skip_space(s + 1, end) == end;
		return false;
	}
}

size_t
fastdoc_unescape(const char *str, size_t n, char *out)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, o = 0;

	while (i < n) {
		const char *bs = memchr(s + i, '\\', n - i);
		size_t run = bs ? (size_t)((const unsigned char *)bs - s) - i : n - i;
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
		default: out[o++] = (char)s[i + 1]; i += 2; continue;
		}
		cp = (uint32_t)hex4(s + i + 2);
		i += 6;
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			cp = 0x10000 + ((cp - 0xD800) << 10) +
			    ((uint32_t)hex4(s + i + 2) - 0xDC00);
			i += 6;
		}
		o += (size_t)utf8_encode(cp, out + o);
	}
	return o;
}

void
fastdoc_free(struct fastdoc *fd)
{
	free(fd->f);
	memset(fd, 0, sizeof *fd);
}
