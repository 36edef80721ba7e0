#include "scan.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xalloc.h"

#define ENTRY_OPTIONS (PCRE2_CASELESS | PCRE2_UCP)
#define KEY_HIGH 128            /* second-byte class of every byte >= 0x80 */

static const char *const first_bytes = "0123456789abcdefghijklmnopqrstuvwxyz";

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

/* can_begin: can a match of rx begin with the bytes a b (either case)?
 * Partial matching answers it; an error counts as yes. */
static bool
can_begin(struct rx *rx, unsigned char a, unsigned char b)
{
	unsigned char as[2] = { a, upper(a) }, bs[2] = { b, upper(b) };
	char subject[2];

	for (int i = 0; i < (as[1] != as[0] ? 2 : 1); i++)
		for (int j = 0; j < (bs[1] != bs[0] ? 2 : 1); j++) {
			subject[0] = (char)as[i];
			subject[1] = (char)bs[j];
			if (rx_match(rx, subject, 2, 0, PCRE2_PARTIAL_HARD) !=
			    RX_NOMATCH)
				return true;
		}
	return false;
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

/* A candidate bucket while building: the sorted entries of one key. */
struct keyset {
	size_t *v;
	size_t n, cap;
};

static void
keyset_add(struct keyset *k, size_t e)
{
	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 8;
		k->v = xreallocarray(k->v, k->cap, sizeof *k->v);
	}
	k->v[k->n++] = e;
}

/* bucket_for returns the index of the bucket holding exactly k's
 * entries, making it if needed. */
static size_t
bucket_for(struct issue_scanner *s, const struct keyset *k, size_t *cap)
{
	struct issue_bucket *b;
	size_t len = 16;
	char *alt;

	for (size_t i = 0; i < s->nbuckets; i++)
		if (s->buckets[i].n == k->n &&
		    memcmp(s->buckets[i].entries, k->v, k->n * sizeof *k->v) == 0)
			return i;
	if (s->nbuckets == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		s->buckets = xreallocarray(s->buckets, *cap, sizeof *s->buckets);
	}
	b = &s->buckets[s->nbuckets];
	b->n = k->n;
	b->entries = xreallocarray(NULL, k->n, sizeof *b->entries);
	memcpy(b->entries, k->v, k->n * sizeof *k->v);
	for (size_t i = 0; i < k->n; i++)
		len += strlen(s->dict->entries[k->v[i]].pattern) + 1;
	alt = xmalloc(len);
	strcpy(alt, "(?:");
	for (size_t i = 0; i < k->n; i++) {
		if (i > 0)
			strcat(alt, "|");
		strcat(alt, s->dict->entries[k->v[i]].pattern);
	}
	strcat(alt, ")");
	if (!rx_compile(&b->any, alt, strlen(alt), ENTRY_OPTIONS |
	    PCRE2_ANCHORED, (char[320]){ 0 }, 320))
		diag_die(70, "%s: the alternation of %zu entries does not "
		    "compile", s->dict->path, k->n);
	free(alt);
	return s->nbuckets++;
}

/* place files entry e under every key its match can begin with, or
 * among the entries searched for everywhere. */
static void
place(struct issue_scanner *s, size_t e, struct keyset *keys)
{
	bool first[128] = { false };

	if (!first_set(&s->anchored[e], first)) {
		s->anywhere[s->nanywhere++] = e;
		compile_entry(&s->floating[e], s->dict, e, 0);
		return;
	}
	for (const char *c = first_bytes; *c != '\0'; c++) {
		unsigned char a = (unsigned char)*c;

		if (!first[a])
			continue;
		keyset_add(&keys[a * 129 + 0], e);
		keyset_add(&keys[a * 129 + KEY_HIGH], e);
		for (unsigned b = 1; b < 128; b++) {
			if (b >= 'A' && b <= 'Z')
				continue;       /* folded into a-z */
			if (can_begin(&s->anchored[e], a, (unsigned char)b))
				keyset_add(&keys[a * 129 + b], e);
		}
	}
}

