/* Futex wait/wake on process-private 32-bit words, yield and sleep. */
#include <linux/futex.h>
#include <linux/time.h>
#include <linux/time_types.h>
#include <asm/unistd.h>
#include "arch/x86_64/syscall.h"
#include "clock.h"
#include "futex.h"

#define NS_PER_SEC 1000000000ULL

/* long futex(uint32_t *uaddr, int op, uint32_t val, const struct timespec *timeout, ...);
 * FUTEX_WAIT takes a relative timeout. */
long host_futex_wait(_Atomic uint32_t *word, uint32_t expected, uint64_t timeout_ns)
{
	struct __kernel_timespec ts, *tsp = NULL;

	if (timeout_ns != UINT64_MAX) {
		ts.tv_sec = (long long)(timeout_ns / NS_PER_SEC);
		ts.tv_nsec = (long long)(timeout_ns % NS_PER_SEC);
		tsp = &ts;
	}
	return host_syscall4(__NR_futex, (long)word, FUTEX_WAIT_PRIVATE, (long)expected, (long)tsp);
}

long host_futex_wake(_Atomic uint32_t *word, long n)
{
	if (n < 0 || n > INT32_MAX)
		n = INT32_MAX;
	return host_syscall3(__NR_futex, (long)word, FUTEX_WAKE_PRIVATE, n);
}

/* int sched_yield(void); */
void host_yield(void)
{
	host_syscall0(__NR_sched_yield);
}

/* int clock_nanosleep(clockid_t clock, int flags, const struct timespec *t, struct timespec *rem);
 * An absolute deadline makes resuming after a signal exact: just call again. */
void host_sleep_ns(uint64_t ns)
{
	struct host_time t = host_clock_deadline(ns);
	struct __kernel_timespec deadline = { .tv_sec = (long long)t.sec, .tv_nsec = t.nsec };

	while (host_syscall4(__NR_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, (long)&deadline, 0) == -EINTR)
		;
}
