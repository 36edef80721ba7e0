#include "scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "diag.h"
#include "shape.h"
#include "xalloc.h"

#define ENTRY_OPTIONS (PCRE2_CASELESS | PCRE2_UCP)

/* the most entries of a bucket run one by one, each after its prefix tree
 * let it (a walk and a pcre2 call if need be); a bucket of more runs as
 * one alternation (a dictionary where many entries begin alike; compiling
 * one costs 0.2-1.2 M instructions, so small buckets do without) */
#define WALKED_ENTRIES 64
#define WALK_BYTES 32           /* bytes after a key a prefix tree walks */
/* steps a partial match of a prefix tree may take: far fewer than the
 * match limit of rx_match, so that what a prefix tells (no match, a
 * match) is what running the entry on a text beginning so would tell,
 * not a limit error; a prefix that needs more is left to run */
#define PROBE_MATCH_LIMIT 10000
#define KEY_BYTES 4             /* the bytes of a word start looked up */
#define KEY_END 0x00            /* in a key: the text ended before */
#define KEY_HIGH 0x80           /* in a key: a byte >= 0x80 was there */
/* partial matches tried to place one entry: past this (a one-letter
 * phrase, [a-z]: millions, seconds) the entry is searched for everywhere;
 * a two-letter word takes about 9,000 */
#define PLACE_PROBES 20000
/* keys the text of a pattern may tell (shape.h); more are asked of pcre2 */
#define READ_PREFIXES 1024
enum { BLOOM_PATTERN = 1, BLOOM_PLAIN = 2 };
/* what is known of an entry's JIT code (s->jit): compiled when needed */
enum { JIT_RUN_TRIED = 1, JIT_PROBE_TRIED = 2, JIT_PROBE = 4 };
/* whether an entry walks its prefix trees (s->walkable) */
enum { WALK_NO, WALK_UNTRIED, WALK_YES };

/* The bytes of an ASCII word: letters and digits begin one, '_' goes on. */
enum { OTHER, ALNUM, UNDERSCORE };
#define D10 ALNUM, ALNUM, ALNUM, ALNUM, ALNUM, ALNUM, ALNUM, ALNUM, ALNUM, ALNUM
#define L26 D10, D10, ALNUM, ALNUM, ALNUM, ALNUM, ALNUM, ALNUM
static const unsigned char byte_class[256] = {
	['0'] = D10,
	['A'] = L26,
	['_'] = UNDERSCORE,
	['a'] = L26,
};

static bool
is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static unsigned char
upper(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - 32) : c;
}

static bool
bit(const uint8_t *bitmap, unsigned b)
{
	return (bitmap[b / 8] >> (b % 8)) & 1;
}

/* first_set fills first[c] for the folded ASCII letters and digits an
 * entry's match can begin with; false when it can begin with anything
 * else. Caseless k and s also begin with the Kelvin sign (E2 84 AA) and
 * the long s (C5 BF): those two are let go. */
