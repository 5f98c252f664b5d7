/* twzrt's <poll.h>: struct pollfd and the POLL* bits with Linux's layout and values, which is what the
 * runtime ABI's twz_rt_fd_poll takes, so poll() hands the array through unchanged. */
#ifndef _POLL_H
#define _POLL_H

#include <sys/cdefs.h>
#include <sys/_timespec.h>
#include <sys/_sigset.h>

#define POLLIN 0x0001
#define POLLPRI 0x0002
#define POLLOUT 0x0004
#define POLLERR 0x0008
#define POLLHUP 0x0010
#define POLLNVAL 0x0020
#define POLLRDNORM 0x0040
#define POLLRDBAND 0x0080
#define POLLWRNORM 0x0100
#define POLLWRBAND 0x0200

__BEGIN_DECLS

typedef unsigned long nfds_t;

#ifndef __ASM_GENERIC_POLL_H
struct pollfd {
	int fd;
	short events;
	short revents;
};
#endif

int poll(struct pollfd *__fds, nfds_t __nfds, int __timeout);
#if __GNU_VISIBLE
int ppoll(struct pollfd *__fds, nfds_t __nfds, const struct timespec *__timeout, const __sigset_t *__mask);
#endif

__END_DECLS

#endif /* _POLL_H */
