/* twz_rt_fd_enumerate_names on a directory descriptor: getdents64, "." and ".." left out, `off` entries
 * skipped. Each entry carries full info (statx without following links) and, for a symlink, its target
 * after the name (truncated so that name_len + linkname_len <= NAME_ENTRY_LEN). The record remembers
 * where the previous call stopped, so listing a directory chunk by chunk does not start over each time. */
#include "fd.h"
#include <linux/stat.h>

struct dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static bool dot_or_dotdot(const char *n)
{
	return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0));
}

static void fill_entry(int dirfd, const char *name, struct name_entry *e)
{
	size_t n = host_strnlen(name, NAME_ENTRY_LEN);
	struct host_stat st;
	if (host_fstatat(dirfd, name, &st, true) >= 0) {
		rt_fd_info_from_stat(&st, -1, &e->info);
	} else {
		memset(&e->info, 0, sizeof e->info); /* vanished since getdents64 */
	}
	memcpy(e->name, name, n);
	e->name_len = (uint32_t)n;
	e->linkname_len = 0;
	if (e->info.kind == FdKind_SymLink && n < NAME_ENTRY_LEN) {
		long r = host_readlinkat(dirfd, name, (char *)e->name + n, NAME_ENTRY_LEN - n);
		if (r > 0)
			e->linkname_len = (uint32_t)r;
	}
}

/* Lists into buf; f->lock held. */
static struct io_result enumerate_locked(struct rt_fd *f, int hfd, struct name_entry *buf, size_t len,
					 size_t off)
{
	uint64_t idx = 0;
	int64_t pos = 0;
	if (off >= f->enum_index) {
		idx = f->enum_index;
		pos = f->enum_doff;
	}
	long r = host_lseek(hfd, pos, 0 /* SEEK_SET */);
	if (r < 0)
		return (struct io_result){rt_error_from_errno(r), 0};
	size_t count = 0;
	_Alignas(8) char dbuf[4096];
	while (count < len) {
		long got = host_getdents64(hfd, dbuf, sizeof dbuf);
		if (got < 0)
			return (struct io_result){rt_error_from_errno(got), 0};
		if (got == 0)
			break;
		for (long at = 0; at < got && count < len;) {
			struct dirent64 *d = (struct dirent64 *)(dbuf + at);
			at += d->d_reclen;
			pos = d->d_off;
			if (dot_or_dotdot(d->d_name))
				continue;
			if (idx++ < off)
				continue;
			fill_entry(hfd, d->d_name, &buf[count++]);
		}
	}
	f->enum_index = idx;
	f->enum_doff = pos;
	return (struct io_result){0, count};
}

struct io_result rt_fd_enumerate(descriptor fd, struct name_entry *buf, size_t len, size_t off)
{
	if (!buf && len)
		return (struct io_result){RT_ERR_INVALID_ARGUMENT, 0};
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return (struct io_result){RT_ERR_BAD_HANDLE, 0};
	struct io_result res = {rt_err(NAMING_ERROR, WRONG_NAME_KIND), 0};
	if (f->type == RT_FD_DIR) {
		res.err = 0;
		if (len) {
			host_lock_acquire(&f->lock);
			res = enumerate_locked(f, f->end[RT_END_READ].host_fd, buf, len, off);
			host_lock_release(&f->lock);
		}
	}
	rt_fd_put(f);
	return res;
}
