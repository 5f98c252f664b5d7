/* OpenKind_Path: a host file, directory or symlink named by an open_info (Linux's file system stands in
 * for Twizzler's name space). The open flags come from the function's argument; open_info.flags is
 * ignored, as in the reference runtime. create.id is ignored: host files get their ids from (dev, ino). */
#include "../name/name.h"
#include "fd.h"
#include <linux/fcntl.h>
#include <linux/stat.h>

static int host_open_flags(uint32_t flags, uint8_t create)
{
	int o = O_CLOEXEC | O_NOCTTY;
	if ((flags & OPEN_FLAG_READ) && (flags & OPEN_FLAG_WRITE))
		o |= O_RDWR;
	else if (flags & OPEN_FLAG_WRITE)
		o |= O_WRONLY;
	else
		o |= O_RDONLY;
	if (flags & OPEN_FLAG_TRUNCATE)
		o |= O_TRUNC;
	if (create == CREATE_KIND_NEW)
		o |= O_CREAT | O_EXCL;
	else if (create == CREATE_KIND_EITHER)
		o |= O_CREAT;
	return o;
}

static enum rt_fd_type type_of_mode(uint32_t mode)
{
	if (S_ISDIR(mode))
		return RT_FD_DIR;
	if (S_ISREG(mode) || S_ISBLK(mode))
		return RT_FD_FILE;
	if (S_ISLNK(mode))
		return RT_FD_LINK;
	return RT_FD_STREAM; /* FIFO, character device, socket */
}

/* Wraps an open host fd into a record; takes ownership of hfd. */
static twz_error make_record(long hfd, uint32_t flags, const void *bind_info, size_t bind_info_len,
			     struct rt_fd **out)
{
	struct host_stat st;
	long r = host_fstatat((int)hfd, NULL, &st, true);
	if (r < 0) {
		host_close((int)hfd);
		return rt_error_from_errno(r);
	}
	enum rt_fd_type type = type_of_mode(st.mode);
	if (type == RT_FD_FILE && (flags & OPEN_FLAG_TAIL)) {
		r = host_lseek((int)hfd, 0, 2 /* SEEK_END */);
		if (r < 0) {
			host_close((int)hfd);
			return rt_error_from_errno(r);
		}
	}
	struct rt_fd *f = rt_fd_alloc(type, OpenKind_Path, flags, bind_info, bind_info_len);
	if (!f) {
		host_close((int)hfd);
		return RT_ERR_OUT_OF_MEMORY;
	}
	f->end[RT_END_READ].host_fd = f->end[RT_END_WRITE].host_fd = (int)hfd;
	*out = f;
	return 0;
}

/* OPEN_FLAG_SYMLINK: if the name is a symlink, opens the link itself (an O_PATH fd). Returns 1 and the
 * record then, 0 when the name is not a link (or does not exist) and should be opened normally. */
static int open_link_itself(const char *path, uint32_t flags, uint8_t create, const void *bind_info,
			    size_t bind_info_len, struct rt_fd **out, twz_error *err)
{
	long hfd = host_openat(HOST_AT_FDCWD, path, O_PATH | O_NOFOLLOW | O_CLOEXEC, 0);
	if (hfd == -ENOENT)
		return 0;
	if (hfd < 0) {
		*err = rt_error_from_errno(hfd);
		return 1;
	}
	struct host_stat st;
	long r = host_fstatat((int)hfd, NULL, &st, true);
	if (r < 0 || !S_ISLNK(st.mode)) {
		host_close((int)hfd);
		if (r < 0)
			*err = rt_error_from_errno(r);
		return r < 0;
	}
	if (create == CREATE_KIND_NEW) {
		host_close((int)hfd);
		*err = rt_err(NAMING_ERROR, ALREADY_EXISTS);
		return 1;
	}
	*err = make_record(hfd, flags, bind_info, bind_info_len, out);
	return 1;
}

twz_error rt_fd_open_path(uint32_t flags, const void *bind_info, size_t bind_info_len, struct rt_fd **out)
{
	const struct open_info *oi = bind_info;
	if (!oi || bind_info_len < sizeof(struct open_info) || oi->len > NAME_DATA_MAX)
		return RT_ERR_INVALID_ARGUMENT;
	if ((flags & OPEN_FLAG_TRUNCATE) && !(flags & OPEN_FLAG_WRITE))
		return RT_ERR_INVALID_ARGUMENT;
	uint8_t create = oi->create.kind;
	if (create > CREATE_KIND_EITHER)
		return RT_ERR_INVALID_ARGUMENT;
	char path[RT_PATH_MAX];
	twz_error err = rt_name_host_path((const char *)oi->name, oi->len, path, sizeof path);
	if (err)
		return err;
	if ((flags & OPEN_FLAG_SYMLINK) &&
	    open_link_itself(path, flags, create, bind_info, bind_info_len, out, &err))
		return err;
	int oflags = host_open_flags(flags, create);
	long hfd = host_openat(HOST_AT_FDCWD, path, oflags, 0666);
	if (hfd == -EISDIR && create == CREATE_KIND_EITHER && !(flags & OPEN_FLAG_WRITE))
		hfd = host_openat(HOST_AT_FDCWD, path, oflags & ~O_CREAT, 0); /* an existing directory */
	if (hfd < 0)
		return rt_error_from_errno(hfd);
	return make_record(hfd, flags, bind_info, bind_info_len, out);
}
