#include "dict.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datafile.h"
#include "diag.h"
#include "exitcode.h"
#include "rx.h"
#include "utf8.h"
#include "xalloc.h"

/* A mistake, reported with the others in file and line order once the
 * dictionary is read (a name claimed twice is only seen then). */
struct late_error {
	size_t file;
	unsigned long line;
	size_t seq;
	char *msg;
};

struct loader {
	struct actor_dict *d;
	size_t file;            /* index in d->files */
	unsigned long line;
	long actor;             /* the actor being described, -1 before any */
	bool refused;           /* its header was refused: skip its lines */
	struct late_error *late;
	size_t nlate, latecap;
	size_t *ids;            /* hash of the actor ids: index + 1, 0 empty */
	size_t idcap;           /* a power of two */
};

static const char *kind_names[] = {
	[KIND_PERSON] = "person",
	[KIND_ORGANISATION] = "organisation",
	[KIND_COUNTRY] = "country",
	[KIND_OUTLET] = "outlet",
	[KIND_PLACE] = "place",
};

const char *
actor_kind_name(enum actor_kind k)
{
	return kind_names[k];
}

static void
bad(struct loader *L, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
bad_later(struct loader *L, size_t file, unsigned long line, const char *fmt,
    ...) __attribute__((format(printf, 4, 5)));

/* bad_later records a mistake of file:line; they are all reported at the
 * end of the loading, in file and line order. */
static void
bad_later(struct loader *L, size_t file, unsigned long line, const char *fmt,
    ...)
{
	va_list ap;
	char msg[600];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (L->nlate == L->latecap) {
		L->latecap = L->latecap ? 2 * L->latecap : 16;
		L->late = xreallocarray(L->late, L->latecap, sizeof *L->late);
	}
	L->late[L->nlate] = (struct late_error){ file, line, L->nlate,
	    xstrdup(msg) };
	L->nlate++;
	L->d->errors++;
}

/* bad records a mistake of the line being read. */
static void
bad(struct loader *L, const char *fmt, ...)
{
	va_list ap;
	char msg[600];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	bad_later(L, L->file, L->line, "%s", msg);
}

static int
late_order(const void *a, const void *b)
{
	const struct late_error *x = a, *y = b;

	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
report_late(struct loader *L)
{
	if (L->nlate > 0)
		qsort(L->late, L->nlate, sizeof *L->late, late_order);
	for (size_t i = 0; i < L->nlate; i++) {
		diag_warn("%s:%lu: %s", L->d->files[L->late[i].file],
		    L->late[i].line, L->late[i].msg);
		free(L->late[i].msg);
	}
	free(L->late);
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	*e = '\0';
	return s;
}

static bool
is_word(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '_'))
			return false;
	return true;
}

static bool
is_blank_cp(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
	    c == 0x3000;
}

static bool
is_ascii_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* key_make normalises n bytes of s into code points with the KEY_ markers
 * (see dict.h), lower-casing ASCII letters if lower. Returns false, with
 * why set, for text that cannot be a name. */
