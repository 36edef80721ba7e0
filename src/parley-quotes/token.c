/* token.c - the document text as tokens: words, punctuation, quotation
 * marks, 's; with paragraphs and sentences. */
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "finder.h"
#include "utf8.h"
#include "xalloc.h"

#define MAX_LOOKUP 64

static bool
is_space(uint32_t c)
{
	if (c < 0x80)   /* the common case first: ' ' \t \n \v \f \r */
		return c == ' ' || (c >= '\t' && c <= '\r');
	return c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
	    c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF ||
	    c == 0x2028 || c == 0x2029;
}

static bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* is_letter: letters of any script, roughly (what is not punctuation,
 * symbols or space above U+00BF counts). */
static bool
is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c | 32) >= 'a' && (c | 32) <= 'z';
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return false;
	if (c >= 0x2000 && c <= 0x2BFF)
		return false;
	if (c >= 0x3000 && c <= 0x303F)
		return false;
	if (c >= 0xFE30 && c <= 0xFE4F)
		return false;
	if (c >= 0xFF00 && c <= 0xFF20)
		return false;
	if (c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFF))
		return false;
	return true;
}

static bool
ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

static bool
is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x17F)
		return (c & 1) == 0;
	if (c >= 0x391 && c <= 0x3A9)
		return true;
	if (c >= 0x400 && c <= 0x42F)
		return true;
	return false;
}

static bool
is_alnum(uint32_t c)
{
	return is_digit(c) || is_letter(c);
}

static bool
is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

static bool
is_quote_char(uint32_t c)
{
	switch (c) {
	case '"': case '\'': case '`':
	case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0x2018: case 0x2019: case 0x201A: case 0x201B:
	case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
	case 0xFF02: case 0x2033:
		return true;
	}
	return false;
}

struct cursor {
	const char *s;
	size_t n;
};

/* peek decodes the code point at byte i (0 at the end), its length in *l. */
static uint32_t
peek(const struct cursor *c, size_t i, int *l)
{
	uint32_t cp;

	if (i >= c->n) {
		*l = 0;
		return 0;
	}
	if ((unsigned char)c->s[i] < 0x80) {
		*l = 1;
		return (unsigned char)c->s[i];
	}
	*l = utf8_decode(c->s + i, c->n - i, &cp);
	return cp;
}

/* grow_toks makes room for more tokens. */
static void
grow_toks(struct quote_finder *f)
{
	f->tcap = f->tcap ? f->tcap * 2 : 1024;
	f->toks = xreallocarray(f->toks, f->tcap, sizeof *f->toks);
}

/* push adds a token: no word id, no classes, no flags, paragraph 0;
 * inline, as it runs for every token. */
static inline struct tok *
push(struct quote_finder *f, size_t b, size_t e, uint16_t type, uint32_t cp)
{
	struct tok *t;

	if (f->ntoks == f->tcap)
		grow_toks(f);
	t = &f->toks[f->ntoks++];
	*t = (struct tok){ .b = b, .e = e, .wid = -1, .cp = cp, .type = type,
	    .q = -1 };
	return t;
}

/* word_end returns the end of the word starting at i: letters and digits,
 * joined by an inner apostrophe, hyphen, dot or ampersand (don't, US-led,
 * U.S, AT&T, 6,000, 4.5), but not the 's that ends it. */
static size_t
word_end(const struct cursor *c, size_t i, uint32_t prev)
{
	int l, l2, l3;
	uint32_t cp, nx, nx2;

	for (;;) {
		size_t j = i;

		/* a run of ASCII letters and digits, the common case */
		while (j < c->n && ascii_alnum((unsigned char)c->s[j]))
			j++;
		if (j > i) {
			prev = (unsigned char)c->s[j - 1];
			i = j;
		}
		cp = peek(c, i, &l);
		if (l == 0)
			return i;
		if (is_alnum(cp)) {
			prev = cp;
			i += (size_t)l;
			continue;
		}
		nx = peek(c, i + (size_t)l, &l2);
		if (l2 == 0)
			return i;
		if (is_apostrophe(cp) && is_letter(nx)) {
			/* 's, 'S at the end of the word: stop before it */
			nx2 = peek(c, i + (size_t)l + (size_t)l2, &l3);
			if ((nx == 's' || nx == 'S') && !is_alnum(nx2))
				return i;
			i += (size_t)l;
			continue;
		}
		if ((cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '&') &&
		    is_alnum(nx) && prev != 0) {
			i += (size_t)l;
			continue;
		}
		/* CNN/ORC, NBC News/Wall Street Journal: one name */
		if (cp == '/' && is_upper(nx) && is_letter(prev)) {
			i += (size_t)l;
			continue;
		}
		if (cp == '.' && is_letter(nx) && is_letter(prev)) {
			/* U.S, J.D: a dot between single letters or short parts */
			nx2 = peek(c, i + 1 + (size_t)l2, &l3);
			if (!is_letter(nx2) || nx2 == '.') {
				i += 1;
				continue;
			}
			return i;
		}
		if ((cp == '.' || cp == ',') && is_digit(nx) && is_digit(prev)) {
			i += 1;
			continue;
		}
		return i;
	}
}

