#include "names.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "diag.h"
#include "exitcode.h"
#include "utf8.h"
#include "xalloc.h"

/* the scan's small functions, called at every place a name may begin:
 * inlined (gcc would not, and a call costs as much as their work) */
#if defined(__GNUC__)
#define FAST_INLINE inline __attribute__((always_inline))
#else
#define FAST_INLINE inline
#endif

/* A pattern's text above this many bytes is cut in two: pcre2's compiled
 * patterns are limited (64 KiB with the usual link size) and a JIT-compiled
 * alternation is fast at any size below that. */
#define PATTERN_BYTES 24000

/* Anchored role searches made with the unanchored patterns (the leftmost
 * match, when it starts at the place) before the anchored ones are
 * compiled: each costs a few hundred instructions more, compiling them
 * as much as a few thousand searches. */
#define ROLES_AT_AFTER 2000

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
	size_t i = sizeof m;

	/* "(*:MARK)", written backwards (snprintf costs more than the rest
	 * of a trie's text) */
	m[--i] = ')';
	do
		m[--i] = (char)('0' + mark % 10);
	while ((mark /= 10) > 0);
	m[--i] = ':';
	m[--i] = '*';
	m[--i] = '(';
	sb_add(b, m + i, sizeof m - i);
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

/* Where compile_range puts its patterns. */
struct target {
	struct rx **list;
	size_t *n;
	size_t (*ranges)[2];    /* the keys of each pattern, or NULL */
	unsigned options;
};

/* compile_range compiles keys [lo, hi) into as few patterns as fit. */
static void
compile_range(struct target *t, const struct source *src, size_t lo,
    size_t hi, struct sbuf *b)
{
	struct rx rx;
	char err[400];

	if (lo == hi)
		return;
	emit_range(b, src, lo, hi);
	if (hi - lo > 1 && b->n > PATTERN_BYTES) {
		compile_range(t, src, lo, lo + (hi - lo) / 2, b);
		compile_range(t, src, lo + (hi - lo) / 2, hi, b);
		return;
	}
	if (rx_compile(&rx, b->s, b->n, t->options, err, sizeof err)) {
		if (t->ranges != NULL) {
			t->ranges = xreallocarray(t->ranges, *t->n + 1,
			    sizeof *t->ranges);
			t->ranges[*t->n][0] = lo;
			t->ranges[*t->n][1] = hi;
		}
		push_rx(t->list, t->n, &rx);
		return;
	}
	if (hi - lo == 1)
		diag_die(EXIT_SOFTWARE, "cannot compile the actors' names: %s",
		    err);
	compile_range(t, src, lo, lo + (hi - lo) / 2, b);
	compile_range(t, src, lo + (hi - lo) / 2, hi, b);
}

static void
add_first(struct first_cp **v, size_t *n, uint32_t cp, size_t pattern)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = (struct first_cp){ cp, pattern, pattern };
}

