#include "resolve.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.h"
#include "xalloc.h"

/* A title before a name ("Kremlin spokesman Dmitry Peskov") is looked for
 * only this close to the name. */
#define TITLE_BYTES 120
/* names looked at in one speaker mention */
#define MENTION_NAMES 32
/* actors named or heard that a role or a pronoun looks back over: enough
 * for any article, and no quadratic time on a huge document */
#define LOOK_BACK 1000

struct doc_event {
	size_t pos;             /* code point */
	long long para;
	long actor;             /* -1: a group ("the officials") */
};

/* A name inside a speaker mention: bytes of the trimmed mention. */
struct mname {
	size_t b, e;
	size_t actor;
};

struct mention_names {
	struct mname m[MENTION_NAMES];
	size_t n;
};

enum verdict { SKIP, MATCH, STOP };

const char *
actor_via_name(enum actor_via via)
{
	static const char *names[] = { NULL, "name", "role", "pronoun",
	    "continues" };

	return names[via];
}

void
actor_doc_init(struct actor_doc *doc, const struct actor_dict *dict,
    struct actor_patterns *pat)
{
	memset(doc, 0, sizeof *doc);
	doc->dict = dict;
	doc->pat = pat;
	doc->last_named = xreallocarray(NULL, dict->nactors + 1,
	    sizeof *doc->last_named);
	doc->touched = xreallocarray(NULL, dict->nactors + 1,
	    sizeof *doc->touched);
	for (size_t i = 0; i < dict->nactors; i++)
		doc->last_named[i] = -1;
}

void
actor_doc_reset(struct actor_doc *doc)
{
	doc->len = doc->ncp = 0;
	doc->nsents = doc->nquotes = doc->nmentions = doc->nevents = 0;
	doc->slen = 0;
	for (size_t i = 0; i < doc->ntouched; i++)
		doc->last_named[doc->touched[i]] = -1;
	doc->ntouched = 0;
}

static void
text_add(struct actor_doc *doc, const char *s, size_t n)
{
	if (doc->len + n + 1 > doc->cap) {
		doc->cap = 2 * (doc->len + n) + 1024;
		doc->text = xrealloc(doc->text, doc->cap);
	}
	memcpy(doc->text + doc->len, s, n);
	doc->len += n;
}

static void
text_fill(struct actor_doc *doc, char c, size_t n)
{
	if (doc->len + n + 1 > doc->cap) {
		doc->cap = 2 * (doc->len + n) + 1024;
		doc->text = xrealloc(doc->text, doc->cap);
	}
	memset(doc->text + doc->len, c, n);
	doc->len += n;
}

void
actor_doc_add_sentence(struct actor_doc *doc, const char *text, size_t len,
    size_t start, size_t end, long long para)
{
	struct doc_sentence *s;
	bool new_para = doc->nsents > 0 &&
	    doc->sents[doc->nsents - 1].para != para;

	if (doc->nsents == doc->scap) {
		doc->scap = doc->scap ? 2 * doc->scap : 64;
		doc->sents = xreallocarray(doc->sents, doc->scap,
		    sizeof *doc->sents);
	}
	/* the gap before it: a line break per code point where the
	 * paragraph changes, else blanks (as lib/sentence.c rebuilds it) */
	text_fill(doc, new_para ? '\n' : ' ',
	    start > doc->ncp ? start - doc->ncp : 0);
	s = &doc->sents[doc->nsents++];
	s->start = start;
	s->end = end;
	s->para = para;
	s->b = doc->len;
	/* its length in code points is end - start (checked when read) */
	s->ascii = end - start == len;
	text_add(doc, text, len);
	s->e = doc->len;
	s->first = s->n = 0;
	doc->ncp = end;
}

