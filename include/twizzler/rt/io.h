/* I/O on descriptors: reads and writes, seeking, waiting, select/poll, and config registers.
 *
 * fd_set and struct pollfd come from <sys/select.h> and <poll.h>: the host C library's on glibc, or
 * the minimal ones in include/compat/ when the toolchain has no C library.
 *
 * struct iovec: upstream defines it here unless mlibc's <sys/uio.h> already did. This header takes it
 * from <sys/uio.h> when that header exists (glibc), and otherwise defines it with the same layout. A
 * C library header that provides struct iovec itself can define TWZ_HAVE_STRUCT_IOVEC to keep this
 * header from defining it again; the Linux UAPI <linux/uio.h>, if included first, is recognised too.
 */
#ifndef TWIZZLER_RT_IO_H
#define TWIZZLER_RT_IO_H

#include "types.h"
#include "fd.h"
#include <sys/select.h>
#include <poll.h>

#if !defined(TWZ_HAVE_STRUCT_IOVEC) && !defined(_MLIBC_POSIX_IOVEC_H) && !defined(__LINUX_UIO_H)
#if defined(__has_include)
#if __has_include(<sys/uio.h>)
#include <sys/uio.h>
#define TWZ_HAVE_STRUCT_IOVEC 1
#endif
#endif
#endif

TWZ_BEGIN_DECLS

/* Seek origins (WHENCE_*; not POSIX's order). */
typedef uint32_t whence;

/* Per-operation I/O flags (IO_*). */
typedef uint32_t io_flags;

/* io_flags values. */
enum {
	IO_NONBLOCKING = 1, /* never block: GENERIC/WOULD_BLOCK instead */
	IO_PEEK = 2,
	IO_WAITALL = 4,
	IO_OOB = 8,
};

/* whence values. */
enum {
	WHENCE_START = 0,
	WHENCE_END = 1,
	WHENCE_CURRENT = 2,
};

/* An absolute file position, or FD_POS for "the descriptor's own position". */
typedef int64_t optional_offset;

/* optional_offset: use (and advance) the descriptor's position (upstream type: optional_offset). */
enum { FD_POS = -1 };

/* Options of one I/O call. A NULL io_ctx means flags 0 and offset FD_POS. With an explicit offset the
 * descriptor's position is left unchanged. */
struct io_ctx {
	io_flags flags;
	optional_offset offset;
	struct option_duration timeout;
};

/* What an endpoint holds. */
enum endpoint_kind {
	Endpoint_Unspecified,
	Endpoint_Socket,
};

/* An endpoint's address; endpoint.kind says which member is valid. */
union endpoint_addrs {
	struct socket_address socket_addr;
};

/* The other end of a transfer (e.g. a datagram's peer). */
struct endpoint {
	enum endpoint_kind kind;
	union endpoint_addrs addr;
};

#if !defined(TWZ_HAVE_STRUCT_IOVEC) && !defined(_MLIBC_POSIX_IOVEC_H) && !defined(__LINUX_UIO_H)
#define TWZ_HAVE_STRUCT_IOVEC 1
/* One buffer of a vectored transfer. */
struct iovec {
	void *iov_base;
	size_t iov_len;
};
#endif

/* Reads up to len bytes into buf and returns the count (0 at end of file). Errors: ARGUMENT/BAD_HANDLE,
 * GENERIC/WOULD_BLOCK, and the descriptor kind's own. */
struct io_result twz_rt_fd_pread(descriptor fd, void *buf, size_t len, struct io_ctx *ctx);

/* Writes up to len bytes from buf and returns the count. Errors: as twz_rt_fd_pread. */
struct io_result twz_rt_fd_pwrite(descriptor fd, const void *buf, size_t len, struct io_ctx *ctx);

/* Moves fd's position and returns the new one; WHENCE_END gives size + offset, as POSIX does (upstream's
 * runtimes compute size - offset).
 * Errors: ARGUMENT/INVALID_ARGUMENT, ARGUMENT/BAD_HANDLE, GENERIC/NOT_SUPPORTED, IO/SEEK_FAILED. */
struct io_result twz_rt_fd_seek(descriptor fd, whence whence, int64_t offset);

/* As twz_rt_fd_pread, and also stores where the data came from in *ep. */
struct io_result twz_rt_fd_pread_from(descriptor fd, void *buf, size_t len, struct io_ctx *ctx,
				      struct endpoint *ep);

