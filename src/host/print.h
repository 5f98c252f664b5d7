/* Minimal formatted output for diagnostics, with no allocation and no libc. */
#ifndef TWZ_HOST_PRINT_H
#define TWZ_HOST_PRINT_H

#include <stdarg.h>
#include "util.h"

/* Formats into buf (always NUL-terminated when cap > 0) and returns the length that the full output
 * would have. Conversions: %s %c %d %i %u %x %X %p %% with the l, ll, z length modifiers, a field width,
 * '0' padding and '-' alignment; %.*s takes a length. Anything else is printed literally. */
HOST_HIDDEN size_t host_vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap);
HOST_HIDDEN size_t host_snprintf(char *buf, size_t cap, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Formats (at most 512 bytes) and writes to fd in one write(2). Returns bytes written or -errno. */
HOST_HIDDEN long host_dprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes all of buf to fd, retrying short writes and EINTR. Returns 0 or -errno. */
HOST_HIDDEN long host_write_all(int fd, const void *buf, size_t len);

#endif
