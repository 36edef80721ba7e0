#include "tag.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define PAD 64                  /* zero bytes after a text copied */
_Static_assert(PAD >= TAG_PAD, "a copy is padded as a text in place");

/* A content that points elsewhere: it begins with a pronoun or a general
 * noun phrase ("the situation", "all options", "the US approach") (matched
 * anchored), or speaks of "this situation" (searched for; two patterns, so
 * that pcre2 can skip to the letters the second begins with). */
static const char anaphor_start[] =
    "[\\s\"'“‘(]*(?:"
      "(?:it|its|this|that|these|those|there|such)\\b"
      "|(?:the|this|that|these|those|all|such)\\s+(?:[\\w’'-]+\\s+){0,2}?"
        "(?:situation|task|reports?|matter|issues?|approach|options?|idea|"
        "move|step|process|plan|things?|efforts?|territory|region|question)\\b)";
static const char anaphor_inside[] =
    "\\bth(?:is|at)\\s+(?:situation|task|matter)\\b";

/* The bytes a delimiter can begin with. */
static const unsigned char may_delimit[256] = {
	[','] = 1, [';'] = 1, [':'] = 1, ['('] = 1, [')'] = 1, [' '] = 1,
	[0xE2] = 1,
};

static inline size_t
bytes_of_delimiter(const char *s, size_t len, size_t i)
{
	static const struct { const char *text; size_t len; } words[] = {
		{ " but ", 5 }, { " whereas ", 9 }, { " - ", 3 },
	};
	size_t w, n;

	if (!may_delimit[(unsigned char)s[i]])
		return 0;
	switch (s[i]) {
	case ',': case ';': case ':': case '(': case ')':
		return 1;
	case ' ':       /* the word the byte after tells, if it is there */
		w = i + 1 >= len ? 3 : s[i + 1] == 'b' ? 0 : s[i + 1] == 'w' ? 1 :
		    s[i + 1] == '-' ? 2 : 3;
		if (w == 3)
			return 0;
		n = words[w].len;
		return i + n <= len && memcmp(s + i, words[w].text, n) == 0 ? n : 0;
	case '\xE2':    /* — U+2014, – U+2013 */
		if (i + 3 <= len && s[i + 1] == '\x80' &&
		    (s[i + 2] == '\x94' || s[i + 2] == '\x93'))
			return 3;
		return 0;
	default:
		return 0;
	}
}

/* delimiter_mask has a bit for each of the 16 bytes at s (17 readable)
 * that may begin a delimiter (bytes_of_delimiter says if it does): , ;
 * : ( ) the first byte of a dash, a space before b, w or -. */
static inline unsigned
delimiter_mask(const char *s)
{
#if defined(__SSE2__)
	__m128i x = _mm_loadu_si128((const __m128i *)s);
	__m128i next = _mm_loadu_si128((const __m128i *)(s + 1));
	__m128i punct = _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8(';'))),
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(':')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('('))));
	__m128i more = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(')')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('\xE2')));
	__m128i word = _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
	    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8('b')),
	    _mm_cmpeq_epi8(next, _mm_set1_epi8('w'))),
	    _mm_cmpeq_epi8(next, _mm_set1_epi8('-'))));

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(punct,
	    more), word));
#else
	unsigned m = 0;

	for (unsigned i = 0; i < 16; i++)
		if (may_delimit[(unsigned char)s[i]])
			m |= 1u << i;
	return m;
#endif
}

/* clause_start returns where the clause holding byte pos begins, and in
 * *delim where the delimiter before it begins (SIZE_MAX: none). s is
 * followed by 17 readable bytes; 16 bytes are looked at at once. */
static size_t
clause_start(const char *s, size_t len, size_t pos, size_t *delim)
{
	size_t e = pos, i;

	for (; e >= 16; e -= 16) {
		for (unsigned m = delimiter_mask(s + e - 16); m != 0;
		    m &= ~(1u << (31 - __builtin_clz(m)))) {
			size_t n;

			i = e - 16 + (31 - (size_t)__builtin_clz(m));
			n = bytes_of_delimiter(s, len, i);
			if (n > 0 && i + n <= pos) {
				*delim = i;
				return i + n;
			}
		}
	}
	for (i = e; i-- > 0;) {
		size_t n = bytes_of_delimiter(s, len, i);

		if (n > 0 && i + n <= pos) {
			*delim = i;
			return i + n;
		}
	}
	*delim = SIZE_MAX;
	return 0;
}

