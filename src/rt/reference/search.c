/* Where a DT_NEEDED name is found: the needer's DT_RUNPATH (else its DT_RPATH), with $ORIGIN the needer's
 * folder; TWZ_LIBRARY_PATH; then the folder libtwz_rt.so itself came from (the toolchain's). */
#include "ld.h"

/* Opens path into f when it is a regular file: 1, else 0 (not there), -1 after ld_error. */
static int open_file(const char *path, struct ld_file *f)
{
	int r = ld_file_open(path, f);
	return r == 0 ? 1 : r == -2 ? 0 : -1;
}

/* Appends s[0..n) to buf at *len; false when it does not fit. */
static bool put(char *buf, size_t cap, size_t *len, const char *s, size_t n)
{
	if (n >= cap - *len)
		return false;
	memcpy(buf + *len, s, n);
	*len += n;
	buf[*len] = 0;
	return true;
}

static size_t dir_len(const char *path)
{
	size_t n = host_strlen(path);
	while (n && path[n - 1] != '/')
		n--;
	return n > 1 ? n - 1 : n; /* "/x" -> "/", "a/b" -> "a" */
}

/* Tries dir (n bytes, $ORIGIN expanded against origin) + "/" + name: as open_file. */
static int try_dir(const char *dir, size_t n, const char *origin, const char *name, char *buf, size_t cap,
		   struct ld_file *f)
{
	size_t len = 0;
	buf[0] = 0;
	for (size_t i = 0; i < n;) {
		bool braces = n - i >= 9 && !host_strncmp(dir + i, "${ORIGIN}", 9);
		if (braces || (n - i >= 7 && !host_strncmp(dir + i, "$ORIGIN", 7))) {
			size_t ol = origin ? dir_len(origin) : 0;
			if (!origin || !put(buf, cap, &len, ol ? origin : ".", ol ? ol : 1))
				return 0;
			i += braces ? 9 : 7;
			continue;
		}
		if (!put(buf, cap, &len, dir + i, 1))
			return 0;
		i++;
	}
	if (len == 0 && !put(buf, cap, &len, ".", 1))
		return 0;
	if (!put(buf, cap, &len, "/", 1) || !put(buf, cap, &len, name, host_strlen(name)))
		return 0;
	return open_file(buf, f);
}

/* Each ':'-separated entry of list, until one opens (1) or fails (-1); 0 when none is there. */
static int try_list(const char *list, const char *origin, const char *name, char *buf, size_t cap,
		    struct ld_file *f)
{
	while (list && *list) {
		const char *end = list;
		while (*end && *end != ':')
			end++;
		int r = end > list ? try_dir(list, (size_t)(end - list), origin, name, buf, cap, f) : 0;
		if (r)
			return r;
		list = *end ? end + 1 : end;
	}
	return 0;
}

static const char *dyn_string(const struct ld_obj *o, int64_t tag)
{
	if (!o || !o->dynamic)
		return NULL;
	for (const Elf64_Dyn *d = o->dynamic; d->d_tag != DT_NULL; d++)
		if (d->d_tag == tag)
			return o->strtab + d->d_un.d_val;
	return NULL;
}

int ld_search(const char *name, const struct ld_obj *needer, char *buf, size_t cap, struct ld_file *f)
{
	if (host_memchr(name, '/', host_strlen(name))) {
		size_t n = host_strlen(name);
		if (n >= cap)
			return 0;
		memcpy(buf, name, n + 1);
		return open_file(buf, f);
	}
	const char *origin = needer ? needer->path : NULL;
	const char *runpath = dyn_string(needer, DT_RUNPATH);
	const char *rpath = runpath ? NULL : dyn_string(needer, DT_RPATH);
	int r = try_list(runpath ? runpath : rpath, origin, name, buf, cap, f);
	if (!r)
		r = try_list(host_getenv("TWZ_LIBRARY_PATH"), NULL, name, buf, cap, f);
	if (!r && ld.runtime && ld.runtime->path)
		r = try_dir(ld.runtime->path, dir_len(ld.runtime->path), NULL, name, buf, cap, f);
	return r;
}