static bool
first_set(const struct rx *rx, bool first[128])
{
	uint32_t type = 0, unit = 0;
	const uint8_t *bitmap = NULL;

	pcre2_pattern_info(rx->code, PCRE2_INFO_FIRSTCODETYPE, &type);
	if (type == 1) {
		pcre2_pattern_info(rx->code, PCRE2_INFO_FIRSTCODEUNIT, &unit);
		if (unit >= 128 || !is_alnum((unsigned char)unit))
			return false;
		first[fold((unsigned char)unit)] = true;
		return true;
	}
	pcre2_pattern_info(rx->code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
	if (type != 0 || bitmap == NULL)
		return false;
	for (unsigned b = 0; b < 256; b++) {
		if (!bit(bitmap, b))
			continue;
		if (b < 128 && is_alnum((unsigned char)b))
			first[fold((unsigned char)b)] = true;
		else if (b == 0xE2 && (bit(bitmap, 'k') || bit(bitmap, 'K')))
			continue;
		else if (b == 0xC5 && (bit(bitmap, 's') || bit(bitmap, 'S')))
			continue;
		else
			return false;
	}
	return true;
}

/* probe_jit: may entry e's partial matching run as JIT code? It is
 * compiled for that the first time it is asked (an entry that the text
 * of its pattern placed, and whose keys no text meets, never is); an
 * error leaves the interpreter to do it. */
static bool
probe_jit(const struct issue_scanner *s, size_t e)
{
	if (!(s->jit[e] & JIT_PROBE_TRIED)) {
		s->jit[e] |= JIT_PROBE_TRIED;
		if (pcre2_jit_compile(s->probing[e].code,
		    PCRE2_JIT_PARTIAL_HARD) == 0)
			s->jit[e] |= JIT_PROBE;
	}
	return s->jit[e] & JIT_PROBE;
}

/* run_rx returns entry e's anchored pattern, JIT-compiled the first time
 * it is run (rx_match falls back on the interpreter if that fails). */
static struct rx *
run_rx(const struct issue_scanner *s, size_t e)
{
	struct rx *rx = &s->anchored[e];

	if (!(s->jit[e] & JIT_RUN_TRIED)) {
		s->jit[e] |= JIT_RUN_TRIED;
		rx->jit = pcre2_jit_compile(rx->code, PCRE2_JIT_COMPLETE) == 0;
	}
	return rx;
}

/* viable: can a match of entry e begin with the n bytes of subject?
 * Partial matching (of the entry's probing pattern) answers it; an error
 * (a limit) counts as yes, as an answer that is not "no match" only makes
 * the scanner try more places. With partial-match JIT, pcre2_jit_match is
 * called straight (its default match context: the subject is a few ASCII
 * bytes). */
static bool
viable(const struct issue_scanner *s, size_t e, const char *subject,
    size_t n)
{
	struct rx *rx = &s->probing[e];

	if (probe_jit(s, e))
		return pcre2_jit_match(rx->code, (PCRE2_SPTR)subject, n, 0,
		    PCRE2_PARTIAL_HARD, rx->md, NULL) != PCRE2_ERROR_NOMATCH;
	return rx_match(rx, subject, n, 0, PCRE2_PARTIAL_HARD) != RX_NOMATCH;
}

/* partial returns pcre2's answer to the partial matching of entry e
 * (a walkable one: with partial-match JIT), anchored, on the n bytes of
 * subject: PCRE2_ERROR_NOMATCH, PCRE2_ERROR_PARTIAL, a match (> 0) or
 * another error (a limit: PROBE_MATCH_LIMIT). */
static int
partial(const struct issue_scanner *s, size_t e, const char *subject,
    size_t n)
{
	struct rx *rx = &s->probing[e];

	return pcre2_jit_match(rx->code, (PCRE2_SPTR)subject, n, 0,
	    PCRE2_PARTIAL_HARD, rx->md, s->probe);
}

static void
compile_entry(struct rx *rx, const struct issue_dict *d, size_t e,
    unsigned options)
{
	char err[320];
	const char *p = d->entries[e].pattern;

	if (!rx_compile(rx, p, strlen(p), ENTRY_OPTIONS | options, err,
	    sizeof err))
		diag_die(70, "%s:%lu: %s", d->path, d->entries[e].line, err);
}

/* A (key, entry) pair: the entry can begin with the word start key. */
struct pair {
	uint32_t key;
	uint32_t entry;
};

struct builder {
	struct issue_scanner *s;
	struct pair *pairs;
	size_t n, cap;
	size_t probes;          /* partial matches tried for this entry */
};

static void
pair_add(struct builder *bd, const unsigned char key[KEY_BYTES], size_t e)
{
	uint32_t k = 0;

	for (int i = 0; i < KEY_BYTES; i++)
		k |= (uint32_t)key[i] << (8 * i);
	if (bd->n == bd->cap) {
		bd->cap = bd->cap ? 2 * bd->cap : 1024;
		bd->pairs = xreallocarray(bd->pairs, bd->cap, sizeof *bd->pairs);
	}
	bd->pairs[bd->n++] = (struct pair){ k, (uint32_t)e };
}

/* tail_add files e under key[0..depth) followed by fill to the end. */
static void
tail_add(struct builder *bd, unsigned char key[KEY_BYTES], int depth,
    unsigned char fill, size_t e)
{
	unsigned char k[KEY_BYTES];

	memcpy(k, key, KEY_BYTES);
	memset(k + depth, fill, KEY_BYTES - depth);
	pair_add(bd, k, e);
}

/* explore files entry e under every key that begins with the depth bytes
 * of subject (key: the same, folded), which a match can begin with. A
 * caseless entry is probed in lower case only; one that turns case
 * sensitivity back on, (?-i), in both. */
static void
explore(struct builder *bd, size_t e, char subject[KEY_BYTES],
    unsigned char key[KEY_BYTES], int depth, const bool first[128], bool cased)
{
	if (depth == KEY_BYTES) {
		pair_add(bd, key, e);
		return;
	}
	if (depth > 0) {
		tail_add(bd, key, depth, KEY_END, e);
		tail_add(bd, key, depth, KEY_HIGH, e);
	}
	for (unsigned c = 1; c < 128; c++) {
		unsigned char v[2] = { (unsigned char)c, upper((unsigned char)c) };

		if ((c >= 'A' && c <= 'Z') || (depth == 0 && !first[c]))
			continue;
		for (int i = 0; i < (cased && v[1] != v[0] ? 2 : 1); i++) {
			if (++bd->probes > PLACE_PROBES)
				return;
			subject[depth] = (char)v[i];
			if (!viable(bd->s, e, subject, (size_t)depth + 1))
				continue;
			key[depth] = (unsigned char)c;
			explore(bd, e, subject, key, depth + 1, first, cased);
		}
	}
}

/* file_everywhere files entry e among the entries searched for over the
 * whole text. */
static void
file_everywhere(struct issue_scanner *s, size_t e)
{
	s->anywhere[s->nanywhere++] = e;
	compile_entry(&s->floating[e], s->dict, e, 0);
}

/* place files entry e under every key its match can begin with, asking
 * pcre2, or among the entries searched for everywhere (also when it can
 * begin with too many keys to try). */
static void
place(struct builder *bd, size_t e)
{
	struct issue_scanner *s = bd->s;
	const char *src = s->dict->entries[e].source;
	bool first[128] = { false };
	char subject[KEY_BYTES];
	unsigned char key[KEY_BYTES];
	size_t before = bd->n;

	bd->probes = 0;
	if (first_set(&s->probing[e], first)) {
		explore(bd, e, subject, key, 0, first,
		    strstr(src, "(?-") != NULL || strstr(src, "(?^") != NULL);
		if (bd->probes <= PLACE_PROBES)
			return;
		bd->n = before;
	}
	file_everywhere(s, e);
}

/* place_read files entry e under the keys the text of its pattern tells
 * (shape.h): those explore() would find (and perhaps a few more), without
 * asking pcre2. False, filing nothing, when the text does not tell (or
 * pcre2's first characters of the pattern are not all among its own). */
static bool
place_read(struct builder *bd, size_t e)
{
	struct shape_prefix prefixes[READ_PREFIXES];
	size_t n = shape_prefixes(bd->s->dict->entries[e].pattern +
	    strlen(ISSUE_WORD_START), prefixes, READ_PREFIXES);
	bool first[128] = { false }, read[128] = { false };

	_Static_assert(SHAPE_KEY == KEY_BYTES, "shape.h reads keys");
	if (n == 0 || !first_set(&bd->s->anchored[e], first))
		return false;
	for (size_t i = 0; i < n; i++)
		read[prefixes[i].b[0]] = true;
	for (unsigned c = 0; c < 128; c++)
		if (first[c] && !read[c])
			return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char *key = prefixes[i].b;

		/* a prefix may be followed by the end of the text, or by a
		 * byte >= 0x80, as explore() files it */
		for (int depth = 1; depth < KEY_BYTES && depth <= prefixes[i].n;
		    depth++) {
			tail_add(bd, key, depth, KEY_END, e);
			tail_add(bd, key, depth, KEY_HIGH, e);
		}
		if (prefixes[i].n == KEY_BYTES)
			pair_add(bd, key, e);
	}
	return true;
}

