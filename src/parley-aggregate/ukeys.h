/* ukeys.h - the distinct quotes of a group, for its "unique" count.
 *
 * A key is (speaker, form): speaker is "a:ID" for a quote resolved to actor
 * ID, "s:FORM" for an unresolved speaker mention (its comparison form),
 * "" for no speaker (and for every sentence under --unit sentence); form
 * is the quote's comparison form (norm.h). Two quotes are the same quote
 * when their keys are equal. A key is contained in another of the same
 * speaker when its words are a contiguous run of the other's words (the
 * empty form is contained in any other); "unique" counts the maximal keys,
 * those contained in no other key of the set.
 *
 * The maximal keys of a union are the maximal keys of the union of the
 * parts' maximal keys, so a set can drop contained keys at any time and
 * aggregate rows can carry only their maximal keys and still merge
 * exactly. */
#ifndef AGG_UKEYS_H
#define AGG_UKEYS_H

#include "util.h"

struct ukey {
	uint64_t hash;
	size_t spklen, formlen;
	char data[];  /* speaker bytes, then form bytes, then NUL */
};

static inline struct str
ukey_speaker(const struct ukey *k)
{
	return (struct str){ k->data, k->spklen };
}

static inline struct str
ukey_form(const struct ukey *k)
{
	return (struct str){ k->data + k->spklen, k->formlen };
}

/* ukey_hash is the hash of the key (speaker, form). */
uint64_t ukey_hash(struct str speaker, struct str form);

/* ukey_cmp orders keys by speaker, then form (bytes). */
int ukey_cmp(const struct ukey *a, const struct ukey *b);

struct ukeyset {
	struct ukey **slot;  /* open addressing, NULL: free */
	size_t cap, n;
	size_t reduce_at;    /* drop contained keys when n reaches this */
};

/* ukeyset_add adds (speaker, form) with its ukey_hash unless present.
 * From time to time it drops the keys contained in others, so that the
 * set holds about twice its maximal keys at most. */
void ukeyset_add(struct ukeyset *s, uint64_t hash, struct str speaker,
    struct str form);

/* ukeyset_maximal drops the contained keys and returns the others sorted
 * (ukey_cmp) in a new array of *n pointers that the caller frees (the keys
 * stay owned by the set). */
struct ukey **ukeyset_maximal(struct ukeyset *s, size_t *n);

void ukeyset_free(struct ukeyset *s);

/* contain_mark sets contained[i] for each of the n keys (distinct, all of
 * one speaker) whose words are a contiguous run of another key's words.
 * Linear in the total length (Aho-Corasick over word ids), so one huge
 * quote or thousands of short ones cost no more than reading them. */
void contain_mark(struct ukey *const *keys, size_t n, bool *contained);

#endif
