/* record.h - sentence records in and out of parley-actors, one document
 * at a time.
 *
 * A record in jansson's compact form (what every parley stage writes) is
 * read straight from its line, and written back with the new fields
 * spliced in: byte for byte what decoding it with jansson, setting the
 * fields and json_dumpb(JSON_COMPACT) would give, at a fraction of the
 * cost. A line in any other form (blanks between tokens, \u escapes,
 * reals, deep nesting) or with any mistake goes through jansson, which
 * gives the usual messages. */
#ifndef PARLEY_ACTORS_RECORD_H
#define PARLEY_ACTORS_RECORD_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "jsonl.h"
#include "resolve.h"

struct span {
	size_t b, e;            /* bytes of the line, [b, e) */
};

/* the members of a record whose values are remembered, from the first */
#define REC_MEMO 16

/* the keys of an object, in order, that the next one likely has: enum
 * keys of record.c */
#define MAX_SHAPE 24
struct shape {
	unsigned char key[MAX_SHAPE];
	size_t n;
};

/* the fields parley-actors sets on a quote, in the order it adds them */
enum { QF_ACTOR, QF_VIA, QF_NAME, QF_GROUP, QF_N };

struct rec_quote {
	struct span obj;        /* '{' to '}' included */
	long long start, end, speaker_start, speaker_end;  /* -1: absent */
	bool has_speaker;
	struct span speaker;    /* undecoded */
	bool speaker_escaped;
	bool continues;
	struct span old[QF_N];  /* values already there; b == e: none */
};

struct rec {
	json_t *json;           /* a record read by jansson, or NULL */
	size_t line, len;       /* a fast record: its line in the arena */
	struct span doc, text, actors;  /* actors: b == e when absent */
	bool text_escaped;
	size_t text_extra;      /* its bytes beyond one a code point */
	long long start, end, para;
	size_t q0, nq;          /* its quotes: batch quotes[q0..q0+nq) */
};

/* What an entry of "actors" holds around its mention, and a quote's
 * fields around actor_via, for one actor: bytes of the batch's ptext. */
struct actor_part {
	size_t head, headlen, tail, taillen;
	/* a quote's fields of the actor, around its actor_via:
	 * "actor":"ID","actor_via": and ,"actor_name":NAME,"group":"GROUP" */
	size_t qhead, qheadlen, qtail, qtaillen;
};

/* The records of one document, waiting for its last. */
struct rec_batch {
	char *arena;            /* the fast records' lines */
	size_t alen, acap;
	struct rec *recs;
	size_t n, cap;
	struct rec_quote *quotes;
	size_t nq, qcap;
	char *doc;              /* the document's id */
	size_t doclen, doccap;
	long long last_end;     /* end of its last sentence */
	/* one record being read */
	struct rec cur;
	const char *cur_line;
	size_t cq0, ncq;        /* its quotes: quotes[cq0..cq0+ncq), after
	                         * the batch's */
	/* scratch */
	char *dec;
	size_t deccap;
	char *out;
	size_t olen, ocap;
	struct edit *edits;
	size_t nedits, ecap;
	char *etext;
	size_t etlen, etcap;
	struct actor_part *parts;       /* by actor, made when first needed */
	size_t nparts;
	char *ptext;
	bool slow;              /* --no-fast-path */
	/* the key that came after each key (the last slot: first) in the
	 * last record and quote read, tried first for the next */
	unsigned char next_top[32], next_quote[32];
	/* the long values of the members of the last record pushed, by
	 * place (bytes of its line, at prev_line in the arena; a bit of
	 * prev_memo for each), and those of the one being read: a value of
	 * the document the record repeats (its title) is checked by a
	 * compare */
	struct span prev_val[REC_MEMO], cur_val[REC_MEMO];
	uint32_t prev_memo, cur_memo;
	size_t prev_line;
	/* the keys of the last record and quote read whole, in order */
	struct shape shape_top, shape_quote;
};

void rec_batch_init(struct rec_batch *b, bool slow);
void rec_batch_free(struct rec_batch *b);

/* rec_read reads one line (len bytes, no '\n') as the current record.
 * Returns true when it is a good sentence record; false when it was
 * rejected (through jsonl_reject, after flush(ctx) under --strict, so
 * that the records read before it are written first). */
bool rec_read(struct rec_batch *b, struct jsonl_in *in, const char *line,
    size_t len, void (*flush)(void *), void *ctx);

/* rec_same_doc: does the current record belong to the batch's document
 * (or is the batch empty)? */
bool rec_same_doc(const struct rec_batch *b);

/* rec_push adds the current record to the batch. */
void rec_push(struct rec_batch *b);

/* rec_load gives the batch's sentences and quotes to doc (reset first). */
void rec_load(struct rec_batch *b, struct actor_doc *doc);

/* rec_write writes the batch's records with the actors doc resolved, and
 * empties the batch. */
void rec_write(struct rec_batch *b, const struct actor_doc *doc);

#endif