static int
pair_order(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* pair_byte: byte d of a pair's key, from the lowest. */
static unsigned
pair_byte(const struct pair *p, int d)
{
	return (p->key >> (8 * d)) & 0xFF;
}

/* sort_pairs sorts the n pairs, made entry after entry, as pair_order
 * does, by key then entry: a stable radix sort of the keys, a byte at a
 * time from the lowest, skipping the bytes all pairs share (a dictionary
 * has tens of thousands of pairs). */
static void
sort_pairs(struct pair *pairs, size_t n)
{
	struct pair *from = pairs, *to = xreallocarray(NULL, n + 1, sizeof *to);

	for (int d = 0; d < KEY_BYTES && n > 0; d++) {
		size_t count[257] = { 0 };
		struct pair *t;

		for (size_t i = 0; i < n; i++)
			count[pair_byte(&from[i], d) + 1]++;
		if (count[pair_byte(&from[0], d) + 1] == n)
			continue;
		for (int b = 0; b < 256; b++)
			count[b + 1] += count[b];
		for (size_t i = 0; i < n; i++)
			to[count[pair_byte(&from[i], d)]++] = from[i];
		t = from;
		from = to;
		to = t;
	}
	if (from != pairs) {
		memcpy(pairs, from, n * sizeof *pairs);
		to = from;
	}
	free(to);
}

/* make_bucket adds the bucket of the n entries of pairs (and, for more
 * than WALKED_ENTRIES, the anchored alternation of their patterns, tested
 * once for a word start). */
static void
make_bucket(struct issue_scanner *s, const struct pair *pairs, size_t n,
    size_t *cap)
{
	const struct issue_dict *d = s->dict;
	struct issue_bucket *b;
	size_t len = strlen(ISSUE_WORD_START) + 8 + 32 * n;
	char *alt;

	if (s->nbuckets == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		s->buckets = xreallocarray(s->buckets, *cap, sizeof *s->buckets);
	}
	b = &s->buckets[s->nbuckets++];
	b->n = n;
	b->entries = xreallocarray(NULL, n, sizeof *b->entries);
	memset(&b->any, 0, sizeof b->any);
	b->alt = NULL;
	for (size_t i = 0; i < n; i++) {
		b->entries[i] = pairs[i].entry;
		len += strlen(d->entries[pairs[i].entry].pattern) + 1;
	}
	if (n <= WALKED_ENTRIES)
		return;
	alt = xmalloc(len);
	strcpy(alt, ISSUE_WORD_START "(?:");
	for (size_t i = 0; i < n; i++) {
		/* the mark tells which alternative matched: those before it
		 * did not */
		sprintf(alt + strlen(alt), "%s(*MARK:%zu)", i > 0 ? "|" : "", i);
		strcat(alt, d->entries[pairs[i].entry].pattern +
		    strlen(ISSUE_WORD_START));
	}
	strcat(alt, ")");
	b->alt = alt;   /* compiled when first needed: bucket_rx */
}

/* bucket_rx returns the alternation of a bucket, compiled (with JIT) the
 * first time: most buckets of a large dictionary are never needed by a
 * given text, and compiling costs more than matching. An alternation
 * pcre2 refuses (too large: thousands of entries beginning alike; a group
 * name used twice) gives NULL: every entry is then tried one by one. */
static struct rx *
bucket_rx(struct issue_bucket *b)
{
	if (b->alt != NULL) {
		rx_compile(&b->any, b->alt, strlen(b->alt),
		    ENTRY_OPTIONS | PCRE2_ANCHORED, (char[320]){ 0 }, 320);
		free(b->alt);
		b->alt = NULL;
	}
	return b->any.code != NULL ? &b->any : NULL;
}

static size_t
slot_of(const struct issue_scanner *s, uint32_t key)
{
	return (size_t)((key * 0x9E3779B1u) >> (32 - s->bits));
}

/* bloom_bit: the slot of key in s->bloom, a filter most words fail: a
 * byte (read with one load), BLOOM_PATTERN for a key of the table,
 * BLOOM_PLAIN for a plain phrase of four characters. Hashed with each
 * byte | 0x20, which folds A-Z as keys are folded, so that the four bytes
 * of a word start as they are find the slot of their key (ASCII ones:
 * word_start). */
static uint32_t
bloom_bit(uint32_t key)
{
	return ((key | 0x20202020u) * 0x9E3779B1u) >> (32 - ISSUE_BLOOM_LOG);
}

static void
bloom_add(struct issue_scanner *s, uint32_t key, unsigned what)
{
	s->bloom[bloom_bit(key)] |= (unsigned char)what;
}

/* bloom_has: the BLOOM_* bits of key's slot */
static unsigned
bloom_has(const struct issue_scanner *s, uint32_t key)
{
	return s->bloom[bloom_bit(key)];
}

static void
table_put(struct issue_scanner *s, uint32_t key, uint32_t bucket)
{
	size_t mask = ((size_t)1 << s->bits) - 1, i = slot_of(s, key);

	bloom_add(s, key, BLOOM_PATTERN);
	while (s->bucket_of[i] != 0)
		i = (i + 1) & mask;
	s->keys[i] = key;
	s->bucket_of[i] = bucket + 1;
}

/* same_entries: do the key groups at a and b hold the same entries? */
static bool
same_entries(const struct pair *a, size_t na, const struct pair *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (a[i].entry != b[i].entry)
			return false;
	return true;
}

/* entries_hash: a hash of the entries of a key group */
static uint32_t
entries_hash(const struct pair *p, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i].entry) * 16777619u;
	return h;
}

/* index_keys makes a bucket for each distinct set of entries among the
 * sorted pairs, and the hash table of keys. Keys with the same entries
 * share a bucket, found through a hash table of the groups' entries. */
static void
index_keys(struct issue_scanner *s, struct pair *pairs, size_t n)
{
	size_t cap = 0, *group_bucket, ngroups = 0, *seen, mask;
	size_t *group_start = xreallocarray(NULL, n + 1, sizeof *group_start);

	for (size_t i = 0; i < n; i++)
		if (i == 0 || pairs[i].key != pairs[i - 1].key)
			group_start[ngroups++] = i;
	group_start[ngroups] = n;
	for (s->bits = 4; ((size_t)1 << s->bits) < 2 * ngroups + 2; s->bits++)
		;
	s->keys = xcalloc((size_t)1 << s->bits, sizeof *s->keys);
	s->bucket_of = xcalloc((size_t)1 << s->bits, sizeof *s->bucket_of);
	s->next = xcalloc((size_t)1 << s->bits, sizeof *s->next);
	s->root = xcalloc((size_t)1 << s->bits, sizeof *s->root);
	group_bucket = xreallocarray(NULL, ngroups + 1, sizeof *group_bucket);
	/* seen: 1 + the first group of each set of entries (0: empty) */
	mask = ((size_t)1 << s->bits) - 1;
	seen = xcalloc(mask + 1, sizeof *seen);
	for (size_t g = 0; g < ngroups; g++) {
		const struct pair *p = pairs + group_start[g];
		size_t np = group_start[g + 1] - group_start[g];
		size_t i = entries_hash(p, np) & mask;

		for (; seen[i] != 0; i = (i + 1) & mask) {
			size_t h = seen[i] - 1;

			if (same_entries(p, np, pairs + group_start[h],
			    group_start[h + 1] - group_start[h]))
				break;
		}
		if (seen[i] == 0) {
			seen[i] = g + 1;
			make_bucket(s, p, np, &cap);
			group_bucket[g] = s->nbuckets - 1;
		} else {
			group_bucket[g] = group_bucket[seen[i] - 1];
		}
		table_put(s, p->key, (uint32_t)group_bucket[g]);
	}
	free(seen);
	free(group_bucket);
	free(group_start);
}

