/* Scratch directory for the fd/io/name/exec tests: a fresh directory under $TWZ_TMP (or /tmp) with a
 * random name, made the working directory (NameRoot_Current) so tests use short relative names, and
 * removed with everything in it at the end. Needs main's envp. */
#ifndef TWZ_TESTS_FD_SCRATCH_H
#define TWZ_TESTS_FD_SCRATCH_H

#include "tcheck.h"

/* A twz_error from category and code. */
#define TERR(cat, code) (((twz_error)(cat) << 32) | (twz_error)(code))

static char scratch_path[1024];
static size_t scratch_len;

static inline int t_memeq(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	for (size_t i = 0; i < n; i++)
		if (x[i] != y[i])
			return 0;
	return 1;
}

static inline const char *t_getenv(char **envp, const char *name)
{
	size_t n = t_strlen(name);
	for (; envp && *envp; envp++)
		if (t_memeq(*envp, name, n) && (*envp)[n] == '=')
			return *envp + n + 1;
	return NULL;
}

/* An open_info for name (NUL-terminated) with the given create kind. */
static inline struct open_info t_open_info(const char *name, uint8_t create)
{
	struct open_info oi;
	for (size_t i = 0; i < sizeof oi; i++)
		((char *)&oi)[i] = 0;
	oi.create.kind = create;
	oi.len = t_strlen(name);
	for (size_t i = 0; i < oi.len; i++)
		oi.name[i] = (uint8_t)name[i];
	return oi;
}

static inline struct open_result t_open(const char *name, uint32_t flags, uint8_t create)
{
	struct open_info oi = t_open_info(name, create);
	return twz_rt_fd_open(OpenKind_Path, flags, &oi, sizeof oi);
}

static inline twz_error t_remove(const char *name)
{
	return twz_rt_fd_remove(name, t_strlen(name));
}

/* Removes name and, for a directory, everything under it (names relative to the working directory). */
static inline void t_rm_tree(const char *name)
{
	struct open_result d = t_open(name, OPEN_FLAG_READ | OPEN_FLAG_SYMLINK, CREATE_KIND_EXISTING);
	struct fd_info info;
	if (!d.err && twz_rt_fd_get_info(d.fd, &info) && info.kind == FdKind_Directory) {
		static struct name_entry e;
		for (int guard = 0; guard < 10000; guard++) {
			struct io_result r = twz_rt_fd_enumerate_names(d.fd, &e, 1, 0);
			if (r.err || r.val == 0)
				break;
			char sub[1024];
			size_t n = t_strlen(name);
			if (n + 2 + e.name_len >= sizeof sub)
				break;
			for (size_t i = 0; i < n; i++)
				sub[i] = name[i];
			sub[n] = '/';
			for (size_t i = 0; i < e.name_len; i++)
				sub[n + 1 + i] = (char)e.name[i];
			sub[n + 1 + e.name_len] = 0;
			t_rm_tree(sub);
		}
	}
	if (!d.err)
		twz_rt_fd_close(d.fd);
	t_remove(name);
}

/* Makes and enters the scratch directory. */
static inline void scratch_enter(char **envp)
{
	const char *base = t_getenv(envp, "TWZ_TMP");
	if (!base || base[0] != '/')
		base = "/tmp";
	unsigned char rnd[8];
	REQUIRE(twz_rt_get_random((char *)rnd, sizeof rnd, 0) == sizeof rnd);
	size_t n = t_strlen(base);
	REQUIRE(n + 32 < sizeof scratch_path);
	for (size_t i = 0; i < n; i++)
		scratch_path[i] = base[i];
	const char *tag = "/twzfd-";
	for (size_t i = 0; tag[i]; i++)
		scratch_path[n++] = tag[i];
	for (size_t i = 0; i < sizeof rnd; i++) {
		scratch_path[n++] = "0123456789abcdef"[rnd[i] >> 4];
		scratch_path[n++] = "0123456789abcdef"[rnd[i] & 15];
	}
	scratch_path[n] = 0;
	scratch_len = n;
	REQUIRE(twz_rt_fd_mkns(scratch_path, scratch_len) == 0);
	REQUIRE(twz_rt_set_nameroot(NameRoot_Current, scratch_path, scratch_len) == 0);
}

/* Leaves the scratch directory (back to its parent) and removes it. */
static inline void scratch_leave(void)
{
	twz_rt_set_nameroot(NameRoot_Current, "..", 2);
	t_rm_tree(scratch_path);
}

#endif
