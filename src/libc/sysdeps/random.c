/* getrandom and getentropy over twz_rt_get_random. */
#include <sys/random.h>
#include <unistd.h>
#include "sysdeps.h"

ssize_t getrandom(void *buf, size_t len, unsigned flags)
{
	if (flags & ~(unsigned)(GRND_NONBLOCK | GRND_RANDOM))
		return __twz_fail_errno(EINVAL);
	if (len == 0)
		return 0;
	size_t n = twz_rt_get_random(buf, len, (flags & GRND_NONBLOCK) ? GET_RANDOM_NON_BLOCKING : 0);
	if (n == 0)
		return __twz_fail_errno((flags & GRND_NONBLOCK) ? EAGAIN : EIO);
	return (ssize_t)n;
}

int getentropy(void *buf, size_t len)
{
	if (len > 256)
		return __twz_fail_errno(EIO);
	char *p = buf;
	while (len > 0) {
		size_t n = twz_rt_get_random(p, len, 0);
		if (n == 0)
			return __twz_fail_errno(EIO);
		p += n;
		len -= n;
	}
	return 0;
}
