/* The namespace operations of rt/fd.h on the host file system. Names are counted UTF-8, relative ones
 * against the working directory (NameRoot_Current).
 *
 * rename: replaces an existing non-directory target atomically (POSIX; what C's rename() and Rust's
 * fs::rename promise), but never replaces or removes a directory: a directory target, or any existing
 * target when the source is a directory, gives NAMING/ALREADY_EXISTS. */
#include "../fd/fd.h"
#include "name.h"
#include <linux/stat.h>

twz_error rt_name_remove(const char *name, size_t len)
{
	char p[RT_PATH_MAX];
	twz_error err = rt_name_host_path(name, len, p, sizeof p);
	if (err)
		return err;
	long r = host_unlinkat(HOST_AT_FDCWD, p, false);
	if (r == -EISDIR)
		r = host_unlinkat(HOST_AT_FDCWD, p, true);
	if (r == -EEXIST || r == -ENOTEMPTY)
		return rt_err(NAMING_ERROR, NOT_EMPTY);
	return rt_error_from_errno(r);
}

twz_error rt_name_mkns(const char *name, size_t len)
{
	char p[RT_PATH_MAX];
	twz_error err = rt_name_host_path(name, len, p, sizeof p);
	if (err)
		return err;
	return rt_error_from_errno(host_mkdirat(HOST_AT_FDCWD, p, 0777));
}

twz_error rt_name_symlink(const char *name, size_t len, const char *target, size_t target_len)
{
	char p[RT_PATH_MAX], t[RT_PATH_MAX];
	twz_error err = rt_name_host_path(name, len, p, sizeof p);
	if (!err)
		err = rt_name_host_path(target, target_len, t, sizeof t);
	if (err)
		return err;
	return rt_error_from_errno(host_symlinkat(t, HOST_AT_FDCWD, p));
}

twz_error rt_name_rename(const char *from, size_t from_len, const char *to, size_t to_len)
{
	char a[RT_PATH_MAX], b[RT_PATH_MAX];
	twz_error err = rt_name_host_path(from, from_len, a, sizeof a);
	if (!err)
		err = rt_name_host_path(to, to_len, b, sizeof b);
	if (err)
		return err;
	struct host_stat sa, sb;
	long r = host_fstatat(HOST_AT_FDCWD, a, &sa, true);
	if (r < 0)
		return rt_error_from_errno(r);
	r = host_fstatat(HOST_AT_FDCWD, b, &sb, true);
	bool to_exists = r >= 0;
	if (to_exists && sa.dev == sb.dev && sa.ino == sb.ino)
		return 0; /* the same file under both names: POSIX says do nothing */
	if (to_exists && (S_ISDIR(sb.mode) || S_ISDIR(sa.mode)))
		return rt_err(NAMING_ERROR, ALREADY_EXISTS);
	/* a directory source never replaces (closes the race with a target created meanwhile) */
	return rt_error_from_errno(host_renameat(HOST_AT_FDCWD, a, HOST_AT_FDCWD, b, S_ISDIR(sa.mode)));
}

twz_error rt_name_readlink(const char *name, size_t len, char *buf, size_t cap, uint64_t *out_len)
{
	if (!buf && cap)
		return RT_ERR_INVALID_ARGUMENT;
	char p[RT_PATH_MAX], target[RT_PATH_MAX];
	twz_error err = rt_name_host_path(name, len, p, sizeof p);
	if (err)
		return err;
	long r = host_readlinkat(HOST_AT_FDCWD, p, target, sizeof target);
	if (r == -EINVAL)
		return rt_err(NAMING_ERROR, WRONG_NAME_KIND); /* not a symlink */
	if (r < 0)
		return rt_error_from_errno(r);
	size_t n = (size_t)r < cap ? (size_t)r : cap;
	memcpy(buf, target, n);
	if (out_len)
		*out_len = n;
	return 0;
}