/* suffix_flags: the flags of a word's ending (s, n bytes): -ly, -ing,
 * -ed or -en. */
static uint16_t
suffix_flags(const char *s, size_t n)
{
	uint16_t fl = 0;

	if (n > 4 && s[n - 2] == 'l' && s[n - 1] == 'y')
		fl |= TF_LY;
	if (n > 5 && memcmp(s + n - 3, "ing", 3) == 0)
		fl |= TF_ING;
	if (n > 4 && s[n - 2] == 'e' && (s[n - 1] == 'd' || s[n - 1] == 'n'))
		fl |= TF_ED;
	return fl;
}

/* set_word sets the word id wid (or -1) of t and its classes. */
static void
set_word(struct quote_finder *f, struct tok *t, int32_t wid)
{
	t->wid = wid;
	if (wid >= 0)
		t->cls = f->lx->words[wid].cls;
	if (t->cls & WC_NOTLY)
		t->flags &= (uint16_t)~TF_LY;
}

/* Classes of the bytes, for the fast paths of the scanner (bytes from
 * 0x80 take the general one). */
enum {
	BC_SPACE = 1,   /* white space: ' ' and \t to \r */
	BC_ALNUM = 2,   /* an ASCII letter or digit */
	BC_PUNCT = 4,   /* always a punctuation token of itself */
	BC_JOIN = 8,    /* ' - & . , / may join the parts of a word */
	BC_HIGH = 16    /* a byte of a non-ASCII character */
};

#define S BC_SPACE
#define A BC_ALNUM
#define P BC_PUNCT
#define J BC_JOIN
#define H BC_HIGH
#define H16 H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H
static const unsigned char byte_class[256] = {
	P, P, P, P, P, P, P, P, P, S, S, S, S, S, P, P,   /* 0x00 */
	P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,   /* 0x10 */
	/* ' ' ! " # $ % & ' ( ) * + , - . / */
	S, P, 0, 0, P, P, P | J, J, P, P, P, P, P | J, J, J, P | J,
	A, A, A, A, A, A, A, A, A, A, P, P, P, P, P, P,   /* 0-9 :;<=>? */
	0, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,   /* @ A-O */
	A, A, A, A, A, A, A, A, A, A, A, P, P, P, P, P,   /* P-Z [\]^_ */
	0, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,   /* ` a-o */
	A, A, A, A, A, A, A, A, A, A, A, P, P, P, P, P,   /* p-z {|}~ DEL */
	H16, H16, H16, H16, H16, H16, H16, H16            /* 0x80 - 0xFF */
};
#undef S
#undef A
#undef P
#undef J
#undef H
#undef H16

#define ONES 0x0101010101010101u
#define HIGHS (ONES * 0x80)

/* load8 reads the (up to) 8 bytes at s[0..n) as a number, the first in
 * the low byte; missing bytes are 0. */
static uint64_t
load8(const unsigned char *s, size_t n)
{
	uint64_t w = 0;

	if (n >= 8) {
		memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		w = __builtin_bswap64(w);
#endif
		return w;
	}
	for (size_t i = 0; i < n; i++)
		w |= (uint64_t)s[i] << (8 * i);
	return w;
}

/* low_bytes: the mask of the first k <= 8 bytes of a number. */
static uint64_t
low_bytes(unsigned k)
{
	return k >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * k)) - 1;
}

/* ascii_letters: of the 8 bytes of w, 0x80 in each ASCII letter (the
 * bytes compared all at once: none carries into the next). */
static uint64_t
ascii_letters(uint64_t w)
{
	uint64_t y = (w & ~HIGHS) | ONES * 0x20;

	return (y + ONES * (0x80 - 'a')) & ~(y + ONES * (0x80 - 'z' - 1)) &
	    ~w & HIGHS;
}

/* ascii_digits: of the 8 bytes of w, 0x80 in each ASCII digit. */
static uint64_t
ascii_digits(uint64_t w)
{
	uint64_t x = w & ~HIGHS;

	return (x + ONES * (0x80 - '0')) & ~(x + ONES * (0x80 - '9' - 1)) &
	    ~w & HIGHS;
}

/* store8 writes the eight bytes of w at p, the low one first. */
static void
store8(char *p, uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	memcpy(p, &w, 8);
}

/* word_info looks the word up in the lexicon and sets its flags. Its
 * bytes are read eight at a time (ascii_run's arithmetic): the flags,
 * and the normalised form of an ASCII word (lexicon_normalise's: lower
 * case), which most words are, with the key of a short one; a longer
 * word is not looked up, so its norm is not used. */
