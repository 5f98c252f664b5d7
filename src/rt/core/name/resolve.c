/* twz_rt_resolve_name and twz_rt_canon_name. A name resolves (following symlinks) to the id its host
 * file has as a descriptor: (dev << 64) | ino. */
#include "../fd/fd.h"
#include "name.h"

struct objid_result rt_name_resolve(enum name_resolver resolver, const char *name, size_t len)
{
	(void)resolver; /* one name space: the host file system */
	char p[RT_PATH_MAX];
	twz_error err = rt_name_host_path(name, len, p, sizeof p);
	if (err)
		return (struct objid_result){.err = err};
	struct host_stat st;
	long r = host_fstatat(HOST_AT_FDCWD, p, &st, false);
	if (r < 0)
		return (struct objid_result){.err = rt_error_from_errno(r)};
	return (struct objid_result){.err = 0, .val = rt_fd_host_id(st.dev, st.ino)};
}

/* Socket resolver: numeric addresses only (there is no DNS here); one struct socket_address out. */
static twz_error canon_socket(const char *name, size_t len, char *out, size_t *out_len)
{
	if (!rt_utf8_valid(name, len))
		return RT_ERR_INVALID_ARGUMENT;
	struct socket_address sa;
	if (!rt_name_parse_sockaddr(name, len, &sa))
		return rt_err(NAMING_ERROR, NOT_FOUND);
	if (*out_len < sizeof sa) {
		*out_len = 0;
		return 0;
	}
	memcpy(out, &sa, sizeof sa);
	*out_len = sizeof sa;
	return 0;
}

twz_error rt_name_canon(enum name_resolver resolver, const char *name, size_t len, char *out, size_t *out_len)
{
	if (!out_len || (!out && *out_len) || (!name && len))
		return RT_ERR_INVALID_ARGUMENT;
	if (resolver == NameResolver_Socket)
		return canon_socket(name, len, out, out_len);
	if (resolver != NameResolver_Default)
		return RT_ERR_INVALID_ARGUMENT;
	char p[RT_PATH_MAX];
	size_t n;
	twz_error err = rt_name_absolute(NULL, name, len, p, sizeof p, &n);
	if (err)
		return err;
	if (n > *out_len)
		n = *out_len;
	memcpy(out, p, n);
	*out_len = n;
	return 0;
}
