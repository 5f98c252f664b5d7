/* File status: fstat, stat, lstat, access, from the runtime's fd_info (paths are opened briefly). */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "sysdeps.h"

static mode_t mode_of(const struct fd_info *fi)
{
	if (fi->unix_mode & S_IFMT)
		return (mode_t)fi->unix_mode;
	switch (fi->kind) {
	case FdKind_Regular: return S_IFREG | 0644;
	case FdKind_Directory: return S_IFDIR | 0755;
	case FdKind_SymLink: return S_IFLNK | 0777;
	case FdKind_Socket: return S_IFSOCK | 0600;
	case FdKind_Pipe: return S_IFIFO | 0600;
	case FdKind_Pty: return S_IFCHR | 0620;
	default: return S_IFREG | 0444;
	}
}

static struct timespec ts_of(struct duration d)
{
	return __twz_ts_from_duration(d);
}

/* newlib's struct stat has 16-bit st_dev and st_ino: both are folded from the 128-bit object id, so
 * equal ids give equal (st_dev, st_ino) but different files may collide. */
static void fill_stat(const struct fd_info *fi, struct stat *st)
{
	memset(st, 0, sizeof *st);
	uint64_t lo = (uint64_t)fi->id, hi = (uint64_t)(fi->id >> 64);
	st->st_ino = (ino_t)(lo ^ (lo >> 16) ^ (lo >> 32) ^ (lo >> 48));
	st->st_dev = (dev_t)(hi ^ (hi >> 16) ^ (hi >> 32) ^ (hi >> 48));
	st->st_mode = mode_of(fi);
	st->st_nlink = 1;
	st->st_size = (off_t)fi->len;
	st->st_atim = ts_of(fi->accessed);
	st->st_mtim = ts_of(fi->modified);
	st->st_ctim = ts_of(fi->modified);
	st->st_blksize = 65536; /* the stdio buffer size (newlib built with HAVE_BLKSIZE) */
	st->st_blocks = (blkcnt_t)((fi->len + 511) / 512);
}

int fstat(int fd, struct stat *st)
{
	struct fd_info fi;
	if (!twz_rt_fd_get_info(fd, &fi))
		return __twz_fail_errno(EBADF);
	fill_stat(&fi, st);
	return 0;
}

/* Opens path for reading without creating it (nofollow: the link itself) and fills *fi. */
static int path_info(const char *path, int nofollow, struct fd_info *fi)
{
	struct open_info info;
	if (__twz_path_info(path, &info) < 0)
		return -1;
	uint32_t flags = OPEN_FLAG_READ | (nofollow ? OPEN_FLAG_SYMLINK : 0);
	info.flags = flags;
	struct open_result r = twz_rt_fd_open(OpenKind_Path, flags, &info, sizeof info);
	if (r.err)
		return __twz_fail(r.err);
	int ok = twz_rt_fd_get_info(r.fd, fi);
	twz_rt_fd_close(r.fd);
	return ok ? 0 : __twz_fail_errno(EIO);
}

int stat(const char *path, struct stat *st)
{
	struct fd_info fi;
	if (path_info(path, 0, &fi) < 0)
		return -1;
	fill_stat(&fi, st);
	return 0;
}

int lstat(const char *path, struct stat *st)
{
	struct fd_info fi;
	if (path_info(path, 1, &fi) < 0)
		return -1;
	fill_stat(&fi, st);
	return 0;
}

/* Checks the owner permission bits: the program acts as the owner of every file it can open. */
int access(const char *path, int amode)
{
	if (amode & ~(R_OK | W_OK | X_OK))
		return __twz_fail_errno(EINVAL);
	struct fd_info fi;
	if (path_info(path, 0, &fi) < 0)
		return -1;
	mode_t m = mode_of(&fi);
	if (((amode & R_OK) && !(m & S_IRUSR)) || ((amode & W_OK) && !(m & S_IWUSR)) ||
	    ((amode & X_OK) && !(m & S_IXUSR)))
		return __twz_fail_errno(EACCES);
	return 0;
}