static void
word_info(struct quote_finder *f, struct tok *t)
{
	char norm[MAX_LOOKUP];
	const unsigned char *s = (const unsigned char *)f->text + t->b;
	size_t n = t->e - t->b, m;
	uint64_t dots = 0, lower = 0, high = 0;
	struct lex_key key = { 0, 0 };
	unsigned letters = 0;   /* none, one, or two and more */

	if (is_upper(t->cp))
		t->flags |= TF_CAP;
	if (is_digit(t->cp))
		t->flags |= TF_DIGIT;
	for (size_t i = 0; i < n; i += 8) {
		unsigned k = n - i < 8 ? (unsigned)(n - i) : 8;
		uint64_t w = load8(s + i, k), dot = w ^ ONES * '.';
		uint64_t let = ascii_letters(w) & low_bytes(k);
		/* an upper-case letter lacks 0x20 (shifted to 0x80) */
		uint64_t lc = w | (let & ~(w << 2)) >> 2;

		dots |= (dot - ONES) & ~dot & HIGHS & low_bytes(k);
		lower |= let & (w << 2);
		letters += (let != 0) + ((let & (let - 1)) != 0);
		high |= w & HIGHS;
		if (i == 0)
			key.lo = lc;
		else if (i == 8)
			key.hi = lc;
		if (i + 8 <= sizeof norm)
			store8(norm + i, lc);
	}
	if (dots)
		t->flags |= TF_DOTTED;
	if (!lower && letters >= 2)
		t->flags |= TF_UPPER;
	t->flags |= suffix_flags((const char *)s, n);
	if (!high && n <= LEXICON_SHORT && f->lx->nshorts > 0) {
		/* lexicon_find's way for a short word (no NUL in it): its
		 * packed bytes, no hash */
		const struct lex_short *e = lexicon_find_short(f->lx, key);

		set_word(f, t, e != NULL ? e->id : -1);
		return;
	}
	if (!high)
		m = n <= sizeof norm ? n : 0;
	else
		m = lexicon_normalise((const char *)s, n, norm, sizeof norm);
	if (m == 0)
		return;
	set_word(f, t, lexicon_find(f->lx, norm, m, lexicon_hash(norm, m)));
}

/* A run of ASCII letters and digits, read eight bytes at a time. */
struct ascii_run {
	size_t end;
	uint64_t head[2];   /* its first 16 bytes (0 past its end) */
	unsigned letters;   /* letters: 0, 1, or 2 and more */
	bool lower;         /* a lower-case letter among them */
};

/* ascii_run reads the run of ASCII letters and digits at s[i..n). */
static struct ascii_run
ascii_run(const unsigned char *s, size_t i, size_t n)
{
	struct ascii_run r = { i, { 0, 0 }, 0, false };

	while (r.end < n) {
		uint64_t w = load8(s + r.end, n - r.end);
		uint64_t letters = ascii_letters(w);
		uint64_t stop = ~(letters | ascii_digits(w)) & HIGHS;
		unsigned k = stop ? (unsigned)__builtin_ctzll(stop) / 8 : 8;
		uint64_t keep = low_bytes(k);

		if (r.end - i < 16)
			r.head[(r.end - i) / 8] = w & keep;
		/* a lower-case letter has 0x20 set: shifted to 0x80 */
		r.lower |= (letters & keep & (w << 2)) != 0;
		letters &= keep;
		/* none, one, or two and more */
		r.letters += (letters != 0) + ((letters & (letters - 1)) != 0);
		r.end += k;
		if (k < 8)
			break;
	}
	return r;
}

/* ascii_lookup finds the ASCII word s (n bytes of letters and digits;
 * head: its first 16) in the lexicon and sets t's id and classes. Lower
 * case is the byte with 0x20 set, for letters and digits alike. */
static void
ascii_lookup(struct quote_finder *f, struct tok *t, const char *s, size_t n,
    const uint64_t head[2])
{
	char norm[MAX_LOOKUP];
	const struct lex_short *e;

	if (n <= LEXICON_SHORT) {
		struct lex_key k = { (head[0] | ONES * 0x20) &
		    low_bytes((unsigned)n), 0 };

		if (n > 8)
			k.hi = (head[1] | ONES * 0x20) & low_bytes((unsigned)n - 8);
		e = lexicon_find_short(f->lx, k);
		t->wid = e != NULL ? e->id : -1;
		t->cls = e != NULL ? e->cls : 0;
		if (t->cls & WC_NOTLY)
			t->flags &= (uint16_t)~TF_LY;
		return;
	}
	if (n > sizeof norm)
		return;
	for (size_t i = 0; i < n; i++)
		norm[i] = (char)(s[i] | 0x20);
	set_word(f, t, lexicon_find(f->lx, norm, n, lexicon_hash(norm, n)));
}

/* joined: can the bytes at s[j..n) carry on a word that ends at j?
 * (word_end's rules: a byte of a non-ASCII character, or one of ' - & .
 * , / before a letter or digit or a non-ASCII character.) */
