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
static long futex_wait(_Atomic uint32_t *word, int op, uint32_t expected, uint64_t timeout_ns)
{
	struct __kernel_timespec ts, *tsp = NULL;

	if (timeout_ns != UINT64_MAX) {
		ts.tv_sec = (long long)(timeout_ns / NS_PER_SEC);
		ts.tv_nsec = (long long)(timeout_ns % NS_PER_SEC);
		tsp = &ts;
	}
	return host_syscall4(__NR_futex, (long)word, op, (long)expected, (long)tsp);
}

long host_futex_wait(_Atomic uint32_t *word, uint32_t expected, uint64_t timeout_ns)
{
	return futex_wait(word, FUTEX_WAIT_PRIVATE, expected, timeout_ns);
}

long host_futex_wait_shared(_Atomic uint32_t *word, uint32_t expected, uint64_t timeout_ns)
{
	return futex_wait(word, FUTEX_WAIT, expected, timeout_ns);
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
	struct host_time now = host_clock_monotonic();
	uint64_t sec = now.sec + ns / NS_PER_SEC;
	uint64_t nsec = now.nsec + ns % NS_PER_SEC;
	struct __kernel_timespec deadline;

	if (nsec >= NS_PER_SEC) {
		nsec -= NS_PER_SEC;
		sec++;
	}
	if (sec < now.sec || sec > INT64_MAX) /* saturate: "forever" */
		sec = INT64_MAX;
	deadline.tv_sec = (long long)sec;
	deadline.tv_nsec = (long long)nsec;
	while (host_syscall4(__NR_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, (long)&deadline, 0) == -EINTR)
		;
}
