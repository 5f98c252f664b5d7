/* twz_rt_fd_open's dispatch on the open kind, and the kinds simple enough to live here. */
#include "fd.h"

/* OpenKind_KernelConsole: a new stream on the process's console, reading host stdin and writing host
 * stdout (fresh host fds, so closing it leaves descriptors 0-2 alone). */
static twz_error open_console(uint32_t flags, struct rt_fd **out)
{
	long in = host_dup_min(0, 3);
	if (in < 0)
		return rt_error_from_errno(in);
	long o = host_dup_min(1, 3);
	if (o < 0) {
		host_close((int)in);
		return rt_error_from_errno(o);
	}
	struct rt_fd *f = rt_fd_alloc(RT_FD_STREAM, OpenKind_KernelConsole, flags, NULL, 0);
	if (!f) {
		host_close((int)in);
		host_close((int)o);
		return RT_ERR_OUT_OF_MEMORY;
	}
	f->console = true;
	f->split = true;
	f->end[RT_END_READ].host_fd = (int)in;
	f->end[RT_END_WRITE].host_fd = (int)o;
	*out = f;
	return 0;
}

twz_error rt_fd_open_record(enum open_kind kind, uint32_t flags, const void *bind_info, size_t bind_info_len,
			    struct rt_fd **out)
{
	switch (kind) {
	case OpenKind_KernelConsole:
		return open_console(flags, out);
	case OpenKind_Path:
		return rt_fd_open_path(flags, bind_info, bind_info_len, out);
	case OpenKind_Pipe:
		return rt_fd_open_pipe(flags, bind_info, bind_info_len, out);
	case OpenKind_Object:	     /* objects are reached through handles, not descriptors, here */
	case OpenKind_SocketConnect: /* no socket support in the host layer yet */
	case OpenKind_SocketBind:
	case OpenKind_SocketAccept:
	case OpenKind_PtyServer:
	case OpenKind_PtyClient:
	case OpenKind_Compartment: /* only twz_rt_exec_spawn makes these */
		return RT_ERR_NOT_SUPPORTED;
	default:
		return RT_ERR_INVALID_ARGUMENT;
	}
}
