/* memcpy, memmove, memset, memcmp and strlen under their standard names, because the compiler emits
 * calls to them even in freestanding code. Weak: a C library linked after the runtime takes over.
 *
 * Small sizes use 8-byte word loops; large ones the arch's bulk string instructions (memops.h). */
#include "mem.h"
#include "arch/x86_64/memops.h"

/* Keeps gcc from recognising these loops as memcpy/memset idioms and calling them (infinite recursion). */
#define HOST_NO_LIBCALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))

/* An unaligned, alias-anything 64-bit word. */
typedef uint64_t __attribute__((may_alias, aligned(1))) host_u64u;

/* Copies n bytes upwards. Correct for overlapping ranges when d <= s: every word is read before the
 * store that could overwrite it. */
static HOST_NO_LIBCALLS void mem_copy_up(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n >= HOST_ARCH_BULK_MIN) {
		host_arch_copy_up(d, s, n);
		return;
	}
	for (; n >= 8; n -= 8, d += 8, s += 8)
		*(host_u64u *)d = *(const host_u64u *)s;
	for (; n; n--)
		*d++ = *s++;
}

/* Copies n bytes downwards, from the end. Correct for overlapping ranges when d > s. */
static HOST_NO_LIBCALLS void mem_copy_down(unsigned char *d, const unsigned char *s, size_t n)
{
	d += n;
	s += n;
	for (; n >= 8; n -= 8) {
		d -= 8;
		s -= 8;
		*(host_u64u *)d = *(const host_u64u *)s;
	}
	for (; n; n--)
		*--d = *--s;
}

/* Copies n bytes from s to d; the ranges must not overlap. Returns d. */
__attribute__((weak)) HOST_NO_LIBCALLS void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
	mem_copy_up(d, s, n);
	return d;
}

/* Copies n bytes from s to d; the ranges may overlap. Returns d. */
__attribute__((weak)) HOST_NO_LIBCALLS void *memmove(void *d, const void *s, size_t n)
{
	/* Unsigned distance: d below s, or d at or past the end of s, makes an upward copy safe. */
	if ((uintptr_t)d - (uintptr_t)s >= n)
		mem_copy_up(d, s, n);
	else
		mem_copy_down(d, s, n);
	return d;
}

/* Sets n bytes at d to (unsigned char)c. Returns d. */
__attribute__((weak)) HOST_NO_LIBCALLS void *memset(void *d, int c, size_t n)
{
	unsigned char *p = d;
	if (n >= HOST_ARCH_BULK_MIN) {
		host_arch_fill(p, (unsigned char)c, n);
		return d;
	}
	uint64_t word = (unsigned char)c * 0x0101010101010101ULL;
	for (; n >= 8; n -= 8, p += 8)
		*(host_u64u *)p = word;
	for (; n; n--)
		*p++ = (unsigned char)c;
	return d;
}

/* Compares n bytes as unsigned chars: <0, 0, >0 as the first difference is smaller, absent, larger. */
__attribute__((weak)) HOST_NO_LIBCALLS int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	for (; n >= 8; n -= 8, x += 8, y += 8) {
		if (*(const host_u64u *)x != *(const host_u64u *)y)
			break; /* the byte loop finds the difference within these 8 bytes */
	}
	for (; n; n--, x++, y++) {
		if (*x != *y)
			return *x - *y;
	}
	return 0;
}

/* The length of NUL-terminated s. */
__attribute__((weak)) HOST_NO_LIBCALLS size_t strlen(const char *s)
{
	return host_strlen(s);
}
