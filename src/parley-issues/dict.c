#include "dict.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "datafile.h"
#include "diag.h"
#include "exitcode.h"
#include "plain.h"
#include "shape.h"
#include "rx.h"
#include "xalloc.h"

/* Every entry is matched as BOUND_OPEN (?:pattern) BOUND_CLOSE. */
#define BOUND_OPEN ISSUE_WORD_START "(?:"
#define BOUND_CLOSE ")(?!\\w)"
#define ENTRY_OPTIONS (PCRE2_CASELESS | PCRE2_UCP)

struct loader {
	struct issue_dict *d;
	const char *path;
	unsigned long line;
	size_t cap_issues, cap_entries;
	bool bad;
};

static void
complain(struct loader *l, const char *fmt, const char *arg)
{
	char msg[600];

	snprintf(msg, sizeof msg, fmt, arg);
	diag_warn("%s:%lu: %s", l->path, l->line, msg);
	l->bad = true;
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

static bool
valid_id(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) ||
		    *s == '_'))
			return false;
	return true;
}

/* add_issue parses "ID | LABEL | DESCRIPTION" (the text after "issue"). */
static void
add_issue(struct loader *l, char *rest)
{
	struct issue_dict *d = l->d;
	char *bar1 = strchr(rest, '|'), *bar2 = bar1 ? strchr(bar1 + 1, '|') : NULL;
	char *id, *label, *about;
	struct issue *is;

	if (bar2 == NULL) {
		complain(l, "missing column: expected 'issue ID | LABEL | "
		    "DESCRIPTION'%s", "");
		return;
	}
	*bar1 = *bar2 = '\0';
	id = trim(rest);
	label = trim(bar1 + 1);
	about = trim(bar2 + 1);
	if (!valid_id(id)) {
		complain(l, "bad issue id '%s' (lowercase letters, digits "
		    "and _ only)", id);
		return;
	}
	if (*label == '\0' || *about == '\0') {
		complain(l, "missing column: issue '%s' needs a label and a "
		    "description", id);
		return;
	}
	for (size_t i = 0; i < d->nissues; i++)
		if (strcmp(d->issues[i].id, id) == 0) {
			char msg[300];

			snprintf(msg, sizeof msg, "duplicate issue id '%s' "
			    "(first on line %lu)", id, d->issues[i].line);
			complain(l, "%s", msg);
			return;
		}
	if (d->nissues == l->cap_issues) {
		l->cap_issues = l->cap_issues ? 2 * l->cap_issues : 32;
		d->issues = xreallocarray(d->issues, l->cap_issues, sizeof *d->issues);
	}
	is = &d->issues[d->nissues++];
	is->id = xstrdup(id);
	is->id_len = strlen(id);
	is->label = xstrdup(label);
	is->about = xstrdup(about);
	is->line = l->line;
	is->npositive = 0;
}

char *
issue_phrase_pattern(const char *phrase)
{
	size_t n = strlen(phrase), len = 0;
	/* the longest expansion: an apostrophe becomes (?:'|’) */
	char *out = xmalloc(n * 24 + 1);
	const char *p = phrase;

	while (*p != '\0') {
		if (*p == ' ' || *p == '\t') {
			p += strspn(p, " \t");
			if (*p != '\0' && len > 0)
				len += (size_t)sprintf(out + len, "(?:\\s*[-‐‑–]\\s*|\\s+)");
		} else if (*p == '-') {
			len += (size_t)sprintf(out + len, "[-‐‑\\s]?");
			p++;
		} else if (*p == '\'' || strncmp(p, "’", 3) == 0) {
			len += (size_t)sprintf(out + len, "['’]");
			p += *p == '\'' ? 1 : 3;
		} else if (*p == '*') {
			len += (size_t)sprintf(out + len, "\\w*");
			p++;
		} else if ((unsigned char)*p < 0x80 && !isalnum((unsigned char)*p)) {
			out[len++] = '\\';
			out[len++] = *p++;
		} else {
			out[len++] = *p++;
		}
	}
	out[len] = '\0';
	return out;
}

/* bounded returns BOUND_OPEN pattern BOUND_CLOSE, newly allocated. */
static char *
bounded(const char *pattern)
{
	size_t n = strlen(BOUND_OPEN) + strlen(pattern) + strlen(BOUND_CLOSE) + 1;
	char *s = xmalloc(n);

	snprintf(s, n, "%s%s%s", BOUND_OPEN, pattern, BOUND_CLOSE);
	return s;
}

/* matches_empty: does the entry's pattern, compiled anchored (rx),
 * match the empty string, as an unanchored search of " " would find it
 * (at 0 or at 1)? A pattern with \G (which an anchored match at 1 reads
 * differently) is compiled unanchored for the question. */
