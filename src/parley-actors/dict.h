/* dict.h - the actors dictionary of parley-actors: who can speak, under
 * which names, with which roles (docs/parley-actors.md has the format).
 *
 *	actor vance | JD Vance | us | person | he
 *		name   JD Vance
 *		name   Vance
 *		role   vice president
 *
 * Loading checks everything and reports each mistake as "FILE:LINE: what"
 * (a bad pattern with pcre2's message and offset, a duplicate id, a name
 * claimed by two actors, a missing column); the dictionary is refused as
 * a whole if there was any. */
#ifndef PARLEY_ACTORS_DICT_H
#define PARLEY_ACTORS_DICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum actor_kind {
	KIND_PERSON,
	KIND_ORGANISATION,
	KIND_COUNTRY,
	KIND_OUTLET,
	KIND_PLACE
};

/* which pronouns may refer to a person; other kinds: "it" and "they" */
enum actor_pronoun {
	PRONOUN_ANY,    /* he or she: not said */
	PRONOUN_HE,
	PRONOUN_SHE,
	PRONOUN_THEY
};

struct actor {
	char *id;
	char *name;             /* display name */
	char *group;            /* the side: us, russia, ukraine, media ... */
	size_t idlen, namelen, grouplen;
	bool name_plain;        /* the name needs no escape in JSON */
	enum actor_kind kind;
	enum actor_pronoun pronoun;
	bool named;             /* has a name or regex line */
	const char *file;
	unsigned long line;
};

enum alias_type {
	ALIAS_NAME,             /* a literal name: matches anywhere */
	ALIAS_REGEX,            /* a pcre2 pattern: matches anywhere */
	ALIAS_SURNAME           /* a short form: only once a full name of the
	                         * actor has been named in the document */
};

/* Keys are code points with these markers in place of the characters
 * that match a class (so that a trie of keys becomes one pattern). */
enum {
	KEY_BLANK = 1,          /* one or more blanks: \h+ */
	KEY_APOS,               /* ' or ’ or ʼ */
	KEY_DOT,                /* '.' before a letter (J.D.): \.\h? */
	KEY_HYPHEN              /* - or ‐ or ‑ */
};

struct alias {
	enum alias_type type;
	char *text;             /* as written (the pattern for ALIAS_REGEX) */
	uint32_t *key;          /* normalised code points (not for ALIAS_REGEX) */
	size_t keylen;
	size_t *holders;        /* the actors it names: one, but a surname
	                         * may be shared */
	size_t nholders;
	bool derived;           /* a surname made from a name, not written */
	bool opens_role;        /* some role begins with it ("US" in "US
	                         * vice president"): it may be a title's */
	const char *file;
	unsigned long line;
};

struct role {
	char *text;             /* as first written */
	uint32_t *key;          /* normalised, ASCII lower case */
	size_t keylen;
	size_t *holders;        /* one: the role names that actor; several:
	                         * a generic description ("the president") */
	size_t nholders;
};

struct actor_dict {
	struct actor *actors;
	size_t nactors, acap;
	struct alias *aliases;  /* the index of an alias is its pattern mark */
	size_t naliases, alcap;
	struct role *roles;
	size_t nroles, rcap;
	char **files;           /* the paths loaded (owned) */
	size_t nfiles;
	unsigned long errors;   /* mistakes reported while loading */
};

/* actor_dict_load reads the dictionaries paths[0..n) into d (zeroed
 * first), reporting every mistake on stderr. Returns 0 (EXIT_OK), 65 when
 * some entry is wrong or 66 when a file cannot be read; on failure d holds
 * nothing that needs freeing but actor_dict_free may still be called. */
int actor_dict_load(struct actor_dict *d, char *const *paths, size_t n);

void actor_dict_free(struct actor_dict *d);

/* actor_dict_holds: does actor a hold role r? */
bool actor_dict_holds(const struct actor_dict *d, size_t r, size_t a);

/* actor_kind_name names a kind as the dictionary writes it. */
const char *actor_kind_name(enum actor_kind k);

#endif
