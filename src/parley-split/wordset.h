/* wordset.h - a set of byte strings, each with a small positive value:
 * the splitter's abbreviation and word lists, loaded once, looked up by
 * exact bytes (case-sensitive) in O(1). */
#ifndef PARLEY_SPLIT_WORDSET_H
#define PARLEY_SPLIT_WORDSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct wordset_slot {
	char *key;       /* owned; NULL for an empty slot */
	uint32_t len;
	uint32_t hash;
	int value;
};

struct wordset {
	struct wordset_slot *slots;
	size_t cap;      /* a power of two, or 0 */
	size_t n;
};

/* wordset_add adds key (len bytes, copied) with value (> 0). Returns
 * false, changing nothing, when key is already there. */
bool wordset_add(struct wordset *ws, const char *key, size_t len, int value);

/* wordset_get returns the value of key, or 0 when it is not there (also
 * for an empty set). */
int wordset_get(const struct wordset *ws, const char *key, size_t len);

/* wordset_free frees every key and the table; ws is empty afterwards. */
void wordset_free(struct wordset *ws);

#endif