static bool
joined(const unsigned char *s, size_t j, size_t n)
{
	return j < n && ((byte_class[s[j]] & BC_HIGH) ||
	    ((byte_class[s[j]] & BC_JOIN) && j + 1 < n &&
	    (byte_class[s[j + 1]] & (BC_HIGH | BC_ALNUM))));
}

/* ascii_end: is s[j] (j <= n) past the end of the text or an ASCII byte
 * that is no letter or digit? (is_alnum is false for it.) */
static bool
ascii_end(const unsigned char *s, size_t j, size_t n)
{
	return j >= n || !(byte_class[s[j]] & (BC_ALNUM | BC_HIGH));
}

/* possessive: do the bytes at s[j..n) start the 's or ’s that ends a
 * word (word_end stops before it: an apostrophe, then s or S, then no
 * letter or digit)? Only ' and ’ are looked at; the other apostrophes
 * take the general path. */
static bool
possessive(const unsigned char *s, size_t j, size_t n)
{
	if (s[j] == '\'')
		return j + 1 < n && (s[j + 1] | 0x20) == 's' &&
		    ascii_end(s, j + 2, n);
	return n - j > 3 && s[j] == 0xE2 && s[j + 1] == 0x80 &&
	    s[j + 2] == 0x99 && (s[j + 3] | 0x20) == 's' &&
	    ascii_end(s, j + 4, n);
}

/* long_word is ascii_word for a run of eight bytes or more. */
static struct tok *
long_word(struct quote_finder *f, size_t i, uint16_t fl, uint32_t para)
{
	const unsigned char *s = (const unsigned char *)f->text;
	struct ascii_run r = ascii_run(s, i, f->len);
	size_t j = r.end;
	struct tok *t;

	if (joined(s, j, f->len) && !possessive(s, j, f->len))
		return NULL;
	t = push(f, i, j, TK_WORD, s[i]);
	if (s[i] <= 'Z')
		fl |= s[i] <= '9' ? TF_DIGIT : TF_CAP;
	if (!r.lower && r.letters >= 2)
		fl |= TF_UPPER;
	t->flags = fl | suffix_flags(f->text + i, j - i);
	t->para = para;
	ascii_lookup(f, t, f->text + i, j - i, r.head);
	return t;
}

#define LE2(a, b) ((uint32_t)(a) | (uint32_t)(b) << 8)
#define LE3(a, b, c) (LE2(a, b) | (uint32_t)(c) << 16)

/* tail_flags is suffix_flags for a word of n (5 to 15) bytes whose last
 * three are the low three bytes of x (the first in the lowest). */
static uint16_t
tail_flags(uint64_t x, size_t n)
{
	uint32_t t = (uint32_t)x & 0xFFFFFF, last2 = t >> 8;
	uint16_t fl = 0;

	if (last2 == LE2('l', 'y'))
		fl |= TF_LY;
	if (n > 5 && t == LE3('i', 'n', 'g'))
		fl |= TF_ING;
	if (last2 == LE2('e', 'd') || last2 == LE2('e', 'n'))
		fl |= TF_ED;
	return fl;
}

/* push_short_word pushes the word of k bytes at i with its flags, its
 * paragraph and what the lexicon's short table knows of it (e, or none) */
static inline struct tok *
push_short_word(struct quote_finder *f, size_t i, size_t k, uint16_t fl,
    uint32_t para, const struct lex_short *e)
{
	struct tok *t;
	int32_t wid = -1;
	uint32_t cls = 0;

	if (e != NULL) {
		wid = e->id;
		cls = e->cls;
		if (cls & WC_NOTLY)
			fl &= (uint16_t)~TF_LY;
	}
	if (f->ntoks == f->tcap)
		grow_toks(f);
	/* push's token, made whole at once */
	t = &f->toks[f->ntoks++];
	*t = (struct tok){ .b = i, .e = i + k, .cls = cls, .wid = wid,
	    .cp = (unsigned char)f->text[i], .para = para, .type = TK_WORD,
	    .flags = fl, .q = -1 };
	return t;
}

/* ascii_word is the fast path of a word: at i, a run of ASCII letters
 * and digits that the next bytes cannot carry on (word_end's rules), the
 * common case. It pushes the word, looked up, with the flags fl of its
 * place and its paragraph, and returns it; or returns NULL, pushing
 * nothing, for the general path to read the word. A run of less than
 * eight bytes is one number: its letters, case, ending, lexicon key and
 * the byte after it come from it by word arithmetic. */