static int
first_order(const void *a, const void *b)
{
	const struct first_cp *x = a, *y = b;

	if (x->cp != y->cp)
		return x->cp < y->cp ? -1 : 1;
	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* index_first records, for each code point a name can begin with, the
 * trie patterns that hold such names. */
static void
index_first(struct actor_patterns *p, const struct tkey *keys,
    size_t (*ranges)[2], size_t npatterns)
{
	struct first_cp *v = NULL;
	size_t n = 0, k = 0;

	for (size_t i = 0; i < npatterns; i++)
		for (size_t j = ranges[i][0]; j < ranges[i][1]; j++) {
			uint32_t c = keys[j].k[0];

			if (j > ranges[i][0] && c == keys[j - 1].k[0])
				continue;
			if (c == KEY_APOS) {
				add_first(&v, &n, '\'', i);
				add_first(&v, &n, 0x2019, i);
				add_first(&v, &n, 0x02BC, i);
			} else if (c == KEY_HYPHEN) {
				add_first(&v, &n, '-', i);
				add_first(&v, &n, 0x2010, i);
				add_first(&v, &n, 0x2011, i);
			} else {
				add_first(&v, &n, c == KEY_DOT ? '.' : c, i);
			}
		}
	if (n > 0)
		qsort(v, n, sizeof *v, first_order);
	for (size_t i = 0; i < n; i++) {
		if (k > 0 && v[k - 1].cp == v[i].cp) {
			v[k - 1].hi = v[i].hi;
			continue;
		}
		v[k++] = v[i];
	}
	for (size_t c = 0; c < 128; c++)
		p->ascii[c] = -1;
	for (size_t i = 0; i < k; i++)
		if (v[i].cp < 128)
			p->ascii[v[i].cp] = (long)i;
	p->first = v;
	p->nfirst = k;
}

/* The ways a code point of a key can be written, as in emit_cp. */
struct spelling {
	char s[3][4];
	size_t len[3];
	size_t n;               /* 0: any bytes (a blank: \h+ has many) */
};

static void
spell(uint32_t c, struct spelling *sp)
{
	static const char *const apos[] = { "'", "\xE2\x80\x99", "\xCA\xBC" };
	static const char *const hyphen[] = { "-", "\xE2\x80\x90",
	    "\xE2\x80\x91" };
	const char *const *forms = c == KEY_APOS ? apos :
	    c == KEY_HYPHEN ? hyphen : NULL;

	sp->n = 0;
	if (c == KEY_BLANK)
		return;
	if (forms != NULL) {
		for (sp->n = 0; sp->n < 3; sp->n++) {
			sp->len[sp->n] = strlen(forms[sp->n]);
			memcpy(sp->s[sp->n], forms[sp->n], sp->len[sp->n]);
		}
		return;
	}
	sp->len[0] = c == KEY_DOT ? 1 : (size_t)utf8_encode(c, sp->s[0]);
	if (c == KEY_DOT)
		sp->s[0][0] = '.';
	sp->n = 1;
}

#define TRI_BITS 20      /* the bits of the hashed three-byte filter */

static void
bit_set(uint8_t *bits, uint32_t bit)
{
	bits[bit >> 3] |= (uint8_t)(1u << (bit & 7));
}

static bool
bit_get(const uint8_t *bits, uint32_t bit)
{
	return bits[bit >> 3] & (1u << (bit & 7));
}

static uint32_t
pair_bit(unsigned char a, unsigned char b)
{
	return (uint32_t)a << 8 | b;
}

static uint32_t
tri_bit(unsigned char a, unsigned char b, unsigned char c)
{
	return ((uint32_t)a << 16 | (uint32_t)b << 8 | c) * 2654435761u >>
	    (32 - TRI_BITS);
}

/* prefix_open: a name can begin with the n bytes of b (n < 3) and go on
 * with any byte. */
static void
prefix_open(struct actor_patterns *p, const unsigned char *b, size_t n)
{
	if (n == 0) {
		memset(p->lead, true, sizeof p->lead);
		memset(p->pairs, 0xFF, 65536 / 8);
		memset(p->open_pairs, 0xFF, 65536 / 8);
		return;
	}
	p->lead[b[0]] = true;
	for (unsigned c = 0; c < 256; c++) {
		if (n == 2 && c != b[1])
			continue;
		bit_set(p->pairs, pair_bit(b[0], (unsigned char)c));
		bit_set(p->open_pairs, pair_bit(b[0], (unsigned char)c));
	}
}

/* prefix_full: a name can begin with the three bytes of b. */
static void
prefix_full(struct actor_patterns *p, const unsigned char *b)
{
	p->lead[b[0]] = true;
	bit_set(p->pairs, pair_bit(b[0], b[1]));
	bit_set(p->tris, tri_bit(b[0], b[1], b[2]));
}

/* add_prefixes records the first three bytes a key can be written with,
 * from its code point at on, b[0..len) spelled already (every spelling of
 * ' and -; a blank, the end of the key or the blank a dot may have after
 * it leave the rest open). */
static void
add_prefixes(struct actor_patterns *p, const uint32_t *k, size_t n,
    size_t at, unsigned char *b, size_t len)
{
	struct spelling sp;

	if (len == 3) {
		prefix_full(p, b);
		return;
	}
	spell(at < n ? k[at] : KEY_BLANK, &sp);
	if (at == n || sp.n == 0) {
		prefix_open(p, b, len);
		return;
	}
	for (size_t i = 0; i < sp.n; i++) {
		size_t take = sp.len[i] < 3 - len ? sp.len[i] : 3 - len;

		memcpy(b + len, sp.s[i], take);
		if (k[at] == KEY_DOT && len + take < 3)
			prefix_open(p, b, len + take);  /* \.\h? */
		add_prefixes(p, k, n, at + 1, b, len + take);
	}
}

/* build_prefixes makes the first-bytes filter of keys[0..n). */
static void
build_prefixes(struct actor_patterns *p, const struct tkey *keys, size_t n)
{
	p->pairs = xcalloc(65536 / 8, 1);
	p->open_pairs = xcalloc(65536 / 8, 1);
	p->tris = xcalloc((size_t)1 << TRI_BITS >> 3, 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char spelt[3];

		add_prefixes(p, keys[i].k, keys[i].n, 0, spelt, 0);
	}
}

/* lead_classes sorts the lead bytes into the classes a 16-byte step
 * tests (names.h); too many others: byte by byte. */
static void
lead_classes(struct actor_patterns *p)
{
	for (unsigned c = 0; c < 256; c++) {
		if (!p->lead[c])
			continue;
		if (c >= 'A' && c <= 'Z')
			p->lead_upper = true;
		else if (p->nlead_other == 4)
			return;
		else
			p->lead_other[p->nlead_other++] = (unsigned char)c;
	}
	p->lead_simd = true;
}

/* build_filter makes the first-bytes filter of the one trie pattern of
 * keys[0..n) and cuts it by first code point into anchored patterns, so
 * that a search tries only the names that begin with the code point
 * there (pcre2 tries the branches of an alternation one by one). Each is
 * compiled when first needed (group_pattern). */
static void
build_filter(struct actor_patterns *p, struct tkey *keys, size_t n)
{
	p->granges = xreallocarray(NULL, n + 1, sizeof *p->granges);
	for (size_t lo = 0, hi; lo < n; lo = hi) {
		for (hi = lo + 1; hi < n && keys[hi].k[0] == keys[lo].k[0]; hi++)
			continue;
		p->granges[p->ngroups][0] = lo;
		p->granges[p->ngroups][1] = hi;
		p->ngroups++;
	}
	p->groups = xcalloc(p->ngroups + 1, sizeof *p->groups);
	index_first(p, keys, p->granges, p->ngroups);
	build_prefixes(p, keys, n);
	p->keys = keys;
	p->nkeys = n;
	p->filtered = true;
}

/* group_compile compiles group i of a filtered trie; NULL when it does
 * not compile. */
static struct rx *
group_compile(struct actor_patterns *p, size_t i)
{
	const struct source trie = { .keys = p->keys, .prefix = BEFORE,
	    .suffix = AFTER };
	struct sbuf b = { 0 };
	char err[400];
	bool ok;

	emit_range(&b, &trie, p->granges[i][0], p->granges[i][1]);
	ok = rx_compile(&p->groups[i], b.s, b.n, PCRE2_ANCHORED, err,
	    sizeof err);
	free(b.s);
	return ok ? &p->groups[i] : NULL;
}

/* group_pattern: group i of a filtered trie, compiled the first time;
 * NULL when it does not compile (the trie is then searched whole). */
static FAST_INLINE struct rx *
group_pattern(struct actor_patterns *p, size_t i)
{
	if (p->groups[i].code != NULL)
		return &p->groups[i];
	return group_compile(p, i);
}

/* compile_trie compiles the whole trie of p's keys into as few patterns
 * as fit, in *list (*n of them). */
static void
compile_trie(const struct actor_patterns *p, struct rx **list, size_t *n)
{
	const struct source trie = { .keys = p->keys, .prefix = BEFORE,
	    .suffix = AFTER };
	struct target t = { list, n, NULL, 0 };
	struct sbuf b = { 0 };

	compile_range(&t, &trie, 0, p->nkeys, &b);
	free(b.s);
}

/* unfilter searches the whole trie from now on: a group did not compile
 * (as the trie was searched before groups were compiled when needed). */
static void
unfilter(struct actor_patterns *p)
{
	struct rx *tries = NULL;
	size_t ntries = 0;

	compile_trie(p, &tries, &ntries);
	tries = xreallocarray(tries, ntries + p->nnames + 1, sizeof *tries);
	if (p->nnames > 0)
		memcpy(tries + ntries, p->names, p->nnames * sizeof *tries);
	free(p->names);
	p->names = tries;
	p->nnames += ntries;
	p->ntrie = ntries;
	p->filtered = false;
}

size_t
actor_patterns_count_names(struct actor_patterns *p)
{
	struct rx *tries = NULL;
	size_t ntries = 0;

	if (!p->filtered)
		return p->nnames;
	compile_trie(p, &tries, &ntries);
	for (size_t i = 0; i < ntries; i++)
		rx_free(&tries[i]);
	free(tries);
	return p->nnames + ntries;
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
	struct target t = { &p->names, &p->nnames, NULL, 0 };

	/* the dictionary keeps its keyed aliases sorted by key */
	for (size_t i = 0; i < d->naliases; i++) {
		if (d->aliases[i].type == ALIAS_REGEX)
			regex[nregex++] = i;
		else
			keys[nkeys++] = (struct tkey){ d->aliases[i].key,
			    d->aliases[i].keylen, i };
	}
	if (nkeys > 0) {
		emit_range(b, &trie, 0, nkeys);
		p->dispatch = b->n > PATTERN_BYTES;
	}
	if (p->dispatch) {
		t.options = PCRE2_ANCHORED;
		t.ranges = xmalloc(sizeof *t.ranges);
		compile_range(&t, &trie, 0, nkeys, b);
		p->ntrie = p->nnames;
		index_first(p, keys, t.ranges, p->ntrie);
		build_prefixes(p, keys, nkeys);
		free(t.ranges);
		t.ranges = NULL;
		t.options = 0;
	} else if (nkeys > 0) {
		build_filter(p, keys, nkeys);
		keys = NULL;    /* p's now */
	}
	if (p->dispatch || p->filtered)
		lead_classes(p);
	compile_range(&t, &rxs, 0, nregex, b);
	free(keys);
	free(regex);
}

static bool
is_tail_cp(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static int
tail_order(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* index_role_tails records the last three code points of every role (all
 * of a shorter one, with its length on top), when each role ends with
 * ASCII letters or digits (caseless, these match only themselves in either
 * case: no other byte can end a subject a role ends). */
static void
index_role_tails(struct actor_patterns *p, const struct actor_dict *d)
{
	p->role_tails = xreallocarray(NULL, d->nroles + 1, sizeof *p->role_tails);
	for (size_t i = 0; i < d->nroles; i++) {
		const uint32_t *k = d->roles[i].key;
		size_t n = d->roles[i].keylen, t = n < 3 ? n : 3;
		uint32_t tail = (uint32_t)t << 24;

		for (size_t j = n - t; j < n; j++) {
			if (!is_tail_cp(k[j]))
				return;
			tail |= k[j] << 8 * (n - 1 - j);
		}
		p->role_tails[p->nrole_tails++] = tail;
		p->role_tail_lens |= 1u << t;
	}
	if (p->nrole_tails > 1)
		qsort(p->role_tails, p->nrole_tails, sizeof *p->role_tails,
		    tail_order);
	p->role_tails_ok = true;
}

/* role_keys: the roles of d as trie keys (free them). */
static struct tkey *
role_keys(const struct actor_dict *d)
{
	struct tkey *keys = xreallocarray(NULL, d->nroles + 1, sizeof *keys);

	for (size_t i = 0; i < d->nroles; i++)
		keys[i] = (struct tkey){ d->roles[i].key, d->roles[i].keylen, i };
	return keys;
}

/* compile_roles compiles the roles of d, anchored at the start too or
 * not, into *list (*n patterns). */
static void
compile_roles(const struct actor_dict *d, bool anchored, struct rx **list,
    size_t *n, struct sbuf *b)
{
	struct tkey *keys = role_keys(d);
	struct source src = { .keys = keys, .prefix = BEFORE,
	    .suffix = "\\z" };
	struct target t = { list, n, NULL, PCRE2_CASELESS |
	    (anchored ? PCRE2_ANCHORED : 0) };

	compile_range(&t, &src, 0, d->nroles, b);
	free(keys);
}

static void
build_roles(struct actor_patterns *p, const struct actor_dict *d,
    struct sbuf *b)
{
	compile_roles(d, false, &p->roles, &p->nroles, b);
	index_role_tails(p, d);
}

void
actor_patterns_build(struct actor_patterns *p, const struct actor_dict *d)
{
	struct sbuf b = { 0 };

	memset(p, 0, sizeof *p);
	p->dict = d;
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
	for (size_t i = 0; i < p->nroles_at; i++)
		rx_free(&p->roles_at[i]);
	free(p->roles_at);
	free(p->role_tails);
	free(p->first);
	for (size_t i = 0; i < p->ngroups; i++)
		if (p->groups[i].code != NULL)
			rx_free(&p->groups[i]);
	free(p->groups);
	free(p->granges);
	free(p->keys);
	free(p->pairs);
	free(p->open_pairs);
	free(p->tris);
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

/* first_of: the entry of first for the code point at text[pos], with its
 * length in *step; NULL when no name begins with it. */
static FAST_INLINE const struct first_cp *
first_of(const struct actor_patterns *p, const char *text, size_t len,
    size_t pos, size_t *step)
{
	unsigned char c = (unsigned char)text[pos];
	size_t lo = 0, hi = p->nfirst;
	uint32_t cp;

	*step = 1;
	if (c < 0x80)
		return p->ascii[c] >= 0 ? &p->first[p->ascii[c]] : NULL;
	if (c < 0xC0)
		return NULL;
	*step = (size_t)utf8_decode(text + pos, len - pos, &cp);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (p->first[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nfirst && p->first[lo].cp == cp ? &p->first[lo] : NULL;
}

static bool
is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z');
}

/* may_go_on: can a name begin at text[pos], a lead byte not after a
 * letter or digit (what leads_next gives), by the bytes after it? */
static FAST_INLINE bool
may_go_on(const struct actor_patterns *p, const char *text, size_t len,
    size_t pos)
{
	const unsigned char *s = (const unsigned char *)text + pos;
	uint32_t pair;

	if (pos + 1 == len)
		return true;
	pair = pair_bit(s[0], s[1]);
	if (!bit_get(p->pairs, pair))
		return false;
	return pos + 2 == len || bit_get(p->open_pairs, pair) ||
	    bit_get(p->tris, tri_bit(s[0], s[1], s[2]));
}

/* A walk over the places where a name may begin by their first byte (a
 * lead byte, not after a letter or digit), 32 bytes at a time. */
struct leads {
	const unsigned char *s;
	size_t len;
	size_t base, end;       /* the bytes [base, end) are in mask */
	unsigned mask;          /* bit k: base + k may be one */
#if defined(__SSE2__)
	__m128i other[4];       /* the lead bytes outside A-Z, each (the
	                         * first again for none) */
	__m128i to_A, to_a, to_0, letters, digits, case_bit;
#endif
};

static void
leads_init(const struct actor_patterns *p, struct leads *l, const char *s,
    size_t len)
{
	l->s = (const unsigned char *)s;
	l->len = len;
	l->base = l->end = 0;
	l->mask = 0;
#if defined(__SSE2__)
	for (size_t i = 0; i < 4; i++)
		l->other[i] = _mm_set1_epi8((char)p->lead_other[i <
		    p->nlead_other ? i : 0]);
	/* x + (-128 - lo) < -128 + n (signed): lo <= x < lo + n */
	l->to_A = _mm_set1_epi8((char)(-128 - 'A'));
	l->to_a = _mm_set1_epi8((char)(-128 - 'a'));
	l->to_0 = _mm_set1_epi8((char)(-128 - '0'));
	l->letters = _mm_set1_epi8(-128 + 26);
	l->digits = _mm_set1_epi8(-128 + 10);
	l->case_bit = _mm_set1_epi8(0x20);
#else
	(void)p;
#endif
}

#if defined(__SSE2__)
/* lead_mask16: a bit for each of the 16 bytes at s that is in the lead
 * classes and does not follow a letter or digit (s[-1] is read). */
static inline unsigned
lead_mask16(const struct actor_patterns *p, const struct leads *l,
    const unsigned char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i prev = _mm_loadu_si128((const __m128i *)(const void *)(s - 1));
	__m128i m = _mm_setzero_si128(), word;

	if (p->lead_upper)
		m = _mm_cmplt_epi8(_mm_add_epi8(x, l->to_A), l->letters);
	m = _mm_or_si128(m, _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(x, l->other[0]),
	    _mm_cmpeq_epi8(x, l->other[1])),
	    _mm_or_si128(_mm_cmpeq_epi8(x, l->other[2]),
	    _mm_cmpeq_epi8(x, l->other[3]))));
	word = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(prev,
	    l->case_bit), l->to_a), l->letters),
	    _mm_cmplt_epi8(_mm_add_epi8(prev, l->to_0), l->digits));
	return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(word, m));
}
#endif

