/* x86-64 bulk memory operations for mem.c: `rep movsb` / `rep stosb`, which CPUs with ERMS/FSRM
 * (every x86-64 core of the last decade) run at full cache bandwidth for large sizes.
 *
 * Register convention: rdi destination, rsi source, rcx count, al fill byte; the direction flag is
 * clear (the psABI guarantees it at function boundaries), so both copy upwards. */
#ifndef TWZ_HOST_ARCH_MEMOPS_H
#define TWZ_HOST_ARCH_MEMOPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Below this many bytes the generic word loops win over the string instructions' start-up cost
 * (measured on AMD EPYC: the 32-byte word loop is faster up to about 2 KiB). */
#define HOST_ARCH_BULK_MIN 2048

/* Whether `rep movsb` is the fast way to copy n bytes from s to d. Besides size: AMD Zen cores run it
 * ten times slower when the destination sits 1 to 63 bytes above the source modulo 4 KiB (the store and
 * load addresses alias), so such copies stay with the word loop, as glibc also does. */
static inline bool host_arch_copy_up_fast(const void *d, const void *s, size_t n)
{
	return n >= HOST_ARCH_BULK_MIN && ((((uintptr_t)d - (uintptr_t)s) & 4095) - 1) >= 63;
}

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
