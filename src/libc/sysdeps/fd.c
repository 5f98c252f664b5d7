/* Descriptor I/O over the runtime ABI: open, close, read, write, seeking, positional and vectored I/O,
 * dup/dup2/dup3, fcntl, ftruncate, fsync, isatty, pipe. */
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include "sysdeps.h"

int __twz_path_info(const char *path, struct open_info *info)
{
	if (!path)
		return __twz_fail_errno(EFAULT);
	size_t len = strlen(path);
	if (len == 0)
		return __twz_fail_errno(ENOENT);
	if (len > NAME_DATA_MAX)
		return __twz_fail_errno(ENAMETOOLONG);
	info->create.id = 0;
	info->create.kind = CREATE_KIND_EXISTING;
	info->flags = 0;
	info->len = len;
	memcpy(info->name, path, len);
	return 0;
}

/* Turns on the runtime's non-blocking mode for every operation on fd, or off. */
static int set_nonblocking(int fd, int on)
{
	uint32_t flags = on ? IO_NONBLOCKING : 0;
	twz_error err = twz_rt_fd_set_config(fd, IO_REGISTER_IO_FLAGS, &flags, sizeof flags);
	return err ? __twz_fail(err) : 0;
}

uint32_t __twz_open_flags(int oflag)
{
	uint32_t f = 0;
	switch (oflag & O_ACCMODE) {
	case O_RDONLY: f = OPEN_FLAG_READ; break;
	case O_WRONLY: f = OPEN_FLAG_WRITE; break;
	default: f = OPEN_FLAG_READ | OPEN_FLAG_WRITE; break;
	}
	if ((oflag & O_TRUNC) && (f & OPEN_FLAG_WRITE))
		f |= OPEN_FLAG_TRUNCATE;
	if (oflag & O_NOFOLLOW)
		f |= OPEN_FLAG_SYMLINK;
	/* Starts at the end; every write of an O_APPEND descriptor also moves there first (write below). */
	if (oflag & O_APPEND)
		f |= OPEN_FLAG_TAIL;
	return f;
}

