/* fd_seek with POSIX meanings on the host position: START = offset, CURRENT = pos + offset,
 * END = size + offset (POSIX; upstream's runtimes compute size - offset, which we do not copy). A result
 * below 0 is ARGUMENT/INVALID_ARGUMENT. Files seek; console streams pass the seek to the host
 * (IO/SEEK_FAILED when the host cannot, e.g. a terminal); other kinds are GENERIC/NOT_SUPPORTED. */
#include "io.h"

struct io_result rt_io_seek(struct rt_fd *f, whence wh, int64_t offset)
{
	int host_whence;
	switch (wh) {
	case WHENCE_START:
		host_whence = 0; /* SEEK_SET */
		break;
	case WHENCE_CURRENT:
		host_whence = 1; /* SEEK_CUR */
		break;
	case WHENCE_END:
		host_whence = 2; /* SEEK_END */
		break;
	default:
		return (struct io_result){RT_ERR_INVALID_ARGUMENT, 0};
	}
	if (f->type != RT_FD_FILE && !(f->type == RT_FD_STREAM && f->console))
		return (struct io_result){RT_ERR_NOT_SUPPORTED, 0};
	int hfd = rt_fd_end_acquire(f, RT_END_READ);
	if (hfd < 0)
		return (struct io_result){rt_err(IO_ERROR, SEEK_FAILED), 0};
	long r = host_lseek(hfd, offset, host_whence);
	rt_fd_end_release(f, RT_END_READ);
	if (r < 0)
		return (struct io_result){rt_error_from_errno(r), 0};
	return (struct io_result){0, (size_t)r};
}
