#include "jsonl.h"
#include "diag.h"
#include "exitcode.h"
#include "xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The bytes asked of read(2) at once. */
#define JSONL_BLOCK (64 * 1024)

static char *stdin_only[] = { "-", NULL };

void
jsonl_in_open(struct jsonl_in *in, int nfiles, char **files,
    const struct cli_common *common)
{
	memset(in, 0, sizeof *in);
	in->files = nfiles > 0 ? files : stdin_only;
	in->strict = common->strict;
	if (common->rejects != NULL) {
		in->rejects_name = common->rejects;
		in->rejects = fopen(common->rejects, "w");
		if (in->rejects == NULL)
			diag_die(EXIT_IOERR, "cannot create rejects file '%s':",
			    common->rejects);
	}
}

void
jsonl_in_open_stream(struct jsonl_in *in, FILE *fp, const char *name,
    const struct cli_common *common)
{
	static char *none[] = { NULL };

	jsonl_in_open(in, 0, NULL, common);
	in->files = none;
	in->fp = fp;
	in->name = name;
}

/* open_next opens the next named input; false when none is left. */
static bool
open_next(struct jsonl_in *in)
{
	while (*in->files != NULL) {
		const char *name = *in->files++;

		in->line = 0;
		in->pos = in->end = in->seen = 0;
		in->eof = false;
		in->read_errno = 0;
		if (strcmp(name, "-") == 0) {
			in->name = "stdin";
			in->fp = stdin;
			in->own_fp = false;
			return true;
		}
		in->name = name;
		in->fp = fopen(name, "r");
		if (in->fp != NULL) {
			in->own_fp = true;
			return true;
		}
		diag_warn("cannot open '%s':", name);
		in->status = exitcode_worst(in->status, EXIT_NOINPUT);
	}
	return false;
}

static void
close_current(struct jsonl_in *in)
{
	if (in->read_errno != 0 || ferror(in->fp)) {
		if (in->read_errno != 0)
			errno = in->read_errno;
		diag_warn("%s: read error:", in->name);
		in->status = exitcode_worst(in->status, EXIT_NOINPUT);
	}
	if (in->own_fp)
		fclose(in->fp);
	in->own_fp = false;
	in->fp = NULL;
}

/* read_some reads up to n bytes of the current input into to: read(2) on
 * its descriptor (what has come through a pipe, without waiting for a
 * whole block), or fread for a stream that has none (fmemopen). Returns
 * the bytes read, 0 at the end, -1 on an error (errno says which). */
static ssize_t
read_some(struct jsonl_in *in, char *to, size_t n)
{
	int fd = fileno(in->fp);
	ssize_t got;

	if (fd < 0) {
		got = (ssize_t)fread(to, 1, n, in->fp);
		return got == 0 && ferror(in->fp) ? -1 : got;
	}
	do
		got = read(fd, to, n);
	while (got < 0 && errno == EINTR);
	return got;
}

/* read_more reads the next block of the current input after what buf
 * holds, the line begun at pos first moved to the start of buf (which
 * grows when that line fills it). What was read is followed by
 * JSONL_PAD + 1 zero bytes. At the end of the input or on an error, sets
 * eof (and read_errno). */
static void
read_more(struct jsonl_in *in)
{
	ssize_t n;

	if (in->pos > 0) {
		memmove(in->buf, in->buf + in->pos, in->end - in->pos);
		in->end -= in->pos;
		in->seen -= in->pos;
		in->pos = 0;
	}
	if (in->cap < in->end + JSONL_BLOCK + JSONL_PAD + 1) {
		in->cap = 2 * in->end + JSONL_BLOCK + JSONL_PAD + 1;
		in->buf = xrealloc(in->buf, in->cap);
	}
	n = read_some(in, in->buf + in->end, in->cap - in->end - JSONL_PAD - 1);
	if (n > 0) {
		in->end += (size_t)n;
	} else {
		in->eof = true;
		if (n < 0)
			in->read_errno = errno != 0 ? errno : EIO;
	}
	memset(in->buf + in->end, 0, JSONL_PAD + 1);
}

/* take_line makes buf[pos, e) the last raw line: its end (and a final CR)
 * become zero bytes, and pos goes past it and the '\n' at e, if any. */
static void
take_line(struct jsonl_in *in, size_t e)
{
	char *s = in->buf + in->pos;
	size_t n = e - in->pos;

	in->buf[e] = '\0';
	in->pos = e < in->end ? e + 1 : e;
	in->cr = n > 0 && s[n - 1] == '\r';
	if (in->cr)
		s[n - 1] = '\0';
	in->raw = s;
	in->len = n;
	in->line++;
}

/* read_line finds the next raw line, reading blocks as it needs them;
 * false at the end of all inputs. A last line without '\n' is a line. */
static bool
read_line(struct jsonl_in *in)
{
	for (;;) {
		const char *nl;

		if (in->fp == NULL && !open_next(in))
			return false;
		if (in->seen < in->pos)
			in->seen = in->pos;
		/* a long line read block by block is searched once, not once
		 * a block */
		if (in->end > in->seen && (nl = memchr(in->buf + in->seen, '\n',
		    in->end - in->seen)) != NULL) {
			take_line(in, (size_t)(nl - in->buf));
			return true;
		}
		in->seen = in->end;
		if (!in->eof) {
			read_more(in);
		} else if (in->end > in->pos) {
			take_line(in, in->end);
			return true;
		} else {
			close_current(in);
		}
	}
}

