/* core.h - what the files of parley-aggregate share inside: the
 * aggregate's state, and the observations records are read into. */
#ifndef AGG_CORE_H
#define AGG_CORE_H

#include "aggregate.h"
#include "groups.h"
#include "jsonscan.h"
#include "util.h"

/* One quote (or, --unit sentence, one sentence) of a record, its strings
 * borrowed from the record. */
/* An actor named in a sentence (--unit sentence). */
struct actor_ref {
	struct str id, group, name;
};

struct obs {
	struct str doc, date, source, kind, speaker, actor, name, group, text;
	long long start, end;
	bool has_start, has_end;
	size_t issues, nissues;  /* a->strs[issues], ... */
	size_t actors, nactors;  /* a->acts[actors], ... (--unit sentence) */
};

/* One aggregate row read under --merge, its strings borrowed. */
struct row {
	struct str key[AGG_NKEYS];
	enum agg_unit unit;
	enum agg_key by[AGG_NKEYS];
	int nby;
	long examples_max;
	unsigned long long count, docs;
	struct str first, last, name, name_date;
	json_t *sources;   /* array of strings, or NULL */
	json_t *examples;  /* array of example objects, or NULL */
	json_t *unique;    /* array of [speaker, form] */
	json_t *forms;     /* --unknown: array of [form, count] */
};

struct agg {
	struct agg_options o;
	bool shape_known;           /* o.by, o.unit, o.examples are final */
	bool by_key[AGG_NKEYS];
	struct grouptab groups;
	struct str prev_doc;        /* owned */
	unsigned long long doc_serial;
	struct obs *obs;            /* the observations of the record */
	size_t nobs, obscap;
	struct str *strs;           /* their issues */
	size_t nstrs, strcap;
	struct actor_ref *acts;     /* their actors */
	size_t nacts, actcap;
	char *decoded;              /* strings with escapes, decoded (fast path) */
	size_t decoded_cap;
	struct jsonscan scan_top;   /* the record's line (fast path) */
	struct jsonscan scan_item;  /* a quote or an actor of it */
	struct sbuf form, speaker, scratch;
};

/* obs_new appends an empty observation to a->obs; obs_issue and
 * obs_actor append to a->strs and a->acts (the record's, cleared by
 * obs_clear). */
struct obs *obs_new(struct agg *a);
void obs_issue(struct agg *a, struct str issue);
void obs_actor(struct agg *a, struct actor_ref actor);
void obs_clear(struct agg *a);

/* fast_record reads a sentence record in the compact form jansson writes
 * (what every stage writes) straight from the line into a->obs, and is
 * false, having read nothing, for a line in any other form or with any
 * mistake: jansson decides then, with its messages. *doc is the
 * record's document. */
bool fast_record(struct agg *a, const char *line, size_t len,
    struct str *doc);

/* input_record reads rec (a sentence record) into a->obs; false with a
 * message when it cannot be used. */
bool input_record(struct agg *a, json_t *rec, char *err, size_t errlen);

/* input_row reads rec as an aggregate row; false with a message. */
bool input_row(struct agg *a, json_t *rec, struct row *r, char *err,
    size_t errlen);

/* input_example reads an example object of a row (checked by input_row). */
void input_example(json_t *ex, struct obs *o);

/* speaker_key writes the speaker part of a quote's key (ukeys.h) to out:
 * "a:ACTOR", "s:FORM" or "". */
void speaker_key(struct sbuf *out, const struct agg *a, struct str actor,
    struct str speaker);

/* output_rows writes every group as a row (agg_write). */
void output_rows(struct agg *a, FILE *fp);

#endif
