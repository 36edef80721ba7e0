#include "shape.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "xalloc.h"

#define SHAPE_DEPTH 64          /* the deepest group the lexer follows */

/* What the lexer reads: one element of a pattern. */
enum token {
	T_END,
	T_ALNUM,                /* an ASCII letter or digit */
	T_OTHER,                /* another literal, an escape, a class, an
	                         * option setting */
	T_QUANT,                /* ? * + { */
	T_BAR,
	T_OPEN,                 /* a group opens (its kind in enum open) */
	T_CLOSE,
	T_GIVE_UP               /* what the lexer does not follow */
};

enum open {
	O_GROUP,                /* ( (?: (?> (?| (?= (?<name> and the like */
	O_NOT_AHEAD,            /* (?! */
	O_BEHIND,               /* (?<= */
	O_NOT_BEHIND,           /* (?<! */
	O_CONDITION             /* (?( */
};

static bool
is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* skip_quoted returns where the \Q…\E whose text begins at p ends. */
static const char *
skip_quoted(const char *p)
{
	const char *e = strstr(p, "\\E");

	return e != NULL ? e + 2 : p + strlen(p);
}

/* skip_escape returns where the escape at p (a backslash) ends, or NULL.
 * \cX takes the character after it, whatever it is; the other escapes
 * with more after them (\x{…} \p{…} \k<…>) hold no ( ) | [. */
static const char *
skip_escape(const char *p)
{
	if (p[1] == 'Q')
		return skip_quoted(p + 2);
	if (p[1] == '\0' || (p[1] == 'c' && p[2] == '\0'))
		return NULL;
	return p + (p[1] == 'c' ? 3 : 2);
}

/* skip_class returns where the class at p ([) ends, or NULL when it
 * holds what the lexer does not follow ([: [. [=, an unfinished one). */
static const char *
skip_class(const char *p)
{
	p++;
	if (*p == '^')
		p++;
	if (*p == ']')          /* first, ] is a member */
		p++;
	for (;;) {
		switch (*p) {
		case '\0':
			return NULL;
		case ']':
			return p + 1;
		case '[':
			if (p[1] == ':' || p[1] == '.' || p[1] == '=')
				return NULL;
			p++;
			break;
		case '\\':
			if ((p = skip_escape(p)) == NULL)
				return NULL;
			break;
		default:
			p++;
		}
	}
}

/* lex_options reads the option setting or group at p ("(?" then
 * letters): (?i) is an element, (?i:…) opens a group. (?x) (where blanks
 * and # change meaning) and letters that are not options give up. */
static const char *
lex_options(const char *p, enum token *t)
{
	const char *q = p + 2;

	for (; *q != '\0' && strchr("imnsJU^-", *q) != NULL; q++)
		;
	*t = T_OPEN;
	if (*q == ':')
		return q + 1;
	*t = T_OTHER;
	if (*q == ')' && q > p + 2)
		return q + 1;
	*t = T_GIVE_UP;
	return p;
}

/* lex_open reads the opening of a group at p: its kind in *o. Verbs,
 * callouts, comments, recursion and references give up. */
static const char *
lex_open(const char *p, enum token *t, enum open *o)
{
	*t = T_OPEN;
	*o = O_GROUP;
	if (p[1] == '*') {
		*t = T_GIVE_UP;
		return p;
	}
	if (p[1] != '?')
		return p + 1;
	switch (p[2]) {
	case ':': case '=': case '>': case '|': case '\'':
		return p + 3;
	case '!':
		*o = O_NOT_AHEAD;
		return p + 3;
	case '(':
		*o = O_CONDITION;
		return p + 2;
	case '<':
		if (p[3] == '=' || p[3] == '!') {
			*o = p[3] == '=' ? O_BEHIND : O_NOT_BEHIND;
			return p + 4;
		}
		if (is_alnum(p[3]) || p[3] == '_')     /* (?<name> */
			return p + 3;
		break;
	case 'P':
		if (p[3] == '<')                        /* (?P<name> */
			return p + 4;
		break;
	default:
		return lex_options(p, t);
	}
	*t = T_GIVE_UP;
	return p;
}