void
actor_doc_add_quote(struct actor_doc *doc, long long start, long long end,
    const char *speaker, size_t n, long long speaker_start,
    long long speaker_end, bool continues)
{
	struct doc_quote *q;

	if (doc->nquotes == doc->qcap) {
		doc->qcap = doc->qcap ? 2 * doc->qcap : 64;
		doc->quotes = xreallocarray(doc->quotes, doc->qcap,
		    sizeof *doc->quotes);
	}
	q = &doc->quotes[doc->nquotes++];
	memset(q, 0, sizeof *q);
	q->sent = doc->nsents > 0 ? doc->nsents - 1 : 0;
	q->start = start;
	q->end = end;
	q->has_speaker = speaker != NULL;
	q->speaker_start = speaker_start;
	q->speaker_end = speaker_end;
	q->continues = continues;
	q->actor = -1;
	if (speaker != NULL) {
		if (doc->slen + n > doc->scap2) {
			doc->scap2 = 2 * (doc->slen + n) + 256;
			doc->strs = xrealloc(doc->strs, doc->scap2);
		}
		memcpy(doc->strs + doc->slen, speaker, n);
		q->speaker = doc->slen;
		q->speaker_len = n;
		doc->slen += n;
	}
}

/* --- the names of the document --- */

static void
touch(struct actor_doc *doc, size_t actor, long long pos)
{
	if (doc->last_named[actor] < 0)
		doc->touched[doc->ntouched++] = actor;
	doc->last_named[actor] = pos;
}

/* surname_holder: of the actors a surname may name, the one whose full
 * name came last before it; -1 when none has been named yet. */
static long
surname_holder(const struct actor_doc *doc, const struct alias *al)
{
	long best = -1;

	for (size_t h = 0; h < al->nholders; h++) {
		long long at = doc->last_named[al->holders[h]];

		if (at >= 0 && (best < 0 || at > doc->last_named[best]))
			best = (long)al->holders[h];
	}
	return best;
}

/* cp_count: the code points of the n bytes of valid UTF-8 at s (what
 * utf8_length gives), sixteen bytes at a time, then eight, then one. */
static inline size_t
cp_count(const char *s, size_t n)
{
	const uint64_t highs = 0x8080808080808080u;
	size_t cont = 0, i = 0;

#if defined(__SSE2__)
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)
		    (s + i));
		__m128i sum = _mm_sad_epu8(_mm_and_si128(_mm_cmplt_epi8(x,
		    _mm_set1_epi8((char)0xC0)), _mm_set1_epi8(1)),
		    _mm_setzero_si128());

		cont += (size_t)(_mm_cvtsi128_si32(sum) +
		    _mm_extract_epi16(sum, 4));
	}
#endif
	for (; i + 8 <= n; i += 8) {
		uint64_t x;

		memcpy(&x, s + i, 8);
		/* a continuation byte is 10xxxxxx: bit 7 set, bit 6 clear */
		x = (x & ~(x << 1) & highs) >> 7;
		cont += (size_t)((x * 0x0101010101010101u) >> 56);
	}
	for (; i < n; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return n - cont;
}

static void
push_mention(struct actor_doc *doc, size_t actor, const struct name_match *nm,
    size_t sent)
{
	const struct doc_sentence *s = &doc->sents[sent];
	size_t b = nm->b, e = nm->e;
	struct doc_mention *m;

	if (doc->nmentions == doc->mcap) {
		doc->mcap = doc->mcap ? 2 * doc->mcap : 64;
		doc->mentions = xreallocarray(doc->mentions, doc->mcap,
		    sizeof *doc->mentions);
	}
	m = &doc->mentions[doc->nmentions++];
	memset(m, 0, sizeof *m);
	m->actor = actor;
	m->alias = nm->alias;
	m->b = b;
	m->e = e;
	m->sent = sent;
	if (s->ascii) {
		m->start = s->start + (b - s->b);
		m->end = m->start + (e - b);
		return;
	}
	/* mentions come in text order: count code points from the last
	 * one, or from the start of the sentence when it is in another */
	if (doc->byte_at < s->b) {
		doc->byte_at = s->b;
		doc->cp_at = s->start;
	}
	doc->cp_at += cp_count(doc->text + doc->byte_at, b - doc->byte_at);
	doc->byte_at = b;
	m->start = doc->cp_at;
	m->end = m->start + cp_count(doc->text + b, e - b);
}

/* find_mentions scans the document's names, keeps those inside one
 * sentence and gives each its actor (a surname: the actor last named in
 * full, or none). */
