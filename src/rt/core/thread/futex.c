/* Futex wait/wake, yield, sleep, and the timeout conversions the thread calls share. */
#include "thread.h"

uint64_t rt_duration_ns(struct duration d)
{
	if (d.seconds > (UINT64_MAX - 1 - d.nanos) / 1000000000u)
		return UINT64_MAX - 1;
	return d.seconds * 1000000000u + d.nanos;
}

uint64_t rt_timeout_ns(struct option_duration timeout)
{
	return timeout.is_some ? rt_duration_ns(timeout.dur) : UINT64_MAX;
}

/* Returns at once (success) if *ptr != expected; 0 after a wake-up (spurious ones and signals included),
 * TIMED_OUT when the timeout passed, other kernel errors converted. */
RT_EXPORT twz_error twz_rt_futex_wait(_Atomic futex_word *ptr, futex_word expected,
				      struct option_duration timeout)
{
	long r = host_futex_wait(ptr, expected, rt_timeout_ns(timeout));
	if (r == 0 || r == -EAGAIN || r == -EINTR)
		return 0;
	return rt_error_from_errno(r);
}

/* Wakes up to max waiters; any negative max (FUTEX_WAKE_ALL) wakes all. Always succeeds. */
RT_EXPORT twz_error twz_rt_futex_wake(_Atomic futex_word *ptr, int64_t max)
{
	long n = max < 0 ? -1 : max > INT32_MAX ? INT32_MAX : (long)max;
	host_futex_wake(ptr, n);
	return 0;
}

RT_EXPORT void twz_rt_yield_now(void)
{
	host_yield();
}

RT_EXPORT void twz_rt_sleep(struct duration dur)
{
	host_sleep_ns(rt_duration_ns(dur));
}
