#include "record.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "jsonplain.h"
#include "utf8.h"
#include "xalloc.h"

#define MAX_DEPTH 32            /* deeper: left to jansson */
#define MAX_KEYS 64             /* more keys in one object: left to jansson */
#define MAX_DIGITS 18           /* longer integers: left to jansson */
#define NO_PARA LLONG_MIN       /* "para" absent */
#define MEMO_MIN 32             /* shorter values are checked again */

/* the scanner's small functions, called for every token: inlined (gcc
 * would not, and a call costs as much as their work) */
#if defined(__GNUC__)
#define FAST_INLINE inline __attribute__((always_inline))
#else
#define FAST_INLINE inline
#endif

static const char *quote_keys[QF_N] = { "actor", "actor_via", "actor_name",
    "group" };
static const size_t quote_key_len[QF_N] = { 5, 9, 10, 5 };

/* An edit of a fast line: bytes [b, e) replaced by etext[off..off+len);
 * seq keeps the insertions at one place in the order they were made. */
struct edit {
	size_t b, e, off, len, seq;
};

void
rec_batch_init(struct rec_batch *b, bool slow)
{
	memset(b, 0, sizeof *b);
	b->slow = slow;
}

/* --- the fast reader --- */

enum part { GENERIC, TOP, QUOTES, QUOTE };

struct parser {
	const char *s;
	size_t n, i;
	struct rec_batch *b;
	struct rec_quote *q;
	bool has_doc, has_text, has_start, has_end;
	size_t extra;           /* the bytes of the strings read beyond one
	                         * a code point of their content */
};

static bool p_value(struct parser *p, int depth);
static FAST_INLINE bool p_member_value(struct parser *p, int depth);
static bool p_object(struct parser *p, int depth, enum part part);

/* p_string reads the string at p->i ('"'); *sp is its content, undecoded.
 * Only the escapes jansson writes back the same way are taken:
 * \" \\ \b \f \n \r \t. */
static FAST_INLINE bool
p_string(struct parser *p, struct span *sp, bool *escaped)
{
	const char *s = p->s;
	size_t n = p->n, i = p->i + 1, extra = 0, k;

	*escaped = false;
	sp->b = i;
	while ((i += jsonplain_span(s + i, n - i)) < n) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"') {
			sp->e = i;
			p->i = i + 1;
			p->extra += extra;
			return true;
		}
		if (c == '\\') {
			if (i + 1 >= n || s[i + 1] == '\0' ||
			    strchr("\"\\bfnrt", s[i + 1]) == NULL)
				return false;
			*escaped = true;
			extra++;        /* two bytes, one code point */
			i += 2;
		} else if (c < 0x80 || (k = utf8_sequence(s + i, n - i)) == 0) {
			return false;   /* a control character, or bad UTF-8 */
		} else {
			extra += k - 1;
			i += k;
		}
	}
	return false;
}

/* p_integer reads an integer written as jansson writes it. The line ends
 * with '}' (fast_read checks it first), so the digits stop before its end
 * without a bound to check. */
static FAST_INLINE bool
p_integer(struct parser *p, long long *v)
{
	const char *s = p->s;
	size_t i = p->i, b = i, digits;
	bool neg = s[i] == '-';
	unsigned long long x = 0;   /* wraps past MAX_DIGITS: refused below */
	unsigned d;

	i += neg;
	while ((d = (unsigned)((unsigned char)s[i] - '0')) <= 9) {
		x = x * 10 + d;
		i++;
	}
	p->i = i;
	digits = i - b - neg;
	if (digits == 0 || digits > MAX_DIGITS ||
	    (s[b + neg] == '0' && (digits > 1 || neg)))
		return false;
	/* what may follow in a compact line; not a real ('.', 'e': its form
	 * is jansson's to choose) */
	if (s[i] != ',' && s[i] != '}' && s[i] != ']')
		return false;
	*v = neg ? -(long long)x : (long long)x;
	return true;
}

static FAST_INLINE bool
p_word(struct parser *p, const char *word, size_t n)
{
	if (p->n - p->i < n || memcmp(p->s + p->i, word, n) != 0)
		return false;
	p->i += n;
	return true;
}

/* p_literal(p, "true") */
#define p_literal(p, w) p_word(p, w, sizeof w - 1)

/* p_non_negative reads a non-negative integer (p_integer without a sign:
 * a 0 cannot lead, as the byte after it must end the value). */
static FAST_INLINE bool
p_non_negative(struct parser *p, long long *v)
{
	const char *s = p->s;
	size_t i = p->i, b = i;
	unsigned long long x;
	unsigned d = (unsigned)((unsigned char)s[i] - '0');

	if (d > 9)
		return false;
	x = d;
	i++;
	if (d > 0)
		while ((d = (unsigned)((unsigned char)s[i] - '0')) <= 9) {
			x = x * 10 + d;
			i++;
		}
	if (i - b > MAX_DIGITS || (s[i] != ',' && s[i] != '}' && s[i] != ']'))
		return false;
	p->i = i;
	*v = (long long)x;
	return true;
}

/* p_offset: a non-negative integer or null (-1). */
static FAST_INLINE bool
p_offset(struct parser *p, long long *v)
{
	*v = -1;
	if (p->s[p->i] == 'n')
		return p_literal(p, "null");
	return p_non_negative(p, v);
}

static FAST_INLINE struct rec_quote *
new_quote(struct rec_batch *b)
{
	size_t at = b->cq0 + b->ncq++;

	if (at >= b->qcap) {
		b->qcap = 2 * at + 64;
		b->quotes = xreallocarray(b->quotes, b->qcap, sizeof *b->quotes);
	}
	return memset(&b->quotes[at], 0, sizeof *b->quotes);
}

static bool
p_array(struct parser *p, int depth, enum part part)
{
	p->i++;
	if (p->i < p->n && p->s[p->i] == ']') {
		p->i++;
		return true;
	}
	for (;;) {
		if (part == QUOTES) {
			if (p->i >= p->n || p->s[p->i] != '{')
				return false;
			p->q = new_quote(p->b);
			p->q->start = p->q->end = -1;
			p->q->speaker_start = p->q->speaker_end = -1;
			p->q->obj.b = p->i;
			if (!p_object(p, depth + 1, QUOTE))
				return false;
			p->q->obj.e = p->i;
		} else if (!p_value(p, depth + 1)) {
			return false;
		}
		if (p->i >= p->n)
			return false;
		if (p->s[p->i] == ']') {
			p->i++;
			return true;
		}
		if (p->s[p->i++] != ',')
			return false;
	}
}

