/* input.c - reading sentence records and aggregate rows, with every type
 * checked before anything is counted. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "core.h"
#include "jsonl.h"
#include "norm.h"
#include "xalloc.h"

/* the largest count a row may carry: what every JSON reader reads exactly */
#define ROW_COUNT_MAX 9007199254740992LL

static bool
fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return false;
}

static struct str
str_json(const json_t *v)
{
	return (struct str){ json_string_value(v), json_string_length(v) };
}

/* get_string reads the string field key of obj into *out; a missing field
 * or null is null unless required. where prefixes the message. */
static bool
get_string(json_t *obj, const char *key, bool required, struct str *out,
    const char *where, char *err, size_t errlen)
{
	json_t *v = json_object_get(obj, key);

	*out = STR_NULL;
	if (v == NULL || json_is_null(v)) {
		if (required)
			return v == NULL ?
			    fail(err, errlen, "%smissing field '%s'", where, key) :
			    fail(err, errlen, "%sfield '%s' is null, not a string",
			    where, key);
		return true;
	}
	if (!json_is_string(v))
		return fail(err, errlen, "%sfield '%s' is %s, not a string",
		    where, key, jsonl_type_name(v));
	*out = str_json(v);
	return true;
}

/* get_count reads an optional non-negative integer field (null: absent). */
static bool
get_count(json_t *obj, const char *key, bool *has, long long *out,
    const char *where, char *err, size_t errlen)
{
	json_t *v = json_object_get(obj, key);

	*has = false;
	*out = 0;
	if (v == NULL || json_is_null(v))
		return true;
	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return fail(err, errlen,
		    "%sfield '%s' is %s, not a non-negative integer", where, key,
		    json_is_integer(v) ? "negative" : jsonl_type_name(v));
	*has = true;
	*out = json_integer_value(v);
	return true;
}

/* get_array reads an optional array field into *out (NULL: absent). */
static bool
get_array(json_t *obj, const char *key, json_t **out, const char *where,
    char *err, size_t errlen)
{
	json_t *v = json_object_get(obj, key);

	*out = NULL;
	if (v == NULL || json_is_null(v))
		return true;
	if (!json_is_array(v))
		return fail(err, errlen, "%sfield '%s' is %s, not an array", where,
		    key, jsonl_type_name(v));
	*out = v;
	return true;
}

/* check_strings: every element of the array arr (or NULL) is a string. */
static bool
check_strings(json_t *arr, const char *key, const char *where, char *err,
    size_t errlen)
{
	size_t i;
	json_t *v;

	json_array_foreach(arr, i, v)
		if (!json_is_string(v))
			return fail(err, errlen, "%s%s[%zu] is %s, not a string",
			    where, key, i, jsonl_type_name(v));
	return true;
}

/* read_issues reads an optional array of issue ids into o. */
static bool
read_issues(struct agg *a, json_t *obj, struct obs *o, const char *where,
    char *err, size_t errlen)
{
	json_t *arr, *v;
	size_t i;

	if (!get_array(obj, "issues", &arr, where, err, errlen) ||
	    !check_strings(arr, "issues", where, err, errlen))
		return false;
	o->issues = a->nstrs;
	json_array_foreach(arr, i, v)
		obs_issue(a, str_json(v));
	o->nissues = a->nstrs - o->issues;
	return true;
}