/* dedupe drops repeated pairs from sorted pairs; returns the new count. */
static size_t
dedupe(struct pair *pairs, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		if (k == 0 || pair_order(&pairs[k - 1], &pairs[i]) != 0)
			pairs[k++] = pairs[i];
	return k;
}

/* walkable: may a prefix tree rule the entry out, or match it? Not when
 * it turns case sensitivity back on (the text's bytes are folded), looks
 * behind after its word start (the tree sees no byte before the word),
 * asks where the subject begins or ends (^ $ \A \Z \z \G: the tree's
 * prefix is not the text) or holds a verb or a callout (so written, or
 * anywhere in the source: some entries lose the trees for nothing). */
static bool
walkable(const struct issue_entry *en)
{
	static const char *const unwalkable[] = {
		"(?-", "(?^", "(?<", "^", "$", "\\A", "\\Z", "\\z", "\\G", "(*", "(?C",
	};
	const char *after = en->pattern + strlen(ISSUE_WORD_START);

	for (size_t i = 0; i < sizeof unwalkable / sizeof *unwalkable; i++)
		if (strstr(en->source, unwalkable[i]) != NULL ||
		    strstr(after, unwalkable[i]) != NULL)
			return false;
	return true;
}

/* probing_copy compiles copy (shape.h: entry e's pattern with its
 * positive look-behinds made to hold) as what partial matching asks of
 * e; false when pcre2 refuses it. */
static bool
probing_copy(struct issue_scanner *s, size_t e, const char *copy)
{
	struct rx *rx = &s->probing[e];
	int code;
	PCRE2_SIZE offset;

	memset(rx, 0, sizeof *rx);
	rx->code = pcre2_compile((PCRE2_SPTR)copy, strlen(copy),
	    ENTRY_OPTIONS | PCRE2_ANCHORED | PCRE2_UTF, &code, &offset, NULL);
	if (rx->code == NULL)
		return false;
	rx->md = pcre2_match_data_create_from_pattern(rx->code, NULL);
	if (rx->md == NULL)
		diag_die(70, "out of memory");
	s->own_probing[e] = true;
	return true;
}

/* file_entry files pattern entry e: under the keys its text tells, or
 * those pcre2 tells, or among the entries searched for everywhere. */
static void
file_entry(struct builder *bd, size_t e)
{
	struct issue_scanner *s = bd->s;
	const struct issue_entry *en = &s->dict->entries[e];
	char *copy;

	/* compiled by the dictionary, which frees it */
	s->anchored[e] = s->probing[e] = en->anchored;
	switch (shape_probe_pattern(en->pattern, &copy)) {
	case SHAPE_PROBE_SAME:
		break;
	case SHAPE_PROBE_COPY:
		if (probing_copy(s, e, copy))
			break;
		/* FALLTHROUGH */
	case SHAPE_PROBE_NONE:
		free(copy);
		file_everywhere(s, e);
		return;
	}
	free(copy);
	if (!place_read(bd, e))
		place(bd, e);
	s->walkable[e] = walkable(en) ? WALK_UNTRIED : WALK_NO;
}

/* scanner_near2 makes near2_has's table: a bit for each bit of the plain
 * phrases' short2, its two bytes | 0x20. */
static void
scanner_near2(struct issue_scanner *s)
{
	const unsigned char *short2 = s->plain.short2;

	for (uint32_t i = 0; i < PLAIN_SHORT_BITS / 8; i++)
		for (unsigned bits = short2[i]; bits != 0; bits &= bits - 1) {
			uint32_t b = (i * 8 + (uint32_t)__builtin_ctz(bits)) | 0x2020u;

			s->near2[b / 8] |= (unsigned char)(1u << (b % 8));
		}
}

bool
issue_scanner_build(struct issue_scanner *s, const struct issue_dict *d)
{
	struct builder bd = { .s = s };
	size_t n = d->nentries ? d->nentries : 1;

	memset(s, 0, sizeof *s);
	s->dict = d;
	s->anchored = xcalloc(n, sizeof *s->anchored);
	s->probing = xcalloc(n, sizeof *s->probing);
	s->own_probing = xcalloc(n, sizeof *s->own_probing);
	s->jit = xcalloc(n, sizeof *s->jit);
	s->walkable = xcalloc(n, sizeof *s->walkable);
	s->floating = xcalloc(n, sizeof *s->floating);
	s->anywhere = xcalloc(n, sizeof *s->anywhere);
	plain_init(&s->plain);
	for (size_t e = 0; e < d->nentries; e++) {
		if (d->entries[e].plain)
			plain_add(&s->plain, e, d->entries[e].source);
		else
			file_entry(&bd, e);
	}
	plain_index(&s->plain);
	s->probe = pcre2_match_context_create(NULL);
	if (s->probe == NULL)
		diag_die(70, "out of memory");
	pcre2_set_match_limit(s->probe, PROBE_MATCH_LIMIT);
	s->prefixes = xmalloc(sizeof *s->prefixes);
	prefix_init(s->prefixes);
	sort_pairs(bd.pairs, bd.n);
	bd.n = dedupe(bd.pairs, bd.n);
	index_keys(s, bd.pairs, bd.n);
	free(bd.pairs);
	for (size_t i = 0; i < s->plain.n; i++) {
		uint32_t key;

		if (plain_key4(&s->plain, i, &key))
			bloom_add(s, key, BLOOM_PLAIN);
	}
	scanner_near2(s);
	return true;
}

