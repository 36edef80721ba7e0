/* parley-ingest - plain-text articles to document records.
 *
 * One record per file: {"doc", "text", "date", "source"?, "title"}. doc is
 * the file name without directory and extension; text is the file (a UTF-8
 * byte-order mark dropped); date is --date or the file's modification date;
 * title is the first non-blank line. A file that is empty, binary (holds a
 * NUL byte) or not UTF-8 is reported and skipped, never turned into a
 * record; --rejects gets {"file", "error"} for it. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "diag.h"
#include "exitcode.h"
#include "jsonl.h"
#include "utf8.h"
#include "xalloc.h"

struct options {
	struct cli_common common;
	const char *date;
	const char *source;
	const char *from_list;
};

struct article {
	char *text;
	size_t len;
	char date[11];
};

static FILE *rejects;
static int status = EXIT_OK;

static void
usage(int code)
{
	FILE *fp = code == EXIT_OK ? stdout : stderr;

	fprintf(fp,
	    "Usage: parley-ingest [OPTION]... [FILE]...\n"
	    "Turn plain-text articles into parley document records (JSON Lines).\n"
	    "\n"
	    "  --date YYYY-MM-DD  date of every document (default: each file's\n"
	    "                     modification date)\n"
	    "  --source NAME      outlet of every document (field \"source\")\n"
	    "  --from-list FILE   read the paths, one a line, from FILE (- for\n"
	    "                     standard input), after the FILE arguments\n"
	    CLI_COMMON_HELP
	    "\n"
	    "Example:\n"
	    "  parley-ingest --date 2025-04-23 articles/*.txt | parley-split\n"
	    "\n"
	    "Exit status: 0 ok, 64 usage, 65 some file skipped (empty, binary, not\n"
	    "UTF-8), 66 a file could not be read, 74 write error.\n");
	exit(code);
}

static int
valid_date(const char *s)
{
	struct tm tm = { 0 };
	const char *end;

	if (strlen(s) != 10)
		return 0;
	end = strptime(s, "%Y-%m-%d", &tm);
	return end != NULL && *end == '\0';
}

static struct options
parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "source", required_argument, NULL, 's' },
		{ "from-list", required_argument, NULL, 'l' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct options o = { 0 };
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (cli_common_option(c, optarg, &o.common, usage))
			continue;
		switch (c) {
		case 'd':
			if (!valid_date(optarg))
				cli_bad_usage("--date: '%s' is not a date "
				    "YYYY-MM-DD", optarg);
			o.date = optarg;
			break;
		case 's':
			o.source = optarg;
			break;
		case 'l':
			o.from_list = optarg;
			break;
		default:
			cli_bad_usage("unknown option");
		}
	}
	return o;
}

/* skip_file reports why path is not ingested and keeps it in the rejects. */
static void
skip_file(const char *path, int code, const char *why)
{
	diag_warn("%s: %s", path, why);
	status = exitcode_worst(status, code);
	if (rejects != NULL) {
		json_t *r = json_pack("{s:s, s:s}", "file", path, "error", why);

		jsonl_out_write_to(rejects, r);
		json_decref(r);
	}
}

