/* poll, ppoll, select, pselect over twz_rt_fd_poll / twz_rt_fd_select (struct pollfd and fd_set have the
 * ABI's layout, see <poll.h> and <sys/select.h>). Signal masks are not supported (no signals reach the
 * C library): ppoll/pselect with a mask fail with ENOSYS. */
#include <poll.h>
#include <sys/select.h>
#include <sys/time.h>
#include "sysdeps.h"

static struct option_duration ms_timeout(int ms)
{
	if (ms < 0)
		return NO_DURATION;
	return __twz_timeout((struct duration){ (uint64_t)ms / 1000, (uint32_t)(ms % 1000) * 1000000 });
}

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	struct io_result r = twz_rt_fd_poll(fds, n, ms_timeout(timeout));
	if (r.err)
		return __twz_errno_from(r.err) == ETIMEDOUT ? 0 : __twz_fail(r.err);
	return (int)r.val;
}

int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts, const __sigset_t *mask)
{
	if (mask)
		return __twz_fail_errno(ENOSYS);
	struct option_duration t = NO_DURATION;
	if (ts) {
		if (ts->tv_sec < 0 || ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000L)
			return __twz_fail_errno(EINVAL);
		t = __twz_timeout(__twz_duration_from_ts(ts));
	}
	struct io_result r = twz_rt_fd_poll(fds, n, t);
	if (r.err)
		return __twz_errno_from(r.err) == ETIMEDOUT ? 0 : __twz_fail(r.err);
	return (int)r.val;
}

/* On timeout the sets are emptied and 0 is returned, as POSIX says. */
static int do_select(int n, fd_set *rd, fd_set *wr, fd_set *ex, struct option_duration t)
{
	if (n < 0 || n > FD_SETSIZE)
		return __twz_fail_errno(EINVAL);
	struct io_result r = twz_rt_fd_select((size_t)n, rd, wr, ex, t);
	if (r.err) {
		if (__twz_errno_from(r.err) != ETIMEDOUT)
			return __twz_fail(r.err);
		if (rd)
			FD_ZERO(rd);
		if (wr)
			FD_ZERO(wr);
		if (ex)
			FD_ZERO(ex);
		return 0;
	}
	return (int)r.val;
}

int select(int n, fd_set *rd, fd_set *wr, fd_set *ex, struct timeval *tv)
{
	struct option_duration t = NO_DURATION;
	if (tv) {
		if (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000)
			return __twz_fail_errno(EINVAL);
		t = __twz_timeout((struct duration){ (uint64_t)tv->tv_sec, (uint32_t)tv->tv_usec * 1000 });
	}
	return do_select(n, rd, wr, ex, t);
}

int pselect(int n, fd_set *rd, fd_set *wr, fd_set *ex, const struct timespec *ts, const sigset_t *mask)
{
	if (mask)
		return __twz_fail_errno(ENOSYS);
	struct option_duration t = NO_DURATION;
	if (ts) {
		if (ts->tv_sec < 0 || ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000L)
			return __twz_fail_errno(EINVAL);
		t = __twz_timeout(__twz_duration_from_ts(ts));
	}
	return do_select(n, rd, wr, ex, t);
}
