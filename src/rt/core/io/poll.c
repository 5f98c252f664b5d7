/* fd_poll over our descriptors, through one host ppoll. Each entry becomes up to two host entries (a
 * pipe record's read end for POLLIN, its write end for POLLOUT); what has nothing to poll (a symlink fd,
 * a shut end) is ready at once. Reported: POLLIN, POLLOUT, POLLPRI, POLLHUP, POLLERR. A negative fd is
 * skipped (revents 0); a closed one is ARGUMENT/BAD_HANDLE. */
#include "io.h"

#define POLL_MAX 4096 /* entries per call */
#define ON_STACK 16
#define REPORTED (POLLIN | POLLOUT | POLLPRI | POLLHUP | POLLERR)

/* Host entries hp[0..nh) with, for each, the caller's index and the end acquired; one record per caller
 * entry (NULL when skipped). Lives on the stack for small calls, in one heap block otherwise. */
struct poll_work {
	struct pollfd *hp;
	uint32_t *owner; /* caller index << 1 | end */
	struct rt_fd **recs;
	size_t nh;
	size_t block_size;
	void *block;
};

static bool work_init(struct poll_work *w, size_t n, struct pollfd *hp, uint32_t *owner, struct rt_fd **recs)
{
	*w = (struct poll_work){hp, owner, recs, 0, 0, NULL};
	if (n <= ON_STACK)
		return true;
	w->block_size = 2 * n * sizeof(struct pollfd) + 2 * n * sizeof(uint32_t) + n * sizeof(struct rt_fd *);
	w->block = twz_rt_malloc(w->block_size, 16, 0);
	if (!w->block)
		return false;
	w->recs = w->block;
	w->hp = (struct pollfd *)(w->recs + n);
	w->owner = (uint32_t *)(w->hp + 2 * n);
	return true;
}

static void add_host(struct poll_work *w, int hfd, short events, uint32_t i, int end)
{
	w->hp[w->nh] = (struct pollfd){.fd = hfd, .events = events};
	w->owner[w->nh++] = i << 1 | (uint32_t)end;
}

/* Adds host entries for caller entry i (record f); returns the events that are ready without asking. */
static short add_entries(struct poll_work *w, struct rt_fd *f, uint32_t i, short events)
{
	if (f->type == RT_FD_LINK)
		return events & (POLLIN | POLLOUT);
	if (!f->split) {
		add_host(w, rt_fd_end_acquire(f, RT_END_READ), events & (POLLIN | POLLPRI | POLLOUT), i,
			 RT_END_READ);
		return 0;
	}
	short now = 0;
	for (int e = 0; e < 2; e++) {
		short want = e == RT_END_READ ? (events & (POLLIN | POLLPRI)) : (events & POLLOUT);
		if (!want)
			continue;
		int hfd = rt_fd_end_acquire(f, e);
		if (hfd < 0) /* shut: reading gives end of file at once, writing fails at once */
			now |= e == RT_END_READ ? POLLIN | POLLHUP : POLLERR;
		else
			add_host(w, hfd, want, i, e);
	}
	return now;
}

static void work_finish(struct poll_work *w, size_t nrecs)
{
	for (size_t k = 0; k < w->nh; k++)
		rt_fd_end_release(w->recs[w->owner[k] >> 1], (int)(w->owner[k] & 1));
	for (size_t k = 0; k < nrecs; k++)
		if (w->recs[k])
			rt_fd_put(w->recs[k]);
	if (w->block)
		twz_rt_dealloc(w->block, w->block_size, 16, 0);
}

/* host ppoll, resuming after signals until the deadline. */
static long host_poll_until(struct pollfd *p, size_t n, uint64_t timeout_ns)
{
	uint64_t deadline = timeout_ns == UINT64_MAX ? UINT64_MAX : host_clock_monotonic_ns() + timeout_ns;
	for (;;) {
		long r = host_poll(p, n, timeout_ns);
		if (r != -EINTR)
			return r;
		if (deadline != UINT64_MAX) {
			uint64_t now = host_clock_monotonic_ns();
			timeout_ns = now >= deadline ? 0 : deadline - now;
		}
	}
}

struct io_result rt_io_poll(struct pollfd *fds, size_t n, uint64_t timeout_ns)
{
	if ((!fds && n) || n > POLL_MAX)
		return (struct io_result){RT_ERR_INVALID_ARGUMENT, 0};
	struct pollfd hp[2 * ON_STACK];
	uint32_t owner[2 * ON_STACK];
	struct rt_fd *recs[ON_STACK];
	struct poll_work w;
	if (!work_init(&w, n, hp, owner, recs))
		return (struct io_result){RT_ERR_OUT_OF_MEMORY, 0};
	struct io_result res = {0, 0};
	size_t i;
	for (i = 0; i < n; i++) {
		fds[i].revents = 0;
		w.recs[i] = NULL;
		if (fds[i].fd < 0)
			continue;
		w.recs[i] = rt_fd_get(fds[i].fd);
		if (!w.recs[i]) {
			res.err = RT_ERR_BAD_HANDLE;
			break;
		}
		fds[i].revents = add_entries(&w, w.recs[i], (uint32_t)i, fds[i].events);
		if (fds[i].revents)
			timeout_ns = 0;
	}
	if (!res.err) {
		long r = host_poll_until(w.hp, w.nh, timeout_ns);
		if (r < 0)
			res.err = rt_error_from_errno(r);
		for (size_t k = 0; r >= 0 && k < w.nh; k++)
			fds[w.owner[k] >> 1].revents |= w.hp[k].revents & REPORTED;
		for (size_t k = 0; r >= 0 && k < n; k++)
			res.val += fds[k].revents != 0;
	}
	work_finish(&w, res.err ? i : n);
	if (res.err)
		res.val = 0;
	return res;
}