/* clause_end returns where the first delimiter at or after pos begins, or
 * len; 16 bytes at once (s is followed by 17 readable bytes). */
static size_t
clause_end(const char *s, size_t len, size_t pos)
{
	if (pos >= len)
		return pos;
	for (size_t b = pos; b < len; b += 16)
		for (unsigned m = delimiter_mask(s + b); m != 0; m &= m - 1) {
			size_t i = b + (size_t)__builtin_ctz(m);

			if (i >= len)
				return len;
			if (bytes_of_delimiter(s, len, i) > 0)
				return i;
		}
	return len;
}

/* opens_with_participle: does the clause at s[pos..) begin with a word
 * in -ing ("saying", "adding", "maintaining")? */
static bool
opens_with_participle(const char *s, size_t len, size_t pos)
{
	size_t w;

	while (pos < len && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\''))
		pos++;
	for (w = pos; w < len && ((s[w] >= 'a' && s[w] <= 'z') ||
	    (s[w] >= 'A' && s[w] <= 'Z')); w++)
		;
	return w - pos >= 5 && memcmp(s + w - 3, "ing", 3) == 0;
}

/* clause_of finds the clause around the quote at bytes [qb, qe) of the
 * sentence (followed by 17 readable bytes): [*cs, *ce). */
static void
clause_of(const char *s, size_t len, size_t qb, size_t qe, size_t *cs,
    size_t *ce)
{
	size_t delim;

	*cs = clause_start(s, len, qb, &delim);
	if (delim != SIZE_MAX && opens_with_participle(s, len, *cs))
		*cs = clause_start(s, len, delim, &delim);
	if (qe > qb && (s[qe - 1] == ',' || s[qe - 1] == ';' ||
	    s[qe - 1] == ':')) {
		*ce = qe;
		return;
	}
	*ce = clause_end(s, len, qe);
}

