/* twzrt's <sys/select.h> (replaces newlib's): fd_set has the layout the runtime ABI's twz_rt_fd_select
 * expects (glibc's: FD_SETSIZE 1024 bits in unsigned longs, 128 bytes), so select() hands it through
 * unchanged. A program may not raise FD_SETSIZE. */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <sys/cdefs.h>
#include <sys/_sigset.h>
#include <sys/_timeval.h>
#include <sys/timespec.h>

#if !defined(_SIGSET_T_DECLARED)
#define _SIGSET_T_DECLARED
typedef __sigset_t sigset_t;
#endif

#define _SYS_TYPES_FD_SET
#undef FD_SETSIZE
#define FD_SETSIZE 1024

typedef unsigned long fd_mask;
#define NFDBITS ((int)(sizeof(fd_mask) * 8))
#ifndef _howmany
#define _howmany(x, y) (((x) + ((y)-1)) / (y))
#endif

typedef struct _types_fd_set {
	fd_mask fds_bits[FD_SETSIZE / (8 * sizeof(fd_mask))];
} _types_fd_set;
#define fd_set _types_fd_set

#define FD_SET(n, p) ((void)((p)->fds_bits[(n) / NFDBITS] |= (1UL << ((n) % NFDBITS))))
#define FD_CLR(n, p) ((void)((p)->fds_bits[(n) / NFDBITS] &= ~(1UL << ((n) % NFDBITS))))
#define FD_ISSET(n, p) (((p)->fds_bits[(n) / NFDBITS] & (1UL << ((n) % NFDBITS))) != 0)
#define FD_ZERO(p) (__builtin_memset((p), 0, sizeof(*(p))))

__BEGIN_DECLS
int select(int __n, fd_set *__readfds, fd_set *__writefds, fd_set *__exceptfds, struct timeval *__timeout);
int pselect(int __n, fd_set *__readfds, fd_set *__writefds, fd_set *__exceptfds,
	    const struct timespec *__timeout, const sigset_t *__set);
__END_DECLS

#endif /* _SYS_SELECT_H */