static void
find_mentions(struct actor_doc *doc)
{
	const struct actor_dict *d = doc->dict;
	size_t s = 0;

	doc->found.n = 0;
	actor_patterns_names(doc->pat, doc->text, doc->len, &doc->found);
	for (size_t i = 0; i < doc->found.n; i++) {
		const struct name_match *m = &doc->found.m[i];
		const struct alias *al = &d->aliases[m->alias];
		long actor;

		while (s < doc->nsents && doc->sents[s].e <= m->b)
			s++;
		if (s == doc->nsents)
			break;
		if (m->b < doc->sents[s].b || m->e > doc->sents[s].e)
			continue;
		if (al->type == ALIAS_SURNAME) {
			if ((actor = surname_holder(doc, al)) < 0)
				continue;
		} else {
			actor = (long)al->holders[0];
			touch(doc, (size_t)actor, (long long)m->b);
		}
		push_mention(doc, (size_t)actor, m, s);
	}
}

/* mark_titles flags a name that begins a title of the person named right
 * after it ("US Vice President JD Vance": the US is not named there). */
static void
mark_titles(struct actor_doc *doc)
{
	const struct actor_dict *d = doc->dict;

	for (size_t i = 0; i + 1 < doc->nmentions; i++) {
		struct doc_mention *m = &doc->mentions[i], *next = m + 1;
		size_t end = next->b, start;
		long role;

		if (!d->aliases[m->alias].opens_role ||
		    next->sent != m->sent || next->b - m->e > TITLE_BYTES ||
		    d->actors[next->actor].kind != KIND_PERSON ||
		    m->actor == next->actor)
			continue;
		while (end > m->e && (doc->text[end - 1] == ' ' ||
		    doc->text[end - 1] == ','))
			end--;
		role = actor_patterns_role(doc->pat, doc->text, end, m->b, true,
		    &start);
		if (role >= 0 && actor_dict_holds(d, (size_t)role, next->actor))
			m->title = true;
	}
}


/* is_sorted: are the n elements of size at v in the order of cmp already
 * (as they mostly are: no qsort then)? */
static bool
is_sorted(const void *v, size_t n, size_t size,
    int (*cmp)(const void *, const void *))
{
	const char *p = v;

	for (size_t i = 1; i < n; i++)
		if (cmp(p + (i - 1) * size, p + i * size) > 0)
			return false;
	return true;
}

/* A quote's content, for mark_quoted. */
struct span_cp {
	long long start, end;
};

static int
span_order(const void *a, const void *b)
{
	const struct span_cp *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* mark_quoted flags the names inside the content of a quote: they are
 * the speaker's words, not people the reporter has named. One sweep:
 * a name is inside some content when the contents that start at or
 * before it reach its end. */
static void
mark_quoted(struct actor_doc *doc)
{
	struct span_cp *sp = xreallocarray(NULL, doc->nquotes + 1, sizeof *sp);
	size_t n = 0, k = 0;
	long long reach = -1;

	for (size_t i = 0; i < doc->nquotes; i++)
		if (doc->quotes[i].start >= 0 &&
		    doc->quotes[i].end > doc->quotes[i].start)
			sp[n++] = (struct span_cp){ doc->quotes[i].start,
			    doc->quotes[i].end };
	if (!is_sorted(sp, n, sizeof *sp, span_order))
		qsort(sp, n, sizeof *sp, span_order);
	for (size_t i = 0; i < doc->nmentions; i++) {
		struct doc_mention *m = &doc->mentions[i];

		while (k < n && sp[k].start <= (long long)m->start) {
			if (sp[k].end > reach)
				reach = sp[k].end;
			k++;
		}
		m->quoted = reach >= (long long)m->end;
	}
	free(sp);
}

static void
index_sentences(struct actor_doc *doc)
{
	size_t k = 0;

	for (size_t s = 0; s < doc->nsents; s++) {
		doc->sents[s].first = k;
		while (k < doc->nmentions && doc->mentions[k].sent == s)
			k++;
		doc->sents[s].n = k - doc->sents[s].first;
	}
}

/* --- looking back --- */

/* sentence_at: the sentence holding code point c (or the one before). */
static size_t
sentence_at(const struct actor_doc *doc, size_t c)
{
	size_t lo = 0, hi = doc->nsents;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->sents[mid].start <= c)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* cp_skip8 steps from byte b (code point *k) towards code point c,
 * eight bytes at a time, without passing it nor e; returns the byte
 * reached (the start of a code point), *k its code point. */
static size_t
cp_skip8(const char *text, size_t b, size_t e, size_t *k, size_t c)
{
	const uint64_t highs = 0x8080808080808080u;

#if defined(__SSE2__)
	/* sixteen at a time first: a continuation byte is below 0xC0 as a
	 * signed byte; their number by a sum of absolute differences */
	while (c - *k >= 16 && e - b >= 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)
		    (text + b));
		__m128i cont = _mm_and_si128(_mm_cmplt_epi8(x,
		    _mm_set1_epi8((char)0xC0)), _mm_set1_epi8(1));
		__m128i sum = _mm_sad_epu8(cont, _mm_setzero_si128());

		*k += 16 - (size_t)(_mm_cvtsi128_si32(sum) +
		    _mm_extract_epi16(sum, 4));
		b += 16;
		while (b < e && ((unsigned char)text[b] & 0xC0) == 0x80)
			b++;
	}