/* value_span reads any value and records where it is. */
static bool
value_span(struct parser *p, int depth, struct span *sp)
{
	sp->b = p->i;
	if (!p_value(p, depth))
		return false;
	sp->e = p->i;
	return true;
}

/* the keys parley-actors reads or sets, and the others the stages before
 * it write (a duplicate of any of these is found by a bit) */
enum key {
	K_OTHER, K_DOC, K_TEXT, K_START, K_END, K_PARA, K_QUOTES, K_ACTORS,
	K_SPEAKER, K_SPEAKER_START, K_SPEAKER_END, K_CONTINUES,
	K_ACTOR, K_ACTOR_VIA, K_ACTOR_NAME, K_GROUP,
	K_SENT, K_DATE, K_TITLE, K_KIND, K_CUE, K_CUE_START, K_CUE_END,
	K_SOURCE, K_N
};

#if defined(__SSE2__)
/* each enum key as it is written before its value, "key": (16 bytes at
 * most), and a bit for each of its bytes */
static const char key_lit[K_N][16] = {
	"", "\"doc\":", "\"text\":", "\"start\":", "\"end\":", "\"para\":",
	"\"quotes\":", "\"actors\":", "\"speaker\":", "\"speaker_start\":",
	"\"speaker_end\":", "\"continues\":", "\"actor\":", "\"actor_via\":",
	"\"actor_name\":", "\"group\":", "\"sent\":", "\"date\":", "\"title\":",
	"\"kind\":", "\"cue\":", "\"cue_start\":", "\"cue_end\":",
	"\"source\":"
};
static const unsigned char key_lit_len[K_N] = {
	0, 6, 7, 8, 6, 7, 9, 9, 10, 16, 14, 12, 8, 12, 13, 8, 7, 7, 8, 7, 6,
	12, 10, 9
};

/* key_here: is the key k, and its ':', at p->i (with a value after)? */
static FAST_INLINE bool
key_here(const struct parser *p, enum key k)
{
	unsigned n = key_lit_len[k], want = (1u << n) - 1;
	__m128i x, lit;

	if (p->n - p->i <= 16)  /* near the end of the line */
		return p->n - p->i > n && memcmp(p->s + p->i, key_lit[k], n) == 0;
	x = _mm_loadu_si128((const __m128i *)(const void *)(p->s + p->i));
	lit = _mm_loadu_si128((const __m128i *)(const void *)key_lit[k]);
	return ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, lit)) & want) ==
	    want;
}
#endif

/* key_is: is the key at sp the n-byte word w? */
#define key_is(p, sp, w) (memcmp((p)->s + (sp).b, w, sizeof w - 1) == 0)

/* key_of: which key is at sp (by its length first: one compare). */
static FAST_INLINE enum key
key_of(const struct parser *p, struct span sp)
{
	switch (sp.e - sp.b) {
	case 3:
		return key_is(p, sp, "doc") ? K_DOC :
		    key_is(p, sp, "end") ? K_END :
		    key_is(p, sp, "cue") ? K_CUE : K_OTHER;
	case 4:
		return key_is(p, sp, "text") ? K_TEXT :
		    key_is(p, sp, "para") ? K_PARA :
		    key_is(p, sp, "sent") ? K_SENT :
		    key_is(p, sp, "date") ? K_DATE :
		    key_is(p, sp, "kind") ? K_KIND : K_OTHER;
	case 5:
		return key_is(p, sp, "start") ? K_START :
		    key_is(p, sp, "actor") ? K_ACTOR :
		    key_is(p, sp, "group") ? K_GROUP :
		    key_is(p, sp, "title") ? K_TITLE : K_OTHER;
	case 6:
		return key_is(p, sp, "quotes") ? K_QUOTES :
		    key_is(p, sp, "actors") ? K_ACTORS :
		    key_is(p, sp, "source") ? K_SOURCE : K_OTHER;
	case 7:
		return key_is(p, sp, "speaker") ? K_SPEAKER :
		    key_is(p, sp, "cue_end") ? K_CUE_END : K_OTHER;
	case 9:
		return key_is(p, sp, "continues") ? K_CONTINUES :
		    key_is(p, sp, "actor_via") ? K_ACTOR_VIA :
		    key_is(p, sp, "cue_start") ? K_CUE_START : K_OTHER;
	case 10:
		return key_is(p, sp, "actor_name") ? K_ACTOR_NAME : K_OTHER;
	case 11:
		return key_is(p, sp, "speaker_end") ? K_SPEAKER_END : K_OTHER;
	case 13:
		return key_is(p, sp, "speaker_start") ? K_SPEAKER_START :
		    K_OTHER;
	default:
		return K_OTHER;
	}
}

/* same_as_before: are the bytes at p->i the value of member j of the
 * record pushed last (read and checked then), followed by the end of the
 * member? Then p->i goes past them. A value is valid or not by its bytes
 * alone. */
static FAST_INLINE bool
same_as_before(struct parser *p, size_t j)
{
	const struct rec_batch *b = p->b;
	size_t n;

	if (j >= REC_MEMO || !(b->prev_memo >> j & 1) || b->n == 0)
		return false;
	n = b->prev_val[j].e - b->prev_val[j].b;
	if (p->n - p->i <= n ||
	    (p->s[p->i + n] != ',' && p->s[p->i + n] != '}') ||
	    memcmp(p->s + p->i, b->arena + b->prev_line + b->prev_val[j].b,
	    n) != 0)
		return false;
	p->i += n;
	return true;
}

/* remember_value keeps where the value of member j of the record, read
 * from at on, is, when it is long enough to be worth a compare. */
static FAST_INLINE void
remember_value(struct parser *p, size_t j, size_t at)
{
	if (j < REC_MEMO && p->i - at >= MEMO_MIN) {
		p->b->cur_val[j] = (struct span){ at, p->i };
		p->b->cur_memo |= 1u << j;
	}
}

/* top_member reads the value of member j of the record, of key key. */
static FAST_INLINE bool
top_member(struct parser *p, enum key key, size_t j, int depth)
{
	struct rec *r = &p->b->cur;
	size_t at = p->i;
	bool esc;

	switch (key) {
	case K_DOC:
		return (p->has_doc = p->s[p->i] == '"' &&
		    p_string(p, &r->doc, &esc) && !esc);
	case K_TEXT:
		p->extra = 0;
		p->has_text = p->s[p->i] == '"' &&
		    p_string(p, &r->text, &r->text_escaped);
		r->text_extra = p->extra;
		return p->has_text;
	case K_START:
		return (p->has_start = p_non_negative(p, &r->start));
	case K_END:
		return (p->has_end = p_non_negative(p, &r->end));
	case K_PARA:
		return p->s[p->i] != 'n' && p_integer(p, &r->para);
	case K_QUOTES:
		return p->s[p->i] == '[' && p_array(p, depth, QUOTES);
	case K_ACTORS:
		return value_span(p, depth, &r->actors);
	default:
		if (same_as_before(p, j))
			return true;
		if (!p_member_value(p, depth))
			return false;
		remember_value(p, j, at);
		return true;
	}
}

