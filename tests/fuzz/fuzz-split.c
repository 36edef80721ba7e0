/* fuzz-split - libFuzzer target for parley-split's core: split_text on
 * any valid UTF-8 (sentences in order, inside the text, trimmed, never
 * empty, never a crash or a hang), and the fast record reader checked
 * against jansson (whatever it accepts, jansson accepts with the same
 * keys and values). */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fastdoc.h"
#include "split.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct check {
	size_t len;
	size_t last_end;
	const char *text;
};

static void
on_sentence(const struct split_sentence *s, void *ctx)
{
	struct check *c = ctx;

	if (s->start < c->last_end || s->end <= s->start || s->end > c->len)
		abort();
	if (c->text[s->start] == ' ' || c->text[s->end - 1] == ' ' ||
	    c->text[s->end - 1] == '\n')
		abort();
	c->last_end = s->end;
}

static void
check_fastdoc(const char *s, size_t n)
{
	static struct fastdoc fd;
	json_t *rec;

	if (!fastdoc_parse(&fd, s, n))
		return;
	rec = json_loadb(s, n, JSON_REJECT_DUPLICATES, NULL);
	if (rec == NULL || !json_is_object(rec) || json_object_size(rec) != fd.n)
		abort();
	for (size_t i = 0; i < fd.n; i++) {
		char *key = strndup(fd.f[i].key, fd.f[i].klen);
		char *dec = malloc(fd.f[i].vlen + 1);
		json_t *v;
		size_t len;

		if (key == NULL || dec == NULL || strlen(key) != fd.f[i].klen)
			abort();
		v = json_object_get(rec, key);
		free(key);
		len = fastdoc_unescape(fd.f[i].val, fd.f[i].vlen, dec);
		if (v == NULL || !json_is_string(v) || json_string_length(v) != len ||
		    memcmp(json_string_value(v), dec, len) != 0)
			abort();
		free(dec);
	}
	json_decref(rec);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct splitter *sp;
	struct split_paths paths = { 0 };
	struct check c = { .len = size, .text = (const char *)data };
	int status;

	if (sp == NULL && (sp = split_new(&paths, &status)) == NULL)
		abort();
	check_fastdoc((const char *)data, size);
	if (utf8_valid((const char *)data, size))
		split_text(sp, (const char *)data, size, on_sentence, &c);
	return 0;
}