#endif
	while (c - *k >= 8 && e - b >= 8) {
		uint64_t x, cont;

		memcpy(&x, text + b, 8);
		/* a continuation byte is 10xxxxxx: bit 7 set, bit 6 clear */
		cont = (x & ~(x << 1) & highs) >> 7;
		/* their number: the sum of the bytes, in the top one */
		*k += 8 - (size_t)((cont * 0x0101010101010101u) >> 56);
		b += 8;
		while (b < e && ((unsigned char)text[b] & 0xC0) == 0x80)
			b++;
	}
	return b;
}

/* sentence_near is sentence_at, trying sentence hint first (a quote's
 * speaker is mostly in the quote's sentence). */
static size_t
sentence_near(const struct actor_doc *doc, size_t c, size_t hint)
{
	if (hint < doc->nsents && doc->sents[hint].start <= c &&
	    (hint + 1 == doc->nsents || doc->sents[hint + 1].start > c))
		return hint;
	return sentence_at(doc, c);
}

/* cp_byte: the byte of the document's text at code point c (<= ncp):
 * counted from the start of its sentence (hint: maybe that one); the
 * gaps between sentences are one byte a code point. */
static size_t
cp_byte(const struct actor_doc *doc, size_t c, size_t hint)
{
	const struct doc_sentence *s = &doc->sents[sentence_near(doc, c,
	    hint)];
	size_t b = s->b, k = s->start;

	if (c < s->start)
		return c;       /* before the first sentence */
	if (c >= s->end)
		return s->e + (c - s->end);
	if (s->ascii)
		return b + (c - k);
	b = cp_skip8(doc->text, b, s->e, &k, c);
	while (k < c) {
		b++;
		while (b < s->e && ((unsigned char)doc->text[b] & 0xC0) == 0x80)
			b++;
		k++;
	}
	return b;
}

/* An actor heard or named before some place, and what it is. */
struct candidate {
	long actor;             /* -1: a group */
	long long para;
};

typedef enum verdict (*judge_fn)(const struct actor_doc *,
    const struct candidate *, const void *);

/* look_back walks the names (outside quotes and titles) and the speakers
 * of the document before code point pos, latest first, down to paragraph
 * min_para and at most LOOK_BACK of them, and returns the first actor
 * judge accepts, or -1. */
static long
look_back(const struct actor_doc *doc, size_t pos, long long min_para,
    judge_fn judge, const void *ctx)
{
	size_t lo = 0, hi = doc->nmentions;
	long m, e = (long)doc->nevents - 1;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->mentions[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	m = (long)lo - 1;
	while (e >= 0 && doc->events[e].pos >= pos)
		e--;
	for (int seen = 0; seen < LOOK_BACK; seen++) {
		struct candidate c;
		enum verdict v;

		while (m >= 0 && (doc->mentions[m].title ||
		    doc->mentions[m].quoted))
			m--;
		if (m < 0 && e < 0)
			return -1;
		if (e < 0 || (m >= 0 &&
		    doc->mentions[m].start > doc->events[e].pos)) {
			c.actor = (long)doc->mentions[m].actor;
			c.para = doc->sents[doc->mentions[m].sent].para;
			m--;
		} else {
			c.actor = doc->events[e].actor;
			c.para = doc->events[e].para;
			e--;
		}
		if (c.para < min_para)
			return -1;
		v = judge(doc, &c, ctx);
		if (v == MATCH)
			return c.actor;
		if (v == STOP)
			return -1;
	}
	return -1;
}

enum pronoun { PRON_HE, PRON_SHE, PRON_THEY, PRON_IT, PRON_NONE };

static enum pronoun
pronoun_of(const char *s, size_t n)
{
	static const struct { const char *w; enum pronoun p; } words[] = {
		{ "he", PRON_HE }, { "him", PRON_HE }, { "she", PRON_SHE },
		{ "her", PRON_SHE }, { "they", PRON_THEY },
		{ "them", PRON_THEY }, { "it", PRON_IT },
	};

	if (n > 4)
		return PRON_NONE;       /* most mentions: no pronoun is longer */
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strlen(words[i].w) == n && strncasecmp(s, words[i].w, n) == 0)
			return words[i].p;
	return PRON_NONE;
}

