/* Name roots (§8). NameRoot_Current is the host working directory itself: setting it is a chdir, and
 * reading it is getcwd, so relative host paths follow it. The other roots are stored strings, checked to
 * name a directory when set. Until set they read as: Root "/", Home $HOME, Temp $TMPDIR or "/tmp", Exe the
 * directory of the running program (from /proc/self/exe), each "/" when unavailable. Paths are made
 * absolute against the root's current value and normalised lexically. */
#include "../fd/fd.h"
#include "name.h"
#include <linux/stat.h>

#define NROOTS 5

static struct {
	struct host_lock lock;
	bool set[NROOTS];
	char path[NROOTS][RT_PATH_MAX];
} roots;

static size_t copy_str(char *out, size_t cap, const char *s)
{
	size_t n = host_strlen(s);
	if (n >= cap)
		n = cap - 1;
	memcpy(out, s, n);
	out[n] = 0;
	return n;
}

/* The default value of a root that was never set, into out (cap RT_PATH_MAX). */
static void default_root(enum name_root root, char *out)
{
	const char *env = NULL;
	if (root == NameRoot_Home)
		env = host_getenv("HOME");
	else if (root == NameRoot_Temp)
		env = host_getenv("TMPDIR");
	if (env && env[0] == '/') {
		size_t n, len = host_strlen(env);
		if (len < RT_PATH_MAX && !rt_name_absolute("/", env, len, out, RT_PATH_MAX, &n))
			return;
	}
	if (root == NameRoot_Exe) {
		long r = host_readlinkat(HOST_AT_FDCWD, "/proc/self/exe", out, RT_PATH_MAX - 1);
		if (r > 0 && out[0] == '/') {
			while (r > 1 && out[r - 1] != '/')
				r--;
			if (r > 1)
				r--; /* the slash, unless it is the root */
			out[r] = 0;
			return;
		}
	}
	copy_str(out, RT_PATH_MAX, root == NameRoot_Temp ? "/tmp" : "/");
}

/* The root's current value into out (cap RT_PATH_MAX); its length or -errno. */
static long root_value(enum name_root root, char *out)
{
	if (root == NameRoot_Current) {
		long r = host_getcwd(out, RT_PATH_MAX);
		return r < 0 ? r : (long)host_strlen(out);
	}
	host_lock_acquire(&roots.lock);
	bool set = roots.set[root];
	if (set)
		copy_str(out, RT_PATH_MAX, roots.path[root]);
	host_lock_release(&roots.lock);
	if (!set)
		default_root(root, out);
	return (long)host_strlen(out);
}

twz_error rt_name_set_root(enum name_root root, const char *path, size_t len)
{
	if ((unsigned)root >= NROOTS)
		return RT_ERR_INVALID_ARGUMENT;
	char base[RT_PATH_MAX], canon[RT_PATH_MAX];
	long r = root_value(root, base);
	if (r < 0)
		return rt_error_from_errno(r);
	size_t n;
	twz_error err = rt_name_absolute(base, path, len, canon, sizeof canon, &n);
	if (err)
		return err;
	if (root == NameRoot_Current)
		return rt_error_from_errno(host_chdir(canon));
	struct host_stat st;
	r = host_fstatat(HOST_AT_FDCWD, canon, &st, false);
	if (r < 0)
		return rt_error_from_errno(r);
	if (!S_ISDIR(st.mode))
		return rt_err(NAMING_ERROR, WRONG_NAME_KIND);
	host_lock_acquire(&roots.lock);
	memcpy(roots.path[root], canon, n + 1);
	roots.set[root] = true;
	host_lock_release(&roots.lock);
	return 0;
}

struct io_result rt_name_get_root(enum name_root root, char *path, size_t len)
{
	if ((unsigned)root >= NROOTS || (!path && len))
		return (struct io_result){RT_ERR_INVALID_ARGUMENT, 0};
	char value[RT_PATH_MAX];
	long r = root_value(root, value);
	if (r < 0)
		return (struct io_result){rt_error_from_errno(r), 0};
	size_t n = (size_t)r < len ? (size_t)r : len;
	memcpy(path, value, n);
	return (struct io_result){0, n};
}
