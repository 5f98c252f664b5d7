/* The twz_rt_* exports of rt/io.h: argument checks, one record reference, one call. */
#include "io.h"

#define BAD_HANDLE_RESULT ((struct io_result){RT_ERR_BAD_HANDLE, 0})

RT_EXPORT struct io_result twz_rt_fd_pread(descriptor fd, void *buf, size_t len, struct io_ctx *ctx)
{
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return BAD_HANDLE_RESULT;
	struct io_result r = rt_io_read(f, buf, len, ctx);
	rt_fd_put(f);
	return r;
}

RT_EXPORT struct io_result twz_rt_fd_pwrite(descriptor fd, const void *buf, size_t len, struct io_ctx *ctx)
{
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return BAD_HANDLE_RESULT;
	struct io_result r = rt_io_write(f, buf, len, ctx);
	rt_fd_put(f);
	return r;
}

RT_EXPORT struct io_result twz_rt_fd_seek(descriptor fd, whence wh, int64_t offset)
{
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return BAD_HANDLE_RESULT;
	struct io_result r = rt_io_seek(f, wh, offset);
	rt_fd_put(f);
	return r;
}

/* No sockets yet: every open descriptor answers GENERIC/NOT_SUPPORTED. */
RT_EXPORT struct io_result twz_rt_fd_pread_from(descriptor fd, void *buf, size_t len, struct io_ctx *ctx,
						struct endpoint *ep)
{
	(void)buf, (void)len, (void)ctx, (void)ep;
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return BAD_HANDLE_RESULT;
	rt_fd_put(f);
	return (struct io_result){RT_ERR_NOT_SUPPORTED, 0};
}

RT_EXPORT struct io_result twz_rt_fd_pwrite_to(descriptor fd, const void *buf, size_t len, struct io_ctx *ctx,
					       const struct endpoint *ep)
{
	(void)buf, (void)len, (void)ctx, (void)ep;
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return BAD_HANDLE_RESULT;
	rt_fd_put(f);
	return (struct io_result){RT_ERR_NOT_SUPPORTED, 0};
}

RT_EXPORT struct io_result twz_rt_fd_preadv(descriptor fd, const struct iovec *iovs, size_t nr_iovs,
					    struct io_ctx *ctx)
{
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return BAD_HANDLE_RESULT;
	struct io_result r = rt_io_readv(f, iovs, nr_iovs, ctx);
	rt_fd_put(f);
	return r;
}

RT_EXPORT struct io_result twz_rt_fd_pwritev(descriptor fd, const struct iovec *iovs, size_t nr_iovs,
					     struct io_ctx *ctx)
{
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return BAD_HANDLE_RESULT;
	struct io_result r = rt_io_writev(f, iovs, nr_iovs, ctx);
	rt_fd_put(f);
	return r;
}

/* Host-backed descriptors have no wait word: callers use fd_poll/fd_select instead. */
RT_EXPORT twz_error twz_rt_fd_waitpoint(descriptor fd, wait_kind ek, uint64_t **point, uint64_t *val,
					_Bool *ready)
{
	(void)ek, (void)point, (void)val, (void)ready;
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return RT_ERR_BAD_HANDLE;
	rt_fd_put(f);
	return RT_ERR_NOT_SUPPORTED;
}

RT_EXPORT struct io_result twz_rt_fd_select(size_t nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
					    struct option_duration timeout)
{
	return rt_io_select(nfds, readfds, writefds, exceptfds, rt_io_timeout_ns(&timeout));
}

RT_EXPORT struct io_result twz_rt_fd_poll(struct pollfd *fds, size_t nfds, struct option_duration timeout)
{
	return rt_io_poll(fds, nfds, rt_io_timeout_ns(&timeout));
}

RT_EXPORT twz_error twz_rt_fd_get_config(descriptor fd, uint32_t reg, void *val, size_t len)
{
	return rt_fd_get_config(fd, reg, val, len);
}

RT_EXPORT twz_error twz_rt_fd_set_config(descriptor fd, uint32_t reg, const void *val, size_t len)
{
	return rt_fd_set_config(fd, reg, val, len);
}
