/* Futex wait/wake on 32-bit words (process-private), yield, sleep. */
#ifndef TWZ_HOST_FUTEX_H
#define TWZ_HOST_FUTEX_H

#include "util.h"

/* Sleeps while *word == expected, for at most timeout_ns (UINT64_MAX: no timeout). Returns 0 when woken
 * (possibly spuriously), -EAGAIN if *word != expected on entry, -ETIMEDOUT, or -EINTR. */
HOST_HIDDEN long host_futex_wait(_Atomic uint32_t *word, uint32_t expected, uint64_t timeout_ns);
/* Wakes up to n waiters (n < 0: all). Returns the number woken or -errno. */
HOST_HIDDEN long host_futex_wake(_Atomic uint32_t *word, long n);
/* sched_yield(2). */
HOST_HIDDEN void host_yield(void);
/* Sleeps at least ns nanoseconds on CLOCK_MONOTONIC, resuming after signals. */
HOST_HIDDEN void host_sleep_ns(uint64_t ns);

#endif