/* leads_fill reads the bytes from pos on into l's mask. */
static FAST_INLINE void
leads_fill(const struct actor_patterns *p, struct leads *l, size_t pos)
{
	const unsigned char *s = l->s;

	l->base = pos;
	l->mask = 0;
#if defined(__SSE2__)
	if (p->lead_simd && pos > 0 && l->len - pos >= 32) {
		l->end = pos + 32;
		l->mask = lead_mask16(p, l, s + pos) |
		    lead_mask16(p, l, s + pos + 16) << 16;
		return;
	}
	if (p->lead_simd && pos > 0 && l->len - pos >= 16) {
		l->end = pos + 16;
		l->mask = lead_mask16(p, l, s + pos);
		return;
	}
#endif
	l->end = l->len - pos < 16 ? l->len : pos + 16;
	for (size_t k = pos; k < l->end; k++)
		if (p->lead[s[k]] && (k == 0 || !is_alnum(s[k - 1])))
			l->mask |= 1u << (k - pos);
}

/* leads_next: the first such place from pos on, or len. */
static FAST_INLINE size_t
leads_next(const struct actor_patterns *p, struct leads *l, size_t pos)
{
	for (;;) {
		size_t q;

		if (pos < l->end)
			l->mask &= ~((1u << (pos - l->base)) - 1);
		if (pos >= l->end || l->mask == 0) {
			if (pos < l->end)
				pos = l->end;
			if (pos >= l->len)
				return l->len;
			leads_fill(p, l, pos);
			continue;
		}
		q = l->base + (unsigned)__builtin_ctz(l->mask);
		l->mask &= l->mask - 1;
		if (p->lead[l->s[q]])
			return q;
		pos = q + 1;
	}
}

