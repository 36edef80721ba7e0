/* cli.h - the options every stage shares: --rejects FILE, --strict,
 * --help, --version. Each stage parses its own options with getopt_long and
 * lists CLI_COMMON_LONGOPTS in its table; cli_common_option handles them. */
#ifndef PARLEY_CLI_H
#define PARLEY_CLI_H

#include <getopt.h>
#include <stdbool.h>

#ifndef PARLEY_VERSION
#define PARLEY_VERSION "0.1.0"
#endif

enum cli_common_opt {
	CLI_OPT_REJECTS = 0x1000,
	CLI_OPT_STRICT,
	CLI_OPT_HELP,
	CLI_OPT_VERSION
};

#define CLI_COMMON_LONGOPTS \
	{ "rejects", required_argument, NULL, CLI_OPT_REJECTS }, \
	{ "strict", no_argument, NULL, CLI_OPT_STRICT }, \
	{ "help", no_argument, NULL, CLI_OPT_HELP }, \
	{ "version", no_argument, NULL, CLI_OPT_VERSION }

/* The help text of the common options, for a stage's usage(). */
#define CLI_COMMON_HELP \
	"  --rejects FILE  write rejected input lines, verbatim, to FILE\n" \
	"  --strict        stop at the first rejected line (exit 65)\n" \
	"  --help          print this help and exit\n" \
	"  --version       print the version and exit\n"

struct cli_common {
	const char *rejects;
	bool strict;
};

/* cli_common_option handles one of the common options: sets the field,
 * or calls usage(0) for --help, or prints the version and exits 0.
 * Returns false when c is not a common option. usage(status) must print
 * the help (stdout when status is 0, stderr otherwise) and exit. */
bool cli_common_option(int c, const char *arg, struct cli_common *common,
    void (*usage)(int status));

/* cli_bad_usage prints "PROG: message" and "Try 'PROG --help'." and
 * exits 64. */
void cli_bad_usage(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

#endif
