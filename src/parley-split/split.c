/* split.c - the sentence splitter (split.h). docs/parley-split.md has the
 * rules with examples; the comments here give the reasons. */
#include "split.h"
#include "datafile.h"
#include "diag.h"
#include "exitcode.h"
#include "rx.h"
#include "utf8.h"
#include "wordset.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Kinds of abbreviation (abbreviations.txt), then the shapes of a word
 * ending in '.' that is not listed. */
enum word_kind {
	AB_NONE,
	AB_TITLE,    /* Mr. Gen. St.: a name follows, never a sentence end */
	AB_INNER,    /* e.g. vs. cf.: never a sentence end */
	AB_NUMBER,   /* No. p. Jan.: no end before a number */
	AB_FINAL,    /* Co. Inc. etc.: may end a sentence */
	AB_PLACE,    /* U.S. U.K.: may end one; "U.S. Government" does not */
	AB_TIME,     /* a.m. p.m. */
	SH_WORD,
	SH_NUMBER,   /* $100.00 1026.253.553 */
	SH_INITIAL,  /* E. (Jonas E. Smith) */
	SH_LETTER,   /* a lowercase letter alone */
	SH_DOTTED    /* J.D. a.k.a.: initials, unless a sentence starter follows */
};

static const struct {
	const char *name;
	enum word_kind kind;
} kind_names[] = {
	{ "title", AB_TITLE }, { "inner", AB_INNER }, { "number", AB_NUMBER },
	{ "final", AB_FINAL }, { "place", AB_PLACE }, { "time", AB_TIME },
};

struct splitter {
	struct wordset abbr;        /* "U.S" -> AB_PLACE (no final '.') */
	struct wordset starters;    /* "The", "It's" */
	struct wordset continuers;  /* "Government" */
	struct rx letter;           /* the case of a non-ASCII character */
	struct rx glued_domain;     /* "novinite.comKremlin" */
	struct rx urlish;           /* a URL, e-mail address or file name */
	struct rx attribution;      /* “Why?” Trump asked. */
};

/* Character classes (char_class). */
enum { CC_OTHER, CC_UPPER, CC_LOWER, CC_DIGIT, CC_LETTER };

/* Cluster kinds: what the run of terminators and closers is. */
enum { K_FULL, K_PLAIN, K_QUESTION, K_ELLIPSIS, K_STRONG };

/* A list item's label (numbered, lettered, roman, bulleted). */
enum { L_BULLET, L_NUM, L_LOWER, L_UPPER, L_LROMAN, L_UROMAN };
enum { SUF_DOT, SUF_PAREN, SUF_DOTPAREN, SUF_WRAPPED };

struct marker {
	size_t len;          /* bytes from the item's start to after the label */
	int type;
	unsigned value;
	int suffix;
	char bullet[4];
	size_t blen;
};

struct scan {
	struct splitter *sp;
	const char *t;
	size_t n;            /* length of the text */
	size_t pe;           /* end of the current paragraph */
	unsigned long para;
	split_fn *fn;
	void *ctx;
	size_t s;            /* start of the current sentence */
	bool list_on;        /* the paragraph is a list (struct marker last) */
	struct marker last;  /* the last list item's label */
	size_t next_item;    /* start of the next list item, or SIZE_MAX */
};

/* The next word after a possible sentence end. */
struct next_word {
	size_t from;         /* where it starts, openers and dashes included */
	size_t at;           /* first character after openers and dashes */
	int cls;             /* its class */
	bool opened;         /* a quotation mark or bracket came first */
	bool dashed;         /* a dash came first */
	size_t w0, w1;       /* the word, letters and inner apostrophes */
	size_t wl;           /* end of its leading letters ("It" of "It's") */
};