static struct tok *
ascii_word8(struct quote_finder *f, size_t i, uint16_t fl, uint32_t para)
{
	const unsigned char *s = (const unsigned char *)f->text;
	uint64_t w = load8(s + i, f->len - i);
	uint64_t letters = ascii_letters(w);
	uint64_t stop = ~(letters | ascii_digits(w)) & HIGHS;
	const struct lex_short *e;
	struct lex_key key;
	unsigned k;
	uint64_t keep;

	if (stop == 0)
		return long_word(f, i, fl, para);
	k = (unsigned)__builtin_ctzll(stop) / 8;   /* 1 to 7 */
	/* the byte after the word (0 at the end of the text) mostly ends
	 * it for sure */
	if ((byte_class[(w >> 8 * k) & 0xFF] & (BC_HIGH | BC_JOIN)) &&
	    joined(s, i + k, f->len) && !possessive(s, i + k, f->len))
		return NULL;
	keep = low_bytes(k);
	if (s[i] <= 'Z') {
		fl |= s[i] <= '9' ? TF_DIGIT : TF_CAP;
		/* no lower-case letter (0x20 set: shifted to 0x80), two
		 * letters or more */
		letters &= keep;
		if (!(letters & (w << 2)) && (letters & (letters - 1)))
			fl |= TF_UPPER;
	}
	if (k > 4)
		fl |= tail_flags(w >> 8 * (k - 3), k);
	key.lo = (w | ONES * 0x20) & keep;
	key.hi = 0;
	e = lexicon_find_short(f->lx, key);
	return push_short_word(f, i, k, fl, para, e);
}

#if defined(__SSE2__)
/* ascii_word is ascii_word8 for a word of less than sixteen bytes with
 * sixteen bytes to read at i, the common case: which of them are ASCII
 * letters and digits, letters, and have 0x20 set (lower case) is a bit
 * mask each, from one load; its lexicon key is the two halves of the
 * load. Longer words, and words near the end of the text, go to
 * ascii_word8. */
static struct tok *
ascii_word(struct quote_finder *f, size_t i, uint16_t fl, uint32_t para)
{
	const unsigned char *s = (const unsigned char *)f->text;
	__m128i x, lc, let, dig;
	unsigned alnum, k, keep;
	uint64_t lo, hi;
	const struct lex_short *e;
	struct lex_key key;

	if (f->len - i < 16)
		return ascii_word8(f, i, fl, para);
	x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
	/* a range by one signed compare: the byte moved so that its range
	 * starts at -128 (lc - 'a' < 26 unsigned, as ascii_letters) */
	lc = _mm_or_si128(x, _mm_set1_epi8(0x20));
	let = _mm_cmplt_epi8(_mm_add_epi8(lc, _mm_set1_epi8(0x80 - 'a')),
	    _mm_set1_epi8(-128 + 26));
	dig = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x80 - '0')),
	    _mm_set1_epi8(-128 + 10));
	alnum = (unsigned)_mm_movemask_epi8(_mm_or_si128(let, dig));
	k = (unsigned)__builtin_ctz(~alnum);   /* 1 to 16 */
	if (k == 16)
		return ascii_word8(f, i, fl, para);
	/* the byte after the word mostly ends it for sure */
	if ((byte_class[s[i + k]] & (BC_HIGH | BC_JOIN)) &&
	    joined(s, i + k, f->len) && !possessive(s, i + k, f->len))
		return NULL;
	keep = (1u << k) - 1;
	if (s[i] <= 'Z') {
		unsigned letters = (unsigned)_mm_movemask_epi8(let) & keep;
		/* 0x20 of each byte, shifted to 0x80 */
		unsigned lower = (unsigned)_mm_movemask_epi8(
		    _mm_slli_epi16(x, 2)) & letters;

		fl |= s[i] <= '9' ? TF_DIGIT : TF_CAP;
		if (!lower && (letters & (letters - 1)))
			fl |= TF_UPPER;
	}
	/* the key: the bytes with 0x20 set (lexicon_short_key's order) */
	lo = (uint64_t)_mm_cvtsi128_si64(lc);
	if (k > 8) {
		hi = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(lc, lc));
		key.lo = lo;
		key.hi = hi & low_bytes(k - 8);
		fl |= tail_flags(load8(s + i + k - 3, 3), k);
		e = lexicon_find_short(f->lx, key);
	} else {
		key.lo = lo & low_bytes(k);
		key.hi = 0;
		if (k > 4)
			fl |= tail_flags((uint64_t)_mm_cvtsi128_si64(x) >>
			    8 * (k - 3), k);
		/* a call of its own: the hash of a zero hi is folded away */
		e = lexicon_find_short(f->lx, key);
	}
	return push_short_word(f, i, k, fl, para, e);
}
#else
#define ascii_word ascii_word8
#endif

/* ascii_mark is the fast path of the ASCII marks that are not always a
 * token of themselves: a '.' that starts no run of dots, a '-' that is
 * not "--", a '"'. It pushes the mark and returns its end, or returns 0
 * for the general path. */
static size_t
ascii_mark(struct quote_finder *f, size_t i)
{
	unsigned char c = (unsigned char)f->text[i];
	unsigned char nx = i + 1 < f->len ? (unsigned char)f->text[i + 1] : 0;

	if (c == '"')
		push(f, i, i + 1, TK_QUOTE, c);
	else if ((c == '.' || c == '-') && nx != c)
		push(f, i, i + 1, TK_PUNCT, c);
	else
		return 0;
	return i + 1;
}

