/* plain.h - plain phrases, matched without pcre2.
 *
 * Most entries of an issues dictionary are plain phrases: words of ASCII
 * letters and digits joined by blanks, hyphens and apostrophes, perhaps
 * ending a word in '*' ("front line", "cease-fire*", "Russia's"). Such a
 * phrase is matched here, straight on the text, exactly as pcre2 matches
 * its pattern (dict.h: issue_phrase_pattern inside (?<!\w) … (?!\w),
 * caseless, Unicode word and space characters): the same matches, the same
 * bytes. The pattern is deterministic, so no backtracking is needed:
 *
 *	letter or digit	itself, either case (caseless 's' also matches
 *			U+017F ſ, 'k' U+212A K: pcre2's case folding)
 *	blank run	\s* then one of - ‐ ‑ – then \s*, or else \s+
 *	-		one of - ‐ ‑ or one \s character, if there is one
 *	' or ’		one ' or ’
 *	*		every word character there is
 *
 * A phrase is plain when it is made of those only, begins with at least
 * two letters or digits, has a letter or digit on both sides of each
 * hyphen, and '*' ends a word. Anything else stays a pcre2 pattern.
 * Which characters are word (\w) and space (\s) characters is asked of
 * pcre2 once per character met, and remembered. */
#ifndef PARLEY_ISSUES_PLAIN_H
#define PARLEY_ISSUES_PLAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rx.h"

#define PLAIN_SHORT_BITS 65536u	/* a bit for every two bytes */

struct plain_phrase {
	size_t entry;           /* index in dict->entries */
	char *prog;             /* the phrase folded: lower case, one blank
	                         * for a run, ' for ’ */
	uint64_t lit;           /* its first bytes as most texts write them:
	                         * letters and digits, blanks as one space, up
	                         * to the first other op (the first lowest) */
	unsigned char nlit;     /* how many (at most 8) */
	bool whole;             /* lit is the whole phrase */
};

struct plain_set {
	struct plain_phrase *v;
	size_t n, cap;
	uint32_t *keys;         /* hash table: the first (up to four) folded
	                         * characters of a phrase, zero-padded */
	uint32_t *first;        /* ... and 1 + the index in order[] of its
	                         * phrases (0: empty slot) */
	uint32_t *count;        /* ... and how many */
	size_t *order;          /* phrase indexes, by key, then entry */
	uint32_t bits;          /* the table has 1 << bits slots */
	unsigned lengths;       /* bit L: some key has L characters */
	/* a bit for the first two characters of each key shorter than
	 * four (plain_short_bit) */
	unsigned char short2[PLAIN_SHORT_BITS / 8];
	unsigned char bloom[65536 / 8];	/* bit: a hash of a four-character key */
	unsigned char *uclass;  /* per code point < 0x10000: 0 unknown, else
	                         * 1 | WORD | SPACE (filled as met) */
	struct rx *classes;     /* \w and \s, anchored */
};

/* plain_phrase_ok: is the phrase (as written after "phrase" or "unless")
 * plain? */
bool plain_phrase_ok(const char *phrase);

/* plain_init makes an empty set; plain_add adds the phrase of entry
 * (plain_phrase_ok must hold); plain_index makes the table, after the
 * last plain_add. */
void plain_init(struct plain_set *ps);
void plain_add(struct plain_set *ps, size_t entry, const char *phrase);
void plain_index(struct plain_set *ps);
void plain_free(struct plain_set *ps);

/* plain_at calls found(arg, entry, start, end) for every plain phrase
 * matching at byte p of text[0..len) (valid UTF-8), p being the start of
 * a word that begins with an ASCII letter or digit. word4: the four bytes
 * at p, A-Z folded to a-z, the first lowest (past the end: 0; from a byte
 * >= 0x80 on: 0x80), as the scanner's table keys them. */
void plain_at(const struct plain_set *ps, const char *text, size_t len,
    size_t p, uint32_t word4,
    void (*found)(void *arg, size_t entry, size_t start, size_t end),
    void *arg);

/* plain_key4 gives in *key the key of phrase i, as the scanner keys the
 * four bytes of a word start, when it has four characters (true). */
bool plain_key4(const struct plain_set *ps, size_t i, uint32_t *key);

/* plain_short_bit: the bit of short2 for the first two bytes of word4:
 * those bytes (no hash: the filter is exact). */
static inline uint32_t
plain_short_bit(uint32_t word4)
{
	return word4 & 0xFFFF;
}

/* plain_other: might a phrase other than those of four-character keys
 * match at the word start whose four bytes are word4 (as for plain_at)?
 * Most words say no at the cost of a bit test. Together with the keys of
 * plain_key4 (the scanner tests those), it tells when plain_at is
 * needed. */
static inline bool
plain_other(const struct plain_set *ps, uint32_t word4)
{
	uint32_t b = plain_short_bit(word4);

	return (word4 & 0x80808080u) != 0 || ((ps->short2[b / 8] >> (b % 8)) & 1);
}

#endif
