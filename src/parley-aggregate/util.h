/* util.h - byte strings, growing buffers and hashing for parley-aggregate.
 *
 * A struct str is a view of bytes (jansson strings hold no NUL, so the
 * bytes never do either); s == NULL stands for JSON null, which the
 * aggregate keeps apart from the empty string. */
#ifndef AGG_UTIL_H
#define AGG_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct str {
	const char *s;  /* NULL: null */
	size_t n;
};

#define STR_NULL ((struct str){ NULL, 0 })

/* str_of returns the view of a NUL-terminated string (NULL gives null). */
static inline struct str
str_of(const char *s)
{
	return (struct str){ s, s != NULL ? strlen(s) : 0 };
}

/* str_cmp orders two non-null strings by their bytes, a prefix first
 * (the order of jq's sort and of code points). */
static inline int
str_cmp(struct str a, struct str b)
{
	int r = memcmp(a.s, b.s, a.n < b.n ? a.n : b.n);

	if (r != 0)
		return r;
	return a.n < b.n ? -1 : a.n > b.n;
}

/* str_cmp_nl is str_cmp with null after every string. */
static inline int
str_cmp_nl(struct str a, struct str b)
{
	if (a.s == NULL || b.s == NULL)
		return (a.s == NULL) - (b.s == NULL);
	return str_cmp(a, b);
}

/* str_eq: both null, or the same bytes. */
static inline bool
str_eq(struct str a, struct str b)
{
	if (a.s == NULL || b.s == NULL)
		return a.s == b.s;
	return a.n == b.n && memcmp(a.s, b.s, a.n) == 0;
}

/* str_dup returns an owned copy (NUL-terminated); null stays null. Free
 * with str_free. */
struct str str_dup(struct str a);
void str_free(struct str *a);

/* str_set replaces the owned string *dst by a copy of src. */
void str_set(struct str *dst, struct str src);

#define HASH_SEED 0xcbf29ce484222325ULL

/* hash_bytes continues an FNV-1a hash h over n bytes. */
static inline uint64_t
hash_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *c = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ c[i]) * 0x100000001b3ULL;
	return h;
}

/* hash_str continues h over a string, null hashing apart from "". */
static inline uint64_t
hash_str(uint64_t h, struct str a)
{
	unsigned char tag = a.s == NULL ? 0 : 1;

	h = hash_bytes(h, &tag, 1);
	h = hash_bytes(h, &a.n, sizeof a.n);
	return a.s == NULL ? h : hash_bytes(h, a.s, a.n);
}

/* A growing byte buffer; s is NUL-terminated after every append. */
struct sbuf {
	char *s;
	size_t n, cap;
};

void sbuf_reserve(struct sbuf *b, size_t more);
void sbuf_add(struct sbuf *b, const char *s, size_t n);
static inline void
sbuf_addc(struct sbuf *b, char c)
{
	if (b->n + 2 > b->cap)
		sbuf_reserve(b, 1);
	b->s[b->n++] = c;
	b->s[b->n] = '\0';
}
static inline void
sbuf_clear(struct sbuf *b)
{
	b->n = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}
static inline struct str
sbuf_str(const struct sbuf *b)
{
	return (struct str){ b->s != NULL ? b->s : "", b->n };
}
void sbuf_free(struct sbuf *b);

#endif
