/* The Linux file system, which stands in for Twizzler's name space until naming exists. Thin wrappers:
 * each returns the syscall's value or -errno. Paths are NUL-terminated; dirfd may be HOST_AT_FDCWD. */
#ifndef TWZ_HOST_FS_H
#define TWZ_HOST_FS_H

#include "util.h"

#define HOST_AT_FDCWD (-100)

/* What rt/core needs from stat, decoupled from the kernel's struct. */
struct host_stat {
	uint64_t dev, ino, size;
	uint32_t mode; /* S_IFMT bits and permissions */
	uint32_t nlink;
	uint64_t atime_sec, mtime_sec, ctime_sec, btime_sec;
	uint32_t atime_nsec, mtime_nsec, ctime_nsec, btime_nsec;
};

HOST_HIDDEN long host_openat(int dirfd, const char *path, int flags, unsigned mode); /* openat(2) */
HOST_HIDDEN long host_close(int fd);
HOST_HIDDEN long host_read(int fd, void *buf, size_t len);
HOST_HIDDEN long host_write(int fd, const void *buf, size_t len);
HOST_HIDDEN long host_pread(int fd, void *buf, size_t len, uint64_t off);
HOST_HIDDEN long host_pwrite(int fd, const void *buf, size_t len, uint64_t off);
HOST_HIDDEN long host_lseek(int fd, int64_t off, int whence); /* SEEK_SET 0, SEEK_CUR 1, SEEK_END 2 */
/* statx(2) of fd (path NULL or "") or of dirfd/path; nofollow does not follow a final symlink. */
HOST_HIDDEN long host_fstatat(int dirfd, const char *path, struct host_stat *st, bool nofollow);
HOST_HIDDEN long host_ftruncate(int fd, uint64_t len);
HOST_HIDDEN long host_fsync(int fd);
HOST_HIDDEN long host_fdatasync(int fd);
HOST_HIDDEN long host_unlinkat(int dirfd, const char *path, bool dir);
HOST_HIDDEN long host_renameat(int olddirfd, const char *oldp, int newdirfd, const char *newp, bool noreplace);
HOST_HIDDEN long host_mkdirat(int dirfd, const char *path, unsigned mode);
HOST_HIDDEN long host_symlinkat(const char *target, int dirfd, const char *path);
HOST_HIDDEN long host_readlinkat(int dirfd, const char *path, char *buf, size_t len);
/* getdents64(2) into buf; returns bytes filled (0 at the end). Records are struct linux_dirent64. */
HOST_HIDDEN long host_getdents64(int fd, void *buf, size_t len);
HOST_HIDDEN long host_dup(int fd);
/* dup3(2)-like: places a duplicate of fd at newfd (closing what was there); cloexec sets FD_CLOEXEC. */
HOST_HIDDEN long host_dup_to(int fd, int newfd, bool cloexec);
/* fcntl(F_DUPFD_CLOEXEC, minfd). */
HOST_HIDDEN long host_dup_min(int fd, int minfd);
HOST_HIDDEN long host_fcntl(int fd, int cmd, long arg);
HOST_HIDDEN long host_ioctl(int fd, unsigned long req, void *arg);
/* True when fd is a terminal (TCGETS succeeds). */
HOST_HIDDEN bool host_isatty(int fd);
HOST_HIDDEN long host_pipe(int fds[2], int flags);
/* ppoll(2) on Linux struct pollfd records (same layout as the ABI's); timeout_ns UINT64_MAX: forever. */
HOST_HIDDEN long host_poll(void *pollfds, size_t n, uint64_t timeout_ns);
HOST_HIDDEN long host_getcwd(char *buf, size_t len);
HOST_HIDDEN long host_chdir(const char *path);
HOST_HIDDEN long host_memfd_create(const char *name, unsigned flags);
HOST_HIDDEN long host_fallocate(int fd, int mode, uint64_t off, uint64_t len);
HOST_HIDDEN long host_copy_file_range(int fdin, uint64_t *offin, int fdout, uint64_t *offout, size_t len);

#endif
