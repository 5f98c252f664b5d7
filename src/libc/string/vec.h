/* 16-byte SSE2 vectors for the string functions (x86-64 always has SSE2): unaligned loads and stores,
 * and the byte mask of a comparison. */
#ifndef TWZ_LIBC_VEC_H
#define TWZ_LIBC_VEC_H

#include <stddef.h>
#include <stdint.h>

typedef char v16 __attribute__((vector_size(16), aligned(1), may_alias));
typedef char v16a __attribute__((vector_size(16), may_alias));

static inline v16 vload(const void *p)
{
	return *(const v16 *)p;
}

static inline void vstore(void *p, v16 v)
{
	*(v16 *)p = v;
}

/* Bit i set when byte i of a equals byte i of b. */
static inline unsigned veq_mask(v16 a, v16 b)
{
	return (unsigned)__builtin_ia32_pmovmskb128((v16a)(a == b));
}

#endif
