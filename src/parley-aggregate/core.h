/* core.h - what the files of parley-aggregate share inside: the
 * aggregate's state, and the observations records are read into. */
#ifndef AGG_CORE_H
#define AGG_CORE_H

#include "aggregate.h"
#include "groups.h"
#include "util.h"

/* One quote (or, --unit sentence, one sentence) of a record, its strings
 * borrowed from the record. */
struct obs {
	struct str doc, date, source, kind, speaker, actor, name, group, text;
	long long start, end;
	bool has_start, has_end;
	json_t *issues;    /* array of strings, or NULL */
	json_t *actors;    /* --unit sentence: array of actor objects, or NULL */
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
	struct sbuf form, speaker, scratch;
};

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