static bool
key_make(const char *s, size_t n, bool lower, uint32_t **key, size_t *keylen,
    const char **why)
{
	uint32_t *k = xreallocarray(NULL, n + 1, sizeof *k);
	size_t len = 0, i = 0;

	if (!utf8_valid(s, n)) {
		*why = "not UTF-8";
		goto fail;
	}
	while (i < n) {
		uint32_t c, next = 0;
		int step = utf8_decode(s + i, n - i, &c);

		if (i + (size_t)step < n)
			utf8_decode(s + i + step, n - i - step, &next);
		i += (size_t)step;
		if (c < 0x20 || c == 0x7F) {
			*why = "holds a control character";
			goto fail;
		}
		if (is_blank_cp(c)) {
			if (len > 0 && k[len - 1] != KEY_BLANK)
				k[len++] = KEY_BLANK;
			continue;
		}
		if (c == '\'' || c == 0x2019 || c == 0x02BC)
			c = KEY_APOS;
		else if (c == '.' && is_ascii_letter(next))
			c = KEY_DOT;
		else if (c == '-' || c == 0x2010 || c == 0x2011)
			c = KEY_HYPHEN;
		else if (lower && c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		k[len++] = c;
	}
	while (len > 0 && k[len - 1] == KEY_BLANK)
		len--;
	if (len == 0) {
		*why = "is empty";
		goto fail;
	}
	*key = k;
	*keylen = len;
	return true;
fail:
	free(k);
	return false;
}

static int
key_cmp(const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
	for (size_t i = 0; i < an && i < bn; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return an < bn ? -1 : an > bn;
}

static size_t
add_actor(struct actor_dict *d)
{
	if (d->nactors == d->acap) {
		d->acap = d->acap ? 2 * d->acap : 64;
		d->actors = xreallocarray(d->actors, d->acap, sizeof *d->actors);
	}
	memset(&d->actors[d->nactors], 0, sizeof *d->actors);
	return d->nactors++;
}

static struct alias *
add_alias(struct actor_dict *d)
{
	if (d->naliases == d->alcap) {
		d->alcap = d->alcap ? 2 * d->alcap : 256;
		d->aliases = xreallocarray(d->aliases, d->alcap,
		    sizeof *d->aliases);
	}
	return memset(&d->aliases[d->naliases++], 0, sizeof *d->aliases);
}

static struct role *
add_role(struct actor_dict *d)
{
	if (d->nroles == d->rcap) {
		d->rcap = d->rcap ? 2 * d->rcap : 256;
		d->roles = xreallocarray(d->roles, d->rcap, sizeof *d->roles);
	}
	return memset(&d->roles[d->nroles++], 0, sizeof *d->roles);
}

static size_t *
one_holder(size_t a)
{
	size_t *h = xmalloc(sizeof *h);

	*h = a;
	return h;
}

static size_t
id_hash(const char *id)
{
	size_t h = 14695981039346656037u;

	for (; *id != '\0'; id++)
		h = (h ^ (unsigned char)*id) * 1099511628211u;
	return h;
}

/* id_slot: the slot of id in the loader's table, or of its place. */
static size_t
id_slot(const struct loader *L, const char *id)
{
	size_t i = id_hash(id) & (L->idcap - 1);

	while (L->ids[i] != 0 &&
	    strcmp(L->d->actors[L->ids[i] - 1].id, id) != 0)
		i = (i + 1) & (L->idcap - 1);
	return i;
}

static long
find_actor(const struct loader *L, const char *id)
{
	size_t i;

	if (L->idcap == 0)
		return -1;
	i = id_slot(L, id);
	return L->ids[i] != 0 ? (long)L->ids[i] - 1 : -1;
}

/* add_id enters actor a (whose id is new) in the table, growing it to
 * stay at most half full. */
static void
add_id(struct loader *L, size_t a)
{
	if (2 * (L->d->nactors + 1) > L->idcap) {
		size_t *old = L->ids, oldcap = L->idcap;

		L->idcap = L->idcap ? 2 * L->idcap : 256;
		L->ids = xcalloc(L->idcap, sizeof *L->ids);
		for (size_t i = 0; i < oldcap; i++)
			if (old[i] != 0)
				L->ids[id_slot(L, L->d->actors[old[i] - 1].id)] = old[i];
		free(old);
	}
	L->ids[id_slot(L, L->d->actors[a].id)] = a + 1;
}

static bool
parse_kind(const char *s, enum actor_kind *k)
{
	if (strcmp(s, "organization") == 0) {
		*k = KIND_ORGANISATION;
		return true;
	}
	for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++)
		if (strcmp(s, kind_names[i]) == 0) {
			*k = (enum actor_kind)i;
			return true;
		}
	return false;
}

static bool
parse_pronoun(const char *s, enum actor_pronoun *p)
{
	static const char *names[] = { "", "he", "she", "they" };

	for (size_t i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0) {
			*p = (enum actor_pronoun)i;
			return true;
		}
	return false;
}

/* split_columns cuts s at '|' into at most max trimmed columns. Returns
 * the number found (max + 1 when there are more). */
static size_t
split_columns(char *s, char **col, size_t max)
{
	size_t n = 0;

	for (;;) {
		char *bar = strchr(s, '|');

		if (n == max)
			return max + 1;
		if (bar != NULL)
			*bar = '\0';
		col[n++] = trim(s);
		if (bar == NULL)
			return n;
		s = bar + 1;
	}
}

/* The header of an actor: "actor ID | NAME | GROUP | KIND [| PRONOUN]". */
static void
parse_actor(struct loader *L, char *rest)
{
	struct actor_dict *d = L->d;
	char *col[5];
	size_t n = split_columns(rest, col, 5);
	enum actor_kind kind = KIND_PERSON;
	enum actor_pronoun pronoun = PRONOUN_ANY;
	long other;
	struct actor *a;

	L->actor = -1;
	L->refused = true;
	if (n < 4 || n > 5) {
		bad(L, "%s column%s: want 'actor ID | NAME | GROUP | KIND "
		    "[| PRONOUN]'", n < 4 ? "missing" : "too many",
		    n < 4 ? "(s)" : "s");
		return;
	}
	if (!is_word(col[0])) {
		bad(L, "bad actor id '%s': want lower-case letters, digits "
		    "and _", col[0]);
		return;
	}
	if ((other = find_actor(L, col[0])) >= 0) {
		bad(L, "duplicate actor id '%s' (first at %s:%lu)", col[0],
		    d->actors[other].file, d->actors[other].line);
		return;
	}
	if (*col[1] == '\0' || !utf8_valid(col[1], strlen(col[1]))) {
		bad(L, "actor '%s': missing or bad display name", col[0]);
		return;
	}
	if (!is_word(col[2])) {
		bad(L, "actor '%s': bad group '%s': want lower-case letters, "
		    "digits and _", col[0], col[2]);
		return;
	}
	if (!parse_kind(col[3], &kind)) {
		bad(L, "actor '%s': unknown kind '%s': want person, "
		    "organisation, country, outlet or place", col[0], col[3]);
		return;
	}
	if (n == 5 && (!parse_pronoun(col[4], &pronoun) ||
	    (pronoun != PRONOUN_ANY && kind != KIND_PERSON))) {
		bad(L, "actor '%s': bad pronoun '%s': want he, she or they, "
		    "for a person", col[0], col[4]);
		return;
	}
	L->refused = false;
	L->actor = (long)add_actor(d);
	a = &d->actors[L->actor];
	a->id = xstrdup(col[0]);
	a->name = xstrdup(col[1]);
	a->group = xstrdup(col[2]);
	a->idlen = strlen(a->id);
	a->namelen = strlen(a->name);
	a->grouplen = strlen(a->group);
	a->name_plain = strcspn(a->name, "\"\\\x01\x02\x03\x04\x05\x06\x07"
	    "\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18"
	    "\x19\x1a\x1b\x1c\x1d\x1e\x1f") == a->namelen;
	a->kind = kind;
	a->pronoun = pronoun;
	a->file = d->files[L->file];
	a->line = L->line;
	add_id(L, (size_t)L->actor);
}

static void
add_key_alias(struct loader *L, enum alias_type type, const char *text,
    uint32_t *key, size_t keylen, bool derived)
{
	struct alias *al = add_alias(L->d);

	al->type = type;
	al->text = xstrdup(text);
	al->key = key;
	al->keylen = keylen;
	al->holders = one_holder((size_t)L->actor);
	al->nholders = 1;
	al->derived = derived;
	al->file = L->d->files[L->file];
	al->line = L->line;
}

/* Words that are no surname at the end of a name. */
static bool
is_suffix(const uint32_t *w, size_t n)
{
	static const char *suffixes[] = { "Jr", "Sr", "II", "III", "IV" };

	if (n > 0 && w[n - 1] == '.')
		n--;
	for (size_t i = 0; i < 5; i++) {
		size_t len = strlen(suffixes[i]), k;

		if (len != n)
			continue;
		for (k = 0; k < n && w[k] == (uint32_t)suffixes[i][k]; k++)
			;
		if (k == n)
			return true;
	}
	return false;
}

/* derive_surname adds the surname of a person's full name as a
 * conditional alias: the last word ("Witkoff"), from a lower-case
 * particle on ("von der Leyen", "bin Salman"), before a suffix (Jr.). */
static void
derive_surname(struct loader *L, const uint32_t *key, size_t len)
{
	size_t word[32], nwords = 0, from, to = len;
	uint32_t *sk;
	char text[512];
	size_t tn = 0;

	for (size_t i = 0; i < len && nwords < 32; i++)
		if (i == 0 || key[i - 1] == KEY_BLANK)
			word[nwords++] = i;
	if (nwords < 2)
		return;
	if (is_suffix(key + word[nwords - 1], len - word[nwords - 1])) {
		if (nwords < 3)
			return;
		to = word[nwords - 1] - 1;
		nwords--;
	}
	from = word[nwords - 1];
	for (size_t w = 1; w + 1 < nwords; w++)
		if (key[word[w]] >= 'a' && key[word[w]] <= 'z') {
			from = word[w];
			break;
		}
	if (to - from < 2 || (key[from] >= 'a' && key[from] <= 'z' &&
	    from == word[nwords - 1]))
		return;
	sk = xreallocarray(NULL, to - from, sizeof *sk);
	memcpy(sk, key + from, (to - from) * sizeof *sk);
	for (size_t i = from; i < to && tn + 5 < sizeof text; i++) {
		uint32_t c = key[i];

		c = c == KEY_BLANK ? ' ' : c == KEY_APOS ? '\'' :
		    c == KEY_DOT ? '.' : c == KEY_HYPHEN ? '-' : c;
		tn += (size_t)utf8_encode(c, text + tn);
	}
	text[tn] = '\0';
	add_key_alias(L, ALIAS_SURNAME, text, sk, to - from, true);
}

/* upper: the capital of the letters of ASCII and Latin-1 that have one. */
static uint32_t
upper(uint32_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7))
		return c - 0x20;
	return c;
}