static FAST_INLINE bool
quote_speaker(struct parser *p, struct rec_quote *q)
{
	if (p->s[p->i] == 'n')
		return p_literal(p, "null");
	return (q->has_speaker = p->s[p->i] == '"' &&
	    p_string(p, &q->speaker, &q->speaker_escaped));
}

static FAST_INLINE bool
quote_continues(struct parser *p, struct rec_quote *q)
{
	if (p->s[p->i] == 't')
		return (q->continues = p_literal(p, "true"));
	if (p->s[p->i] == 'f')
		return p_literal(p, "false");
	return p_literal(p, "null");
}

static FAST_INLINE bool
quote_member(struct parser *p, enum key key, int depth)
{
	struct rec_quote *q = p->q;

	switch (key) {
	case K_START: return p_offset(p, &q->start);
	case K_END: return p_offset(p, &q->end);
	case K_SPEAKER_START: return p_offset(p, &q->speaker_start);
	case K_SPEAKER_END: return p_offset(p, &q->speaker_end);
	case K_SPEAKER: return quote_speaker(p, q);
	case K_CONTINUES: return quote_continues(p, q);
	case K_ACTOR: return value_span(p, depth, &q->old[QF_ACTOR]);
	case K_ACTOR_VIA: return value_span(p, depth, &q->old[QF_VIA]);
	case K_ACTOR_NAME: return value_span(p, depth, &q->old[QF_NAME]);
	case K_GROUP: return value_span(p, depth, &q->old[QF_GROUP]);
	default: return p_member_value(p, depth);
	}
}

/* maybe_seen: may an earlier key of the object be the same as key (one
 * with its length and first byte)? Records key in *seen. */
static bool
maybe_seen(const struct parser *p, struct span key, uint64_t *seen)
{
	unsigned bit = (unsigned)((key.e - key.b) * 7 +
	    (key.e > key.b ? (unsigned char)p->s[key.b] : 0)) & 63;
	bool maybe = (*seen >> bit) & 1;

	*seen |= (uint64_t)1 << bit;
	return maybe;
}

static bool
is_duplicate(const struct parser *p, const struct span *keys, size_t n,
    struct span key)
{
	for (size_t k = 0; k < n; k++)
		if (keys[k].e - keys[k].b == key.e - key.b &&
		    memcmp(p->s + keys[k].b, p->s + key.b, key.e - key.b) == 0)
			return true;
	return false;
}

/* p_key reads the key of a member and its ':' (at p->i: '"'): *k, and
 * its span in *key for a key of no enum key. The key that came after
 * prev in the last object of the same part (next[prev]) is tried first,
 * by its bytes, so that the keys of records of one form cost a compare. */
static FAST_INLINE bool
p_key(struct parser *p, enum part part, unsigned char *next, unsigned prev,
    enum key *k, struct span *key)
{
	bool esc;

#if defined(__SSE2__)
	if (next != NULL && next[prev] != K_OTHER &&
	    key_here(p, (enum key)next[prev])) {
		*k = (enum key)next[prev];
		p->i += key_lit_len[*k];
		return true;
	}
#else
	(void)next;
	(void)prev;
#endif
	if (p->i >= p->n || p->s[p->i] != '"' || !p_string(p, key, &esc))
		return false;
	*k = part == GENERIC || esc ? K_OTHER : key_of(p, *key);
	return p->i < p->n && p->s[p->i++] == ':';
}

/* member reads the value of member j, of key k, of an object of part. */
static FAST_INLINE bool
member(struct parser *p, enum part part, enum key k, size_t j, int depth)
{
	if (part == TOP)
		return top_member(p, k, j, depth);
	if (part == QUOTE)
		return quote_member(p, k, depth);
	return p_value(p, depth);
}

#if defined(__SSE2__)
/* p_shape reads the members of an object of part (p->i after its '{')
 * while their keys are those of the last object of the part, in order
 * (the keys of the records of one form cost a compare each, and need no
 * check for a duplicate: the shape has none). Returns how many it read
 * (*done: and the object with them), or -1 for a mistake. */
static FAST_INLINE long
p_shape(struct parser *p, enum part part, int depth, bool *done)
{
	const struct shape *sh = part == TOP ? &p->b->shape_top :
	    &p->b->shape_quote;
	size_t j;

	*done = false;
	for (j = 0; j < sh->n; j++) {
		enum key k = (enum key)sh->key[j];

		if (!key_here(p, k))
			break;
		p->i += key_lit_len[k];
		if (!member(p, part, k, j, depth) || p->i >= p->n)
			return -1;
		if (p->s[p->i] == '}') {
			p->i++;
			*done = true;
			return (long)j + 1;
		}
		if (p->s[p->i++] != ',')
			return -1;
	}
	return (long)j;
}
#endif

/* shape_keep makes the keys of an object of part read whole (their enum
 * keys, up to the first of none) the shape of the part. */
static void
shape_keep(struct parser *p, enum part part, const unsigned char *keys,
    size_t n)
{
	struct shape *sh = part == TOP ? &p->b->shape_top : &p->b->shape_quote;
	size_t j;

	for (j = 0; j < n && j < MAX_SHAPE && keys[j] != K_OTHER; j++)
		sh->key[j] = keys[j];
	sh->n = j;
}