/* read_quote reads quotes[i] of the record into o (doc fields set). */
static bool
read_quote(struct agg *a, json_t *q, size_t i, struct obs *o, char *err,
    size_t errlen)
{
	char where[48];

	if (!json_is_object(q))
		return fail(err, errlen, "quotes[%zu] is %s, not an object", i,
		    jsonl_type_name(q));
	snprintf(where, sizeof where, "quotes[%zu]: ", i);
	return get_string(q, "text", true, &o->text, where, err, errlen) &&
	    get_string(q, "kind", false, &o->kind, where, err, errlen) &&
	    get_string(q, "speaker", false, &o->speaker, where, err, errlen) &&
	    get_string(q, "actor", false, &o->actor, where, err, errlen) &&
	    get_string(q, "actor_name", false, &o->name, where, err, errlen) &&
	    get_string(q, "group", false, &o->group, where, err, errlen) &&
	    get_count(q, "start", &o->has_start, &o->start, where, err, errlen) &&
	    get_count(q, "end", &o->has_end, &o->end, where, err, errlen) &&
	    read_issues(a, q, o, where, err, errlen);
}

/* read_actors reads the sentence's actors: objects with a string id and
 * optional string group and name. */
static bool
read_actors(struct agg *a, json_t *rec, struct obs *o, char *err,
    size_t errlen)
{
	struct actor_ref r;
	json_t *actors, *v;
	char where[48];
	size_t i;

	if (!get_array(rec, "actors", &actors, "", err, errlen))
		return false;
	o->actors = a->nacts;
	json_array_foreach(actors, i, v) {
		if (!json_is_object(v))
			return fail(err, errlen, "actors[%zu] is %s, not an object",
			    i, jsonl_type_name(v));
		snprintf(where, sizeof where, "actors[%zu]: ", i);
		if (!get_string(v, "id", true, &r.id, where, err, errlen) ||
		    !get_string(v, "group", false, &r.group, where, err, errlen) ||
		    !get_string(v, "name", false, &r.name, where, err, errlen))
			return false;
		obs_actor(a, r);
	}
	o->nactors = a->nacts - o->actors;
	return true;
}

bool
input_record(struct agg *a, json_t *rec, char *err, size_t errlen)
{
	struct obs doc = { 0 }, *o;
	json_t *quotes, *q;
	size_t i;

	obs_clear(a);
	if (!get_string(rec, "doc", true, &doc.doc, "", err, errlen) ||
	    !get_string(rec, "date", false, &doc.date, "", err, errlen) ||
	    !get_string(rec, "source", false, &doc.source, "", err, errlen))
		return false;
	if (a->o.unit == AGG_SENTENCE) {
		o = obs_new(a);
		*o = doc;
		return get_string(rec, "text", true, &o->text, "", err, errlen) &&
		    get_count(rec, "start", &o->has_start, &o->start, "", err, errlen) &&
		    get_count(rec, "end", &o->has_end, &o->end, "", err, errlen) &&
		    read_actors(a, rec, o, err, errlen) &&
		    read_issues(a, rec, o, "", err, errlen);
	}
	if (!get_array(rec, "quotes", &quotes, "", err, errlen))
		return false;
	json_array_foreach(quotes, i, q) {
		o = obs_new(a);
		*o = doc;
		if (!read_quote(a, q, i, o, err, errlen))
			return false;
	}
	return true;
}

static const char *const unit_names[] = { "quote", "sentence" };

