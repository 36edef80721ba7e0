#include "norm.h"

#include "utf8.h"

/* is_separator: the code points that end a word (norm.h). */
static bool
is_separator(uint32_t c)
{
	if (c < 0x80)
		return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z'));
	if (c <= 0xBF || c == 0xD7 || c == 0xF7)
		return true;
	if (c < 0x2000)
		return false;
	return (c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
	    (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE6F) ||
	    c == 0xFEFF || (c >= 0xFF01 && c <= 0xFF0F) ||
	    (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
	    (c >= 0xFF5B && c <= 0xFF65);
}

/* fold returns the small letter of a capital (norm.h), else c. */
static uint32_t
fold(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c < 0xC0)
		return c;
	if (c <= 0xDE)
		return c == 0xD7 ? c : c + 32;
	if (c >= 0x100 && c <= 0x17E) {
		if (c == 0x178)
			return 0xFF;
		if ((c <= 0x12F || (c >= 0x132 && c <= 0x137) ||
		    (c >= 0x14A && c <= 0x177)) && c % 2 == 0)
			return c + 1;
		if (((c >= 0x139 && c <= 0x148) || c >= 0x179) && c % 2 == 1)
			return c + 1;
		return c;
	}
	if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	return c;
}

void
norm_text(struct sbuf *out, const char *s, size_t n)
{
	size_t start = out->n, i = 0;
	bool gap = false;
	char enc[4];

	sbuf_reserve(out, n);
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		uint32_t c;

		if (b < 0x80) {
			c = b;
			i++;
		} else {
			i += (size_t)utf8_decode(s + i, n - i, &c);
		}
		if (is_separator(c)) {
			gap = true;
			continue;
		}
		if (gap && out->n > start)
			sbuf_addc(out, ' ');
		gap = false;
		c = fold(c);
		if (c < 0x80)
			sbuf_addc(out, (char)c);
		else
			sbuf_add(out, enc, (size_t)utf8_encode(c, enc));
	}
}

bool
norm_is_form(struct str s)
{
	struct sbuf b = { 0 };
	bool same;

	norm_text(&b, s.s, s.n);
	same = str_eq(sbuf_str(&b), s);
	sbuf_free(&b);
	return same;
}

bool
norm_is_pronoun(struct str s)
{
	static const char *const pronouns[] = {
		"he", "she", "it", "they", "we", "i", "you", "him", "her",
		"them", "us", NULL
	};

	for (int i = 0; pronouns[i] != NULL; i++)
		if (str_eq(s, str_of(pronouns[i])))
			return true;
	return false;
}
