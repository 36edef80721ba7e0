#include "plain.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xalloc.h"

#define KEY_CHARS 4             /* characters of a phrase's key */
#define CLASS_KNOWN 1
#define CLASS_WORD 2
#define CLASS_SPACE 4
#define CACHED 0x10000          /* code points whose class is remembered */

/* The ops of a folded phrase besides its letters and digits. */
#define OP_BLANKS ' '
#define OP_HYPHEN '-'
#define OP_APOSTROPHE '\''
#define OP_STAR '*'

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

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* op_at returns the op of the phrase at *s and steps past it: a folded
 * letter or digit, OP_BLANKS, OP_HYPHEN, OP_APOSTROPHE, OP_STAR, or 0 for
 * anything else. */
static char
op_at(const char **s)
{
	const char *p = *s;

	if (is_blank(*p)) {
		while (is_blank(*p))
			p++;
		*s = p;
		return OP_BLANKS;
	}
	if (strncmp(p, "’", 3) == 0) {
		*s = p + 3;
		return OP_APOSTROPHE;
	}
	*s = p + 1;
	if (is_alnum((unsigned char)*p))
		return (char)fold((unsigned char)*p);
	if (*p == '-' || *p == '\'' || *p == '*')
		return *p;
	return 0;
}

/* fold_phrase returns the folded phrase (newly allocated), or NULL when
 * it is not plain. */
static char *
fold_phrase(const char *phrase)
{
	size_t n = strlen(phrase);
	char *prog = xmalloc(n + 1), prev = 0;
	size_t len = 0;

	while (is_blank(*phrase))
		phrase++;
	while (*phrase != '\0') {
		char op = op_at(&phrase);
		bool alnum = op != 0 && is_alnum((unsigned char)op);

		if (op == OP_BLANKS && *phrase == '\0')
			break;  /* trailing blanks: ignored, as by the pattern */
		if (op == 0 || (len < 2 && !alnum) ||
		    (op == OP_HYPHEN && !is_alnum((unsigned char)prev)) ||
		    (prev == OP_HYPHEN && !alnum) ||
		    (prev == OP_STAR && op != OP_BLANKS && op != OP_APOSTROPHE) ||
		    (op == OP_STAR && !is_alnum((unsigned char)prev)) ||
		    (op == OP_BLANKS && prev == OP_BLANKS) ||
		    (prev == OP_BLANKS && !alnum) ||
		    (prev == OP_APOSTROPHE && op == OP_HYPHEN)) {
			free(prog);
			return NULL;
		}
		prog[len++] = op;
		prev = op;
	}
	prog[len] = '\0';
	if (len < 2 || prev == OP_HYPHEN) {
		free(prog);
		return NULL;
	}
	return prog;
}

bool
plain_phrase_ok(const char *phrase)
{
	char *prog = fold_phrase(phrase);

	free(prog);
	return prog != NULL;
}

void
plain_init(struct plain_set *ps)
{
	memset(ps, 0, sizeof *ps);
}

/* literal_of fills the literal of ph (from its prog). */
static struct plain_phrase
literal_of(struct plain_phrase ph)
{
	unsigned char c;

	for (; ph.nlit < 8 && (c = (unsigned char)ph.prog[ph.nlit]) != '\0' &&
	    (is_alnum(c) || c == OP_BLANKS); ph.nlit++)
		ph.lit |= (uint64_t)c << (8 * ph.nlit);
	ph.whole = ph.prog[ph.nlit] == '\0';
	return ph;
}

void
plain_add(struct plain_set *ps, size_t entry, const char *phrase)
{
	char *prog = fold_phrase(phrase);

	if (prog == NULL)
		diag_die(70, "internal error: '%s' is not a plain phrase", phrase);
	if (ps->n == ps->cap) {
		ps->cap = ps->cap ? 2 * ps->cap : 64;
		ps->v = xreallocarray(ps->v, ps->cap, sizeof *ps->v);
	}
	ps->v[ps->n++] = literal_of((struct plain_phrase){ .entry = entry,
	    .prog = prog });
}

/* key_of packs the first characters of a folded phrase: its letters and
 * digits up to the first op or the fourth, the first lowest. */