/* curly_mark is the fast path of the curly quotation marks: “ and ” are
 * marks always; ‘ and ’ are when no letter or digit follows (else they
 * may be apostrophes: ’90s, ’s, ‘em). It pushes the mark and returns its
 * end, or returns 0 for the general path. */
static size_t
curly_mark(struct quote_finder *f, size_t i)
{
	const unsigned char *s = (const unsigned char *)f->text;

	if (f->len - i < 3 || s[i] != 0xE2 || s[i + 1] != 0x80)
		return 0;
	switch (s[i + 2]) {
	case 0x9C: case 0x9D:   /* U+201C, U+201D */
		break;
	case 0x98: case 0x99:   /* U+2018, U+2019 */
		if (!ascii_end(s, i + 3, f->len))
			return 0;
		break;
	default:
		return 0;
	}
	push(f, i, i + 3, TK_QUOTE, 0x2000u | (s[i + 2] & 0x3Fu));
	return i + 3;
}

/* general_token reads the token at i (not white space), any character:
 * it pushes it and returns its end. space: white space before it. */
static size_t
general_token(struct quote_finder *f, size_t i, bool space)
{
	struct cursor c = { f->text, f->len };
	int l, l2;
	uint32_t cp = peek(&c, i, &l), nx = peek(&c, i + (size_t)l, &l2);
	struct tok *t;
	size_t j;

	if (is_alnum(cp) || ((cp == '@' || cp == '#') && is_alnum(nx)) ||
	    (is_apostrophe(cp) && is_digit(nx) && space)) {
		j = word_end(&c, i + (size_t)l, is_alnum(cp) ? cp : 0);
		t = push(f, i, j, TK_WORD, cp);
		if (is_apostrophe(cp))
			t->cp = nx;
		word_info(f, t);
	} else if (is_apostrophe(cp) && (nx == 's' || nx == 'S') &&
	    f->ntoks > 0 && !space &&
	    f->toks[f->ntoks - 1].type == TK_WORD &&
	    !is_alnum(peek(&c, i + (size_t)l + 1, &l2))) {
		j = i + (size_t)l + 1;
		t = push(f, i, j, TK_POSS, cp);
		word_info(f, t);
		t->flags &= (uint16_t)~TF_CAP;
	} else if (cp == '\'' && nx == '\'' && !space &&
	    i + 2 < f->len && f->text[i + 2] == '\'') {
		/* three apostrophes after a word close a single
		 * quotation, then a double one */
		j = i + 1;
		push(f, i, j, TK_QUOTE, cp);
	} else if ((cp == '\'' && nx == '\'') || (cp == '`' && nx == '`')) {
		j = i + 2;
		push(f, i, j, TK_QUOTE, cp == '`' ? 0x201C : '"');
	} else if (is_quote_char(cp)) {
		j = i + (size_t)l;
		push(f, i, j, TK_QUOTE, cp);
	} else if (cp == '.' || cp == 0x2026) {
		j = i + (size_t)l;
		while (j < f->len && f->text[j] == '.')
			j++;
		push(f, i, j, TK_PUNCT, j - i > 1 ? 0x2026 : cp);
	} else if (cp == '-' && nx == '-') {
		j = i + 2;
		push(f, i, j, TK_PUNCT, 0x2014);
	} else {
		j = i + (size_t)l;
		push(f, i, j, TK_PUNCT, cp);
	}
	return j;
}

/* space_end returns the end of the white space at i (i itself when there
 * is none), counting the paragraphs it starts in *para: a line break
 * after a token of the paragraph (*newline false) starts one. */
static size_t
space_end(const struct quote_finder *f, size_t i, uint32_t *para,
    bool *newline)
{
	const unsigned char *s = (const unsigned char *)f->text;
	struct cursor c = { f->text, f->len };

	while (i < f->len) {
		int l;
		uint32_t cp;

		if (s[i] < 0x80) {
			if (!(byte_class[s[i]] & BC_SPACE))
				return i;
			cp = s[i];
			l = 1;
		} else if (!is_space(cp = peek(&c, i, &l)))
			return i;
		if (cp == '\n' || cp == 0x2029) {
			if (!*newline)
				++*para;
			*newline = true;
		}
		i += (size_t)l;
	}
	return i;
}

static bool
terminal(const struct tok *t)
{
	return t->type == TK_PUNCT &&
	    (t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == 0x2026);
}

static bool
closer(const struct tok *t)
{
	return t->type == TK_QUOTE || (t->type == TK_PUNCT &&
	    (t->cp == ')' || t->cp == ']'));
}

