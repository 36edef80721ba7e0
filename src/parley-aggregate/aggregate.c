/* aggregate.c - counting observations and merged rows into groups. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "core.h"
#include "norm.h"
#include "utf8.h"
#include "xalloc.h"

static const char *const key_names[AGG_NKEYS] = {
	"actor", "group", "issue", "doc", "date", "source", "kind", "speaker"
};

const char *
agg_key_name(enum agg_key k)
{
	return key_names[k];
}

void
agg_options_default(struct agg_options *o)
{
	memset(o, 0, sizeof *o);
	o->unit = AGG_QUOTE;
	o->by[0] = AGG_ACTOR;
	o->by[1] = AGG_ISSUE;
	o->nby = 2;
	o->examples = 3;
	o->format = AGG_JSONL;
	o->sort = AGG_SORT_KEYS;
}

bool
agg_parse_by(const char *list, struct agg_options *o, char *err,
    size_t errlen)
{
	const char *p = list;
	int n = 0;

	do {
		size_t len = strcspn(p, ",");
		int k;

		for (k = 0; k < AGG_NKEYS; k++)
			if (strlen(key_names[k]) == len &&
			    strncmp(p, key_names[k], len) == 0)
				break;
		if (k == AGG_NKEYS) {
			snprintf(err, errlen, "--by: unknown key '%.*s' (keys: "
			    "actor, group, issue, doc, date, source, kind, "
			    "speaker)", (int)len, p);
			return false;
		}
		for (int i = 0; i < n; i++)
			if (o->by[i] == (enum agg_key)k) {
				snprintf(err, errlen, "--by: key '%s' given twice",
				    key_names[k]);
				return false;
			}
		o->by[n++] = (enum agg_key)k;
		p += len;
	} while (*p++ == ',');
	o->nby = n;
	return true;
}

bool
agg_options_check(const struct agg_options *o, char *err, size_t errlen)
{
	if (o->unknown && o->by_given) {
		snprintf(err, errlen, "--unknown groups by speaker mention: "
		    "no --by with it");
		return false;
	}
	if (o->unknown && o->unit == AGG_SENTENCE) {
		snprintf(err, errlen, "--unknown lists quotes' speakers: no "
		    "--unit sentence with it");
		return false;
	}
	for (int i = 0; i < o->nby && o->unit == AGG_SENTENCE && !o->unknown; i++)
		if (o->by[i] == AGG_KIND || o->by[i] == AGG_SPEAKER) {
			snprintf(err, errlen, "--by %s needs --unit quote (a "
			    "sentence has no %s)", key_names[o->by[i]],
			    key_names[o->by[i]]);
			return false;
		}
	return true;
}

static void
set_shape(struct agg *a)
{
	memset(a->by_key, 0, sizeof a->by_key);
	for (int i = 0; i < a->o.nby; i++)
		a->by_key[a->o.by[i]] = true;
	a->groups.nkeys = a->o.nby;
}

struct agg *
agg_new(const struct agg_options *o)
{
	struct agg *a = xcalloc(1, sizeof *a);

	a->o = *o;
	if (a->o.unknown) {
		a->o.nby = 1;
		a->o.by[0] = AGG_SPEAKER;
		a->o.examples = 1;
		a->o.unit = AGG_QUOTE;
	}
	a->shape_known = !a->o.merge;
	set_shape(a);
	return a;
}

void
speaker_key(struct sbuf *out, const struct agg *a, struct str actor,
    struct str speaker)
{
	size_t mark;

	sbuf_clear(out);
	if (a->o.unit == AGG_SENTENCE)
		return;
	if (actor.s != NULL) {
		sbuf_add(out, "a:", 2);
		sbuf_add(out, actor.s, actor.n);
		return;
	}
	if (speaker.s == NULL)
		return;
	sbuf_add(out, "s:", 2);
	mark = out->n;
	norm_text(out, speaker.s, speaker.n);
	if (out->n == mark)
		sbuf_clear(out);
}

/* make_example fills the example candidate of o, keyed by the current
 * a->form and a->speaker. */