static enum verdict
judge_pronoun(const struct actor_doc *doc, const struct candidate *c,
    const void *ctx)
{
	enum pronoun p = *(const enum pronoun *)ctx;
	const struct actor *a;

	if (c->actor < 0)
		return p == PRON_THEY ? STOP : SKIP;
	a = &doc->dict->actors[c->actor];
	if (a->kind == KIND_PLACE)
		return SKIP;
	if (a->kind != KIND_PERSON)
		return p == PRON_IT || p == PRON_THEY ? MATCH : SKIP;
	switch (p) {
	case PRON_HE:
		return a->pronoun == PRONOUN_ANY || a->pronoun == PRONOUN_HE ?
		    MATCH : SKIP;
	case PRON_SHE:
		return a->pronoun == PRONOUN_ANY || a->pronoun == PRONOUN_SHE ?
		    MATCH : SKIP;
	case PRON_THEY:
		return a->pronoun == PRONOUN_THEY ? MATCH : SKIP;
	default:
		return SKIP;
	}
}

struct role_ctx {
	size_t role;
	const char *group;      /* NULL: any side */
};

static enum verdict
judge_role(const struct actor_doc *doc, const struct candidate *c,
    const void *ctx)
{
	const struct role_ctx *r = ctx;

	if (c->actor < 0 || !actor_dict_holds(doc->dict, r->role,
	    (size_t)c->actor))
		return SKIP;
	if (r->group != NULL &&
	    strcmp(doc->dict->actors[c->actor].group, r->group) != 0)
		return SKIP;
	return MATCH;
}

/* --- a speaker mention --- */

static bool
is_trailing_punct(char c)
{
	return c == ',' || c == '.' || c == ':' || c == ';' || c == '!' ||
	    c == '?' || c == ')' || c == ']' || c == ' ' || c == '\t' ||
	    c == '\n';
}

/* trim_mention: the mention without blanks around it and punctuation
 * after it; sets *lead to the bytes dropped in front. */
static size_t
trim_mention(const char *s, size_t n, size_t *lead)
{
	size_t b = 0;

	while (b < n && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' ||
	    s[b] == '(' || s[b] == '['))
		b++;
	while (n > b && is_trailing_punct(s[n - 1]))
		n--;
	*lead = b;
	return n - b;
}

/* core_length: the mention without a final possessive ('s ’s ' ’). */
static size_t
core_length(const char *s, size_t n)
{
	if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's')
		return n - 2;
	if (n > 4 && memcmp(s + n - 4, "\xE2\x80\x99s", 4) == 0)
		return n - 4;
	if (n > 1 && s[n - 1] == '\'' && s[n - 2] == 's')
		return n - 1;
	if (n > 3 && memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0 &&
	    s[n - 4] == 's')
		return n - 3;
	return n;
}

/* last_word: the first byte of the last word of s[0..n). */
static size_t
last_word(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] != ' ' && s[n - 1] != '\t' &&
	    !(n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
	    (unsigned char)s[n - 1] == 0xA0))
		n--;
	return n;
}

static bool
word_in(const char *w, size_t n, const char *const *list)
{
	if (n == 0)
		return false;
	/* the first letters differ in more than case: no call */
	for (; *list != NULL; list++)
		if ((((*list)[0] ^ w[0]) & ~0x20) == 0 && strlen(*list) == n &&
		    strncasecmp(w, *list, n) == 0)
			return true;
	return false;
}

