/* String helpers of the host layer (the runtime has no libc below it). */
#include "mem.h"

/* Keeps gcc from turning the loops into calls to the very functions a libc would provide. */
#define HOST_NO_LIBCALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))

/* The length of NUL-terminated s. */
HOST_NO_LIBCALLS size_t host_strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return (size_t)(p - s);
}

/* The length of s, but at most max (reads no byte at or past s + max). */
HOST_NO_LIBCALLS size_t host_strnlen(const char *s, size_t max)
{
	size_t n = 0;
	while (n < max && s[n])
		n++;
	return n;
}

/* Compares NUL-terminated strings as unsigned chars: <0, 0, >0. */
int host_strcmp(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	while (*x && *x == *y) {
		x++;
		y++;
	}
	return *x - *y;
}

/* Like host_strcmp over at most n bytes. */
int host_strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	for (; n; n--, x++, y++) {
		if (*x != *y || !*x)
			return *x - *y;
	}
	return 0;
}

/* The first byte equal to (unsigned char)c among the n bytes at s, or NULL. */
HOST_NO_LIBCALLS void *host_memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	for (; n; n--, p++) {
		if (*p == (unsigned char)c)
			return (void *)p;
	}
	return NULL;
}
