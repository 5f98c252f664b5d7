/* Sleeping lasts at least the duration asked for (a lower bound only: no flaky upper bounds), and
 * yielding returns. */
#include "tcheck.h"

static uint64_t now_ns(void)
{
	struct duration d = twz_rt_get_monotonic_time();
	return d.seconds * 1000000000ull + d.nanos;
}

int main(void)
{
	for (int i = 0; i < 100; i++)
		twz_rt_yield_now();

	uint64_t t0 = now_ns();
	twz_rt_sleep((struct duration){0, 5000000});
	CHECK(now_ns() - t0 >= 5000000);

	t0 = now_ns();
	twz_rt_sleep((struct duration){0, 0});
	twz_rt_sleep((struct duration){0, 1});
	CHECK(now_ns() >= t0);
	return t_status();
}