static void
make_example(const struct agg *a, const struct obs *o, struct example *ex)
{
	memset(ex, 0, sizeof *ex);
	ex->doc = o->doc;
	ex->date = o->date;
	ex->source = o->source;
	ex->text = o->text;
	ex->start = o->start;
	ex->end = o->end;
	ex->has_start = o->has_start;
	ex->has_end = o->has_end;
	if (a->o.unit == AGG_QUOTE) {
		ex->kind = o->kind;
		ex->speaker = o->speaker;
		ex->actor = o->actor;
	}
	ex->rank = example_rank(ex->kind);
	ex->cplen = utf8_length(o->text.s, o->text.n);
	ex->kspeaker = sbuf_str(&a->speaker);
	ex->kform = sbuf_str(&a->form);
	ex->khash = ukey_hash(ex->kspeaker, ex->kform);
}

/* An actor of an observation, projected on the --by keys. */
struct who {
	struct str actor, group, name;
};

static int
who_cmp(const void *pa, const void *pb)
{
	const struct who *a = pa, *b = pb;
	int r;

	if ((r = str_cmp_nl(a->actor, b->actor)) != 0 ||
	    (r = str_cmp_nl(a->group, b->group)) != 0)
		return r;
	return str_cmp_nl(a->name, b->name);
}

static int
str_cmp_ptr(const void *a, const void *b)
{
	return str_cmp(*(const struct str *)a, *(const struct str *)b);
}

/* whos lists the distinct (actor, group) of o as --by sees them, each
 * with its smallest display name; one null pair when there is none. */
static size_t
whos(const struct agg *a, const struct obs *o, struct who **out)
{
	size_t n = 0, k = 0, i;
	struct who *v;

	if (o->nactors == 0 ||
	    (!a->by_key[AGG_ACTOR] && !a->by_key[AGG_GROUP])) {
		v = xmalloc(sizeof *v);
		v[0] = (struct who){ o->actor, o->group, o->name };
		if (a->o.unit == AGG_SENTENCE)
			v[0] = (struct who){ STR_NULL, STR_NULL, STR_NULL };
		if (!a->by_key[AGG_ACTOR])
			v[0].actor = v[0].name = STR_NULL;
		if (!a->by_key[AGG_GROUP])
			v[0].group = STR_NULL;
		*out = v;
		return 1;
	}
	v = xreallocarray(NULL, o->nactors, sizeof *v);
	for (i = 0; i < o->nactors; i++) {
		const struct actor_ref *r = &a->acts[o->actors + i];

		v[n].actor = a->by_key[AGG_ACTOR] ? r->id : STR_NULL;
		v[n].name = a->by_key[AGG_ACTOR] ? r->name : STR_NULL;
		v[n].group = a->by_key[AGG_GROUP] ? r->group : STR_NULL;
		n++;
	}
	qsort(v, n, sizeof *v, who_cmp);
	for (i = 0; i < n; i++)
		if (k == 0 || !str_eq(v[i].actor, v[k - 1].actor) ||
		    !str_eq(v[i].group, v[k - 1].group))
			v[k++] = v[i];
	*out = v;
	return k;
}

/* issues lists the distinct issues of o (sorted), or one null. */
static size_t
issues(const struct agg *a, const struct obs *o, struct str **out)
{
	size_t k = 0;
	struct str *v;

	if (!a->by_key[AGG_ISSUE] || o->nissues == 0) {
		*out = xmalloc(sizeof **out);
		(*out)[0] = STR_NULL;
		return 1;
	}
	v = xreallocarray(NULL, o->nissues, sizeof *v);
	memcpy(v, a->strs + o->issues, o->nissues * sizeof *v);
	qsort(v, o->nissues, sizeof *v, str_cmp_ptr);
	for (size_t i = 0; i < o->nissues; i++)
		if (k == 0 || !str_eq(v[i], v[k - 1]))
			v[k++] = v[i];
	*out = v;
	return k;
}

/* key_value is the value of key k for the observation's (who, issue). */
static struct str
key_value(enum agg_key k, const struct obs *o, const struct who *w,
    struct str issue)
{
	switch (k) {
	case AGG_ACTOR: return w->actor;
	case AGG_GROUP: return w->group;
	case AGG_ISSUE: return issue;
	case AGG_DOC: return o->doc;
	case AGG_DATE: return o->date;
	case AGG_SOURCE: return o->source;
	case AGG_KIND: return o->kind;
	default: return o->speaker;
	}
}

