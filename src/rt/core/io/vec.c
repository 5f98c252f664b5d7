/* preadv/pwritev: one transfer per iovec; an explicit offset advances by what each transfer moved, and
 * the loop stops at the first short transfer. An error after some bytes moved returns those bytes. */
#include "io.h"

static struct io_result vector(struct rt_fd *f, const struct iovec *iov, size_t n, const struct io_ctx *ctx,
			       bool write)
{
	if (!iov && n)
		return (struct io_result){RT_ERR_INVALID_ARGUMENT, 0};
	struct io_ctx c = ctx ? *ctx : (struct io_ctx){.offset = FD_POS};
	size_t total = 0;
	for (size_t i = 0; i < n; i++) {
		struct io_result r = write ? rt_io_write(f, iov[i].iov_base, iov[i].iov_len, &c)
					   : rt_io_read(f, iov[i].iov_base, iov[i].iov_len, &c);
		if (r.err)
			return total ? (struct io_result){0, total} : r;
		total += r.val;
		if (c.offset != FD_POS)
			c.offset += (int64_t)r.val;
		if (r.val < iov[i].iov_len)
			break;
	}
	return (struct io_result){0, total};
}

struct io_result rt_io_readv(struct rt_fd *f, const struct iovec *iov, size_t n, const struct io_ctx *ctx)
{
	return vector(f, iov, n, ctx, false);
}

struct io_result rt_io_writev(struct rt_fd *f, const struct iovec *iov, size_t n, const struct io_ctx *ctx)
{
	return vector(f, iov, n, ctx, true);
}
