/* One read or write on a record, by kind. Files: FD_POS uses and advances the host file position, any
 * other offset is a pread/pwrite that leaves it alone (a negative one is ARGUMENT/INVALID_ARGUMENT).
 * Streams ignore offsets and honour IO_NONBLOCKING (WOULD_BLOCK), the timeout (TIMED_OUT) and, for
 * reads, IO_WAITALL. Non-blocking is a poll before the transfer: with several readers of one pipe a
 * read may still block after poll said it would not (host fds are never switched to O_NONBLOCK, since
 * they may be shared with other processes). */
#include "../exec/exec.h"
#include "io.h"

static struct io_result result(long r)
{
	if (r < 0)
		return (struct io_result){rt_error_from_errno(r), 0};
	return (struct io_result){0, (size_t)r};
}

static io_flags op_flags(struct rt_fd *f, const struct io_ctx *ctx)
{
	return (ctx ? ctx->flags : 0) | __atomic_load_n(&f->io_flags, __ATOMIC_RELAXED);
}

/* Shared by reads and writes on a stream end. */
static struct io_result stream_transfer(struct rt_fd *f, int which, void *buf, size_t len, io_flags flags,
					const struct option_duration *timeout)
{
	int hfd = rt_fd_end_acquire(f, which);
	if (hfd < 0) /* shut: end of file for a reader, a broken pipe for a writer */
		return which == RT_END_READ ? (struct io_result){0, 0} : result(-EPIPE);
	short events = which == RT_END_READ ? POLLIN : POLLOUT;
	size_t done = 0;
	long r = 0;
	do {
		r = rt_io_wait_ready(hfd, events, flags, timeout, false);
		if (r == 0)
			r = which == RT_END_READ ? host_read(hfd, (char *)buf + done, len - done)
						 : host_write(hfd, (const char *)buf + done, len - done);
		if (r == -EINTR)
			continue;
		if (r <= 0)
			break;
		done += (size_t)r;
	} while (done < len && (which == RT_END_WRITE || (flags & IO_WAITALL)));
	rt_fd_end_release(f, which);
	if (r < 0 && done == 0)
		return result(r);
	return (struct io_result){0, done};
}

struct io_result rt_io_read(struct rt_fd *f, void *buf, size_t len, const struct io_ctx *ctx)
{
	int64_t off = ctx ? ctx->offset : FD_POS;
	int hfd = f->end[RT_END_READ].host_fd;
	switch (f->type) {
	case RT_FD_FILE:
		if (off == FD_POS)
			return result(host_read(hfd, buf, len));
		if (off < 0)
			return (struct io_result){RT_ERR_INVALID_ARGUMENT, 0};
		return result(host_pread(hfd, buf, len, (uint64_t)off));
	case RT_FD_STREAM:
		return stream_transfer(f, RT_END_READ, buf, len, op_flags(f, ctx),
				       ctx ? &ctx->timeout : NULL);
	case RT_FD_COMPARTMENT:
		return (struct io_result){rt_comp_wait(f, op_flags(f, ctx), ctx ? &ctx->timeout : NULL), 0};
	case RT_FD_DIR:
		return (struct io_result){rt_err(NAMING_ERROR, WRONG_NAME_KIND), 0};
	default:
		return (struct io_result){RT_ERR_NOT_SUPPORTED, 0};
	}
}

struct io_result rt_io_write(struct rt_fd *f, const void *buf, size_t len, const struct io_ctx *ctx)
{
	int64_t off = ctx ? ctx->offset : FD_POS;
	int hfd = f->end[RT_END_WRITE].host_fd;
	switch (f->type) {
	case RT_FD_FILE:
		if (off == FD_POS)
			return result(host_write(hfd, buf, len));
		if (off < 0)
			return (struct io_result){RT_ERR_INVALID_ARGUMENT, 0};
		return result(host_pwrite(hfd, buf, len, (uint64_t)off));
	case RT_FD_STREAM:
		return stream_transfer(f, RT_END_WRITE, (void *)buf, len, op_flags(f, ctx),
				       ctx ? &ctx->timeout : NULL);
	case RT_FD_DIR:
		return (struct io_result){rt_err(NAMING_ERROR, WRONG_NAME_KIND), 0};
	default:
		return (struct io_result){RT_ERR_NOT_SUPPORTED, 0};
	}
}