static const unsigned char break_bytes[256] = {
	['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [0xC2] = 1, [0xE2] = 1
};

/* Bytes that may start something the scanner stops for: a terminator, a
 * bullet, a glued "By " (0xE2: … ‽ ‼ ⁇ ⁈ ⁉ • ⁃; 0xE3: 。; 0xEF: ！ ？ ．). */
static const unsigned char stop_bytes[256] = {
	['.'] = 1, ['?'] = 1, ['!'] = 1, ['B'] = 1,
	[0xE2] = 1, [0xE3] = 1, [0xEF] = 1
};

/* Words that open a time phrase before a clause: "At 5 a.m. Mr. Smith
 * went" (no end at a.m.), unlike "He left at 6 P.M. Mr. Smith then went". */
static const char *const intro_words[] = {
	"At", "By", "Before", "After", "Until", "Till", "From", "Since",
	"Around", "About", "On", "Shortly", "Just", "Early", "Late", "Between",
	"Starting", "Beginning", "Today", "Tomorrow", "Yesterday", "Tonight",
	"Sometime", "Approximately", "Exactly", "Precisely", "Roughly", "Also",
	"Then", "Only", "Even", "Until", NULL
};

/* ---- characters ---- */

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* zero_bytes marks (high bit) the zero bytes of x - exact as to whether
 * there is one, which is all the callers ask. */
static uint64_t
zero_bytes(uint64_t x)
{
	return (x - ONES) & ~x & HIGHS;
}

static uint64_t
load8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

/* next_stop returns the first byte from i (before lim) that stop_bytes
 * flags, or lim; eight bytes at a time while none can be one. */
static size_t
next_stop(const char *t, size_t i, size_t lim)
{
	for (;;) {
		while (i + 8 <= lim) {
			uint64_t w = load8(t + i);

			if ((zero_bytes(w ^ (ONES * '.')) | zero_bytes(w ^ (ONES * '?')) |
			    zero_bytes(w ^ (ONES * '!')) | zero_bytes(w ^ (ONES * 'B')) |
			    (w & (w << 1) & (w << 2) & HIGHS)) != 0)
				break;
			i += 8;
		}
		for (size_t end = i + 8 < lim ? i + 8 : lim; i < end; i++)
			if (stop_bytes[(unsigned char)t[i]])
				return i;
		if (i >= lim)
			return lim;
	}
}

static uint32_t
cp_at(const struct scan *sc, size_t i, size_t *len)
{
	uint32_t cp;
	unsigned char c = (unsigned char)sc->t[i];

	if (c < 0x80) {
		*len = 1;
		return c;
	}
	*len = (size_t)utf8_decode(sc->t + i, sc->n - i, &cp);
	return cp;
}

static uint32_t
cp_before(const struct scan *sc, size_t i, size_t *len)
{
	uint32_t cp;
	unsigned char c = (unsigned char)sc->t[i - 1];

	if (c < 0x80) {
		*len = 1;
		return c;
	}
	*len = (size_t)utf8_decode_before(sc->t, i, &cp);
	return cp;
}

static bool
is_ws_cp(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 ||
	    c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
	    c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

static bool
is_closer(uint32_t c)
{
	return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' ||
	    c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x203A ||
	    c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0xFF3D;
}

static bool
is_quote_closer(uint32_t c)
{
	return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
	    c == 0xBB || c == 0x203A || c == 0x300D || c == 0x300F;
}

static bool
is_opener(uint32_t c)
{
	return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' ||
	    c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x201A ||
	    c == 0xAB || c == 0x2039 || c == 0x300C || c == 0x300E ||
	    c == 0xFF08 || c == 0xBF || c == 0xA1 || c == '*' || c == '_';
}

static bool
is_dash(uint32_t c)
{
	return c == '-' || (c >= 0x2012 && c <= 0x2015);
}

static bool
is_question(uint32_t c)
{
	return c == '?' || c == '!' || c == 0x203C || c == 0x203D ||
	    (c >= 0x2047 && c <= 0x2049) || c == 0xFF01 || c == 0xFF1F;
}

static bool
is_full_stop(uint32_t c)
{
	return c == '.' || c == 0x3002 || c == 0xFF0E;
}

static bool
is_terminator(uint32_t c)
{
	return is_full_stop(c) || is_question(c) || c == 0x2026;
}

static size_t
ws_at(const struct scan *sc, size_t i)
{
	unsigned char c = (unsigned char)sc->t[i];
	size_t len;

	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (c < 0xC2 || (c > 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 &&
	    c != 0xEF))
		return 0;
	return is_ws_cp(cp_at(sc, i, &len)) ? len : 0;
}

static size_t
ws_before(const struct scan *sc, size_t i)
{
	size_t len;

	return i > 0 && is_ws_cp(cp_before(sc, i, &len)) ? len : 0;
}

static size_t
skip_ws(const struct scan *sc, size_t i, size_t end)
{
	size_t k;

	while (i < end && (k = ws_at(sc, i)) > 0)
		i += k;
	return i;
}

static size_t
trim_end(const struct scan *sc, size_t s, size_t e)
{
	size_t k;

	while (e > s && (k = ws_before(sc, e)) > 0)
		e -= k;
	return e;
}

/* break_at returns the length of the line break at i, 0 if none. */
static size_t
break_at(const struct scan *sc, size_t i)
{
	const unsigned char *t = (const unsigned char *)sc->t;

	switch (t[i]) {
	case '\n': case '\v': case '\f':
		return 1;
	case '\r':
		return i + 1 < sc->n && t[i + 1] == '\n' ? 2 : 1;
	case 0xC2:
		return i + 1 < sc->n && t[i + 1] == 0x85 ? 2 : 0;
	case 0xE2:
		return i + 2 < sc->n && t[i + 1] == 0x80 &&
		    (t[i + 2] == 0xA8 || t[i + 2] == 0xA9) ? 3 : 0;
	default:
		return 0;
	}
}

/* line_end finds the end of the line from i: *le where its break starts
 * (or n), *next after the break. */
static void
line_end(const struct scan *sc, size_t i, size_t *le, size_t *next)
{
	size_t k;

	for (; i < sc->n; i++) {
		/* eight bytes at a time while none is below 0x0E, 0xC2 or 0xE2 */
		while (i + 8 <= sc->n) {
			uint64_t w = load8(sc->t + i);

			if ((((w - ONES * 0x0E) & ~w & HIGHS) |
			    zero_bytes(w ^ (ONES * 0xC2)) |
			    zero_bytes(w ^ (ONES * 0xE2))) != 0)
				break;
			i += 8;
		}
		if (i >= sc->n)
			break;
		if (break_bytes[(unsigned char)sc->t[i]] &&
		    (k = break_at(sc, i)) > 0) {
			*le = i;
			*next = i + k;
			return;
		}
	}
	*le = *next = sc->n;
}

/* bounded returns the end of a subject for an anchored match at i that
 * needs at most n bytes: pcre2 may otherwise search the whole rest of
 * the paragraph for a character the pattern requires, on every call. The
 * end is put on a character boundary. */
static size_t
bounded(const struct scan *sc, size_t i, size_t n)
{
	size_t e = i + n;

	if (e >= sc->pe)
		return sc->pe;
	while (e > i && ((unsigned char)sc->t[e] & 0xC0) == 0x80)
		e--;
	return e;
}

/* char_class classifies the character at i (< n); pcre2's Unicode
 * properties answer for anything outside ASCII. */
static int
char_class(const struct scan *sc, size_t i)
{
	unsigned char c = (unsigned char)sc->t[i];
	const char *mark;
	size_t len;

	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')
			return CC_UPPER;
		if (c >= 'a' && c <= 'z')
			return CC_LOWER;
		if (c >= '0' && c <= '9')
			return CC_DIGIT;
		return CC_OTHER;
	}
	/* the subject ends after the character: pcre2 need not look further */
	cp_at(sc, i, &len);
	if (rx_match(&sc->sp->letter, sc->t, i + len, i, 0) <= 0 ||
	    (mark = rx_mark(&sc->sp->letter)) == NULL)
		return CC_OTHER;
	switch (mark[0]) {
	case 'u': return CC_UPPER;
	case 'l': return CC_LOWER;
	case 'd': return CC_DIGIT;
	default: return CC_LETTER;
	}
}

static bool
is_letter_class(int cls)
{
	return cls == CC_UPPER || cls == CC_LOWER || cls == CC_LETTER;
}

static bool
ascii_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* ---- words and lists ---- */

/* lookup_word looks [w0, w1) up in ws with ’ read as '. */
static int
lookup_word(const struct scan *sc, const struct wordset *ws, size_t w0,
    size_t w1)
{
	char buf[64];
	size_t n = 0;

	for (size_t i = w0; i < w1; i++) {
		if (n == sizeof buf)
			return 0;
		if (i + 2 < w1 && memcmp(sc->t + i, "\xE2\x80\x99", 3) == 0) {
			buf[n++] = '\'';
			i += 2;
		} else {
			buf[n++] = sc->t[i];
		}
	}
	return wordset_get(ws, buf, n);
}

static bool
next_in(const struct scan *sc, const struct wordset *ws,
    const struct next_word *nw)
{
	if (nw->w1 == nw->w0)
		return false;
	return lookup_word(sc, ws, nw->w0, nw->w1) ||
	    (nw->wl < nw->w1 && lookup_word(sc, ws, nw->w0, nw->wl));
}

/* Only WORD_MAX bytes of a word are read: no list has longer words. */
#define WORD_MAX 64

/* next_word describes what comes at j (a non-space character). */
static void
next_word(const struct scan *sc, size_t j, struct next_word *nw)
{
	size_t len, k;
	uint32_t c;

	memset(nw, 0, sizeof *nw);
	nw->from = j;
	for (int skipped = 0; j < sc->pe && skipped < 6; skipped++) {
		c = cp_at(sc, j, &len);
		if (is_opener(c))
			nw->opened = true;
		else if (is_dash(c))
			nw->dashed = true;
		else
			break;
		j = skip_ws(sc, j + len, sc->pe);
	}
	nw->at = j;
	nw->w0 = nw->w1 = nw->wl = j;
	if (j >= sc->pe) {
		nw->cls = CC_OTHER;
		return;
	}
	nw->cls = char_class(sc, j);
	if (!is_letter_class(nw->cls))
		return;
	/* the word: letters, and ' or ’ between letters (It's, Don’t) */
	for (k = j; k < sc->pe && k - j < WORD_MAX;) {
		unsigned char b = (unsigned char)sc->t[k];

		if (ascii_alpha(b)) {
			k++;
			continue;
		}
		if (b >= 0x80) {
			c = cp_at(sc, k, &len);
			if (c == 0x2019 && k + len < sc->pe &&
			    ascii_alpha((unsigned char)sc->t[k + len])) {
				if (nw->wl == j)
					nw->wl = k;
				k += len;
				continue;
			}
			if (is_ws_cp(c) || is_closer(c) || is_opener(c) ||
			    is_dash(c) || is_terminator(c) ||
			    !is_letter_class(char_class(sc, k)))
				break;
			k += len;
			continue;
		}
		if (b == '\'' && k + 1 < sc->pe &&
		    ascii_alpha((unsigned char)sc->t[k + 1])) {
			if (nw->wl == j)
				nw->wl = k;
			k++;
			continue;
		}
		break;
	}
	nw->w1 = k;
	if (nw->wl == j)
		nw->wl = k;
}

static const char *const roman_ones[] = { "", "i", "ii", "iii", "iv", "v",
    "vi", "vii", "viii", "ix" };

/* roman returns the value of a roman number of [ivx] (one case, read
 * in lowercase) from 1 to 39, or 0. */
static unsigned
roman(const char *s, size_t n)
{
	size_t tens = 0;
	unsigned v;

	while (tens < n && tens < 3 && (s[tens] | 0x20) == 'x')
		tens++;
	for (v = 0; v <= 9; v++) {
		const char *one = roman_ones[v];
		size_t len = strlen(one), i;

		if (len != n - tens)
			continue;
		for (i = 0; i < len && (s[tens + i] | 0x20) == one[i]; i++)
			;
		if (i == len)
			return tens * 10 + v > 0 ? (unsigned)(tens * 10 + v) : 0;
	}
	return 0;
}

/* roman_string writes v (1 to 39) as a roman number. */
static size_t
roman_string(unsigned v, bool upper, char *out, size_t cap)
{
	int len = snprintf(out, cap, "%.*s%s", (int)(v / 10), "xxx",
	    roman_ones[v % 10]);

	for (int i = 0; upper && i < len; i++)
		out[i] = (char)(out[i] & ~0x20);
	return (size_t)len;
}

static bool
is_bullet(uint32_t c)
{
	return c == 0x2022 || c == 0x2043 || c == 0x25E6 || c == 0x25AA ||
	    c == 0x2023 || c == 0x25CF || c == 0x25A0 || c == '*' ||
	    c == '-' || c == 0x2013;
}

/* parse_label reads a list label at j: 1 to 3 digits, one letter or a
 * roman number, then ".", ")" or ".)" (or "(" label ")"). */
static bool
parse_label(const struct scan *sc, size_t j, struct marker *m, size_t *end)
{
	const char *t = sc->t;
	bool wrapped = j < sc->pe && t[j] == '(';
	size_t k, n;

	if (wrapped)
		j++;
	for (k = j; k < sc->pe && k - j < 4 && t[k] >= '0' && t[k] <= '9'; k++)
		;
	n = k - j;
	if (n >= 1 && n <= 3) {
		m->type = L_NUM;
		m->value = 0;
		for (size_t i = j; i < k; i++)
			m->value = m->value * 10 + (unsigned)(t[i] - '0');
	} else if (n == 0) {
		for (k = j; k < sc->pe && k - j < 7 &&
		    ascii_alpha((unsigned char)t[k]); k++)
			;
		n = k - j;
		if (n == 1) {
			bool up = t[j] >= 'A' && t[j] <= 'Z';

			m->type = up ? L_UPPER : L_LOWER;
			m->value = (unsigned)((t[j] | 0x20) - 'a' + 1);
		} else if (n > 1 && (m->value = roman(t + j, n)) > 0) {
			bool up = t[j] >= 'A' && t[j] <= 'Z';

			for (size_t i = j; i < k; i++)
				if ((t[i] >= 'A' && t[i] <= 'Z') != up)
					return false;
			m->type = up ? L_UROMAN : L_LROMAN;
		} else {
			return false;
		}
	} else {
		return false;
	}
	if (wrapped) {
		if (k >= sc->pe || t[k] != ')')
			return false;
		m->suffix = SUF_WRAPPED;
		k++;
	} else if (k + 1 < sc->pe && t[k] == '.' && t[k + 1] == ')') {
		m->suffix = SUF_DOTPAREN;
		k += 2;
	} else if (k < sc->pe && (t[k] == '.' || t[k] == ')')) {
		m->suffix = t[k] == '.' ? SUF_DOT : SUF_PAREN;
		k++;
	} else {
		return false;
	}
	*end = k;
	return true;
}

/* parse_marker reads a list item's start at p: a bullet, a label or
 * both ("• 9.", "⁃9.", "1.)", "(a)"), followed by a space and more text. */
static bool
parse_marker(const struct scan *sc, size_t p, struct marker *m)
{
	size_t j = p, len, end;
	uint32_t c;

	memset(m, 0, sizeof *m);
	if (p >= sc->pe)
		return false;
	c = cp_at(sc, p, &len);
	if (is_bullet(c)) {
		size_t k = p + len;

		memcpy(m->bullet, sc->t + p, len);
		m->blen = len;
		j = k;
		while (j < sc->pe && sc->t[j] == ' ')
			j++;
		if ((c == '*' || c == '-' || c == 0x2013) && j == k)
			return false;   /* -5, *word: not a bullet */
		if (!parse_label(sc, j, m, &end)) {
			if (j == k)
				return false;
			m->type = L_BULLET;
			end = k;
		}
	} else if (!parse_label(sc, j, m, &end)) {
		return false;
	}
	if (end >= sc->pe || ws_at(sc, end) == 0 ||
	    skip_ws(sc, end, sc->pe) >= sc->pe)
		return false;
	m->len = end - p;
	return true;
}

/* label_string writes the label that follows m's ("2.", "b)", "(iii)"). */
static size_t
label_string(const struct marker *m, int type, char *out, size_t cap)
{
	char lab[16];
	size_t n = 0;
	unsigned v = m->value + 1;

	switch (type) {
	case L_NUM:
		n = (size_t)snprintf(lab, sizeof lab, "%u", v);
		break;
	case L_LOWER: case L_UPPER:
		if (v > 26)
			return 0;
		lab[0] = (char)((type == L_UPPER ? 'A' : 'a') + v - 1);
		n = 1;
		break;
	case L_LROMAN: case L_UROMAN:
		if (v > 39)
			return 0;
		n = roman_string(v, type == L_UROMAN, lab, sizeof lab);
		break;
	default:
		return 0;
	}
	switch (m->suffix) {
	case SUF_WRAPPED: return (size_t)snprintf(out, cap, "(%.*s)", (int)n, lab);
	case SUF_DOTPAREN: return (size_t)snprintf(out, cap, "%.*s.)", (int)n, lab);
	case SUF_PAREN: return (size_t)snprintf(out, cap, "%.*s)", (int)n, lab);
	default: return (size_t)snprintf(out, cap, "%.*s.", (int)n, lab);
	}
}

/* as_next_label reinterprets m after the list's last label: "v." after
 * "iv." is roman, "ii." after "i." makes the list roman. */
static void
as_next_label(const struct scan *sc, struct marker *m)
{
	const struct marker *l = &sc->last;
	bool up = m->type == L_UPPER || m->type == L_UROMAN;

	if (!sc->list_on || m->blen > 0 || l->blen > 0)
		return;
	if ((m->type == L_LOWER || m->type == L_UPPER) &&
	    (l->type == L_LROMAN || l->type == L_UROMAN)) {
		char c = (char)('a' + m->value - 1);
		unsigned v = roman(&c, 1);

		if (v == l->value + 1 && (l->type == L_UROMAN) == up) {
			m->type = up ? L_UROMAN : L_LROMAN;
			m->value = v;
		}
	}
}

/* follows: m is the item after the list's last one. */
static bool
follows(const struct scan *sc, const struct marker *m)
{
	const struct marker *l = &sc->last;

	if (l->blen > 0)
		return m->blen == l->blen && memcmp(m->bullet, l->bullet, m->blen) == 0;
	if (m->blen > 0 || m->suffix != l->suffix)
		return false;
	if (m->type == l->type && m->value == l->value + 1)
		return true;
	/* "i." then "ii.": the list was roman */
	return l->value == 9 && m->value == 2 &&
	    ((l->type == L_LOWER && m->type == L_LROMAN) ||
	     (l->type == L_UPPER && m->type == L_UROMAN));
}

/* item_at is true when the list's next item starts at q. */
static bool
item_at(const struct scan *sc, size_t q)
{
	struct marker m;

	if (q <= sc->s || ws_before(sc, q) == 0 || !parse_marker(sc, q, &m))
		return false;
	as_next_label(sc, &m);
	return follows(sc, &m);
}

/* find_bytes is memmem (a GNU extension): the first needle in hay. */
static const char *
find_bytes(const char *hay, size_t n, const char *needle, size_t m)
{
	const char *p = hay, *end = hay + n;

	while (m > 0 && (size_t)(end - p) >= m &&
	    (p = memchr(p, needle[0], (size_t)(end - p) - m + 1)) != NULL) {
		if (memcmp(p, needle, m) == 0)
			return p;
		p++;
	}
	return NULL;
}

/* find_item returns where the list's next item starts after from: the
 * same bullet again, or the next label ("2." after "1.", "ii." or "j."
 * after "i."); SIZE_MAX if none. */
static size_t
find_item(const struct scan *sc, size_t from)
{
	const char *t = sc->t;
	char want[2][24];
	size_t wlen[2] = { 0, 0 }, best = SIZE_MAX;
	int type = sc->last.type;

	if (sc->last.blen > 0) {
		memcpy(want[0], sc->last.bullet, sc->last.blen);
		wlen[0] = sc->last.blen;
	} else {
		wlen[0] = label_string(&sc->last, type, want[0], sizeof want[0]);
		if ((type == L_LOWER || type == L_UPPER) && sc->last.value == 9) {
			struct marker one = sc->last;

			one.value = 1;
			wlen[1] = label_string(&one, type == L_LOWER ? L_LROMAN :
			    L_UROMAN, want[1], sizeof want[1]);
		}
	}
	for (int w = 0; w < 2; w++) {
		size_t p = from;

		while (wlen[w] > 0 && p < sc->pe) {
			const char *hit = find_bytes(t + p, sc->pe - p, want[w], wlen[w]);
			size_t q;

			if (hit == NULL)
				break;
			q = (size_t)(hit - t);
			if (q >= best)
				break;
			if (item_at(sc, q)) {
				best = q;
				break;
			}
			p = q + 1;
		}
	}
	return best;
}

/* sentence_begin starts a sentence at s: a list label there is part of
 * it (its '.' ends nothing), and sets where the next item starts. Returns
 * where scanning goes on. */
static size_t
sentence_begin(struct scan *sc, size_t s)
{
	struct marker m;

	sc->s = s;
	if (!parse_marker(sc, s, &m)) {
		if (sc->list_on && sc->next_item < s)
			sc->next_item = find_item(sc, s);
		return s;
	}
	as_next_label(sc, &m);
	sc->last = m;
	sc->list_on = true;
	sc->next_item = find_item(sc, s + m.len);
	return s + m.len;
}

/* ---- sentences ---- */

static void
emit(struct scan *sc, size_t s, size_t e)
{
	struct split_sentence out;

	e = trim_end(sc, s, e);
	if (e <= s)
		return;
	out.start = s;
	out.end = e;
	out.para = sc->para;
	sc->fn(&out, sc->ctx);
}

/* cut ends the sentence at end and starts the next at start (or the first
 * non-space after it); returns where scanning goes on. */
static size_t
cut(struct scan *sc, size_t end, size_t start)
{
	emit(sc, sc->s, end);
	return sentence_begin(sc, skip_ws(sc, start, sc->pe));
}

/* word_before returns the start of the word that ends at i (the '.'),
 * after any opening quotation marks, brackets or dashes. */
static size_t
word_before(const struct scan *sc, size_t i)
{
	size_t w0 = i, len;
	uint32_t c;

	while (w0 > sc->s && ws_before(sc, w0) == 0)
		w0 -= (cp_before(sc, w0, &len), len);
	while (w0 < i) {
		c = cp_at(sc, w0, &len);
		if (!is_opener(c) && !is_dash(c))
			break;
		w0 += len;
	}
	return w0;
}

/* word_shape classifies a word [w0, w1) that is not in the list. */
static enum word_kind
word_shape(const struct scan *sc, size_t w0, size_t w1)
{
	size_t len, i;
	uint32_t c;
	int cls;

	if (w1 <= w0)
		return SH_WORD;
	c = cp_at(sc, w0, &len);
	cls = char_class(sc, w0);
	if (cls == CC_DIGIT || ((c == '$' || c == 0x20AC || c == 0xA3 ||
	    c == 0xA5 || c == 0x20BD || c == 0x20B4) && w0 + len < w1 &&
	    char_class(sc, w0 + len) == CC_DIGIT))
		return SH_NUMBER;
	if (w0 + len == w1)
		return cls == CC_UPPER ? SH_INITIAL :
		    cls == CC_LOWER ? SH_LETTER : SH_WORD;
	/* dotted: a letter, '.', a letter, ... (the last '.' is at w1) */
	for (i = w0; i < w1;) {
		if (!is_letter_class(char_class(sc, i)))
			return SH_WORD;
		cp_at(sc, i, &len);
		i += len;
		if (i == w1)
			return SH_DOTTED;
		if (sc->t[i] != '.')
			return SH_WORD;
		i++;
	}
	return SH_WORD;
}

/* intro_phrase: the sentence so far ([s, w0)) is a short time phrase
 * opened by a preposition ("At 5"), so the clause is still to come. */
static bool
intro_phrase(const struct scan *sc, size_t w0)
{
	size_t e = sc->s, words = 0;
	bool known = false;

	while (e < w0 && ascii_alpha((unsigned char)sc->t[e]))
		e++;
	for (int k = 0; intro_words[k] != NULL; k++)
		if (strlen(intro_words[k]) == e - sc->s &&
		    memcmp(intro_words[k], sc->t + sc->s, e - sc->s) == 0)
			known = true;
	if (!known)
		return false;
	for (size_t i = sc->s; i < w0; i++) {
		if (sc->t[i] == ',' || sc->t[i] == ';')
			return false;
		if (sc->t[i] == ' ' && sc->t[i + 1] != ' ' && ++words > 5)
			return false;
	}
	return true;
}

/* abbreviation_kind returns the kind of the word [w0, i) in the list, or
 * that of its part after a hyphen ("then-Sen.", "ex-Gov."), or AB_NONE. */
static enum word_kind
abbreviation_kind(const struct scan *sc, size_t w0, size_t i)
{
	const struct wordset *abbr = &sc->sp->abbr;
	int kind = wordset_get(abbr, sc->t + w0, i - w0);
	size_t h = i;

	if (kind != AB_NONE)
		return (enum word_kind)kind;
	while (h > w0 + 1 && sc->t[h - 1] != '-')
		h--;
	if (h > w0 + 1 && h < i)
		kind = wordset_get(abbr, sc->t + h, i - h);
	return (enum word_kind)kind;
}

/* continues: the next word carries the phrase on after "U.S.", "Inc."
 * or "a.m." (split-continuers.txt) - unless a quotation or bracket opens
 * first: "Albany, N.Y. “Senator Smith is wrong,” he said." */
static bool
continues(const struct scan *sc, const struct next_word *nw)
{
	return nw->cls == CC_UPPER && !nw->opened &&
	    next_in(sc, &sc->sp->continuers, nw);
}

/* Only HEADLINE_MAX bytes of a paragraph are read for a headline. */
#define HEADLINE_MAX 200

/* Short words a title-case headline leaves in lowercase. */
static const char *const headline_small[] = {
	"a", "an", "the", "and", "or", "nor", "but", "for", "of", "to", "in",
	"on", "at", "by", "as", "vs", "via", "per", "up", NULL
};

/* small_word: [k, e) is one of headline_small. */
static bool
small_word(const struct scan *sc, size_t k, size_t e)
{
	for (int i = 0; headline_small[i] != NULL; i++)
		if (strlen(headline_small[i]) == e - k &&
		    memcmp(headline_small[i], sc->t + k, e - k) == 0)
			return true;
	return false;
}

/* headline: the sentence from its start to the paragraph's end is a
 * title-case or capitals headline of four words or more, every word but
 * "of", "for" and the like capitalised ("U.S. Picks Mayor for a Seat on
 * the Board"), so a capital after "U.S." goes on with it. */
static bool
headline(const struct scan *sc)
{
	size_t k = sc->s, words = 0, len, e;

	if (sc->pe - sc->s > HEADLINE_MAX)
		return false;
	while ((k = skip_ws(sc, k, sc->pe)) < sc->pe) {
		while (k < sc->pe && is_opener(cp_at(sc, k, &len)))
			k += len;
		for (e = k; e < sc->pe && ws_at(sc, e) == 0; e++)
			;
		if (k < sc->pe && char_class(sc, k) == CC_LOWER &&
		    !small_word(sc, k, e))
			return false;
		words++;
		k = e;
	}
	return words >= 4;
}

/* Only TAG_MAX bytes are read for a bracketed tag. */
#define TAG_MAX 16

/* bracket_tag: the next word is a short bracketed tag without spaces,
 * "(D-Pa.)" or "(AP)", that belongs to the name or place before it. */
static bool
bracket_tag(const struct scan *sc, const struct next_word *nw)
{
	size_t k = nw->from + 1;

	if (sc->t[nw->from] != '(')
		return false;
	while (k < sc->pe && k - nw->from <= TAG_MAX && sc->t[k] != ')' &&
	    sc->t[k] != '(' && ws_at(sc, k) == 0)
		k++;
	return k > nw->from + 1 && k < sc->pe && sc->t[k] == ')';
}

/* period_boundary decides a single '.' at i directly after a word, with
 * a space and then the word nw after it. */
static bool
period_boundary(struct scan *sc, size_t i, const struct next_word *nw)
{
	struct splitter *sp = sc->sp;
	size_t w0 = word_before(sc, i);
	enum word_kind kind;
	bool starter;

	if (nw->cls == CC_LOWER)
		return false;
	kind = abbreviation_kind(sc, w0, i);
	if (kind == AB_NONE)
		kind = word_shape(sc, w0, i);
	starter = nw->cls == CC_UPPER && next_in(sc, &sp->starters, nw);
	switch (kind) {
	case AB_TITLE:
	case AB_INNER:
		return false;
	case AB_NUMBER:
		return nw->cls != CC_DIGIT || nw->opened || nw->dashed;
	case AB_FINAL:
		return !nw->dashed && !bracket_tag(sc, nw) && !continues(sc, nw) &&
		    !(nw->cls == CC_UPPER && headline(sc));
	case AB_PLACE:
		return !nw->dashed && nw->cls != CC_DIGIT && !bracket_tag(sc, nw) &&
		    !continues(sc, nw) && !(nw->cls == CC_UPPER && headline(sc));
	case AB_TIME:
		if (nw->dashed || bracket_tag(sc, nw) || continues(sc, nw))
			return false;
		return starter || !intro_phrase(sc, w0);
	case SH_INITIAL:
	case SH_DOTTED:
		return !nw->dashed && (starter || nw->opened);
	default:
		return true;
	}
}

/* citation: "(Smith 55)." after a sentence's end belongs to it. */
static bool
citation(const struct scan *sc, size_t j)
{
	size_t k, end = j + 120 < sc->pe ? j + 120 : sc->pe;

	if (sc->t[j] != '(')
		return false;
	for (k = j + 1; k < end && sc->t[k] != ')'; k++)
		if (strchr(".?!(\n\r", sc->t[k]) != NULL || sc->t[k] == '\0')
			return false;
	if (k >= end)
		return false;
	k++;
	return skip_ws(sc, k, sc->pe) >= sc->pe || strchr(".,;:", sc->t[k]) != NULL;
}

struct cluster {
	size_t end;       /* after the terminators and the closers */
	int kind;
	bool closers;     /* closers after the last terminator */
	bool quote;       /* a closing quotation mark among them */
};

/* scan_cluster reads the run of terminators and closers from i. */
static void
scan_cluster(const struct scan *sc, size_t i, struct cluster *cl)
{
	size_t j = i, len;
	int dots = 0, segments = 0;
	bool question = false, term_seen = false;

	memset(cl, 0, sizeof *cl);
	while (j < sc->pe) {
		uint32_t c = cp_at(sc, j, &len);

		if (is_terminator(c)) {
			if (!term_seen) {       /* a new segment */
				segments++;
				dots = 0;
				cl->closers = cl->quote = false;
			}
			term_seen = true;
			if (is_question(c))
				question = true;
			else
				dots += c == 0x2026 ? 3 : 1;
		} else if (is_closer(c)) {
			term_seen = false;
			cl->closers = true;
			if (is_quote_closer(c))
				cl->quote = true;
		} else {
			break;
		}
		j += len;
	}
	cl->end = j;
	if (question)
		cl->kind = K_QUESTION;
	else if (dots >= 4)
		cl->kind = K_STRONG;
	else if (dots == 3)
		cl->kind = K_ELLIPSIS;
	else if (dots == 2 || segments > 1 || sc->t[i] != '.' ||
	    (i > sc->s && ws_before(sc, i) > 0))
		cl->kind = K_PLAIN;
	else
		cl->kind = cl->closers ? K_PLAIN : K_FULL;
}

#define GLUE_MAX 64

/* glued: "world.Today" - a sentence end with no space after it. */
static bool
glued(struct scan *sc, size_t i)
{
	const unsigned char *t = (const unsigned char *)sc->t;
	size_t w0, w1;

	if (i + 2 >= sc->pe || i <= sc->s || !(t[i + 1] >= 'A' && t[i + 1] <= 'Z') ||
	    !(t[i + 2] >= 'a' && t[i + 2] <= 'z') ||
	    !((t[i - 1] >= 'a' && t[i - 1] <= 'z') ||
	      (t[i - 1] >= '0' && t[i - 1] <= '9')))
		return false;
	/* a token longer than GLUE_MAX each side is no run of words: this
	 * also keeps a long token with many dots from costing its square */
	for (w0 = i; w0 > sc->s && i - w0 <= GLUE_MAX &&
	    ws_before(sc, w0) == 0; w0--)
		;
	for (w1 = i; w1 < sc->pe && w1 - i <= GLUE_MAX &&
	    ws_at(sc, w1) == 0; w1++)
		;
	if (i - w0 > GLUE_MAX || w1 - i > GLUE_MAX)
		return false;
	w0 = word_before(sc, i);
	if (wordset_get(&sc->sp->abbr, sc->t + w0, i - w0) != AB_NONE)
		return false;
	return rx_match(&sc->sp->urlish, sc->t, w1, w0, 0) == RX_NOMATCH;
}

/* at_cluster decides the terminators at i; returns where scanning goes on. */
static size_t
at_cluster(struct scan *sc, size_t i)
{
	struct cluster cl;
	struct next_word nw;
	size_t next;
	bool end;

	scan_cluster(sc, i, &cl);
	if (cl.end >= sc->pe)
		return sc->pe;
	if (ws_at(sc, cl.end) == 0) {
		if (cl.kind == K_FULL && cl.end == i + 1 && glued(sc, i))
			return cut(sc, i + 1, i + 1);
		return cl.end;
	}
	next = skip_ws(sc, cl.end, sc->pe);
	if (next >= sc->pe)
		return sc->pe;
	next_word(sc, next, &nw);
	switch (cl.kind) {
	case K_QUESTION:
		end = nw.cls != CC_LOWER;
		if (end && cl.quote && nw.cls == CC_UPPER && !nw.opened &&
		    rx_match(&sc->sp->attribution, sc->t, bounded(sc, next, 256),
		    next, 0) > 0)
			end = false;
		break;
	case K_ELLIPSIS:
		end = nw.cls == CC_UPPER;
		break;
	case K_FULL:
		end = period_boundary(sc, i, &nw);
		break;
	default:
		end = nw.cls != CC_LOWER;
		break;
	}
	if (end && citation(sc, next))
		end = false;
	return end ? cut(sc, cl.end, next) : cl.end;
}

/* at_spaced_ellipsis handles ". . ." (m >= 3 dots from i to e): never an
 * end itself; with a fourth dot the sentence ends at that full stop -
 * the first dot when it sits on the word ("compounds. . . . The"), the
 * last otherwise ("a period . . . . Next"). */
static size_t
at_spaced_ellipsis(struct scan *sc, size_t i, size_t e, int m)
{
	struct next_word nw;
	size_t after = e, next, len;

	while (after < sc->pe && is_closer(cp_at(sc, after, &len)))
		after += len;
	if (after >= sc->pe || skip_ws(sc, after, sc->pe) >= sc->pe)
		return sc->pe;
	if (ws_at(sc, after) == 0 || m < 4)
		return after;
	next = skip_ws(sc, after, sc->pe);
	next_word(sc, next, &nw);
	if (nw.cls == CC_LOWER)
		return after;
	if (i > sc->s && ws_before(sc, i) == 0)
		return cut(sc, i + 1, i + 1);
	return cut(sc, after, next);
}

/* domain_glued: lowercase letters (a domain's end) then a capital right
 * after the '.' at i - the cheap test before the glued_domain pattern. */
static bool
domain_glued(const struct scan *sc, size_t i)
{
	const unsigned char *t = (const unsigned char *)sc->t;
	size_t j = i + 1;

	while (j < sc->pe && j - i <= 7 && ((t[j] >= 'a' && t[j] <= 'z') ||
	    t[j] == '.'))
		j++;
	return j - i >= 3 && j < sc->pe && ((t[j] >= 'A' && t[j] <= 'Z') ||
	    t[j] >= 0xC2);
}

static size_t
at_period(struct scan *sc, size_t i)
{
	const char *t = sc->t;
	size_t j = i;
	int m = 1;

	while (j + 2 < sc->pe && t[j + 1] == ' ' && t[j + 2] == '.') {
		j += 2;
		m++;
	}
	if (m >= 3 && (j + 1 >= sc->pe || t[j + 1] != '.'))
		return at_spaced_ellipsis(sc, i, j + 1, m);
	if (domain_glued(sc, i) &&
	    rx_match(&sc->sp->glued_domain, t, bounded(sc, i, 40), i, 0) > 0) {
		size_t end = rx_ovector(&sc->sp->glued_domain)[1];

		return cut(sc, end, end);
	}
	return at_cluster(sc, i);
}

/* at_glued_by: "· LBCBy Josef Al Shemary" - a byline glued to the word
 * before it starts a sentence. */
static size_t
at_glued_by(struct scan *sc, size_t i)
{
	const unsigned char *t = (const unsigned char *)sc->t;

	if (i > sc->s && i + 3 < sc->pe && t[i + 1] == 'y' && t[i + 2] == ' ' &&
	    ascii_alpha(t[i - 1]) && t[i + 3] >= 'A' && t[i + 3] <= 'Z')
		return cut(sc, i, i);
	return i + 1;
}

/* at_stop handles the character at i that stop_bytes flagged. */
static size_t
at_stop(struct scan *sc, size_t i)
{
	size_t len;
	uint32_t c;

	switch (sc->t[i]) {
	case '.':
		return at_period(sc, i);
	case '?': case '!':
		return at_cluster(sc, i);
	case 'B':
		return at_glued_by(sc, i);
	}
	c = cp_at(sc, i, &len);
	if (is_terminator(c))
		return at_cluster(sc, i);
	return i + len;
}

/* split_paragraph splits [ps, pe), one paragraph. */
static void
split_paragraph(struct scan *sc, size_t ps, size_t pe)
{
	size_t i;

	sc->pe = pe;
	sc->list_on = false;
	sc->next_item = SIZE_MAX;
	i = sentence_begin(sc, skip_ws(sc, ps, pe));
	while (i < pe) {
		size_t lim = sc->next_item < pe ? sc->next_item : pe;

		if (sc->next_item < i) {
			sc->next_item = find_item(sc, i);
			continue;
		}
		i = next_stop(sc->t, i, lim);
		if (i < lim) {
			i = at_stop(sc, i);
		} else if (lim < pe) {
			/* the next list item: "1. The first item 2. The second" */
			i = cut(sc, lim, lim);
			if (sc->next_item <= lim)
				sc->next_item = find_item(sc, lim + 1);
		}
	}
	emit(sc, sc->s, pe);
}

/* ends_unit: [s, e) ends with a terminator (or ':' when colon), closers
 * after it allowed. */
static bool
ends_unit(const struct scan *sc, size_t s, size_t e, bool colon)
{
	size_t len;
	uint32_t c;

	while (e > s) {
		c = cp_before(sc, e, &len);
		if (!is_closer(c))
			return is_terminator(c) || (colon && (c == ':' || c == ';'));
		e -= len;
	}
	return false;
}

/* joins: the line break at le (next line from next) is inside a sentence
 * - the line has no final punctuation and the next one carries on in
 * lowercase to a full stop ("It was a cold \nnight in the city."). A
 * list of lowercase lines without full stops stays lines. */
static bool
joins(const struct scan *sc, size_t ls, size_t le, size_t next)
{
	size_t ns = next, ne, nnext;

	if (next >= sc->n || ends_unit(sc, ls, trim_end(sc, ls, le), true))
		return false;
	while (ns < sc->n && ws_at(sc, ns) > 0 && break_at(sc, ns) == 0)
		ns += ws_at(sc, ns);
	if (ns >= sc->n || break_at(sc, ns) > 0 || char_class(sc, ns) != CC_LOWER)
		return false;
	if (ns + 3 < sc->n && memcmp(sc->t + ns, "by ", 3) == 0)
		return false;   /* a byline */
	line_end(sc, ns, &ne, &nnext);
	return ends_unit(sc, ns, trim_end(sc, ns, ne), false);
}

void
split_text(struct splitter *sp, const char *text, size_t len, split_fn *fn,
    void *ctx)
{
	struct scan sc = { .sp = sp, .t = text, .n = len, .fn = fn, .ctx = ctx };
	size_t i = 0, le, next;

	while (i < len) {
		size_t ls = i;

		line_end(&sc, ls, &le, &next);
		if (skip_ws(&sc, ls, le) >= le) {
			i = next;
			continue;
		}
		while (joins(&sc, ls, le, next))
			line_end(&sc, next, &le, &next);
		split_paragraph(&sc, ls, le);
		sc.para++;
		i = next;
	}
}

/* ---- loading ---- */

static void
mistake(const struct datafile *df, int *status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
mistake(const struct datafile *df, int *status, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_warn("%s:%lu: %s", df->path, df->line, msg);
	*status = exitcode_worst(*status, EXIT_DATAERR);
}

/* normalise_apostrophes turns ’ into ' in place; returns the new length. */
static size_t
normalise_apostrophes(char *s, size_t n)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		if (i + 2 < n && memcmp(s + i, "\xE2\x80\x99", 3) == 0) {
			s[o++] = '\'';
			i += 2;
		} else {
			s[o++] = s[i];
		}
	}
	return o;
}