/* derive_capitals adds a name in capitals ("VANCE", "ZELENSKYY") as it
 * is written in an all-caps headline, when it has small letters. */
static void
derive_capitals(struct loader *L, const uint32_t *key, size_t len)
{
	uint32_t *caps = xreallocarray(NULL, len, sizeof *caps);
	bool changed = false;
	char text[512];
	size_t tn = 0;

	for (size_t i = 0; i < len; i++) {
		caps[i] = upper(key[i]);
		changed |= caps[i] != key[i];
	}
	if (!changed) {
		free(caps);
		return;
	}
	for (size_t i = 0; i < len && tn + 5 < sizeof text; i++) {
		uint32_t c = caps[i];

		c = c == KEY_BLANK ? ' ' : c == KEY_APOS ? '\'' :
		    c == KEY_DOT ? '.' : c == KEY_HYPHEN ? '-' : c;
		tn += (size_t)utf8_encode(c, text + tn);
	}
	text[tn] = '\0';
	add_key_alias(L, ALIAS_NAME, text, caps, len, true);
}

/* check_regex compiles a name pattern alone and as it will sit among the
 * others; it must not match the empty string nor refer to groups by
 * number (the numbers change when patterns are combined). */
static bool
check_regex(struct loader *L, const char *pat)
{
	struct rx rx;
	char err[400], *wrapped;
	size_t n = strlen(pat);
	bool ok, joinable;

	if (!rx_compile(&rx, pat, n, 0, err, sizeof err)) {
		bad(L, "regex '%s': %s", pat, err);
		return false;
	}
	joinable = rx_joinable(&rx, pat);
	ok = rx_match(&rx, "", 0, 0, 0) <= 0;
	rx_free(&rx);
	if (!ok) {
		bad(L, "pattern '%s' matches the empty string", pat);
		return false;
	}
	if (!joinable) {
		bad(L, "pattern '%s': back references, recursion and (*VERBS) "
		    "are not allowed in a name pattern", pat);
		return false;
	}
	wrapped = xmalloc(n + 16);
	snprintf(wrapped, n + 16, "(?:%s\\E)", pat);
	ok = rx_compile(&rx, wrapped, strlen(wrapped), 0, err, sizeof err);
	free(wrapped);
	if (!ok) {
		bad(L, "pattern '%s' cannot be combined with the others "
		    "(a comment or an unbalanced group?): %s", pat, err);
		return false;
	}
	rx_free(&rx);
	return true;
}

