/* Thin wrappers over the Linux file system calls (fs.h). Each returns the kernel's value or -errno;
 * above each, the Linux prototype it wraps. */
#include <asm/unistd.h>
#include <asm/ioctls.h>
#include <asm/termbits.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/stat.h>
#include <linux/time_types.h>
#include "fs.h"
#include "arch/x86_64/syscall.h"

/* int openat(int dirfd, const char *pathname, int flags, mode_t mode); */
long host_openat(int dirfd, const char *path, int flags, unsigned mode)
{
	return host_syscall4(__NR_openat, dirfd, (long)path, flags, mode);
}

/* int close(int fd); */
long host_close(int fd)
{
	return host_syscall1(__NR_close, fd);
}

/* ssize_t read(int fd, void *buf, size_t count); */
long host_read(int fd, void *buf, size_t len)
{
	return host_syscall3(__NR_read, fd, (long)buf, (long)len);
}

/* ssize_t write(int fd, const void *buf, size_t count); */
long host_write(int fd, const void *buf, size_t len)
{
	return host_syscall3(__NR_write, fd, (long)buf, (long)len);
}

/* ssize_t pread(int fd, void *buf, size_t count, off_t offset); */
long host_pread(int fd, void *buf, size_t len, uint64_t off)
{
	return host_syscall4(__NR_pread64, fd, (long)buf, (long)len, (long)off);
}

/* ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset); */
long host_pwrite(int fd, const void *buf, size_t len, uint64_t off)
{
	return host_syscall4(__NR_pwrite64, fd, (long)buf, (long)len, (long)off);
}

/* off_t lseek(int fd, off_t offset, int whence); */
long host_lseek(int fd, int64_t off, int whence)
{
	return host_syscall3(__NR_lseek, fd, (long)off, whence);
}

/* int statx(int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf); */
long host_fstatat(int dirfd, const char *path, struct host_stat *st, bool nofollow)
{
	struct statx sx;
	int flags = AT_STATX_SYNC_AS_STAT | (nofollow ? AT_SYMLINK_NOFOLLOW : 0);
	if (!path || !*path) {
		path = "";
		flags |= AT_EMPTY_PATH;
	}
	long r = host_syscall5(__NR_statx, dirfd, (long)path, flags, STATX_BASIC_STATS | STATX_BTIME, (long)&sx);
	if (r < 0)
		return r;
	st->dev = ((uint64_t)sx.stx_dev_major << 32) | sx.stx_dev_minor;
	st->ino = sx.stx_ino;
	st->size = sx.stx_size;
	st->mode = sx.stx_mode;
	st->nlink = sx.stx_nlink;
	st->atime_sec = (uint64_t)sx.stx_atime.tv_sec;
	st->atime_nsec = sx.stx_atime.tv_nsec;
	st->mtime_sec = (uint64_t)sx.stx_mtime.tv_sec;
	st->mtime_nsec = sx.stx_mtime.tv_nsec;
	st->ctime_sec = (uint64_t)sx.stx_ctime.tv_sec;
	st->ctime_nsec = sx.stx_ctime.tv_nsec;
	/* Not every file system records a birth time: report zero then. */
	bool has_btime = sx.stx_mask & STATX_BTIME;
	st->btime_sec = has_btime ? (uint64_t)sx.stx_btime.tv_sec : 0;
	st->btime_nsec = has_btime ? sx.stx_btime.tv_nsec : 0;
	return 0;
}

/* int ftruncate(int fd, off_t length); */
long host_ftruncate(int fd, uint64_t len)
{
	return host_syscall2(__NR_ftruncate, fd, (long)len);
}

/* int fsync(int fd); */
long host_fsync(int fd)
{
	return host_syscall1(__NR_fsync, fd);
}

/* int fdatasync(int fd); */
long host_fdatasync(int fd)
{
	return host_syscall1(__NR_fdatasync, fd);
}

/* int unlinkat(int dirfd, const char *pathname, int flags); */
long host_unlinkat(int dirfd, const char *path, bool dir)
{
	return host_syscall3(__NR_unlinkat, dirfd, (long)path, dir ? AT_REMOVEDIR : 0);
}

/* int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned flags); */
long host_renameat(int olddirfd, const char *oldp, int newdirfd, const char *newp, bool noreplace)
{
	return host_syscall5(__NR_renameat2, olddirfd, (long)oldp, newdirfd, (long)newp,
			     noreplace ? RENAME_NOREPLACE : 0);
}

