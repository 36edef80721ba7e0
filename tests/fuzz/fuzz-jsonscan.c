/* fuzz-jsonscan - libFuzzer target for lib/jsonscan.h: whatever line the
 * scanner accepts, jansson (json_loadb with JSON_REJECT_DUPLICATES)
 * accepts too, as an object with the same members in the same order and
 * the same values (strings decoded alike, integers equal, the nested
 * values' types); a line accepted with JSONSCAN_COMPACT is what
 * json_dumpb(JSON_COMPACT) writes back, byte for byte; jsonscan_nested and
 * jsonscan_array_next walk the nested values as jansson has them; a splice
 * gives a line jansson reads with the member set. Whatever line
 * lib/jsonflat.h's jsonflat_object accepts, jsonscan_object (flags 0)
 * accepts too and describes member for member alike.
 *
 * Built with -DJSONSCAN_CHECK_MAIN it is a plain program instead
 * (tests/fastpath.bats): it reads lines on stdin and prints, for each,
 * "fast" or "jansson" (declined) in the default mode and in the compact
 * one, and aborts where the property fails. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonflat.h"
#include "jsonscan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static json_type
type_of(enum jsonscan_type t)
{
	switch (t) {
	case JSONSCAN_STRING: return JSON_STRING;
	case JSONSCAN_INTEGER: return JSON_INTEGER;
	case JSONSCAN_OBJECT: return JSON_OBJECT;
	case JSONSCAN_ARRAY: return JSON_ARRAY;
	case JSONSCAN_TRUE: return JSON_TRUE;
	case JSONSCAN_FALSE: return JSON_FALSE;
	default: return JSON_NULL;
	}
}

static void check_object(const char *s, const struct jsonscan *js, json_t *obj);

/* check_value: is the value v of line s the json value j? */
static void
check_value(const char *s, const struct jsonscan_value *v, json_t *j)
{
	if (j == NULL || json_typeof(j) != type_of(v->type))
		abort();
	if (v->type == JSONSCAN_STRING) {
		char *dec = malloc(jsonscan_string_size(v) + 1);
		size_t n;

		if (dec == NULL)
			abort();
		n = jsonscan_string(s, v, dec);
		if (n != json_string_length(j) ||
		    memcmp(dec, json_string_value(j), n) != 0)
			abort();
		free(dec);
	} else if (v->type == JSONSCAN_INTEGER) {
		if (v->integer != json_integer_value(j))
			abort();
	} else if (v->type == JSONSCAN_OBJECT) {
		struct jsonscan nested = { 0 };

		jsonscan_nested(&nested, s, v);
		check_object(s, &nested, j);
		jsonscan_free(&nested);
	} else if (v->type == JSONSCAN_ARRAY) {
		struct jsonscan_value e;
		size_t pos = 0, i = 0;

		while (jsonscan_array_next(s, v, &pos, &e))
			check_value(s, &e, json_array_get(j, i++));
		if (i != json_array_size(j))
			abort();
	}
}

/* check_object: has the object js of line s the members of obj, in its
 * order? */
static void
check_object(const char *s, const struct jsonscan *js, json_t *obj)
{
	const char *key;
	json_t *v;
	size_t i = 0;

	if (!json_is_object(obj) || json_object_size(obj) != js->nm)
		abort();
	json_object_foreach(obj, key, v) {
		const struct jsonscan_member *m = &js->m[i++];

		if (strlen(key) != m->ke - m->kb ||
		    memcmp(key, s + m->kb, m->ke - m->kb) != 0)
			abort();
		check_value(s, &m->v, v);
	}
}

/* check_splice sets "zz" (new or replaced) and checks the line made. */
static void
check_splice(const char *s, size_t n, const struct jsonscan *js)
{
	static struct jsonscan_splice sp;
	const char *out;
	size_t len;
	json_t *rec;

	jsonscan_splice_reset(&sp);
	jsonscan_splice_set(&sp, js, "zz");
	jsonscan_splice_string(&sp, "a\"\\\n\x01\xC3\xA9", 7);
	out = jsonscan_splice_apply(&sp, s, n, &len);
	if (len == 0 || out[len - 1] != '\n')
		abort();
	rec = json_loadb(out, len - 1, JSON_REJECT_DUPLICATES, NULL);
	if (rec == NULL || !json_is_string(json_object_get(rec, "zz")) ||
	    strcmp(json_string_value(json_object_get(rec, "zz")),
	    "a\"\\\n\x01\xC3\xA9") != 0)
		abort();
	json_decref(rec);
}

/* check returns whether the scanner took the line in the mode given. */
static bool
check(const char *s, size_t n, unsigned flags)
{
	static struct jsonscan js;
	json_t *rec;

	if (!jsonscan_object(&js, s, n, flags))
		return false;
	rec = json_loadb(s, n, JSON_REJECT_DUPLICATES, NULL);
	if (rec == NULL)
		abort();
	check_object(s, &js, rec);
	if (flags & JSONSCAN_COMPACT) {
		char *dump = json_dumps(rec, JSON_COMPACT);

		if (dump == NULL || strlen(dump) != n || memcmp(dump, s, n) != 0)
			abort();
		free(dump);
	}
	json_decref(rec);
	check_splice(s, n, &js);
	return true;
}

/* same_value: do two descriptions of a value agree (the integer only
 * for an integer)? */
static bool
same_value(const struct jsonscan_value *a, const struct jsonscan_value *b)
{
	return a->b == b->b && a->e == b->e && a->type == b->type &&
	    a->escaped == b->escaped &&
	    (a->type != JSONSCAN_INTEGER || a->integer == b->integer);
}

/* check_flat: a line jsonflat_object takes, jsonscan_object takes alike. */
static void
check_flat(const char *s, size_t n)
{
	static struct jsonscan flat, scan;

	if (!jsonflat_object(&flat, s, n))
		return;
	if (!jsonscan_object(&scan, s, n, 0) || flat.nm != scan.nm ||
	    flat.open != scan.open || flat.close != scan.close)
		abort();
	for (size_t i = 0; i < flat.nm; i++)
		if (flat.m[i].kb != scan.m[i].kb ||
		    flat.m[i].ke != scan.m[i].ke ||
		    !same_value(&flat.m[i].v, &scan.m[i].v))
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_flat((const char *)data, size);
	check((const char *)data, size, 0);
	check((const char *)data, size, JSONSCAN_COMPACT);
	return 0;
}

#ifdef JSONSCAN_CHECK_MAIN
int
main(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	while ((n = getline(&line, &cap, stdin)) >= 0) {
		if (n > 0 && line[n - 1] == '\n')
			n--;
		check_flat(line, (size_t)n);
		printf("%s %s\n", check(line, (size_t)n, 0) ? "fast" : "jansson",
		    check(line, (size_t)n, JSONSCAN_COMPACT) ? "fast" : "jansson");
	}
	free(line);
	return 0;
}
#endif