static bool
matches_empty(struct rx *rx, const char *source, const char *full)
{
	struct rx plain;
	char err[320];
	bool empty;

	if (strstr(source, "\\G") == NULL)
		return rx_match(rx, " ", 1, 0, 0) > 0 || rx_match(rx, " ", 1, 1, 0) > 0;
	if (!rx_compile(&plain, full, strlen(full), ENTRY_OPTIONS, err, sizeof err))
		return false;   /* cannot be: it compiled anchored */
	empty = rx_match(&plain, " ", 1, 0, 0) > 0;
	rx_free(&plain);
	return empty;
}

/* compile_plain compiles pattern as rx_compile does (same options, with
 * the extra ones, same message in err), but without JIT, and with match
 * data only if asked. */
static bool
compile_plain(struct rx *rx, const char *pattern, unsigned extra,
    bool match_data, char *err, size_t errlen)
{
	int code;
	PCRE2_SIZE offset;
	PCRE2_UCHAR msg[256];

	memset(rx, 0, sizeof *rx);
	rx->code = pcre2_compile((PCRE2_SPTR)pattern, strlen(pattern),
	    ENTRY_OPTIONS | extra | PCRE2_UTF, &code, &offset, NULL);
	if (rx->code == NULL) {
		pcre2_get_error_message(code, msg, sizeof msg);
		snprintf(err, errlen, "bad pattern at offset %zu: %s",
		    (size_t)offset, (char *)msg);
		return false;
	}
	if (match_data &&
	    (rx->md = pcre2_match_data_create_from_pattern(rx->code, NULL)) == NULL)
		diag_die(EXIT_SOFTWARE, "out of memory");
	return true;
}

/* compile_alone compiles a regex's source on its own: it is only
 * checked, never matched. */
static bool
compile_alone(struct rx *rx, const char *pattern, char *err, size_t errlen)
{
	return compile_plain(rx, pattern, 0, false, err, errlen);
}

/* compile_anchored compiles the entry's whole pattern, anchored, for the
 * scanner, which JIT-compiles what it runs when it first runs it (many
 * entries never run on a given input). */
static bool
compile_anchored(struct rx *rx, const char *full, char *err, size_t errlen)
{
	return compile_plain(rx, full, PCRE2_ANCHORED, true, err, errlen);
}

/* not_joinable reports a regex rx_joinable refuses (rx: it compiled,
 * alone or inside its word boundaries: the same groups). */
static bool
not_joinable(struct loader *l, const struct rx *rx, const char *source)
{
	if (rx_joinable(rx, source))
		return false;
	complain(l, "'%s': back references, recursion and (*VERBS) are not "
	    "allowed in a pattern", source);
	return true;
}

/* kept: is the entry's compiled pattern (*keep) good, that is, does it
 * not match the empty string (an entry that matches nothing at all would
 * match everywhere)? Else it is freed and reported. */
static bool
kept(struct loader *l, struct rx *keep, const char *source, const char *full)
{
	if (!matches_empty(keep, source, full))
		return true;
	rx_free(keep);
	complain(l, "'%s' matches the empty string", source);
	return false;
}

/* compiles reports pcre2's message when an entry does not compile. A
 * regex must compile alone too (else "a)|(?:b" or "o)\Q(" would break out
 * of the word boundaries and of the scanner's alternations), with the
 * offset one in the text as written (an unclosed \Q fails only inside
 * them). A regex whose groups all close where they open (shape.h) and
 * that compiles inside its boundaries compiles alone: it is not compiled
 * twice. The pattern inside its boundaries, compiled anchored, is kept in
 * *keep for the scanner. */
static bool
compiles(struct loader *l, const char *source, const char *full, bool phrase,
    struct rx *keep)
{
	struct rx rx;
	char err[320];
	const char *msg;

	if (!phrase && shape_balanced(source) &&
	    compile_anchored(keep, full, err, sizeof err)) {
		if (!not_joinable(l, keep, source))
			return kept(l, keep, source, full);
		rx_free(keep);
		return false;
	}
	if (!phrase && !compile_alone(&rx, source, err, sizeof err)) {
		complain(l, "%s", err);
		return false;
	}
	if (!phrase) {
		bool refused = not_joinable(l, &rx, source);

		rx_free(&rx);
		if (refused)
			return false;
	}
	if (compile_anchored(keep, full, err, sizeof err))
		return kept(l, keep, source, full);
	if (!phrase && !compile_alone(&rx, source, err, sizeof err)) {
		complain(l, "%s", err);
		return false;
	}
	if (!phrase)
		rx_free(&rx);
	msg = strstr(err, ": ");
	complain(l, phrase ? "phrase does not compile: %s" :
	    "bad pattern inside the word boundaries: %s", msg ? msg + 2 : err);
	return false;
}

