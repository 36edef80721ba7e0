/* xalloc.h - allocation that never returns NULL: on failure the program
 * dies with status 70 and a message. Call sites never test the result. */
#ifndef PARLEY_XALLOC_H
#define PARLEY_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/* xreallocarray grows p to nmemb * size bytes, dying on overflow. */
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
/* xstrndup copies n bytes of s (which may hold NULs) and adds a NUL. */
char *xmemdup0(const char *s, size_t n);

#endif
