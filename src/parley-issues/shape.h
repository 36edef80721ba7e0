/* shape.h - what the text of an entry's pattern tells the scanner before
 * pcre2 is asked.
 *
 * The scanner files each pattern under the keys (the first four bytes of
 * a word, folded) its match can begin with; pcre2's partial matching
 * tells them, a few hundred matches a pattern. Most patterns of a
 * dictionary say it in their text: every top-level branch begins with
 * four ASCII letters or digits that no quantifier makes optional
 * ("territor(?:y|ies)", "conquer(?:s|ed)?|conquests?"), and a match
 * begins with one of those. shape_prefixes reads them.
 *
 * Partial matching sees only the bytes from the word start on, so a
 * look-behind that reaches before the word fails there, though the text
 * would satisfy it ("(?<=eastern\s)front"). What partial matching asks
 * is therefore a copy of the pattern whose positive look-behinds always
 * hold (shape_probe_pattern); a negative look-behind already holds where
 * it cannot look. A look-behind inside a negative assertion or a
 * condition would turn round: such a pattern cannot be asked at all.
 *
 * Both read the pattern with a small lexer of pcre2's syntax that gives
 * up (says "cannot tell") on what it does not follow: \Q…\E and classes
 * with [: inside, comments, (?x), verbs, callouts, recursion. */
#ifndef PARLEY_ISSUES_SHAPE_H
#define PARLEY_ISSUES_SHAPE_H

#include <stdbool.h>
#include <stddef.h>

#define SHAPE_KEY 4             /* the bytes of a key */

/* The first bytes of a match: n ASCII bytes, lower-cased, then (when n
 * < SHAPE_KEY) a character >= 0x80. */
struct shape_prefix {
	unsigned char b[SHAPE_KEY];
	unsigned char n;
};

/* shape_prefixes reads what the matches of a pattern can begin with from
 * inner, an entry's pattern after its word start ("(?:" SOURCE ")(?!\w)"):
 * into out (at most max of them), every first SHAPE_KEY bytes a match of
 * SOURCE can have, folded, or its first bytes up to a character >= 0x80.
 * A match one byte short is followed by each ASCII byte that ends a
 * word. Look-arounds and other assertions are taken to hold (so some
 * prefixes may never begin a match: the scanner only looks further there).
 * Returns how many, or 0 when the text does not tell: a match can be
 * shorter than SHAPE_KEY - 1 bytes or begin with what begins no ASCII word,
 * there are more than max, or the pattern holds what the reader does not
 * follow ('.', negated classes, \Q, \x, back references, conditions,
 * (?x) ...). */
size_t shape_prefixes(const char *inner, struct shape_prefix *out, size_t max);

enum shape_probe {
	SHAPE_PROBE_SAME,       /* partial matching may ask the pattern */
	SHAPE_PROBE_COPY,       /* ... must ask the copy */
	SHAPE_PROBE_NONE        /* ... cannot be asked: search everywhere */
};

/* shape_probe_pattern tells what partial matching may ask of pattern
 * (an entry's whole pattern): itself, a copy (newly allocated in *copy)
 * whose positive look-behinds always hold, or nothing. */
enum shape_probe shape_probe_pattern(const char *pattern, char **copy);

/* shape_balanced: does the lexer read source (a regex as written) to its
 * end, every group it opens closed, none closed that it did not open, no
 * \Q? Such a source cannot break out of a group around it, so it compiles
 * alone when it compiles inside one. */
bool shape_balanced(const char *source);

#endif
