/* prefix.h - which texts a pattern can still match, learnt as they come.
 *
 * A tree of the folded bytes texts bring after a word start's key, one
 * tree per (key, entry): each node is a prefix of a possible match, and
 * each child says what the entry makes of that prefix and one more byte
 * (asked of pcre2 once, by partial matching, then remembered): dead (no
 * match of the entry begins with it), run (the entry must be run: it
 * has matched, or pcre2 could not say), or a node to go on from. The
 * nodes live in one hash table of (node, byte) -> child, so that a
 * step costs one lookup; roots are filed under (slot, entry). When the
 * table is full, unknown children stay unknown (the caller runs the
 * entry): memory is bounded whatever the texts. */
#ifndef PARLEY_ISSUES_PREFIX_H
#define PARLEY_ISSUES_PREFIX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* what is known of a prefix; node ids come after PREFIX_NEW, and
 * PREFIX_MATCHED | n says the entry matched the prefix's first n bytes
 * without looking at the rest (so it matches them in any text that
 * begins so) */
enum { PREFIX_UNKNOWN, PREFIX_DEAD, PREFIX_RUN, PREFIX_NEW };
#define PREFIX_MATCHED 0x80000000u

struct prefix_tree {
	uint64_t *keys;         /* (node << 8 | byte) + 1, or a root's; 0: empty */
	uint32_t *vals;         /* PREFIX_DEAD, _RUN, _MATCHED | n or a node */
	size_t cap, n;          /* slots (a power of two), used */
	uint32_t next_node;     /* the id the next node gets */
};

void prefix_init(struct prefix_tree *t);
void prefix_free(struct prefix_tree *t);

/* prefix_root returns the root node of (slot, entry), made if new; 0
 * when the table is full. */
uint32_t prefix_root(struct prefix_tree *t, uint32_t slot, uint32_t entry);

/* prefix_child returns what is known of node followed by byte c:
 * PREFIX_UNKNOWN, PREFIX_DEAD, PREFIX_RUN, PREFIX_MATCHED | n or a node. */
static inline uint32_t
prefix_child(const struct prefix_tree *t, uint32_t node, unsigned char c)
{
	uint64_t k = ((uint64_t)node << 8 | c) + 1;
	size_t mask = t->cap - 1, i = (size_t)((k * 0x9E3779B97F4A7C15u) >> 32) & mask;

	for (; t->keys[i] != 0; i = (i + 1) & mask)
		if (t->keys[i] == k)
			return t->vals[i];
	return PREFIX_UNKNOWN;
}

/* prefix_learn files what pcre2 said of node followed by c: PREFIX_DEAD,
 * PREFIX_RUN, PREFIX_MATCHED | n, or PREFIX_NEW for a new node; returns
 * what it filed (the new node's id). Returns PREFIX_RUN, filing nothing,
 * when the table is full. */
uint32_t prefix_learn(struct prefix_tree *t, uint32_t node, unsigned char c,
    uint32_t what);

#endif
