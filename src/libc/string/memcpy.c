/* memcpy with SSE2 (replaces newlib's x86-64 assembly, whose `rep movsb` and non-temporal stores are
 * slow for data that stays in cache): overlapping head/tail moves for small sizes, a 64-byte loop above
 * (`rep movsb` measured several times slower than this loop on virtual machines without fast strings). */
#include <string.h>
#include "vec.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	char *d = dst;
	const char *s = src;
	if (n <= 16) {
		if (n >= 8) {
			uint64_t a, b;
			__builtin_memcpy(&a, s, 8);
			__builtin_memcpy(&b, s + n - 8, 8);
			__builtin_memcpy(d, &a, 8);
			__builtin_memcpy(d + n - 8, &b, 8);
		} else if (n >= 4) {
			uint32_t a, b;
			__builtin_memcpy(&a, s, 4);
			__builtin_memcpy(&b, s + n - 4, 4);
			__builtin_memcpy(d, &a, 4);
			__builtin_memcpy(d + n - 4, &b, 4);
		} else if (n) {
			char a = s[0], b = s[n / 2], c = s[n - 1];
			d[0] = a;
			d[n / 2] = b;
			d[n - 1] = c;
		}
		return dst;
	}
	if (n <= 32) {
		v16 a = vload(s), b = vload(s + n - 16);
		vstore(d, a);
		vstore(d + n - 16, b);
		return dst;
	}
	if (n <= 64) {
		v16 a = vload(s), b = vload(s + 16), c = vload(s + n - 32), e = vload(s + n - 16);
		vstore(d, a);
		vstore(d + 16, b);
		vstore(d + n - 32, c);
		vstore(d + n - 16, e);
		return dst;
	}
	/* 64 bytes a round; the last (possibly overlapping) 64 bytes are stored after the loop. */
	v16 t0 = vload(s + n - 64), t1 = vload(s + n - 48), t2 = vload(s + n - 32), t3 = vload(s + n - 16);
	char *tail = d + n - 64;
	for (size_t i = 0; i + 64 <= n; i += 64) {
		v16 a = vload(s + i), b = vload(s + i + 16), c = vload(s + i + 32), e = vload(s + i + 48);
		vstore(d + i, a);
		vstore(d + i + 16, b);
		vstore(d + i + 32, c);
		vstore(d + i + 48, e);
	}
	vstore(tail, t0);
	vstore(tail + 16, t1);
	vstore(tail + 32, t2);
	vstore(tail + 48, t3);
	return dst;
}
