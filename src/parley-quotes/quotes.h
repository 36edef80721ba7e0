/* quotes.h - the quote finder of parley-quotes, callable without main()
 * (a fuzz harness links it): given the text of one document, find every
 * direct, partial and indirect quote with its cue and its speaker.
 *
 *	struct lexicon lx;
 *	struct quote_finder *qf;
 *	const struct quote *q;
 *	size_t n;
 *	if (lexicon_load(&lx, verbs, nouns) != 0) ...
 *	qf = quote_finder_new(&lx, &opts);
 *	n = quote_finder_run(qf, text, len, &q);   // q[0..n), bytes into text
 *	quote_finder_free(qf); lexicon_free(&lx);
 */
#ifndef PARLEY_QUOTES_QUOTES_H
#define PARLEY_QUOTES_QUOTES_H

#include <stdbool.h>
#include <stddef.h>

#include "lexicon.h"

enum quote_kind {
	QUOTE_DIRECT,    /* a whole utterance in quotation marks */
	QUOTE_PARTIAL,   /* a quoted fragment of the reporter's sentence */
	QUOTE_INDIRECT   /* reported speech without quotation marks */
};

/* One quote; offsets are bytes into the text given to quote_finder_run,
 * half-open. */
struct quote {
	enum quote_kind kind;
	size_t start, end;                  /* the content */
	size_t cue_start, cue_end;          /* valid when has_cue */
	size_t speaker_start, speaker_end;  /* valid when has_speaker */
	bool has_cue, has_speaker;
	bool continues;  /* carries on the quote before it (speaker copied) */
};

struct quote_options {
	bool beliefs;    /* also report beliefs, wishes, perceptions (think, want) */
};

struct quote_finder;

/* quote_finder_new makes a finder that uses lx (which must outlive it). */
struct quote_finder *quote_finder_new(const struct lexicon *lx,
    const struct quote_options *opts);

/* quote_finder_run finds the quotes of text (len bytes of valid UTF-8; a
 * '\n' ends a paragraph). It returns their number and points *out at them,
 * in the order of their start (an outer report before the one nested in
 * it); the array belongs to the finder and lasts until the next run.
 * Time and memory are linear in len. */
size_t quote_finder_run(struct quote_finder *qf, const char *text, size_t len,
    const struct quote **out);

void quote_finder_free(struct quote_finder *qf);

#endif
