/* twz_rt_fd_cmd: DUP, SYNC, TRUNCATE, SHUTDOWN. A closed fd gives ARGUMENT/INVALID_ARGUMENT (as ref). */
#include "fd.h"

static twz_error dup_cmd(struct rt_fd *f, void *ret)
{
	if (!ret)
		return RT_ERR_INVALID_ARGUMENT;
	rt_fd_ref(f);
	descriptor n = rt_fd_install(f);
	if (n < 0) {
		rt_fd_put(f);
		return rt_err(RESOURCE_ERROR, OUT_OF_NAMES);
	}
	*(descriptor *)ret = n;
	return 0;
}

/* fsync on whatever host fd the record has; kinds that cannot sync (pipes, ttys) succeed doing nothing. */
static twz_error sync_cmd(struct rt_fd *f)
{
	if (f->type == RT_FD_COMPARTMENT || f->type == RT_FD_LINK || f->split)
		return 0;
	long r = host_fsync(f->end[RT_END_READ].host_fd);
	if (r == -EINVAL || r == -EROFS)
		r = 0;
	return rt_error_from_errno(r);
}

static twz_error truncate_cmd(struct rt_fd *f, const void *arg)
{
	if (!arg)
		return RT_ERR_INVALID_ARGUMENT;
	uint64_t len;
	memcpy(&len, arg, sizeof len);
	if (len > INT64_MAX || !(f->type == RT_FD_FILE || (f->console && !f->split)))
		return RT_ERR_INVALID_ARGUMENT;
	return rt_error_from_errno(host_ftruncate(f->end[RT_END_READ].host_fd, len));
}

/* Bit 0 the read side, bit 1 the write side; 1 and 2 shut one side, any other non-zero value both. */
static twz_error shutdown_cmd(struct rt_fd *f, const void *arg)
{
	if (!arg)
		return RT_ERR_INVALID_ARGUMENT;
	uint32_t how;
	memcpy(&how, arg, sizeof how);
	if (how == 0 || f->type == RT_FD_FILE || f->type == RT_FD_DIR || f->type == RT_FD_LINK)
		return RT_ERR_INVALID_ARGUMENT;
	if (!f->split)
		return 0; /* one host fd for both directions: nothing to shut on its own */
	if (how != 2) {
		rt_fd_end_shut(f, RT_END_READ);
		__atomic_fetch_and(&f->open_flags, ~OPEN_FLAG_READ, __ATOMIC_RELAXED);
	}
	if (how != 1) {
		rt_fd_end_shut(f, RT_END_WRITE);
		__atomic_fetch_and(&f->open_flags, ~OPEN_FLAG_WRITE, __ATOMIC_RELAXED);
	}
	return 0;
}

twz_error rt_fd_cmd(descriptor fd, fd_cmd cmd, void *arg, void *ret)
{
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return RT_ERR_INVALID_ARGUMENT;
	twz_error err;
	switch (cmd) {
	case FD_CMD_DUP:
		err = dup_cmd(f, ret);
		break;
	case FD_CMD_SYNC:
		err = sync_cmd(f);
		break;
	case FD_CMD_TRUNCATE:
		err = truncate_cmd(f, arg);
		break;
	case FD_CMD_SHUTDOWN:
		err = shutdown_cmd(f, arg);
		break;
	default:
		err = RT_ERR_INVALID_ARGUMENT;
	}
	rt_fd_put(f);
	return err;
}