static void
parse_name(struct loader *L, enum alias_type type, const char *arg)
{
	uint32_t *key;
	size_t len;
	const char *why;

	if (type != ALIAS_SURNAME)
		L->d->actors[L->actor].named = true;
	if (type == ALIAS_REGEX) {
		struct alias *al;

		if (!check_regex(L, arg))
			return;
		al = add_alias(L->d);
		al->type = ALIAS_REGEX;
		al->text = xstrdup(arg);
		al->holders = one_holder((size_t)L->actor);
		al->nholders = 1;
		al->file = L->d->files[L->file];
		al->line = L->line;
		return;
	}
	if (!key_make(arg, strlen(arg), false, &key, &len, &why)) {
		bad(L, "name '%s' %s", arg, why);
		return;
	}
	add_key_alias(L, type, arg, key, len, false);
	if (type == ALIAS_NAME)
		derive_capitals(L, key, len);
	if (type == ALIAS_NAME &&
	    L->d->actors[L->actor].kind == KIND_PERSON)
		derive_surname(L, key, len);
}

/* strip_article drops a leading "the", "a" or "an" from a role. */
static const char *
strip_article(const char *s)
{
	static const char *articles[] = { "the ", "a ", "an " };

	for (size_t i = 0; i < 3; i++) {
		size_t n = strlen(articles[i]);

		if (strncasecmp(s, articles[i], n) == 0 && s[n] != '\0')
			return trim((char *)s + n);
	}
	return s;
}

