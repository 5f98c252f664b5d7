/* Clocks: the monotonic clock never goes back, the system clock is past 2020, and both have sane
 * nanosecond fields. */
#include "tcheck.h"

int main(void)
{
	struct duration prev = twz_rt_get_monotonic_time();
	for (int i = 0; i < 100000; i++) {
		struct duration d = twz_rt_get_monotonic_time();
		CHECK(d.nanos < 1000000000u);
		CHECK(d.seconds > prev.seconds || (d.seconds == prev.seconds && d.nanos >= prev.nanos));
		if (t_status())
			break;
		prev = d;
	}
	struct duration sys = twz_rt_get_system_time();
	CHECK(sys.seconds > 1577836800ull); /* 2020-01-01 */
	CHECK(sys.nanos < 1000000000u);
	return t_status();
}