/* load_file reads path: "ABBREV. KIND" lines when abbreviations, else one
 * word a line. */
static int
load_file(struct wordset *ws, const char *path, bool abbreviations)
{
	struct datafile df;
	char *line;
	size_t len;
	int status = EXIT_OK;

	if (!datafile_open(&df, path)) {
		diag_warn("cannot open '%s':", path);
		return EXIT_NOINPUT;
	}
	while ((line = datafile_next(&df, &len)) != NULL) {
		char *w = line + strspn(line, " \t"), *k;
		size_t wlen = strcspn(w, " \t"), klen;
		int value = 1;

		k = w + wlen + strspn(w + wlen, " \t");
		klen = strcspn(k, " \t");
		if (k[klen + strspn(k + klen, " \t")] != '\0') {
			mistake(&df, &status, "more than %s on the line",
			    abbreviations ? "an abbreviation and its kind" : "one word");
			continue;
		}
		if (abbreviations) {
			value = 0;
			for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++)
				if (strlen(kind_names[i].name) == klen &&
				    memcmp(kind_names[i].name, k, klen) == 0)
					value = kind_names[i].kind;
			if (wlen < 2 || w[wlen - 1] != '.') {
				mistake(&df, &status, "'%.*s' does not end with '.'",
				    (int)wlen, w);
				continue;
			}
			if (value == 0) {
				mistake(&df, &status, "unknown kind '%.*s' (title, "
				    "inner, number, final, place or time)", (int)klen, k);
				continue;
			}
			wlen--;
		} else if (klen > 0) {
			mistake(&df, &status, "more than one word on the line");
			continue;
		}
		wlen = normalise_apostrophes(w, wlen);
		if (!wordset_add(ws, w, wlen, value))
			mistake(&df, &status, "'%.*s' is listed twice", (int)wlen, w);
	}
	if (ferror(df.fp)) {
		diag_warn("read error on '%s':", path);
		status = exitcode_worst(status, EXIT_NOINPUT);
	}
	datafile_close(&df);
	return status;
}

