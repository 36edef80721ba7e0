/* fuzz-issues-dict - libFuzzer target for parley-issues' dictionary
 * loader (dict.h), scanner (scan.h) and tagger (tag.h): the input is an
 * issues dictionary. It is loaded as parley-issues --dict loads it; when
 * it loads, the scanner is built and a few fixed sentences and their
 * quotes are tagged. Any bytes must give a dictionary or a refusal, never
 * a crash, a leak or a hang; every hit must lie inside its text, in
 * order, and name a real entry. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "scan.h"
#include "tag.h"
#include "utf8.h"
#include "dict-file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* sentences, each with one quote: a part of it (or none) */
static const struct {
	const char *text;
	const char *quote;
	bool fragment;
} sentences[] = {
	{ "Vance said the front line should be frozen and a ceasefire agreed "
	  "within weeks.", "the front line should be frozen", false },
	{ "\xE2\x80\x9CThis situation is unacceptable,\xE2\x80\x9D Zelensky said "
	  "of the sanctions on Russian oil and gas.",
	  "This situation is unacceptable,", false },
	{ "Peskov called it a \xE2\x80\x9Cpeace deal\xE2\x80\x9D on "
	  "territory \xE2\x80\x94 square kilometres of land, cease-fire, "
	  "frontline workers' pay.", "peace deal", true },
	{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
	  NULL, false },
	{ "\xC3\x89lys\xC3\xA9\x65: \xD0\xBC\xD0\xB8\xD1\x80 (peace), "
	  "NATO\xE2\x80\x99s 5% spending target, US-Ukraine minerals deal.",
	  "NATO\xE2\x80\x99s 5% spending target", true },
	{ "", NULL, false },
};

static void
check_scan(const struct issue_dict *d, const struct issue_scanner *s,
    const char *text, size_t len)
{
	struct issue_hits hits = { 0 };

	issue_scan(s, text, len, &hits);
	for (size_t i = 0; i < hits.n; i++) {
		const struct issue_hit *h = &hits.v[i];

		if (h->entry >= d->nentries || h->start > h->end || h->end > len)
			abort();
		if (i > 0 && (h->start < hits.v[i - 1].start ||
		    (h->start == hits.v[i - 1].start &&
		    h->entry < hits.v[i - 1].entry)))
			abort();
	}
	issue_hits_free(&hits);
}

static void
tag_sentences(const struct issue_dict *d)
{
	struct issue_scanner s;
	struct tagger t;
	bool *issues = calloc(d->nissues + 1, sizeof *issues);

	if (issues == NULL || !issue_scanner_build(&s, d))
		abort();
	tagger_init(&t, d, &s);
	for (size_t i = 0; i < sizeof sentences / sizeof *sentences; i++) {
		const char *text = sentences[i].text;
		const char *q = sentences[i].quote;
		const char *at = q != NULL ? strstr(text, q) : NULL;

		check_scan(d, &s, text, strlen(text));
		tagger_sentence(&t, text, strlen(text), issues);
		if (q != NULL) {
			struct tag_quote tq = {
				.text = q, .len = strlen(q),
				.located = at != NULL,
				.offset = at != NULL ?
				    utf8_length(text, (size_t)(at - text)) : 0,
				.fragment = sentences[i].fragment,
			};
			tagger_quote(&t, &tq, issues);
		}
	}
	tagger_free(&t);
	issue_scanner_free(&s);
	free(issues);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct issue_dict d;

	if (issue_dict_load(&d, fuzz_dict_file(data, size)) != 0)
		return 0;
	tag_sentences(&d);
	issue_dict_free(&d);
	return 0;
}
