/* System facts: monotonicity as documented, at least one CPU, a power-of-two page size. */
#include "tcheck.h"

int main(void)
{
	struct system_info si = twz_rt_get_sysinfo();
	CHECK_EQ(si.clock_monotonicity, WeakMonotonic);
	CHECK(si.available_parallelism >= 1);
	CHECK(si.page_size >= 4096);
	CHECK_EQ(si.page_size & (si.page_size - 1), 0);
	struct system_info again = twz_rt_get_sysinfo();
	CHECK_EQ(again.available_parallelism, si.available_parallelism);
	return t_status();
}