/* read_shape reads merge.row, unit, by and examples of a row. */
static bool
read_shape(struct agg *a, json_t *m, struct row *r, char *err, size_t errlen)
{
	json_t *v, *by;
	struct str s;
	size_t i;

	v = json_object_get(m, "v");
	if (!json_is_integer(v) || json_integer_value(v) != 1)
		return fail(err, errlen, "merge.v is not 1: not a row of this "
		    "version of parley-aggregate");
	if (!get_string(m, "row", true, &s, "merge: ", err, errlen))
		return false;
	if (!str_eq(s, str_of(a->o.unknown ? "unknown" : "aggregate")))
		return fail(err, errlen, a->o.unknown ?
		    "not an --unknown row (merge.row is not \"unknown\")" :
		    "not an aggregate row (merge.row is not \"aggregate\")");
	if (!get_string(m, "unit", true, &s, "merge: ", err, errlen))
		return false;
	if (str_eq(s, str_of("quote")))
		r->unit = AGG_QUOTE;
	else if (str_eq(s, str_of("sentence")) && !a->o.unknown)
		r->unit = AGG_SENTENCE;
	else
		return fail(err, errlen, "merge.unit is not a unit");
	if (a->o.unknown) {
		r->nby = 1;
		r->by[0] = AGG_SPEAKER;
		r->examples_max = 1;
		return true;
	}
	if (!get_array(m, "by", &by, "merge: ", err, errlen))
		return false;
	if (by == NULL || json_array_size(by) == 0 ||
	    json_array_size(by) > AGG_NKEYS)
		return fail(err, errlen, "merge.by is not a list of keys");
	json_array_foreach(by, i, v) {
		int k;

		for (k = 0; k < AGG_NKEYS; k++)
			if (json_is_string(v) &&
			    strcmp(json_string_value(v), agg_key_name(k)) == 0)
				break;
		for (size_t j = 0; j < i && k < AGG_NKEYS; j++)
			if (r->by[j] == (enum agg_key)k)
				k = AGG_NKEYS;
		if (k == AGG_NKEYS || (r->unit == AGG_SENTENCE &&
		    (k == AGG_KIND || k == AGG_SPEAKER)))
			return fail(err, errlen, "merge.by[%zu] is not a key", i);
		r->by[i] = (enum agg_key)k;
	}
	r->nby = (int)json_array_size(by);
	v = json_object_get(m, "examples");
	if (!json_is_integer(v) || json_integer_value(v) < 0 ||
	    json_integer_value(v) > AGG_EXAMPLES_MAX)
		return fail(err, errlen, "merge.examples is not a number of "
		    "examples");
	r->examples_max = (long)json_integer_value(v);
	return true;
}

static void
by_text(char *buf, size_t n, const enum agg_key *by, int nby)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int i = 0; i < nby && len < n; i++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s",
		    i ? "," : "", agg_key_name(by[i]));
}

/* check_shape: the row's shape is the one of this merge (or, for the
 * first row, becomes it; agg_add adopts it). */
static bool
check_shape(const struct agg *a, const struct row *r, char *err,
    size_t errlen)
{
	char want[128], got[128];

	if (!a->shape_known && !a->o.by_given && !a->o.unit_given &&
	    !a->o.examples_given)
		return true;
	if ((a->shape_known || a->o.unit_given) && r->unit != a->o.unit)
		return fail(err, errlen, "a row of --unit %s, not --unit %s",
		    unit_names[r->unit], unit_names[a->o.unit]);
	if ((a->shape_known || a->o.by_given) && !a->o.unknown &&
	    (r->nby != a->o.nby ||
	    memcmp(r->by, a->o.by, (size_t)r->nby * sizeof r->by[0]) != 0)) {
		by_text(want, sizeof want, a->o.by, a->o.nby);
		by_text(got, sizeof got, r->by, r->nby);
		return fail(err, errlen, "a row of --by %s, not --by %s", got,
		    want);
	}
	if (a->o.examples_given &&
	    r->examples_max < a->o.examples)
		return fail(err, errlen, "a row of --examples %ld, fewer than "
		    "the %ld asked", r->examples_max, a->o.examples);
	return true;
}

/* check_example: an example object of a row. */
static bool
check_example(json_t *ex, const char *where, char *err, size_t errlen)
{
	struct obs o;
	char w[64];

	if (!json_is_object(ex))
		return fail(err, errlen, "%s is %s, not an object", where,
		    jsonl_type_name(ex));

	snprintf(w, sizeof w, "%s: ", where);
	return get_string(ex, "doc", true, &o.doc, w, err, errlen) &&
	    get_string(ex, "text", true, &o.text, w, err, errlen) &&
	    get_string(ex, "date", false, &o.date, w, err, errlen) &&
	    get_string(ex, "source", false, &o.source, w, err, errlen) &&
	    get_string(ex, "kind", false, &o.kind, w, err, errlen) &&
	    get_string(ex, "speaker", false, &o.speaker, w, err, errlen) &&
	    get_string(ex, "actor", false, &o.actor, w, err, errlen) &&
	    get_count(ex, "start", &o.has_start, &o.start, w, err, errlen) &&
	    get_count(ex, "end", &o.has_end, &o.end, w, err, errlen);
}