struct obs *
obs_new(struct agg *a)
{
	if (a->nobs == a->obscap) {
		a->obscap = a->obscap ? 2 * a->obscap : 16;
		a->obs = xreallocarray(a->obs, a->obscap, sizeof *a->obs);
	}
	memset(&a->obs[a->nobs], 0, sizeof a->obs[0]);
	return &a->obs[a->nobs++];
}

void
obs_issue(struct agg *a, struct str issue)
{
	if (a->nstrs == a->strcap) {
		a->strcap = a->strcap ? 2 * a->strcap : 16;
		a->strs = xreallocarray(a->strs, a->strcap, sizeof *a->strs);
	}
	a->strs[a->nstrs++] = issue;
}

void
obs_actor(struct agg *a, struct actor_ref actor)
{
	if (a->nacts == a->actcap) {
		a->actcap = a->actcap ? 2 * a->actcap : 16;
		a->acts = xreallocarray(a->acts, a->actcap, sizeof *a->acts);
	}
	a->acts[a->nacts++] = actor;
}

void
obs_clear(struct agg *a)
{
	a->nobs = a->nstrs = a->nacts = 0;
}

/* count_in adds one observation to group g. */
static void
count_in(struct agg *a, struct group *g, const struct obs *o,
    const struct example *ex, struct str name)
{
	g->count++;
	if (g->last_doc != a->doc_serial) {
		g->docs++;
		g->last_doc = a->doc_serial;
	}
	group_date(g, o->date);
	group_source(g, o->source);
	ukeyset_add(&g->ukeys, ex->khash, ex->kspeaker, ex->kform);
	if (ex->kform.n > 0)  /* a quote of no words is no example */
		exlist_offer(&g->examples, (size_t)a->o.examples, ex);
	if (a->by_key[AGG_ACTOR] && !a->o.unknown)
		group_name(g, name, o->date);
	if (a->o.unknown)
		group_form(g, o->speaker, 1);
}

/* count_unknown counts a quote of an unresolved speaker mention. */
static void
count_unknown(struct agg *a, const struct obs *o)
{
	struct example ex;
	struct str key;
	struct group *g;

	if (o->actor.s != NULL || o->speaker.s == NULL)
		return;
	speaker_key(&a->speaker, a, o->actor, o->speaker);
	if (a->speaker.n == 0)
		return;
	key = (struct str){ a->speaker.s + 2, a->speaker.n - 2 };
	if (norm_is_pronoun(key))
		return;
	sbuf_clear(&a->form);
	norm_text(&a->form, o->text.s, o->text.n);
	make_example(a, o, &ex);
	g = grouptab_get(&a->groups, &key, grouptab_hash(&a->groups, &key));
	count_in(a, g, o, &ex, STR_NULL);
}

static void
count_obs(struct agg *a, const struct obs *o)
{
	struct str key[AGG_NKEYS], *iss;
	struct example ex;
	struct who *w;
	size_t nw, ni;

	if (a->o.unknown) {
		count_unknown(a, o);
		return;
	}
	sbuf_clear(&a->form);
	norm_text(&a->form, o->text.s, o->text.n);
	speaker_key(&a->speaker, a, o->actor, o->speaker);
	make_example(a, o, &ex);
	nw = whos(a, o, &w);
	ni = issues(a, o, &iss);
	for (size_t i = 0; i < nw; i++)
		for (size_t j = 0; j < ni; j++) {
			struct group *g;

			for (int k = 0; k < a->o.nby; k++)
				key[k] = key_value(a->o.by[k], o, &w[i], iss[j]);
			g = grouptab_get(&a->groups, key,
			    grouptab_hash(&a->groups, key));
			count_in(a, g, o, &ex, w[i].name);
		}
	free(w);
	free(iss);
}

/* next_doc counts a new document when doc differs from the last one. */
static void
next_doc(struct agg *a, struct str doc)
{
	if (a->doc_serial > 0 && str_eq(doc, a->prev_doc))
		return;
	str_set(&a->prev_doc, doc);
	a->doc_serial++;
}