/* scan_dispatch tries the anchored tries at each word start where one of
 * their names can begin (a multi-byte character before it is left to the
 * patterns' own look-behind). */
static void
scan_dispatch(struct actor_patterns *p, const char *text, size_t len,
    struct name_matches *out)
{
	size_t pos = 0, step, alias = 0, best_alias = 0;
	struct leads l;

	leads_init(p, &l, text, len);
	while ((pos = leads_next(p, &l, pos)) < len) {
		const struct first_cp *f;
		size_t best = 0;

		if (!may_go_on(p, text, len, pos)) {
			pos++;
			continue;
		}
		f = first_of(p, text, len, pos, &step);
		if (f == NULL || (pos > 0 &&
		    is_alnum((unsigned char)text[pos - 1]))) {
			pos += step;
			continue;
		}
		for (size_t i = f->lo; i <= f->hi; i++) {
			int rc = rx_match(&p->names[i], text, len, pos, 0);
			const size_t *ov = rx_ovector(&p->names[i]);

			if (rc < 0)
				p->limits++;
			if (rc > 0 && ov[1] > best && mark_value(&p->names[i],
			    &alias)) {
				best = ov[1];
				best_alias = alias;
			}
		}
		if (best > pos) {
			push_match(out, pos, best, best_alias);
			pos = best;
		} else {
			pos += step;
		}
	}
}

