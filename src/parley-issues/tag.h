/* tag.h - which issues a sentence and each of its quotes raise.
 *
 * A sentence raises an issue when a phrase or pattern of the issue matches
 * in its text and no exclusion ("unless") of the same issue overlaps that
 * match. A quote raises the issues of the matches inside its content (C).
 * An elliptical quote also takes the issues of its context (X), the
 * reporting sentence: the clause around the quote (cut at , ; : ( ) — –
 * " - " "but" "whereas"; a clause opened by a participle, "saying …",
 * joins the clause before it), or, when that raises nothing and the quote
 * is a fragment or leans on a word that points elsewhere, the whole
 * sentence. Elliptical: a fragment (kind "partial"), a content that begins
 * with it/this/that/these/those/there/such or "the/this/all … situation,
 * task, reports, approach, options …", or holds "this situation", or a
 * content that raises nothing. Nothing outside the sentence is used. */
#ifndef PARLEY_ISSUES_TAG_H
#define PARLEY_ISSUES_TAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dict.h"
#include "rx.h"
#include "scan.h"

enum tag_from {
	TAG_FROM_QUOTE,         /* every issue from the content (or none at all) */
	TAG_FROM_SENTENCE,      /* the content raised nothing: all from the context */
	TAG_FROM_BOTH           /* the content and its context */
};

struct tag_quote {
	const char *text;       /* the content */
	size_t len;             /* bytes */
	bool located;           /* offset is known */
	size_t offset;          /* code points from the sentence's start */
	bool fragment;          /* kind "partial" */
	bool in_place;          /* text is followed by TAG_PAD bytes (below) */
};

/* The matches of one scan, with the exclusions applied. */
struct tag_matches {
	struct issue_hits hits;
	bool *cancelled;        /* per hit: overlapped by an exclusion */
	size_t cap;
	size_t maxlen;          /* longest hit, bytes */
};

struct tagger {
	const struct issue_dict *dict;
	const struct issue_scanner *scanner;
	const char *text;       /* the current sentence */
	size_t len;
	struct tag_matches sent;	/* its matches */
	bool *sentence;         /* per issue: the sentence raises it */
	bool *scratch;          /* per issue */
	struct tag_matches quote;	/* of a quote scanned apart */
	struct rx anaphor_start, anaphor_inside;
	char *pad[2];           /* copies of the texts matched, see padded() */
	size_t pad_cap[2];
	unsigned long limits;   /* limit errors in the current record */
	size_t limit_entry;
};

void tagger_init(struct tagger *t, const struct issue_dict *d,
    const struct issue_scanner *s);
void tagger_free(struct tagger *t);

/* tagger_sentence scans a sentence (text is kept until the next call) and
 * sets issues[i] (dict->nissues flags, cleared first) for each issue it
 * raises. Resets t->limits. */
void tagger_sentence(struct tagger *t, const char *text, size_t len,
    bool *issues);

/* A text given in place (tagger_sentence_in_place, tag_quote.in_place)
 * is read where it lies instead of being copied and padded: it must be
 * followed by a byte that is not an ASCII letter, digit or '_' (scan.h)
 * and, from that byte on, TAG_PAD readable, initialised bytes: pcre2's
 * JIT may read a little past the end of a subject (never using what it
 * reads, 16 or 32 bytes at once, aligned), and clause_of reads 16 bytes
 * at once. A line of lib/jsonl (JSONL_PAD) holds its strings so. */
#define TAG_PAD 32

/* tagger_sentence_in_place is tagger_sentence for a text followed by
 * TAG_PAD bytes: it is not copied, and must be kept until the next call. */
void tagger_sentence_in_place(struct tagger *t, const char *text, size_t len,
    bool *issues);

/* tagger_quote sets issues[i] for each issue the quote raises, after
 * tagger_sentence on the sentence the quote is listed on, and says where
 * they came from. */
enum tag_from tagger_quote(struct tagger *t, const struct tag_quote *q,
    bool *issues);

/* tag_flags_word returns the flags v[b] .. v[b + 7] of the n flags at v
 * (those below n) as the bytes of a word, v[b] in its lowest byte: 1 for
 * a flag that is set, else 0. Eight flags at a time for the loops over an
 * issue set; the last word of n >= 8 flags is read as the eight before n,
 * shifted. */
static inline uint64_t
tag_flags_word(const bool *v, size_t b, size_t n)
{
	uint64_t w = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (b + 8 <= n) {
		memcpy(&w, v + b, 8);
		return w;
	}
	if (n >= 8) {
		memcpy(&w, v + n - 8, 8);
		return w >> (8 * (b + 8 - n));
	}
#endif
	for (size_t j = 0; j < 8 && b + j < n; j++)
		w |= (uint64_t)v[b + j] << (8 * j);
	return w;
}

/* tag_from_name: "quote", "sentence" or "quote+sentence". */
const char *tag_from_name(enum tag_from from);

#endif
