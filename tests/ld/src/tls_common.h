/* TLS test modules (program, libtlsa, libtlsb) each define the same shape of thread-locals, with a
 * per-module BASE: init[32] = BASE + i, zero[512] = 0, one 64-byte aligned word = BASE. tls_check
 * verifies the initial state of the calling thread's copies, writes a thread-specific pattern, yields
 * and verifies the pattern stayed (no other thread shares the copy). */
#ifndef TLS_COMMON_H
#define TLS_COMMON_H
#include <stdint.h>

#define TLS_SEQ32(b)                                                                                   \
	b + 0, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10, b + 11, b + 12,   \
	    b + 13, b + 14, b + 15, b + 16, b + 17, b + 18, b + 19, b + 20, b + 21, b + 22, b + 23,     \
	    b + 24, b + 25, b + 26, b + 27, b + 28, b + 29, b + 30, b + 31

/* Defines PREFIX_init, PREFIX_zero, PREFIX_aligned and PREFIX_check(tid) -> number of mismatches. */
#define TLS_MODULE(PREFIX, BASE)                                                                       \
	__thread uint32_t PREFIX##_init[32] = {TLS_SEQ32(BASE)};                                          \
	__thread uint64_t PREFIX##_zero[512];                                                            \
	__thread uint64_t PREFIX##_aligned __attribute__((aligned(64))) = BASE;                          \
	unsigned PREFIX##_check(unsigned tid)                                                            \
	{                                                                                                \
		unsigned bad = 0;                                                                        \
		for (unsigned i = 0; i < 32; i++)                                                        \
			bad += PREFIX##_init[i] != BASE + i;                                             \
		for (unsigned i = 0; i < 512; i++)                                                       \
			bad += PREFIX##_zero[i] != 0;                                                    \
		bad += PREFIX##_aligned != BASE;                                                         \
		bad += ((uintptr_t)&PREFIX##_aligned & 63) != 0;                                         \
		for (unsigned i = 0; i < 32; i++)                                                        \
			PREFIX##_init[i] = tid * 1000 + i;                                               \
		for (unsigned i = 0; i < 512; i += 7)                                                    \
			PREFIX##_zero[i] = tid + i;                                                      \
		PREFIX##_aligned = tid;                                                                  \
		for (int round = 0; round < 4; round++) {                                                \
			out_yield();                                                                     \
			for (unsigned i = 0; i < 32; i++)                                                \
				bad += PREFIX##_init[i] != tid * 1000 + i;                               \
			for (unsigned i = 0; i < 512; i += 7)                                            \
				bad += PREFIX##_zero[i] != tid + i;                                      \
			bad += PREFIX##_aligned != tid;                                                  \
		}                                                                                        \
		return bad;                                                                              \
	}                                                                                                \
	uint64_t *PREFIX##_zero_addr(void)                                                               \
	{                                                                                                \
		return PREFIX##_zero;                                                                    \
	}

#endif