/* read_article reads path whole; false (reported) when it cannot be used. */
static int
read_article(const char *path, struct article *a)
{
	FILE *fp = fopen(path, "rb");
	struct stat st;
	size_t cap = 65536, n = 0, got;
	char why[128];

	if (fp == NULL || fstat(fileno(fp), &st) != 0) {
		snprintf(why, sizeof why, "cannot open: %s", strerror(errno));
		skip_file(path, EXIT_NOINPUT, why);
		if (fp != NULL)
			fclose(fp);
		return 0;
	}
	strftime(a->date, sizeof a->date, "%Y-%m-%d", localtime(&st.st_mtime));
	a->text = xmalloc(cap);
	while ((got = fread(a->text + n, 1, cap - n, fp)) > 0) {
		n += got;
		if (n == cap)
			a->text = xrealloc(a->text, cap *= 2);
	}
	if (ferror(fp)) {
		snprintf(why, sizeof why, "read error: %s", strerror(errno));
		fclose(fp);
		skip_file(path, EXIT_NOINPUT, why);
		free(a->text);
		return 0;
	}
	fclose(fp);
	if (n >= 3 && memcmp(a->text, "\xEF\xBB\xBF", 3) == 0)
		memmove(a->text, a->text + 3, n -= 3);
	a->len = n;
	if (n == 0)
		skip_file(path, EXIT_DATAERR, "empty file");
	else if (memchr(a->text, '\0', n) != NULL)
		skip_file(path, EXIT_DATAERR, "binary file (holds a NUL byte)");
	else if (!utf8_valid(a->text, n))
		skip_file(path, EXIT_DATAERR, "not UTF-8 text");
	else
		return 1;
	free(a->text);
	return 0;
}

/* doc_id is the base name of path without its last extension. */
static char *
doc_id(const char *path)
{
	const char *base = strrchr(path, '/');
	const char *dot;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	if (dot == NULL || dot == base)
		dot = base + strlen(base);
	return xmemdup0(base, (size_t)(dot - base));
}

/* title_of returns the first non-blank line of the text, trimmed. */
static json_t *
title_of(const char *text, size_t len)
{
	size_t i = 0, end;

	for (;;) {
		while (i < len && (text[i] == ' ' || text[i] == '\t'))
			i++;
		end = i;
		while (end < len && text[end] != '\n')
			end++;
		if (end > i || end >= len)
			break;
		i = end + 1;
	}
	while (end > i && (text[end - 1] == ' ' || text[end - 1] == '\t' ||
	    text[end - 1] == '\r'))
		end--;
	return json_stringn(text + i, end - i);
}

static void
ingest(const char *path, const struct options *o)
{
	struct article a;
	json_t *rec;
	char *id;

	if (!read_article(path, &a))
		return;
	id = doc_id(path);
	rec = json_object();
	json_object_set_new(rec, "doc", json_string(id));
	json_object_set_new(rec, "text", json_stringn(a.text, a.len));
	json_object_set_new(rec, "date", json_string(o->date ? o->date : a.date));
	if (o->source != NULL)
		json_object_set_new(rec, "source", json_string(o->source));
	json_object_set_new(rec, "title", title_of(a.text, a.len));
	jsonl_out_write(rec);
	json_decref(rec);
	free(id);
	free(a.text);
}

/* ingest_list ingests every path listed in the file list, one a line. */
static void
ingest_list(const char *list, const struct options *o)
{
	FILE *fp = strcmp(list, "-") == 0 ? stdin : fopen(list, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (fp == NULL)
		diag_die(EXIT_NOINPUT, "cannot open list '%s':", list);
	while ((n = getline(&line, &cap, fp)) >= 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n > 0)
			ingest(line, o);
	}
	free(line);
	if (fp != stdin)
		fclose(fp);
}

int
main(int argc, char **argv)
{
	struct options o;

	diag_init(argv[0]);
	o = parse_options(argc, argv);
	argc -= optind;
	argv += optind;
	if (argc == 0 && o.from_list == NULL)
		cli_bad_usage("no input files (give FILE... or --from-list)");
	if (o.common.rejects != NULL &&
	    (rejects = fopen(o.common.rejects, "w")) == NULL)
		diag_die(EXIT_IOERR, "cannot create rejects file '%s':",
		    o.common.rejects);
	for (int i = 0; i < argc; i++) {
		ingest(argv[i], &o);
		if (o.common.strict && status != EXIT_OK)
			break;
	}
	if (o.from_list != NULL && !(o.common.strict && status != EXIT_OK))
		ingest_list(o.from_list, &o);
	if (rejects != NULL)
		jsonl_out_close(rejects);
	jsonl_out_close(stdout);
	return status;
}
