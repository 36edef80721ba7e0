#include "util.h"

#include <stdlib.h>

#include "xalloc.h"

struct str
str_dup(struct str a)
{
	if (a.s == NULL)
		return STR_NULL;
	return (struct str){ xmemdup0(a.s, a.n), a.n };
}

void
str_free(struct str *a)
{
	free((char *)a->s);
	*a = STR_NULL;
}

void
str_set(struct str *dst, struct str src)
{
	struct str copy = str_dup(src);

	str_free(dst);
	*dst = copy;
}

void
sbuf_reserve(struct sbuf *b, size_t more)
{
	size_t need = b->n + more + 1;

	if (need <= b->cap)
		return;
	if (need < 2 * b->cap)
		need = 2 * b->cap;
	if (need < 64)
		need = 64;
	b->s = xrealloc(b->s, need);
	b->cap = need;
}

void
sbuf_add(struct sbuf *b, const char *s, size_t n)
{
	sbuf_reserve(b, n);
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void
sbuf_free(struct sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->n = b->cap = 0;
}
