#include "rx.h"
#include "diag.h"
#include "exitcode.h"

#include <stdio.h>
#include <string.h>

static pcre2_match_context *mctx;
static pcre2_jit_stack *jit_stack;
static unsigned limit_match = 1000000, limit_depth = 10000, limit_heap = 65536;

static pcre2_match_context *
match_context(void)
{
	if (mctx != NULL)
		return mctx;
	mctx = pcre2_match_context_create(NULL);
	jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (mctx == NULL || jit_stack == NULL)
		diag_die(EXIT_SOFTWARE, "out of memory");
	pcre2_jit_stack_assign(mctx, NULL, jit_stack);
	pcre2_set_match_limit(mctx, limit_match);
	pcre2_set_depth_limit(mctx, limit_depth);
	pcre2_set_heap_limit(mctx, limit_heap);
	return mctx;
}

void
rx_set_limits(unsigned match, unsigned depth, unsigned heap_kib)
{
	limit_match = match;
	limit_depth = depth;
	limit_heap = heap_kib;
	if (mctx != NULL) {
		pcre2_set_match_limit(mctx, limit_match);
		pcre2_set_depth_limit(mctx, limit_depth);
		pcre2_set_heap_limit(mctx, limit_heap);
	}
}

bool
rx_compile(struct rx *rx, const char *pattern, size_t len, unsigned options,
    char *err, size_t errlen)
{
	int code;
	PCRE2_SIZE offset;
	PCRE2_UCHAR msg[256];

	memset(rx, 0, sizeof *rx);
	rx->code = pcre2_compile((PCRE2_SPTR)pattern, len, options | PCRE2_UTF,
	    &code, &offset, NULL);
	if (rx->code == NULL) {
		pcre2_get_error_message(code, msg, sizeof msg);
		snprintf(err, errlen, "bad pattern at offset %zu: %s",
		    (size_t)offset, (char *)msg);
		return false;
	}
	/* JIT is an optimisation: where it is unavailable, pcre2_match
	 * interprets the pattern (as pcre2grep does). */
	rx->jit = pcre2_jit_compile(rx->code, PCRE2_JIT_COMPLETE) == 0;
	rx->md = pcre2_match_data_create_from_pattern(rx->code, NULL);
	if (rx->md == NULL)
		diag_die(EXIT_SOFTWARE, "out of memory");
	return true;
}

void
rx_compile_or_die(struct rx *rx, const char *pattern, unsigned options,
    const char *origin)
{
	char err[320];

	if (!rx_compile(rx, pattern, strlen(pattern), options, err, sizeof err))
		diag_die(EXIT_SOFTWARE, "%s: %s", origin, err);
}

int
rx_match(struct rx *rx, const char *subject, size_t len, size_t start,
    unsigned options)
{
	const unsigned jit_fast = PCRE2_NOTBOL | PCRE2_NOTEOL | PCRE2_NOTEMPTY |
	    PCRE2_NOTEMPTY_ATSTART | PCRE2_NO_UTF_CHECK;
	int rc;

	if (start > len)
		return RX_ERROR;
	if (rx->jit && (options & ~jit_fast) == 0)
		rc = pcre2_jit_match(rx->code, (PCRE2_SPTR)subject, len, start,
		    options, rx->md, match_context());
	else
		rc = pcre2_match(rx->code, (PCRE2_SPTR)subject, len, start,
		    options | PCRE2_NO_UTF_CHECK, rx->md, match_context());
	if (rc > 0)
		return rc;
	if (rc == 0)     /* ovector too small: cannot happen with from_pattern */
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return RX_NOMATCH;
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
		return RX_LIMIT;
	return RX_ERROR;
}

const size_t *
rx_ovector(const struct rx *rx)
{
	return pcre2_get_ovector_pointer(rx->md);
}

int
rx_group_number(const struct rx *rx, const char *name)
{
	int n = pcre2_substring_number_from_name(rx->code, (PCRE2_SPTR)name);

	return n > 0 ? n : -1;
}

const char *
rx_mark(const struct rx *rx)
{
	return (const char *)pcre2_get_mark(rx->md);
}

void
rx_free(struct rx *rx)
{
	pcre2_match_data_free(rx->md);
	pcre2_code_free(rx->code);
	rx->md = NULL;
	rx->code = NULL;
}

void
rx_cleanup(void)
{
	pcre2_match_context_free(mctx);
	pcre2_jit_stack_free(jit_stack);
	mctx = NULL;
	jit_stack = NULL;
}

bool
rx_joinable(const struct rx *rx, const char *pattern)
{
	uint32_t backrefs = 0;
	const char *p;

	pcre2_pattern_info(rx->code, PCRE2_INFO_BACKREFMAX, &backrefs);
	if (backrefs > 0 || strstr(pattern, "(?R") != NULL ||
	    strstr(pattern, "\\g") != NULL || strstr(pattern, "(*") != NULL ||
	    strstr(pattern, "(?&") != NULL || strstr(pattern, "(?P>") != NULL)
		return false;
	for (p = strstr(pattern, "(?"); p != NULL; p = strstr(p + 2, "(?"))
		if ((p[2] >= '0' && p[2] <= '9') || p[2] == '+' ||
		    (p[2] == '-' && p[3] >= '0' && p[3] <= '9'))
			return false;
	return true;
}