void
issue_scanner_free(struct issue_scanner *s)
{
	for (size_t e = 0; s->dict != NULL && e < s->dict->nentries; e++) {
		if (s->floating[e].code != NULL)
			rx_free(&s->floating[e]);
		if (s->own_probing[e])
			rx_free(&s->probing[e]);
	}
	for (size_t i = 0; i < s->nbuckets; i++) {
		if (s->buckets[i].any.code != NULL)
			rx_free(&s->buckets[i].any);
		free(s->buckets[i].alt);
		free(s->buckets[i].entries);
	}
	plain_free(&s->plain);
	if (s->prefixes != NULL)
		prefix_free(s->prefixes);
	free(s->prefixes);
	free(s->walkable);
	pcre2_match_context_free(s->probe);
	free(s->buckets);
	free(s->keys);
	free(s->bucket_of);
	free(s->next);
	free(s->root);
	free(s->anchored);
	free(s->probing);
	free(s->own_probing);
	free(s->jit);
	free(s->floating);
	free(s->anywhere);
	memset(s, 0, sizeof *s);
}

static void
add_hit(struct issue_hits *h, size_t e, size_t start, size_t end)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 32;
		h->v = xreallocarray(h->v, h->cap, sizeof *h->v);
	}
	h->v[h->n++] = (struct issue_hit){ e, start, end };
}

static void
limit_hit(struct issue_hits *h, size_t e)
{
	if (h->limits++ == 0)
		h->limit_entry = e;
}

/* try_entry runs entry e anchored at p and records its match. */
static void
try_entry(const struct issue_scanner *s, size_t e, const char *text,
    size_t len, size_t p, struct issue_hits *h)
{
	struct rx *rx = run_rx(s, e);
	int rc = rx_match(rx, text, len, p, 0);

	if (rc > 0) {
		const size_t *ov = rx_ovector(rx);

		add_hit(h, e, ov[0], ov[1]);
	} else if (rc == RX_LIMIT || rc == RX_ERROR) {
		limit_hit(h, e);
	}
}

/* word_key_slow packs the first KEY_BYTES bytes at text[p], folded as
 * the keys of the table were, the first byte lowest: near the end of the
 * text or where a byte >= 0x80 comes (else fold4 does). */
static uint32_t
word_key_slow(const char *text, size_t len, size_t p)
{
	uint32_t k = 0;
	unsigned char fill = 0;
	bool tail = false;

	for (int i = 0; i < KEY_BYTES; i++) {
		unsigned char b = fill;

		if (!tail && p + i >= len) {
			tail = true;
			b = fill = KEY_END;
		} else if (!tail) {
			b = (unsigned char)text[p + i];
			if (b >= 0x80) {
				tail = true;
				b = fill = KEY_HIGH;
			} else {
				b = fold(b);
			}
		}
		k |= (uint32_t)b << (8 * i);
	}
	return k;
}

/* fold4 folds A-Z to a-z in the four ASCII bytes of k, as the keys of
 * the table were. */
static inline uint32_t
fold4(uint32_t k)
{
	const uint32_t ones = 0x01010101u, highs = 0x80808080u;
	/* each byte in [0x41, 0x5A] gets 0x20 */
	uint32_t t = k | highs;
	uint32_t upper = (t - ones * 'A') & ~(t - ones * ('Z' + 1)) & highs;

	return k | upper >> 2;
}

/* The bytes after a key that learn_next tries: those text has most. A
 * byte not tried passes the check (and ends it). */
static bool
tried(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' ||
	    c == '-' || c == '\'' || c == '.' || c == ',' || c == '"' ||
	    c == ';' || c == ':' || c == ')' || c == '(';
}

#define NEXT_BYTES 2            /* bytes after a key checked */
#define NEXT_PREFIXES 8         /* viable prefixes followed at one depth */
#define NEXT_PROBES 1024        /* partial matches to learn one key */
_Static_assert(NEXT_BYTES == sizeof ((struct issue_next *)0)->viable /
    sizeof ((struct issue_next *)0)->viable[0],
    "struct issue_next (scan.h) keeps NEXT_BYTES bytes");

/* bucket_cased: does an entry of the bucket turn case sensitivity back
 * on somewhere (then the text's bytes cannot be folded)? */
static bool
bucket_cased(const struct issue_scanner *s, const struct issue_bucket *bk)
{
	for (size_t i = 0; i < bk->n; i++) {
		const char *src = s->dict->entries[bk->entries[i]].source;

		if (strstr(src, "(?-") != NULL || strstr(src, "(?^") != NULL)
			return true;
	}
	return false;
}

/* learn_next fills nx for key, by partial matching of the entries of its
 * bucket, as place() learnt the key: the prefixes that can begin a match
 * are followed byte by byte, NEXT_BYTES bytes further. */
static void
learn_next(const struct issue_scanner *s, const struct issue_bucket *bk,
    uint32_t key, struct issue_next *nx)
{
	char pre[2][NEXT_PREFIXES][KEY_BYTES + NEXT_BYTES];
	size_t npre = 1, probes = 0;
	int cur = 0;

	memset(nx->viable, 0, sizeof nx->viable);
	nx->state = 2;
	for (int i = 0; i < KEY_BYTES; i++) {
		unsigned char b = (unsigned char)(key >> (8 * i));

		if (b == KEY_END || b == KEY_HIGH)
			return;
		pre[0][0][i] = (char)b;
	}
	if (bucket_cased(s, bk))
		return;
	for (int d = 0; d < NEXT_BYTES; d++) {
		size_t nnext = 0;
		bool full = false;

		for (size_t k = 0; k < npre; k++) {
			for (unsigned c = 1; c < 128; c++) {
				bool ok = false;

				if (!tried((unsigned char)c))
					continue;
				pre[cur][k][KEY_BYTES + d] = (char)c;
				for (size_t i = 0; i < bk->n && !ok; i++) {
					if (++probes > NEXT_PROBES)
						goto unlearnt;
					ok = viable(s, bk->entries[i],
					    pre[cur][k], (size_t)KEY_BYTES + d + 1);
				}
				if (!ok)
					continue;
				nx->viable[d][c >> 6] |= (uint64_t)1 << (c & 63);
				if (nnext == NEXT_PREFIXES) {
					full = true;
					continue;
				}
				memcpy(pre[!cur][nnext++], pre[cur][k], KEY_BYTES + d + 1);
			}
		}
		if (full) {
			/* too many ways on: the bytes after d are not checked */
			for (int e = d + 1; e < NEXT_BYTES; e++)
				memset(nx->viable[e], 0xFF, sizeof nx->viable[e]);
			break;
		}
		cur = !cur;
		npre = nnext;
	}
	nx->state = 1;
	return;
unlearnt:
	nx->state = 2;
}

/* next_viable: can a match of the bucket begin at text[p], by the
 * NEXT_BYTES bytes after its key? */
