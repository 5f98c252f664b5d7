/* The two ends of a record. Split ends (a pipe's two host fds) carry a word: RT_END_SHUT plus the number
 * of operations using the fd, so that a shutdown closes the fd only after the last such operation. */
#include "fd.h"

int rt_fd_end_acquire(struct rt_fd *f, int which)
{
	struct rt_fd_end *e = &f->end[which];
	if (!f->split)
		return e->host_fd;
	uint32_t s = __atomic_load_n(&e->state, __ATOMIC_RELAXED);
	do {
		if (s & RT_END_SHUT)
			return -1;
	} while (
	    !__atomic_compare_exchange_n(&e->state, &s, s + 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
	return __atomic_load_n(&e->host_fd, __ATOMIC_RELAXED);
}

/* Closes the end's host fd exactly once: the caller is the one who saw the word become SHUT with no users. */
static void end_close(struct rt_fd_end *e)
{
	int hfd = __atomic_exchange_n(&e->host_fd, -1, __ATOMIC_ACQ_REL);
	if (hfd >= 0)
		host_close(hfd);
}

void rt_fd_end_release(struct rt_fd *f, int which)
{
	if (!f->split)
		return;
	struct rt_fd_end *e = &f->end[which];
	if (__atomic_sub_fetch(&e->state, 1, __ATOMIC_ACQ_REL) == RT_END_SHUT)
		end_close(e);
}

void rt_fd_end_shut(struct rt_fd *f, int which)
{
	if (!f->split)
		return;
	struct rt_fd_end *e = &f->end[which];
	uint32_t old = __atomic_fetch_or(&e->state, RT_END_SHUT, __ATOMIC_ACQ_REL);
	if (old == 0)
		end_close(e);
}

void rt_fd_end_close_all(struct rt_fd *f)
{
	int r = f->end[RT_END_READ].host_fd, w = f->end[RT_END_WRITE].host_fd;
	if (r >= 0)
		host_close(r);
	if (w >= 0 && w != r)
		host_close(w);
	f->end[0].host_fd = f->end[1].host_fd = -1;
}
