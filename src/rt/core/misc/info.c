/* rt/info.h: system facts. */
#include "../rt.h"

static size_t cpus; /* cached host_cpu_count(); 0 until first asked */

/* WeakMonotonic: CLOCK_MONOTONIC never goes back, but two reads may return the same value. */
RT_EXPORT struct system_info twz_rt_get_sysinfo(void)
{
	size_t n = __atomic_load_n(&cpus, __ATOMIC_RELAXED);
	if (!n) {
		n = host_cpu_count();
		__atomic_store_n(&cpus, n, __ATOMIC_RELAXED);
	}
	size_t page = host_boot.page_size ? host_boot.page_size : HOST_PAGE_SIZE;
	return (struct system_info){WeakMonotonic, n, page};
}
