/* jsonflat.h - a faster jsonscan_object for the common JSON Lines record:
 * one object written without blanks between its tokens, whose values are
 * strings, integers, true, false and null (parley's sentence records).
 *
 * jsonflat_object accepts only lines that jsonscan_object (flags 0)
 * accepts, and describes them exactly as it does, in the same struct
 * jsonscan; it declines everything else it does not read itself: blanks
 * between tokens, an object or array as a value, an empty object, a key
 * with an escape or a byte outside printable ASCII, a \u escape of a
 * surrogate, more than JSONSCAN_MAX_KEYS members. A declined line is the
 * caller's to give to jsonscan_object, then to jansson:
 *
 *	if (!jsonflat_object(&js, line, len) &&
 *	    !jsonscan_object(&js, line, len, 0))
 *		... json_loadb(line, len, ...) ...
 *
 * It is faster by reading a whole member in one place (no call per token,
 * no blanks to skip) and strings sixteen bytes at a time. */
#ifndef PARLEY_JSONFLAT_H
#define PARLEY_JSONFLAT_H

#include <stdbool.h>
#include <stddef.h>

#include "jsonscan.h"

/* jsonflat_object scans the n bytes of s as one flat JSON object and
 * describes its members in js (as jsonscan_object does). false: declined
 * (js is then unspecified). */
bool jsonflat_object(struct jsonscan *js, const char *s, size_t n);

#endif
