/* datafile.h - finding and reading parley's data files (dictionaries,
 * abbreviation lists, the reporting-verb lexicon).
 *
 * Lookup of a default data file NAME, first hit wins:
 *   $PARLEY_DATADIR/NAME
 *   DIR/../lib/dict/NAME   where DIR holds the running executable (a
 *                          source checkout: bin/ beside lib/dict/)
 *   DIR/../share/parley/NAME   (an installed tree, wherever it was moved)
 *   PARLEY_DATADIR_DEFAULT/NAME  (compiled in: $(PREFIX)/share/parley)
 *
 * Reading: one entry a line; blank lines and lines whose first non-blank
 * character is '#' are skipped; a final CR and trailing blanks are
 * dropped. Errors name the file and line: "actors.tsv:12: ...". */
#ifndef PARLEY_DATAFILE_H
#define PARLEY_DATAFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* datafile_path returns the path of the default data file name (newly
 * allocated; the caller frees it). When no candidate exists, returns the
 * compiled-in one, so that the open error names it. */
char *datafile_path(const char *name);

struct datafile {
	const char *path;  /* as given to datafile_open, not copied */
	FILE *fp;
	unsigned long line;
	char *buf;
	size_t cap;
};

/* datafile_open opens path; returns false (errno set) if it cannot. */
bool datafile_open(struct datafile *df, const char *path);

/* datafile_next returns the next entry line (NUL-terminated, *len bytes,
 * reused by the next call) or NULL at the end; df->line is its number. */
char *datafile_next(struct datafile *df, size_t *len);

void datafile_close(struct datafile *df);

#endif
