/* diag.h - diagnostics on standard error, prefixed with the program's name.
 *
 * Every message a stage prints goes through here, so they all read
 * "parley-split: stdin:17: invalid JSON at column 42: ...". A format ending
 * in ':' gets ": strerror(errno)" appended (as sbase's eprintf does). */
#ifndef PARLEY_DIAG_H
#define PARLEY_DIAG_H

#include <stdnoreturn.h>

/* diag_init records the program name (basename of argv0) for the prefix. */
void diag_init(const char *argv0);

/* diag_prog returns the name given to diag_init ("parley" before it). */
const char *diag_prog(void);

/* diag_warn prints "PROG: message\n". */
void diag_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* diag_die prints like diag_warn and exits with status. */
noreturn void diag_die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
