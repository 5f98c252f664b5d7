/* System information. */
#ifndef TWIZZLER_RT_INFO_H
#define TWIZZLER_RT_INFO_H

#include "time.h"

TWZ_BEGIN_DECLS

/* Facts about the system; available_parallelism is the number of usable CPUs (0: unknown). */
struct system_info {
	enum monotonicity clock_monotonicity;
	size_t available_parallelism;
	size_t page_size;
};

/* Reports the system's facts. */
struct system_info twz_rt_get_sysinfo(void);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_INFO_H */