static FAST_INLINE bool
p_object_of(struct parser *p, int depth, enum part part)
{
	struct span keys[MAX_KEYS];     /* the keys of no enum key */
	unsigned char order[MAX_SHAPE]; /* the enum keys, in order */
	size_t nkeys = 0, total = 0;
	uint64_t seen = 0;      /* a bit per (length, first byte) of those */
	uint32_t known = 0;     /* a bit per enum key seen */
	unsigned char *next = part == TOP ? p->b->next_top :
	    part == QUOTE ? p->b->next_quote : NULL;
	unsigned prev = K_N;

	p->i++;
	if (p->i < p->n && p->s[p->i] == '}') {
		p->i++;
		return true;
	}
#if defined(__SSE2__)
	if (part != GENERIC) {
		const struct shape *sh = part == TOP ? &p->b->shape_top :
		    &p->b->shape_quote;
		bool done;
		long got = p_shape(p, part, depth, &done);

		if (got < 0)
			return false;
		if (done)
			return true;
		/* on from where the object leaves its shape */
		total = (size_t)got;
		for (size_t j = 0; j < total; j++) {
			known |= 1u << sh->key[j];
			order[j] = sh->key[j];
		}
		if (total > 0)
			prev = sh->key[total - 1];
	}
#endif
	for (;;) {
		struct span key;
		enum key k;

		if (total == MAX_KEYS || !p_key(p, part, next, prev, &k, &key))
			return false;
		if (k != K_OTHER) {
			if (known & 1u << k)
				return false;   /* a duplicate: jansson refuses it */
			known |= 1u << k;
		} else {
			if (maybe_seen(p, key, &seen) &&
			    is_duplicate(p, keys, nkeys, key))
				return false;
			keys[nkeys++] = key;
		}
		if (total < MAX_SHAPE)
			order[total] = (unsigned char)k;
		if (next != NULL) {
			next[prev] = (unsigned char)k;
			prev = k;
		}
		if (p->i >= p->n || !member(p, part, k, total++, depth) ||
		    p->i >= p->n)
			return false;
		if (p->s[p->i] == '}') {
			p->i++;
			if (part != GENERIC)
				shape_keep(p, part, order, total);
			return true;
		}
		if (p->s[p->i++] != ',')
			return false;
	}
}

/* p_object reads an object (at p->i: '{') of part: a copy of
 * p_object_of made for each part. */
static bool
p_object(struct parser *p, int depth, enum part part)
{
	switch (part) {
	case TOP: return p_object_of(p, depth, TOP);
	case QUOTE: return p_object_of(p, depth, QUOTE);
	default: return p_object_of(p, depth, GENERIC);
	}
}

static bool
p_value(struct parser *p, int depth)
{
	struct span sp;
	long long v;
	bool esc;

	if (depth > MAX_DEPTH || p->i >= p->n)
		return false;
	switch (p->s[p->i]) {
	case '{': return p_object(p, depth + 1, GENERIC);
	case '[': return p_array(p, depth + 1, GENERIC);
	case '"': return p_string(p, &sp, &esc);
	case 't': return p_literal(p, "true");
	case 'f': return p_literal(p, "false");
	case 'n': return p_literal(p, "null");
	default: return p_integer(p, &v);
	}
}

/* p_member_value reads the value of a member of a record or quote that
 * parley-actors does not look at (a string or an integer without a call
 * to p_value). */
static FAST_INLINE bool
p_member_value(struct parser *p, int depth)
{
	struct span sp;
	long long v;
	bool esc;
	char c = p->s[p->i];

	if (c == '"')
		return p_string(p, &sp, &esc);
	if (c >= '0' && c <= '9')
		return p_non_negative(p, &v);
	if (c == '-')
		return p_integer(p, &v);
	return p_value(p, depth);
}

/* decode writes the content of a string read by p_string to out (at least
 * n bytes) and returns its length. */
static size_t
decode(const char *s, size_t n, bool escaped, char *out)
{
	size_t len = 0;

	if (!escaped) {
		memcpy(out, s, n);
		return n;
	}
	for (size_t i = 0; i < n; i++) {
		const char *bs = memchr(s + i, '\\', n - i);
		size_t run = (bs != NULL ? (size_t)(bs - s) : n) - i;

		memcpy(out + len, s + i, run);
		len += run;
		if ((i += run) == n)
			break;
		switch (s[++i]) {
		case 'b': out[len++] = '\b'; break;
		case 'f': out[len++] = '\f'; break;
		case 'n': out[len++] = '\n'; break;
		case 'r': out[len++] = '\r'; break;
		case 't': out[len++] = '\t'; break;
		default: out[len++] = s[i]; break;
		}
	}
	return len;
}

static char *
scratch(struct rec_batch *b, size_t n)
{
	if (n + 1 > b->deccap) {
		b->deccap = 2 * n + 256;
		b->dec = xrealloc(b->dec, b->deccap);
	}
	return b->dec;
}

/* content: the decoded content of a string read by p_string (in place
 * when it has no escapes), *n bytes. */
static const char *
content(struct rec_batch *b, const char *line, struct span sp, bool escaped,
    size_t *n)
{
	if (!escaped) {
		*n = sp.e - sp.b;
		return line + sp.b;
	}
	*n = decode(line + sp.b, sp.e - sp.b, true, scratch(b, sp.e - sp.b));
	return b->dec;
}

/* same_doc_as_batch: is doc (n bytes) the batch's document? */
static bool
same_doc_as_batch(const struct rec_batch *b, const char *doc, size_t n)
{
	return b->n > 0 && b->doclen == n && memcmp(b->doc, doc, n) == 0;
}

/* fast_read reads a compact line; false leaves it to jansson. */
static bool
fast_read(struct rec_batch *b, const char *line, size_t len)
{
	struct parser p = { .s = line, .n = len, .b = b };
	struct rec *r = &b->cur;

	memset(r, 0, sizeof *r);
	r->para = NO_PARA;
	b->ncq = 0;
	b->cq0 = b->nq;
	b->cur_memo = 0;
	if (len < 2 || line[0] != '{' || line[len - 1] != '}' ||
	    !p_object(&p, 1, TOP) || p.i != len ||
	    !p.has_doc || !p.has_text || !p.has_start || !p.has_end ||
	    r->end < r->start)
		return false;
	if (same_doc_as_batch(b, line + r->doc.b, r->doc.e - r->doc.b) &&
	    r->start < b->last_end)
		return false;
	/* its code points were counted as it was read */
	if (r->text.e - r->text.b - r->text_extra !=
	    (size_t)(r->end - r->start))
		return false;
	b->cur_line = line;
	r->len = len;
	return true;
}

/* --- the jansson reader --- */

static long long
int_field(json_t *o, const char *key, long long def)
{
	json_t *v = json_object_get(o, key);

	return json_is_integer(v) ? json_integer_value(v) : def;
}

/* check_string/check_integer: the words of lib/jsonl.c's require_ ones */
static bool
check_string(json_t *rec, const char *key, char *msg, size_t cap)
{
	json_t *v = json_object_get(rec, key);

	if (v == NULL)
		snprintf(msg, cap, "missing field '%s'", key);
	else if (!json_is_string(v))
		snprintf(msg, cap, "field '%s' is %s, not a string", key,
		    jsonl_type_name(v));
	else
		return true;
	return false;
}

static bool
check_integer(json_t *rec, const char *key, char *msg, size_t cap)
{
	json_t *v = json_object_get(rec, key);

	if (v == NULL)
		snprintf(msg, cap, "missing field '%s'", key);
	else if (!json_is_integer(v) || json_integer_value(v) < 0)
		snprintf(msg, cap, "field '%s' is %s, not a non-negative "
		    "integer", key, json_is_integer(v) ? "negative" :
		    jsonl_type_name(v));
	else
		return true;
	return false;
}

