/* jsonl.h - reading and writing JSON Lines records, with the error policy
 * of DESIGN.md.
 *
 * Reading: the files named on the command line in turn (none or "-" is
 * standard input, shown as "stdin"). Lines of any length; a trailing CR is
 * dropped (CRLF files), a UTF-8 byte-order mark on a file's first line is
 * skipped, a last line without '\n' is read, blank lines are skipped. A line
 * that is not a JSON object (not JSON, invalid UTF-8, NUL, duplicate keys,
 * another JSON type) is rejected: reported on stderr with file and line,
 * copied verbatim to the rejects file, skipped. A stage rejects a record of
 * its own with jsonl_reject (missing field, wrong type). Inputs are read in
 * blocks (read(2): what a pipe holds, without waiting for a whole block)
 * and each line is handed out where it lies in the block.
 *
 *	struct jsonl_in in;
 *	json_t *rec;
 *	jsonl_in_open(&in, argc, argv, &common);
 *	while ((rec = jsonl_in_next(&in)) != NULL) {
 *		if (!jsonl_require_string(&in, rec, "text")) continue;
 *		... jsonl_out_write(rec); json_decref(rec);
 *	}
 *	return jsonl_finish(&in);
 */
#ifndef PARLEY_JSONL_H
#define PARLEY_JSONL_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "cli.h"

/* Every line handed out (jsonl_in_next_line, jsonl_in_next_record) is
 * followed by a zero byte (in place of its '\n' or dropped CR) and then at
 * least JSONL_PAD readable, initialised bytes: a parser may stop at the
 * zero byte and read 16 bytes at once anywhere up to it. */
#define JSONL_PAD 32

struct jsonl_in {
	char **files;          /* names to read; NULL-terminated */
	bool own_fp;           /* fp was opened here (closed at its end) */
	const char *name;      /* name of the current input, "stdin" for - */
	FILE *fp;              /* current input, NULL between files */
	bool eof;              /* fp has nothing more to read */
	int read_errno;        /* fp's read error, or 0 */
	unsigned long line;    /* line number of the last line read */
	char *buf;             /* what was read of fp, lines in place */
	size_t cap;
	size_t pos;            /* where the next line begins in buf */
	size_t end;            /* where what was read ends */
	size_t seen;           /* buf[pos, seen) holds no '\n' */
	const char *raw;       /* the last raw line, as read (no '\n') */
	size_t len;            /* its bytes */
	bool cr;               /* it ended in a CR (now the zero byte) */
	bool strict;           /* stop at the first reject */
	FILE *rejects;         /* rejects file or NULL */
	const char *rejects_name;
	unsigned long records; /* records read (good and rejected) */
	unsigned long rejected;
	int status;            /* worst exit status so far */
};

/* jsonl_in_open prepares reading the nfiles names in files (stdin when
 * nfiles is 0) with the options in common, and creates the rejects file
 * (dying with 74 if it cannot). Inputs are opened as they are reached; one
 * that cannot be opened is reported and skipped (status 66). */
void jsonl_in_open(struct jsonl_in *in, int nfiles, char **files,
    const struct cli_common *common);

/* jsonl_in_open_stream is jsonl_in_open for one stream already open (a
 * test or fuzz harness): fp is read as the input called name and is not
 * closed by jsonl_finish. */
void jsonl_in_open_stream(struct jsonl_in *in, FILE *fp, const char *name,
    const struct cli_common *common);

/* jsonl_in_next returns the next record, a JSON object the caller owns
 * (json_decref it), or NULL at the end of all inputs. Bad lines are
 * rejected on the way. */
json_t *jsonl_in_next(struct jsonl_in *in);

/* jsonl_in_next_line is the raw form: it returns the next line (without
 * '\n', CR or BOM; followed by a zero byte and JSONL_PAD bytes), setting
 * *len, or NULL at the end. The line lives until the next call. */
const char *jsonl_in_next_line(struct jsonl_in *in, size_t *len);

/* jsonl_in_next_record is the form for stages that read lines themselves
 * (a fast path that skips jansson): the next line that is not blank,
 * counted as a record, setting *len, or NULL at the end of all inputs.
 * The line (followed by a zero byte and JSONL_PAD bytes) lives until the
 * next call. */
const char *jsonl_in_next_record(struct jsonl_in *in, size_t *len);

/* jsonl_decode decodes a line of jsonl_in_next_record as jsonl_in_next
 * does: the record, a JSON object the caller owns, or NULL when the line
 * is rejected (with jsonl_in_next's messages). */
json_t *jsonl_decode(struct jsonl_in *in, const char *line, size_t len);

/* jsonl_type_name names a value's JSON type for messages: "an array",
 * "a string", "a number", "a boolean", "null" or "an object". */
const char *jsonl_type_name(const json_t *v);

/* jsonl_reject reports the current line ("PROG: NAME:LINE: message"),
 * copies it verbatim to the rejects file and counts it; under --strict it
 * exits 65 at once. */
void jsonl_reject(struct jsonl_in *in, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* jsonl_require_string checks that rec has key holding a string; if not,
 * rejects the line ("missing string field 'text'") and returns false. */
bool jsonl_require_string(struct jsonl_in *in, json_t *rec, const char *key);

/* jsonl_require_integer: as jsonl_require_string, for a non-negative
 * integer. */
bool jsonl_require_integer(struct jsonl_in *in, json_t *rec, const char *key);

/* jsonl_finish closes the inputs and the rejects file, flushes standard
 * output (dying with 74 on a write error) and returns the exit status:
 * 66 if an input could not be opened, 65 if anything was rejected, else 0. */
int jsonl_finish(struct jsonl_in *in);

/* jsonl_out_write writes rec as one compact line on standard output.
 * Write errors: EPIPE ends the program quietly (a downstream head), any
 * other error dies with 74. Does not take ownership of rec. */
void jsonl_out_write(json_t *rec);

/* jsonl_out_write_to: the same, to fp. */
void jsonl_out_write_to(FILE *fp, json_t *rec);

/* jsonl_out_check dies with 74 if fp has had a write error; call it after
 * writing anything to fp by other means. */
void jsonl_out_check(FILE *fp);

/* jsonl_out_close flushes and closes fp, dying with 74 on error. */
void jsonl_out_close(FILE *fp);

#endif
