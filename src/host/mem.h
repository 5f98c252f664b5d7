/* Memory and string primitives for code that has no libc, plus raw mapping calls.
 *
 * memcpy/memmove/memset/memcmp/strlen are also defined (weak) under their standard names, because the
 * compiler emits calls to them; a C library linked after us wins over these. */
#ifndef TWZ_HOST_MEM_H
#define TWZ_HOST_MEM_H

#include "util.h"

void *memcpy(void *restrict d, const void *restrict s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

HOST_HIDDEN size_t host_strlen(const char *s);
HOST_HIDDEN size_t host_strnlen(const char *s, size_t max);
HOST_HIDDEN int host_strcmp(const char *a, const char *b);
HOST_HIDDEN int host_strncmp(const char *a, const char *b, size_t n);
HOST_HIDDEN void *host_memchr(const void *s, int c, size_t n);

/* mmap(2) with the raw kernel contract: returns the address, or -errno cast to a pointer (check with
 * host_is_err((long)p)). */
HOST_HIDDEN void *host_mmap(void *addr, size_t len, int prot, int flags, int fd, long off);
/* munmap(2), mprotect(2), madvise(2), msync(2). */
HOST_HIDDEN long host_munmap(void *addr, size_t len);
HOST_HIDDEN long host_mprotect(void *addr, size_t len, int prot);
HOST_HIDDEN long host_madvise(void *addr, size_t len, int advice);
HOST_HIDDEN long host_msync(void *addr, size_t len, int flags);

#endif
