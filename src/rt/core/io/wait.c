/* Waiting for one host fd with the io_ctx rules: IO_NONBLOCKING never waits, a timeout bounds the wait. */
#include "io.h"

uint64_t rt_io_timeout_ns(const struct option_duration *t)
{
	if (!t || !t->is_some)
		return UINT64_MAX;
	uint64_t s = t->dur.seconds, ns = t->dur.nanos;
	if (s >= (UINT64_MAX - ns) / 1000000000ull)
		return UINT64_MAX - 1; /* far enough: still a timeout, never "forever" */
	return s * 1000000000ull + ns;
}

long rt_io_wait_ready(int hfd, short events, io_flags flags, const struct option_duration *timeout,
		      bool always)
{
	uint64_t ns = (flags & IO_NONBLOCKING) ? 0 : rt_io_timeout_ns(timeout);
	if (ns == UINT64_MAX && !always)
		return 0;
	uint64_t deadline = ns == UINT64_MAX ? UINT64_MAX : host_clock_monotonic_ns() + ns;
	for (;;) {
		struct pollfd p = {.fd = hfd, .events = events};
		long r = host_poll(&p, 1, ns);
		if (r > 0)
			return 0; /* ready, or an error/hangup the following system call will report */
		if (r == 0)
			return (flags & IO_NONBLOCKING) ? -EAGAIN : -ETIMEDOUT;
		if (r != -EINTR)
			return r;
		if (deadline != UINT64_MAX) {
			uint64_t now = host_clock_monotonic_ns();
			ns = now >= deadline ? 0 : deadline - now;
		}
	}
}
