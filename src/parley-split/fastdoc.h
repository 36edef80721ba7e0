/* fastdoc.h - a fast reader for the common document record: one JSON
 * object whose values are all strings ({"doc":"…","text":"…",…}, as
 * parley-ingest writes it). It accepts only what jansson accepts too
 * (valid UTF-8, valid escapes, no \u0000, no duplicate keys) and declines
 * anything else, which the caller then gives to jansson - so messages
 * and output are the same either way, only faster. */
#ifndef PARLEY_SPLIT_FASTDOC_H
#define PARLEY_SPLIT_FASTDOC_H

#include <stdbool.h>
#include <stddef.h>

struct fastdoc_field {
	const char *key;     /* raw, inside the quotes (never escaped) */
	size_t klen;
	const char *val;     /* raw, inside the quotes */
	size_t vlen;
	bool escaped;        /* val holds a backslash escape */
};

struct fastdoc {
	struct fastdoc_field *f;
	size_t n, cap;
};

/* fastdoc_parse reads the n bytes of s as a flat object of strings into
 * fd (pointing into s). Returns false when s is anything else or anything
 * jansson might refuse; fd is then unspecified. */
bool fastdoc_parse(struct fastdoc *fd, const char *s, size_t n);

/* fastdoc_unescape decodes the body of a string that fastdoc_parse
 * accepted into out (at least n bytes) and returns the decoded length. */
size_t fastdoc_unescape(const char *s, size_t n, char *out);

void fastdoc_free(struct fastdoc *fd);

#endif
