/* groups.h - the groups of an aggregate and what each accumulates.
 *
 * A group is one combination of the --by keys' values (strings or null).
 * Its state grows with the group's distinct quotes (the maximal keys, see
 * ukeys.h) and outlets, never with the number of records read. */
#ifndef AGG_GROUPS_H
#define AGG_GROUPS_H

#include "examples.h"
#include "ukeys.h"
#include "util.h"

struct form_count {            /* a speaker mention as written (--unknown) */
	struct str form;
	unsigned long long count;
};

struct group {
	uint64_t hash;
	struct str *key;           /* the nkeys values, owned */
	unsigned long long count;  /* quotes (or sentences) */
	unsigned long long docs;
	unsigned long long last_doc;  /* serial of the last document counted */
	struct str first, last;    /* dates, owned; null: none seen */
	struct str *sources;       /* sorted, owned */
	size_t nsources;
	struct ukeyset ukeys;
	struct exlist examples;
	struct str name, name_date;  /* display name and the date it is from */
	struct form_count *forms;  /* sorted by form */
	size_t nforms;
};

struct grouptab {
	struct group **slot;
	size_t cap, n;
	int nkeys;
};

/* grouptab_hash is the hash of a key tuple of t->nkeys values. */
uint64_t grouptab_hash(const struct grouptab *t, const struct str *key);

/* grouptab_get returns the group of key (hash from grouptab_hash),
 * creating an empty one with a copy of the key when there is none. */
struct group *grouptab_get(struct grouptab *t, const struct str *key,
    uint64_t hash);

/* grouptab_list returns the groups in a new array (caller frees it). */
struct group **grouptab_list(const struct grouptab *t);

void grouptab_free(struct grouptab *t);

/* group_date widens [first, last] to the date (null: no change). */
void group_date(struct group *g, struct str date);

/* group_source adds an outlet (null: no change). */
void group_source(struct group *g, struct str source);

/* group_name offers a display name with the date of its quote: the name
 * of the latest date wins, the smaller name between two of one date
 * (null dates are before every date). */
void group_name(struct group *g, struct str name, struct str date);

/* group_form counts n more quotes with the speaker mention form. */
void group_form(struct group *g, struct str form, unsigned long long n);

/* group_display_form returns the most frequent form, of two as frequent
 * the one that sorts last (so "Kaja Kallas" over "KAJA KALLAS"), null
 * when there is none. */
struct str group_display_form(const struct group *g);

#endif
