/* Clocks through the vDSO (no system call per read), falling back to clock_gettime(2). */
#ifndef TWZ_HOST_CLOCK_H
#define TWZ_HOST_CLOCK_H

#include "util.h"

struct host_time {
	uint64_t sec;
	uint32_t nsec;
};

/* Finds __vdso_clock_gettime in host_boot.vdso. Cheap; called once at start-up (idempotent). */
HOST_HIDDEN void host_clock_init(void);
/* CLOCK_MONOTONIC and CLOCK_REALTIME. Never fail on Linux; on an impossible failure return zero time. */
HOST_HIDDEN struct host_time host_clock_monotonic(void);
HOST_HIDDEN struct host_time host_clock_realtime(void);
/* Monotonic time in nanoseconds. */
HOST_HIDDEN uint64_t host_clock_monotonic_ns(void);
/* The CLOCK_MONOTONIC time ns from now, saturating at INT64_MAX seconds (for absolute-deadline calls). */
HOST_HIDDEN struct host_time host_clock_deadline(uint64_t ns);

#endif
