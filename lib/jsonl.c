#include "jsonl.h"
#include "diag.h"
#include "exitcode.h"
#include "xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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
	if (ferror(in->fp)) {
		diag_warn("%s: read error:", in->name);
		in->status = exitcode_worst(in->status, EXIT_NOINPUT);
	}
	if (in->own_fp)
		fclose(in->fp);
	in->own_fp = false;
	in->fp = NULL;
}

/* read_line reads one raw line into in->buf; false at end of input. */
static bool
read_line(struct jsonl_in *in)
{
	ssize_t n;

	for (;;) {
		if (in->fp == NULL && !open_next(in))
			return false;
		n = getline(&in->buf, &in->cap, in->fp);
		if (n >= 0)
			break;
		close_current(in);
	}
	in->line++;
	if (n > 0 && in->buf[n - 1] == '\n')
		n--;
	in->buf[n] = '\0';
	in->len = (size_t)n;
	return true;
}

/* line_content returns the line without a first-line BOM and a final CR. */
static const char *
line_content(const struct jsonl_in *in, size_t *len)
{
	const char *s = in->buf;
	size_t n = in->len;

	if (in->line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	}
	if (n > 0 && s[n - 1] == '\r')
		n--;
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
		fwrite(in->buf, 1, in->len, in->rejects);
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