/* The file mode argument is not used: the ABI creates files with the runtime's default permissions. */
int open(const char *path, int oflag, ...)
{
	struct open_info info;
	if (__twz_path_info(path, &info) < 0)
		return -1;
	if (oflag & O_CREAT)
		info.create.kind = (oflag & O_EXCL) ? CREATE_KIND_NEW : CREATE_KIND_EITHER;
	uint32_t flags = __twz_open_flags(oflag);
	info.flags = flags;
	struct open_result r = twz_rt_fd_open(OpenKind_Path, flags, &info, sizeof info);
	if (r.err) {
		int e = __twz_errno_from(r.err);
		/* The ABI says "wrong kind" for both; a directory opened for writing is EISDIR. */
		if (e == ENOTDIR && (oflag & O_ACCMODE) != O_RDONLY) {
			struct stat st;
			if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
				e = EISDIR;
		}
		return __twz_fail_errno(e);
	}
	int fd = r.fd;
	if (oflag & (O_DIRECTORY | O_NOFOLLOW)) {
		struct fd_info fi;
		int e = 0;
		if (!twz_rt_fd_get_info(fd, &fi))
			e = EBADF;
		else if ((oflag & O_DIRECTORY) && fi.kind != FdKind_Directory)
			e = ENOTDIR;
		else if ((oflag & O_NOFOLLOW) && fi.kind == FdKind_SymLink)
			e = ELOOP;
		if (e) {
			twz_rt_fd_close(fd);
			return __twz_fail_errno(e);
		}
	}
	if ((oflag & O_NONBLOCK) && set_nonblocking(fd, 1) < 0) {
		int e = errno;
		twz_rt_fd_close(fd);
		return __twz_fail_errno(e);
	}
	struct __twz_fdflags ff = { oflag & (O_ACCMODE | O_APPEND | O_NONBLOCK), (oflag & O_CLOEXEC) ? FD_CLOEXEC : 0 };
	if (__twz_fdflags_set(fd, ff) < 0) {
		twz_rt_fd_close(fd);
		return -1;
	}
	return fd;
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

/* EBADF for a descriptor that is not open (the ABI's close is silent about it). */
int close(int fd)
{
	struct fd_info fi;
	if (!twz_rt_fd_get_info(fd, &fi))
		return __twz_fail_errno(EBADF);
	__twz_fdflags_clear(fd);
	twz_rt_fd_close(fd);
	return 0;
}

ssize_t read(int fd, void *buf, size_t n)
{
	struct io_result r = twz_rt_fd_pread(fd, buf, n, NULL);
	return r.err ? __twz_fail(r.err) : (ssize_t)r.val;
}

/* With O_APPEND every write first moves to the end (not atomic against other processes). */
static void append_seek(int fd)
{
	if (__twz_fdflags_get(fd).status & O_APPEND)
		(void)twz_rt_fd_seek(fd, WHENCE_END, 0);
}

ssize_t write(int fd, const void *buf, size_t n)
{
	append_seek(fd);
	struct io_result r = twz_rt_fd_pwrite(fd, buf, n, NULL);
	return r.err ? __twz_fail(r.err) : (ssize_t)r.val;
}

static struct io_ctx at_offset(off_t off)
{
	struct io_ctx c = { 0, off, NO_DURATION };
	return c;
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	if (off < 0)
		return __twz_fail_errno(EINVAL);
	struct io_ctx c = at_offset(off);
	struct io_result r = twz_rt_fd_pread(fd, buf, n, &c);
	return r.err ? __twz_fail(r.err) : (ssize_t)r.val;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	if (off < 0)
		return __twz_fail_errno(EINVAL);
	struct io_ctx c = at_offset(off);
	struct io_result r = twz_rt_fd_pwrite(fd, buf, n, &c);
	return r.err ? __twz_fail(r.err) : (ssize_t)r.val;
}

static int iov_check(int cnt)
{
	return (cnt < 0 || cnt > IOV_MAX) ? __twz_fail_errno(EINVAL) : 0;
}

ssize_t readv(int fd, const struct iovec *iov, int cnt)
{
	if (iov_check(cnt) < 0)
		return -1;
	struct io_result r = twz_rt_fd_preadv(fd, iov, (size_t)cnt, NULL);
	return r.err ? __twz_fail(r.err) : (ssize_t)r.val;
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	if (iov_check(cnt) < 0)
		return -1;
	append_seek(fd);
	struct io_result r = twz_rt_fd_pwritev(fd, iov, (size_t)cnt, NULL);
	return r.err ? __twz_fail(r.err) : (ssize_t)r.val;
}

ssize_t preadv(int fd, const struct iovec *iov, int cnt, off_t off)
{
	if (iov_check(cnt) < 0 || (off < 0 && __twz_fail_errno(EINVAL)))
		return -1;
	struct io_ctx c = at_offset(off);
	struct io_result r = twz_rt_fd_preadv(fd, iov, (size_t)cnt, &c);
	return r.err ? __twz_fail(r.err) : (ssize_t)r.val;
}

ssize_t pwritev(int fd, const struct iovec *iov, int cnt, off_t off)
{
	if (iov_check(cnt) < 0 || (off < 0 && __twz_fail_errno(EINVAL)))
		return -1;
	struct io_ctx c = at_offset(off);
	struct io_result r = twz_rt_fd_pwritev(fd, iov, (size_t)cnt, &c);
	return r.err ? __twz_fail(r.err) : (ssize_t)r.val;
}

/* WHENCE_END: this runtime computes size + offset, as POSIX does (src/rt/core/io/seek.c; upstream's
 * runtimes compute size - offset, which rt/io.h's comment still describes). */
off_t lseek(int fd, off_t off, int how)
{
	uint32_t rw;
	switch (how) {
	case SEEK_SET:
		if (off < 0)
			return __twz_fail_errno(EINVAL);
		rw = WHENCE_START;
		break;
	case SEEK_CUR: rw = WHENCE_CURRENT; break;
	case SEEK_END: rw = WHENCE_END; break;
	default: return __twz_fail_errno(EINVAL);
	}
	struct io_result r = twz_rt_fd_seek(fd, rw, off);
	if (r.err) {
		struct fd_info fi;
		/* Pipes, terminals and sockets cannot seek: POSIX says ESPIPE. */
		if (twz_rt_fd_get_info(fd, &fi) && fi.kind != FdKind_Regular && fi.kind != FdKind_Directory)
			return __twz_fail_errno(ESPIPE);
		return __twz_fail(r.err);
	}
	return (off_t)r.val;
}

/* A new descriptor for what fd refers to (sharing its position), not below min; flags copied. */
static int dup_min(int fd, int min, int cloexec)
{
	if (min < 0)
		return __twz_fail_errno(EINVAL);
	int extra[64], nextra = 0, res = -1;
	for (;;) {
		descriptor n;
		twz_error err = twz_rt_fd_cmd(fd, FD_CMD_DUP, NULL, &n);
		if (err) {
			int e = __twz_errno_from(err);
			res = __twz_fail_errno(e == EINVAL ? EBADF : e);
			break;
		}
		if (n >= min) {
			res = n;
			break;
		}
		if (nextra == (int)(sizeof extra / sizeof extra[0])) {
			twz_rt_fd_close(n);
			res = __twz_fail_errno(EMFILE);
			break;
		}
		extra[nextra++] = n; /* keep low numbers busy until one at or above min comes back */
	}
	while (nextra > 0)
		twz_rt_fd_close(extra[--nextra]);
	if (res >= 0) {
		struct __twz_fdflags f = __twz_fdflags_get(fd);
		f.fdflags = cloexec ? FD_CLOEXEC : 0;
		if (__twz_fdflags_set(res, f) < 0) {
			twz_rt_fd_close(res);
			return -1;
		}
	}
	return res;
}

int dup(int fd)
{
	return dup_min(fd, 0, 0);
}

/* Frees newfd, then duplicates until the runtime hands back exactly newfd (it gives the lowest free
 * number), closing the lower ones it gave meanwhile. */
static int dup_to(int oldfd, int newfd, int cloexec)
{
	struct fd_info fi;
	if (!twz_rt_fd_get_info(oldfd, &fi) || newfd < 0)
		return __twz_fail_errno(EBADF);
	__twz_fdflags_clear(newfd);
	twz_rt_fd_close(newfd);
	int got = dup_min(oldfd, newfd, cloexec);
	if (got < 0)
		return -1;
	if (got != newfd) {
		twz_rt_fd_close(got);
		__twz_fdflags_clear(got);
		return __twz_fail_errno(EBUSY); /* another thread took newfd in between */
	}
	return newfd;
}

int dup2(int oldfd, int newfd)
{
	if (oldfd == newfd) {
		struct fd_info fi;
		return twz_rt_fd_get_info(oldfd, &fi) ? newfd : __twz_fail_errno(EBADF);
	}
	return dup_to(oldfd, newfd, 0);
}

int dup3(int oldfd, int newfd, int flags)
{
	if (oldfd == newfd || (flags & ~O_CLOEXEC))
		return __twz_fail_errno(EINVAL);
	return dup_to(oldfd, newfd, flags & O_CLOEXEC);
}

/* F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL (O_APPEND, O_NONBLOCK). Record locks
 * (F_GETLK, F_SETLK, F_SETLKW) are not available: ENOSYS. Other commands: EINVAL. */
int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	struct fd_info fi;
	if (!twz_rt_fd_get_info(fd, &fi))
		return __twz_fail_errno(EBADF);
	struct __twz_fdflags f = __twz_fdflags_get(fd);
	if (f.status < 0)
		f.status = O_RDWR; /* inherited descriptors (stdio): the runtime does not say */
	switch (cmd) {
	case F_DUPFD:
		return dup_min(fd, (int)arg, 0);
	case F_DUPFD_CLOEXEC:
		return dup_min(fd, (int)arg, 1);
	case F_GETFD:
		return f.fdflags;
	case F_SETFD:
		f.fdflags = (int)arg & FD_CLOEXEC;
		return __twz_fdflags_set(fd, f);
	case F_GETFL:
		return f.status;
	case F_SETFL: {
		int nb = (int)arg & O_NONBLOCK;
		if (nb != (f.status & O_NONBLOCK) && set_nonblocking(fd, nb != 0) < 0)
			return -1;
		f.status = (f.status & O_ACCMODE) | ((int)arg & (O_APPEND | O_NONBLOCK));
		return __twz_fdflags_set(fd, f);
	}
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return __twz_fail_errno(ENOSYS);
	default:
		return __twz_fail_errno(EINVAL);
	}
}

