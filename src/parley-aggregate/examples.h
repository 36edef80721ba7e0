/* examples.h - the example quotes of a group: the best --examples N
 * distinct quotes, best first.
 *
 * Order (example_cmp): direct before partial before indirect before any
 * other kind; then the longer text (in code points) first; then the
 * earliest date, doc, start, end; then text, speaker, actor, source and
 * kind, so that two examples compare equal only when they are equal (null
 * after any value in each). Distinct: examples with the same key (ukeys.h)
 * are one quote, shown by its best occurrence; a quote of no words (an
 * empty form, "…") is never an example. A list keeps the best
 * occurrence of each of the N best keys, which is also what the top N of
 * the union of two lists gives: lists of parts merge exactly. */
#ifndef AGG_EXAMPLES_H
#define AGG_EXAMPLES_H

#include <stdbool.h>

#include "util.h"

struct example {
	struct str doc, date, source, kind, speaker, actor, text;
	long long start, end;
	bool has_start, has_end;
	size_t cplen;             /* code points of text */
	int rank;                 /* 0 direct, 1 partial, 2 indirect, 3 other */
	uint64_t khash;           /* the key: (kspeaker, kform) */
	struct str kspeaker, kform;
	char *own;                /* the storage of a kept example, or NULL */
};

/* example_rank returns the rank of a kind (null: 3). */
int example_rank(struct str kind);

/* example_cmp: < 0 when a is the better example. */
int example_cmp(const struct example *a, const struct example *b);

struct exlist {
	struct example *v;  /* best first */
	size_t n;
};

/* exlist_offer considers cand (whose strings are borrowed: a kept example
 * gets its own copy) for a list of at most max examples. */
void exlist_offer(struct exlist *l, size_t max, const struct example *cand);

void exlist_free(struct exlist *l);

#endif
