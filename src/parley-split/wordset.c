#include "wordset.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* FNV-1a: the keys are short words, so a simple byte hash is enough. */
static uint32_t
hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static struct wordset_slot *
find_slot(const struct wordset *ws, const char *key, size_t len, uint32_t h)
{
	size_t mask = ws->cap - 1;

	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct wordset_slot *s = &ws->slots[i];

		if (s->key == NULL || (s->hash == h && s->len == len &&
		    memcmp(s->key, key, len) == 0))
			return s;
	}
}

static void
grow(struct wordset *ws)
{
	struct wordset old = *ws;

	ws->cap = old.cap ? old.cap * 2 : 64;
	ws->slots = xcalloc(ws->cap, sizeof *ws->slots);
	for (size_t i = 0; i < old.cap; i++) {
		struct wordset_slot *s = &old.slots[i];

		if (s->key != NULL)
			*find_slot(ws, s->key, s->len, s->hash) = *s;
	}
	free(old.slots);
}

bool
wordset_add(struct wordset *ws, const char *key, size_t len, int value)
{
	uint32_t h = hash_bytes(key, len);
	struct wordset_slot *s;

	if ((ws->n + 1) * 2 > ws->cap)
		grow(ws);
	s = find_slot(ws, key, len, h);
	if (s->key != NULL)
		return false;
	s->key = xmemdup0(key, len);
	s->len = (uint32_t)len;
	s->hash = h;
	s->value = value;
	ws->n++;
	return true;
}

int
wordset_get(const struct wordset *ws, const char *key, size_t len)
{
	const struct wordset_slot *s;

	if (ws->cap == 0 || len > UINT32_MAX)
		return 0;
	s = find_slot(ws, key, len, hash_bytes(key, len));
	return s->key != NULL ? s->value : 0;
}

void
wordset_free(struct wordset *ws)
{
	for (size_t i = 0; i < ws->cap; i++)
		free(ws->slots[i].key);
	free(ws->slots);
	memset(ws, 0, sizeof *ws);
}
