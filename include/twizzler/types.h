/* Basic Twizzler types shared by every ABI header: object ids and durations. */
#ifndef TWIZZLER_TYPES_H
#define TWIZZLER_TYPES_H

#include <stddef.h>
#include <stdint.h>

#include "cdefs.h"

#ifndef __SIZEOF_INT128__
#error "the Twizzler ABI needs a compiler with a 128-bit integer type (__uint128_t) for objid"
#endif

/* Signed size. Upstream defines it unconditionally as int64_t, which matches glibc on LP64 (a repeated
 * typedef of the same type is valid C11 and C++). */
typedef int64_t ssize_t;

TWZ_BEGIN_DECLS

/* A 128-bit object id; 0 means "no object". Split into 64-bit halves, the high half comes first. */
typedef __uint128_t objid;

/* A span of time: whole seconds plus nanoseconds (nanos < 1e9). */
struct duration {
	uint64_t seconds;
	uint32_t nanos;
};

/* An optional duration (a timeout); when is_some is 0 there is none (wait forever) and dur is ignored. */
struct option_duration {
	struct duration dur;
	int32_t is_some;
};

/* The empty option_duration (no timeout). Upstream defines an external const object; ours is a value
 * with no linkage: a compound literal in C, an internal constexpr object in C++. */
#ifdef __cplusplus
static constexpr struct option_duration NO_DURATION = {{0, 0}, 0};
#else
#define NO_DURATION ((struct option_duration){{0, 0}, 0})
#endif

TWZ_END_DECLS

#endif /* TWIZZLER_TYPES_H */
