/* fd_select on top of fd_poll: fds 0..nfds of the read and write sets (any set may be NULL), rewritten
 * to the ready ones; the exception set is cleared. Returns the number of ready (fd, direction) pairs, and
 * GENERIC/TIMED_OUT when the timeout expires with none (the ABI's behaviour, unlike select(2)). */
#include "io.h"

#define SET_BITS (8 * sizeof(fd_set))
#define WORD_BITS (8 * sizeof(unsigned long))

static bool is_set(const fd_set *s, size_t fd)
{
	return s && (((const unsigned long *)(const void *)s)[fd / WORD_BITS] >> (fd % WORD_BITS)) & 1;
}

static void set_bit(fd_set *s, size_t fd)
{
	((unsigned long *)(void *)s)[fd / WORD_BITS] |= 1UL << (fd % WORD_BITS);
}

static void clear_first(fd_set *s, size_t nfds)
{
	for (size_t fd = 0; s && fd < nfds; fd++)
		((unsigned long *)(void *)s)[fd / WORD_BITS] &= ~(1UL << (fd % WORD_BITS));
}

struct io_result rt_io_select(size_t nfds, fd_set *r, fd_set *w, fd_set *e, uint64_t timeout_ns)
{
	if (nfds > SET_BITS || nfds > RT_FD_MAX)
		return (struct io_result){RT_ERR_INVALID_ARGUMENT, 0};
	size_t n = 0;
	for (size_t fd = 0; fd < nfds; fd++)
		n += is_set(r, fd) || is_set(w, fd);
	size_t size = (n ? n : 1) * sizeof(struct pollfd);
	struct pollfd *p = twz_rt_malloc(size, _Alignof(struct pollfd), 0);
	if (!p)
		return (struct io_result){RT_ERR_OUT_OF_MEMORY, 0};
	size_t k = 0;
	for (size_t fd = 0; fd < nfds; fd++) {
		short ev = (is_set(r, fd) ? POLLIN : 0) | (is_set(w, fd) ? POLLOUT : 0);
		if (ev)
			p[k++] = (struct pollfd){.fd = (int)fd, .events = ev};
	}
	struct io_result res = rt_io_poll(p, n, timeout_ns);
	if (!res.err) {
		clear_first(r, nfds);
		clear_first(w, nfds);
		clear_first(e, nfds);
		res.val = 0;
		for (k = 0; k < n; k++) {
			short rev = p[k].revents;
			if ((p[k].events & POLLIN) && (rev & (POLLIN | POLLHUP | POLLERR))) {
				set_bit(r, (size_t)p[k].fd);
				res.val++;
			}
			if ((p[k].events & POLLOUT) && (rev & (POLLOUT | POLLERR | POLLHUP))) {
				set_bit(w, (size_t)p[k].fd);
				res.val++;
			}
		}
		if (res.val == 0)
			res.err = RT_ERR_TIMED_OUT;
	}
	twz_rt_dealloc(p, size, _Alignof(struct pollfd), 0);
	return res;
}
