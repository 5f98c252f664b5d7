/* Time: the clocks, time/gettimeofday agreeing with CLOCK_REALTIME, sleeping at least as long as asked,
 * and the calendar functions (in UTC, TZ unset). No timing upper bounds (the machine may be busy). */
#include <errno.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "lcheck.h"

static long long ns(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

int main(void)
{
	struct timespec a, b, r;
	CHECK_OK(clock_gettime(CLOCK_MONOTONIC, &a));
	for (int i = 0; i < 1000; i++) {
		CHECK_OK(clock_gettime(CLOCK_MONOTONIC, &b));
		CHECK(ns(&b) >= ns(&a));
		a = b;
	}
	CHECK_OK(clock_getres(CLOCK_MONOTONIC, &r));
	CHECK(r.tv_sec == 0 && r.tv_nsec > 0);
	CHECK_ERR(clock_gettime((clockid_t)2 /* CLOCK_PROCESS_CPUTIME_ID: no CPU clocks */, &a), EINVAL);
	CHECK_ERR(clock_gettime((clockid_t)1234, &a), EINVAL);

	CHECK_OK(clock_gettime(CLOCK_REALTIME, &a));
	time_t t = time(NULL);
	struct timeval tv;
	CHECK_OK(gettimeofday(&tv, NULL));
	CHECK(a.tv_sec > 1600000000); /* after 2020 */
	CHECK(t >= a.tv_sec && t - a.tv_sec < 100);
	CHECK(tv.tv_sec >= a.tv_sec && tv.tv_usec >= 0 && tv.tv_usec < 1000000);

	/* sleeps last at least as long as asked */
	clock_gettime(CLOCK_MONOTONIC, &a);
	struct timespec req = { 0, 30000000 }, rem = { 9, 9 };
	CHECK_OK(nanosleep(&req, &rem));
	clock_gettime(CLOCK_MONOTONIC, &b);
	CHECK(ns(&b) - ns(&a) >= 30000000);
	CHECK(rem.tv_sec == 0 && rem.tv_nsec == 0);
	clock_gettime(CLOCK_MONOTONIC, &a);
	CHECK_OK(usleep(20000));
	clock_gettime(CLOCK_MONOTONIC, &b);
	CHECK(ns(&b) - ns(&a) >= 20000000);
	struct timespec abs;
	clock_gettime(CLOCK_MONOTONIC, &abs);
	abs.tv_nsec += 10000000;
	if (abs.tv_nsec >= 1000000000) {
		abs.tv_sec++;
		abs.tv_nsec -= 1000000000;
	}
	CHECK_INT(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, NULL), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	CHECK(ns(&b) >= ns(&abs));
	req.tv_nsec = 2000000000;
	CHECK_ERR(nanosleep(&req, NULL), EINVAL);

	/* calendar */
	time_t when = 1700000000; /* 2023-11-14 22:13:20 UTC */
	struct tm tm;
	CHECK(gmtime_r(&when, &tm) != NULL);
	CHECK(tm.tm_year == 123 && tm.tm_mon == 10 && tm.tm_mday == 14 && tm.tm_hour == 22 && tm.tm_min == 13 &&
	      tm.tm_sec == 20 && tm.tm_wday == 2);
	char buf[64];
	CHECK_INT(strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %j", &tm), 27);
	CHECK_STR(buf, "2023-11-14 22:13:20 Tue 318");
	CHECK_INT(mktime(&tm), when); /* local time is UTC here */
	struct tm *lt = localtime(&when);
	CHECK(lt && lt->tm_hour == 22);
	CHECK_STR(asctime(&tm), "Tue Nov 14 22:13:20 2023\n");
	CHECK(difftime(when + 5, when) == 5.0);
	return lc_status();
}
