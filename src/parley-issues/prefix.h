/* prefix.h - which texts the patterns of a bucket can still match, learnt
 * as they come.
 *
 * A tree of the folded bytes texts bring after a word start's key, one
 * tree per key (the bucket of patterns filed under it): each node is a
 * prefix of the bytes after the key, and holds, for each entry of the
 * bucket, what the entry makes of it (asked of pcre2 once, by partial
 * matching, when the node is made, then remembered): dead (no match of
 * the entry begins with it), run (the entry must be run: it has matched,
 * or pcre2 could not say), matched (a match of the entry ended without
 * looking past the prefix) or live (go on). One walk along the text then
 * serves the whole bucket, whatever its size, until no entry is live.
 * The children live in one hash table of (node, byte) -> child, so that a
 * step costs one lookup; the first child made of each node is also kept
 * with the node (most texts go on as the first did), so that a step there
 * costs no hashing. The caller keeps the roots. When the
 * table or the states are full, unknown children stay unknown (the caller
 * runs the live entries): memory is bounded whatever the texts. */
#ifndef PARLEY_ISSUES_PREFIX_H
#define PARLEY_ISSUES_PREFIX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* what an entry makes of a node's prefix (a state); PREFIX_MATCHED | n
 * says the entry matched the prefix's first n bytes (key included)
 * without looking at the rest (so it matches them in any text that
 * begins so) */
enum { PREFIX_UNKNOWN, PREFIX_DEAD, PREFIX_RUN, PREFIX_LIVE };
#define PREFIX_MATCHED 0x80000000u
/* in a node id: no entry is live at the node (the walk ends there) */
#define PREFIX_DONE 0x80000000u
/* in a node id, with PREFIX_DONE: every entry is dead at the node (no
 * entry need be looked at) */
#define PREFIX_NONE 0x40000000u

struct prefix_tree {
	uint64_t *keys;         /* (node << 8 | byte) + 1; 0: empty */
	uint32_t *vals;         /* the child node, | PREFIX_DONE, PREFIX_NONE */
	size_t cap, n;          /* slots (a power of two), used */
	uint32_t *at;           /* per node: where its states begin in pool */
	uint64_t *first;        /* per node: its first child (as prefix_child
	                         * returns it) << 8 | its byte; 0: none yet */
	uint32_t *pool;         /* per node: how many entries are live, then
	                         * the state of each entry of the bucket */
	size_t pool_n, pool_cap, at_cap;
	uint32_t next_node;     /* the id the next node gets (from 1) */
};

void prefix_init(struct prefix_tree *t);
void prefix_free(struct prefix_tree *t);

/* prefix_add_root makes a root (the caller keeps it), with the n states
 * of states[1..n] (states[0]: how many are live); returns it (|
 * PREFIX_DONE when no entry is live there, and PREFIX_NONE when every
 * entry is dead), or 0 when the tree is full. */
uint32_t prefix_add_root(struct prefix_tree *t, const uint32_t *states,
    size_t n);

/* prefix_child returns the child of node (an id without PREFIX_DONE) by
 * byte c (with the flags of prefix_add_root), or PREFIX_UNKNOWN (0) when
 * it was not made. */
static inline uint32_t
prefix_child(const struct prefix_tree *t, uint32_t node, unsigned char c)
{
	uint64_t first = t->first[node], k;
	size_t mask, i;

	/* (a node without children has first 0: its answer to c == 0,
	 * PREFIX_UNKNOWN, is then the right one) */
	if ((unsigned char)first == c)
		return (uint32_t)(first >> 8);
	k = ((uint64_t)node << 8 | c) + 1;
	mask = t->cap - 1;
	i = (size_t)((k * 0x9E3779B97F4A7C15u) >> 32) & mask;
	for (; t->keys[i] != 0; i = (i + 1) & mask)
		if (t->keys[i] == k)
			return t->vals[i];
	return PREFIX_UNKNOWN;
}

/* prefix_add makes the child of node by byte c, with the n states of
 * states[1..n] (states[0]: how many are live); returns it as
 * prefix_child would, or 0 when the tree is full. */
uint32_t prefix_add(struct prefix_tree *t, uint32_t node, unsigned char c,
    const uint32_t *states, size_t n);

/* prefix_states returns node's states (node with its flags or not): [0]
 * how many entries are live, [1 + i] the state of entry i (valid until
 * the next node is made). */
static inline const uint32_t *
prefix_states(const struct prefix_tree *t, uint32_t node)
{
	return t->pool + t->at[node & ~(PREFIX_DONE | PREFIX_NONE)];
}

#endif
