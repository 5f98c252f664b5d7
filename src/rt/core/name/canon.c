/* Lexical path normalisation (no file system access: ".." is textual, as for twz_rt_canon_name). */
#include "name.h"

size_t rt_name_normalize(char *buf, size_t len)
{
	size_t o = 0; /* output length; buf[0..o) is "/"-separated components, each preceded by '/' */
	size_t i = 0;
	while (i < len) {
		while (i < len && buf[i] == '/')
			i++;
		size_t start = i;
		while (i < len && buf[i] != '/')
			i++;
		size_t n = i - start;
		if (n == 0 || (n == 1 && buf[start] == '.'))
			continue;
		if (n == 2 && buf[start] == '.' && buf[start + 1] == '.') {
			while (o > 0 && buf[o - 1] != '/')
				o--;
			if (o > 0)
				o--; /* the slash before the removed component */
			continue;
		}
		buf[o++] = '/';
		memmove(buf + o, buf + start, n); /* o <= start: never overtakes the input */
		o += n;
	}
	if (o == 0)
		buf[o++] = '/';
	return o;
}

twz_error rt_name_absolute(const char *base, const char *name, size_t len, char *out, size_t cap,
			   size_t *out_len)
{
	if (!name && len)
		return RT_ERR_INVALID_ARGUMENT;
	if (!rt_utf8_valid(name, len))
		return RT_ERR_INVALID_ARGUMENT;
	if (len && host_memchr(name, 0, len))
		return rt_err(NAMING_ERROR, INVALID_NAME);
	size_t o = 0;
	if (len == 0 || name[0] != '/') {
		if (base) {
			o = host_strlen(base);
			if (o >= cap)
				return rt_err(NAMING_ERROR, INVALID_NAME);
			memcpy(out, base, o);
		} else {
			long r = host_getcwd(out, cap);
			if (r < 0)
				return rt_error_from_errno(r);
			o = host_strlen(out);
		}
		if (o + 1 < cap)
			out[o++] = '/';
	}
	if (o + len >= cap)
		return rt_err(NAMING_ERROR, INVALID_NAME);
	memcpy(out + o, name, len);
	o = rt_name_normalize(out, o + len);
	out[o] = 0;
	*out_len = o;
	return 0;
}
