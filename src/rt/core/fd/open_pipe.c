/* OpenKind_Pipe: a host pipe held in one record (read end and write end). Without bind info, or with an
 * object_bind_info whose id is 0, a new pipe is made; its id (the host pipe's (dev, ino)) is recorded as
 * the binding's object_bind_info, so read_binds + exec_spawn can hand the same pipe to a child. A non-zero
 * id opens another end of an open pipe of this process. The ends absent from flags (READ, WRITE) are shut. */
#include "fd.h"
#include <linux/fcntl.h>

static twz_error new_pipe(int ends[2], objid *id)
{
	long r = host_pipe(ends, O_CLOEXEC);
	if (r < 0)
		return rt_error_from_errno(r);
	struct host_stat st;
	r = host_fstatat(ends[0], NULL, &st, false);
	if (r < 0) {
		host_close(ends[0]);
		host_close(ends[1]);
		return rt_error_from_errno(r);
	}
	*id = rt_fd_host_id(st.dev, st.ino);
	return 0;
}

static twz_error existing_pipe(objid id, uint32_t flags, int ends[2])
{
	ends[0] = ends[1] = -1;
	for (int e = 0; e < 2; e++) {
		if (!(flags & (e == RT_END_READ ? OPEN_FLAG_READ : OPEN_FLAG_WRITE)))
			continue;
		long r = rt_fd_pipe_end_dup(id, e);
		if (r < 0) {
			if (ends[0] >= 0)
				host_close(ends[0]);
			return r == -ENOENT ? rt_err(NAMING_ERROR, NOT_FOUND) : rt_error_from_errno(r);
		}
		ends[e] = (int)r;
	}
	return 0;
}

twz_error rt_fd_open_pipe(uint32_t flags, const void *bind_info, size_t bind_info_len, struct rt_fd **out)
{
	objid id = 0;
	if (bind_info && bind_info_len) {
		if (bind_info_len < sizeof(struct object_bind_info))
			return RT_ERR_INVALID_ARGUMENT;
		memcpy(&id, bind_info, sizeof id);
	}
	int ends[2];
	twz_error err = id ? existing_pipe(id, flags, ends) : new_pipe(ends, &id);
	if (err)
		return err;
	struct object_bind_info obi = {.id = id};
	struct rt_fd *f = rt_fd_alloc(RT_FD_STREAM, OpenKind_Pipe, flags, &obi, sizeof obi);
	if (!f) {
		for (int e = 0; e < 2; e++)
			if (ends[e] >= 0)
				host_close(ends[e]);
		return RT_ERR_OUT_OF_MEMORY;
	}
	f->split = true;
	f->id = id;
	f->end[RT_END_READ].host_fd = ends[0];
	f->end[RT_END_WRITE].host_fd = ends[1];
	if (!(flags & OPEN_FLAG_READ))
		rt_fd_end_shut(f, RT_END_READ);
	if (!(flags & OPEN_FLAG_WRITE))
		rt_fd_end_shut(f, RT_END_WRITE);
	*out = f;
	return 0;
}