/* A plural or collective head: a group speaks, not one actor. */
static bool
is_group_word(const char *w, size_t n)
{
	static const char *const collective[] = { "people", "police", "staff",
	    "media", "press", "public", "crowd", "team", "camp", "side",
	    "administration", "government", "office", "ministry",
	    "delegation", "leadership", "family", "military", "army",
	    "sides", "both", "all", "each", "many", "several", "others",
	    NULL };

	if (word_in(w, n, collective))
		return true;
	if (n < 4 || w[0] < 'a' || w[0] > 'z' || w[n - 1] != 's')
		return false;
	return w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i';
}

/* A head that names an unnamed person: a source, not the actor before it
 * ("a Kremlin source", "a Ukrainian official"). */
static bool
is_person_word(const char *w, size_t n)
{
	static const char *const persons[] = { "source", "official", "aide",
	    "insider", "person", "someone", "figure", "expert", "analyst",
	    "observer", "witness", "lawmaker", "politician", "member",
	    "representative", "negotiator", "envoy", "diplomat", "spokesman",
	    "spokeswoman", "spokesperson", "adviser", "advisor", "minister",
	    "officer", "commander", "leader", "president", "secretary",
	    "chief", "head", "ambassador", "general", "senator", "man",
	    "woman", "resident", "worker", "soldier", "journalist",
	    "correspondent", "reporter", "host", NULL };

	return word_in(w, n, persons);
}

static bool
is_indefinite(const char *s, size_t n)
{
	static const char *const words[] = { "a", "an", "another", "one",
	    "some", "any", NULL };
	size_t w = 0;

	while (w < n && s[w] != ' ')
		w++;
	return w < n && word_in(s, w, words);
}

static bool
is_capitalised(const char *w, size_t n)
{
	return n > 0 && ((w[0] >= 'A' && w[0] <= 'Z') ||
	    (unsigned char)w[0] >= 0xC0);
}

/* names_from_doc: the document's names overlapping bytes [b, b+n) of its
 * text, as bytes of that span. */
static void
names_from_doc(const struct actor_doc *doc, size_t b, size_t n,
    struct mention_names *out)
{
	size_t lo = 0, hi = doc->nmentions;

	/* mentions do not overlap: their ends are in order too */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->mentions[mid].e <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < doc->nmentions && out->n < MENTION_NAMES; i++) {
		const struct doc_mention *m = &doc->mentions[i];

		if (m->b >= b + n)
			break;
		out->m[out->n++] = (struct mname){
			(m->b > b ? m->b : b) - b,
			(m->e < b + n ? m->e : b + n) - b, m->actor };
	}
}

/* latest_named: of the actors a surname may name, the one last named
 * (in full or not) before code point pos; -1 when none. */
static long
latest_named(const struct actor_doc *doc, const struct alias *al, size_t pos)
{
	size_t seen = 0;

	for (size_t i = doc->nmentions; i-- > 0 && seen++ < LOOK_BACK; ) {
		const struct doc_mention *m = &doc->mentions[i];

		if (m->start >= pos)
			continue;
		for (size_t h = 0; h < al->nholders; h++)
			if (al->holders[h] == m->actor)
				return (long)m->actor;
	}
	return -1;
}

static void
names_from_scan(struct actor_doc *doc, const char *s, size_t n, size_t pos,
    struct mention_names *out)
{
	doc->found.n = 0;
	actor_patterns_names(doc->pat, s, n, &doc->found);
	for (size_t i = 0; i < doc->found.n && out->n < MENTION_NAMES; i++) {
		const struct name_match *m = &doc->found.m[i];
		const struct alias *al = &doc->dict->aliases[m->alias];
		long actor = al->type == ALIAS_SURNAME ?
		    latest_named(doc, al, pos) : (long)al->holders[0];

		if (actor >= 0)
			out->m[out->n++] = (struct mname){ m->b, m->e,
			    (size_t)actor };
	}
}

/* A mention and where it is. */
struct mention {
	const char *s;          /* trimmed */
	size_t n;
	size_t pos;             /* code point, for looking back */
	long long para;
	struct mention_names names;
};

static void
push_event(struct actor_doc *doc, size_t pos, long long para, long actor)
{
	if (doc->nevents == doc->ecap) {
		doc->ecap = doc->ecap ? 2 * doc->ecap : 32;
		doc->events = xreallocarray(doc->events, doc->ecap,
		    sizeof *doc->events);
	}
	doc->events[doc->nevents++] = (struct doc_event){ pos, para, actor };
}

