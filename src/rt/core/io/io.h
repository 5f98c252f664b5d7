/* Reading, writing, seeking and waiting on descriptors (internal to rt/core). */
#ifndef TWZ_RT_CORE_IO_IO_H
#define TWZ_RT_CORE_IO_IO_H

#include "../fd/fd.h"

/* wait.c */
/* A duration in nanoseconds, saturating; UINT64_MAX for "no timeout" (timeout NULL or not is_some). */
RT_HIDDEN uint64_t rt_io_timeout_ns(const struct option_duration *timeout);
/* Waits until host fd hfd has `events` (POLLIN/POLLOUT) ready. With IO_NONBLOCKING in flags it does not
 * wait (-EAGAIN when not ready); with a timeout it waits at most that long (-ETIMEDOUT). Without either it
 * returns 0 at once unless `always`, leaving the blocking to the system call that follows. Returns 0 when
 * ready, or -errno. */
RT_HIDDEN long rt_io_wait_ready(int hfd, short events, io_flags flags, const struct option_duration *timeout,
				bool always);

/* rw.c: one transfer on a record. off is FD_POS or an absolute offset (ignored by streams). */
RT_HIDDEN struct io_result rt_io_read(struct rt_fd *f, void *buf, size_t len, const struct io_ctx *ctx);
RT_HIDDEN struct io_result rt_io_write(struct rt_fd *f, const void *buf, size_t len,
				       const struct io_ctx *ctx);

/* vec.c */
RT_HIDDEN struct io_result rt_io_readv(struct rt_fd *f, const struct iovec *iov, size_t n,
				       const struct io_ctx *ctx);
RT_HIDDEN struct io_result rt_io_writev(struct rt_fd *f, const struct iovec *iov, size_t n,
					const struct io_ctx *ctx);

/* seek.c */
RT_HIDDEN struct io_result rt_io_seek(struct rt_fd *f, whence wh, int64_t offset);

/* poll.c: poll(2) over our descriptors; returns the number of entries with revents, 0 on timeout. */
RT_HIDDEN struct io_result rt_io_poll(struct pollfd *fds, size_t n, uint64_t timeout_ns);
/* select.c */
RT_HIDDEN struct io_result rt_io_select(size_t nfds, fd_set *r, fd_set *w, fd_set *e, uint64_t timeout_ns);

#endif
