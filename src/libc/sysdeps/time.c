/* Clocks and sleeping: clock_gettime, clock_getres, gettimeofday, nanosleep, clock_nanosleep, sleep,
 * usleep, times. CPU-time clocks do not exist in the ABI: CLOCK_*_CPUTIME_ID give EINVAL and times()
 * fails with ENOSYS, so clock() returns (clock_t)-1 ("not available"), as C allows. */
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>
#include "sysdeps.h"

int __twz_clock_read(clockid_t id, struct timespec *ts)
{
	struct duration d;
	switch (id) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_REALTIME_ALARM:
		d = twz_rt_get_system_time();
		break;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
	case CLOCK_BOOTTIME_ALARM:
		d = twz_rt_get_monotonic_time();
		break;
	default:
		return __twz_fail_errno(EINVAL);
	}
	*ts = __twz_ts_from_duration(d);
	return 0;
}

static int ts_valid(const struct timespec *ts)
{
	return ts->tv_nsec >= 0 && ts->tv_nsec < 1000000000L;
}

int __twz_until(clockid_t id, const struct timespec *abs, struct duration *out)
{
	struct timespec now;
	if (!ts_valid(abs))
		return __twz_fail_errno(EINVAL);
	if (__twz_clock_read(id, &now) < 0)
		return -1;
	if (abs->tv_sec < now.tv_sec || (abs->tv_sec == now.tv_sec && abs->tv_nsec <= now.tv_nsec))
		return 0;
	long ns = abs->tv_nsec - now.tv_nsec;
	time_t s = abs->tv_sec - now.tv_sec;
	if (ns < 0) {
		ns += 1000000000L;
		s--;
	}
	out->seconds = (uint64_t)s;
	out->nanos = (uint32_t)ns;
	return 1;
}

int clock_gettime(clockid_t id, struct timespec *ts)
{
	return __twz_clock_read(id, ts);
}

/* The ABI does not state its clocks' resolution; nanoseconds is what it can express. */
int clock_getres(clockid_t id, struct timespec *res)
{
	struct timespec ts;
	if (__twz_clock_read(id, &ts) < 0)
		return -1;
	if (res) {
		res->tv_sec = 0;
		res->tv_nsec = 1;
	}
	return 0;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	(void)tz;
	if (tv) {
		struct duration d = twz_rt_get_system_time();
		tv->tv_sec = (time_t)d.seconds;
		tv->tv_usec = (suseconds_t)(d.nanos / 1000);
	}
	return 0;
}

clock_t times(struct tms *buf)
{
	(void)buf;
	return (clock_t)__twz_fail_errno(ENOSYS);
}

/* Sleeps cannot be interrupted here (no signals reach the C library), so *rem is always zero. */
int nanosleep(const struct timespec *req, struct timespec *rem)
{
	if (!ts_valid(req) || req->tv_sec < 0)
		return __twz_fail_errno(EINVAL);
	twz_rt_sleep(__twz_duration_from_ts(req));
	if (rem)
		rem->tv_sec = rem->tv_nsec = 0;
	return 0;
}

int clock_nanosleep(clockid_t id, int flags, const struct timespec *req, struct timespec *rem)
{
	int saved = errno, r;
	struct timespec now;
	if (__twz_clock_read(id, &now) < 0) {
		r = errno;
		errno = saved;
		return r;
	}
	if (!ts_valid(req))
		return EINVAL;
	if (flags & TIMER_ABSTIME) {
		struct duration d;
		int n = __twz_until(id, req, &d);
		if (n < 0) {
			r = errno;
			errno = saved;
			return r;
		}
		if (n > 0)
			twz_rt_sleep(d);
		return 0;
	}
	if (req->tv_sec < 0)
		return EINVAL;
	twz_rt_sleep(__twz_duration_from_ts(req));
	if (rem)
		rem->tv_sec = rem->tv_nsec = 0;
	return 0;
}

unsigned sleep(unsigned seconds)
{
	twz_rt_sleep((struct duration){ seconds, 0 });
	return 0;
}

int usleep(useconds_t usec)
{
	twz_rt_sleep((struct duration){ usec / 1000000, (uint32_t)(usec % 1000000) * 1000 });
	return 0;
}
