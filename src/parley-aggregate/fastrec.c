/* fastrec.c - the fast path: a sentence record is read straight from its
 * line with lib/jsonscan.h, decoding only the strings the aggregate uses.
 * Decoding every field with jansson is nearly all of the aggregate's time;
 * this path is several times faster.
 *
 * jsonscan accepts a line only when jansson would accept it with the same
 * meaning; asked for JSONSCAN_COMPACT, only in the form every parley stage
 * writes (no blanks: measured 12% faster than allowing them). This file
 * accepts a record only when every field the aggregate reads has its type.
 * Anything else - a line jsonscan declines (blanks, a real, an integer of
 * 19 digits or more, an escaped key, ...) or a record with a mistake - is
 * left to jansson and input.c, which read it or reject it with the usual
 * message. */
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "jsonscan.h"
#include "xalloc.h"

/* A record being read: the line, where the next decoded string goes. */
struct fr {
	const char *s;
	char *dec;
	struct agg *a;
};

/* KEY_IS: is member m of js the key lit (a string literal)? Lengths
 * first: most keys differ in length. */
#define KEY_IS(js, m, lit) ((m)->ke - (m)->kb == sizeof(lit) - 1 && \
	memcmp((js)->s + (m)->kb, (lit), sizeof(lit) - 1) == 0)

/* fr_string reads the string v: a view of the line, or its decoded copy
 * when it has escapes. */
static bool
fr_string(struct fr *r, const struct jsonscan_value *v, struct str *out)
{
	size_t n;

	if (v->type != JSONSCAN_STRING)
		return false;
	if (!v->escaped) {
		out->s = jsonscan_raw(r->s, v, &out->n);
		return true;
	}
	n = jsonscan_string(r->s, v, r->dec);
	*out = (struct str){ r->dec, n };
	r->dec += n;
	return true;
}

/* fr_opt_string reads a string or null (null: s == NULL). */
static bool
fr_opt_string(struct fr *r, const struct jsonscan_value *v, struct str *out)
{
	*out = STR_NULL;
	return v->type == JSONSCAN_NULL || fr_string(r, v, out);
}

/* fr_opt_count reads a non-negative integer or null. */
static bool
fr_opt_count(const struct jsonscan_value *v, bool *has, long long *out)
{
	*has = false;
	*out = 0;
	if (v->type == JSONSCAN_NULL)
		return true;
	if (v->type != JSONSCAN_INTEGER || v->integer < 0)
		return false;
	*has = true;
	*out = v->integer;
	return true;
}

/* fr_issues reads an array of strings (or null) as the issues of obs i. */
static bool
fr_issues(struct fr *r, const struct jsonscan_value *v, size_t i)
{
	struct agg *a = r->a;
	struct jsonscan_value e;
	struct str s;
	size_t pos = 0;

	a->obs[i].issues = a->nstrs;
	if (v->type != JSONSCAN_NULL) {
		if (v->type != JSONSCAN_ARRAY)
			return false;
		while (jsonscan_array_next(r->s, v, &pos, &e)) {
			if (!fr_string(r, &e, &s))
				return false;
			obs_issue(a, s);
		}
	}
	a->obs[i].nissues = a->nstrs - a->obs[i].issues;
	return true;
}

/* fr_quote_field reads member m of the quote of obs i (scanned in q). */
static bool
fr_quote_field(struct fr *r, const struct jsonscan *q,
    const struct jsonscan_member *m, size_t i)
{
	struct obs *o = &r->a->obs[i];
	const struct jsonscan_value *v = &m->v;

	if (KEY_IS(q, m, "text"))
		return fr_string(r, v, &o->text);
	if (KEY_IS(q, m, "kind"))
		return fr_opt_string(r, v, &o->kind);
	if (KEY_IS(q, m, "speaker"))
		return fr_opt_string(r, v, &o->speaker);
	if (KEY_IS(q, m, "actor"))
		return fr_opt_string(r, v, &o->actor);
	if (KEY_IS(q, m, "actor_name"))
		return fr_opt_string(r, v, &o->name);
	if (KEY_IS(q, m, "group"))
		return fr_opt_string(r, v, &o->group);
	if (KEY_IS(q, m, "start"))
		return fr_opt_count(v, &o->has_start, &o->start);
	if (KEY_IS(q, m, "end"))
		return fr_opt_count(v, &o->has_end, &o->end);
	if (KEY_IS(q, m, "issues"))
		return fr_issues(r, v, i);
	return true;
}

/* fr_quotes reads the quotes array (or null), one observation each; a
 * quote without a string text is left to jansson. */