int ftruncate(int fd, off_t len)
{
	if (len < 0)
		return __twz_fail_errno(EINVAL);
	uint64_t l = (uint64_t)len;
	twz_error err = twz_rt_fd_cmd(fd, FD_CMD_TRUNCATE, &l, NULL);
	if (err) {
		struct fd_info fi;
		return __twz_fail_errno(twz_rt_fd_get_info(fd, &fi) ? __twz_errno_from(err) : EBADF);
	}
	return 0;
}

int fsync(int fd)
{
	twz_error err = twz_rt_fd_cmd(fd, FD_CMD_SYNC, NULL, NULL);
	if (err) {
		struct fd_info fi;
		return __twz_fail_errno(twz_rt_fd_get_info(fd, &fi) ? __twz_errno_from(err) : EBADF);
	}
	return 0;
}

int fdatasync(int fd)
{
	return fsync(fd);
}

int isatty(int fd)
{
	struct fd_info fi;
	if (!twz_rt_fd_get_info(fd, &fi)) {
		errno = EBADF;
		return 0;
	}
	if (fi.flags & FD_IS_TERMINAL)
		return 1;
	errno = ENOTTY;
	return 0;
}

/* A new pipe: the runtime gives one descriptor holding both ends; the write end is opened again by the
 * pipe's id and the first descriptor is reopened as the read end only. */