static uint32_t
key_of(const char *prog, unsigned *nchars)
{
	uint32_t k = 0;
	unsigned i;

	for (i = 0; i < KEY_CHARS && is_alnum((unsigned char)prog[i]); i++)
		k |= (uint32_t)(unsigned char)prog[i] << (8 * i);
	*nchars = i;
	return k;
}

static size_t
slot_of(uint32_t key, uint32_t bits)
{
	return (size_t)((key * 0x9E3779B1u) >> (32 - bits));
}

/* A phrase and its key, for sorting. */
struct keyed {
	uint32_t key;
	size_t entry;
	size_t phrase;
};

static int
by_key(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* table_put files the run order[at, at + count) under key. */
static void
table_put(struct plain_set *ps, uint32_t key, size_t at, size_t count)
{
	size_t mask = ((size_t)1 << ps->bits) - 1, i = slot_of(key, ps->bits);

	while (ps->first[i] != 0)
		i = (i + 1) & mask;
	ps->keys[i] = key;
	ps->first[i] = (uint32_t)at + 1;
	ps->count[i] = (uint32_t)count;
}

void
plain_index(struct plain_set *ps)
{
	struct keyed *k = xcalloc(ps->n + 1, sizeof *k);
	size_t slots;
	unsigned nchars;

	for (size_t i = 0; i < ps->n; i++)
		k[i] = (struct keyed){ key_of(ps->v[i].prog, &nchars),
		    ps->v[i].entry, i };
	if (ps->n > 1)
		qsort(k, ps->n, sizeof *k, by_key);
	ps->order = xcalloc(ps->n + 1, sizeof *ps->order);
	for (size_t i = 0; i < ps->n; i++)
		ps->order[i] = k[i].phrase;
	for (ps->bits = 4; ((size_t)1 << ps->bits) < 2 * ps->n + 2; ps->bits++)
		;
	slots = (size_t)1 << ps->bits;
	ps->keys = xcalloc(slots, sizeof *ps->keys);
	ps->first = xcalloc(slots, sizeof *ps->first);
	ps->count = xcalloc(slots, sizeof *ps->count);
	for (size_t i = 0, j; i < ps->n; i = j) {
		for (j = i + 1; j < ps->n && k[j].key == k[i].key; j++)
			;
		table_put(ps, k[i].key, i, j - i);
		key_of(ps->v[k[i].phrase].prog, &nchars);
		ps->lengths |= 1u << nchars;
		if (nchars < KEY_CHARS)
			ps->short2[plain_short_bit(k[i].key) / 8] |=
			    (unsigned char)(1u << (plain_short_bit(k[i].key) % 8));
		else
			ps->bloom[((k[i].key * 0x9E3779B1u) >> 16) / 8] |=
			    1u << (((k[i].key * 0x9E3779B1u) >> 16) % 8);
	}
	free(k);
	ps->uclass = xcalloc(CACHED, 1);
	ps->classes = xcalloc(2, sizeof *ps->classes);
	rx_compile_or_die(&ps->classes[0], "\\w", PCRE2_UCP | PCRE2_ANCHORED,
	    "the word-character pattern");
	rx_compile_or_die(&ps->classes[1], "\\s", PCRE2_UCP | PCRE2_ANCHORED,
	    "the space-character pattern");
}

bool
plain_key4(const struct plain_set *ps, size_t i, uint32_t *key)
{
	unsigned nchars;

	*key = key_of(ps->v[i].prog, &nchars);
	return nchars == KEY_CHARS;
}

void
plain_free(struct plain_set *ps)
{
	for (size_t i = 0; i < ps->n; i++)
		free(ps->v[i].prog);
	free(ps->v);
	free(ps->keys);
	free(ps->first);
	free(ps->count);
	free(ps->order);
	free(ps->uclass);
	if (ps->classes != NULL) {
		rx_free(&ps->classes[0]);
		rx_free(&ps->classes[1]);
	}
	free(ps->classes);
	memset(ps, 0, sizeof *ps);
}

/* The text, one character at a time. */

/* char_at decodes the character at t[p] (valid UTF-8) into *cp and
 * returns its length in bytes (0 at the end). */
static size_t
char_at(const unsigned char *t, size_t len, size_t p, uint32_t *cp)
{
	unsigned char c;
	size_t n;

	if (p >= len)
		return 0;
	c = t[p];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
	if (p + n > len)
		n = len - p;
	*cp = c & (0x3F >> (n - 1));
	for (size_t i = 1; i < n; i++)
		*cp = *cp << 6 | (t[p + i] & 0x3F);
	return n;
}

/* class_of asks pcre2 whether the non-ASCII character cp, encoded in
 * t[0..n), is a word or a space character; remembered below CACHED. */
static unsigned
class_of(const struct plain_set *ps, const unsigned char *t, size_t n,
    uint32_t cp)
{
	unsigned c;

	if (cp < CACHED && ps->uclass[cp] != 0)
		return ps->uclass[cp];
	c = CLASS_KNOWN;
	if (rx_match(&ps->classes[0], (const char *)t, n, 0, 0) > 0)
		c |= CLASS_WORD;
	if (rx_match(&ps->classes[1], (const char *)t, n, 0, 0) > 0)
		c |= CLASS_SPACE;
	if (cp < CACHED)
		ps->uclass[cp] = (unsigned char)c;
	return c;
}

static unsigned
class_at(const struct plain_set *ps, const unsigned char *t, size_t len,
    size_t p, size_t *n)
{
	uint32_t cp = 0;
	unsigned char c = p < len ? t[p] : 0;

	if (p < len && c < 0x80) {
		*n = 1;
		if (is_alnum(c) || c == '_')
			return CLASS_KNOWN | CLASS_WORD;
		if (c == ' ' || (c >= '\t' && c <= '\r'))
			return CLASS_KNOWN | CLASS_SPACE;
		return CLASS_KNOWN;
	}
	*n = char_at(t, len, p, &cp);
	return *n == 0 ? CLASS_KNOWN : class_of(ps, t + p, *n, cp);
}

/* word_before: is the character before t[p] a word character? */
static bool
word_before(const struct plain_set *ps, const unsigned char *t, size_t len,
    size_t p)
{
	size_t b = p, n;

	if (p == 0)
		return false;
	while (b > 0 && (t[--b] & 0xC0) == 0x80)
		;
	return class_at(ps, t, len, b, &n) & CLASS_WORD;
}

/* hyphen_at returns the length of a hyphen at t[p] (- U+2010 U+2011, and
 * U+2013 – when dash), else 0. */
static size_t
hyphen_at(const unsigned char *t, size_t len, size_t p, bool dash)
{
	if (p < len && t[p] == '-')
		return 1;
	if (p + 3 <= len && t[p] == 0xE2 && t[p + 1] == 0x80 &&
	    (t[p + 2] == 0x90 || t[p + 2] == 0x91 || (dash && t[p + 2] == 0x93)))
		return 3;
	return 0;
}

static size_t
skip_spaces(const struct plain_set *ps, const unsigned char *t, size_t len,
    size_t p)
{
	size_t n;

	while (p < len && (class_at(ps, t, len, p, &n) & CLASS_SPACE))
		p += n;
	return p;
}

/* letter_at returns the length of a character at t[p] that caseless
 * pcre2 matches to the folded letter or digit c, else 0. */
static size_t
letter_at(const unsigned char *t, size_t len, size_t p, unsigned char c)
{
	if (p < len && fold(t[p]) == c)
		return 1;
	if (c == 's' && p + 2 <= len && t[p] == 0xC5 && t[p + 1] == 0xBF)
		return 2;
	if (c == 'k' && p + 3 <= len && t[p] == 0xE2 && t[p + 1] == 0x84 &&
	    t[p + 2] == 0xAA)
		return 3;
	return 0;
}

/* step matches one op of a phrase at t[p]: the byte after it, or
 * SIZE_MAX. */
static size_t
step(const struct plain_set *ps, char op, const unsigned char *t, size_t len,
    size_t p)
{
	size_t n, q;

	switch (op) {
	case OP_BLANKS:  /* (?:\s*[-‐‑–]\s*|\s+) */
		q = skip_spaces(ps, t, len, p);
		if ((n = hyphen_at(t, len, q, true)) > 0)
			return skip_spaces(ps, t, len, q + n);
		return q > p ? q : SIZE_MAX;
	case OP_HYPHEN:  /* [-‐‑\s]? */
		if ((n = hyphen_at(t, len, p, false)) > 0)
			return p + n;
		if (class_at(ps, t, len, p, &n) & CLASS_SPACE)
			return p + n;
		return p;
	case OP_APOSTROPHE:  /* ['’] */
		if (p < len && t[p] == '\'')
			return p + 1;
		if (p + 3 <= len && t[p] == 0xE2 && t[p + 1] == 0x80 &&
		    t[p + 2] == 0x99)
			return p + 3;
		return SIZE_MAX;
	case OP_STAR:  /* \w* */
		while (p < len && (class_at(ps, t, len, p, &n) & CLASS_WORD))
			p += n;
		return p;
	default:
		n = letter_at(t, len, p, (unsigned char)op);
		return n > 0 ? p + n : SIZE_MAX;
	}
}

/* match_at returns the end of the phrase's match at t[p], or SIZE_MAX.
 * A letter or digit of the phrase matching the same ASCII byte, folded,
 * is the common step: taken here, before step() is asked. */
static size_t
match_at(const struct plain_set *ps, const char *prog, const unsigned char *t,
    size_t len, size_t p)
{
	size_t n;

	while (*prog != '\0' && p != SIZE_MAX) {
		if (p < len && fold(t[p]) == (unsigned char)*prog &&
		    is_alnum(t[p])) {
			p++;
			prog++;
			continue;
		}
		p = step(ps, *prog++, t, len, p);
	}
	if (p == SIZE_MAX || (class_at(ps, t, len, p, &n) & CLASS_WORD))
		return SIZE_MAX;
	return p;
}

/* text_key packs the first characters of the word at t[p] as key_of
 * packs a phrase's (ſ and K as s and k); *nchars: how many. */
static uint32_t
text_key(const unsigned char *t, size_t len, size_t p, unsigned *nchars)
{
	uint32_t k = 0;
	unsigned i;

	for (i = 0; i < KEY_CHARS; i++) {
		unsigned char c = p < len ? t[p] : 0;
		size_t n = is_alnum(c) ? 1 : letter_at(t, len, p, 's') ? 2 :
		    letter_at(t, len, p, 'k') ? 3 : 0;

		if (n == 0)
			break;
		k |= (uint32_t)(n == 1 ? fold(c) : n == 2 ? 's' : 'k') << (8 * i);
		p += n;
	}
	*nchars = i;
	return k;
}

/* find_key returns the slot (in ps->first) of the phrases filed under
 * key, a word start's; NULL when there are none. */
static const uint32_t *
find_key(const struct plain_set *ps, uint32_t key)
{
	size_t mask = ((size_t)1 << ps->bits) - 1, i = slot_of(key, ps->bits);

	/* (key, a word start's, is not 0: an empty slot's key never equals
	 * it, and is told by first only when the keys differ) */
	for (; ps->keys[i] != key; i = (i + 1) & mask)
		if (ps->first[i] == 0)
			return NULL;
	return &ps->first[i];
}

/* fold8 folds A-Z to a-z in the eight bytes of x; a byte >= 0x80 stays
 * >= 0x80. (Each byte with its high bit set, minus a bound, borrows from
 * no other.) */
static uint64_t
fold8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t t = x | highs;

	return x | ((t - ones * 'A') & ~(t - ones * ('Z' + 1)) & highs) >> 2;
}

