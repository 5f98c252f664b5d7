/* rt/time.h: clocks through the vDSO (no system call per read). */
#include "../rt.h"

static struct duration to_duration(struct host_time t)
{
	return (struct duration){t.sec, t.nsec};
}

RT_EXPORT struct duration twz_rt_get_monotonic_time(void)
{
	return to_duration(host_clock_monotonic());
}

RT_EXPORT struct duration twz_rt_get_system_time(void)
{
	return to_duration(host_clock_realtime());
}
