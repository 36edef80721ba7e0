/* dict.h - the issues dictionary: which issues there are and the phrases
 * and PCRE2 patterns that raise them (docs/parley-issues.md has the format).
 *
 *	issue territory | Territory | land, borders, the front line
 *	phrase  front line
 *	regex   square kilomet(?:er|re)s?
 *	unless  frontline worker*
 *
 * Every entry is compiled here, once, to the PCRE2 pattern the scanner
 * uses: case-insensitive, Unicode word characters, and on word boundaries
 * ((?<!\w) before, (?!\w) after). */
#ifndef PARLEY_ISSUES_DICT_H
#define PARLEY_ISSUES_DICT_H

#include <stdbool.h>
#include <stddef.h>

#include "rx.h"

/* How every entry's pattern begins: its match begins at a word start. */
#define ISSUE_WORD_START "(?<!\\w)"

struct issue {
	char *id;               /* [a-z0-9_]+, unique */
	size_t id_len;          /* strlen(id) */
	char *label;
	char *about;            /* one-line description */
	unsigned long line;
	size_t npositive;       /* phrase and regex entries */
};

struct issue_entry {
	size_t issue;           /* index in dict->issues */
	bool unless;            /* an exclusion: cancels the issue's matches it overlaps */
	bool phrase;            /* written as a phrase (else as a regex) */
	bool plain;             /* a plain phrase, matched without pcre2
	                         * (plain.h); pattern is still made */
	char *source;           /* as written */
	char *pattern;          /* the full PCRE2 pattern, boundaries included */
	struct rx anchored;     /* it, compiled with PCRE2_ANCHORED, without
	                         * JIT (the scanner adds it to what it runs,
	                         * when it first runs it); NULL code for a
	                         * plain phrase */
	unsigned long line;
};

struct issue_dict {
	char *path;
	struct issue *issues;
	size_t nissues;
	struct issue_entry *entries;
	size_t nentries;
};

/* issue_dict_load reads and checks the dictionary at path. Each mistake
 * (unknown keyword, missing column, bad or duplicate id, entry before any
 * issue, bad pattern with pcre2's message and offset, issue without a
 * phrase, a pattern that matches the empty string) is reported as
 * "PATH:LINE: message" through diag_warn. Returns 0 when the dictionary is
 * good (d owns everything; free it with issue_dict_free), 65 when it had a
 * mistake, 66 when path cannot be read (d is then empty). */
int issue_dict_load(struct issue_dict *d, const char *path);

void issue_dict_free(struct issue_dict *d);

/* issue_phrase_pattern returns the PCRE2 pattern of a phrase (newly
 * allocated): words matched literally but for case; a run of blanks
 * matches any run of white space or a hyphen; a hyphen inside a word
 * matches a hyphen, a space or nothing (cease-fire: ceasefire, cease fire);
 * an apostrophe matches ' or ’; '*' matches any word characters. */
char *issue_phrase_pattern(const char *phrase);

#endif
