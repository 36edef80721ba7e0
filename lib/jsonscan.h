/* jsonscan.h - a fast scanner and splicer for JSON Lines records, for the
 * stages whose speed is bounded by decoding and encoding with jansson.
 *
 * jsonscan_object checks one line strictly: it accepts only an object that
 * jansson (json_loadb with JSON_REJECT_DUPLICATES) accepts with the same
 * meaning, and declines the rest - anything it is not sure of: a real, an
 * integer of 19 digits or more, an escaped key, nesting deeper than
 * JSONSCAN_MAX_DEPTH, more than JSONSCAN_MAX_KEYS members in an object.
 * A declined line goes to jansson, which accepts it or rejects it with its
 * own message, so the stage's reject policy is jansson's. What it accepts it
 * describes without decoding: where each top-level member's key and value
 * are. With JSONSCAN_COMPACT it accepts only lines in the very form
 * json_dumpb(JSON_COMPACT) writes (no blanks, only the escapes jansson
 * writes, integers as jansson writes them), so that a stage that splices
 * fields into the line writes what decoding, setting and re-encoding would
 * have written.
 *
 *	struct jsonscan js = { 0 };
 *	const struct jsonscan_member *m;
 *	if (!jsonscan_object(&js, line, len, JSONSCAN_COMPACT))
 *		... json_loadb(line, len, ...) as before ...
 *	else if ((m = jsonscan_get(&js, "text")) != NULL &&
 *	    m->type == JSONSCAN_STRING)
 *		n = jsonscan_string(&js, m, out);   // the decoded text
 *	jsonscan_free(&js);
 *
 * Splicing: jsonscan_splice_set starts setting a member of an object that
 * was scanned (replacing its value when there is one, else appending it);
 * the value's bytes are added with jsonscan_splice_add and friends, and
 * jsonscan_splice_apply makes the new line, the rest of it untouched.
 *
 *	jsonscan_splice_reset(&sp);
 *	jsonscan_splice_set(&sp, &js, "issues");
 *	jsonscan_splice_add(&sp, "[]", 2);
 *	out = jsonscan_splice_apply(&sp, line, len, &outlen);   // with '\n'
 */
#ifndef PARLEY_JSONSCAN_H
#define PARLEY_JSONSCAN_H

#include <stdbool.h>
#include <stddef.h>

#define JSONSCAN_MAX_DEPTH 64
#define JSONSCAN_MAX_KEYS 128

enum {
	JSONSCAN_COMPACT = 1u << 0   /* only json_dumpb(JSON_COMPACT)'s form */
};

enum jsonscan_type {
	JSONSCAN_STRING,
	JSONSCAN_INTEGER,
	JSONSCAN_OBJECT,
	JSONSCAN_ARRAY,
	JSONSCAN_TRUE,
	JSONSCAN_FALSE,
	JSONSCAN_NULL
};

/* A value: bytes [b, e) of the line, a string with its quotes, an object
 * with its braces. */
struct jsonscan_value {
	size_t b, e;
	enum jsonscan_type type;
	bool escaped;          /* a string with a backslash escape in it */
	long long integer;     /* the value of an integer */
};

/* A member: its key, bytes [kb, ke) of the line (inside the quotes; keys
 * with escapes are declined, so these are the key's bytes), and value. */
struct jsonscan_member {
	size_t kb, ke;
	struct jsonscan_value v;
};

/* One scanned object: the members in line order; open and close are the
 * positions of its '{' and '}'. The scanner owns m (reused by the next
 * scan); s points at the caller's line. */
struct jsonscan {
	const char *s;
	size_t n;
	size_t open, close;
	struct jsonscan_member *m;
	size_t nm, cap;
};

/* jsonscan_object scans the n bytes of s as one JSON object (blanks
 * around it allowed, unless JSONSCAN_COMPACT) and describes its members
 * in js. Returns false when it declines the line (js is then unspecified):
 * the caller decodes it with jansson instead. */
