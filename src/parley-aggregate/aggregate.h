/* aggregate.h - the core of parley-aggregate, callable without main()
 * (a fuzz harness or another program can link it).
 *
 *	struct agg_options o;
 *	agg_options_default(&o);
 *	struct agg *a = agg_new(&o);
 *	while ((rec = next_record()) != NULL) {
 *		if (!agg_add(a, rec, err, sizeof err)) reject(err);
 *		json_decref(rec);
 *	}
 *	agg_write(a, stdout);
 *	agg_free(a);
 *
 * What the rows hold and how they merge: docs/parley-aggregate.md. */
#ifndef AGG_AGGREGATE_H
#define AGG_AGGREGATE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

enum agg_key {
	AGG_ACTOR, AGG_GROUP, AGG_ISSUE, AGG_DOC, AGG_DATE, AGG_SOURCE,
	AGG_KIND, AGG_SPEAKER, AGG_NKEYS
};

enum agg_unit { AGG_QUOTE, AGG_SENTENCE };
enum agg_format { AGG_JSONL, AGG_TSV, AGG_MD };
enum agg_sort { AGG_SORT_KEYS, AGG_SORT_COUNT };

struct agg_options {
	enum agg_unit unit;
	enum agg_key by[AGG_NKEYS];
	int nby;
	long examples;         /* examples per row */
	bool merge;            /* the input is aggregate rows */
	bool unknown;          /* rows of unresolved speaker mentions */
	enum agg_format format;
	enum agg_sort sort;
	/* which of unit, by, examples the user gave: under --merge the
	 * others are taken from the first row */
	bool unit_given, by_given, examples_given;
};

#define AGG_EXAMPLES_MAX 10000

/* agg_options_default: --unit quote --by actor,issue --examples 3,
 * jsonl, sorted by the keys. */
void agg_options_default(struct agg_options *o);

/* agg_key_name returns "actor", "group", ... */
const char *agg_key_name(enum agg_key k);

/* agg_parse_by parses a comma list of key names into o->by; false with a
 * message in err (errlen bytes) when a name is unknown or repeated. */
bool agg_parse_by(const char *list, struct agg_options *o, char *err,
    size_t errlen);

/* agg_options_check: false with a message when the options do not go
 * together (kind or speaker under --unit sentence, --unknown with
 * --unit sentence or --by). */
bool agg_options_check(const struct agg_options *o, char *err,
    size_t errlen);

struct agg;

/* agg_new returns an empty aggregate for checked options (copied). */
struct agg *agg_new(const struct agg_options *o);

/* agg_add counts one record: a sentence record, or an aggregate row under
 * --merge. The record stays the caller's. A record that cannot be counted
 * (a field of the wrong type, a row of another shape) changes nothing:
 * agg_add returns false with the reason in err. */
bool agg_add(struct agg *a, json_t *rec, char *err, size_t errlen);

/* agg_add_line counts a sentence record straight from its line (len bytes,
 * no newline) when the line is in the compact form jansson writes, and
 * is true then. False: nothing was read; decode the line with jansson and
 * call agg_add, which says what is wrong with it, if anything. Always
 * false under --merge. */
bool agg_add_line(struct agg *a, const char *line, size_t len);

/* agg_write writes the rows to fp in the chosen format and order. Write
 * errors end the program as jsonl_out_write does (EPIPE quietly, else 74). */
void agg_write(struct agg *a, FILE *fp);

void agg_free(struct agg *a);

#endif