/* As twz_rt_fd_pwrite, sending to *ep. */
struct io_result twz_rt_fd_pwrite_to(descriptor fd, const void *buf, size_t len, struct io_ctx *ctx,
				     const struct endpoint *ep);

/* Vectored read into iovs[0..nr_iovs); returns the total byte count. Errors: as twz_rt_fd_pread. */
struct io_result twz_rt_fd_preadv(descriptor fd, const struct iovec *iovs, size_t nr_iovs,
				  struct io_ctx *ctx);

/* Vectored write from iovs[0..nr_iovs); returns the total byte count. Errors: as twz_rt_fd_pwrite. */
struct io_result twz_rt_fd_pwritev(descriptor fd, const struct iovec *iovs, size_t nr_iovs,
				   struct io_ctx *ctx);

/* What twz_rt_fd_waitpoint waits for. */
typedef uint32_t wait_kind;

/* wait_kind values. */
enum {
	WAIT_READ = 1,
	WAIT_WRITE = 2,
};

/* Tells how to wait for fd to become ready for ek: *ready says whether it is ready now; otherwise sleep
 * while **point == *val and ask again. Errors: ARGUMENT/BAD_HANDLE, GENERIC/NOT_SUPPORTED. */
twz_error twz_rt_fd_waitpoint(descriptor fd, wait_kind ek, uint64_t **point, uint64_t *val, bool *ready);

/* Like select(2) over fds 0..nfds: waits for readiness, leaves only ready fds in the sets and returns
 * how many there are. Errors: ARGUMENT/BAD_HANDLE, GENERIC/TIMED_OUT. */
struct io_result twz_rt_fd_select(size_t nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
				  struct option_duration timeout);

/* Like poll(2): sets each revents and returns how many are non-zero (0 on timeout). Errors:
 * ARGUMENT/BAD_HANDLE. */
struct io_result twz_rt_fd_poll(struct pollfd *fds, size_t nfds, struct option_duration timeout);

/* Reads config register reg (an IO_REGISTER_*) of fd into val[0..len). Errors:
 * ARGUMENT/INVALID_ARGUMENT, GENERIC/NOT_SUPPORTED. */
twz_error twz_rt_fd_get_config(descriptor fd, uint32_t reg, void *val, size_t len);

/* Writes config register reg of fd from val[0..len); may have side effects. Errors: as
 * twz_rt_fd_get_config. */
twz_error twz_rt_fd_set_config(descriptor fd, uint32_t reg, const void *val, size_t len);

/* Config registers (upstream type: uint32_t). */
enum {
	IO_REGISTER_ADDR = 1,	      /* struct socket_address: local address */
	IO_REGISTER_PEER = 2,	      /* struct socket_address: peer address */
	IO_REGISTER_SOCKET_FLAGS = 3, /* uint32_t: SOCKET_FLAGS_* */
	IO_REGISTER_LINGER = 4,
	IO_REGISTER_TTL = 5,
	IO_REGISTER_READTIMEOUT = 6,
	IO_REGISTER_WRITETIMEOUT = 7,
	IO_REGISTER_STATUS = 8,	  /* uint64_t: exit code and STATUS_FLAG_* of a compartment */
	IO_REGISTER_SIGNAL = 9,	  /* uint64_t: signal to deliver to a compartment */
	IO_REGISTER_TERMIOS = 10, /* the C library's struct termios */
	IO_REGISTER_MULTICAST_V4 = 11,
	IO_REGISTER_MULTICAST_V6 = 12,
	IO_REGISTER_MULTICAST_TTL_V4 = 13,
	IO_REGISTER_IO_FLAGS = 14, /* uint32_t: io_flags added to every operation on the descriptor */
	IO_REGISTER_WINSIZE = 15,  /* the C library's struct winsize */
};

/* Bits of IO_REGISTER_STATUS above the 32-bit exit code (uint64_t: unsigned long on LP64). */
#define STATUS_FLAG_TERMINATED (1UL << 32)
#define STATUS_FLAG_READY (1UL << 33)

/* IO_REGISTER_SOCKET_FLAGS bits (upstream type: uint32_t). */
enum {
	SOCKET_FLAGS_NODELAY = 1,
	SOCKET_FLAGS_ONLYV6 = 2,
	SOCKET_FLAGS_BROADCAST = 4,
	SOCKET_FLAGS_MULTICAST_LOOP_V4 = 8,
	SOCKET_FLAGS_MULTICAST_LOOP_V6 = 0x10,
};

TWZ_END_DECLS

#endif /* TWIZZLER_RT_IO_H */
