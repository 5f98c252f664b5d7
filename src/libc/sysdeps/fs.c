/* Names: unlink, rmdir, remove, rename, mkdir, symlink, readlink, link, truncate, getcwd, chdir,
 * realpath. */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "sysdeps.h"

/* Length of a path argument; -1 with errno for NULL, empty or too long. */
static ssize_t path_len(const char *path)
{
	if (!path)
		return __twz_fail_errno(EFAULT);
	size_t n = strlen(path);
	if (n == 0)
		return __twz_fail_errno(ENOENT);
	if (n > NAME_DATA_MAX)
		return __twz_fail_errno(ENAMETOOLONG);
	return (ssize_t)n;
}

static int is_dir(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int unlink(const char *path)
{
	ssize_t n = path_len(path);
	if (n < 0)
		return -1;
	if (is_dir(path))
		return __twz_fail_errno(EISDIR);
	twz_error err = twz_rt_fd_remove(path, (size_t)n);
	return err ? __twz_fail(err) : 0;
}

int rmdir(const char *path)
{
	ssize_t n = path_len(path);
	if (n < 0)
		return -1;
	struct stat st;
	if (lstat(path, &st) < 0)
		return -1;
	if (!S_ISDIR(st.st_mode))
		return __twz_fail_errno(ENOTDIR);
	twz_error err = twz_rt_fd_remove(path, (size_t)n);
	return err ? __twz_fail(err) : 0;
}

int remove(const char *path)
{
	return is_dir(path) ? rmdir(path) : unlink(path);
}

int _remove_r(struct _reent *r, const char *path)
{
	(void)r;
	return remove(path);
}

int mkdir(const char *path, mode_t mode)
{
	(void)mode; /* the ABI has no creation mode */
	ssize_t n = path_len(path);
	if (n < 0)
		return -1;
	twz_error err = twz_rt_fd_mkns(path, (size_t)n);
	return err ? __twz_fail(err) : 0;
}

/* POSIX rename replaces an existing file at new: if the runtime refuses because new exists, and both
 * are not directories, new is removed and the rename retried (not atomic). */
int rename(const char *old, const char *new)
{
	ssize_t a = path_len(old), b = path_len(new);
	if (a < 0 || b < 0)
		return -1;
	twz_error err = twz_rt_fd_rename(old, (size_t)a, new, (size_t)b);
	if (err && __twz_errno_from(err) == EEXIST) {
		struct stat so, sn;
		if (lstat(old, &so) == 0 && lstat(new, &sn) == 0 && !S_ISDIR(sn.st_mode)) {
			if (S_ISDIR(so.st_mode))
				return __twz_fail_errno(ENOTDIR);
			if (unlink(new) < 0)
				return -1;
			err = twz_rt_fd_rename(old, (size_t)a, new, (size_t)b);
		}
	}
	return err ? __twz_fail(err) : 0;
}

int _rename_r(struct _reent *r, const char *old, const char *new)
{
	(void)r;
	return rename(old, new);
}

int symlink(const char *target, const char *path)
{
	ssize_t a = path_len(path);
	if (a < 0 || !target)
		return a < 0 ? -1 : __twz_fail_errno(EFAULT);
	twz_error err = twz_rt_fd_symlink(path, (size_t)a, target, strlen(target));
	return err ? __twz_fail(err) : 0;
}

ssize_t readlink(const char *restrict path, char *restrict buf, size_t size)
{
	ssize_t n = path_len(path);
	if (n < 0)
		return -1;
	uint64_t len = 0;
	twz_error err = twz_rt_fd_readlink(path, (size_t)n, buf, size, &len);
	if (err) {
		int e = __twz_errno_from(err);
		return __twz_fail_errno(e == ENOTDIR ? EINVAL : e);
	}
	return (ssize_t)(len < size ? len : size);
}

/* Hard links do not exist in the ABI's namespace. */
int link(const char *old, const char *new)
{
	(void)old;
	(void)new;
	return __twz_fail_errno(ENOSYS);
}

int truncate(const char *path, off_t len)
{
	int fd = open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	int r = ftruncate(fd, len);
	int e = errno;
	close(fd);
	errno = e;
	return r;
}

/* getcwd(NULL, 0) allocates a buffer of the right size (as glibc does). */
char *getcwd(char *buf, size_t size)
{
	char tmp[PATH_MAX + 1];
	struct io_result r = twz_rt_get_nameroot(NameRoot_Current, tmp, sizeof tmp - 1);
	if (r.err) {
		__twz_fail(r.err);
		return NULL;
	}
	size_t len = r.val;
	if (len >= sizeof tmp) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	tmp[len] = '\0';
	if (!buf) {
		if (size == 0)
			return strdup(tmp);
		if (size <= len) {
			errno = ERANGE;
			return NULL;
		}
		buf = malloc(size);
		if (!buf)
			return NULL;
	} else if (size == 0) {
		errno = EINVAL;
		return NULL;
	} else if (size <= len) {
		errno = ERANGE;
		return NULL;
	}
	memcpy(buf, tmp, len + 1);
	return buf;
}

int chdir(const char *path)
{
	ssize_t n = path_len(path);
	if (n < 0)
		return -1;
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	if (!S_ISDIR(st.st_mode))
		return __twz_fail_errno(ENOTDIR);
	twz_error err = twz_rt_set_nameroot(NameRoot_Current, path, (size_t)n);
	return err ? __twz_fail(err) : 0;
}

/* The runtime's canonical absolute name (symlinks not resolved: the ABI's canonicaliser is lexical),
 * which must exist. */
char *realpath(const char *restrict path, char *restrict resolved)
{
	ssize_t n = path_len(path);
	if (n < 0)
		return NULL;
	struct stat st;
	if (stat(path, &st) < 0)
		return NULL;
	char tmp[PATH_MAX];
	size_t len = sizeof tmp - 1;
	twz_error err = twz_rt_canon_name(NameResolver_Default, path, (size_t)n, tmp, &len);
	if (err) {
		__twz_fail(err);
		return NULL;
	}
	if (len >= sizeof tmp - 1) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	tmp[len] = '\0';
	if (!resolved)
		return strdup(tmp);
	memcpy(resolved, tmp, len + 1);
	return resolved;
}

/* No owners or permission changes in the ABI. */
int chmod(const char *path, mode_t mode)
{
	(void)path;
	(void)mode;
	return __twz_fail_errno(ENOSYS);
}

int fchmod(int fd, mode_t mode)
{
	(void)fd;
	(void)mode;
	return __twz_fail_errno(ENOSYS);
}

int chown(const char *path, uid_t owner, gid_t group)
{
	(void)path;
	(void)owner;
	(void)group;
	return __twz_fail_errno(ENOSYS);
}

/* The mask is remembered and returned, but the ABI creates files without modes, so it has no effect. */
static mode_t cur_umask = 022;
mode_t umask(mode_t mask)
{
	mode_t old = cur_umask;
	cur_umask = mask & 0777;
	return old;
}
