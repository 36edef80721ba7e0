/* fuzz-actors-dict - libFuzzer target for parley-actors' dictionary
 * loader (dict.h) and name matcher (names.h, resolve.h): the input is an
 * actors dictionary. It is loaded as parley-actors --dict loads it; when
 * it loads, its patterns are compiled and a fixed document (names, roles,
 * pronouns, quotes with speakers) is resolved against it. Any bytes must
 * give a dictionary or a refusal, never a crash, a leak or a hang; every
 * mention must lie inside its sentence and name a real actor. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "names.h"
#include "resolve.h"
#include "utf8.h"
#include "dict-file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The document: sentences of one paragraph each but the last two. */
static const char *const sentences[] = {
	"US Vice President JD Vance said Moscow and Kyiv must strike a deal.",
	"\xE2\x80\x9CWe will walk away,\xE2\x80\x9D Vance told reporters in "
	    "Washington, and the Kremlin spokesman Dmitry Peskov disagreed.",
	"Zelensky's office said he would not cede Crimea; she, it and they "
	    "said nothing.",
	"Alpha One, Beta Two and the minister met in Brussels. "
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
	"\xC3\x89lys\xC3\xA9\x65 officials and \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD "
	    "(Putin) spoke; J. D. Vance\xE2\x80\x99s aide agreed.",
	"Later he repeated it, Vance said.",
};

/* one quote per sentence: its speaker mention, found in the sentence
 * (or not there: no offsets), and whether it continues the one before */
static const struct {
	const char *speaker;
	bool continues;
} speakers[] = {
	{ "US Vice President JD Vance", false },
	{ "Vance", false },
	{ "Zelensky's office", false },
	{ "the minister", false },
	{ NULL, true },
	{ "he", false },
};

static void
check_doc(const struct actor_doc *doc, const struct actor_dict *d)
{
	for (size_t i = 0; i < doc->nmentions; i++) {
		const struct doc_mention *m = &doc->mentions[i];
		const struct doc_sentence *s;

		if (m->actor >= d->nactors || m->alias >= d->naliases ||
		    m->sent >= doc->nsents || m->b >= m->e || m->e > doc->len ||
		    m->start >= m->end)
			abort();
		s = &doc->sents[m->sent];
		if (m->b < s->b || m->e > s->e || m->start < s->start ||
		    m->end > s->end ||
		    m->end - m->start != utf8_length(doc->text + m->b, m->e - m->b))
			abort();
		if (i > 0 && m->b < doc->mentions[i - 1].b)
			abort();
	}
	for (size_t i = 0; i < doc->nquotes; i++)
		if (doc->quotes[i].actor < -1 ||
		    doc->quotes[i].actor >= (long)d->nactors)
			abort();
}

static void
resolve_doc(const struct actor_dict *d)
{
	struct actor_patterns p;
	struct actor_doc doc;
	size_t cp = 0, n = sizeof sentences / sizeof *sentences;

	actor_patterns_build(&p, d);
	actor_doc_init(&doc, d, &p);
	for (int round = 0; round < 2; round++) {
		actor_doc_reset(&doc);
		cp = 0;
		for (size_t i = 0; i < n; i++) {
			const char *s = sentences[i];
			size_t len = strlen(s), ncp = utf8_length(s, len);
			const char *sp = speakers[i].speaker;
			const char *in = sp != NULL ? strstr(s, sp) : NULL;
			long long at = in != NULL ? (long long)utf8_length(s, in - s) : -1;
			size_t splen = sp != NULL ? strlen(sp) : 0;
			long long spcp = sp != NULL ? (long long)utf8_length(sp, splen) : 0;

			actor_doc_add_sentence(&doc, s, len, cp, cp + ncp,
			    i < n - 2 ? (long long)i : (long long)n - 2);
			actor_doc_add_quote(&doc, (long long)cp, (long long)(cp + ncp),
			    sp, splen, at < 0 ? -1 : (long long)cp + at,
			    at < 0 ? -1 : (long long)cp + at + spcp,
			    speakers[i].continues);
			cp += ncp + 1;
		}
		actor_doc_resolve(&doc);
		check_doc(&doc, d);
	}
	actor_doc_free(&doc);
	actor_patterns_free(&p);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct actor_dict d;
	char *paths[1];

	paths[0] = fuzz_dict_file(data, size);
	if (actor_dict_load(&d, paths, 1) == 0)
		resolve_doc(&d);
	actor_dict_free(&d);
	return 0;
}
