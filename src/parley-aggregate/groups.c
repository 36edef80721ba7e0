#include "groups.h"

#include <stdlib.h>

#include "xalloc.h"

uint64_t
grouptab_hash(const struct grouptab *t, const struct str *key)
{
	uint64_t h = HASH_SEED;

	for (int i = 0; i < t->nkeys; i++)
		h = hash_str(h, key[i]);
	return h;
}

static bool
key_eq(const struct grouptab *t, const struct str *a, const struct str *b)
{
	for (int i = 0; i < t->nkeys; i++)
		if (!str_eq(a[i], b[i]))
			return false;
	return true;
}

static void
grow(struct grouptab *t)
{
	size_t cap = t->cap ? 2 * t->cap : 64;
	struct group **slot = xcalloc(cap, sizeof *slot);

	for (size_t i = 0; i < t->cap; i++) {
		size_t j;

		if (t->slot[i] == NULL)
			continue;
		for (j = t->slot[i]->hash & (cap - 1); slot[j] != NULL;
		    j = (j + 1) & (cap - 1))
			;
		slot[j] = t->slot[i];
	}
	free(t->slot);
	t->slot = slot;
	t->cap = cap;
}

static struct group *
group_new(const struct grouptab *t, const struct str *key, uint64_t hash)
{
	struct group *g = xcalloc(1, sizeof *g);

	g->hash = hash;
	g->key = xreallocarray(NULL, t->nkeys > 0 ? (size_t)t->nkeys : 1,
	    sizeof *g->key);
	for (int i = 0; i < t->nkeys; i++)
		g->key[i] = str_dup(key[i]);
	return g;
}

struct group *
grouptab_get(struct grouptab *t, const struct str *key, uint64_t hash)
{
	size_t i;

	if ((t->n + 1) * 2 > t->cap)
		grow(t);
	for (i = hash & (t->cap - 1); t->slot[i] != NULL; i = (i + 1) & (t->cap - 1))
		if (t->slot[i]->hash == hash && key_eq(t, t->slot[i]->key, key))
			return t->slot[i];
	t->n++;
	return t->slot[i] = group_new(t, key, hash);
}

struct group **
grouptab_list(const struct grouptab *t)
{
	struct group **v = xreallocarray(NULL, t->n ? t->n : 1, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; i < t->cap; i++)
		if (t->slot[i] != NULL)
			v[n++] = t->slot[i];
	return v;
}

static void
group_free(const struct grouptab *t, struct group *g)
{
	for (int i = 0; i < t->nkeys; i++)
		str_free(&g->key[i]);
	free(g->key);
	str_free(&g->first);
	str_free(&g->last);
	for (size_t i = 0; i < g->nsources; i++)
		str_free(&g->sources[i]);
	free(g->sources);
	ukeyset_free(&g->ukeys);
	exlist_free(&g->examples);
	str_free(&g->name);
	str_free(&g->name_date);
	for (size_t i = 0; i < g->nforms; i++)
		str_free(&g->forms[i].form);
	free(g->forms);
	free(g);
}

void
grouptab_free(struct grouptab *t)
{
	for (size_t i = 0; i < t->cap; i++)
		if (t->slot[i] != NULL)
			group_free(t, t->slot[i]);
	free(t->slot);
	t->slot = NULL;
	t->cap = t->n = 0;
}

void
group_date(struct group *g, struct str date)
{
	if (date.s == NULL)
		return;
	if (g->first.s == NULL || str_cmp(date, g->first) < 0)
		str_set(&g->first, date);
	if (g->last.s == NULL || str_cmp(date, g->last) > 0)
		str_set(&g->last, date);
}

/* find returns the place of s in the sorted array base of n elements of
 * stride bytes, each starting with a struct str (found or to insert). */
static size_t
find(const void *base, size_t stride, size_t n, struct str s, bool *found)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = str_cmp(*(const struct str *)((const char *)base + mid * stride), s);

		if (r == 0) {
			*found = true;
			return mid;
		}
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

void
group_source(struct group *g, struct str source)
{
	bool found;
	size_t i;

	if (source.s == NULL)
		return;
	i = find(g->sources, sizeof *g->sources, g->nsources, source, &found);
	if (found)
		return;
	g->sources = xreallocarray(g->sources, g->nsources + 1,
	    sizeof *g->sources);
	memmove(g->sources + i + 1, g->sources + i,
	    (g->nsources - i) * sizeof *g->sources);
	g->sources[i] = str_dup(source);
	g->nsources++;
}

/* date_cmp orders dates, null before every date. */
static int
date_cmp(struct str a, struct str b)
{
	if (a.s == NULL || b.s == NULL)
		return (a.s != NULL) - (b.s != NULL);
	return str_cmp(a, b);
}

void
group_name(struct group *g, struct str name, struct str date)
{
	int r;

	if (name.s == NULL)
		return;
	if (g->name.s != NULL) {
		r = date_cmp(date, g->name_date);
		if (r < 0 || (r == 0 && str_cmp(name, g->name) >= 0))
			return;
	}
	str_set(&g->name, name);
	str_set(&g->name_date, date);
}

void
group_form(struct group *g, struct str form, unsigned long long n)
{
	bool found;
	size_t i = find(g->forms, sizeof *g->forms, g->nforms, form,
	    &found);

	if (found) {
		g->forms[i].count += n;
		return;
	}
	g->forms = xreallocarray(g->forms, g->nforms + 1, sizeof *g->forms);
	memmove(g->forms + i + 1, g->forms + i,
	    (g->nforms - i) * sizeof *g->forms);
	g->forms[i].form = str_dup(form);
	g->forms[i].count = n;
	g->nforms++;
}

struct str
group_display_form(const struct group *g)
{
	const struct form_count *best = NULL;

	for (size_t i = 0; i < g->nforms; i++)
		if (best == NULL || g->forms[i].count >= best->count)
			best = &g->forms[i];
	return best != NULL ? best->form : STR_NULL;
}
