/* memcmp with SSE2: 64 bytes per round while equal, then 16 at a time; the first differing byte is found
 * from the comparison mask. */
#include <string.h>
#include "vec.h"

static inline unsigned diff_mask(const unsigned char *p, const unsigned char *q)
{
	return veq_mask(vload(p), vload(q)) ^ 0xffffu;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;
	size_t i = 0;
	for (; i + 64 <= n; i += 64) {
		v16 e0 = vload(p + i) == vload(q + i), e1 = vload(p + i + 16) == vload(q + i + 16);
		v16 e2 = vload(p + i + 32) == vload(q + i + 32), e3 = vload(p + i + 48) == vload(q + i + 48);
		if ((unsigned)__builtin_ia32_pmovmskb128((v16a)(e0 & e1 & e2 & e3)) != 0xffffu)
			break;
	}
	for (; i + 16 <= n; i += 16) {
		unsigned m = diff_mask(p + i, q + i);
		if (m) {
			size_t k = i + (size_t)__builtin_ctz(m);
			return p[k] - q[k];
		}
	}
	for (; i < n; i++)
		if (p[i] != q[i])
			return p[i] - q[i];
	return 0;
}
