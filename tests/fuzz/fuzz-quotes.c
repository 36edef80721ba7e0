/* fuzz-quotes - libFuzzer target for parley-quotes' quote finder
 * (quotes.h), fed the way main.c feeds it: the input is a document, one
 * sentence a line, a blank line between paragraphs; the sentences become
 * sentence records, the document's text is rebuilt from them
 * (doc_text_build) and the finder runs on it, without and with --beliefs.
 * Every quote must lie inside the text, start <= end for it and its cue
 * and speaker, on code-point boundaries (so its text is the document's
 * slice at its code-point offsets), in the order of its start. */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datafile.h"
#include "lexicon.h"
#include "quotes.h"
#include "sentence.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct lexicon lx;
static struct quote_finder *plain, *beliefs;

static void
setup(void)
{
	static const struct quote_options with_beliefs = { .beliefs = true };
	char *verbs = datafile_path("reporting-verbs.txt");
	char *nouns = datafile_path("speaker-nouns.txt");

	if (lexicon_load(&lx, verbs, nouns) != 0)
		abort();
	free(verbs);
	free(nouns);
	plain = quote_finder_new(&lx, &(struct quote_options){ 0 });
	beliefs = quote_finder_new(&lx, &with_beliefs);
}

/* check_span: [b, e) is inside the text, on code-point boundaries, and
 * the code points it maps to give back the same bytes (what main.c
 * writes: the slice as "text", its code-point offsets as start/end). */
static void
check_span(const struct doc_text *dt, size_t b, size_t e)
{
	size_t cb, ce;

	if (b > e || e > dt->len)
		abort();
	if ((b < dt->len && ((unsigned char)dt->text[b] & 0xC0) == 0x80) ||
	    (e < dt->len && ((unsigned char)dt->text[e] & 0xC0) == 0x80))
		abort();
	cb = utf8_index_cp(&dt->ix, b);
	ce = utf8_index_cp(&dt->ix, e);
	if (utf8_index_byte(&dt->ix, cb) != b || utf8_index_byte(&dt->ix, ce) != e)
		abort();
	if (ce - cb != utf8_length(dt->text + b, e - b))
		abort();
}

static void
run_finder(struct quote_finder *qf, const struct doc_text *dt)
{
	const struct quote *q;
	size_t n = quote_finder_run(qf, dt->text, dt->len, &q);

	for (size_t i = 0; i < n; i++) {
		if (q[i].kind != QUOTE_DIRECT && q[i].kind != QUOTE_PARTIAL &&
		    q[i].kind != QUOTE_INDIRECT)
			abort();
		if (i > 0 && q[i].start < q[i - 1].start)
			abort();
		check_span(dt, q[i].start, q[i].end);
		if (q[i].has_cue)
			check_span(dt, q[i].cue_start, q[i].cue_end);
		if (q[i].has_speaker)
			check_span(dt, q[i].speaker_start, q[i].speaker_end);
	}
}

/* add_sentence appends the record of text[0..n) at code point *cp. */
static void
add_sentence(struct sentence_batch *b, const char *text, size_t n,
    size_t *cp, long long para)
{
	size_t len = utf8_length(text, n);
	json_t *rec = json_pack("{s:s, s:s%, s:I, s:I, s:I}", "doc", "fuzz",
	    "text", text, n, "start", (json_int_t)*cp,
	    "end", (json_int_t)(*cp + len), "para", (json_int_t)para);

	if (rec == NULL)
		abort();
	sentence_batch_push(b, rec);
	*cp += len + 1;  /* one code point between sentences, as split leaves */
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sentence_batch b = { 0 };
	struct doc_text dt;
	char *text;
	size_t cp = 0, i = 0;
	long long para = 0;

	if (plain == NULL)
		setup();
	/* records hold valid UTF-8 without NUL (jansson and sentence_check) */
	if (!utf8_valid((const char *)data, size) || memchr(data, 0, size) != NULL)
		return 0;
	text = (char *)data;
	while (i < size) {
		const char *nl = memchr(text + i, '\n', size - i);
		size_t end = nl != NULL ? (size_t)(nl - text) : size;

		if (end == i) {
			para += b.n > 0;
		} else {
			add_sentence(&b, text + i, end - i, &cp, para);
		}
		i = end + 1;
	}
	if (b.n > 0) {
		doc_text_build(&dt, &b);
		run_finder(plain, &dt);
		run_finder(beliefs, &dt);
		doc_text_free(&dt);
	}
	sentence_batch_free(&b);
	return 0;
}
