/* Directory streams over twz_rt_fd_enumerate_names: opendir, fdopendir, readdir, readdir_r, rewinddir,
 * telldir, seekdir, dirfd, closedir, scandir, alphasort. Positions are entry indexes. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sysdeps.h"
#include "lowlock.h"

#define DIR_BATCH 8

struct __twz_dir {
	int fd;
	_Atomic(uint32_t) lock;
	size_t next;   /* index of the first entry not yet fetched */
	size_t count;  /* entries in buf */
	size_t pos;    /* next entry of buf to hand out */
	struct dirent ent;
	struct name_entry buf[DIR_BATCH];
};

DIR *fdopendir(int fd)
{
	struct fd_info fi;
	if (!twz_rt_fd_get_info(fd, &fi)) {
		errno = EBADF;
		return NULL;
	}
	if (fi.kind != FdKind_Directory) {
		errno = ENOTDIR;
		return NULL;
	}
	DIR *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	d->fd = fd;
	return d;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	DIR *d = fdopendir(fd);
	if (!d) {
		int e = errno;
		close(fd);
		errno = e;
	}
	return d;
}

int closedir(DIR *d)
{
	int r = close(d->fd);
	free(d);
	return r;
}

int dirfd(DIR *d)
{
	return d->fd;
}

static unsigned char dtype_of(enum fd_kind k)
{
	switch (k) {
	case FdKind_Regular: return DT_REG;
	case FdKind_Directory: return DT_DIR;
	case FdKind_SymLink: return DT_LNK;
	case FdKind_Socket: return DT_SOCK;
	case FdKind_Pipe: return DT_FIFO;
	case FdKind_Pty: return DT_CHR;
	default: return DT_UNKNOWN;
	}
}

/* The next entry into *out; 1 if there was one, 0 at the end, -1 with errno on error. Lock held. */
static int next_entry(DIR *d, struct dirent *out)
{
	if (d->pos == d->count) {
		struct io_result r = twz_rt_fd_enumerate_names(d->fd, d->buf, DIR_BATCH, d->next);
		if (r.err)
			return __twz_fail(r.err);
		d->count = r.val;
		d->pos = 0;
		if (d->count == 0)
			return 0;
		d->next += d->count;
	}
	const struct name_entry *e = &d->buf[d->pos++];
	size_t n = e->name_len < MAXNAMLEN ? e->name_len : MAXNAMLEN;
	memcpy(out->d_name, e->name, n);
	out->d_name[n] = '\0';
	uint64_t lo = (uint64_t)e->info.id;
	out->d_ino = (ino_t)(lo ^ (lo >> 16) ^ (lo >> 32) ^ (lo >> 48));
	out->d_off = (off_t)(d->next - d->count + d->pos);
	out->d_reclen = sizeof *out;
	out->d_type = dtype_of(e->info.kind);
	return 1;
}

struct dirent *readdir(DIR *d)
{
	__twz_lowlock_acquire(&d->lock);
	int r = next_entry(d, &d->ent);
	__twz_lowlock_release(&d->lock);
	return r > 0 ? &d->ent : NULL;
}

int readdir_r(DIR *restrict d, struct dirent *restrict entry, struct dirent **restrict result)
{
	__twz_lowlock_acquire(&d->lock);
	int saved = errno;
	int r = next_entry(d, entry);
	int e = errno;
	errno = saved;
	__twz_lowlock_release(&d->lock);
	if (r < 0)
		return e;
	*result = r > 0 ? entry : NULL;
	return 0;
}

void seekdir(DIR *d, long loc)
{
	__twz_lowlock_acquire(&d->lock);
	d->next = loc < 0 ? 0 : (size_t)loc;
	d->count = d->pos = 0;
	__twz_lowlock_release(&d->lock);
}

void rewinddir(DIR *d)
{
	seekdir(d, 0);
}

long telldir(DIR *d)
{
	__twz_lowlock_acquire(&d->lock);
	long loc = (long)(d->next - d->count + d->pos);
	__twz_lowlock_release(&d->lock);
	return loc;
}

int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcoll((*a)->d_name, (*b)->d_name);
}

/* qsort has no context argument: scandir's comparison waits in a static, under a lock. */
static _Atomic(uint32_t) scandir_lock;
static int (*scandir_cmp)(const struct dirent **, const struct dirent **);

static int scandir_qsort_cmp(const void *a, const void *b)
{
	return scandir_cmp((const struct dirent **)a, (const struct dirent **)b);
}

int scandir(const char *path, struct dirent ***out, int (*filter)(const struct dirent *),
	    int (*cmp)(const struct dirent **, const struct dirent **))
{
	DIR *d = opendir(path);
	if (!d)
		return -1;
	struct dirent **list = NULL, *e;
	size_t n = 0, cap = 0;
	int err = 0;
	errno = 0;
	while ((e = readdir(d))) {
		if (filter && !filter(e))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			struct dirent **nl = realloc(list, cap * sizeof *nl);
			if (!nl) {
				err = ENOMEM;
				break;
			}
			list = nl;
		}
		list[n] = malloc(sizeof *e);
		if (!list[n]) {
			err = ENOMEM;
			break;
		}
		memcpy(list[n++], e, sizeof *e);
	}
	if (!err)
		err = errno;
	closedir(d);
	if (err) {
		while (n > 0)
			free(list[--n]);
		free(list);
		errno = err;
		return -1;
	}
	if (cmp && n > 1) {
		__twz_lowlock_acquire(&scandir_lock);
		scandir_cmp = cmp;
		qsort(list, n, sizeof *list, scandir_qsort_cmp);
		__twz_lowlock_release(&scandir_lock);
	}
	*out = list;
	return (int)n;
}