static size_t
first_hit_from(const struct issue_hits *h, size_t pos)
{
	size_t lo = 0, hi = h->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (h->v[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
apply_exclusions(const struct issue_dict *d, struct tag_matches *m)
{
	const struct issue_hits *h = &m->hits;

	m->maxlen = 0;
	for (size_t i = 0; i < h->n; i++) {
		m->cancelled[i] = false;
		if (h->v[i].end - h->v[i].start > m->maxlen)
			m->maxlen = h->v[i].end - h->v[i].start;
	}
	for (size_t x = 0; x < h->n; x++) {
		const struct issue_hit *ex = &h->v[x];
		size_t from;

		if (!d->entries[ex->entry].unless)
			continue;
		from = first_hit_from(h, ex->start > m->maxlen ?
		    ex->start - m->maxlen : 0);
		for (size_t i = from; i < h->n && h->v[i].start < ex->end; i++) {
			const struct issue_entry *e = &d->entries[h->v[i].entry];

			if (!e->unless && e->issue == d->entries[ex->entry].issue &&
			    h->v[i].end > ex->start)
				m->cancelled[i] = true;
		}
	}
}

/* raise marks the issues of the live hits inside [lo, hi); true if any. */
static bool
raise(const struct issue_dict *d, const struct tag_matches *m, size_t lo,
    size_t hi, bool *issues)
{
	const struct issue_hits *h = &m->hits;
	bool any = false;

	for (size_t i = first_hit_from(h, lo); i < h->n && h->v[i].start < hi; i++) {
		const struct issue_entry *e = &d->entries[h->v[i].entry];

		if (!e->unless && !m->cancelled[i] && h->v[i].end <= hi) {
			issues[e->issue] = true;
			any = true;
		}
	}
	return any;
}

/* padded returns a copy of text in buffer k of t, followed by zero bytes:
 * pcre2's JIT may read a little past the end of a subject (never using
 * what it reads), and the bytes there must at least be initialised. */
static const char *
padded(struct tagger *t, int k, const char *text, size_t len)
{
	if (len + PAD > t->pad_cap[k]) {
		t->pad_cap[k] = len + len / 2 + PAD;
		t->pad[k] = xrealloc(t->pad[k], t->pad_cap[k]);
	}
	memcpy(t->pad[k], text, len);
	memset(t->pad[k] + len, 0, PAD);
	return t->pad[k];
}

/* scan_into scans text (copied and padded first, unless it is followed by
 * TAG_PAD bytes as tag.h says: in_place) into m. */
static void
scan_into(struct tagger *t, struct tag_matches *m, const char *text, size_t len,
    bool in_place)
{
	struct issue_hits *h = &m->hits;

	if (!in_place)
		text = padded(t, m == &t->sent ? 0 : 1, text, len);
	h->n = 0;
	h->limits = 0;
	issue_scan(t->scanner, text, len, h);
	if (h->limits > 0 && t->limits == 0)
		t->limit_entry = h->limit_entry;
	t->limits += h->limits;
	if (h->n > m->cap) {
		m->cap = h->n;
		m->cancelled = xreallocarray(m->cancelled, m->cap, sizeof *m->cancelled);
	}
	apply_exclusions(t->dict, m);
}

void
tagger_init(struct tagger *t, const struct issue_dict *d,
    const struct issue_scanner *s)
{
	memset(t, 0, sizeof *t);
	t->dict = d;
	t->scanner = s;
	t->sentence = xcalloc(d->nissues, sizeof *t->sentence);
	t->scratch = xcalloc(d->nissues, sizeof *t->scratch);
	rx_compile_or_die(&t->anaphor_start, anaphor_start,
	    PCRE2_CASELESS | PCRE2_UCP | PCRE2_ANCHORED, "the anaphor pattern");
	rx_compile_or_die(&t->anaphor_inside, anaphor_inside,
	    PCRE2_CASELESS | PCRE2_UCP, "the anaphor pattern");
}

void
tagger_free(struct tagger *t)
{
	issue_hits_free(&t->sent.hits);
	issue_hits_free(&t->quote.hits);
	free(t->sent.cancelled);
	free(t->quote.cancelled);
	free(t->sentence);
	free(t->scratch);
	free(t->pad[0]);
	free(t->pad[1]);
	rx_free(&t->anaphor_start);
	rx_free(&t->anaphor_inside);
	memset(t, 0, sizeof *t);
}

/* sentence scans the sentence text (in place: see tag.h) and raises its
 * issues. */
static void
sentence(struct tagger *t, const char *text, size_t len, bool in_place,
    bool *issues)
{
	t->limits = 0;
	t->len = len;
	memset(t->sentence, 0, t->dict->nissues * sizeof *t->sentence);
	scan_into(t, &t->sent, text, len, in_place);
	/* the text, or its padded copy: clause_of reads on */
	t->text = in_place ? text : t->pad[0];
	raise(t->dict, &t->sent, 0, len, t->sentence);
	memcpy(issues, t->sentence, t->dict->nissues * sizeof *issues);
}

void
tagger_sentence(struct tagger *t, const char *text, size_t len, bool *issues)
{
	sentence(t, text, len, false, issues);
}

void
tagger_sentence_in_place(struct tagger *t, const char *text, size_t len,
    bool *issues)
{
	sentence(t, text, len, true, issues);
}

#if defined(__SSE2__)
/* starts_16: a bit for each of the 16 bytes at s that begins a code point
 * (is no UTF-8 continuation byte, 0x80-0xBF: those are below -64 as
 * signed bytes). */
static inline unsigned
starts_16(const char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)s);

	return (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(x, _mm_set1_epi8(-65)));
}

/* ones_16: how many bits of m (16 bits) are set. */
static inline unsigned
ones_16(unsigned m)
{
	m = m - ((m >> 1) & 0x5555u);
	m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
	m = (m + (m >> 4)) & 0x0F0Fu;
	return (m + (m >> 8)) & 0x1Fu;
}
#endif

/* byte_of returns the byte offset of code point cp of the sentence, or
 * SIZE_MAX past its end. */
static size_t
byte_of(const char *s, size_t len, size_t cp)
{
	size_t b = 0;

#if defined(__SSE2__)
	/* sixteen bytes at a time while their code points come before cp's */
	for (; cp > 0 && b + 16 <= len; b += 16) {
		unsigned m = starts_16(s + b);
		unsigned n = m == 0xFFFF ? 16 : ones_16(m);

		if (n > cp) {
			/* cp's start is the (cp + 1)th start here */
			for (; cp > 0; cp--)
				m &= m - 1;
			return b + (size_t)__builtin_ctz(m);
		}
		cp -= n;
	}
	/* a block may end inside a character, counted already: the rest of
	 * it begins no code point */
	while (b < len && ((unsigned char)s[b] & 0xC0) == 0x80)
		b++;
#endif
	while (cp > 0 && b < len) {
		uint64_t x;

		if (cp >= 8 && b + 8 <= len &&
		    (memcpy(&x, s + b, 8), (x & 0x8080808080808080u) == 0)) {
			b += 8;         /* eight ASCII characters */
			cp -= 8;
			continue;
		}
		b++;
		while (b < len && ((unsigned char)s[b] & 0xC0) == 0x80)
			b++;
		cp--;
	}
	return cp == 0 ? b : SIZE_MAX;
}

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* ascii_space: an ASCII character of \s (pcre2 with PCRE2_UCP). */
static bool
ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* may_open_anaphor: can anaphor_start match s? False only when it
 * cannot: after the ASCII characters its [\s"'“‘(]* may take, every
 * branch begins with i, t, s or a (caseless: no other ASCII letter, and
 * of the rest only U+017F ſ, a byte above 0x7F, which is left to pcre2). */
static bool
may_open_anaphor(const char *s, size_t len)
{
	size_t i = 0;
	unsigned char c;

	while (i < len && (ascii_space((unsigned char)s[i]) || s[i] == '"' ||
	    s[i] == '\'' || s[i] == '('))
		i++;
	if (i == len)
		return false;
	c = fold((unsigned char)s[i]);
	return c >= 0x80 || c == 'i' || c == 't' || c == 's' || c == 'a';
}

/* anaphor_at: can anaphor_inside match at byte i of u (len bytes)? See
 * may_hold_anaphor. */
static inline bool
anaphor_at(const unsigned char *u, size_t len, size_t i)
{
	size_t j = i + 4;

	if (i + 5 >= len || (u[i] | 0x20) != 't' || fold(u[i + 1]) != 'h')
		return false;   /* t or T: the only bytes | 0x20 makes 't' */
	if (!(fold(u[i + 2]) == 'i' && (fold(u[i + 3]) == 's' ||
	    u[i + 3] >= 0x80)) &&
	    !(fold(u[i + 2]) == 'a' && fold(u[i + 3]) == 't'))
		return false;
	if (u[i + 3] >= 0x80 || u[j] >= 0x80)
		return true;
	if (!ascii_space(u[j]))
		return false;
	while (j < len && ascii_space(u[j]))
		j++;
	return j < len && (u[j] >= 0x80 || fold(u[j]) == 's' ||
	    fold(u[j]) == 't' || fold(u[j]) == 'm');
}

#if defined(__SSE2__)
/* th_mask has a bit for each of the 16 bytes at u (17 readable) that is t
 * or T followed by h or H (| 0x20 makes 't' and 'h' of those only). */
static inline unsigned
th_mask(const unsigned char *u)
{
	__m128i x = _mm_or_si128(_mm_loadu_si128((const __m128i *)u),
	    _mm_set1_epi8(0x20));
	__m128i next = _mm_or_si128(_mm_loadu_si128((const __m128i *)(u + 1)),
	    _mm_set1_epi8(0x20));

	return (unsigned)_mm_movemask_epi8(_mm_and_si128(
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('t')),
	    _mm_cmpeq_epi8(next, _mm_set1_epi8('h'))));
}
#endif

/* may_hold_anaphor: can anaphor_inside match s? False only when no
 * place has "th", then "is" or "at", then white space, then s, t or m
 * (caseless; a byte above 0x7F where one of them is looked for may be
 * ſ or a Unicode space, and leaves the answer to pcre2). */
static bool
may_hold_anaphor(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

#if defined(__SSE2__)
	/* sixteen places at once while s[i + 16] is readable: only those
	 * with "th" (either case) are looked at */
	for (; i + 17 <= len; i += 16)
		for (unsigned m = th_mask(u + i); m != 0; m &= m - 1)
			if (anaphor_at(u, len, i + (size_t)__builtin_ctz(m)))
				return true;
#endif
	for (; i + 5 < len; i++)
		if (anaphor_at(u, len, i))
			return true;
	return false;
}

/* leans: does the content point elsewhere (anaphor_start or
 * anaphor_inside)? The two checks before pcre2 only rule out texts
 * neither pattern can match. */
static bool
leans(struct tagger *t, const struct tag_quote *q)
{
	bool open = may_open_anaphor(q->text, q->len);
	bool hold = may_hold_anaphor(q->text, q->len);
	const char *s;

	if (!open && !hold)
		return false;
	s = q->in_place ? q->text : padded(t, 1, q->text, q->len);
	return (open && rx_match(&t->anaphor_start, s, q->len, 0, 0) > 0) ||
	    (hold && rx_match(&t->anaphor_inside, s, q->len, 0, 0) > 0);
}

static bool
any_of(const bool *v, size_t n)
{
	for (size_t b = 0; b < n; b += 8)
		if (tag_flags_word(v, b, n) != 0)
			return true;
	return false;
}

/* covers: is every issue of b in a? */
static bool
covers(const bool *a, const bool *b, size_t n)
{
	for (size_t i = 0; i < n; i += 8)
		if ((tag_flags_word(b, i, n) & ~tag_flags_word(a, i, n)) != 0)
			return false;
	return true;
}

enum tag_from
tagger_quote(struct tagger *t, const struct tag_quote *q, bool *issues)
{
	const struct issue_dict *d = t->dict;
	size_t n = d->nissues;
	size_t qb = q->located ? byte_of(t->text, t->len, q->offset) : SIZE_MAX;
	size_t qe = qb == SIZE_MAX ? SIZE_MAX : qb + q->len;
	bool content, pointing, added = false;
	bool *context = t->scratch;

	memset(issues, 0, n * sizeof *issues);
	if (qe <= t->len && memcmp(t->text + qb, q->text, q->len) == 0) {
		content = raise(d, &t->sent, qb, qe, issues);
	} else {
		scan_into(t, &t->quote, q->text, q->len, q->in_place);
		content = raise(d, &t->quote, 0, q->len, issues);
	}
	/* the context is a part of the sentence: when the content already
	 * raises every issue of the sentence, it can add none */
	if (covers(issues, t->sentence, n))
		return TAG_FROM_QUOTE;
	pointing = q->fragment || leans(t, q);
	if (content && !pointing)
		return TAG_FROM_QUOTE;
	memset(context, 0, n * sizeof *context);
	if (qb != SIZE_MAX) {
		size_t cs, ce;

		clause_of(t->text, t->len, qb, qe < t->len ? qe : t->len, &cs, &ce);
		raise(d, &t->sent, cs, ce, context);
	}
	if (pointing && !any_of(context, n))
		memcpy(context, t->sentence, n * sizeof *context);
	for (size_t i = 0; i < n; i++)
		if (context[i] && !issues[i]) {
			issues[i] = true;
			added = true;
		}
	if (!added)
		return TAG_FROM_QUOTE;
	return content ? TAG_FROM_BOTH : TAG_FROM_SENTENCE;
}

const char *
tag_from_name(enum tag_from from)
{
	switch (from) {
	case TAG_FROM_SENTENCE: return "sentence";
	case TAG_FROM_BOTH: return "quote+sentence";
	default: return "quote";
	}
}
