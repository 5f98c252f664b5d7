/* rt/random.h: kernel randomness. */
#include "../rt.h"

/* Returns the bytes written; 0 when the kernel call fails (the ABI has no error channel). */
RT_EXPORT size_t twz_rt_get_random(char *buf, size_t len, get_random_flags flags)
{
	long r = host_getrandom(buf, len, flags & GET_RANDOM_NON_BLOCKING);
	return r < 0 ? 0 : (size_t)r;
}
