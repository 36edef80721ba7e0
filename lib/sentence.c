#include "sentence.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

long long
sentence_int(json_t *rec, const char *key, long long def)
{
	json_t *v = json_object_get(rec, key);

	return json_is_integer(v) ? json_integer_value(v) : def;
}

bool
sentence_check(struct jsonl_in *in, json_t *rec, const struct sentence_batch *b)
{
	json_t *text;
	long long start, end;
	size_t ncp;

	if (!jsonl_require_string(in, rec, "doc") ||
	    !jsonl_require_string(in, rec, "text") ||
	    !jsonl_require_integer(in, rec, "start") ||
	    !jsonl_require_integer(in, rec, "end"))
		return false;
	text = json_object_get(rec, "text");
	start = sentence_int(rec, "start", 0);
	end = sentence_int(rec, "end", 0);
	ncp = utf8_length(json_string_value(text), json_string_length(text));
	if (end < start || (size_t)(end - start) != ncp) {
		jsonl_reject(in, "'end' - 'start' is %lld but 'text' has %zu "
		    "code points", end - start, ncp);
		return false;
	}
	if (b->n > 0 && sentence_batch_same_doc(b, rec) &&
	    start < sentence_int(b->recs[b->n - 1], "end", 0)) {
		jsonl_reject(in, "sentence starts at %lld, before the end of "
		    "the previous sentence of its document", start);
		return false;
	}
	return true;
}

bool
sentence_batch_same_doc(const struct sentence_batch *b, json_t *rec)
{
	json_t *a, *d;

	if (b->n == 0)
		return true;
	a = json_object_get(b->recs[0], "doc");
	d = json_object_get(rec, "doc");
	return json_string_length(a) == json_string_length(d) &&
	    memcmp(json_string_value(a), json_string_value(d),
	    json_string_length(a)) == 0;
}

void
sentence_batch_push(struct sentence_batch *b, json_t *rec)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->recs = xreallocarray(b->recs, b->cap, sizeof *b->recs);
	}
	b->recs[b->n++] = rec;
}

void
sentence_batch_clear(struct sentence_batch *b)
{
	for (size_t i = 0; i < b->n; i++)
		json_decref(b->recs[i]);
	b->n = 0;
}

void
sentence_batch_free(struct sentence_batch *b)
{
	sentence_batch_clear(b);
	free(b->recs);
	b->recs = NULL;
	b->cap = 0;
}

void
doc_text_build(struct doc_text *dt, const struct sentence_batch *b)
{
	size_t cap = 0, len = 0, cp = 0;
	long long para = -1;

	for (size_t i = 0; i < b->n; i++) {
		json_t *t = json_object_get(b->recs[i], "text");
		size_t gap = (size_t)sentence_int(b->recs[i], "start", 0) - cp;

		cap += gap + json_string_length(t);
		cp = (size_t)sentence_int(b->recs[i], "end", 0);
	}
	cp = 0;
	dt->text = xmalloc(cap + 1);
	dt->sent_byte = xreallocarray(NULL, b->n ? b->n : 1, sizeof *dt->sent_byte);
	for (size_t i = 0; i < b->n; i++) {
		json_t *rec = b->recs[i], *t = json_object_get(rec, "text");
		size_t start = (size_t)sentence_int(rec, "start", 0);
		long long p = sentence_int(rec, "para", para);
		char fill = (i > 0 && p != para) ? '\n' : ' ';

		memset(dt->text + len, fill, start - cp);
		len += start - cp;
		dt->sent_byte[i] = len;
		memcpy(dt->text + len, json_string_value(t), json_string_length(t));
		len += json_string_length(t);
		cp = (size_t)sentence_int(rec, "end", 0);
		para = p;
	}
	dt->text[len] = '\0';
	dt->len = len;
	utf8_index_build(&dt->ix, dt->text, len);
}

void
doc_text_free(struct doc_text *dt)
{
	free(dt->text);
	free(dt->sent_byte);
	utf8_index_free(&dt->ix);
	dt->text = NULL;
	dt->sent_byte = NULL;
}