int pipe2(int fds[2], int flags)
{
	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return __twz_fail_errno(EINVAL);
	struct open_result a = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	if (a.err)
		return __twz_fail(a.err);
	struct fd_info fi;
	if (!twz_rt_fd_get_info(a.fd, &fi)) {
		twz_rt_fd_close(a.fd);
		return __twz_fail_errno(EIO);
	}
	struct object_bind_info obi = { fi.id };
	struct open_result w = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_WRITE, &obi, sizeof obi);
	twz_error err = w.err ? w.err : twz_rt_fd_reopen(a.fd, OpenKind_Pipe, OPEN_FLAG_READ, &obi, sizeof obi);
	if (err) {
		if (!w.err)
			twz_rt_fd_close(w.fd);
		twz_rt_fd_close(a.fd);
		return __twz_fail(err);
	}
	int cloexec = (flags & O_CLOEXEC) ? FD_CLOEXEC : 0;
	int nb = flags & O_NONBLOCK;
	if ((nb && (set_nonblocking(a.fd, 1) < 0 || set_nonblocking(w.fd, 1) < 0)) ||
	    __twz_fdflags_set(a.fd, (struct __twz_fdflags){ O_RDONLY | nb, cloexec }) < 0 ||
	    __twz_fdflags_set(w.fd, (struct __twz_fdflags){ O_WRONLY | nb, cloexec }) < 0) {
		int e = errno;
		twz_rt_fd_close(a.fd);
		twz_rt_fd_close(w.fd);
		return __twz_fail_errno(e);
	}
	fds[0] = a.fd;
	fds[1] = w.fd;
	return 0;
}

int pipe(int fds[2])
{
	return pipe2(fds, 0);
}
