/* exitcode.h - the exit statuses every parley stage shares (DESIGN.md). */
#ifndef PARLEY_EXITCODE_H
#define PARLEY_EXITCODE_H

enum exitcode {
	EXIT_OK = 0,
	EXIT_USAGE = 64,     /* bad option or argument */
	EXIT_DATAERR = 65,   /* some input record was rejected */
	EXIT_NOINPUT = 66,   /* an input file could not be opened */
	EXIT_SOFTWARE = 70,  /* internal error */
	EXIT_IOERR = 74      /* write error (disk full, closed pipe other than SIGPIPE) */
};

/* exitcode_worst returns the status that says more of a and b:
 * 74 > 70 > 66 > 65 > 64 > 0. */
int exitcode_worst(int a, int b);

#endif