/* check_quote: the fields of a quote parley-actors reads, when there. */
static bool
check_quote(json_t *q, size_t i, char *msg, size_t cap)
{
	static const char *offsets[] = { "start", "end", "speaker_start",
	    "speaker_end" };
	json_t *v;

	if (!json_is_object(q)) {
		snprintf(msg, cap, "quotes[%zu] is %s, not an object", i,
		    jsonl_type_name(q));
		return false;
	}
	for (size_t k = 0; k < 4; k++) {
		v = json_object_get(q, offsets[k]);
		if (v != NULL && !json_is_null(v) && (!json_is_integer(v) ||
		    json_integer_value(v) < 0)) {
			snprintf(msg, cap, "quotes[%zu]: field '%s' is %s, not "
			    "a non-negative integer", i, offsets[k],
			    json_is_integer(v) ? "negative" : jsonl_type_name(v));
			return false;
		}
	}
	v = json_object_get(q, "speaker");
	if (v != NULL && !json_is_null(v) && !json_is_string(v)) {
		snprintf(msg, cap, "quotes[%zu]: field 'speaker' is %s, not a "
		    "string", i, jsonl_type_name(v));
		return false;
	}
	v = json_object_get(q, "continues");
	if (v != NULL && !json_is_null(v) && !json_is_boolean(v)) {
		snprintf(msg, cap, "quotes[%zu]: field 'continues' is %s, not "
		    "a boolean", i, jsonl_type_name(v));
		return false;
	}
	return true;
}

/* check_json: why the record cannot be taken, or NULL. */
static const char *
check_json(const struct rec_batch *b, json_t *rec, char *msg, size_t cap)
{
	json_t *text, *doc, *quotes, *q;
	long long start, end;
	size_t ncp, i;

	if (!check_string(rec, "doc", msg, cap) ||
	    !check_string(rec, "text", msg, cap) ||
	    !check_integer(rec, "start", msg, cap) ||
	    !check_integer(rec, "end", msg, cap))
		return msg;
	text = json_object_get(rec, "text");
	doc = json_object_get(rec, "doc");
	start = int_field(rec, "start", 0);
	end = int_field(rec, "end", 0);
	ncp = utf8_length(json_string_value(text), json_string_length(text));
	if (end < start || (size_t)(end - start) != ncp) {
		snprintf(msg, cap, "'end' - 'start' is %lld but 'text' has %zu "
		    "code points", end - start, ncp);
		return msg;
	}
	if (same_doc_as_batch(b, json_string_value(doc),
	    json_string_length(doc)) && start < b->last_end) {
		snprintf(msg, cap, "sentence starts at %lld, before the end of "
		    "the previous sentence of its document", start);
		return msg;
	}
	quotes = json_object_get(rec, "quotes");
	if (quotes == NULL)
		return NULL;
	if (!json_is_array(quotes)) {
		snprintf(msg, cap, "field 'quotes' is %s, not an array",
		    jsonl_type_name(quotes));
		return msg;
	}
	json_array_foreach(quotes, i, q)
		if (!check_quote(q, i, msg, cap))
			return msg;
	return NULL;
}

static bool
slow_read(struct rec_batch *b, struct jsonl_in *in, const char *line,
    size_t len, void (*flush)(void *), void *ctx)
{
	json_error_t err;
	json_t *rec = json_loadb(line, len,
	    JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &err);
	char msg[512];
	const char *why = NULL;
	json_t *doc;

	if (rec == NULL) {
		snprintf(msg, sizeof msg, "invalid JSON at column %d: %s",
		    err.column, err.text);
		why = msg;
	} else if (!json_is_object(rec)) {
		snprintf(msg, sizeof msg, "record is %s, not a JSON object",
		    jsonl_type_name(rec));
		why = msg;
	} else {
		why = check_json(b, rec, msg, sizeof msg);
	}
	if (why != NULL) {
		json_decref(rec);
		if (in->strict)
			flush(ctx);
		jsonl_reject(in, "%s", why);
		return false;
	}
	memset(&b->cur, 0, sizeof b->cur);
	b->cur.json = rec;
	doc = json_object_get(rec, "doc");
	b->cur_line = json_string_value(doc);
	b->cur.doc = (struct span){ 0, json_string_length(doc) };
	b->cur.start = int_field(rec, "start", 0);
	b->cur.end = int_field(rec, "end", 0);
	b->cur.para = int_field(rec, "para", NO_PARA);
	b->ncq = 0;
	return true;
}

bool
rec_read(struct rec_batch *b, struct jsonl_in *in, const char *line,
    size_t len, void (*flush)(void *), void *ctx)
{
	if (!b->slow && fast_read(b, line, len))
		return true;
	return slow_read(b, in, line, len, flush, ctx);
}

bool
rec_same_doc(const struct rec_batch *b)
{
	const struct rec *r = &b->cur;

	return b->n == 0 || same_doc_as_batch(b, b->cur_line + r->doc.b,
	    r->doc.e - r->doc.b);
}

static void
arena_add(struct rec_batch *b, const char *s, size_t n)
{
	if (b->alen + n > b->acap) {
		b->acap = 2 * (b->alen + n) + 4096;
		b->arena = xrealloc(b->arena, b->acap);
	}
	memcpy(b->arena + b->alen, s, n);
	b->alen += n;
}

/* remember_values keeps where the long values of record r (just pushed)
 * are, for same_as_before. */
static void
remember_values(struct rec_batch *b, const struct rec *r)
{
	b->prev_memo = r->json == NULL ? b->cur_memo : 0;
	b->prev_line = r->line;
	for (uint32_t m = b->prev_memo; m != 0; m &= m - 1) {
		size_t j = (size_t)__builtin_ctz(m);

		b->prev_val[j] = b->cur_val[j];
	}
}

void
rec_push(struct rec_batch *b)
{
	struct rec *r;
	size_t dlen = b->cur.doc.e - b->cur.doc.b;

	if (b->n == 0) {
		if (dlen + 1 > b->doccap) {
			b->doccap = dlen + 64;
			b->doc = xrealloc(b->doc, b->doccap);
		}
		memcpy(b->doc, b->cur_line + b->cur.doc.b, dlen);
		b->doclen = dlen;
	}
	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 64;
		b->recs = xreallocarray(b->recs, b->cap, sizeof *b->recs);
	}
	r = &b->recs[b->n++];
	*r = b->cur;
	if (r->json == NULL) {
		r->line = b->alen;
		arena_add(b, b->cur_line, r->len);
	}
	remember_values(b, r);
	/* read after the batch's quotes: moved down when the batch was
	 * written in between (a new document) */
	if (b->ncq > 0 && b->cq0 != b->nq)
		memmove(b->quotes + b->nq, b->quotes + b->cq0,
		    b->ncq * sizeof *b->quotes);
	r->q0 = b->nq;
	r->nq = b->ncq;
	b->nq += b->ncq;
	b->ncq = 0;
	b->last_end = r->end;
}

