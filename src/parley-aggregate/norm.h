/* norm.h - the comparison form of a quote, which decides when two quotes
 * are "the same quote" (docs/parley-aggregate.md, "Unique quotes").
 *
 * The form is the text's words, case-folded, joined by single spaces: every
 * run of separators (white space, punctuation, quotation marks, symbols)
 * becomes one space, and none is left at either end. So
 *   “We will not give up,” he said   and   'we will NOT give up'
 * both start "we will not give up". A separator is an ASCII character other
 * than a letter or digit, U+0080..U+00BF, U+00D7, U+00F7, U+2000..U+206F
 * (general punctuation: dashes, curly quotes, ellipsis, special spaces),
 * U+20A0..U+20CF (currency), U+2E00..U+2E7F, U+3000..U+303F,
 * U+FE10..U+FE1F, U+FE30..U+FE6F, U+FEFF, and the fullwidth ASCII
 * punctuation U+FF01..U+FF0F, U+FF1A..U+FF20, U+FF3B..U+FF40,
 * U+FF5B..U+FF65. Case folding maps the capitals of ASCII, Latin-1, Latin
 * Extended-A, Greek and Cyrillic (U+0400..U+042F) to their small letters.
 * tests/aggregate.jq defines the same form; keep them equal. */
#ifndef AGG_NORM_H
#define AGG_NORM_H

#include <stdbool.h>

#include "util.h"

/* norm_text appends the comparison form of the n bytes of s (valid UTF-8)
 * to out. */
void norm_text(struct sbuf *out, const char *s, size_t n);

/* norm_is_form is true when s is already in comparison form. */
bool norm_is_form(struct str s);

/* norm_is_pronoun is true when the comparison form s is a personal
 * pronoun (he, she, it, they, ...): a speaker that no dictionary can name. */
bool norm_is_pronoun(struct str s);

#endif
