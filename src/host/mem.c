/* memcpy, memmove, memset, memcmp and strlen under their standard names, because the compiler emits
 * calls to them even in freestanding code. Weak: a C library linked after the runtime takes over.
 *
 * Small and middle sizes use word loops (32 bytes per round, then 8, then bytes); large ones the arch's
 * bulk string instructions where memops.h says they are fast. */
#include "mem.h"
#include "arch/x86_64/memops.h"

/* Keeps gcc from recognising these loops as memcpy/memset idioms and calling them (infinite recursion). */
#define HOST_NO_LIBCALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))

/* An unaligned, alias-anything 64-bit word. */
typedef uint64_t __attribute__((may_alias, aligned(1))) host_u64u;

typedef uint32_t __attribute__((may_alias, aligned(1))) host_u32u;

/* Copies n <= 32 bytes as a few possibly overlapping words. Every load comes before every store, so
 * the ranges may overlap in any way. */
static inline HOST_NO_LIBCALLS void mem_copy_small(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n >= 16) {
		uint64_t a = *(const host_u64u *)s, b = *(const host_u64u *)(s + 8);
		uint64_t c = *(const host_u64u *)(s + n - 16), e = *(const host_u64u *)(s + n - 8);
		*(host_u64u *)d = a;
		*(host_u64u *)(d + 8) = b;
		*(host_u64u *)(d + n - 16) = c;
		*(host_u64u *)(d + n - 8) = e;
	} else if (n >= 8) {
		uint64_t a = *(const host_u64u *)s, b = *(const host_u64u *)(s + n - 8);
		*(host_u64u *)d = a;
		*(host_u64u *)(d + n - 8) = b;
	} else if (n >= 4) {
		uint32_t a = *(const host_u32u *)s, b = *(const host_u32u *)(s + n - 4);
		*(host_u32u *)d = a;
		*(host_u32u *)(d + n - 4) = b;
	} else if (n) {
		unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
		d[0] = a;
		d[n / 2] = b;
		d[n - 1] = c;
	}
}

/* Copies n bytes upwards. Correct for overlapping ranges when d <= s: every word is read before the
 * store that could overwrite it. */
static HOST_NO_LIBCALLS void mem_copy_up(unsigned char *d, const unsigned char *s, size_t n)
{
	if (host_arch_copy_up_fast(d, s, n)) {
		host_arch_copy_up(d, s, n);
		return;
	}
	for (; n >= 32; n -= 32, d += 32, s += 32) {
		/* all four loads before the stores: keeps the d <= s overlap case correct */
		uint64_t w0 = *(const host_u64u *)s, w1 = *(const host_u64u *)(s + 8);
		uint64_t w2 = *(const host_u64u *)(s + 16), w3 = *(const host_u64u *)(s + 24);
		*(host_u64u *)d = w0;
		*(host_u64u *)(d + 8) = w1;
		*(host_u64u *)(d + 16) = w2;
		*(host_u64u *)(d + 24) = w3;
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
	for (; n >= 32; n -= 32) {
		d -= 32;
		s -= 32;
		uint64_t w0 = *(const host_u64u *)s, w1 = *(const host_u64u *)(s + 8);
		uint64_t w2 = *(const host_u64u *)(s + 16), w3 = *(const host_u64u *)(s + 24);
		*(host_u64u *)d = w0;
		*(host_u64u *)(d + 8) = w1;
		*(host_u64u *)(d + 16) = w2;
		*(host_u64u *)(d + 24) = w3;
	}
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
	if (n <= 32)
		mem_copy_small(d, s, n);
	else
		mem_copy_up(d, s, n);
	return d;
}

/* Copies n bytes from s to d; the ranges may overlap. Returns d. */
__attribute__((weak)) HOST_NO_LIBCALLS void *memmove(void *d, const void *s, size_t n)
{
	/* Unsigned distance: d below s, or d at or past the end of s, makes an upward copy safe. */
	if (n <= 32)
		mem_copy_small(d, s, n);
	else if ((uintptr_t)d - (uintptr_t)s >= n)
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
	if (n >= 8 && n <= 32) { /* a few possibly overlapping stores */
		*(host_u64u *)p = word;
		*(host_u64u *)(p + n - 8) = word;
		if (n > 16) {
			*(host_u64u *)(p + 8) = word;
			*(host_u64u *)(p + n - 16) = word;
		}
		return d;
	}
	for (; n >= 32; n -= 32, p += 32) {
		*(host_u64u *)p = word;
		*(host_u64u *)(p + 8) = word;
		*(host_u64u *)(p + 16) = word;
		*(host_u64u *)(p + 24) = word;
	}
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