/* --- from the batch to the document --- */

static void
load_json(struct rec_batch *b, const struct rec *r, struct actor_doc *doc,
    long long para)
{
	json_t *text = json_object_get(r->json, "text");
	json_t *quotes = json_object_get(r->json, "quotes"), *q;
	size_t i;

	(void)b;
	actor_doc_add_sentence(doc, json_string_value(text),
	    json_string_length(text), (size_t)r->start, (size_t)r->end, para);
	json_array_foreach(quotes, i, q) {
		json_t *sp = json_object_get(q, "speaker");

		actor_doc_add_quote(doc, int_field(q, "start", -1),
		    int_field(q, "end", -1),
		    json_is_string(sp) ? json_string_value(sp) : NULL,
		    json_string_length(sp), int_field(q, "speaker_start", -1),
		    int_field(q, "speaker_end", -1),
		    json_is_true(json_object_get(q, "continues")));
	}
}

static void
load_fast(struct rec_batch *b, const struct rec *r, struct actor_doc *doc,
    long long para)
{
	const char *line = b->arena + r->line, *text;
	size_t n;

	text = content(b, line, r->text, r->text_escaped, &n);
	actor_doc_add_sentence(doc, text, n, (size_t)r->start, (size_t)r->end,
	    para);
	for (size_t i = 0; i < r->nq; i++) {
		const struct rec_quote *q = &b->quotes[r->q0 + i];
		const char *sp = NULL;

		n = 0;
		if (q->has_speaker)
			sp = content(b, line, q->speaker, q->speaker_escaped, &n);
		actor_doc_add_quote(doc, q->start, q->end, sp, n,
		    q->speaker_start, q->speaker_end, q->continues);
	}
}

void
rec_load(struct rec_batch *b, struct actor_doc *doc)
{
	long long para = 0;

	actor_doc_reset(doc);
	for (size_t i = 0; i < b->n; i++) {
		const struct rec *r = &b->recs[i];

		/* no "para": the paragraph of the sentence before */
		if (r->para != NO_PARA)
			para = r->para;
		if (r->json != NULL)
			load_json(b, r, doc, para);
		else
			load_fast(b, r, doc, para);
	}
}

/* --- writing --- */

static void
et_grow(struct rec_batch *b, size_t n)
{
	b->etcap = 2 * (b->etlen + n) + 1024;
	b->etext = xrealloc(b->etext, b->etcap);
}

/* inline: most adds are a few bytes, known when compiled */
static inline void
et_add(struct rec_batch *b, const char *s, size_t n)
{
	if (b->etlen + n > b->etcap)
		et_grow(b, n);
	memcpy(b->etext + b->etlen, s, n);
	b->etlen += n;
}

/* et_lit(b, "literal") */
#define et_lit(b, s) et_add(b, s, sizeof s - 1)

/* et_quoted writes s (n bytes that need no escape) as a JSON string. */
static FAST_INLINE void
et_quoted(struct rec_batch *b, const char *s, size_t n)
{
	if (b->etlen + n + 2 > b->etcap) {
		b->etcap = 2 * (b->etlen + n + 2) + 1024;
		b->etext = xrealloc(b->etext, b->etcap);
	}
	b->etext[b->etlen] = '"';
	memcpy(b->etext + b->etlen + 1, s, n);
	b->etext[b->etlen + n + 1] = '"';
	b->etlen += n + 2;
}

/* needs_escape: has s[0..n) a byte JSON escapes? */
static bool
needs_escape(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
			return true;
	return false;
}

/* et_json_string writes s (n bytes of UTF-8) as jansson writes strings:
 * '"', '\\' and control characters escaped, \b \f \n \r \t by name, the
 * others as \u00XX; everything else as it is. */
static void
et_json_string(struct rec_batch *b, const char *s, size_t n)
{
	size_t run = 0;

	if (!needs_escape(s, n)) {
		et_quoted(b, s, n);
		return;
	}
	et_add(b, "\"", 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[8];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		et_add(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': et_add(b, "\\\"", 2); break;
		case '\\': et_add(b, "\\\\", 2); break;
		case '\b': et_add(b, "\\b", 2); break;
		case '\f': et_add(b, "\\f", 2); break;
		case '\n': et_add(b, "\\n", 2); break;
		case '\r': et_add(b, "\\r", 2); break;
		case '\t': et_add(b, "\\t", 2); break;
		default:
			snprintf(esc, sizeof esc, "\\u%04X", c);
			et_add(b, esc, 6);
		}
	}
	et_add(b, s + run, n - run);
	et_add(b, "\"", 1);
}

static struct edit *
edit_new(struct rec_batch *b, size_t at, size_t end)
{
	struct edit *e;

	if (b->nedits == b->ecap) {
		b->ecap = b->ecap ? 2 * b->ecap : 32;
		b->edits = xreallocarray(b->edits, b->ecap, sizeof *b->edits);
	}
	e = &b->edits[b->nedits];
	*e = (struct edit){ at, end, b->etlen, 0, b->nedits };
	b->nedits++;
	return e;
}

/* edit_member starts setting member key of the object whose '}' is at
 * close: in place of its old value when there is one, else as a new last
 * member (without a comma in an empty object). The value is written
 * next, then edit_end. */
static struct edit *
edit_member(struct rec_batch *b, struct span old, size_t close,
    const char *key, size_t keylen, bool empty)
{
	if (old.e > old.b)
		return edit_new(b, old.b, old.e);
	edit_new(b, close, close);
	if (!empty)
		et_add(b, ",", 1);
	et_add(b, "\"", 1);
	et_add(b, key, keylen);
	et_add(b, "\":", 2);
	return &b->edits[b->nedits - 1];
}

static void
edit_end(struct rec_batch *b, struct edit *e)
{
	e->len = b->etlen - e->off;
}

/* parts_add appends what etext holds to the batch's ptext (n bytes
 * there already, cap its size); returns where it went. */
static size_t
parts_add(struct rec_batch *b, size_t *n, size_t *cap)
{
	size_t at = *n;

	if (*n + b->etlen > *cap) {
		*cap = 2 * (*n + b->etlen) + 256;
		b->ptext = xrealloc(b->ptext, *cap);
	}
	memcpy(b->ptext + *n, b->etext, b->etlen);
	*n += b->etlen;
	b->etlen = 0;
	return at;
}