enum group_result { G_NONE, G_MATCH, G_LIMIT, G_BROKEN };

/* group_mark is mark_value for a group's pattern: the alias of a mark
 * read before is found by where the mark is (in the compiled pattern,
 * which stays until actor_patterns_free), in a small table. */
static FAST_INLINE bool
group_mark(struct actor_patterns *p, const struct rx *rx, size_t *v)
{
	const char *m = rx_mark(rx);
	size_t slot;

	if (m == NULL)
		return false;
	slot = (size_t)(((uintptr_t)m * 0x9E3779B97F4A7C15u) >> 56) %
	    MARK_CACHE;
	if (p->mark_at[slot] == m) {
		*v = p->mark_alias[slot];
		return true;
	}
	if (!mark_value(rx, v))
		return false;
	p->mark_at[slot] = m;
	p->mark_alias[slot] = *v;
	return true;
}

/* try_group: is there a match at pos, by the first pattern of f that
 * matches there (the one the whole trie would give)? Its end in *e and
 * its alias in *alias (SIZE_MAX: no mark). G_LIMIT when a pcre2 limit cut
 * the search short, G_BROKEN when a group does not compile. */
static enum group_result
try_group(struct actor_patterns *p, const struct first_cp *f,
    const char *text, size_t len, size_t pos, size_t *alias, size_t *e)
{
	for (size_t i = f->lo; i <= f->hi; i++) {
		struct rx *rx = group_pattern(p, i);
		int rc;
		const size_t *ov;

		if (rx == NULL)
			return G_BROKEN;
		rc = rx_match(rx, text, len, pos, 0);
		ov = rx_ovector(rx);
		if (rc < 0)
			return G_LIMIT;
		if (rc > 0 && ov[1] > ov[0]) {
			*e = ov[1];
			if (!group_mark(p, rx, alias))
				*alias = SIZE_MAX;      /* no mark: skipped */
			return G_MATCH;
		}
	}
	return G_NONE;
}

