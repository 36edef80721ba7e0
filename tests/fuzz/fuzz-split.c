/* fuzz-split - libFuzzer target for parley-split's core: split_text on
 * any valid UTF-8 (sentences in order, inside the text, trimmed, never
 * empty, never a crash or a hang). The record reader it uses, lib/jsonscan,
 * has a target of its own (fuzz-jsonscan). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct splitter *sp;
	struct split_paths paths = { 0 };
	struct check c = { .len = size, .text = (const char *)data };
	int status;

	if (sp == NULL && (sp = split_new(&paths, &status)) == NULL)
		abort();
	if (utf8_valid((const char *)data, size))
		split_text(sp, (const char *)data, size, on_sentence, &c);
	return 0;
}