/* actor_parts makes, for each actor, what an entry of "actors" holds
 * before its mention and after its offsets: {"id":"ID","mention": and
 * ,"group":"GROUP"} (ids and groups need no escapes); and a quote's
 * fields before and after its actor_via (see struct actor_part). Made in
 * etext, which must be empty. */
static void
actor_parts(struct rec_batch *b, const struct actor_dict *d)
{
	size_t n = 0, cap = 0;

	b->parts = xreallocarray(NULL, d->nactors + 1, sizeof *b->parts);
	b->etlen = 0;
	for (size_t i = 0; i < d->nactors; i++) {
		const struct actor *a = &d->actors[i];
		struct actor_part *ap = &b->parts[i];

		et_lit(b, "{\"id\":");
		et_quoted(b, a->id, a->idlen);
		et_lit(b, ",\"mention\":");
		ap->headlen = b->etlen;
		ap->head = parts_add(b, &n, &cap);
		et_lit(b, ",\"group\":");
		et_quoted(b, a->group, a->grouplen);
		et_lit(b, "}");
		ap->taillen = b->etlen;
		ap->tail = parts_add(b, &n, &cap);
		et_lit(b, "\"actor\":");
		et_quoted(b, a->id, a->idlen);
		et_lit(b, ",\"actor_via\":");
		ap->qheadlen = b->etlen;
		ap->qhead = parts_add(b, &n, &cap);
		et_lit(b, ",\"actor_name\":");
		if (a->name_plain)
			et_quoted(b, a->name, a->namelen);
		else
			et_json_string(b, a->name, a->namelen);
		et_lit(b, ",\"group\":");
		et_quoted(b, a->group, a->grouplen);
		ap->qtaillen = b->etlen;
		ap->qtail = parts_add(b, &n, &cap);
	}
	b->nparts = d->nactors;
}

/* et_quote_fields writes the fields parley-actors sets on a quote, in
 * their order, as et_quote_value writes each: of an actor, from its
 * parts. */
static FAST_INLINE void
et_quote_fields(struct rec_batch *b, const struct doc_quote *q)
{
	static const size_t via_len[] = { 0, 4, 4, 7, 9 };
	const char *via = actor_via_name(q->via);
	const struct actor_part *ap;

	if (q->actor < 0) {
		et_lit(b, "\"actor\":null,\"actor_via\":");
	} else {
		ap = &b->parts[q->actor];
		et_add(b, b->ptext + ap->qhead, ap->qheadlen);
	}
	if (via != NULL)
		et_quoted(b, via, via_len[q->via]);
	else
		et_lit(b, "null");
	if (q->actor < 0) {
		et_lit(b, ",\"actor_name\":null,\"group\":null");
	} else {
		ap = &b->parts[q->actor];
		et_add(b, b->ptext + ap->qtail, ap->qtaillen);
	}
}

/* et_uint writes v in decimal at p, where 8 bytes may be written
 * whatever its length; returns its length. Two digits at a time, from
 * the last. */
static FAST_INLINE size_t
et_uint(char *p, size_t v)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324252627282930"
	    "31323334353637383940414243444546474849505152535455565758596061"
	    "62636465666768697071727374757677787980818283848586878889909192"
	    "93949596979899";
	char num[32];
	char *q = num + 24;
	size_t n;

	while (v >= 100) {
		size_t r = v % 100;

		v /= 100;
		q -= 2;
		memcpy(q, pairs + 2 * r, 2);
	}
	if (v >= 10) {
		q -= 2;
		memcpy(q, pairs + 2 * v, 2);
	} else {
		*--q = (char)('0' + v);
	}
	n = (size_t)(num + 24 - q);
	memset(num + 24, 0, 8);
	if (n <= 8)
		memcpy(p, q, 8);        /* one word: what follows is written
		                         * over the bytes after the number */
	else
		memcpy(p, q, n);
	return n;
}

/* et_actors writes the "actors" of sentence s; plain: its text needs no
 * escapes (a fast record's text without any). */
static void
et_actors(struct rec_batch *b, const struct actor_doc *doc, size_t s,
    bool plain)
{
	const struct doc_sentence *sent = &doc->sents[s];
	bool first = true;

	et_add(b, "[", 1);
	for (size_t i = 0; i < sent->n; i++) {
		const struct doc_mention *m = &doc->mentions[sent->first + i];
		const struct actor_part *ap = &b->parts[m->actor];
		size_t n = m->e - m->b;
		char *p;

		if (m->title)
			continue;
		if (!first)
			et_add(b, ",", 1);
		first = false;
		et_add(b, b->ptext + ap->head, ap->headlen);
		if (plain)
			et_quoted(b, doc->text + m->b, n);
		else
			et_json_string(b, doc->text + m->b, n);
		/* ,"start":N,"end":N and the tail */
		if (b->etlen + 64 + ap->taillen > b->etcap)
			et_grow(b, 64 + ap->taillen);
		p = b->etext + b->etlen;
		memcpy(p, ",\"start\":", 9);
		p += 9;
		p += et_uint(p, m->start);
		memcpy(p, ",\"end\":", 7);
		p += 7;
		p += et_uint(p, m->end);
		memcpy(p, b->ptext + ap->tail, ap->taillen);
		p += ap->taillen;
		b->etlen = (size_t)(p - b->etext);
	}
	et_add(b, "]", 1);
}

