#include "cli.h"
#include "diag.h"
#include "exitcode.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

bool
cli_common_option(int c, const char *arg, struct cli_common *common,
    void (*usage)(int status))
{
	switch (c) {
	case CLI_OPT_REJECTS:
		common->rejects = arg;
		return true;
	case CLI_OPT_STRICT:
		common->strict = true;
		return true;
	case CLI_OPT_HELP:
		usage(EXIT_OK);
		return true;
	case CLI_OPT_VERSION:
		printf("%s %s\n", diag_prog(), PARLEY_VERSION);
		exit(fclose(stdout) == 0 ? EXIT_OK : EXIT_IOERR);
	default:
		return false;
	}
}

void
cli_bad_usage(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", diag_prog());
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help'.\n", diag_prog());
	exit(EXIT_USAGE);
}