/* lex reads the element at p: its kind in *t (and *o for a group);
 * returns where it ends. */
static const char *
lex(const char *p, enum token *t, enum open *o)
{
	const char *q;

	*t = T_OTHER;
	switch (*p) {
	case '\0':
		*t = T_END;
		return p;
	case '\\':
		q = skip_escape(p);
		break;
	case '[':
		q = skip_class(p);
		break;
	case '(':
		return lex_open(p, t, o);
	case ')':
		*t = T_CLOSE;
		return p + 1;
	case '|':
		*t = T_BAR;
		return p + 1;
	case '?': case '*': case '+': case '{':
		*t = T_QUANT;
		return p + 1;
	default:
		if (is_alnum(*p))
			*t = T_ALNUM;
		return p + 1;
	}
	if (q == NULL) {
		*t = T_GIVE_UP;
		return p;
	}
	return q;
}

/* The first bytes of the matches of a part of a pattern: a set of
 * strings of up to SHAPE_KEY folded bytes, each packed in a uint64_t
 * (bytes from the lowest, the count in bits 32-34, DONE in bit 35). A
 * string is done when it holds SHAPE_KEY bytes or ends with HIGH (a
 * character >= 0x80: what follows it does not matter to a key); one
 * that is not done is a whole match of the part, which what follows the
 * part goes on. */
#define HIGH 0x80
#define DONE ((uint64_t)1 << 35)
#define SET_MAX 4096            /* strings a set may hold (else: give up) */

struct set {
	uint64_t v[SET_MAX];
	size_t n;
};

struct reader {
	const char *p;
	bool fail;              /* something not followed: give up */
	int depth;
};

static unsigned
str_len(uint64_t x)
{
	return (unsigned)(x >> 32) & 7;
}

static struct set *
set_new(void)
{
	struct set *s = xmalloc(sizeof *s);

	s->n = 0;
	return s;
}

static void
set_copy(struct set *to, const struct set *from)
{
	memcpy(to->v, from->v, from->n * sizeof *from->v);
	to->n = from->n;
}

static void
set_add(struct reader *r, struct set *s, uint64_t x)
{
	if (s->n == SET_MAX) {
		r->fail = true;
		return;
	}
	s->v[s->n++] = x;
}