static void
add_entry(struct loader *l, const char *keyword, char *rest)
{
	struct issue_dict *d = l->d;
	bool phrase = strcmp(keyword, "phrase") == 0 || strcmp(keyword, "unless") == 0;
	bool unless = strncmp(keyword, "unless", 6) == 0;
	char *pattern, *full;
	struct issue_entry *e;
	struct rx rx = { 0 };
	bool plain;

	if (d->nissues == 0) {
		complain(l, "'%s' before any 'issue' line", keyword);
		return;
	}
	if (*rest == '\0') {
		complain(l, "'%s' without a phrase or pattern", keyword);
		return;
	}
	pattern = phrase ? issue_phrase_pattern(rest) : xstrdup(rest);
	full = bounded(pattern);
	free(pattern);
	plain = phrase && plain_phrase_ok(rest);
	/* a plain phrase always compiles and never matches the empty string */
	if (!plain && !compiles(l, rest, full, phrase, &rx)) {
		free(full);
		return;
	}
	if (d->nentries == l->cap_entries) {
		l->cap_entries = l->cap_entries ? 2 * l->cap_entries : 256;
		d->entries = xreallocarray(d->entries, l->cap_entries, sizeof *d->entries);
	}
	e = &d->entries[d->nentries++];
	e->issue = d->nissues - 1;
	e->unless = unless;
	e->phrase = phrase;
	e->plain = plain;
	e->source = xstrdup(rest);
	e->pattern = full;
	e->anchored = rx;
	e->line = l->line;
	if (!unless)
		d->issues[e->issue].npositive++;
}

static void
parse_line(struct loader *l, char *s)
{
	char *kw = trim(s), *rest = kw + strcspn(kw, " \t");

	if (*rest != '\0')
		*rest++ = '\0';
	rest = trim(rest);
	if (strcmp(kw, "issue") == 0)
		add_issue(l, rest);
	else if (strcmp(kw, "phrase") == 0 || strcmp(kw, "regex") == 0 ||
	    strcmp(kw, "unless") == 0 || strcmp(kw, "unless-regex") == 0)
		add_entry(l, kw, rest);
	else
		complain(l, "unknown keyword '%s' (issue, phrase, regex, unless, "
		    "unless-regex)", kw);
}

/* check_phrases reports issues that nothing can raise. */
static void
check_phrases(struct loader *l)
{
	for (size_t i = 0; i < l->d->nissues; i++)
		if (l->d->issues[i].npositive == 0) {
			l->line = l->d->issues[i].line;
			complain(l, "issue '%s' has no phrase or regex",
			    l->d->issues[i].id);
		}
}

int
issue_dict_load(struct issue_dict *d, const char *path)
{
	struct loader l = { .d = d, .path = path };
	struct datafile df;
	size_t len;
	char *s;

	memset(d, 0, sizeof *d);
	d->path = xstrdup(path);
	if (!datafile_open(&df, path)) {
		diag_warn("cannot open dictionary '%s':", path);
		issue_dict_free(d);
		return EXIT_NOINPUT;
	}
	while ((s = datafile_next(&df, &len)) != NULL) {
		l.line = df.line;
		if (memchr(s, '\0', len) != NULL)
			complain(&l, "NUL byte in the line%s", "");
		else
			parse_line(&l, s);
	}
	if (ferror(df.fp)) {
		diag_warn("%s: read error:", path);
		l.bad = true;
	}
	datafile_close(&df);
	if (!l.bad && d->nissues == 0) {
		diag_warn("%s: no issues in the dictionary", path);
		l.bad = true;
	}
	if (!l.bad)
		check_phrases(&l);
	if (l.bad)
		issue_dict_free(d);
	return l.bad ? EXIT_DATAERR : EXIT_OK;
}

void
issue_dict_free(struct issue_dict *d)
{
	for (size_t i = 0; i < d->nissues; i++) {
		free(d->issues[i].id);
		free(d->issues[i].label);
		free(d->issues[i].about);
	}
	for (size_t i = 0; i < d->nentries; i++) {
		free(d->entries[i].source);
		free(d->entries[i].pattern);
		if (d->entries[i].anchored.code != NULL)
			rx_free(&d->entries[i].anchored);
	}
	free(d->issues);
	free(d->entries);
	free(d->path);
	memset(d, 0, sizeof *d);
}