bool
issue_scanner_build(struct issue_scanner *s, const struct issue_dict *d)
{
	struct keyset *keys = xcalloc(128 * 129, sizeof *keys);
	size_t cap = 0;

	memset(s, 0, sizeof *s);
	s->dict = d;
	s->anchored = xcalloc(d->nentries ? d->nentries : 1, sizeof *s->anchored);
	s->floating = xcalloc(d->nentries ? d->nentries : 1, sizeof *s->floating);
	s->anywhere = xcalloc(d->nentries ? d->nentries : 1, sizeof *s->anywhere);
	for (size_t e = 0; e < d->nentries; e++) {
		compile_entry(&s->anchored[e], d, e, PCRE2_ANCHORED);
		place(s, e, keys);
	}
	for (unsigned a = 0; a < 128; a++)
		for (unsigned b = 0; b < 129; b++) {
			struct keyset *k = &keys[a * 129 + b];

			if (k->n > 0)
				s->key[a][b] = (uint16_t)(bucket_for(s, k, &cap) + 1);
			free(k->v);
		}
	for (unsigned b = 'A'; b <= 'Z'; b++)
		for (unsigned a = 0; a < 128; a++)
			s->key[a][b] = s->key[a][b + 32];
	free(keys);
	return true;
}

void
issue_scanner_free(struct issue_scanner *s)
{
	for (size_t e = 0; s->dict != NULL && e < s->dict->nentries; e++) {
		if (s->anchored[e].code != NULL)
			rx_free(&s->anchored[e]);
		if (s->floating[e].code != NULL)
			rx_free(&s->floating[e]);
	}
	for (size_t i = 0; i < s->nbuckets; i++) {
		rx_free(&s->buckets[i].any);
		free(s->buckets[i].entries);
	}
	free(s->buckets);
	free(s->anchored);
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
	int rc = rx_match(&s->anchored[e], text, len, p, 0);

	if (rc > 0) {
		const size_t *ov = rx_ovector(&s->anchored[e]);

		add_hit(h, e, ov[0], ov[1]);
	} else if (rc == RX_LIMIT || rc == RX_ERROR) {
		limit_hit(h, e);
	}
}

static void
at_word_start(const struct issue_scanner *s, const char *text, size_t len,
    size_t p, struct issue_hits *h)
{
	unsigned char a = fold((unsigned char)text[p]);
	unsigned char b = p + 1 < len ? (unsigned char)text[p + 1] : 0;
	unsigned k = s->key[a][b < 128 ? b : KEY_HIGH];
	struct issue_bucket *bk;
	int rc;

	if (k == 0)
		return;
	bk = &s->buckets[k - 1];
	rc = rx_match(&bk->any, text, len, p, 0);
	if (rc == RX_NOMATCH)
		return;
	for (size_t i = 0; i < bk->n; i++)
		try_entry(s, bk->entries[i], text, len, p, h);
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

void
issue_scan(const struct issue_scanner *s, const char *text, size_t len,
    struct issue_hits *h)
{
	size_t first = h->n, p = 0;

	while (p < len) {
		while (p < len && !is_alnum((unsigned char)text[p]))
			p++;
		if (p >= len)
			break;
		if (p == 0 || text[p - 1] != '_')
			at_word_start(s, text, len, p, h);
		while (p < len && (is_alnum((unsigned char)text[p]) ||
		    text[p] == '_'))
			p++;
	}
	for (size_t i = 0; i < s->nanywhere; i++)
		search_everywhere(s, s->anywhere[i], text, len, h);
	if (s->nanywhere > 0)
		qsort(h->v + first, h->n - first, sizeof *h->v, hit_order);
}

void
issue_hits_free(struct issue_hits *h)
{
	free(h->v);
	memset(h, 0, sizeof *h);
}
