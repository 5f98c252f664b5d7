/* The object store directory: TWZ_STORE, else $XDG_DATA_HOME/twzrt, else $HOME/.local/share/twzrt.
 * Persistent objects live in its objects/ subdirectory, which we open once and keep open. */
#include <linux/fcntl.h>
#include "objstore_internal.h"
#include "boot.h"
#include "fs.h"
#include "lock.h"
#include "mem.h"
#include "print.h"

#define STORE_PATH_MAX 4096
#define STORE_DIR_MODE 0700

static struct {
	struct host_lock lock; /* guards the first successful open */
	_Atomic bool ready;    /* path and objects_fd are valid (release-published) */
	int objects_fd;
	size_t len;
	char path[STORE_PATH_MAX];
} store;

/* Spells the store path into buf from the environment. Returns its length or -errno (-ENOENT when
 * neither TWZ_STORE nor HOME is set, -ENAMETOOLONG). */
static long store_path(char *buf, size_t cap)
{
	const char *s = host_getenv("TWZ_STORE"), *xdg = host_getenv("XDG_DATA_HOME");
	const char *home = host_getenv("HOME");
	size_t n;
	if (s && *s)
		n = host_snprintf(buf, cap, "%s", s);
	else if (xdg && xdg[0] == '/') /* the XDG spec ignores relative values */
		n = host_snprintf(buf, cap, "%s/twzrt", xdg);
	else if (home && *home)
		n = host_snprintf(buf, cap, "%s/.local/share/twzrt", home);
	else
		return -ENOENT;
	if (n >= cap)
		return -ENAMETOOLONG;
	while (n > 1 && buf[n - 1] == '/') /* "dir/" -> "dir", but keep "/" */
		buf[--n] = '\0';
	return (long)n;
}

/* mkdir -p with mode 0700 for every missing component of path (which it modifies and restores). */
static long store_mkdirs(char *path)
{
	for (char *p = path + 1;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		long r = host_mkdirat(HOST_AT_FDCWD, path, STORE_DIR_MODE);
		*p = c;
		/* An intermediate failure (say EACCES on a parent that exists) shows up again below. */
		if (!c)
			return r == -EEXIST ? 0 : r;
	}
}

/* Opens <path>/objects, creating what is missing when create is set. Returns the fd or -errno. */
static long store_open_objects(char *path, size_t len, bool create)
{
	char *sub = path + len;
	if (len + sizeof "/objects" > STORE_PATH_MAX)
		return -ENAMETOOLONG;
	host_snprintf(sub, sizeof "/objects", "/objects");
	int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
	long fd = host_openat(HOST_AT_FDCWD, path, flags, 0);
	if (fd == -ENOENT && create) {
		fd = store_mkdirs(path);
		if (fd == 0)
			fd = host_openat(HOST_AT_FDCWD, path, flags, 0);
	}
	*sub = '\0';
	return fd;
}

long host_obj_objects_dir(bool create)
{
	if (__atomic_load_n(&store.ready, __ATOMIC_ACQUIRE))
		return store.objects_fd;
	long r;
	host_lock_acquire(&store.lock);
	if (store.ready) {
		r = store.objects_fd;
		goto out;
	}
	r = store_path(store.path, sizeof store.path);
	if (r < 0)
		goto out;
	store.len = (size_t)r;
	r = store_open_objects(store.path, store.len, create);
	if (r < 0)
		goto out; /* not cached: a later call (perhaps with create) tries again */
	store.objects_fd = (int)r;
	__atomic_store_n(&store.ready, true, __ATOMIC_RELEASE);
out:
	host_lock_release(&store.lock);
	return r;
}

long host_obj_store_dir(char *buf, size_t cap)
{
	long r = host_obj_objects_dir(true);
	if (r < 0)
		return r;
	if (cap <= store.len)
		return -ENAMETOOLONG;
	memcpy(buf, store.path, store.len + 1);
	return (long)store.len;
}