static bool
speaks(const struct actor_doc *doc, size_t actor)
{
	return doc->dict->actors[actor].kind != KIND_PLACE;
}

/* by_role resolves a mention that ends with role r starting at byte rs. */
static long
by_role(const struct actor_doc *doc, const struct mention *m, size_t r,
    size_t rs)
{
	const struct role *role = &doc->dict->roles[r];
	struct role_ctx ctx = { r, NULL };

	if (role->nholders == 1)
		return (long)role->holders[0];
	if (is_indefinite(m->s, m->n))
		return -1;
	/* "Trump's special envoy": the side of the name before the role */
	for (size_t i = m->names.n; i-- > 0; )
		if (m->names.m[i].e <= rs) {
			ctx.group = doc->dict->actors[m->names.m[i].actor].group;
			break;
		}
	return look_back(doc, m->pos, LLONG_MIN, judge_role, &ctx);
}

/* has_word: does s[0..n) hold w surrounded by blanks? */
static bool
has_word(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	for (size_t i = 1; i + k + 1 <= n; i++)
		if (s[i - 1] == ' ' && s[i + k] == ' ' &&
		    memcmp(s + i, w, k) == 0)
			return true;
	return false;
}

static bool
is_coordination(const struct mention *m)
{
	bool two = false;

	for (size_t i = 1; i < m->names.n; i++)
		if (m->names.m[i].actor != m->names.m[0].actor)
			two = true;
	return two && (has_word(m->s, m->n, "and") ||
	    has_word(m->s, m->n, "&"));
}

/* resolve_mention resolves a speaker mention (steps in resolve.h);
 * *group is set when it names a group of speakers. */
static long
resolve_mention(struct actor_doc *doc, struct mention *m,
    enum actor_via *via, bool *group)
{
	size_t core = core_length(m->s, m->n), word, rs = 0;
	enum pronoun p = pronoun_of(m->s, m->n);
	long r, best = -1;

	*group = false;
	if (p != PRON_NONE) {
		*via = VIA_PRONOUN;
		return look_back(doc, m->pos, m->para - 1, judge_pronoun, &p);
	}
	if (is_coordination(m)) {
		*group = true;
		return -1;
	}
	*via = VIA_NAME;
	for (size_t i = m->names.n; i-- > 0; )
		if (m->names.m[i].e >= core)
			return speaks(doc, m->names.m[i].actor) ?
			    (long)m->names.m[i].actor : -1;
	r = actor_patterns_role(doc->pat, m->s, core, 0, false, &rs);
	if (r >= 0) {
		/* "Steve Witkoff, Trump's special envoy": the name of one who
		 * holds the role */
		for (size_t i = 0; i < m->names.n; i++)
			if (actor_dict_holds(doc->dict, (size_t)r,
			    m->names.m[i].actor))
				return (long)m->names.m[i].actor;
		*via = VIA_ROLE;
		return by_role(doc, m, (size_t)r, rs);
	}
	word = last_word(m->s, core);
	if (is_group_word(m->s + word, core - word)) {
		*group = true;
		return -1;
	}
	if (is_capitalised(m->s + word, core - word) ||
	    is_person_word(m->s + word, core - word))
		return -1;
	for (size_t i = 0; i < m->names.n; i++) {
		const struct mname *nm = &m->names.m[i];

		if (speaks(doc, nm->actor) && (best < 0 || nm->e - nm->b >
		    m->names.m[best].e - m->names.m[best].b))
			best = (long)i;
	}
	return best >= 0 ? (long)m->names.m[best].actor : -1;
}

/* speaker_consistent: do the quote's speaker offsets hold its speaker? */
static bool
speaker_consistent(const struct actor_doc *doc, const struct doc_quote *q,
    size_t *b)
{
	const char *s = doc->strs + q->speaker;

	if (q->speaker_start < 0 || q->speaker_end < q->speaker_start ||
	    (size_t)q->speaker_end > doc->ncp)
		return false;
	*b = cp_byte(doc, (size_t)q->speaker_start, q->sent);
	return doc->len - *b >= q->speaker_len &&
	    memcmp(doc->text + *b, s, q->speaker_len) == 0 &&
	    cp_count(s, q->speaker_len) ==
	    (size_t)(q->speaker_end - q->speaker_start);
}

