/* The twz_rt_* exports of rt/fd.h: descriptors, namespace operations and name resolution. */
#include "../name/name.h"
#include "fd.h"

RT_EXPORT struct open_result twz_rt_fd_open(enum open_kind kind, uint32_t flags, void *bind_info,
					    size_t bind_info_len)
{
	struct rt_fd *f;
	twz_error err = rt_fd_open_record(kind, flags, bind_info, bind_info_len, &f);
	if (err)
		return (struct open_result){0, err};
	descriptor fd = rt_fd_install(f);
	if (fd < 0) {
		rt_fd_put(f);
		return (struct open_result){0, rt_err(RESOURCE_ERROR, OUT_OF_NAMES)};
	}
	return (struct open_result){fd, 0};
}

/* Replaces what is open at fd (which must be open: else ARGUMENT/BAD_HANDLE) with a new opening. */
RT_EXPORT twz_error twz_rt_fd_reopen(descriptor fd, enum open_kind kind, uint32_t flags, void *bind_info,
				     size_t bind_info_len)
{
	struct rt_fd *old = rt_fd_get(fd);
	if (!old)
		return RT_ERR_BAD_HANDLE;
	rt_fd_put(old);
	struct rt_fd *f;
	twz_error err = rt_fd_open_record(kind, flags, bind_info, bind_info_len, &f);
	if (!err)
		rt_fd_install_at(fd, f);
	return err;
}

RT_EXPORT void twz_rt_fd_close(descriptor fd)
{
	rt_fd_close(fd);
}

RT_EXPORT bool twz_rt_fd_get_info(descriptor fd, struct fd_info *info)
{
	if (!info)
		return false;
	return rt_fd_get_info(fd, info);
}

RT_EXPORT twz_error twz_rt_fd_cmd(descriptor fd, fd_cmd cmd, void *arg, void *ret)
{
	return rt_fd_cmd(fd, cmd, arg, ret);
}

RT_EXPORT size_t twz_rt_fd_read_binds(struct binding_info *binds, size_t nr_binds)
{
	if (!binds)
		return 0;
	return rt_fd_read_binds(binds, nr_binds);
}

RT_EXPORT struct io_result twz_rt_fd_enumerate_names(descriptor fd, struct name_entry *buf, size_t len,
						     size_t off)
{
	return rt_fd_enumerate(fd, buf, len, off);
}

RT_EXPORT twz_error twz_rt_fd_remove(const char *name, size_t name_len)
{
	return rt_name_remove(name, name_len);
}

RT_EXPORT twz_error twz_rt_fd_mkns(const char *name, size_t name_len)
{
	return rt_name_mkns(name, name_len);
}

RT_EXPORT twz_error twz_rt_fd_symlink(const char *name, size_t name_len, const char *target,
				      size_t target_len)
{
	return rt_name_symlink(name, name_len, target, target_len);
}

RT_EXPORT twz_error twz_rt_fd_rename(const char *old_name, size_t old_name_len, const char *new_name,
				     size_t new_name_len)
{
	return rt_name_rename(old_name, old_name_len, new_name, new_name_len);
}

RT_EXPORT twz_error twz_rt_fd_readlink(const char *name, size_t name_len, char *buf, size_t buf_len,
				       uint64_t *out_buf_len)
{
	return rt_name_readlink(name, name_len, buf, buf_len, out_buf_len);
}

RT_EXPORT twz_error twz_rt_set_nameroot(enum name_root root, const char *path, size_t path_len)
{
	return rt_name_set_root(root, path, path_len);
}

RT_EXPORT struct io_result twz_rt_get_nameroot(enum name_root root, char *path, size_t path_len)
{
	return rt_name_get_root(root, path, path_len);
}

RT_EXPORT struct objid_result twz_rt_resolve_name(enum name_resolver resolver, const char *name,
						  size_t name_len)
{
	return rt_name_resolve(resolver, name, name_len);
}

RT_EXPORT twz_error twz_rt_canon_name(enum name_resolver resolver, const char *name, size_t name_len,
				      char *out, size_t *out_len)
{
	return rt_name_canon(resolver, name, name_len, out, out_len);
}
