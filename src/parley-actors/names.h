/* names.h - the dictionary's names and roles compiled into a few pcre2
 * patterns, and the searches parley-actors makes with them.
 *
 * Every name of the dictionary goes into a trie of code points written as
 * one alternation ("V(?:ance(*:12)|ladimir\h+Putin(*:40))"), so that a
 * pattern tries a handful of branches at each place instead of one per
 * name, and pcre2 skips the places no name can start. The mark of the
 * branch that matched is the index of the alias (dict.h). A dictionary too
 * large for one compiled pattern is cut, in key order, into several. The
 * roles make patterns of the same kind, caseless, that only match a role
 * that ends the subject; they are only tried on a subject whose last three
 * bytes end some role.
 *
 * The tries are searched through a filter: the first two and three bytes
 * a name can begin with (a blank, the end of a name or the blank a dot
 * may have after it leave the rest open). A name is tried only at the
 * word starts that pass it, so that most of the text is read by a plain
 * loop and not by pcre2 (which would try every capital, and every 'b',
 * 'd' and 'v' for "bin Salman" and "von der Leyen"). A dictionary whose
 * names fit one pattern is also cut by first code point into anchored
 * patterns, so that a place tries only the names that begin with its
 * code point (pcre2 tries the branches of an alternation one by one);
 * each of those is compiled the first time the filter lets a place with
 * its code point through, and the whole trie, which such a dictionary
 * does not search with, only when it is asked for (--check counts its
 * patterns) or when one of them does not compile. The regex names are
 * always searched in full. */
#ifndef PARLEY_ACTORS_NAMES_H
#define PARLEY_ACTORS_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dict.h"
#include "rx.h"

struct name_match {
	size_t b, e;            /* bytes of the subject, [b, e) */
	size_t alias;           /* index in the dictionary's aliases */
};

struct name_matches {
	struct name_match *m;
	size_t n, cap;
};

/* The name patterns that can match where a code point is. */
struct first_cp {
	uint32_t cp;
	size_t lo, hi;          /* names[lo..hi] */
};

struct tkey;

#define MARK_CACHE 256

struct actor_patterns {
	const struct actor_dict *dict;
	struct rx *names;       /* the name patterns: tries, then regexes */
	size_t nnames;
	size_t ntrie;           /* names[0..ntrie) are tries (none while
	                         * filtered: the whole trie is compiled
	                         * only when needed) */
	bool dispatch;          /* several tries, anchored: each is tried
	                         * only where one of its names can start */
	struct first_cp *first; /* by code point: of names or groups */
	size_t nfirst;
	long ascii[128];        /* index in first of an ASCII code point, -1 */
	/* the alias of each mark of a group's pattern read last, by the
	 * address of the mark */
	const char *mark_at[MARK_CACHE];
	size_t mark_alias[MARK_CACHE];
	bool filtered;          /* not dispatch, ntrie == 1: the trie is
	                         * also cut into groups, by first code
	                         * point (first and ascii index them) */
	struct rx *groups;      /* anchored; code NULL: not compiled yet */
	size_t ngroups;
	size_t (*granges)[2];   /* the keys of each group */
	struct tkey *keys;      /* the trie's keys, sorted */
	size_t nkeys;
	/* the filter (every trie pattern, dispatch or filtered) */
	bool lead[256];         /* a name can begin with this byte */
	uint8_t *pairs;         /* bit a * 256 + b: a name can begin with
	                         * the bytes a, b (or is a alone) */
	uint8_t *open_pairs;    /* the same, and go on with any byte */
	uint8_t *tris;          /* hashed: a name can begin with a, b, c */
	/* the lead bytes as a few classes, to skip 16 bytes at a time to
	 * the next place one can begin a name: */
	bool lead_simd;         /* the classes below hold every lead byte */
	bool lead_upper;        /* some lead is A-Z: try all of A-Z */
	unsigned char lead_other[4];    /* the other lead bytes (any more:
	                                 * byte by byte) */
	size_t nlead_other;
	struct rx *roles;       /* the role patterns (anchored at the end) */
	size_t nroles;
	struct rx *roles_at;    /* the same, anchored at the start too (JIT
	                         * does not take PCRE2_ANCHORED at match
	                         * time); compiled once anchored searches
	                         * have been asked for often enough to pay
	                         * for it, the roles searched before that */
	size_t nroles_at;
	unsigned long anchored; /* anchored searches made */
	uint32_t *role_tails;   /* the last (up to) three letters or digits
	                         * of each role, lower case, their number on
	                         * top, sorted: a subject that ends otherwise
	                         * holds no role */
	size_t nrole_tails;
	unsigned role_tail_lens;        /* bit n: a tail of n */
	bool role_tails_ok;     /* every role ends with letters or digits */
	unsigned long limits;   /* searches cut short by a pcre2 limit */
};

/* actor_patterns_build compiles the patterns of d (loaded without
 * mistakes); a pattern that does not compile is an internal error (the
 * dictionary's own patterns were checked one by one when it was read). */
void actor_patterns_build(struct actor_patterns *p, const struct actor_dict *d);

void actor_patterns_free(struct actor_patterns *p);

/* actor_patterns_count_names: the number of name patterns of the whole
 * dictionary (compiling the whole trie to count them when a filtered one
 * has not), as --check reports it. */
size_t actor_patterns_count_names(struct actor_patterns *p);

/* actor_patterns_names finds the names in text[0..len) (valid UTF-8):
 * appends to out, in text order, the leftmost-longest matches that do not
 * overlap. A name begins and ends at a word boundary. One trie pattern
 * scans the text; several (a large dictionary) are each tried, anchored,
 * at the word starts where one of their names can begin, so that the text
 * is read once, not once per pattern. */
void actor_patterns_names(struct actor_patterns *p, const char *text,
    size_t len, struct name_matches *out);

/* actor_patterns_role finds the role that ends text[0..len): the longest
 * one starting at or after from, or, when anchored, the one starting at
 * from (the leftmost match of the same pattern, when it starts there:
 * pcre2 tries the same branches in the same order there). Returns its index in the dictionary's roles, with its first byte
 * in *start, or -1. */
long actor_patterns_role(struct actor_patterns *p, const char *text,
    size_t len, size_t from, bool anchored, size_t *start);

#endif