/* scan_filtered finds what scan_one finds with the one trie pattern: at
 * each place the filter lets through, from left to right, the patterns
 * of the code point there are tried (anchored); the search goes on after
 * each match. False when a group does not compile. */
static bool
scan_filtered(struct actor_patterns *p, const char *text, size_t len,
    struct name_matches *out)
{
	size_t pos = 0, alias = 0, e = 0, step;
	struct leads l;

	leads_init(p, &l, text, len);
	while ((pos = leads_next(p, &l, pos)) < len) {
		const struct first_cp *f;
		enum group_result r = G_NONE;

		if (may_go_on(p, text, len, pos) &&
		    (f = first_of(p, text, len, pos, &step)) != NULL)
			r = try_group(p, f, text, len, pos, &alias, &e);
		if (r == G_BROKEN)
			return false;
		if (r == G_LIMIT) {
			p->limits++;
			return true;
		}
		if (r == G_NONE) {
			pos++;
			continue;
		}
		if (alias != SIZE_MAX)
			push_match(out, pos, e, alias);
		pos = e;
	}
	return true;
}

void
actor_patterns_names(struct actor_patterns *p, const char *text, size_t len,
    struct name_matches *out)
{
	size_t first = out->n, kept;

	if (p->dispatch) {
		scan_dispatch(p, text, len, out);
	} else if (p->filtered && !scan_filtered(p, text, len, out)) {
		out->n = first;
		unfilter(p);
	}
	for (size_t i = p->dispatch || p->filtered ? p->ntrie : 0;
	    i < p->nnames; i++)
		scan_one(p, &p->names[i], text, len, out);
	/* one scan leaves its matches in order, without overlaps */
	if ((p->dispatch || p->filtered ? 1 + p->nnames - p->ntrie :
	    p->nnames) <= 1 || out->n - first < 2)
		return;
	/* several patterns: leftmost-longest over all of them */
	qsort(out->m + first, out->n - first, sizeof *out->m, match_order);
	kept = first;
	for (size_t i = first; i < out->n; i++)
		if (kept == first || out->m[i].b >= out->m[kept - 1].e)
			out->m[kept++] = out->m[i];
	out->n = kept;
}

