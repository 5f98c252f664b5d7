/* Counted UTF-8 names to NUL-terminated host paths. */
#include "name.h"

twz_error rt_name_host_path(const char *name, size_t len, char *out, size_t cap)
{
	if (!name && len)
		return RT_ERR_INVALID_ARGUMENT;
	if (!rt_utf8_valid(name, len))
		return RT_ERR_INVALID_ARGUMENT;
	if (len == 0)
		return rt_err(NAMING_ERROR, NOT_FOUND);
	if (len >= cap || host_memchr(name, 0, len))
		return rt_err(NAMING_ERROR, INVALID_NAME);
	memcpy(out, name, len);
	out[len] = 0;
	return 0;
}
