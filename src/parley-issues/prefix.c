#include "prefix.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define FIRST_SLOTS 4096
#define MAX_SLOTS (1u << 20)    /* 12 MiB; at most half of them used */
#define ROOT_BIT ((uint64_t)1 << 63)

void
prefix_init(struct prefix_tree *t)
{
	memset(t, 0, sizeof *t);
	t->cap = FIRST_SLOTS;
	t->keys = xcalloc(t->cap, sizeof *t->keys);
	t->vals = xcalloc(t->cap, sizeof *t->vals);
	t->next_node = PREFIX_NEW + 1;
}

void
prefix_free(struct prefix_tree *t)
{
	free(t->keys);
	free(t->vals);
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

/* room makes room for one more key: false when the table is full. */
static bool
room(struct prefix_tree *t)
{
	struct prefix_tree old = *t;

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

uint32_t
prefix_root(struct prefix_tree *t, uint32_t slot, uint32_t entry)
{
	uint64_t k = ROOT_BIT | (uint64_t)slot << 32 | entry;
	size_t i = slot_of(t, k);

	for (; t->keys[i] != 0; i = (i + 1) & (t->cap - 1))
		if (t->keys[i] == k)
			return t->vals[i];
	if (!room(t) || t->next_node == PREFIX_MATCHED)
		return 0;
	put(t, k, t->next_node);
	return t->next_node++;
}

uint32_t
prefix_learn(struct prefix_tree *t, uint32_t node, unsigned char c,
    uint32_t what)
{
	if (!room(t) || (what == PREFIX_NEW && t->next_node == PREFIX_MATCHED))
		return PREFIX_RUN;
	if (what == PREFIX_NEW)
		what = t->next_node++;
	put(t, ((uint64_t)node << 8 | c) + 1, what);
	return what;
}