static bool
fr_quotes(struct fr *r, const struct jsonscan_value *v)
{
	struct jsonscan *q = &r->a->scan_item;
	struct jsonscan_value e;
	size_t pos = 0;

	if (v->type == JSONSCAN_NULL)
		return true;
	if (v->type != JSONSCAN_ARRAY)
		return false;
	while (jsonscan_array_next(r->s, v, &pos, &e)) {
		struct obs *o = obs_new(r->a);
		size_t i = (size_t)(o - r->a->obs);

		if (e.type != JSONSCAN_OBJECT)
			return false;
		jsonscan_nested(q, r->s, &e);
		for (size_t k = 0; k < q->nm; k++)
			if (!fr_quote_field(r, q, &q->m[k], i))
				return false;
		if (r->a->obs[i].text.s == NULL)
			return false;
	}
	return true;
}

/* fr_actor reads one actor object (scanned in js) into acts[i]. */
static bool
fr_actor(struct fr *r, const struct jsonscan *js, size_t i)
{
	struct actor_ref *act = &r->a->acts[i];

	for (size_t k = 0; k < js->nm; k++) {
		const struct jsonscan_member *m = &js->m[k];
		bool ok = true;

		if (KEY_IS(js, m, "id"))
			ok = fr_string(r, &m->v, &act->id);
		else if (KEY_IS(js, m, "group"))
			ok = fr_opt_string(r, &m->v, &act->group);
		else if (KEY_IS(js, m, "name"))
			ok = fr_opt_string(r, &m->v, &act->name);
		if (!ok)
			return false;
	}
	return act->id.s != NULL;
}

/* fr_actors reads the sentence's actors (or null). */
static bool
fr_actors(struct fr *r, const struct jsonscan_value *v)
{
	struct agg *a = r->a;
	struct jsonscan *item = &a->scan_item;
	struct jsonscan_value e;
	size_t pos = 0;

	a->obs[0].actors = a->nacts;
	if (v->type != JSONSCAN_NULL) {
		if (v->type != JSONSCAN_ARRAY)
			return false;
		while (jsonscan_array_next(r->s, v, &pos, &e)) {
			if (e.type != JSONSCAN_OBJECT)
				return false;
			obs_actor(a, (struct actor_ref){ STR_NULL, STR_NULL,
			    STR_NULL });
			jsonscan_nested(item, r->s, &e);
			if (!fr_actor(r, item, a->nacts - 1))
				return false;
		}
	}
	a->obs[0].nactors = a->nacts - a->obs[0].actors;
	return true;
}

/* The fields of the record itself, the same for every observation. */
struct fr_doc {
	bool has_doc;
	struct str doc, date, source;
};

/* fr_record_field reads top-level member m of the record. */
static bool
fr_record_field(struct fr *r, const struct jsonscan *js,
    const struct jsonscan_member *m, struct fr_doc *d)
{
	struct obs *o = r->a->obs;
	const struct jsonscan_value *v = &m->v;

	if (KEY_IS(js, m, "doc"))
		return (d->has_doc = fr_string(r, v, &d->doc));
	if (KEY_IS(js, m, "date"))
		return fr_opt_string(r, v, &d->date);
	if (KEY_IS(js, m, "source"))
		return fr_opt_string(r, v, &d->source);
	if (r->a->o.unit != AGG_SENTENCE)
		return !KEY_IS(js, m, "quotes") || fr_quotes(r, v);
	if (KEY_IS(js, m, "text"))
		return fr_string(r, v, &o->text);
	if (KEY_IS(js, m, "start"))
		return fr_opt_count(v, &o->has_start, &o->start);
	if (KEY_IS(js, m, "end"))
		return fr_opt_count(v, &o->has_end, &o->end);
	if (KEY_IS(js, m, "actors"))
		return fr_actors(r, v);
	if (KEY_IS(js, m, "issues"))
		return fr_issues(r, v, 0);
	return true;
}

/* fr_decoded_room makes room for every string of a line of len bytes
 * decoded (never longer than the line). */
static char *
fr_decoded_room(struct agg *a, size_t len)
{
	if (a->decoded_cap < len + 1) {
		a->decoded_cap = len + len / 2 + 64;
		free(a->decoded);
		a->decoded = xmalloc(a->decoded_cap);
	}
	return a->decoded;
}

bool
fast_record(struct agg *a, const char *line, size_t len, struct str *doc)
{
	struct jsonscan *js = &a->scan_top;
	struct fr r = { .s = line, .a = a };
	struct fr_doc d = { false, STR_NULL, STR_NULL, STR_NULL };
	bool ok;

	if (!jsonscan_object(js, line, len, JSONSCAN_COMPACT))
		return false;
	r.dec = fr_decoded_room(a, len);
	obs_clear(a);
	if (a->o.unit == AGG_SENTENCE)
		obs_new(a);
	ok = true;
	for (size_t k = 0; ok && k < js->nm; k++)
		ok = fr_record_field(&r, js, &js->m[k], &d);
	if (!ok || !d.has_doc ||
	    (a->o.unit == AGG_SENTENCE && a->obs[0].text.s == NULL)) {
		obs_clear(a);
		return false;
	}
	for (size_t i = 0; i < a->nobs; i++) {
		a->obs[i].doc = d.doc;
		a->obs[i].date = d.date;
		a->obs[i].source = d.source;
	}
	*doc = d.doc;
	return true;
}
