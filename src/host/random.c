/* Kernel randomness through getrandom(2). */
#include <asm/unistd.h>
#include <linux/random.h>
#include "random.h"
#include "arch/x86_64/syscall.h"

/* ssize_t getrandom(void *buf, size_t buflen, unsigned int flags); */
long host_getrandom(void *buf, size_t len, bool nonblock)
{
	unsigned char *p = buf;
	size_t done = 0;
	while (done < len) {
		long r = host_syscall3(__NR_getrandom, (long)(p + done), (long)(len - done),
				       nonblock ? GRND_NONBLOCK : 0);
		if (r == -EINTR)
			continue;
		if (r == -EAGAIN && nonblock)
			break; /* the pool is not ready: report what we have */
		if (r < 0)
			return done ? (long)done : r;
		done += (size_t)r;
		if (nonblock)
			break; /* one attempt: fewer bytes rather than a wait */
	}
	return (long)done;
}
