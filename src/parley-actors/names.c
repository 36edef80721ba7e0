#include "names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "exitcode.h"
#include "utf8.h"
#include "xalloc.h"

/* A pattern's text above this many bytes is cut in two: pcre2's compiled
 * patterns are limited (64 KiB with the usual link size) and a JIT-compiled
 * alternation is fast at any size below that. */
#define PATTERN_BYTES 24000

/* no letter, mark or digit before a name, none after it */
#define BEFORE "(?<![\\p{L}\\p{M}\\p{N}])"
#define AFTER "(?![\\p{L}\\p{M}\\p{N}])"

struct sbuf {
	char *s;
	size_t n, cap;
};

static void
sb_add(struct sbuf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = 2 * (b->n + n) + 256;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void
sb_str(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

/* A key of the trie: normalised code points and the mark to give. */
struct tkey {
	const uint32_t *k;
	size_t n;
	size_t mark;
};

static void
emit_cp(struct sbuf *b, uint32_t c)
{
	char u[4];

	switch (c) {
	case KEY_BLANK:
		sb_str(b, "\\h+");
		return;
	case KEY_APOS:
		sb_str(b, "['\xE2\x80\x99\xCA\xBC]");
		return;
	case KEY_DOT:
		sb_str(b, "\\.\\h?");
		return;
	case KEY_HYPHEN:
		sb_str(b, "[-\xE2\x80\x90\xE2\x80\x91]");
		return;
	}
	if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9')))
		sb_add(b, "\\", 1);
	sb_add(b, u, (size_t)utf8_encode(c, u));
}

static void
emit_mark(struct sbuf *b, size_t mark)
{
	char m[32];

	snprintf(m, sizeof m, "(*:%zu)", mark);
	sb_str(b, m);
}

/* emit_trie writes keys[lo..hi), sorted and sharing their first depth
 * code points, as an alternation: the longer keys before a key that ends
 * here, so that the longest name wins and a shorter one is tried when the
 * end of a longer one is no word boundary. */
static void
emit_trie(struct sbuf *b, const struct tkey *keys, size_t lo, size_t hi,
    size_t depth)
{
	long term = -1;
	size_t groups = 0;
	bool first = true;

	if (keys[lo].n == depth)
		term = (long)keys[lo++].mark;
	if (lo == hi) {
		emit_mark(b, (size_t)term);
		return;
	}
	for (size_t i = lo; i < hi; i++)
		if (i == lo || keys[i].k[depth] != keys[i - 1].k[depth])
			groups++;
	if (groups == 1 && term < 0) {
		emit_cp(b, keys[lo].k[depth]);
		emit_trie(b, keys, lo, hi, depth + 1);
		return;
	}
	sb_str(b, "(?:");
	for (size_t i = lo; i < hi; ) {
		size_t j = i + 1;

		while (j < hi && keys[j].k[depth] == keys[i].k[depth])
			j++;
		if (!first)
			sb_str(b, "|");
		first = false;
		emit_cp(b, keys[i].k[depth]);
		emit_trie(b, keys, i, j, depth + 1);
		i = j;
	}
	if (term >= 0) {
		sb_str(b, "|");
		emit_mark(b, (size_t)term);
	}
	sb_str(b, ")");
}

/* What a range of keys becomes: a trie, or regex aliases one by one. */
struct source {
	const struct tkey *keys;        /* trie keys, or NULL */
	const struct alias *aliases;    /* for the regex range */
	const size_t *regex;            /* alias indexes of the regexes */
	const char *prefix, *suffix;
};

static void
emit_range(struct sbuf *b, const struct source *src, size_t lo, size_t hi)
{
	b->n = 0;
	sb_str(b, src->prefix);
	sb_str(b, "(?:");
	if (src->keys != NULL) {
		emit_trie(b, src->keys, lo, hi, 0);
	} else {
		for (size_t i = lo; i < hi; i++) {
			if (i > lo)
				sb_str(b, "|");
			sb_str(b, "(?:");
			sb_str(b, src->aliases[src->regex[i]].text);
			sb_str(b, "\\E)");
			emit_mark(b, src->regex[i]);
		}
	}
	sb_str(b, ")");
	sb_str(b, src->suffix);
}

static void
push_rx(struct rx **list, size_t *n, const struct rx *rx)
{
	*list = xreallocarray(*list, *n + 1, sizeof **list);
	(*list)[(*n)++] = *rx;
}

/* compile_range compiles keys [lo, hi) into as few patterns as fit. */
static void
compile_range(struct rx **list, size_t *n, const struct source *src,
    size_t lo, size_t hi, unsigned options, struct sbuf *b)
{
	struct rx rx;
	char err[400];

	if (lo == hi)
		return;
	emit_range(b, src, lo, hi);
	if (hi - lo > 1 && b->n > PATTERN_BYTES) {
		compile_range(list, n, src, lo, lo + (hi - lo) / 2, options, b);
		compile_range(list, n, src, lo + (hi - lo) / 2, hi, options, b);
		return;
	}
	if (rx_compile(&rx, b->s, b->n, options, err, sizeof err)) {
		push_rx(list, n, &rx);
		return;
	}
	if (hi - lo == 1)
		diag_die(EXIT_SOFTWARE, "cannot compile the actors' names: %s",
		    err);
	compile_range(list, n, src, lo, lo + (hi - lo) / 2, options, b);
	compile_range(list, n, src, lo + (hi - lo) / 2, hi, options, b);
}

static void
build_names(struct actor_patterns *p, const struct actor_dict *d,
    struct sbuf *b)
{
	struct tkey *keys = xreallocarray(NULL, d->naliases + 1, sizeof *keys);
	size_t *regex = xreallocarray(NULL, d->naliases + 1, sizeof *regex);
	size_t nkeys = 0, nregex = 0;
	struct source trie = { .keys = keys, .prefix = BEFORE, .suffix = AFTER };
	struct source rxs = { .aliases = d->aliases, .regex = regex,
	    .prefix = BEFORE, .suffix = AFTER };

	/* the dictionary keeps its keyed aliases sorted by key */
	for (size_t i = 0; i < d->naliases; i++) {
		if (d->aliases[i].type == ALIAS_REGEX)
			regex[nregex++] = i;
		else
			keys[nkeys++] = (struct tkey){ d->aliases[i].key,
			    d->aliases[i].keylen, i };
	}
	compile_range(&p->names, &p->nnames, &trie, 0, nkeys, 0, b);
	compile_range(&p->names, &p->nnames, &rxs, 0, nregex, 0, b);
	free(keys);
	free(regex);
}

static void
build_roles(struct actor_patterns *p, const struct actor_dict *d,
    struct sbuf *b)
{
	struct tkey *keys = xreallocarray(NULL, d->nroles + 1, sizeof *keys);
	struct source src = { .keys = keys, .prefix = BEFORE,
	    .suffix = "\\z" };

	for (size_t i = 0; i < d->nroles; i++)
		keys[i] = (struct tkey){ d->roles[i].key, d->roles[i].keylen, i };
	compile_range(&p->roles, &p->nroles, &src, 0, d->nroles,
	    PCRE2_CASELESS, b);
	free(keys);
}

void
actor_patterns_build(struct actor_patterns *p, const struct actor_dict *d)
{
	struct sbuf b = { 0 };

	memset(p, 0, sizeof *p);
	build_names(p, d, &b);
	build_roles(p, d, &b);
	free(b.s);
}

void
actor_patterns_free(struct actor_patterns *p)
{
	for (size_t i = 0; i < p->nnames; i++)
		rx_free(&p->names[i]);
	for (size_t i = 0; i < p->nroles; i++)
		rx_free(&p->roles[i]);
	free(p->names);
	free(p->roles);
	memset(p, 0, sizeof *p);
}

static void
push_match(struct name_matches *out, size_t b, size_t e, size_t alias)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? 2 * out->cap : 32;
		out->m = xreallocarray(out->m, out->cap, sizeof *out->m);
	}
	out->m[out->n++] = (struct name_match){ b, e, alias };
}

