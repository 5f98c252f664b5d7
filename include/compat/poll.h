/* A minimal <poll.h> for programs built by the twzrt toolchain, which has no C library yet: just what
 * the Twizzler ABI's rt/io.h needs (struct pollfd, nfds_t, the POLL* bits). Layout and values are
 * glibc's (and Linux's). Not used where a C library supplies its own <poll.h>.
 *
 * If the Linux UAPI <asm/poll.h> was included first, struct pollfd comes from there; the POLL* macros
 * are spelled exactly as the kernel's so either header may come first. */
#ifndef TWZ_COMPAT_POLL_H
#define TWZ_COMPAT_POLL_H

/* A C library's <poll.h> (guard _SYS_POLL_H in glibc, _POLL_H in musl) wins if it came first. */
#if !defined(_SYS_POLL_H) && !defined(_POLL_H)

#define POLLIN 0x0001	/* data to read */
#define POLLPRI 0x0002	/* urgent data to read */
#define POLLOUT 0x0004	/* writing will not block */
#define POLLERR 0x0008	/* error (revents only) */
#define POLLHUP 0x0010	/* hung up (revents only) */
#define POLLNVAL 0x0020 /* fd not open (revents only) */

#ifdef __cplusplus
extern "C" {
#endif

/* A count of struct pollfd entries. */
typedef unsigned long nfds_t;

#ifndef __ASM_GENERIC_POLL_H
/* One descriptor to poll: the events asked for and, on return, those that occurred. */
struct pollfd {
	int fd;
	short events;
	short revents;
};
#endif

#ifdef __cplusplus
}
#endif

#endif /* C library <poll.h> */

#endif /* TWZ_COMPAT_POLL_H */