static void
parse_role(struct loader *L, const char *arg)
{
	struct role *r;
	uint32_t *key;
	size_t len;
	const char *why, *text = strip_article(arg);

	if (!key_make(text, strlen(text), true, &key, &len, &why)) {
		bad(L, "role '%s' %s", arg, why);
		return;
	}
	r = add_role(L->d);
	r->text = xstrdup(text);
	r->key = key;
	r->keylen = len;
	r->holders = one_holder((size_t)L->actor);
	r->nholders = 1;
}

static void
parse_entry(struct loader *L, char *s)
{
	static const char *kws[] = { "actor", "name", "regex", "role",
	    "surname" };
	size_t k, n;
	char *arg;

	s = trim(s);
	n = strcspn(s, " \t");
	for (k = 0; k < 5; k++)
		if (strlen(kws[k]) == n && strncmp(s, kws[k], n) == 0)
			break;
	if (k == 5) {
		bad(L, "unknown entry '%.*s': want actor, name, regex, role "
		    "or surname", (int)(n > 40 ? 40 : n), s);
		return;
	}
	arg = trim(s + n);
	if (k == 0) {
		parse_actor(L, arg);
		return;
	}
	if (L->actor < 0) {
		/* after a refused header, its lines are not reported again */
		if (!L->refused)
			bad(L, "'%s' before any 'actor' line", kws[k]);
		return;
	}
	if (*arg == '\0') {
		bad(L, "'%s' without its text", kws[k]);
		return;
	}
	if (k == 1)
		parse_name(L, ALIAS_NAME, arg);
	else if (k == 2)
		parse_name(L, ALIAS_REGEX, arg);
	else if (k == 3)
		parse_role(L, arg);
	else
		parse_name(L, ALIAS_SURNAME, arg);
}

static int
load_file(struct loader *L, const char *path)
{
	struct datafile df;
	char *s;
	size_t len;

	if (!datafile_open(&df, path)) {
		diag_warn("cannot open dictionary '%s':", path);
		return EXIT_NOINPUT;
	}
	L->actor = -1;
	L->refused = false;
	while ((s = datafile_next(&df, &len)) != NULL) {
		L->line = df.line;
		if (memchr(s, '\0', len) != NULL) {
			bad(L, "holds a NUL byte");
			continue;
		}
		parse_entry(L, s);
	}
	if (ferror(df.fp)) {
		diag_warn("%s: read error:", path);
		datafile_close(&df);
		return EXIT_NOINPUT;
	}
	datafile_close(&df);
	return EXIT_OK;
}

/* Merging: aliases sorted by key; equal keys are one name. */
static const struct actor_dict *sort_dict;

static int
type_rank(const struct alias *a)
{
	return (a->derived ? 2 : 0) + (a->type == ALIAS_NAME ? 0 : 1);
}