static bool
next_viable(const struct issue_next *nx, const char *text, size_t len,
    size_t p)
{
	for (int d = 0; d < NEXT_BYTES; d++) {
		size_t i = p + KEY_BYTES + (size_t)d;
		unsigned char c;

		if (i >= len)
			return true;
		c = fold((unsigned char)text[i]);
		if (!tried(c))
			return true;
		if (!((nx->viable[d][c >> 6] >> (c & 63)) & 1))
			return false;
	}
	return true;
}

/* bucket_at returns the bucket of key (a word start's) and, in *nx,
 * what may follow it; NULL when no pattern begins with key. */
static struct issue_bucket *
bucket_at(const struct issue_scanner *s, uint32_t key, struct issue_next **nx)
{
	size_t mask = ((size_t)1 << s->bits) - 1, i = slot_of(s, key);

	/* (key, a word start's, is not 0: an empty slot's key never equals
	 * it, and is told by its bucket only when the keys differ) */
	for (; s->keys[i] != key; i = (i + 1) & mask)
		if (s->bucket_of[i] == 0)
			return NULL;
	*nx = &s->next[i];
	return &s->buckets[s->bucket_of[i] - 1];
}

/* mark_number reads the number of a (*MARK:N) of make_bucket. */
static size_t
mark_number(const char *mark)
{
	size_t n = 0;

	for (; *mark >= '0' && *mark <= '9'; mark++)
		n = n * 10 + (size_t)(*mark - '0');
	return n;
}

/* learnt: what pcre2's answer rc to a partial match of entry e on n
 * bytes tells a prefix tree (a state of prefix.h). A match (anchored)
 * that ends before the last byte is the entry's match in every text that
 * begins so: pcre2 returns a partial match as soon as a path reaches the
 * end, so no path it took read past the n bytes. */
static uint32_t
learnt(const struct issue_scanner *s, size_t e, int rc, size_t n)
{
	const size_t *ov;

	if (rc == PCRE2_ERROR_NOMATCH)
		return PREFIX_DEAD;
	if (rc == PCRE2_ERROR_PARTIAL)
		return PREFIX_LIVE;
	if (rc <= 0)
		return PREFIX_RUN;
	ov = rx_ovector(&s->probing[e]);
	return ov[0] == 0 && ov[1] < n ? PREFIX_MATCHED | (uint32_t)ov[1] :
	    PREFIX_RUN;
}

/* walk_tried: may entry e, walkable by its text, walk its prefix trees?
 * Decided the first time it is met: when both its partial matching and
 * its runs are JIT code (the trees' answers are then the runs'). */
static bool
walk_tried(const struct issue_scanner *s, size_t e)
{
	bool ok = probe_jit(s, e) && run_rx(s, e)->jit;

	s->walkable[e] = ok ? WALK_YES : WALK_NO;
	return ok;
}

/* tree_root returns the root of the prefix tree of the table's slot
 * (bucket bk), made the first time: its walkable entries live, the others
 * to run; 0 when the trees are full. */
static uint32_t
tree_root(const struct issue_scanner *s, size_t slot,
    const struct issue_bucket *bk)
{
	uint32_t st[1 + WALKED_ENTRIES];

	if (s->root[slot] != 0)
		return s->root[slot];
	st[0] = 0;
	for (size_t i = 0; i < bk->n; i++) {
		size_t e = bk->entries[i];
		bool live = s->walkable[e] == WALK_YES ||
		    (s->walkable[e] == WALK_UNTRIED && walk_tried(s, e));

		st[1 + i] = live ? PREFIX_LIVE : PREFIX_RUN;
		st[0] += live;
	}
	return s->root[slot] = prefix_add_root(s->prefixes, st, bk->n);
}

/* tree_learn makes the child of node by the last of the n bytes of
 * subject (the key, then the text's bytes, folded): each entry of bk live
 * at node is asked of pcre2 (partial matching); the others keep what they
 * had. A subject that ends inside a UTF-8 sequence (within: the text goes
 * on with one) asks nothing: the child keeps its parent's states. Returns
 * the child, or 0 when the trees are full. */
static uint32_t
tree_learn(const struct issue_scanner *s, uint32_t node,
    const struct issue_bucket *bk, const char *subject, size_t n, bool within)
{
	const uint32_t *from = prefix_states(s->prefixes, node);
	uint32_t to[1 + WALKED_ENTRIES];

	to[0] = 0;
	for (size_t i = 0; i < bk->n; i++) {
		size_t e = bk->entries[i];

		to[1 + i] = from[1 + i] != PREFIX_LIVE || within ? from[1 + i] :
		    learnt(s, e, partial(s, e, subject, n), n);
		to[0] += to[1 + i] == PREFIX_LIVE;
	}
	return prefix_add(s->prefixes, node, (unsigned char)subject[n - 1], to,
	    bk->n);
}

/* the byte of the child that stands for the end of the text: no byte of
 * valid UTF-8 */
#define TREE_END 0xFF

/* ended: what entry e makes of a text that is the n bytes of subject and
 * ends there (a state of prefix.h): pcre2's complete match, anchored, of
 * its JIT code (walk_tried made it). */
static uint32_t
ended(const struct issue_scanner *s, size_t e, const char *subject, size_t n)
{
	struct rx *rx = &s->probing[e];
	int rc = pcre2_jit_match(rx->code, (PCRE2_SPTR)subject, n, 0, 0, rx->md,
	    s->probe);
	const size_t *ov;

	if (rc == PCRE2_ERROR_NOMATCH)
		return PREFIX_DEAD;
	if (rc <= 0)
		return PREFIX_RUN;
	ov = rx_ovector(rx);
	return ov[0] == 0 ? PREFIX_MATCHED | (uint32_t)ov[1] : PREFIX_RUN;
}

/* tree_learn_end makes the child of node by TREE_END, for texts that are
 * the n bytes of subject: each entry of bk live at node is matched there;
 * the others keep what they had. Returns it, or 0 when the trees are
 * full. */
static uint32_t
tree_learn_end(const struct issue_scanner *s, uint32_t node,
    const struct issue_bucket *bk, const char *subject, size_t n)
{
	const uint32_t *from = prefix_states(s->prefixes, node);
	uint32_t to[1 + WALKED_ENTRIES];

	to[0] = 0;
	for (size_t i = 0; i < bk->n; i++)
		to[1 + i] = from[1 + i] != PREFIX_LIVE ? from[1 + i] :
		    ended(s, bk->entries[i], subject, n);
	return prefix_add(s->prefixes, node, TREE_END, to, bk->n);
}

/* key_ascii: how many of the bytes of a word start's key are the text's
 * own (ASCII, folded), before a KEY_HIGH or KEY_END. */
