/* x86-64 bulk memory operations for mem.c: `rep movsb` / `rep stosb`, which CPUs with ERMS/FSRM
 * (every x86-64 core of the last decade) run at full cache bandwidth for large sizes.
 *
 * Register convention: rdi destination, rsi source, rcx count, al fill byte; the direction flag is
 * clear (the psABI guarantees it at function boundaries), so both copy upwards. */
#ifndef TWZ_HOST_ARCH_MEMOPS_H
#define TWZ_HOST_ARCH_MEMOPS_H

#include <stddef.h>

/* Below this many bytes the generic word loops win over the string instructions' start-up cost. */
#define HOST_ARCH_BULK_MIN 256

/* Copies n bytes upwards, one byte at a time in effect: correct also when d < s and the ranges overlap. */
static inline void host_arch_copy_up(void *d, const void *s, size_t n)
{
	__asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
}

/* Sets n bytes at d to the byte c. */
static inline void host_arch_fill(void *d, unsigned char c, size_t n)
{
	__asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
}

#endif