static size_t
file_index(const struct actor_dict *d, const char *file)
{
	for (size_t i = 0; i < d->nfiles; i++)
		if (d->files[i] == file)
			return i;
	return 0;
}

static int
alias_order(const void *pa, const void *pb)
{
	const struct alias *a = &sort_dict->aliases[*(const size_t *)pa];
	const struct alias *b = &sort_dict->aliases[*(const size_t *)pb];
	int c;

	if ((a->type == ALIAS_REGEX) != (b->type == ALIAS_REGEX))
		return a->type == ALIAS_REGEX ? 1 : -1;
	if (a->type != ALIAS_REGEX &&
	    (c = key_cmp(a->key, a->keylen, b->key, b->keylen)) != 0)
		return c;
	if (type_rank(a) != type_rank(b))
		return type_rank(a) - type_rank(b);
	if (a->file != b->file)
		return file_index(sort_dict, a->file) <
		    file_index(sort_dict, b->file) ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return *(const size_t *)pa < *(const size_t *)pb ? -1 : 1;
}

static void
alias_clear(struct alias *a)
{
	free(a->text);
	free(a->key);
	free(a->holders);
	memset(a, 0, sizeof *a);
}

static bool
has_holder(const size_t *h, size_t n, size_t a)
{
	for (size_t i = 0; i < n; i++)
		if (h[i] == a)
			return true;
	return false;
}

static void
add_holder(size_t **h, size_t *n, size_t a)
{
	if (has_holder(*h, *n, a))
		return;
	*h = xreallocarray(*h, *n + 1, sizeof **h);
	(*h)[(*n)++] = a;
}

/* merge_group folds the aliases with one key (g[0..n), sorted: names
 * first, then written surnames, then derived ones) into g[0]. */
static void
merge_group(struct loader *L, struct alias *al, const size_t *g, size_t n)
{
	struct actor_dict *d = L->d;
	struct alias *first = &al[g[0]];

	for (size_t i = 1; i < n; i++) {
		struct alias *a = &al[g[i]];
		size_t owner = a->holders[0];
		bool same = has_holder(first->holders, first->nholders, owner);

		if (first->type == ALIAS_NAME && !a->derived && !same)
			bad_later(L, file_index(d, a->file), a->line,
			    "%s '%s' is already a name of '%s' (%s:%lu)",
			    a->type == ALIAS_NAME ? "name" : "surname",
			    a->text, d->actors[first->holders[0]].id,
			    first->file, first->line);
		else if (first->type == ALIAS_SURNAME)
			add_holder(&first->holders, &first->nholders, owner);
		alias_clear(a);
	}
}

static void
merge_aliases(struct loader *L)
{
	struct actor_dict *d = L->d;
	size_t *order = xreallocarray(NULL, d->naliases + 1, sizeof *order);
	struct alias *merged;
	size_t n = 0;

	for (size_t i = 0; i < d->naliases; i++)
		order[i] = i;
	sort_dict = d;
	qsort(order, d->naliases, sizeof *order, alias_order);
	for (size_t i = 0; i < d->naliases; ) {
		size_t j = i + 1;
		struct alias *a = &d->aliases[order[i]];

		while (a->type != ALIAS_REGEX && j < d->naliases &&
		    d->aliases[order[j]].type != ALIAS_REGEX &&
		    key_cmp(a->key, a->keylen, d->aliases[order[j]].key,
		    d->aliases[order[j]].keylen) == 0)
			j++;
		merge_group(L, d->aliases, order + i, j - i);
		i = j;
	}
	merged = xreallocarray(NULL, d->naliases + 1, sizeof *merged);
	for (size_t i = 0; i < d->naliases; i++)
		if (d->aliases[order[i]].holders != NULL)
			merged[n++] = d->aliases[order[i]];
	free(d->aliases);
	free(order);
	d->aliases = merged;
	d->naliases = n;
	d->alcap = n;
}

static int
role_order(const void *pa, const void *pb)
{
	const struct role *a = pa, *b = pb;
	int c = key_cmp(a->key, a->keylen, b->key, b->keylen);

	if (c != 0)
		return c;
	return a->holders[0] < b->holders[0] ? -1 : a->holders[0] > b->holders[0];
}

