/* fast.h - the fast path: sentence records in jansson's own compact form
 * (what every parley stage writes) are checked and tagged straight from
 * the line, and written back with the issues spliced in, byte for byte
 * what decoding with jansson, tagging and json_dumpb(JSON_COMPACT) would
 * give. A line in any other form (blanks between tokens, \u escapes,
 * reals, deep nesting, many keys) or with any mistake is left to jansson,
 * which gives the usual messages. Decoding with jansson is what limits a
 * stage's speed; this path does not decode what it does not need. */
#ifndef PARLEY_ISSUES_FAST_H
#define PARLEY_ISSUES_FAST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tag.h"

struct fast_span {
	size_t b, e;            /* bytes of the line, [b, e) */
};

struct fast_quote {
	struct fast_span obj;   /* from '{' to '}' included */
	struct fast_span text;  /* the string's content, undecoded */
	bool text_escaped;
	long long start;        /* -1 when absent */
	bool partial;           /* "kind":"partial" */
	struct fast_span issues, issues_from;   /* values; b == e: absent */
};

/* The keys of the last object read in one role (the record, a quote) or,
 * for any other object, at one depth, each as it is written with its
 * quotes and the colon after it, in a slot of 16 bytes: an object whose
 * keys come in the same order is read without looking for duplicates
 * (fast.c). Its n keys are always distinct: they are a prefix of the keys
 * of one object read. (By depth: an object inside another of the same
 * role would change the keys the outer one is checked against.) The slot
 * after the n keys is all zero bytes, which no key of a line matches (a
 * line holds a zero byte only at its end), so that a loop over the keys
 * stops there without counting. */
#define FAST_SHAPE_KEYS 64
#define FAST_SHAPE_SLOT 16
#define FAST_SHAPES 8           /* the record, quotes, others at depths 2-7 */

struct fast_slot {
	unsigned char key[FAST_SHAPE_SLOT];
	uint16_t unused;        /* a bit for each byte of key not used */
	unsigned char len;      /* bytes of key used */
	unsigned char what;     /* which member (fast.c) */
};

struct fast_shape {
	struct fast_slot slot[FAST_SHAPE_KEYS + 1];
	size_t n;
};

struct fast_record {
	const char *line;
	size_t len;
	struct fast_span doc, text, issues;     /* issues: b == e when absent */
	bool text_escaped;
	long long start, end;
	bool same_doc;          /* doc is that of the last good sentence */
	struct fast_quote *quotes;
	size_t nquotes, cap;
	char *decoded;          /* decoded strings */
	size_t decoded_cap;
	char *out;              /* the lines to write (fast_flush) */
	size_t out_len, out_cap;
	char *sent_ids;         /* the record's "issues" value */
	const struct issue_dict *ids_dict;	/* ids_max is for it */
	size_t ids_max;         /* the longest "issues" array */
	struct fast_shape shapes[FAST_SHAPES];  /* by role, depth (fast.c) */
};

/* The last good sentence, for the order check both paths make. */
struct fast_order {
	char *doc;
	size_t len, cap;
	long long end;
	bool any;
};

/* fast_parse reads line (len bytes, no '\n'; followed by a zero byte and
 * JSONL_PAD readable bytes, as jsonl_in_next_record gives it) into r; true
 * when it is a well-formed sentence record in compact form whose start
 * does not go back within its document (order). False: let jansson
 * decide. */
bool fast_parse(struct fast_record *r, const char *line, size_t len,
    const struct fast_order *order);

/* fast_tag tags the record read by fast_parse and appends its output
 * line ('\n' included) to those in r->out (r->out_len bytes). */
void fast_tag(struct fast_record *r, struct tagger *t, bool *issues);

/* fast_flush writes the lines in r->out to fp and empties it (a write
 * error ends the program as jsonl_out_check says). */
void fast_flush(struct fast_record *r, FILE *fp);

/* fast_order_ok: does a sentence of doc starting at start come after
 * the last good one? fast_order_set makes it the last good one. */
bool fast_order_ok(const struct fast_order *o, const char *doc, size_t len,
    long long start);
void fast_order_set(struct fast_order *o, const char *doc, size_t len,
    long long end);

/* fast_order_set_record is fast_order_set for the record fast_parse read
 * (its doc copied only when it is another document's). */
void fast_order_set_record(struct fast_order *o, const struct fast_record *r);

void fast_record_free(struct fast_record *r);
void fast_order_free(struct fast_order *o);

#endif