static int
edit_order(const void *pa, const void *pb)
{
	const struct edit *x = pa, *y = pb;

	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
out_add(struct rec_batch *b, const char *s, size_t n)
{
	if (b->olen + n > b->ocap) {
		b->ocap = 2 * (b->olen + n) + 4096;
		b->out = xrealloc(b->out, b->ocap);
	}
	memcpy(b->out + b->olen, s, n);
	b->olen += n;
}

/* quote_value: the value of field k of a resolved quote (*n bytes, and
 * whether it needs escapes in *plain), or NULL. */
static FAST_INLINE const char *
quote_value(const struct actor_dict *d, const struct doc_quote *q, int k,
    size_t *n, bool *plain)
{
	static const size_t via_len[] = { 0, 4, 4, 7, 9 };
	const struct actor *a = q->actor >= 0 ? &d->actors[q->actor] : NULL;

	*plain = true;
	if (k == QF_VIA) {
		*n = via_len[q->via];
		return actor_via_name(q->via);
	}
	if (a == NULL)
		return NULL;
	*plain = k != QF_NAME || a->name_plain;
	*n = k == QF_ACTOR ? a->idlen : k == QF_NAME ? a->namelen : a->grouplen;
	return k == QF_ACTOR ? a->id : k == QF_NAME ? a->name : a->group;
}

/* et_quote_value writes the value of field k of a resolved quote. */
static FAST_INLINE void
et_quote_value(struct rec_batch *b, const struct actor_doc *doc,
    const struct doc_quote *q, int k)
{
	size_t n;
	bool plain;
	const char *v = quote_value(doc->dict, q, k, &n, &plain);

	if (v == NULL)
		et_lit(b, "null");
	else if (plain)
		et_quoted(b, v, n);
	else
		et_json_string(b, v, n);
}

/* write_edited writes a fast record that already has some of the fields
 * parley-actors sets: the line with its values replaced (and the others
 * added) by edits. */
static void
write_edited(struct rec_batch *b, const struct rec *r,
    const struct actor_doc *doc, size_t s, size_t qbase)
{
	const char *line = b->arena + r->line;
	struct edit *e;
	size_t at = 0;

	b->nedits = b->etlen = b->olen = 0;
	for (size_t i = 0; i < r->nq; i++) {
		const struct rec_quote *q = &b->quotes[r->q0 + i];
		bool empty = q->obj.e - q->obj.b == 2;

		for (int k = 0; k < QF_N; k++) {
			e = edit_member(b, q->old[k], q->obj.e - 1, quote_keys[k],
			    quote_key_len[k], empty);
			et_quote_value(b, doc, &doc->quotes[qbase + i], k);
			edit_end(b, e);
			empty = false;
		}
	}
	/* last, so that the edits are usually in order already */
	e = edit_member(b, r->actors, r->len - 1, "actors", 6, false);
	et_actors(b, doc, s, !r->text_escaped);
	edit_end(b, e);
	for (size_t i = 1; i < b->nedits; i++)
		if (edit_order(&b->edits[i - 1], &b->edits[i]) > 0) {
			qsort(b->edits, b->nedits, sizeof *b->edits, edit_order);
			break;
		}
	for (size_t i = 0; i < b->nedits; i++) {
		out_add(b, line + at, b->edits[i].b - at);
		out_add(b, b->etext + b->edits[i].off, b->edits[i].len);
		at = b->edits[i].e;
	}
	out_add(b, line + at, r->len - at);
	out_add(b, "\n", 1);
	if (fwrite(b->out, 1, b->olen, stdout) != b->olen)
		jsonl_out_check(stdout);
	b->etlen = 0;   /* etext holds what write_new writes next */
}

/* is_new: has the fast record none of the fields parley-actors sets? */
static bool
is_new(const struct rec_batch *b, const struct rec *r)
{
	if (r->actors.e > r->actors.b)
		return false;
	for (size_t i = 0; i < r->nq; i++)
		for (int k = 0; k < QF_N; k++)
			if (b->quotes[r->q0 + i].old[k].e >
			    b->quotes[r->q0 + i].old[k].b)
				return false;
	return true;
}

/* write_new appends a fast record without the fields parley-actors sets
 * to the output waiting in etext: the line with them added, in one pass
 * (what write_edited writes, without edits). */
static void
write_new(struct rec_batch *b, const struct rec *r,
    const struct actor_doc *doc, size_t s, size_t qbase)
{
	const char *line = b->arena + r->line;
	size_t at = 0;

	for (size_t i = 0; i < r->nq; i++) {
		const struct rec_quote *q = &b->quotes[r->q0 + i];
		size_t close = q->obj.e - 1;

		et_add(b, line + at, close - at);
		if (close - q->obj.b > 1)
			et_lit(b, ",");
		et_quote_fields(b, &doc->quotes[qbase + i]);
		at = close;
	}
	et_add(b, line + at, r->len - 1 - at);
	et_lit(b, ",\"actors\":");
	et_actors(b, doc, s, !r->text_escaped);
	et_lit(b, "}\n");
}

/* flush_new writes the output waiting in etext. */
static void
flush_new(struct rec_batch *b)
{
	if (b->etlen > 0 && fwrite(b->etext, 1, b->etlen, stdout) != b->etlen)
		jsonl_out_check(stdout);
	b->etlen = 0;
}

static json_t *
string_or_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static void
write_json(const struct rec *r, const struct actor_doc *doc, size_t s,
    size_t qbase)
{
	const struct doc_sentence *sent = &doc->sents[s];
	const struct actor_dict *d = doc->dict;
	json_t *actors = json_array(), *quotes, *q;
	size_t i, n;
	bool plain;

	for (i = 0; i < sent->n; i++) {
		const struct doc_mention *m = &doc->mentions[sent->first + i];
		const struct actor *a = &d->actors[m->actor];

		if (m->title)
			continue;
		json_array_append_new(actors, json_pack("{s:s,s:s%,s:I,s:I,s:s}",
		    "id", a->id, "mention", doc->text + m->b, m->e - m->b,
		    "start", (json_int_t)m->start, "end", (json_int_t)m->end,
		    "group", a->group));
	}
	json_object_set_new(r->json, "actors", actors);
	quotes = json_object_get(r->json, "quotes");
	json_array_foreach(quotes, i, q)
		for (int k = 0; k < QF_N; k++)
			json_object_set_new(q, quote_keys[k], string_or_null(
			    quote_value(d, &doc->quotes[qbase + i], k, &n, &plain)));
	jsonl_out_write(r->json);
}

void
rec_write(struct rec_batch *b, const struct actor_doc *doc)
{
	size_t qbase = 0;

	b->etlen = 0;
	if (b->parts == NULL)
		actor_parts(b, doc->dict);
	for (size_t i = 0; i < b->n; i++) {
		struct rec *r = &b->recs[i];
		size_t nq = r->json != NULL ?
		    json_array_size(json_object_get(r->json, "quotes")) : r->nq;

		if (r->json == NULL && is_new(b, r)) {
			write_new(b, r, doc, i, qbase);
		} else if (r->json == NULL) {
			flush_new(b);
			write_edited(b, r, doc, i, qbase);
		} else {
			flush_new(b);
			write_json(r, doc, i, qbase);
			json_decref(r->json);
		}
		qbase += nq;
	}
	flush_new(b);
	b->n = b->nq = b->alen = 0;
	b->last_end = 0;
}

void
rec_batch_free(struct rec_batch *b)
{
	for (size_t i = 0; i < b->n; i++)
		json_decref(b->recs[i].json);
	free(b->arena);
	free(b->recs);
	free(b->quotes);
	free(b->doc);
	free(b->dec);
	free(b->out);
	free(b->edits);
	free(b->etext);
	free(b->parts);
	free(b->ptext);
	memset(b, 0, sizeof *b);
}