void
input_example(json_t *ex, struct obs *o)
{
	char err[8];

	memset(o, 0, sizeof *o);
	get_string(ex, "doc", true, &o->doc, "", err, sizeof err);
	get_string(ex, "text", true, &o->text, "", err, sizeof err);
	get_string(ex, "date", false, &o->date, "", err, sizeof err);
	get_string(ex, "source", false, &o->source, "", err, sizeof err);
	get_string(ex, "kind", false, &o->kind, "", err, sizeof err);
	get_string(ex, "speaker", false, &o->speaker, "", err, sizeof err);
	get_string(ex, "actor", false, &o->actor, "", err, sizeof err);
	get_count(ex, "start", &o->has_start, &o->start, "", err, sizeof err);
	get_count(ex, "end", &o->has_end, &o->end, "", err, sizeof err);
}

/* read_examples checks the examples (or the --unknown example) of a row
 * and puts them in r->examples, a reference the caller drops. */
static bool
read_examples(struct agg *a, json_t *rec, struct row *r, char *err,
    size_t errlen)
{
	char where[48];
	json_t *v, *ex;
	size_t i;

	if (a->o.unknown) {
		v = json_object_get(rec, "example");
		if (v == NULL || json_is_null(v))
			return true;
		r->examples = json_array();
		json_array_append(r->examples, v);
		return check_example(v, "example", err, errlen);
	}
	if (!get_array(rec, "examples", &v, "", err, errlen))
		return false;
	if (v != NULL)
		r->examples = json_incref(v);
	json_array_foreach(v, i, ex) {
		snprintf(where, sizeof where, "examples[%zu]", i);
		if (!check_example(ex, where, err, errlen))
			return false;
	}
	return true;
}

/* check_unique: merge.unique is a list of [speaker, form] in key form. */
static bool
check_unique(json_t *unique, char *err, size_t errlen)
{
	json_t *k;
	size_t i;

	if (unique == NULL)
		return fail(err, errlen, "merge: missing field 'unique'");
	json_array_foreach(unique, i, k) {
		json_t *spk = json_array_get(k, 0), *form = json_array_get(k, 1);
		struct str s;

		if (!json_is_array(k) || json_array_size(k) != 2 ||
		    !json_is_string(spk) || !json_is_string(form))
			return fail(err, errlen, "merge.unique[%zu] is not a "
			    "[speaker, form] pair of strings", i);
		s = str_json(spk);
		if (!norm_is_form(str_json(form)) || !(s.n == 0 ||
		    (s.n > 2 && memcmp(s.s, "a:", 2) == 0) ||
		    (s.n > 2 && memcmp(s.s, "s:", 2) == 0 &&
		    norm_is_form((struct str){ s.s + 2, s.n - 2 }))))
			return fail(err, errlen, "merge.unique[%zu] is not in the "
			    "comparison form", i);
	}
	return true;
}

/* check_forms: merge.forms of an --unknown row, [mention, count] pairs
 * whose mentions all have the row's key as comparison form. */