/* abbreviation: the word before a '.' that does not end a sentence. */
static bool
abbreviation(const struct quote_finder *f, size_t i)
{
	const struct tok *w = &f->toks[i];

	if (w->type != TK_WORD)
		return false;
	if (w->cls & WC_ABBR)
		return true;
	if (w->flags & TF_DOTTED)
		return true;    /* U.S. J.D. a.m. */
	/* Roe v. Wade: the "v" of a case's name */
	if (w->e - w->b == 1 && f->text[w->b] == 'v')
		return true;
	/* an initial: one capital letter */
	return w->e - w->b == 1 && (w->flags & TF_CAP);
}

/* starter_after_dotted: "... attacks in the U.S. He says ...": is token
 * t, after the dot ending the dotted abbreviation at token w (U.S., N.J.,
 * p.m.; not a title), a capitalised pronoun or determiner, which opens a
 * new sentence? */
static bool
starter_after_dotted(const struct tok *w, const struct tok *t)
{
	return w->type == TK_WORD && (w->flags & TF_DOTTED) &&
	    !(w->cls & WC_TITLE) && t->type == TK_WORD && t->q < 0 &&
	    (t->flags & TF_CAP) && !(t->flags & TF_UPPER) &&
	    (t->cls & (WC_PRON | WC_DET)) && !(t->cls & WC_SPEAKER);
}

/* The sentences counted so far, as the tokens are read. */
struct sentences {
	uint32_t sent;      /* the sentence of the last token */
	size_t para0;       /* the first token of its paragraph */
};

/* close_headline marks the tokens of the paragraph [para0, end) (end > 0)
 * TF_HEADLINE when it ends without final punctuation (nor a ':' for
 * the last token when colon). In a headline in Title Case a capitalised
 * auxiliary is one again ("Smith Will Run"; aux_name took it for a
 * name). */
static void
close_headline(struct quote_finder *f, size_t para0, size_t end, bool colon)
{
	const struct tok *l = &f->toks[end - 1];
	size_t k = end - 1;

	while (k > para0 && closer(&f->toks[k]))
		k--;
	if (!terminal(&f->toks[k]) && !(colon && l->type == TK_PUNCT &&
	    l->cp == ':'))
		for (size_t j = para0; j < end; j++) {
			struct tok *t = &f->toks[j];

			t->flags |= TF_HEADLINE;
			if (t->type == TK_WORD && t->wid >= 0 && t->cls == 0)
				t->cls = f->lx->words[t->wid].cls;
		}
}

/* aux_name: token i, a capitalised word that starts no sentence, after a
 * word or a comma: when it is an auxiliary (will, can, must; not May, a
 * month too, nor IS), it is a name, "George Will", "said Will Doyle",
 * ", Will wrote": its classes are forgotten. */
static void
aux_name(struct quote_finder *f, size_t i)
{
	struct tok *t = &f->toks[i];
	const struct tok *p = &f->toks[i - 1];

	if ((t->cls & WC_AUX) && !(t->cls & (WC_TIME | WC_BE | WC_HAVE)) &&
	    !(t->flags & TF_UPPER) && t->type == TK_WORD &&
	    (p->type == TK_WORD || (p->type == TK_PUNCT && p->cp == ',')))
		t->cls = 0;
}

/* quote_name: token i, a capitalised word (not in capitals) right after
 * a quotation closed by a comma ("“...,” Will wrote", "“...,” From said",
 * "“...,” Jun wrote"): a preposition, an auxiliary or a month there is a
 * name, a sentence goes on after the comma: its classes are forgotten
 * (not a pronoun's, "“...,” I said"). */
static void
quote_name(struct quote_finder *f, size_t i)
{
	struct tok *t = &f->toks[i];

	if (i < 2 || t->type != TK_WORD || (t->flags & TF_UPPER) ||
	    !(t->cls & (WC_PREP | WC_AUX | WC_TIME)) ||
	    (t->cls & (WC_PRON | WC_BE | WC_HAVE)) ||
	    f->toks[i - 1].type != TK_QUOTE || f->toks[i - 2].type != TK_PUNCT ||
	    f->toks[i - 2].cp != ',')
		return;
	t->cls = 0;
}

/* may_start: can token t start a sentence that its paragraph does not
 * start? After white space, a capital, a digit, a quotation mark, an
 * opening bracket. */
static bool
may_start(const struct tok *t)
{
	return (t->flags & TF_SPB) && ((t->flags & (TF_CAP | TF_DIGIT)) ||
	    t->type == TK_QUOTE ||
	    (t->type == TK_PUNCT && (t->cp == '(' || t->cp == '[')));
}

/* sentence_mark gives token i (the last one read) its sentence: a
 * paragraph starts one; so does a token after . ! ? ... (and closing
 * marks) with white space between, that starts with a capital, a digit or
 * an opening mark, unless the '.' ends an abbreviation. A headline
 * paragraph (no final punctuation) is marked when the next one starts. */
