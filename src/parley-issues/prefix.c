#include "prefix.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define FIRST_SLOTS 4096
#define MAX_SLOTS (1u << 20)    /* 12 MiB; at most half of them used */
#define MAX_POOL (1u << 21)     /* states: 8 MiB */

void
prefix_init(struct prefix_tree *t)
{
	memset(t, 0, sizeof *t);
	t->cap = FIRST_SLOTS;
	t->keys = xcalloc(t->cap, sizeof *t->keys);
	t->vals = xcalloc(t->cap, sizeof *t->vals);
	t->next_node = 1;
}

void
prefix_free(struct prefix_tree *t)
{
	free(t->keys);
	free(t->vals);
	free(t->at);
	free(t->first);
	free(t->pool);
	memset(t, 0, sizeof *t);
}

static size_t
slot_of(const struct prefix_tree *t, uint64_t k)
{
	return (size_t)((k * 0x9E3779B97F4A7C15u) >> 32) & (t->cap - 1);
}

static void
put(struct prefix_tree *t, uint64_t k, uint32_t v)
{
	size_t i = slot_of(t, k);

	while (t->keys[i] != 0)
		i = (i + 1) & (t->cap - 1);
	t->keys[i] = k;
	t->vals[i] = v;
	t->n++;
}

/* room makes room for one more key and a node of n states: false when
 * the table or the states are full. */
static bool
room(struct prefix_tree *t, size_t n)
{
	struct prefix_tree old = *t;

	if (t->pool_n + 1 + n > MAX_POOL)
		return false;
	if (t->pool_n + 1 + n > t->pool_cap) {
		while (t->pool_n + 1 + n > t->pool_cap)
			t->pool_cap = t->pool_cap ? 2 * t->pool_cap : 4096;
		t->pool = xreallocarray(t->pool, t->pool_cap, sizeof *t->pool);
	}
	if (t->next_node >= t->at_cap) {
		t->at_cap = t->at_cap ? 2 * t->at_cap : 1024;
		t->at = xreallocarray(t->at, t->at_cap, sizeof *t->at);
		t->first = xreallocarray(t->first, t->at_cap, sizeof *t->first);
	}
	if (2 * (t->n + 1) <= t->cap)
		return true;
	if (t->cap >= MAX_SLOTS)
		return false;
	t->cap *= 2;
	t->n = 0;
	t->keys = xcalloc(t->cap, sizeof *t->keys);
	t->vals = xcalloc(t->cap, sizeof *t->vals);
	for (size_t i = 0; i < old.cap; i++)
		if (old.keys[i] != 0)
			put(t, old.keys[i], old.vals[i]);
	free(old.keys);
	free(old.vals);
	return true;
}

/* all_dead: are the n states of states[1..n] all PREFIX_DEAD? */
static bool
all_dead(const uint32_t *states, size_t n)
{
	for (size_t i = 1; i <= n; i++)
		if (states[i] != PREFIX_DEAD)
			return false;
	return true;
}

/* node_new files a new node under k (a root: 0, filed nowhere), with the
 * n states of states[1..n] (states[0]: how many are live); 0 when full. */
static uint32_t
node_new(struct prefix_tree *t, uint64_t k, const uint32_t *states, size_t n)
{
	uint32_t node = t->next_node;

	if (node == PREFIX_NONE || !room(t, n))
		return 0;
	if (states[0] == 0)
		node |= PREFIX_DONE | (all_dead(states, n) ? PREFIX_NONE : 0);
	t->first[t->next_node] = 0;
	if (k != 0) {
		/* k: (parent << 8 | byte) + 1 */
		put(t, k, node);
		if (t->first[(k - 1) >> 8] == 0)
			t->first[(k - 1) >> 8] = (uint64_t)node << 8 | ((k - 1) & 0xFF);
	}
	t->at[t->next_node] = (uint32_t)t->pool_n;
	memcpy(t->pool + t->pool_n, states, (1 + n) * sizeof *states);
	t->pool_n += 1 + n;
	t->next_node++;
	return node;
}

uint32_t
prefix_add_root(struct prefix_tree *t, const uint32_t *states, size_t n)
{
	return node_new(t, 0, states, n);
}

uint32_t
prefix_add(struct prefix_tree *t, uint32_t node, unsigned char c,
    const uint32_t *states, size_t n)
{
	return node_new(t, ((uint64_t)node << 8 | c) + 1, states, n);
}