static bool
check_forms(json_t *forms, struct str key, char *err, size_t errlen)
{
	struct sbuf b = { 0 };
	json_t *f;
	size_t i;
	bool ok = true;

	if (forms == NULL)
		return fail(err, errlen, "merge: missing field 'forms'");
	json_array_foreach(forms, i, f) {
		json_t *s = json_array_get(f, 0), *n = json_array_get(f, 1);

		if (!json_is_array(f) || json_array_size(f) != 2 ||
		    !json_is_string(s) || !json_is_integer(n) ||
		    json_integer_value(n) < 1 ||
		    json_integer_value(n) > ROW_COUNT_MAX) {
			ok = fail(err, errlen, "merge.forms[%zu] is not a "
			    "[mention, count] pair", i);
			break;
		}
		sbuf_clear(&b);
		norm_text(&b, json_string_value(s), json_string_length(s));
		if (!str_eq(sbuf_str(&b), key)) {
			ok = fail(err, errlen, "merge.forms[%zu] is not a form of "
			    "merge.key", i);
			break;
		}
	}
	sbuf_free(&b);
	return ok;
}

/* read_row_fields reads what a row counts: its count, docs, dates,
 * sources and name. */
static bool
read_row_fields(struct agg *a, json_t *rec, json_t *m, struct row *r,
    char *err, size_t errlen)
{
	const char *count = r->unit == AGG_SENTENCE ? "sentences" : "quotes";
	long long n;
	bool has;

	if (!get_count(rec, count, &has, &n, "", err, errlen) ||
	    !(has || fail(err, errlen, "missing field '%s'", count)))
		return false;
	r->count = (unsigned long long)n;
	if (!get_count(rec, "docs", &has, &n, "", err, errlen) ||
	    !(has || fail(err, errlen, "missing field 'docs'")))
		return false;
	r->docs = (unsigned long long)n;
	if (r->count > ROW_COUNT_MAX || r->docs > ROW_COUNT_MAX)
		return fail(err, errlen, "counts above 2^53");
	if (!get_string(rec, "first", false, &r->first, "", err, errlen) ||
	    !get_string(rec, "last", false, &r->last, "", err, errlen) ||
	    !get_array(rec, "sources", &r->sources, "", err, errlen) ||
	    !check_strings(r->sources, "sources", "", err, errlen))
		return false;
	for (int i = 0; i < r->nby; i++)
		if (r->by[i] == AGG_ACTOR && !a->o.unknown)
			return get_string(rec, "name", false, &r->name, "", err,
			    errlen) &&
			    get_string(m, "name_date", false, &r->name_date,
			    "merge: ", err, errlen);
	return true;
}

bool
input_row(struct agg *a, json_t *rec, struct row *r, char *err,
    size_t errlen)
{
	json_t *m = json_object_get(rec, "merge");

	memset(r, 0, sizeof *r);
	if (m == NULL)
		return fail(err, errlen, "not an aggregate row: missing field "
		    "'merge'");
	if (!json_is_object(m))
		return fail(err, errlen, "field 'merge' is %s, not an object",
		    jsonl_type_name(m));
	if (!read_shape(a, m, r, err, errlen) || !check_shape(a, r, err, errlen))
		return false;
	if (a->o.unknown) {
		if (!get_string(m, "key", true, &r->key[0], "merge: ", err, errlen))
			return false;
		if (r->key[0].n == 0 || !norm_is_form(r->key[0]))
			return fail(err, errlen, "merge.key is not a comparison "
			    "form");
		if (!get_array(m, "forms", &r->forms, "merge: ", err, errlen) ||
		    !check_forms(r->forms, r->key[0], err, errlen))
			return false;
	} else {
		for (int i = 0; i < r->nby; i++)
			if (!get_string(rec, agg_key_name(r->by[i]), false,
			    &r->key[i], "", err, errlen))
				return false;
		for (int i = 0; i < r->nby; i++)
			if (json_object_get(rec, agg_key_name(r->by[i])) == NULL)
				return fail(err, errlen, "missing field '%s'",
				    agg_key_name(r->by[i]));
	}
	if (!read_row_fields(a, rec, m, r, err, errlen) ||
	    !get_array(m, "unique", &r->unique, "merge: ", err, errlen) ||
	    !check_unique(r->unique, err, errlen))
		return false;
	return read_examples(a, rec, r, err, errlen);
}