/* line_content returns the line without a first-line BOM and a final CR. */
static const char *
line_content(const struct jsonl_in *in, size_t *len)
{
	const char *s = in->raw;
	size_t n = in->len - in->cr;

	if (in->line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	}
	*len = n;
	return s;
}

const char *
jsonl_in_next_line(struct jsonl_in *in, size_t *len)
{
	if (!read_line(in))
		return NULL;
	return line_content(in, len);
}

static bool
is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

const char *
jsonl_type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: case JSON_REAL: return "a number";
	case JSON_TRUE: case JSON_FALSE: return "a boolean";
	case JSON_NULL: return "null";
	default: return "an object";
	}
}

const char *
jsonl_in_next_record(struct jsonl_in *in, size_t *len)
{
	const char *s;

	while ((s = jsonl_in_next_line(in, len)) != NULL) {
		if (is_blank(s, *len))
			continue;
		in->records++;
		return s;
	}
	return NULL;
}

json_t *
jsonl_decode(struct jsonl_in *in, const char *line, size_t len)
{
	json_error_t err;
	json_t *rec;

	rec = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY,
	    &err);
	if (rec == NULL) {
		jsonl_reject(in, "invalid JSON at column %d: %s", err.column,
		    err.text);
		return NULL;
	}
	if (!json_is_object(rec)) {
		jsonl_reject(in, "record is %s, not a JSON object",
		    jsonl_type_name(rec));
		json_decref(rec);
		return NULL;
	}
	return rec;
}

json_t *
jsonl_in_next(struct jsonl_in *in)
{
	const char *s;
	size_t n;
	json_t *rec;

	while ((s = jsonl_in_next_record(in, &n)) != NULL)
		if ((rec = jsonl_decode(in, s, n)) != NULL)
			return rec;
	return NULL;
}

void
jsonl_reject(struct jsonl_in *in, const char *fmt, ...)
{
	va_list ap;
	char msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_warn("%s:%lu: %s", in->name, in->line, msg);
	in->rejected++;
	in->status = exitcode_worst(in->status, EXIT_DATAERR);
	if (in->rejects != NULL) {
		/* the line as it came: its CR is a zero byte in the buffer */
		fwrite(in->raw, 1, in->len - in->cr, in->rejects);
		if (in->cr)
			putc('\r', in->rejects);
		putc('\n', in->rejects);
		if (fflush(in->rejects) != 0)
			diag_die(EXIT_IOERR, "write error on '%s':",
			    in->rejects_name);
	}
	if (in->strict) {
		jsonl_out_close(stdout);
		exit(EXIT_DATAERR);
	}
}

bool
jsonl_require_string(struct jsonl_in *in, json_t *rec, const char *key)
{
	json_t *v = json_object_get(rec, key);

	if (v == NULL)
		jsonl_reject(in, "missing field '%s'", key);
	else if (!json_is_string(v))
		jsonl_reject(in, "field '%s' is %s, not a string", key,
		    jsonl_type_name(v));
	else
		return true;
	return false;
}

bool
jsonl_require_integer(struct jsonl_in *in, json_t *rec, const char *key)
{
	json_t *v = json_object_get(rec, key);

	if (v == NULL)
		jsonl_reject(in, "missing field '%s'", key);
	else if (!json_is_integer(v) || json_integer_value(v) < 0)
		jsonl_reject(in, "field '%s' is %s, not a non-negative integer",
		    key, json_is_integer(v) ? "negative" : jsonl_type_name(v));
	else
		return true;
	return false;
}

int
jsonl_finish(struct jsonl_in *in)
{
	if (in->fp != NULL)
		close_current(in);
	if (in->rejects != NULL && fclose(in->rejects) != 0)
		diag_die(EXIT_IOERR, "write error on '%s':", in->rejects_name);
	in->rejects = NULL;
	free(in->buf);
	in->buf = NULL;
	jsonl_out_close(stdout);
	return in->status;
}

static void
write_failed(FILE *fp)
{
	if (errno == EPIPE)
		exit(EXIT_OK);
	diag_die(EXIT_IOERR, "write error on %s:",
	    fp == stdout ? "standard output" : "output");
}

void
jsonl_out_check(FILE *fp)
{
	if (ferror(fp))
		write_failed(fp);
}

void
jsonl_out_write_to(FILE *fp, json_t *rec)
{
	static char *buf;
	static size_t cap;
	size_t n;

	n = json_dumpb(rec, buf, cap, JSON_COMPACT);
	if (n + 1 > cap) {
		cap = n + n / 2 + 256;
		buf = xrealloc(buf, cap);
		n = json_dumpb(rec, buf, cap, JSON_COMPACT);
	}
	if (n == 0)
		diag_die(EXIT_SOFTWARE, "cannot encode a record as JSON");
	buf[n++] = '\n';
	if (fwrite(buf, 1, n, fp) != n)
		write_failed(fp);
}

void
jsonl_out_write(json_t *rec)
{
	jsonl_out_write_to(stdout, rec);
}

void
jsonl_out_close(FILE *fp)
{
	errno = 0;
	if (fflush(fp) != 0 || ferror(fp))
		write_failed(fp);
	if (fp != stdout && fclose(fp) != 0)
		write_failed(NULL);  /* fp is gone; NULL names it "output" */
}
