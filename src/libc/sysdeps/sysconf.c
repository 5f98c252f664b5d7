/* sysconf and getpagesize from the runtime's system_info and the C library's own limits. */
#include <limits.h>
#include <pthread.h>
#include <unistd.h>
#include <sys/uio.h>
#include "sysdeps.h"

long sysconf(int name)
{
	struct system_info si;
	switch (name) {
	case _SC_PAGESIZE:
		return (long)twz_rt_get_sysinfo().page_size;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN:
		si = twz_rt_get_sysinfo();
		return si.available_parallelism ? (long)si.available_parallelism : 1;
	case _SC_ARG_MAX: return 2097152;
	case _SC_CHILD_MAX: return -1;            /* no fixed limit */
	case _SC_CLK_TCK: return 100;
	case _SC_OPEN_MAX: return 1024;
	case _SC_IOV_MAX: return IOV_MAX;
	case _SC_VERSION: return 200809L;
	case _SC_THREADS: return 200809L;
	case _SC_MONOTONIC_CLOCK: return 200809L;
	case _SC_THREAD_KEYS_MAX: return PTHREAD_KEYS_MAX;
	case _SC_THREAD_STACK_MIN: return PTHREAD_STACK_MIN;
	case _SC_THREAD_DESTRUCTOR_ITERATIONS: return PTHREAD_DESTRUCTOR_ITERATIONS;
	case _SC_LINE_MAX: return 2048;
	case _SC_HOST_NAME_MAX: return 255;
	case _SC_LOGIN_NAME_MAX: return 256;
	case _SC_TTY_NAME_MAX: return 32;
	case _SC_GETPW_R_SIZE_MAX: return -1;
	case _SC_PHYS_PAGES:
	case _SC_AVPHYS_PAGES:
		return -1; /* unknown (errno unchanged: "no limit") */
	default:
		return __twz_fail_errno(EINVAL);
	}
}

int getpagesize(void)
{
	return (int)twz_rt_get_sysinfo().page_size;
}

int sched_yield(void)
{
	twz_rt_yield_now();
	return 0;
}
