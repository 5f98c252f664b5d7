/* Names: the Linux file system stands in for Twizzler's name space. A name is counted UTF-8 (no NUL);
 * a relative name resolves against NameRoot_Current, which is the host working directory. */
#ifndef TWZ_RT_CORE_NAME_NAME_H
#define TWZ_RT_CORE_NAME_NAME_H

#include "../rt.h"

/* utf8.c: whether s[0..n) is well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF). */
RT_HIDDEN bool rt_utf8_valid(const void *s, size_t n);

/* host_path.c: copies the counted name into out as a NUL-terminated host path. Errors:
 * ARGUMENT/INVALID_ARGUMENT for invalid UTF-8 (or a NULL name with a length), NAMING/INVALID_NAME for a
 * NUL byte inside or a name that does not fit in cap, NAMING/NOT_FOUND for the empty name. */
RT_HIDDEN twz_error rt_name_host_path(const char *name, size_t len, char *out, size_t cap);

/* canon.c: lexical normalisation of the absolute path buf[0..len) in place: repeated and trailing
 * slashes go, "." components go, ".." removes the component before it (and stays at "/" at the top).
 * Returns the new length (at least 1: "/"). */
RT_HIDDEN size_t rt_name_normalize(char *buf, size_t len);
/* Makes name absolute against base (an absolute path; NULL: the host working directory), normalises it
 * into out (NUL-terminated) and sets *out_len. Errors: as rt_name_host_path, NAMING/INVALID_NAME when
 * the result does not fit. */
RT_HIDDEN twz_error rt_name_absolute(const char *base, const char *name, size_t len, char *out, size_t cap,
				     size_t *out_len);

/* roots.c */
RT_HIDDEN twz_error rt_name_set_root(enum name_root root, const char *path, size_t len);
RT_HIDDEN struct io_result rt_name_get_root(enum name_root root, char *path, size_t len);

/* resolve.c, sockaddr.c */
RT_HIDDEN struct objid_result rt_name_resolve(enum name_resolver resolver, const char *name, size_t len);
RT_HIDDEN twz_error rt_name_canon(enum name_resolver resolver, const char *name, size_t len, char *out,
				  size_t *out_len);
/* Parses a numeric socket address: "a.b.c.d", "a.b.c.d:port", an IPv6 literal, "[v6]" or "[v6]:port",
 * and "localhost" (127.0.0.1). Returns false when name is none of these. */
RT_HIDDEN bool rt_name_parse_sockaddr(const char *name, size_t len, struct socket_address *out);

/* The namespace operations of fd.h (ops.c). */
RT_HIDDEN twz_error rt_name_remove(const char *name, size_t len);
RT_HIDDEN twz_error rt_name_mkns(const char *name, size_t len);
RT_HIDDEN twz_error rt_name_symlink(const char *name, size_t len, const char *target, size_t target_len);
RT_HIDDEN twz_error rt_name_rename(const char *from, size_t from_len, const char *to, size_t to_len);
RT_HIDDEN twz_error rt_name_readlink(const char *name, size_t len, char *buf, size_t cap, uint64_t *out_len);

#endif
