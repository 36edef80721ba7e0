/* dict-file.h - for the fuzz targets of the dictionary loaders, which read
 * a file: fuzz_dict_file puts the input in an unlinked temporary file,
 * opened again through /proc (nothing is left behind), and returns its
 * path. The file is reused by the next call. */
#ifndef PARLEY_FUZZ_DICT_FILE_H
#define PARLEY_FUZZ_DICT_FILE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char *
fuzz_dict_file(const uint8_t *data, size_t size)
{
	static char path[64];
	static int fd = -1;

	if (fd < 0) {
		char tmp[] = "/tmp/fuzz-dict.XXXXXX";

		if ((fd = mkstemp(tmp)) < 0 || unlink(tmp) != 0)
			abort();
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	return path;
}

#endif
