/* Clocks. */
#ifndef TWIZZLER_RT_TIME_H
#define TWIZZLER_RT_TIME_H

#include "types.h"

TWZ_BEGIN_DECLS

/* How monotonic the system's clock is. */
enum monotonicity {
	NonMonotonic,
	WeakMonotonic,
	StrongMonotonic,
};

/* Reads the monotonic clock (from an unspecified epoch, such as boot). */
struct duration twz_rt_get_monotonic_time(void);

/* Reads the wall clock (since the Unix epoch). */
struct duration twz_rt_get_system_time(void);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_TIME_H */