bool jsonscan_object(struct jsonscan *js, const char *s, size_t n,
    unsigned flags);

/* jsonscan_nested describes the object v of a line already scanned
 * (v->type JSONSCAN_OBJECT, from a member of a scan or an element from
 * jsonscan_array_next) in js, without checking it again. */
void jsonscan_nested(struct jsonscan *js, const char *s,
    const struct jsonscan_value *v);

/* jsonscan_array_next steps through the elements of the array v of a line
 * already scanned: *pos is 0 before the first call; each call sets *elem
 * to the next element and returns true, or returns false after the last. */
bool jsonscan_array_next(const char *s, const struct jsonscan_value *v,
    size_t *pos, struct jsonscan_value *elem);

/* jsonscan_hex4 returns the value of the four hex digits at s (of a \u
 * escape), or -1. */
long jsonscan_hex4(const char *s);

/* jsonscan_get returns the member key of js, or NULL. */
const struct jsonscan_member *jsonscan_get(const struct jsonscan *js,
    const char *key);

/* jsonscan_key_is: is m's key the nul-terminated word? */
bool jsonscan_key_is(const struct jsonscan *js,
    const struct jsonscan_member *m, const char *word);

/* jsonscan_string_size is an upper bound of the decoded length of the
 * string v (its raw length); jsonscan_string writes its decoded bytes
 * (valid UTF-8, no NUL) to out, which holds at least that, and returns
 * their number. */
size_t jsonscan_string_size(const struct jsonscan_value *v);
size_t jsonscan_string(const char *s, const struct jsonscan_value *v,
    char *out);

/* jsonscan_raw points at the undecoded body of the string v (between its
 * quotes) and sets *n: the decoded string itself when !v->escaped. */
const char *jsonscan_raw(const char *s, const struct jsonscan_value *v,
    size_t *n);

void jsonscan_free(struct jsonscan *js);

/* --- splicing --- */

struct jsonscan_edit {
	size_t b, e;       /* bytes [b, e) of the line are replaced */
	size_t off, len;   /* by text[off, off + len) */
	size_t seq;        /* insertions at one place keep their order */
};

struct jsonscan_splice {
	struct jsonscan_edit *edits;
	size_t nedits, ecap;
	char *text;        /* the new bytes of every edit */
	size_t tlen, tcap;
	char *out;         /* the line made by jsonscan_splice_apply */
	size_t olen, ocap;
	size_t open;       /* the edit being written, or (size_t)-1 */
};

/* jsonscan_splice_reset forgets the edits of the last line. */
void jsonscan_splice_reset(struct jsonscan_splice *sp);

/* jsonscan_splice_set starts setting member key (nul-terminated, written
 * as it is: no escapes needed) of the object scanned in obj: in place of
 * its value when it has the member, else as its new last member. The value
 * follows (jsonscan_splice_add, _int, _string); the next _set or _apply
 * ends it. */
void jsonscan_splice_set(struct jsonscan_splice *sp,
    const struct jsonscan *obj, const char *key);

/* jsonscan_splice_add adds n bytes of the value being written. */
void jsonscan_splice_add(struct jsonscan_splice *sp, const char *s, size_t n);

/* jsonscan_splice_int adds a non-negative integer. */
void jsonscan_splice_int(struct jsonscan_splice *sp, unsigned long long v);

/* jsonscan_splice_string adds n bytes of UTF-8 as a JSON string, escaped
 * as jansson escapes it (\" \\ \b \f \n \r \t, other control characters
 * as \u00XX, everything else as it is). */
void jsonscan_splice_string(struct jsonscan_splice *sp, const char *s,
    size_t n);

/* jsonscan_splice_apply returns line (len bytes) with the edits made and
 * a '\n' added, *outlen bytes, owned by sp until the next apply. */
const char *jsonscan_splice_apply(struct jsonscan_splice *sp,
    const char *line, size_t len, size_t *outlen);

void jsonscan_splice_free(struct jsonscan_splice *sp);

#endif
