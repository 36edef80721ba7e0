#include "datafile.h"
#include "xalloc.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PARLEY_DATADIR_DEFAULT
#define PARLEY_DATADIR_DEFAULT "/usr/local/share/parley"
#endif

static char *
join(const char *dir, const char *rel, const char *name)
{
	size_t n = strlen(dir) + strlen(rel) + strlen(name) + 3;
	char *p = xmalloc(n);

	snprintf(p, n, "%s%s/%s", dir, rel, name);
	return p;
}

static bool
exists(const char *path)
{
	return access(path, R_OK) == 0;
}

char *
datafile_path(const char *name)
{
	const char *env = getenv("PARLEY_DATADIR");
	char exe[PATH_MAX];
	ssize_t n;
	char *p;

	if (env != NULL && *env != '\0')
		return join(env, "", name);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		char *slash;

		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash != NULL) {
			*slash = '\0';
			p = join(exe, "/../lib/dict", name);
			if (exists(p))
				return p;
			free(p);
			p = join(exe, "/../share/parley", name);
			if (exists(p))
				return p;
			free(p);
		}
	}
	return join(PARLEY_DATADIR_DEFAULT, "", name);
}

bool
datafile_open(struct datafile *df, const char *path)
{
	memset(df, 0, sizeof *df);
	df->path = path;
	df->fp = fopen(path, "r");
	return df->fp != NULL;
}

char *
datafile_next(struct datafile *df, size_t *len)
{
	ssize_t n;

	while ((n = getline(&df->buf, &df->cap, df->fp)) >= 0) {
		char *s = df->buf;
		size_t k = (size_t)n;

		df->line++;
		while (k > 0 && (s[k - 1] == '\n' || s[k - 1] == '\r' ||
		    s[k - 1] == ' ' || s[k - 1] == '\t'))
			k--;
		s[k] = '\0';
		if (df->line == 1 && k >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
			memmove(s, s + 3, k - 2);
			k -= 3;
		}
		size_t lead = strspn(s, " \t");
		if (lead == k || s[lead] == '#')
			continue;
		*len = k;
		return s;
	}
	return NULL;
}

void
datafile_close(struct datafile *df)
{
	if (df->fp != NULL)
		fclose(df->fp);
	free(df->buf);
	df->fp = NULL;
	df->buf = NULL;
}
