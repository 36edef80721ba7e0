#include "examples.h"

#include <stdlib.h>

#include "xalloc.h"

int
example_rank(struct str kind)
{
	static const struct str kinds[] = {
		{ "direct", 6 }, { "partial", 7 }, { "indirect", 8 }
	};

	for (int i = 0; i < 3; i++)
		if (str_eq(kind, kinds[i]))
			return i;
	return 3;
}

/* int_cmp_nl orders optional integers, absent last. */
static int
int_cmp_nl(bool ha, long long a, bool hb, long long b)
{
	if (!ha || !hb)
		return (int)!ha - (int)!hb;
	return a < b ? -1 : a > b;
}

int
example_cmp(const struct example *a, const struct example *b)
{
	int r;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if (a->cplen != b->cplen)
		return a->cplen > b->cplen ? -1 : 1;
	if ((r = str_cmp_nl(a->date, b->date)) != 0 ||
	    (r = str_cmp_nl(a->doc, b->doc)) != 0 ||
	    (r = int_cmp_nl(a->has_start, a->start, b->has_start, b->start)) != 0 ||
	    (r = int_cmp_nl(a->has_end, a->end, b->has_end, b->end)) != 0 ||
	    (r = str_cmp_nl(a->text, b->text)) != 0 ||
	    (r = str_cmp_nl(a->speaker, b->speaker)) != 0 ||
	    (r = str_cmp_nl(a->actor, b->actor)) != 0 ||
	    (r = str_cmp_nl(a->source, b->source)) != 0)
		return r;
	return str_cmp_nl(a->kind, b->kind);
}

static bool
same_key(const struct example *a, const struct example *b)
{
	return a->khash == b->khash && str_eq(a->kspeaker, b->kspeaker) &&
	    str_eq(a->kform, b->kform);
}

/* copy_str copies s to *p (advancing it) and returns the copy's view. */
static struct str
copy_str(char **p, struct str s)
{
	struct str c;

	if (s.s == NULL)
		return STR_NULL;
	memcpy(*p, s.s, s.n);
	(*p)[s.n] = '\0';
	c = (struct str){ *p, s.n };
	*p += s.n + 1;
	return c;
}

/* keep makes *dst an owned copy of src, in one allocation. */
static void
keep(struct example *dst, const struct example *src)
{
	struct str *f[] = { &dst->doc, &dst->date, &dst->source, &dst->kind,
	    &dst->speaker, &dst->actor, &dst->text, &dst->kspeaker,
	    &dst->kform };
	size_t len = 0;
	char *p;

	*dst = *src;
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		len += f[i]->n + 1;
	dst->own = p = xmalloc(len);
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		*f[i] = copy_str(&p, *f[i]);
}

/* settle moves v[i] up to its place in the best-first order. */
static void
settle(struct example *v, size_t i)
{
	while (i > 0 && example_cmp(&v[i], &v[i - 1]) < 0) {
		struct example t = v[i];

		v[i] = v[i - 1];
		v[i - 1] = t;
		i--;
	}
}

void
exlist_offer(struct exlist *l, size_t max, const struct example *cand)
{
	size_t i;

	while (l->n > max)
		free(l->v[--l->n].own);
	if (max == 0)
		return;
	/* the common case: not better than the worst of a full list */
	if (l->n == max && example_cmp(cand, &l->v[l->n - 1]) >= 0)
		return;
	for (i = 0; i < l->n; i++)
		if (same_key(&l->v[i], cand))
			break;
	if (i < l->n) {
		if (example_cmp(cand, &l->v[i]) >= 0)
			return;
		free(l->v[i].own);
	} else if (l->n < max) {
		if (l->v == NULL)
			l->v = xreallocarray(NULL, max < 16 ? max : 16, sizeof *l->v);
		else if (l->n >= 16 && (l->n & (l->n - 1)) == 0)
			l->v = xreallocarray(l->v, 2 * l->n, sizeof *l->v);
		i = l->n++;
	} else {
		i = l->n - 1;
		free(l->v[i].own);
	}
	keep(&l->v[i], cand);
	settle(l->v, i);
}

void
exlist_free(struct exlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].own);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