enum { LITERAL_NO, LITERAL_YES, LITERAL_ASK };

/* literal_at tells what phrase ph's literal says of a match at t[p]:
 * LITERAL_NO (none: an ASCII byte no op of the phrase can take where the
 * text leaves the literal; not a blank or a hyphen, which a run of blanks
 * may go on with), LITERAL_YES (the whole phrase is the literal, the text
 * has it, then an ASCII byte that is no word character: the match is the
 * literal's bytes, as match_at would find) or LITERAL_ASK (match_at must
 * say). Asks when the text has fewer than eight bytes from p on. */
static int
literal_at(const struct plain_phrase *ph, const unsigned char *t, size_t len,
    size_t p)
{
	uint64_t x, d;
	unsigned char b;

	if (len - p < 8)
		return LITERAL_ASK;
	memcpy(&x, t + p, 8);
	d = (fold8(x) ^ ph->lit) &
	    (ph->nlit == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * ph->nlit)) - 1);
	if (d != 0) {
		b = t[p + (unsigned)__builtin_ctzll(d) / 8];
		return b < 0x80 && b != ' ' && (b < '\t' || b > '\r') && b != '-' ?
		    LITERAL_NO : LITERAL_ASK;
	}
	if (!ph->whole || len - p <= ph->nlit)
		return LITERAL_ASK;
	b = t[p + ph->nlit];
	return b < 0x80 && !is_alnum(b) && b != '_' ? LITERAL_YES : LITERAL_ASK;
}