/* merge_examples offers the examples of a row. */
static void
merge_examples(struct agg *a, struct group *g, json_t *examples)
{
	struct example ex;
	struct obs o;
	json_t *e;
	size_t i;

	json_array_foreach(examples, i, e) {
		input_example(e, &o);
		sbuf_clear(&a->form);
		norm_text(&a->form, o.text.s, o.text.n);
		speaker_key(&a->speaker, a, o.actor, o.speaker);
		make_example(a, &o, &ex);
		if (ex.kform.n > 0)
			exlist_offer(&g->examples, (size_t)a->o.examples, &ex);
	}
}

/* merge_row adds a row read by input_row to its group. */
static bool
merge_row(struct agg *a, const struct row *r, char *err, size_t errlen)
{
	uint64_t h = grouptab_hash(&a->groups, r->key);
	struct group *g;
	json_t *e;
	size_t i;

	g = grouptab_get(&a->groups, r->key, h);
	if (g->count + r->count > LLONG_MAX || g->docs + r->docs > LLONG_MAX) {
		snprintf(err, errlen, "counts overflow");
		return false;
	}
	g->count += r->count;
	g->docs += r->docs;
	group_date(g, r->first);
	group_date(g, r->last);
	json_array_foreach(r->sources, i, e)
		group_source(g, (struct str){ json_string_value(e),
		    json_string_length(e) });
	if (a->by_key[AGG_ACTOR] && !a->o.unknown)
		group_name(g, r->name, r->name_date);
	json_array_foreach(r->unique, i, e) {
		json_t *s = json_array_get(e, 0), *f = json_array_get(e, 1);
		struct str spk = { json_string_value(s), json_string_length(s) };
		struct str form = { json_string_value(f), json_string_length(f) };

		ukeyset_add(&g->ukeys, ukey_hash(spk, form), spk, form);
	}
	merge_examples(a, g, r->examples);
	json_array_foreach(r->forms, i, e)
		group_form(g, str_of(json_string_value(json_array_get(e, 0))),
		    (unsigned long long)json_integer_value(json_array_get(e, 1)));
	return true;
}

/* adopt_shape makes the shape of the first good row the merge's: its
 * unit and keys, and the fewest examples any row carries. */
static void
adopt_shape(struct agg *a, const struct row *r)
{
	if (!a->shape_known) {
		a->o.unit = r->unit;
		if (!a->o.unknown) {
			a->o.nby = r->nby;
			memcpy(a->o.by, r->by, sizeof a->o.by);
		}
		if (!a->o.examples_given)
			a->o.examples = r->examples_max;
		a->shape_known = true;
		set_shape(a);
	} else if (!a->o.examples_given && r->examples_max < a->o.examples) {
		a->o.examples = r->examples_max;
	}
}

static bool
add_row(struct agg *a, json_t *rec, char *err, size_t errlen)
{
	struct row r;
	bool ok;

	ok = input_row(a, rec, &r, err, errlen);
	if (ok) {
		adopt_shape(a, &r);
		ok = merge_row(a, &r, err, errlen);
	}
	json_decref(r.examples);
	return ok;
}

/* count_record counts the observations read from a record of doc. */
static void
count_record(struct agg *a, struct str doc)
{
	next_doc(a, doc);
	for (size_t i = 0; i < a->nobs; i++)
		count_obs(a, &a->obs[i]);
}

bool
agg_add(struct agg *a, json_t *rec, char *err, size_t errlen)
{
	if (a->o.merge)
		return add_row(a, rec, err, errlen);
	if (!input_record(a, rec, err, errlen))
		return false;
	count_record(a, str_of(json_string_value(json_object_get(rec, "doc"))));
	return true;
}

bool
agg_add_line(struct agg *a, const char *line, size_t len)
{
	struct str doc;

	if (a->o.merge || !fast_record(a, line, len, &doc))
		return false;
	count_record(a, doc);
	return true;
}

void
agg_write(struct agg *a, FILE *fp)
{
	output_rows(a, fp);
}

void
agg_free(struct agg *a)
{
	if (a == NULL)
		return;
	grouptab_free(&a->groups);
	str_free(&a->prev_doc);
	free(a->obs);
	free(a->strs);
	free(a->acts);
	free(a->decoded);
	jsonscan_free(&a->scan_top);
	jsonscan_free(&a->scan_item);
	sbuf_free(&a->form);
	sbuf_free(&a->speaker);
	sbuf_free(&a->scratch);
	free(a);
}
