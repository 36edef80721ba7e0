/* output.c - the rows: JSON Lines (with what merging needs), TSV for
 * spreadsheets, sort and join, or a Markdown table for people. */
#include <stdlib.h>

#include "core.h"
#include "jsonl.h"
#include "utf8.h"
#include "xalloc.h"

/* how many code points of an example a Markdown cell shows */
#define MD_EXAMPLE_MAX 160

static const struct agg *sorting;  /* the aggregate rows_cmp sorts for */

static int
keys_cmp(const struct group *a, const struct group *b)
{
	int r;

	for (int i = 0; i < sorting->groups.nkeys; i++)
		if ((r = str_cmp_nl(a->key[i], b->key[i])) != 0)
			return r;
	return 0;
}

/* rows_cmp: by the keys, or most counted first (--sort count, and the
 * --unknown list) then by the keys. */
static int
rows_cmp(const void *pa, const void *pb)
{
	const struct group *a = *(struct group *const *)pa;
	const struct group *b = *(struct group *const *)pb;

	if ((sorting->o.sort == AGG_SORT_COUNT || sorting->o.unknown) &&
	    a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return keys_cmp(a, b);
}

static json_t *
json_str(struct str s)
{
	return s.s != NULL ? json_stringn(s.s, s.n) : json_null();
}

static json_t *
json_opt_int(bool has, long long v)
{
	return has ? json_integer(v) : json_null();
}

static json_t *
example_json(const struct agg *a, const struct example *e)
{
	json_t *o = json_object();

	json_object_set_new(o, "doc", json_str(e->doc));
	json_object_set_new(o, "start", json_opt_int(e->has_start, e->start));
	json_object_set_new(o, "end", json_opt_int(e->has_end, e->end));
	if (a->o.unit == AGG_QUOTE) {
		json_object_set_new(o, "speaker", json_str(e->speaker));
		json_object_set_new(o, "actor", json_str(e->actor));
		json_object_set_new(o, "kind", json_str(e->kind));
	}
	json_object_set_new(o, "date", json_str(e->date));
	json_object_set_new(o, "source", json_str(e->source));
	json_object_set_new(o, "text", json_str(e->text));
	return o;
}

static json_t *
merge_json(const struct agg *a, const struct group *g, struct ukey **keys,
    size_t nkeys)
{
	json_t *m = json_object(), *v;

	json_object_set_new(m, "v", json_integer(1));
	json_object_set_new(m, "row", json_string(a->o.unknown ? "unknown" :
	    "aggregate"));
	json_object_set_new(m, "unit", json_string(a->o.unit == AGG_QUOTE ?
	    "quote" : "sentence"));
	if (a->o.unknown) {
		json_object_set_new(m, "key", json_str(g->key[0]));
	} else {
		v = json_array();
		for (int i = 0; i < a->o.nby; i++)
			json_array_append_new(v, json_string(agg_key_name(a->o.by[i])));
		json_object_set_new(m, "by", v);
		json_object_set_new(m, "examples", json_integer(a->o.examples));
	}
	v = json_array();
	for (size_t i = 0; i < nkeys; i++)
		json_array_append_new(v, json_pack("[o,o]",
		    json_str(ukey_speaker(keys[i])), json_str(ukey_form(keys[i]))));
	json_object_set_new(m, "unique", v);
	if (a->by_key[AGG_ACTOR] && !a->o.unknown)
		json_object_set_new(m, "name_date", json_str(g->name_date));
	if (a->o.unknown) {
		v = json_array();
		for (size_t i = 0; i < g->nforms; i++)
			json_array_append_new(v, json_pack("[o,I]",
			    json_str(g->forms[i].form),
			    (json_int_t)g->forms[i].count));
		json_object_set_new(m, "forms", v);
	}
	return m;
}

static void
write_json(const struct agg *a, const struct group *g, struct ukey **keys,
    size_t nkeys, FILE *fp)
{
	json_t *row = json_object(), *v;

	if (a->o.unknown) {
		json_object_set_new(row, "speaker", json_str(group_display_form(g)));
	} else {
		for (int i = 0; i < a->o.nby; i++)
			json_object_set_new(row, agg_key_name(a->o.by[i]),
			    json_str(g->key[i]));
		if (a->by_key[AGG_ACTOR])
			json_object_set_new(row, "name", json_str(g->name));
	}
	json_object_set_new(row, a->o.unit == AGG_QUOTE ? "quotes" : "sentences",
	    json_integer((json_int_t)g->count));
	json_object_set_new(row, "unique", json_integer((json_int_t)nkeys));
	json_object_set_new(row, "docs", json_integer((json_int_t)g->docs));
	json_object_set_new(row, "first", json_str(g->first));
	json_object_set_new(row, "last", json_str(g->last));
	v = json_array();
	for (size_t i = 0; i < g->nsources; i++)
		json_array_append_new(v, json_str(g->sources[i]));
	json_object_set_new(row, "sources", v);
	if (a->o.unknown) {
		json_object_set_new(row, "example", g->examples.n > 0 ?
		    example_json(a, &g->examples.v[0]) : json_null());
	} else {
		v = json_array();
		for (size_t i = 0; i < g->examples.n; i++)
			json_array_append_new(v, example_json(a, &g->examples.v[i]));
		json_object_set_new(row, "examples", v);
	}
	json_object_set_new(row, "merge", merge_json(a, g, keys, nkeys));
	jsonl_out_write_to(fp, row);
	json_decref(row);
}

/* tsv_field writes s escaped as jq's @tsv does (\t \n \r \\). */
static void
tsv_field(FILE *fp, struct str s, bool first)
{
	if (!first)
		putc('\t', fp);
	for (size_t i = 0; s.s != NULL && i < s.n; i++) {
		switch (s.s[i]) {
		case '\t': fputs("\\t", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\\': fputs("\\\\", fp); break;
		default: putc(s.s[i], fp);
		}
	}
}

static void
tsv_number(FILE *fp, unsigned long long n)
{
	fprintf(fp, "\t%llu", n);
}

/* sources_text joins the outlets with "; " into b. */
static struct str
sources_text(struct sbuf *b, const struct group *g)
{
	sbuf_clear(b);
	for (size_t i = 0; i < g->nsources; i++) {
		if (i > 0)
			sbuf_add(b, "; ", 2);
		sbuf_add(b, g->sources[i].s, g->sources[i].n);
	}
	return sbuf_str(b);
}

static void
tsv_header(const struct agg *a, FILE *fp)
{
	if (a->o.unknown) {
		fputs("speaker", fp);
	} else {
		for (int i = 0; i < a->o.nby; i++)
			fprintf(fp, "%s%s", i ? "\t" : "", agg_key_name(a->o.by[i]));
		if (a->by_key[AGG_ACTOR])
			fputs("\tname", fp);
	}
	fprintf(fp, "\t%s\tunique\tdocs\tfirst\tlast\tsources\texample\t"
	    "example_doc\n", a->o.unit == AGG_QUOTE ? "quotes" : "sentences");
}

static void
write_tsv(struct agg *a, const struct group *g, size_t nkeys, FILE *fp)
{
	const struct example *ex = g->examples.n > 0 ? &g->examples.v[0] : NULL;

	if (a->o.unknown) {
		tsv_field(fp, group_display_form(g), true);
	} else {
		for (int i = 0; i < a->o.nby; i++)
			tsv_field(fp, g->key[i], i == 0);
		if (a->by_key[AGG_ACTOR])
			tsv_field(fp, g->name, false);
	}
	tsv_number(fp, g->count);
	tsv_number(fp, nkeys);
	tsv_number(fp, g->docs);
	tsv_field(fp, g->first, false);
	tsv_field(fp, g->last, false);
	tsv_field(fp, sources_text(&a->scratch, g), false);
	tsv_field(fp, ex != NULL ? ex->text : STR_NULL, false);
	tsv_field(fp, ex != NULL ? ex->doc : STR_NULL, false);
	putc('\n', fp);
}

/* md_text writes s for a Markdown table cell: line breaks as spaces,
 * Markdown and HTML punctuation backslash-escaped. */
static void
md_text(FILE *fp, struct str s)
{
	for (size_t i = 0; i < s.n; i++) {
		char c = s.s[i];

		if (c == '\n' || c == '\r' || c == '\t')
			c = ' ';
		else if (strchr("\\`*_[]<>|&~", c) != NULL)
			putc('\\', fp);
		putc(c, fp);
	}
}

/* md_key writes a key value; null reads "unknown" ("none" for issue). */
static void
md_key(FILE *fp, enum agg_key k, struct str v)
{
	fputs("| ", fp);
	md_text(fp, v.s != NULL ? v : str_of(k == AGG_ISSUE ? "none" : "unknown"));
	putc(' ', fp);
}

static void
md_header(const struct agg *a, FILE *fp)
{
	const char *count = a->o.unit == AGG_QUOTE ? "quotes" : "sentences";
	int ncols = a->o.unknown ? 1 : a->o.nby;

	if (a->o.unknown)
		fputs("| speaker ", fp);
	for (int i = 0; i < a->o.nby && !a->o.unknown; i++)
		fprintf(fp, "| %s ", agg_key_name(a->o.by[i]));
	fprintf(fp, "| %s | unique | docs | first | last | sources | example |\n",
	    count);
	for (int i = 0; i < ncols; i++)
		fputs("|---", fp);
	fputs("|---:|---:|---:|---|---|---|---|\n", fp);
}

/* md_example writes “text” (source, date), the text cut to
 * MD_EXAMPLE_MAX code points. */
static void
md_example(FILE *fp, const struct example *ex)
{
	struct str t = ex->text;
	bool cut = ex->cplen > MD_EXAMPLE_MAX;
	size_t b = 0;

	for (size_t n = 0; cut && n < MD_EXAMPLE_MAX - 1; n++) {
		uint32_t c;

		b += (size_t)utf8_decode(t.s + b, t.n - b, &c);
	}
	if (cut)
		t.n = b;
	fputs("“", fp);
	md_text(fp, t);
	fputs(cut ? "…”" : "”", fp);
	if (ex->source.s != NULL || ex->date.s != NULL) {
		fputs(" (", fp);
		md_text(fp, ex->source.s != NULL ? ex->source : ex->date);
		if (ex->source.s != NULL && ex->date.s != NULL) {
			fputs(", ", fp);
			md_text(fp, ex->date);
		}
		putc(')', fp);
	}
}

static void
write_md(struct agg *a, const struct group *g, size_t nkeys, FILE *fp)
{
	if (a->o.unknown)
		md_key(fp, AGG_SPEAKER, group_display_form(g));
	for (int i = 0; i < a->o.nby && !a->o.unknown; i++)
		md_key(fp, a->o.by[i], a->o.by[i] == AGG_ACTOR &&
		    g->name.s != NULL ? g->name : g->key[i]);
	fprintf(fp, "| %llu | %zu | %llu | ", g->count, nkeys, g->docs);
	md_text(fp, g->first.s != NULL ? g->first : str_of(""));
	fputs(" | ", fp);
	md_text(fp, g->last.s != NULL ? g->last : str_of(""));
	fputs(" | ", fp);
	md_text(fp, sources_text(&a->scratch, g));
	fputs(" | ", fp);
	if (g->examples.n > 0)
		md_example(fp, &g->examples.v[0]);
	fputs(" |\n", fp);
}

void
output_rows(struct agg *a, FILE *fp)
{
	struct group **v = grouptab_list(&a->groups);
	size_t n = a->groups.n;

	sorting = a;
	qsort(v, n, sizeof *v, rows_cmp);
	if (a->o.format == AGG_TSV)
		tsv_header(a, fp);
	else if (a->o.format == AGG_MD)
		md_header(a, fp);
	for (size_t i = 0; i < n; i++) {
		struct group *g = v[i];
		size_t nkeys;
		struct ukey **keys = ukeyset_maximal(&g->ukeys, &nkeys);

		while (g->examples.n > (size_t)a->o.examples)
			free(g->examples.v[--g->examples.n].own);
		if (a->o.format == AGG_JSONL)
			write_json(a, g, keys, nkeys, fp);
		else if (a->o.format == AGG_TSV)
			write_tsv(a, g, nkeys, fp);
		else
			write_md(a, g, nkeys, fp);
		free(keys);
		jsonl_out_check(fp);
	}
	free(v);
}