static size_t
key_ascii(uint32_t key)
{
	size_t n = 0;

	while (n < KEY_BYTES && (key >> (8 * n) & 0xFF) != KEY_END &&
	    (key >> (8 * n) & 0xFF) != KEY_HIGH)
		n++;
	return n;
}

/* walk_subject writes to subject what the tree asks pcre2 about the text
 * from word start p to q (included; q may be len, the end): the key's own
 * bytes (own of them), then the text's, folded; returns how many. */
static size_t
walk_subject(char *subject, uint32_t key, size_t own, const unsigned char *u,
    size_t p, size_t q, size_t len)
{
	for (size_t i = 0; i < own; i++)
		subject[i] = (char)(key >> (8 * i));
	for (size_t i = p + own; i <= q && i < len; i++)
		subject[i - p] = (char)fold(u[i]);
	return (q < len ? q + 1 : len) - p;
}

/* walk returns the node of the prefix tree of the table's slot (bucket
 * bk) where the walk from word start p, whose key is key, stops: where no
 * entry is live, or WALK_BYTES bytes after the key come (live entries
 * must then be run), or at the end of the text, by its TREE_END child.
 * The tree is walked along the text's bytes from the first that is not
 * the key's own (ASCII, folded) on, those >= 0x80 as they are; a node the
 * tree has not met yet is learnt. 0 when the trees are full at the root. */
static uint32_t
walk(const struct issue_scanner *s, size_t slot, const struct issue_bucket *bk,
    const char *text, size_t len, size_t p, uint32_t key)
{
	/* a copy, so that the table's fields stay in registers (made again
	 * after a node is made: the table may have grown) */
	struct prefix_tree t;
	const unsigned char *u = (const unsigned char *)text;
	char subject[KEY_BYTES + WALK_BYTES];
	size_t end = len - p > KEY_BYTES + WALK_BYTES ? p + KEY_BYTES + WALK_BYTES :
	    len, own = key_ascii(key), q = p + own;
	uint32_t node, v;

	if ((node = tree_root(s, slot, bk)) == 0)
		return 0;
	t = *s->prefixes;
	for (; !(node & PREFIX_DONE) && q < end; q++) {
		v = prefix_child(&t, node, fold(u[q]));
		if (v == PREFIX_UNKNOWN) {
			v = tree_learn(s, node, bk, subject, walk_subject(subject,
			    key, own, u, p, q, len), q + 1 < len &&
			    (u[q + 1] & 0xC0) == 0x80);
			if (v == 0)
				return node;
			t = *s->prefixes;
		}
		node = v;
	}
	if (q < len || (node & PREFIX_DONE))
		return node;
	v = prefix_child(&t, node, TREE_END);
	if (v == PREFIX_UNKNOWN)
		v = tree_learn_end(s, node, bk, subject, walk_subject(subject,
		    key, own, u, p, len, len));
	return v != 0 ? v : node;
}

/* walk_bucket finds the matches of the entries of bucket bk (of the
 * table's slot) at word start p, whose key is key: by what its prefix
 * tree says of each, where the walk along the text stopped, and by
 * running those it cannot rule out (nor match). */
static void
walk_bucket(const struct issue_scanner *s, size_t slot,
    const struct issue_bucket *bk, const char *text, size_t len, size_t p,
    uint32_t key, struct issue_hits *h)
{
	uint32_t node = walk(s, slot, bk, text, len, p, key);
	const uint32_t *st;

	if (node & PREFIX_NONE)
		return;         /* no entry matches here */
	st = node != 0 ? prefix_states(s->prefixes, node) + 1 : NULL;
	for (size_t i = 0; i < bk->n; i++) {
		uint32_t v = st != NULL ? st[i] : PREFIX_RUN;

		if (v == PREFIX_DEAD)
			continue;
		/* (?<!\w) before the word: an ASCII byte there is no word
		 * byte (p is a word start); another must be asked of pcre2 */
		if ((v & PREFIX_MATCHED) &&
		    (p == 0 || (unsigned char)text[p - 1] < 0x80))
			add_hit(h, bk->entries[i], p, p + (v & ~PREFIX_MATCHED));
		else
			try_entry(s, bk->entries[i], text, len, p, h);
	}
}

/* patterns_at finds the matches of the pattern entries at word start p.
 * Not inlined: at_word_start, called for a word in three, then needs few
 * registers saved when the word has no pattern. */
static __attribute__((noinline)) void
patterns_at(const struct issue_scanner *s, const char *text, size_t len,
    size_t p, uint32_t key, struct issue_hits *h)
{
	struct issue_next *nx;
	struct issue_bucket *bk = bucket_at(s, key, &nx);
	struct rx *any;
	int rc;
	size_t from = 0;

	if (bk == NULL)
		return;
	if (bk->n <= WALKED_ENTRIES) {
		walk_bucket(s, (size_t)(nx - s->next), bk, text, len, p, key, h);
		return;
	}
	if (nx->state == 0)
		learn_next(s, bk, key, nx);
	if (nx->state == 1 && !next_viable(nx, text, len, p))
		return;
	any = bucket_rx(bk);
	rc = any != NULL ? rx_match(any, text, len, p, 0) : RX_LIMIT;
	if (rc == RX_NOMATCH)
		return;
	if (rc > 0) {
		const size_t *ov = rx_ovector(any);
		const char *mark = rx_mark(any);

		from = mark != NULL ? mark_number(mark) : 0;
		if (from >= bk->n)
			from = 0;
		add_hit(h, bk->entries[from], ov[0], ov[1]);
		from++;
	}
	/* the entries after the one that matched may match here too (after a
	 * limit error or without an alternation, any of them) */
	for (size_t i = from; i < bk->n; i++)
		try_entry(s, bk->entries[i], text, len, p, h);
}

static void
plain_found(void *arg, size_t entry, size_t start, size_t end)
{
	add_hit(arg, entry, start, end);
}