/* quote_pos: where a quote's speaker is, for looking back. */
static size_t
quote_pos(const struct actor_doc *doc, const struct doc_quote *q)
{
	if (q->speaker_start >= 0 && (size_t)q->speaker_start <= doc->ncp)
		return (size_t)q->speaker_start;
	if (q->start >= 0 && (size_t)q->start <= doc->ncp)
		return (size_t)q->start;
	return doc->sents[q->sent].start;
}

static void
resolve_speaker(struct actor_doc *doc, struct doc_quote *q)
{
	struct mention m;
	size_t lead, b;
	const char *s = doc->strs + q->speaker;
	bool group;

	m.names.n = 0;
	m.pos = quote_pos(doc, q);
	m.para = doc->sents[sentence_near(doc, m.pos, q->sent)].para;
	m.n = trim_mention(s, q->speaker_len, &lead);
	m.s = s + lead;
	if (m.n == 0)
		return;
	if (speaker_consistent(doc, q, &b))
		names_from_doc(doc, b + lead, m.n, &m.names);
	else
		names_from_scan(doc, m.s, m.n, m.pos, &m.names);
	q->actor = resolve_mention(doc, &m, &q->via, &group);
	if (q->actor < 0)
		q->via = VIA_NONE;
	if (q->actor >= 0 || group)
		push_event(doc, m.pos, m.para, q->actor);
}

/* continued: the quote that order[i] carries on. Its speaker fields are
 * copied from it, so it comes just before in the order of the speakers:
 * the last quote there with the same speaker, starting before it. */
static const struct doc_quote *
continued(const struct actor_doc *doc, size_t i)
{
	const struct doc_quote *q = &doc->quotes[doc->order[i]];
	size_t pos = quote_pos(doc, q);

	while (i-- > 0) {
		const struct doc_quote *o = &doc->quotes[doc->order[i]];

		if (q->speaker_start >= 0 && quote_pos(doc, o) != pos)
			return NULL;
		if (o->start < q->start)
			return o;
		if (q->speaker_start < 0)
			return NULL;
	}
	return NULL;
}

static const struct actor_doc *order_doc;

static int
quote_order(const void *pa, const void *pb)
{
	const struct doc_quote *a = &order_doc->quotes[*(const size_t *)pa];
	const struct doc_quote *b = &order_doc->quotes[*(const size_t *)pb];
	size_t x = quote_pos(order_doc, a), y = quote_pos(order_doc, b);

	if (x != y)
		return x < y ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return *(const size_t *)pa < *(const size_t *)pb ? -1 : 1;
}

static void
resolve_quotes(struct actor_doc *doc)
{
	if (doc->nquotes > doc->ocap) {
		doc->ocap = doc->nquotes;
		doc->order = xreallocarray(doc->order, doc->ocap,
		    sizeof *doc->order);
	}
	for (size_t i = 0; i < doc->nquotes; i++)
		doc->order[i] = i;
	order_doc = doc;
	if (!is_sorted(doc->order, doc->nquotes, sizeof *doc->order,
	    quote_order))
		qsort(doc->order, doc->nquotes, sizeof *doc->order, quote_order);
	for (size_t i = 0; i < doc->nquotes; i++) {
		struct doc_quote *q = &doc->quotes[doc->order[i]];
		const struct doc_quote *from;

		if (q->continues && (from = continued(doc, i)) != NULL) {
			q->actor = from->actor;
			q->via = from->actor >= 0 ? VIA_CONTINUES : VIA_NONE;
		} else if (q->has_speaker) {
			resolve_speaker(doc, q);
		}
	}
}

void
actor_doc_resolve(struct actor_doc *doc)
{
	if (doc->nsents == 0)
		return;
	doc->cp_at = doc->byte_at = 0;
	find_mentions(doc);
	mark_titles(doc);
	mark_quoted(doc);
	index_sentences(doc);
	resolve_quotes(doc);
}

void
actor_doc_free(struct actor_doc *doc)
{
	actor_doc_reset(doc);
	free(doc->text);
	free(doc->sents);
	free(doc->quotes);
	free(doc->mentions);
	free(doc->strs);
	free(doc->found.m);
	free(doc->events);
	free(doc->order);
	free(doc->last_named);
	free(doc->touched);
	memset(doc, 0, sizeof *doc);
}
