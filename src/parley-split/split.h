/* split.h - the sentence splitter of parley-split.
 *
 * Rules over UTF-8 text, no model: a line break ends a paragraph (and the
 * sentence in it) unless the next line is a lowercase continuation of a
 * broken sentence; inside a paragraph a sentence ends at . ? ! … (with any
 * closing quotes and brackets after them) when what follows does not carry
 * the sentence on: a lowercase word, a number after "No." or "p.", a name
 * after a title or an initial, a noun after "U.S." that continues the
 * phrase (the lists of lib/dict/), and so on; numbered, lettered and
 * bulleted list items are sentences even without final punctuation.
 * docs/parley-split.md lists every rule.
 *
 *	struct splitter *sp = split_new(&paths, &status);
 *	split_text(sp, text, len, on_sentence, ctx);
 *	split_free(sp);
 */
#ifndef PARLEY_SPLIT_H
#define PARLEY_SPLIT_H

#include <stddef.h>

/* The data files; NULL means the default one (datafile_path). */
struct split_paths {
	const char *abbreviations;  /* abbreviations.txt: "Mr. title" */
	const char *starters;       /* split-starters.txt: words that start sentences */
	const char *continuers;     /* split-continuers.txt: "U.S. Government" */
};

struct splitter;

/* split_new loads the data files and compiles the patterns. On a bad data
 * file it reports every mistake ("FILE:LINE: message") and returns NULL
 * with *status set (66: cannot open, 65: a mistake in it). */
struct splitter *split_new(const struct split_paths *paths, int *status);

/* split_free frees sp (NULL is fine). */
void split_free(struct splitter *sp);

/* One sentence: bytes [start, end) of the text, with no leading or
 * trailing whitespace, and its paragraph (0-based; blank lines make none). */
struct split_sentence {
	size_t start;
	size_t end;
	unsigned long para;
};

typedef void split_fn(const struct split_sentence *s, void *ctx);

/* split_text calls fn once per sentence of text (len bytes of valid UTF-8,
 * NUL bytes allowed), in order; nothing for empty or blank text. The
 * sentences do not overlap and hold every non-whitespace character. */
void split_text(struct splitter *sp, const char *text, size_t len,
    split_fn *fn, void *ctx);

#endif
