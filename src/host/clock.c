/* Clocks: clock_gettime through the vDSO (no system call per read), or the system call without one. */
#include <linux/time.h>
#include <linux/time_types.h>
#include <asm/unistd.h>
#include "arch/x86_64/syscall.h"
#include "boot.h"
#include "clock.h"
#include "vdso.h"

#define NS_PER_SEC 1000000000U

typedef int (*gettime_fn)(int clock, struct __kernel_timespec *ts);

/* The vDSO's __vdso_clock_gettime or syscall_gettime; NULL until host_clock_init. */
static gettime_fn gettime;

/* int clock_gettime(clockid_t clock, struct timespec *ts); */
static int syscall_gettime(int clock, struct __kernel_timespec *ts)
{
	return (int)host_syscall2(__NR_clock_gettime, clock, (long)ts);
}

void host_clock_init(void)
{
	void *sym;

	if (__atomic_load_n(&gettime, __ATOMIC_RELAXED))
		return;
	sym = host_vdso_sym(host_boot.vdso, "__vdso_clock_gettime", "LINUX_2.6");
	__atomic_store_n(&gettime, sym ? (gettime_fn)sym : syscall_gettime, __ATOMIC_RELAXED);
}

static struct host_time clock_read(int clock)
{
	gettime_fn f = __atomic_load_n(&gettime, __ATOMIC_RELAXED);
	struct __kernel_timespec ts;

	if (host_unlikely(!f)) {
		host_clock_init();
		f = __atomic_load_n(&gettime, __ATOMIC_RELAXED);
	}
	if (f(clock, &ts) != 0)
		return (struct host_time){ 0, 0 };
	return (struct host_time){ (uint64_t)ts.tv_sec, (uint32_t)ts.tv_nsec };
}

struct host_time host_clock_monotonic(void)
{
	return clock_read(CLOCK_MONOTONIC);
}

struct host_time host_clock_realtime(void)
{
	return clock_read(CLOCK_REALTIME);
}

uint64_t host_clock_monotonic_ns(void)
{
	struct host_time t = clock_read(CLOCK_MONOTONIC);
	return t.sec * NS_PER_SEC + t.nsec;
}

struct host_time host_clock_deadline(uint64_t ns)
{
	struct host_time t = clock_read(CLOCK_MONOTONIC);
	uint64_t sec = t.sec + ns / NS_PER_SEC;
	uint32_t nsec = t.nsec + (uint32_t)(ns % NS_PER_SEC);

	if (nsec >= NS_PER_SEC) {
		nsec -= NS_PER_SEC;
		sec++;
	}
	if (sec < t.sec || sec > INT64_MAX)
		return (struct host_time){ INT64_MAX, 0 };
	return (struct host_time){ sec, nsec };
}