/* int mkdirat(int dirfd, const char *pathname, mode_t mode); */
long host_mkdirat(int dirfd, const char *path, unsigned mode)
{
	return host_syscall3(__NR_mkdirat, dirfd, (long)path, mode);
}

/* int symlinkat(const char *target, int newdirfd, const char *linkpath); */
long host_symlinkat(const char *target, int dirfd, const char *path)
{
	return host_syscall3(__NR_symlinkat, (long)target, dirfd, (long)path);
}

/* ssize_t readlinkat(int dirfd, const char *pathname, char *buf, size_t bufsiz); */
long host_readlinkat(int dirfd, const char *path, char *buf, size_t len)
{
	return host_syscall4(__NR_readlinkat, dirfd, (long)path, (long)buf, (long)len);
}

/* ssize_t getdents64(int fd, void *dirp, size_t count); */
long host_getdents64(int fd, void *buf, size_t len)
{
	return host_syscall3(__NR_getdents64, fd, (long)buf, (long)len);
}

/* int dup(int oldfd); */
long host_dup(int fd)
{
	return host_syscall1(__NR_dup, fd);
}

/* int dup3(int oldfd, int newfd, int flags); like dup2 when fd == newfd (dup3 would refuse). */
long host_dup_to(int fd, int newfd, bool cloexec)
{
	if (fd == newfd) {
		long r = host_syscall2(__NR_fcntl, fd, F_GETFD);
		return r < 0 ? r : newfd;
	}
	return host_syscall3(__NR_dup3, fd, newfd, cloexec ? O_CLOEXEC : 0);
}

/* int fcntl(int fd, F_DUPFD_CLOEXEC, int minfd); */
long host_dup_min(int fd, int minfd)
{
	return host_syscall3(__NR_fcntl, fd, F_DUPFD_CLOEXEC, minfd);
}

/* int fcntl(int fd, int cmd, ... arg); */
long host_fcntl(int fd, int cmd, long arg)
{
	return host_syscall3(__NR_fcntl, fd, cmd, arg);
}

/* int ioctl(int fd, unsigned long request, void *arg); */
long host_ioctl(int fd, unsigned long req, void *arg)
{
	return host_syscall3(__NR_ioctl, fd, (long)req, (long)arg);
}

/* ioctl(fd, TCGETS, &termios) succeeds only on a terminal. */
bool host_isatty(int fd)
{
	struct termios t;
	return host_ioctl(fd, TCGETS, &t) == 0;
}

/* int pipe2(int pipefd[2], int flags); */
long host_pipe(int fds[2], int flags)
{
	return host_syscall2(__NR_pipe2, (long)fds, flags);
}

/* int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *tmo_p, const sigset_t *sigmask); */
long host_poll(void *pollfds, size_t n, uint64_t timeout_ns)
{
	struct __kernel_timespec ts = {
		.tv_sec = (long long)(timeout_ns / 1000000000u),
		.tv_nsec = (long long)(timeout_ns % 1000000000u),
	};
	return host_syscall5(__NR_ppoll, (long)pollfds, (long)n, timeout_ns == UINT64_MAX ? 0 : (long)&ts, 0,
			     8 /* sizeof the kernel sigset; unused without a mask */);
}

/* The raw getcwd syscall: returns the length stored, terminating NUL included. */
long host_getcwd(char *buf, size_t len)
{
	return host_syscall2(__NR_getcwd, (long)buf, (long)len);
}

/* int chdir(const char *path); */
long host_chdir(const char *path)
{
	return host_syscall1(__NR_chdir, (long)path);
}

/* int memfd_create(const char *name, unsigned int flags); */
long host_memfd_create(const char *name, unsigned flags)
{
	return host_syscall2(__NR_memfd_create, (long)name, flags);
}

/* int fallocate(int fd, int mode, off_t offset, off_t len); */
long host_fallocate(int fd, int mode, uint64_t off, uint64_t len)
{
	return host_syscall4(__NR_fallocate, fd, mode, (long)off, (long)len);
}

/* ssize_t copy_file_range(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len,
 *                         unsigned int flags); */
long host_copy_file_range(int fdin, uint64_t *offin, int fdout, uint64_t *offout, size_t len)
{
	return host_syscall6(__NR_copy_file_range, fdin, (long)offin, fdout, (long)offout, (long)len, 0);
}
