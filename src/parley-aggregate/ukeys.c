#include "ukeys.h"

#include <stdlib.h>

#include "xalloc.h"

#define REDUCE_MIN 256

uint64_t
ukey_hash(struct str speaker, struct str form)
{
	return hash_str(hash_str(HASH_SEED, speaker), form);
}

int
ukey_cmp(const struct ukey *a, const struct ukey *b)
{
	int r = str_cmp(ukey_speaker(a), ukey_speaker(b));

	return r != 0 ? r : str_cmp(ukey_form(a), ukey_form(b));
}

static int
ukey_cmp_ptr(const void *a, const void *b)
{
	return ukey_cmp(*(struct ukey *const *)a, *(struct ukey *const *)b);
}

static bool
ukey_is(const struct ukey *k, uint64_t hash, struct str speaker,
    struct str form)
{
	return k->hash == hash && str_eq(ukey_speaker(k), speaker) &&
	    str_eq(ukey_form(k), form);
}

static void
place(struct ukeyset *s, struct ukey *k)
{
	size_t mask = s->cap - 1, i = k->hash & mask;

	while (s->slot[i] != NULL)
		i = (i + 1) & mask;
	s->slot[i] = k;
}

static void
rehash(struct ukeyset *s, size_t cap)
{
	struct ukey **old = s->slot;
	size_t oldcap = s->cap;

	s->slot = xcalloc(cap, sizeof *s->slot);
	s->cap = cap;
	for (size_t i = 0; i < oldcap; i++)
		if (old[i] != NULL)
			place(s, old[i]);
	free(old);
}

/* keys_sorted returns the keys of s in a new sorted array. */
static struct ukey **
keys_sorted(const struct ukeyset *s)
{
	struct ukey **v = xreallocarray(NULL, s->n, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; i < s->cap; i++)
		if (s->slot[i] != NULL)
			v[n++] = s->slot[i];
	qsort(v, n, sizeof *v, ukey_cmp_ptr);
	return v;
}

/* mark_contained marks, in the sorted keys, those contained in another
 * key of the same speaker. */
static void
mark_contained(struct ukey **v, size_t n, bool *contained)
{
	size_t i = 0, j;

	while (i < n) {
		j = i + 1;
		while (j < n && str_eq(ukey_speaker(v[j]), ukey_speaker(v[i])))
			j++;
		if (j - i > 1)
			contain_mark(v + i, j - i, contained + i);
		i = j;
	}
}

/* reduce drops the contained keys; returns the others, sorted. */
static struct ukey **
reduce(struct ukeyset *s, size_t *nkept)
{
	size_t n = s->n, k = 0;
	struct ukey **v;
	bool *contained;

	if (n == 0) {
		*nkept = 0;
		return NULL;
	}
	v = keys_sorted(s);
	contained = xcalloc(n, sizeof *contained);
	mark_contained(v, n, contained);
	for (size_t i = 0; i < n; i++) {
		if (contained[i])
			free(v[i]);
		else
			v[k++] = v[i];
	}
	free(contained);
	memset(s->slot, 0, s->cap * sizeof *s->slot);
	s->n = k;
	for (size_t i = 0; i < k; i++)
		place(s, v[i]);
	s->reduce_at = 2 * k > REDUCE_MIN ? 2 * k : REDUCE_MIN;
	*nkept = k;
	return v;
}

void
ukeyset_add(struct ukeyset *s, uint64_t hash, struct str speaker,
    struct str form)
{
	size_t mask, i;
	struct ukey *k;

	if (s->cap == 0) {
		s->cap = 4;
		s->slot = xcalloc(s->cap, sizeof *s->slot);
		s->reduce_at = REDUCE_MIN;
	}
	mask = s->cap - 1;
	for (i = hash & mask; s->slot[i] != NULL; i = (i + 1) & mask)
		if (ukey_is(s->slot[i], hash, speaker, form))
			return;
	k = xmalloc(sizeof *k + speaker.n + form.n + 1);
	k->hash = hash;
	k->spklen = speaker.n;
	k->formlen = form.n;
	if (speaker.n > 0)
		memcpy(k->data, speaker.s, speaker.n);
	if (form.n > 0)
		memcpy(k->data + speaker.n, form.s, form.n);
	k->data[speaker.n + form.n] = '\0';
	s->slot[i] = k;
	if (++s->n * 2 > s->cap)
		rehash(s, s->cap * 2);
	if (s->n >= s->reduce_at) {
		size_t kept;

		free(reduce(s, &kept));
	}
}

struct ukey **
ukeyset_maximal(struct ukeyset *s, size_t *n)
{
	return reduce(s, n);
}

void
ukeyset_free(struct ukeyset *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->slot[i]);
	free(s->slot);
	memset(s, 0, sizeof *s);
}
