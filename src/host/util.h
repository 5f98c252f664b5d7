/* Small shared definitions of the host layer: visibility, branch hints, errno values. */
#ifndef TWZ_HOST_UTIL_H
#define TWZ_HOST_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <linux/errno.h>

/* Internal to the runtime: never exported from libtwz_rt.so. */
#define HOST_HIDDEN __attribute__((visibility("hidden")))
#define host_likely(x) __builtin_expect(!!(x), 1)
#define host_unlikely(x) __builtin_expect(!!(x), 0)

/* True when a raw syscall result is an error (-4095..-1). */
static inline bool host_is_err(long r)
{
	return (unsigned long)r > -4096UL;
}

#define HOST_PAGE_SIZE 4096UL
#define HOST_ALIGN_UP(x, a) (((x) + ((a)-1)) & ~((uintptr_t)(a)-1))

#endif