/* try_key calls found for each phrase filed under key that matches at
 * t[p]; *checked: the word-start check was made (it costs a little, and
 * most words have no phrase). skip: how many characters of the key are
 * known to match, one ASCII byte each (0 when the text had ſ or K). */
static void
try_key(const struct plain_set *ps, uint32_t key, unsigned skip,
    const unsigned char *t, size_t len, size_t p, bool *checked,
    void (*found)(void *arg, size_t entry, size_t start, size_t end),
    void *arg)
{
	const uint32_t *slot = find_key(ps, key);
	size_t at, count;

	if (slot == NULL)
		return;
	at = *slot - 1;
	count = ps->count[slot - ps->first];
	for (size_t i = at; i < at + count; i++) {
		const struct plain_phrase *ph = &ps->v[ps->order[i]];
		int lit = literal_at(ph, t, len, p);
		size_t end;

		if (lit == LITERAL_NO)
			continue;
		if (!*checked && word_before(ps, t, len, p))
			return;
		*checked = true;
		end = lit == LITERAL_YES ? p + ph->nlit :
		    match_at(ps, ph->prog + skip, t, len, p + skip);
		if (end != SIZE_MAX)
			found(arg, ph->entry, p, end);
	}
}

/* ascii_alnum_run: how many of the four bytes of key (ASCII, folded),
 * first the lowest, are letters or digits before the first that is not.
 * (Each byte with its high bit set, minus a bound, borrows from no other.) */