static int
load_default(struct wordset *ws, const char *path, const char *name,
    bool abbreviations)
{
	char *def = NULL;
	int status;

	if (path == NULL)
		path = def = datafile_path(name);
	status = load_file(ws, path, abbreviations);
	free(def);
	return status;
}

#define WORDCHARS "[\\p{L}\\p{M}.'\\x{2019}-]"
#define CUES "said|says|asked|asks|added|adds|told|tells|wrote|writes|" \
	"shouted|shouts|replied|replies|insisted|stated|declared|warned|" \
	"exclaimed|noted|explained|continued|cried|yelled|responded|" \
	"demanded|urged|recalled|joked|quipped|wondered|posted|tweeted"

/* compile_patterns: the patterns tried only at one place are compiled
 * PCRE2_ANCHORED (pcre2's JIT runs only for a pattern anchored when it is
 * compiled; anchoring at match time falls back to the interpreter). */
static void
compile_patterns(struct splitter *sp)
{
	rx_compile_or_die(&sp->letter,
	    "[\\p{Lu}\\p{Lt}](*MARK:u)|\\p{Ll}(*MARK:l)|\\p{Nd}(*MARK:d)|"
	    "[\\p{L}\\p{M}](*MARK:o)", PCRE2_ANCHORED,
	    "parley-split letter pattern");
	rx_compile_or_die(&sp->glued_domain,
	    "\\.(?:com|org|net|info|news|co\\.uk|org\\.uk|com\\.ua|ru|ua|eu|"
	    "uk|us|de|fr|it|es|pl|bg|ro|hu|cz|at|ch|nl|be|se|no|dk|fi|gr|tr|"
	    "il|in|io|tv|me|biz|gov|edu|int|online|today|press|media|world|"
	    "live|site|ca|au|jp|cn|kr)(?=\\p{Lu}\\p{Ll})", PCRE2_ANCHORED,
	    "parley-split glued-domain pattern");
	rx_compile_or_die(&sp->urlish,
	    "@|://|(?i:\\bwww\\.)|\\.(?i:com|org|net|gov|edu|io|html?|php|"
	    "aspx?|pdf|docx?|xlsx?|pptx?|txt|csv|json|xml|jpe?g|png|gif|svg|"
	    "zip|gz|mp[34]|exe|js|css|md)\\b", 0,
	    "parley-split URL pattern");
	rx_compile_or_die(&sp->attribution,
	    "(?:[\\p{Lu}]" WORDCHARS "*+\\s++){1,4}(?:" CUES ")\\b",
	    PCRE2_ANCHORED,
	    "parley-split attribution pattern");
}

struct splitter *
split_new(const struct split_paths *paths, int *status)
{
	struct splitter *sp = xcalloc(1, sizeof *sp);

	*status = load_default(&sp->abbr, paths->abbreviations,
	    "abbreviations.txt", true);
	*status = exitcode_worst(*status, load_default(&sp->starters,
	    paths->starters, "split-starters.txt", false));
	*status = exitcode_worst(*status, load_default(&sp->continuers,
	    paths->continuers, "split-continuers.txt", false));
	if (*status != EXIT_OK) {
		split_free(sp);
		return NULL;
	}
	compile_patterns(sp);
	return sp;
}

void
split_free(struct splitter *sp)
{
	if (sp == NULL)
		return;
	wordset_free(&sp->abbr);
	wordset_free(&sp->starters);
	wordset_free(&sp->continuers);
	if (sp->letter.code != NULL) {
		rx_free(&sp->letter);
		rx_free(&sp->glued_domain);
		rx_free(&sp->urlish);
		rx_free(&sp->attribution);
	}
	free(sp);
}