static bool
has_tail(const struct actor_patterns *p, uint32_t tail)
{
	size_t lo = 0, hi = p->nrole_tails;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (p->role_tails[mid] < tail)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nrole_tails && p->role_tails[lo] == tail;
}

/* may_end_role: can a role end text[0..len), by its last bytes? */
static bool
may_end_role(const struct actor_patterns *p, const char *text, size_t len)
{
	uint32_t tail = 0;

	if (!p->role_tails_ok)
		return true;
	for (size_t t = 1; t <= 3 && t <= len; t++) {
		unsigned char c = (unsigned char)text[len - t];

		if (c >= 0x80)
			return true;    /* caseless: K (Kelvin) is k, ſ is s */
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (!is_tail_cp(c))
			return false;
		tail |= (uint32_t)c << 8 * (t - 1);
		if ((p->role_tail_lens & 1u << t) &&
		    has_tail(p, (uint32_t)t << 24 | tail))
			return true;
	}
	return false;
}

/* role_set: the patterns an anchored or unanchored role search tries,
 * in *n; *check: a match must start at from (the unanchored patterns
 * searching for an anchored role). */
static struct rx *
role_set(struct actor_patterns *p, bool anchored, size_t *n, bool *check)
{
	*check = false;
	*n = p->nroles;
	if (!anchored)
		return p->roles;
	if (p->roles_at == NULL && ++p->anchored > ROLES_AT_AFTER) {
		struct sbuf b = { 0 };

		compile_roles(p->dict, true, &p->roles_at, &p->nroles_at, &b);
		free(b.s);
	}
	if (p->roles_at != NULL) {
		*n = p->nroles_at;
		return p->roles_at;
	}
	*check = true;
	return p->roles;
}

long
actor_patterns_role(struct actor_patterns *p, const char *text, size_t len,
    size_t from, bool anchored, size_t *start)
{
	struct rx *set;
	size_t n, role;
	long best = -1;
	bool check;

	if (!may_end_role(p, text, len))
		return -1;

	set = role_set(p, anchored, &n, &check);
	for (size_t i = 0; i < n; i++) {
		struct rx *rx = &set[i];
		int rc = rx_match(rx, text, len, from, 0);

		if (rc < 0)
			p->limits++;
		if (rc <= 0 || (check && rx_ovector(rx)[0] != from) ||
		    !mark_value(rx, &role))
			continue;
		if (best < 0 || rx_ovector(rx)[0] < *start) {
			best = (long)role;
			*start = rx_ovector(rx)[0];
		}
	}
	return best;
}