static void
sentence_mark(struct quote_finder *f, size_t i, struct sentences *st)
{
	struct tok *t = &f->toks[i];
	bool start = i == 0 || (t->flags & TF_PARA);

	if (!start && may_start(t)) {
		size_t k = i - 1;

		while (k > 0 && closer(&f->toks[k]) &&
		    !(f->toks[k].flags & TF_SPB))
			k--;
		if (terminal(&f->toks[k]) && (!(f->toks[k].cp == '.' &&
		    k > 0 && !(f->toks[k].flags & TF_SPB) &&
		    abbreviation(f, k - 1)) || (k == i - 1 && k > 0 &&
		    starter_after_dotted(&f->toks[k - 1], t))))
			start = true;
	}
	if (start && i > 0) {
		st->sent++;
		if (t->flags & TF_PARA) {
			/* close the paragraph that ended at i - 1 */
			close_headline(f, st->para0, i, true);
			st->para0 = i;
		}
	}
	if (start) {
		t->flags |= TF_SENT;
		if (st->sent >= f->sfcap) {
			f->sfcap = f->sfcap ? 2 * f->sfcap : 64;
			f->sent_first = xreallocarray(f->sent_first, f->sfcap,
			    sizeof *f->sent_first);
		}
		f->sent_first[st->sent] = (int32_t)i;
	}
	t->sent = st->sent;
}

/* add_mark notes token i, a quotation mark, in f->marks. */
static void
add_mark(struct quote_finder *f, size_t i)
{
	if (f->nmarks == f->mcap) {
		f->mcap = f->mcap ? 2 * f->mcap : 256;
		f->marks = xreallocarray(f->marks, f->mcap, sizeof *f->marks);
	}
	f->marks[f->nmarks++] = (int32_t)i;
}

/* scan cuts the text into tokens: ASCII words and marks by the fast
 * paths, the rest by general_token; it numbers the sentences as it goes
 * and notes the quotation marks. */
static void
scan(struct quote_finder *f)
{
	const unsigned char *s = (const unsigned char *)f->text;
	const size_t len = f->len;
	size_t i = 0, j;
	uint32_t para = 0;
	bool newline = true;
	uint16_t fl;
	bool starts;
	struct sentences st = { 0, 0 };

	f->ntoks = f->nmarks = 0;
	/* newline: no paragraph is counted before the first token */
	i = space_end(f, 0, &para, &newline);
	fl = TF_SPB | TF_PARA;
	while (i < len) {
		unsigned char c = s[i];
		struct tok *t;

		/* fl: the flags of the token's place, TF_SPB and TF_PARA */
		if ((byte_class[c] & BC_ALNUM) &&
		    (t = ascii_word(f, i, fl, para)) != NULL) {
			j = t->e;
			/* may_start's question of a word: a capital or a
			 * digit (c <= 'Z') after white space */
			starts = (fl & TF_PARA) || ((fl & TF_SPB) && c <= 'Z');
		} else {
			if (byte_class[c] & BC_PUNCT) {
				j = i + 1;
				push(f, i, j, TK_PUNCT, c);
			} else if ((j = c < 0x80 ? ascii_mark(f, i) :
			    curly_mark(f, i)) == 0)
				j = general_token(f, i, fl & TF_SPB);
			t = &f->toks[f->ntoks - 1];
			t->flags |= fl;
			t->para = para;
			if (t->type == TK_QUOTE)
				add_mark(f, f->ntoks - 1);
			starts = (fl & TF_PARA) || may_start(t);
		}
		/* most tokens start no sentence: a lower-case word, a token
		 * after no white space */
		if (!starts)
			t->sent = st.sent;
		else {
			sentence_mark(f, f->ntoks - 1, &st);
			if (!(t->flags & TF_SENT) && (t->flags & TF_CAP)) {
				aux_name(f, f->ntoks - 1);
				quote_name(f, f->ntoks - 1);
			}
		}
		/* where the next token starts: at once after one space or
		 * none, the common cases, else after the white space */
		if (j + 1 < len && s[j] == ' ' &&
		    !(byte_class[s[j + 1]] & (BC_SPACE | BC_HIGH))) {
			i = j + 1;
			t->flags |= TF_SPA;
			fl = TF_SPB;
		} else if (j < len && !(byte_class[s[j]] & (BC_SPACE | BC_HIGH))) {
			i = j;
			fl = 0;
		} else if (j + 1 < len && s[j] == '\n' &&
		    !(byte_class[s[j + 1]] & (BC_SPACE | BC_HIGH))) {
			/* a line break alone (space_end's reading): the next
			 * token starts a paragraph */
			i = j + 1;
			para++;
			t->flags |= TF_SPA;
			fl = TF_SPB | TF_PARA;
		} else {
			newline = false;
			i = space_end(f, j, &para, &newline);
			fl = 0;
			if (i > j) {
				t->flags |= TF_SPA;
				fl = TF_SPB;
			}
			if (newline)
				fl |= TF_PARA;
		}
	}
	if (f->ntoks > 0) {
		f->toks[f->ntoks - 1].flags |= TF_SPA;
		close_headline(f, st.para0, f->ntoks, false);
	}
}

void
tokenize(struct quote_finder *f)
{
	scan(f);
}