static unsigned
ascii_alnum_run(uint32_t key)
{
	const uint32_t ones = 0x01010101u, highs = 0x80808080u;
	uint32_t t = key | highs, alnum;

	alnum = ((t - ones * '0') & ~(t - ones * ('9' + 1))) |
	    ((t - ones * 'a') & ~(t - ones * ('z' + 1)));
	alnum = ~alnum & highs;
	return alnum == 0 ? KEY_CHARS : (unsigned)__builtin_ctz(alnum) / 8;
}

static bool
bloom_has(const struct plain_set *ps, uint32_t key)
{
	uint32_t h = (key * 0x9E3779B1u) >> 16;

	return (ps->bloom[h / 8] >> (h % 8)) & 1;
}

/* non_ascii_at is plain_at where the four bytes of the word hold a
 * non-ASCII character (perhaps ſ or K, which match s and k). */
static void
non_ascii_at(const struct plain_set *ps, const unsigned char *t, size_t len,
    size_t p,
    void (*found)(void *arg, size_t entry, size_t start, size_t end),
    void *arg)
{
	unsigned nchars;
	uint32_t key = text_key(t, len, p, &nchars);
	bool checked = false;

	for (unsigned l = 2; l <= nchars; l++)
		if (ps->lengths & (1u << l))
			try_key(ps, l == KEY_CHARS ? key :
			    key & (((uint32_t)1 << (8 * l)) - 1), 0,
			    t, len, p, &checked, found, arg);
}

void
plain_at(const struct plain_set *ps, const char *text, size_t len, size_t p,
    uint32_t word4,
    void (*found)(void *arg, size_t entry, size_t start, size_t end),
    void *arg)
{
	const unsigned char *t = (const unsigned char *)text;
	unsigned nchars;
	bool checked = false;

	if (ps->n == 0)
		return;
	if ((word4 & 0x80808080u) != 0) {
		non_ascii_at(ps, t, len, p, found, arg);
		return;
	}
	nchars = ascii_alnum_run(word4);
	if (nchars == KEY_CHARS && bloom_has(ps, word4))
		try_key(ps, word4, KEY_CHARS, t, len, p, &checked, found, arg);
	if (nchars < 2 || !((ps->short2[plain_short_bit(word4) / 8] >>
	    (plain_short_bit(word4) % 8)) & 1))
		return;
	for (unsigned l = 2; l <= nchars && l < KEY_CHARS; l++)
		if (ps->lengths & (1u << l))
			try_key(ps, word4 & (((uint32_t)1 << (8 * l)) - 1), l,
			    t, len, p, &checked, found, arg);
}
