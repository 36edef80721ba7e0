/* rx.h - pcre2 patterns: compiled once, JIT-compiled, matched under limits.
 *
 * Every pattern of parley goes through here. Compilation errors carry
 * pcre2's message and offset; every match runs in one match context with
 * match, depth and heap limits and a JIT stack, so a hostile pattern or
 * input cannot hang a stage: the match gives RX_LIMIT instead. */
#ifndef PARLEY_RX_H
#define PARLEY_RX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>

struct rx {
	pcre2_code *code;
	pcre2_match_data *md;
	bool jit;          /* JIT-compiled: rx_match may take pcre2's fast path */
};

enum {
	RX_NOMATCH = 0,  /* rx_match: no match */
	RX_LIMIT = -1,   /* rx_match: a resource limit was hit; treat as no match and report */
	RX_ERROR = -2    /* rx_match: another pcre2 error (message from rx_error_message) */
};

/* rx_compile compiles pattern (len bytes) with pcre2 options (PCRE2_UTF
 * and PCRE2_NO_UTF_CHECK... are the caller's choice; PCRE2_UTF is always
 * added) and JIT-compiles it. On error returns false and writes
 * "bad pattern at offset N: message" into err (errlen bytes). */
bool rx_compile(struct rx *rx, const char *pattern, size_t len,
    unsigned options, char *err, size_t errlen);

/* rx_compile_or_die: as rx_compile, dying with 70 on error with origin
 * in the message (for the built-in patterns of a stage). */
void rx_compile_or_die(struct rx *rx, const char *pattern, unsigned options,
    const char *origin);

/* rx_match matches rx against subject[0..len) from byte offset start.
 * Returns the number of captured pairs (> 0) on a match, RX_NOMATCH,
 * RX_LIMIT or RX_ERROR (also for start > len). The subject must be valid
 * UTF-8 (not checked). A JIT-compiled pattern asked for a complete match
 * (no PCRE2_ANCHORED, ENDANCHORED or PARTIAL_* at match time) runs through
 * pcre2_jit_match, which skips pcre2_match's checks of its arguments. */
int rx_match(struct rx *rx, const char *subject, size_t len, size_t start,
    unsigned options);

/* rx_ovector returns the offsets of the last match: pair i is
 * [ov[2i], ov[2i+1]); PCRE2_UNSET for a group that did not take part. */
const size_t *rx_ovector(const struct rx *rx);

/* rx_group_number returns the number of the named group, or -1. */
int rx_group_number(const struct rx *rx, const char *name);

/* rx_mark returns the (*MARK:name) of the last match, or NULL. */
const char *rx_mark(const struct rx *rx);

void rx_free(struct rx *rx);

/* rx_joinable says whether a compiled pattern (its source in pattern) can
 * be one branch of a combined alternation: it must not refer to groups by
 * number or name (back references, recursion, subroutine calls, \g), whose
 * numbers change once joined, nor use (*VERBS). */
bool rx_joinable(const struct rx *rx, const char *pattern);

/* rx_set_limits overrides the match limits of every later rx_match
 * (defaults: match 1,000,000; depth 10,000; heap 64 MiB). */
void rx_set_limits(unsigned match, unsigned depth, unsigned heap_kib);

/* rx_cleanup frees the shared match context and JIT stack at exit. */
void rx_cleanup(void);

#endif
