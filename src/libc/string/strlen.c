/* strlen with SSE2: aligned 16-byte blocks (an aligned load never crosses into another page), the
 * first one masked to start at s, then 64 bytes per round (the bytewise minimum of four blocks is zero
 * exactly when one of them holds a NUL). */
#include <string.h>
#include "vec.h"

static inline unsigned zero_mask(const char *p)
{
	const v16 zero = { 0 };
	return veq_mask(*(const v16a *)p, zero);
}

size_t strlen(const char *s)
{
	const v16 zero = { 0 };
	uintptr_t off = (uintptr_t)s & 15;
	const char *p = s - off;
	unsigned m = zero_mask(p) >> off;
	if (m)
		return (size_t)__builtin_ctz(m);
	/* up to three more single blocks, to reach 64-byte alignment */
	while (((uintptr_t)(p += 16) & 63) != 0) {
		m = zero_mask(p);
		if (m)
			return (size_t)(p - s) + (size_t)__builtin_ctz(m);
	}
	for (;; p += 64) {
		v16a a = *(const v16a *)p, b = *(const v16a *)(p + 16), c = *(const v16a *)(p + 32),
		     d = *(const v16a *)(p + 48);
		v16a lo = __builtin_ia32_pminub128(a, b);
		v16a hi = __builtin_ia32_pminub128(c, d);
		v16a all = __builtin_ia32_pminub128(lo, hi);
		if (veq_mask(all, zero) == 0)
			continue;
		for (int i = 0; i < 64; i += 16) {
			m = zero_mask(p + i);
			if (m)
				return (size_t)(p + i - s) + (size_t)__builtin_ctz(m);
		}
	}
}