static int
u64_order(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* set_tidy sorts s and drops its repeated strings. */
static void
set_tidy(struct set *s)
{
	size_t k = 0;

	if (s->n > 64) {
		qsort(s->v, s->n, sizeof *s->v, u64_order);
	} else {
		for (size_t i = 1; i < s->n; i++) {    /* few: insertion */
			uint64_t x = s->v[i];
			size_t j = i;

			for (; j > 0 && s->v[j - 1] > x; j--)
				s->v[j] = s->v[j - 1];
			s->v[j] = x;
		}
	}
	for (size_t i = 0; i < s->n; i++)
		if (k == 0 || s->v[k - 1] != s->v[i])
			s->v[k++] = s->v[i];
	s->n = k;
}

/* append returns string x followed by byte c, done at need bytes. */
static uint64_t
append(uint64_t x, unsigned char c, unsigned need)
{
	unsigned n = str_len(x);
	uint64_t y = (x & 0xFFFFFFFFu) | (uint64_t)c << (8 * n);

	y |= (uint64_t)(n + 1) << 32;
	return n + 1 >= need || c == HIGH ? y | DONE : y;
}

/* concat replaces a by a followed by b, done at need bytes. */
static void
concat(struct reader *r, struct set *a, const struct set *b, unsigned need)
{
	struct set *out = set_new();

	for (size_t i = 0; i < a->n && !r->fail; i++) {
		if (a->v[i] & DONE) {
			set_add(r, out, a->v[i]);
			continue;
		}
		for (size_t j = 0; j < b->n && !r->fail; j++) {
			uint64_t x = a->v[i];

			for (unsigned k = 0; k < str_len(b->v[j]) && !(x & DONE); k++)
				x = append(x, (unsigned char)(b->v[j] >> (8 * k)), need);
			set_add(r, out, x);
		}
	}
	set_tidy(out);
	set_copy(a, out);
	free(out);
}

/* unite adds the strings of b to a. */
static void
unite(struct reader *r, struct set *a, const struct set *b)
{
	for (size_t i = 0; i < b->n && !r->fail; i++)
		set_add(r, a, b->v[i]);
	set_tidy(a);
}

static void
add_byte(struct reader *r, struct set *s, unsigned char c)
{
	set_add(r, s, append(0, (unsigned char)lower((char)c), SHAPE_KEY));
}

static void
add_range(struct reader *r, struct set *s, unsigned char from,
    unsigned char to)
{
	for (unsigned c = from; c <= to; c++)
		add_byte(r, s, (unsigned char)c);
}

/* wide_char reads the character >= 0x80 at r->p into s: HIGH, and the
 * ASCII letter caseless matching pairs it with, if any (pcre2 pairs
 * U+017F ſ with s, U+212A K with k, and no other). */
static void
wide_char(struct reader *r, struct set *s)
{
	const char *p = r->p;

	for (r->p++; ((unsigned char)*r->p & 0xC0) == 0x80; r->p++)
		;
	if (r->p - p == 2 && memcmp(p, "\xC5\xBF", 2) == 0)
		add_byte(r, s, 's');
	else if (r->p - p == 3 && memcmp(p, "\xE2\x84\xAA", 3) == 0)
		add_byte(r, s, 'k');
	set_add(r, s, append(0, HIGH, SHAPE_KEY));
}

/* escape_bytes adds the characters of the escape at r->p (after its
 * backslash) to s: a class of them (\s \w \d \h, and the characters >=
 * 0x80 they hold), a control character or a punctuation character; true
 * for an assertion (\b \B \A \z \Z \G: no character); fails on others. */
static bool
escape_bytes(struct reader *r, struct set *s)
{
	unsigned char c = (unsigned char)*r->p++;

	switch (c) {
	case 's':
		add_range(r, s, 9, 13);
		add_byte(r, s, ' ');
		break;
	case 'h':
		add_byte(r, s, '\t');
		add_byte(r, s, ' ');
		break;
	case 'w':
		add_range(r, s, 'a', 'z');
		add_byte(r, s, '_');
		/* FALLTHROUGH */
	case 'd':
		add_range(r, s, '0', '9');
		break;
	case 't': add_byte(r, s, '\t'); return false;
	case 'n': add_byte(r, s, '\n'); return false;
	case 'r': add_byte(r, s, '\r'); return false;
	case 'f': add_byte(r, s, '\f'); return false;
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
		return true;
	default:
		if (c == '\0' || c >= 0x80 || is_alnum((char)c))
			r->fail = true;
		else
			add_byte(r, s, c);
		return false;
	}
	set_add(r, s, append(0, HIGH, SHAPE_KEY));
	return false;
}

/* class_member reads one character of a class at r->p into s (a range's
 * ends must be plain characters); sets *c to it when it is one byte. */
static bool
class_member(struct reader *r, struct set *s, int *c)
{
	unsigned char b = (unsigned char)*r->p;

	*c = -1;
	if (b == '\0' || (b == '[' && strchr(":.=", r->p[1]) != NULL)) {
		r->fail = true;
		return false;
	}
	if (b == '\\') {
		r->p++;
		if (strchr("bBAzZGQE", *r->p) != NULL) {
			r->fail = true;  /* \b in a class is a backspace */
			return false;
		}
		escape_bytes(r, s);
		return !r->fail;
	}
	if (b >= 0x80) {
		wide_char(r, s);
		return true;
	}
	r->p++;
	*c = b;
	return true;
}

/* class_set reads the class at r->p (after its [): its characters,
 * folded. A negated class gives up (too many). */
static void
class_set(struct reader *r, struct set *s)
{
	if (*r->p == '^') {
		r->fail = true;
		return;
	}
	for (bool first = true; !r->fail && (first || *r->p != ']'); first = false) {
		int from, to;

		if (!class_member(r, s, &from))
			return;
		if (from < 0)
			continue;
		if (*r->p != '-' || r->p[1] == ']') {
			add_byte(r, s, (unsigned char)from);
			continue;
		}
		r->p++;
		if (!class_member(r, s, &to) || to < from) {
			r->fail = true;
			return;
		}
		add_range(r, s, (unsigned char)from, (unsigned char)to);
	}
	r->p++;
}

static void alternation(struct reader *r, struct set *out, unsigned need);

/* skip_assertion steps over the rest of a group (a look-around: its
 * match is no character) at r->p, the lexer telling where it ends. */
static void
skip_assertion(struct reader *r)
{
	enum token t;
	enum open o;
	int depth = 0;

	for (;;) {
		r->p = lex(r->p, &t, &o);
		if (t == T_END || t == T_GIVE_UP) {
			r->fail = true;
			return;
		}
		if (t == T_OPEN)
			depth++;
		else if (t == T_CLOSE && depth-- == 0)
			return;
	}
}

/* group_set reads the group at r->p (after its opening): the first bytes
 * of its matches into s. */
static void
group_set(struct reader *r, struct set *s, unsigned need)
{
	const char *p = r->p;
	enum token t;
	enum open o;

	r->p = lex(r->p - 1, &t, &o);
	if (t == T_OTHER) {     /* an option setting: (?i) */
		set_add(r, s, 0);
		return;
	}
	if (t != T_OPEN || o == O_CONDITION || r->depth == SHAPE_DEPTH) {
		r->fail = true;
		return;
	}
	if (o != O_GROUP || strncmp(p, "?=", 2) == 0) {
		set_add(r, s, 0);       /* a look-around matches no character */
		skip_assertion(r);
		return;
	}
	if (p[0] == '?' && (p[1] == '<' || p[1] == 'P' || p[1] == '\'')) {
		/* a named group: the name is no part of the match */
		r->p += strcspn(r->p, ">'");
		if (*r->p == '\0') {
			r->fail = true;
			return;
		}
		r->p++;
	}
	r->depth++;
	alternation(r, s, need);
	r->depth--;
	if (*r->p != ')')
		r->fail = true;
	else
		r->p++;
}

/* atom reads one element at r->p (a character, a class, an escape, a
 * group) into s. */
static void
atom(struct reader *r, struct set *s, unsigned need)
{
	unsigned char c = (unsigned char)*r->p++;

	switch (c) {
	case '(':
		group_set(r, s, need);
		return;
	case '[':
		class_set(r, s);
		return;
	case '\\':
		if (escape_bytes(r, s))
			set_add(r, s, 0);
		return;
	case '^': case '$':
		set_add(r, s, 0);
		return;
	case '.': case '?': case '*': case '+': case '{':
		r->fail = true;
		return;
	}
	if (c >= 0x80) {
		r->p--;
		wide_char(r, s);
		return;
	}
	add_byte(r, s, c);
}

/* bounds reads a quantifier at r->p into *min and *max (-1: no bound);
 * false when there is none. */
static bool
bounds(struct reader *r, int *min, int *max)
{
	char *end;
	long a, b;

	switch (*r->p) {
	case '?': *min = 0; *max = 1; break;
	case '*': *min = 0; *max = -1; break;
	case '+': *min = 1; *max = -1; break;
	case '{':
		a = strtol(r->p + 1, &end, 10);
		if (end == r->p + 1 || (*end != ',' && *end != '}'))
			return false;   /* not a quantifier: a '{' character */
		b = a;
		if (*end == ',') {
			const char *q = end + 1;

			b = *q == '}' ? -1 : strtol(q, &end, 10);
			if (b != -1 && end == q)
				return false;
			if (b == -1)
				end = (char *)q;
		}
		if (*end != '}')
			return false;
		*min = (int)(a > SHAPE_KEY ? SHAPE_KEY : a);
		*max = b < 0 || b > SHAPE_KEY ? -1 : (int)b;
		r->p = end;
		break;
	default:
		return false;
	}
	r->p++;
	if (*r->p == '?' || *r->p == '+')       /* lazy, possessive */
		r->p++;
	return true;
}

/* repeat replaces s by s repeated min to max times (-1: any more):
 * SHAPE_KEY times tell all there is to tell of the first bytes. */
static void
repeat(struct reader *r, struct set *s, int min, int max, unsigned need)
{
	struct set *one = set_new(), *all = set_new();

	set_copy(one, s);
	s->n = 0;
	set_add(r, s, 0);
	for (int i = 0; i < min && !r->fail; i++)
		concat(r, s, one, need);
	set_copy(all, s);
	for (int i = min; (max < 0 ? i < min + SHAPE_KEY : i < max) && !r->fail; i++) {
		concat(r, s, one, need);
		unite(r, all, s);
	}
	set_copy(s, all);
	free(one);
	free(all);
}

/* shortest returns the length of the shortest string of s that is not
 * done, or need if all are. */
static unsigned
shortest(const struct set *s, unsigned need)
{
	unsigned n = need;

	for (size_t i = 0; i < s->n; i++)
		if (!(s->v[i] & DONE) && str_len(s->v[i]) < n)
			n = str_len(s->v[i]);
	return n;
}

/* skip_branch steps over the rest of a branch at r->p, up to its | or )
 * or the end, the lexer telling where it ends. */
static void
skip_branch(struct reader *r)
{
	enum token t;
	enum open o;
	int depth = 0;

	for (;;) {
		const char *at = r->p;

		r->p = lex(r->p, &t, &o);
		if (t == T_GIVE_UP) {
			r->fail = true;
			return;
		}
		if (t == T_END || (depth == 0 && (t == T_BAR || t == T_CLOSE))) {
			r->p = at;
			return;
		}
		if (t == T_OPEN)
			depth++;
		else if (t == T_CLOSE)
			depth--;
	}
}

/* sequence reads a branch at r->p, up to | or ) or the end, into out:
 * its strings done at need bytes. Each element is read for as many bytes
 * as the strings so far still need; once they are all done, the rest of
 * the branch is skipped. */
static void
sequence(struct reader *r, struct set *out, unsigned need)
{
	struct set *s = set_new();

	out->n = 0;
	set_add(r, out, 0);
	while (!r->fail && *r->p != '\0' && *r->p != '|' && *r->p != ')') {
		unsigned more = need - shortest(out, need);
		int min, max;

		if (more == 0) {
			skip_branch(r);
			break;
		}
		s->n = 0;
		atom(r, s, more);
		set_tidy(s);
		if (!r->fail && bounds(r, &min, &max))
			repeat(r, s, min, max, more);
		concat(r, out, s, need);
	}
	free(s);
}

static void
alternation(struct reader *r, struct set *out, unsigned need)
{
	struct set *s = set_new();

	sequence(r, out, need);
	while (!r->fail && *r->p == '|') {
		r->p++;
		sequence(r, s, need);
		unite(r, out, s);
	}
	free(s);
}

/* after_short adds to out[n..max) the prefixes of a match x one byte
 * short of SHAPE_KEY: x then any ASCII byte that is no word character
 * (where the word ends). Returns the new count. */
static size_t
after_short(struct reader *r, uint64_t x, struct shape_prefix *out,
    size_t n, size_t max)
{
	for (unsigned c = 1; c < 128 && !r->fail; c++) {
		uint64_t y = append(x, (unsigned char)c, SHAPE_KEY);

		if (is_alnum((char)c) || c == '_')
			continue;
		if (n == max) {
			r->fail = true;
			break;
		}
		for (unsigned k = 0; k < SHAPE_KEY; k++)
			out[n].b[k] = (unsigned char)(y >> (8 * k));
		out[n++].n = SHAPE_KEY;
	}
	return n;
}

size_t
shape_prefixes(const char *inner, struct shape_prefix *out, size_t max)
{
	struct reader r = { .p = inner };
	struct set *s;
	size_t n = 0;

	if (strncmp(inner, "(?:", 3) != 0)
		return 0;
	s = set_new();
	r.p += 3;
	alternation(&r, s, SHAPE_KEY);
	if (*r.p != ')')
		r.fail = true;
	for (size_t i = 0; i < s->n && !r.fail; i++) {
		uint64_t x = s->v[i];
		unsigned len = str_len(x);

		/* one that begins with what begins no ASCII word is let to
		 * pcre2, as is a match of fewer than SHAPE_KEY - 1 bytes */
		if (!is_alnum((char)(x & 0xFF)) ||
		    (!(x & DONE) && len + 1 < SHAPE_KEY)) {
			r.fail = true;
			break;
		}
		if (!(x & DONE)) {
			n = after_short(&r, x, out, n, max);
			continue;
		}
		if (n == max) {
			r.fail = true;
			break;
		}
		for (unsigned k = 0; k < SHAPE_KEY; k++)
			out[n].b[k] = (unsigned char)(x >> (8 * k));
		out[n].n = (unsigned char)(out[n].b[len - 1] == HIGH ? len - 1 : len);
		n++;
	}
	free(s);
	return r.fail ? 0 : n;
}

/* look_behinds lists in at[] the offsets of pattern's positive
 * look-behinds (*n of them, at most max); false when a look-behind sits
 * inside a negative assertion or a condition, or the lexer gave up. */
static bool
look_behinds(const char *pattern, size_t *at, size_t max, size_t *n)
{
	/* turned[d]: the groups open at depth d hold a negative assertion or
	 * a condition, where what holds and what fails swap */
	bool turned[SHAPE_DEPTH + 1] = { false };
	const char *p = pattern;
	int depth = 0;
	enum token t;
	enum open o;

	*n = 0;
	for (;;) {
		const char *here = p;

		p = lex(p, &t, &o);
		if (t == T_END)
			return true;
		if (t == T_GIVE_UP)
			return false;
		if (t == T_CLOSE && depth > 0)
			depth--;
		if (t != T_OPEN)
			continue;
		if ((o == O_BEHIND || o == O_NOT_BEHIND) && turned[depth])
			return false;
		if (o == O_BEHIND) {
			if (*n == max)
				return false;
			at[(*n)++] = (size_t)(here - pattern);
		}
		if (depth == SHAPE_DEPTH)
			return false;
		depth++;
		turned[depth] = turned[depth - 1] || o == O_NOT_AHEAD ||
		    o == O_NOT_BEHIND || o == O_CONDITION;
	}
}

enum shape_probe
shape_probe_pattern(const char *pattern, char **copy)
{
	const char *after = pattern;
	size_t at[16], n;      /* more look-behinds: not asked */

	*copy = NULL;
	if (strncmp(pattern, ISSUE_WORD_START, strlen(ISSUE_WORD_START)) == 0)
		after += strlen(ISSUE_WORD_START);
	if (strstr(after, "(?<") == NULL)
		return SHAPE_PROBE_SAME;        /* no look-behind after the word start */
	if (!look_behinds(pattern, at, sizeof at / sizeof *at, &n))
		return SHAPE_PROBE_NONE;
	if (n == 0)
		return SHAPE_PROBE_SAME;
	*copy = xstrdup(pattern);
	for (size_t i = 0; i < n; i++)
		memcpy(*copy + at[i], "(?=|", 4);       /* holds: its first branch is empty */
	return SHAPE_PROBE_COPY;
}

bool
shape_balanced(const char *source)
{
	const char *p = source;
	long depth = 0;
	enum token t;
	enum open o;

	if (strstr(source, "\\Q") != NULL)
		return false;
	for (;;) {
		p = lex(p, &t, &o);
		if (t == T_END)
			return depth == 0;
		if (t == T_GIVE_UP || (t == T_CLOSE && depth-- == 0))
			return false;
		if (t == T_OPEN)
			depth++;
	}
}