static void
merge_roles(struct actor_dict *d)
{
	size_t n = 0;

	if (d->nroles > 1)
		qsort(d->roles, d->nroles, sizeof *d->roles, role_order);
	for (size_t i = 0; i < d->nroles; i++) {
		struct role *r = &d->roles[i];

		if (n > 0 && key_cmp(d->roles[n - 1].key, d->roles[n - 1].keylen,
		    r->key, r->keylen) == 0) {
			add_holder(&d->roles[n - 1].holders,
			    &d->roles[n - 1].nholders, r->holders[0]);
			free(r->text);
			free(r->key);
			free(r->holders);
			continue;
		}
		d->roles[n++] = *r;
	}
	d->nroles = n;
}

/* check_named reports the actors that nothing can find. */
static void
check_named(struct loader *L)
{
	struct actor_dict *d = L->d;

	for (size_t i = 0; i < d->nactors; i++)
		if (!d->actors[i].named)
			bad_later(L, file_index(d, d->actors[i].file),
			    d->actors[i].line, "actor '%s' has no 'name' or "
			    "'regex' line", d->actors[i].id);
}

/* opens_role: does some role (sorted) begin with key, lower-cased, and
 * go on after it? */
static bool
opens_role(const struct actor_dict *d, const uint32_t *key, size_t n)
{
	uint32_t *low = xreallocarray(NULL, n + 1, sizeof *low);
	size_t lo = 0, hi = d->nroles;
	bool found = false;

	for (size_t i = 0; i < n; i++)
		low[i] = key[i] >= 'A' && key[i] <= 'Z' ? key[i] + 'a' - 'A' :
		    key[i];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (key_cmp(d->roles[mid].key, d->roles[mid].keylen, low, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* the first role not below the key, and the one after it when it is
	 * the key itself */
	for (size_t r = lo; r < d->nroles && r < lo + 2 && !found; r++)
		found = d->roles[r].keylen > n &&
		    memcmp(d->roles[r].key, low, n * sizeof *low) == 0;
	free(low);
	return found;
}

static void
mark_openers(struct actor_dict *d)
{
	for (size_t i = 0; i < d->naliases; i++) {
		struct alias *a = &d->aliases[i];

		a->opens_role = a->type == ALIAS_REGEX ||
		    opens_role(d, a->key, a->keylen);
	}
}

int
actor_dict_load(struct actor_dict *d, char *const *paths, size_t n)
{
	struct loader L = { .d = d };
	int status = EXIT_OK;

	memset(d, 0, sizeof *d);
	d->files = xreallocarray(NULL, n + 1, sizeof *d->files);
	for (size_t i = 0; i < n; i++) {
		d->files[d->nfiles++] = xstrdup(paths[i]);
		L.file = i;
		status = exitcode_worst(status, load_file(&L, paths[i]));
	}
	free(L.ids);
	if (status != EXIT_OK) {
		for (size_t i = 0; i < L.nlate; i++)
			free(L.late[i].msg);
		free(L.late);
		return status;
	}
	merge_aliases(&L);
	merge_roles(d);
	mark_openers(d);
	check_named(&L);
	report_late(&L);
	if (d->errors > 0) {
		diag_warn("%lu mistake%s in the actors dictionary", d->errors,
		    d->errors == 1 ? "" : "s");
		return EXIT_DATAERR;
	}
	return EXIT_OK;
}

bool
actor_dict_holds(const struct actor_dict *d, size_t r, size_t a)
{
	return has_holder(d->roles[r].holders, d->roles[r].nholders, a);
}

void
actor_dict_free(struct actor_dict *d)
{
	for (size_t i = 0; i < d->nactors; i++) {
		free(d->actors[i].id);
		free(d->actors[i].name);
		free(d->actors[i].group);
	}
	for (size_t i = 0; i < d->naliases; i++)
		alias_clear(&d->aliases[i]);
	for (size_t i = 0; i < d->nroles; i++) {
		free(d->roles[i].text);
		free(d->roles[i].key);
		free(d->roles[i].holders);
	}
	for (size_t i = 0; i < d->nfiles; i++)
		free(d->files[i]);
	free(d->actors);
	free(d->aliases);
	free(d->roles);
	free(d->files);
	memset(d, 0, sizeof *d);
}
