/* scan.h - finding every dictionary entry that matches in a text, fast.
 *
 * A match of an entry begins at a word start (its pattern opens with
 * (?<!\w)). The scanner steps from word start to word start (an ASCII
 * letter or digit) and packs the first four bytes there, case-folded, into
 * a key; a bit filter tells whether any entry can begin with it, so that
 * most words ("the", "of", "said") cost one bit test. Plain phrases (most
 * entries) are then matched without pcre2 (plain.h). The other entries,
 * patterns, are filed in a hash table under every key they can begin
 * with. At a key with a bucket, what may follow the key is checked first
 * (a bit per byte for the next two, learnt for the bucket); then each
 * entry of the bucket walks its prefix tree (prefix.h) along the bytes
 * after the key, and only an entry the tree cannot rule out is run,
 * anchored. A bucket of many entries runs instead as one anchored,
 * JIT-compiled alternation of just its entries (compiled the first time
 * it is needed), and only when that matches are the entries after the
 * one it found run one by one, so that every entry matching there is
 * found. The few entries that can begin with anything else (a quotation
 * mark, a non-ASCII letter) are searched for over the whole text. Which
 * keys a pattern can begin with is read from its text when it tells
 * (shape.h), else learnt from pcre2 (the first-code-unit bitmap, then
 * partial matching of every four-byte start: a byte past the end of the
 * text and any byte >= 0x80 stand for whatever may come). A pattern is
 * JIT-compiled when first run, its partial-match code when first asked. */
#ifndef PARLEY_ISSUES_SCAN_H
#define PARLEY_ISSUES_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dict.h"
#include "plain.h"
#include "prefix.h"
#include "rx.h"

#define ISSUE_BLOOM_LOG 15      /* bits of the filter before the table */
#define ISSUE_BLOOM_BYTES (1u << ISSUE_BLOOM_LOG)	/* a byte a slot */

struct issue_hit {
	size_t entry;           /* index in dict->entries */
	size_t start, end;      /* bytes of the text */
};

struct issue_hits {
	struct issue_hit *v;
	size_t n, cap;
	unsigned long limits;   /* matches cut short by a pcre2 limit */
	size_t limit_entry;     /* the entry of the first of them */
};

struct issue_bucket {
	struct rx any;          /* anchored alternation of the entries */
	char *alt;              /* its source, until it is compiled at the
	                         * first word start that needs it */
	size_t *entries;
	size_t n;
};

/* What may follow a word start's four bytes for a match of its bucket to
 * begin there: for each of the next two bytes, the ASCII bytes pcre2's
 * partial matching found viable (learnt the first time the key is met).
 * A byte that was not tried, or a byte >= 0x80, ends the check. */
struct issue_next {
	uint64_t viable[2][2];
	unsigned char state;    /* 0: not learnt yet; 1: learnt; 2: no check */
};

struct issue_scanner {
	const struct issue_dict *dict;
	struct plain_set plain; /* the plain phrases (plain.h) */
	struct rx *anchored;    /* per entry, anchored (NULL code: not used);
	                         * JIT-compiled when first run */
	struct rx *probing;     /* per entry, what partial matching asks:
	                         * anchored, or a copy (shape.h) */
	bool *own_probing;      /* ... a copy, freed with the scanner */
	unsigned char *jit;     /* per entry: JIT_* of scan.c */
	struct rx *floating;    /* per entry, unanchored (NULL code: not used) */
	size_t *anywhere;       /* entries searched for everywhere */
	size_t nanywhere;
	struct issue_bucket *buckets;
	size_t nbuckets;
	uint32_t *keys;         /* hash table of the first four bytes of a word */
	uint32_t *bucket_of;    /* ... and the bucket of each (0: empty slot) */
	struct issue_next *next;	/* ... and what may follow it */
	uint32_t *root;         /* ... and the root of its prefix tree (0: not
	                         * made yet, or the trees were full) */
	uint32_t bits;          /* the table has 1 << bits slots */
	/* a byte (two bits used) for a hash of each key: of the table, of a
	 * plain phrase of four characters (arrays here, not pointers: the
	 * scan loop reads them by the scanner's address) */
	unsigned char bloom[ISSUE_BLOOM_BYTES];
	/* the plain phrases' short2 (plain.h), the two bytes | 0x20: a bit
	 * each */
	unsigned char near2[PLAIN_SHORT_BITS / 8];
	unsigned char *walkable;	/* per entry: its prefix tree may rule it
	                         * out (WALK_* of scan.c) */
	pcre2_match_context *probe;	/* the prefix trees' partial matches */
	struct prefix_tree *prefixes;	/* what the entries can still match
	                         * after a key: learnt as texts come */
};

/* issue_scanner_build compiles the scanner of d (which must outlive it).
 * Returns false, with "PATH:LINE: message" reported, if an entry's pattern
 * fails in a way the loader did not see (none is known). */
bool issue_scanner_build(struct issue_scanner *s, const struct issue_dict *d);

void issue_scanner_free(struct issue_scanner *s);

/* issue_scan appends to hits every match (entry, start, end) of every
 * entry in text[0..len) (valid UTF-8): at each start, the first match
 * pcre2 finds for the entry. Hits come sorted by start, then entry.
 * text[len] must be readable and not an ASCII letter, digit or '_' (a
 * zero byte: tag.c pads every text with zero bytes for pcre2's JIT). */
void issue_scan(const struct issue_scanner *s, const char *text, size_t len,
    struct issue_hits *hits);

void issue_hits_free(struct issue_hits *hits);

#endif