/* by_entry sorts the n hits of one word start by entry (few: insertion). */
static void
by_entry(struct issue_hit *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct issue_hit x = v[i];
		size_t j = i;

		for (; j > 0 && v[j - 1].entry > x.entry; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* at_word_start finds the matches of every entry at word start p, whose
 * key is key, in the order of the entries. */
static inline void
at_word_start(const struct issue_scanner *s, const char *text, size_t len,
    size_t p, uint32_t key, unsigned listed, struct issue_hits *h)
{
	size_t before = h->n;

	if ((listed & BLOOM_PLAIN) || plain_other(&s->plain, key))
		plain_at(&s->plain, text, len, p, key, plain_found, h);
	if ((listed & BLOOM_PATTERN) && s->nbuckets > 0)
		patterns_at(s, text, len, p, key, h);
	if (h->n - before > 1)
		by_entry(h->v + before, h->n - before);
}

/* near2_has: might a plain phrase of fewer than four characters begin
 * with the first two bytes of word4 (ASCII, folded or not)? plain_other's
 * bit test, on the bytes | 0x20 (scanner_near2). */
static inline bool
near2_has(const struct issue_scanner *s, uint32_t word4)
{
	uint32_t b = (word4 | 0x2020u) & 0xFFFF;

	return (s->near2[b / 8] >> (b % 8)) & 1;
}

/* word_start_slow is word_start near the end of the text or where a byte
 * >= 0x80 comes. */
static void
word_start_slow(const struct issue_scanner *s, const char *text, size_t len,
    size_t p, struct issue_hits *h)
{
	uint32_t key = word_key_slow(text, len, p);
	unsigned listed = bloom_has(s, key);

	if (listed != 0 || plain_other(&s->plain, key))
		at_word_start(s, text, len, p, key, listed, h);
}

/* word_start: at_word_start at p, when the filters say an entry might
 * begin there (far: the caller knows that p + KEY_BYTES <= len). Most
 * words are four ASCII bytes that fail both filters on the bytes as they
 * are (two tests, inline); the key is folded only for the others. */
static inline __attribute__((always_inline)) void
word_start(const struct issue_scanner *s, const char *text, size_t len,
    size_t p, bool far, struct issue_hits *h)
{
	uint32_t key;
	unsigned listed;        /* a pattern, a plain phrase */

	if (!far && p + KEY_BYTES > len) {
		word_start_slow(s, text, len, p, h);
		return;
	}
	memcpy(&key, text + p, KEY_BYTES);
	if ((key & 0x80808080u) != 0) {
		word_start_slow(s, text, len, p, h);
		return;
	}
	listed = bloom_has(s, key);
	if (listed != 0 || near2_has(s, key))
		at_word_start(s, text, len, p, fold4(key), listed, h);
}

/* search_everywhere finds every match of entry e, overlapping ones
 * included. */
static void
search_everywhere(const struct issue_scanner *s, size_t e, const char *text,
    size_t len, struct issue_hits *h)
{
	struct rx *rx = &s->floating[e];
	size_t pos = 0;
	int rc = RX_NOMATCH;

	while (pos <= len && (rc = rx_match(rx, text, len, pos, 0)) > 0) {
		const size_t *ov = rx_ovector(rx);

		add_hit(h, e, ov[0], ov[1]);
		pos = ov[0] + 1;
		while (pos < len && ((unsigned char)text[pos] & 0xC0) == 0x80)
			pos++;
	}
	if (pos <= len && (rc == RX_LIMIT || rc == RX_ERROR))
		limit_hit(h, e);
}

static int
hit_order(const void *a, const void *b)
{
	const struct issue_hit *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return 0;
}

#if defined(__SSE2__)
/* word_bytes returns a bit per byte of the 16 at t (the first lowest)
 * that is an ASCII letter or digit, and in *word one per byte that is
 * that or '_'. */
static unsigned
word_bytes(const unsigned char *t, unsigned *word)
{
	__m128i x = _mm_loadu_si128((const __m128i *)t);
	/* x | 0x20 folds A-Z to a-z and moves no other byte into a-z; a
	 * byte is in a range when its distance above the first, unsigned,
	 * is at most the range's last (the smaller of the two is itself) */
	__m128i a = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)),
	    _mm_set1_epi8('a'));
	__m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
	__m128i alpha = _mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(25)), a);
	__m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
	unsigned alnum = (unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, digit));

	*word = alnum | (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
	    _mm_set1_epi8('_')));
	return alnum;
}

/* scan_blocks calls word_start at each word start of the 16-byte blocks
 * from text[p] on that have slack bytes after them (slack: 0, or
 * KEY_BYTES - 1, when word_start need not look for the text's end);
 * *in_word: as in issue_scan. Returns where the blocks end. */
static inline __attribute__((always_inline)) size_t
scan_blocks(const struct issue_scanner *s, const char *text, size_t len,
    size_t p, size_t slack, unsigned *in_word, struct issue_hits *h)
{
	const unsigned char *u = (const unsigned char *)text;

	for (; p + 16 + slack <= len; p += 16) {
		unsigned starts, word;

		starts = word_bytes(u + p, &word);
		starts &= ~(word << 1 | *in_word);
		*in_word = word >> 15;
		for (; starts != 0; starts &= starts - 1)
			word_start(s, text, len, p + (size_t)__builtin_ctz(starts),
			    slack != 0, h);
	}
	return p;
}
#endif

void
issue_scan(const struct issue_scanner *s, const char *text, size_t len,
    struct issue_hits *h)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t first = h->n, p = 0;
	unsigned in_word = 0;   /* is text[p - 1] a letter, digit or '_'? */

	/* a word starts at a letter or digit after any other byte but '_' */
#if defined(__SSE2__)
	/* the blocks whose word starts all have KEY_BYTES bytes after
	 * them, then the others */
	p = scan_blocks(s, text, len, p, KEY_BYTES - 1, &in_word, h);
	p = scan_blocks(s, text, len, p, 0, &in_word, h);
	if (p < len && len >= 16) {
		/* the last bytes: the last 16, less those already seen */
		size_t b = len - 16;
		unsigned starts, word;

		starts = word_bytes(u + b, &word);
		starts &= ~(word << 1) & ~0u << (p - b);
		for (; starts != 0; starts &= starts - 1)
			word_start(s, text, len, b + (size_t)__builtin_ctz(starts),
			    false, h);
		p = len;
	}
#endif
	for (; p < len; p++) {
		unsigned char c = byte_class[u[p]];

		if (c == ALNUM && !in_word)
			word_start(s, text, len, p, false, h);
		in_word = c != OTHER;
	}
	for (size_t i = 0; i < s->nanywhere; i++)
		search_everywhere(s, s->anywhere[i], text, len, h);
	if (s->nanywhere > 0 && h->n - first > 1)  /* h->v may be NULL */
		qsort(h->v + first, h->n - first, sizeof *h->v, hit_order);
}

void
issue_hits_free(struct issue_hits *h)
{
	free(h->v);
	memset(h, 0, sizeof *h);
}