/* mark_value reads the alias index a branch marked. */
static bool
mark_value(const struct rx *rx, size_t *v)
{
	const char *m = rx_mark(rx);
	size_t x = 0;

	if (m == NULL || *m == '\0')
		return false;
	for (; *m >= '0' && *m <= '9'; m++)
		x = 10 * x + (size_t)(*m - '0');
	*v = x;
	return *m == '\0';
}

static void
scan_one(struct actor_patterns *p, struct rx *rx, const char *text,
    size_t len, struct name_matches *out)
{
	size_t pos = 0, alias;
	int rc = 0;

	while (pos < len && (rc = rx_match(rx, text, len, pos, 0)) > 0) {
		const size_t *ov = rx_ovector(rx);

		if (mark_value(rx, &alias) && ov[1] > ov[0])
			push_match(out, ov[0], ov[1], alias);
		pos = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		while (pos < len && ((unsigned char)text[pos] & 0xC0) == 0x80)
			pos++;
	}
	if (pos < len && rc < 0)
		p->limits++;
}

static int
match_order(const void *a, const void *b)
{
	const struct name_match *x = a, *y = b;

	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	if (x->e != y->e)
		return x->e > y->e ? -1 : 1;
	return x->alias < y->alias ? -1 : x->alias > y->alias;
}

void
actor_patterns_names(struct actor_patterns *p, const char *text, size_t len,
    struct name_matches *out)
{
	size_t first = out->n, kept;

	for (size_t i = 0; i < p->nnames; i++)
		scan_one(p, &p->names[i], text, len, out);
	if (p->nnames <= 1 || out->n - first < 2)
		return;
	/* several patterns: leftmost-longest over all of them */
	qsort(out->m + first, out->n - first, sizeof *out->m, match_order);
	kept = first;
	for (size_t i = first; i < out->n; i++)
		if (kept == first || out->m[i].b >= out->m[kept - 1].e)
			out->m[kept++] = out->m[i];
	out->n = kept;
}

long
actor_patterns_role(struct actor_patterns *p, const char *text, size_t len,
    size_t from, bool anchored, size_t *start)
{
	long best = -1;
	size_t role;

	for (size_t i = 0; i < p->nroles; i++) {
		struct rx *rx = &p->roles[i];
		int rc = rx_match(rx, text, len, from,
		    anchored ? PCRE2_ANCHORED : 0);

		if (rc < 0)
			p->limits++;
		if (rc <= 0 || !mark_value(rx, &role))
			continue;
		if (best < 0 || rx_ovector(rx)[0] < *start) {
			best = (long)role;
			*start = rx_ovector(rx)[0];
		}
	}
	return best;
}
