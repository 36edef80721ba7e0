/* utf8.h - UTF-8 text and code-point offsets.
 *
 * Records carry offsets in Unicode code points (DESIGN.md) while C works in
 * bytes. A struct utf8_index answers both ways in O(1) + a short scan, with
 * one checkpoint every UTF8_INDEX_STEP bytes, so its memory is a small
 * fraction of the text's. */
#ifndef PARLEY_UTF8_H
#define PARLEY_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* utf8_valid is true when the n bytes of s are well-formed UTF-8 (no
 * overlong forms, no surrogates, nothing above U+10FFFF). NUL bytes are
 * valid UTF-8; callers that refuse them check separately. */
bool utf8_valid(const char *s, size_t n);

/* utf8_sequence returns the length (2 to 4) of the well-formed UTF-8
 * sequence led by the byte above 0x7F at s[0], of which left bytes may be
 * read, or 0: a cut sequence, an overlong form, a surrogate, a code point
 * above U+10FFFF. (Inline: the fast record readers call it per character.) */
static inline size_t
utf8_sequence(const void *str, size_t left)
{
	const unsigned char *s = str;
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

/* utf8_length returns the number of code points in n bytes of valid s. */
size_t utf8_length(const char *s, size_t n);

/* utf8_decode decodes the code point at s (valid UTF-8, n > 0 bytes
 * left), stores it in *cp and returns its length in bytes (1 to 4). */
int utf8_decode(const char *s, size_t n, uint32_t *cp);

/* utf8_decode_before decodes the code point that ends at s + pos (pos > 0)
 * and returns its length in bytes. */
int utf8_decode_before(const char *s, size_t pos, uint32_t *cp);

/* utf8_encode writes cp to out (at least 4 bytes) and returns the length. */
int utf8_encode(uint32_t cp, char *out);

#define UTF8_INDEX_STEP 64

struct utf8_index {
	const char *text;  /* not owned */
	size_t len;        /* bytes */
	size_t ncp;        /* code points */
	size_t *cps;       /* cps[k]: code points before byte k*STEP */
};

/* utf8_index_build indexes the n bytes of valid UTF-8 text (not copied:
 * text must outlive the index). Free with utf8_index_free. */
void utf8_index_build(struct utf8_index *ix, const char *text, size_t n);
void utf8_index_free(struct utf8_index *ix);

/* utf8_index_cp returns the code-point offset of byte offset b (<= len;
 * b should be on a character boundary). */
size_t utf8_index_cp(const struct utf8_index *ix, size_t b);

/* utf8_index_byte returns the byte offset of code-point offset c; c past
 * the end gives len. */
size_t utf8_index_byte(const struct utf8_index *ix, size_t c);

#endif
