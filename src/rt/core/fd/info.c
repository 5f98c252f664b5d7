/* twz_rt_fd_get_info from the host's statx: kind, size, mode, times, and an id derived from (dev, ino)
 * (stable for the file's lifetime, and equal to what twz_rt_resolve_name gives for its name). */
#include "../exec/exec.h"
#include "fd.h"
#include <linux/stat.h>

#define FD_KIND_OTHER ((enum fd_kind)0xFFFFFFFFu)

static enum fd_kind kind_of(uint32_t mode, bool tty)
{
	switch (mode & S_IFMT) {
	case S_IFREG:
	case S_IFBLK:
		return FdKind_Regular;
	case S_IFDIR:
		return FdKind_Directory;
	case S_IFLNK:
		return FdKind_SymLink;
	case S_IFIFO:
		return FdKind_Pipe;
	case S_IFSOCK:
		return FdKind_Socket;
	default:
		return tty ? FdKind_Pty : FD_KIND_OTHER;
	}
}

void rt_fd_info_from_stat(const struct host_stat *st, int host_fd, struct fd_info *info)
{
	bool tty = S_ISCHR(st->mode) && host_fd >= 0 && host_isatty(host_fd);
	memset(info, 0, sizeof *info);
	info->id = rt_fd_host_id(st->dev, st->ino);
	info->len = st->size;
	info->flags = tty ? FD_IS_TERMINAL : 0;
	info->kind = kind_of(st->mode, tty);
	info->created = (struct duration){st->btime_sec, st->btime_nsec};
	info->accessed = (struct duration){st->atime_sec, st->atime_nsec};
	info->modified = (struct duration){st->mtime_sec, st->mtime_nsec};
	info->unix_mode = st->mode;
}

/* A pipe whose ends are both shut has no host fd left to ask: report what we know. */
static void closed_pipe_info(const struct rt_fd *f, struct fd_info *info)
{
	memset(info, 0, sizeof *info);
	info->id = f->id;
	info->kind = FdKind_Pipe;
	info->unix_mode = S_IFIFO | 0600;
}

bool rt_fd_get_info(descriptor fd, struct fd_info *info)
{
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return false;
	if (f->type == RT_FD_COMPARTMENT) {
		rt_comp_info(f, info);
		rt_fd_put(f);
		return true;
	}
	int which = RT_END_READ;
	int hfd = rt_fd_end_acquire(f, which);
	if (hfd < 0)
		hfd = rt_fd_end_acquire(f, which = RT_END_WRITE);
	if (hfd < 0) {
		closed_pipe_info(f, info);
		rt_fd_put(f);
		return true;
	}
	struct host_stat st;
	long r = host_fstatat(hfd, NULL, &st, true);
	if (r >= 0)
		rt_fd_info_from_stat(&st, hfd, info);
	else
		closed_pipe_info(f, info); /* cannot happen on a live host fd; report something sane */
	rt_fd_end_release(f, which);
	rt_fd_put(f);
	return true;
}
