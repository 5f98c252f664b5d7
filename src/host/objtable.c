/* The table of volatile objects: id -> memfd, an open-addressing hash table (linear probing, tombstones)
 * behind one host_lock. Its storage comes straight from mmap and doubles as it fills. */
#include <linux/mman.h>
#include "objstore_internal.h"
#include "fs.h"
#include "lock.h"
#include "mem.h"

#define VOLTAB_MIN_CAP 64

struct voltab_entry {
	host_objid id; /* 0: empty, or a tombstone when tomb is set */
	int32_t fd;
	uint32_t tomb;
};

static struct {
	struct host_lock lock;
	struct voltab_entry *tab; /* cap entries; NULL before the first insert */
	size_t cap;               /* a power of two */
	size_t live, tombs;
} voltab;

static size_t voltab_hash(host_objid id)
{
	uint64_t x = (uint64_t)id ^ (uint64_t)(id >> 64);
	x ^= x >> 31;
	x *= 0x9E3779B97F4A7C15ULL;
	return (size_t)(x ^ (x >> 29));
}

/* The entry holding id, or NULL. Lock held. */
static struct voltab_entry *voltab_find(host_objid id)
{
	if (!voltab.tab || !id)
		return NULL;
	size_t mask = voltab.cap - 1;
	for (size_t i = voltab_hash(id) & mask;; i = (i + 1) & mask) {
		struct voltab_entry *e = &voltab.tab[i];
		if (e->id == id)
			return e;
		if (!e->id && !e->tomb)
			return NULL;
	}
}

/* Rebuilds the table with room for one more entry at a load (live + tombstones) of at most 1/2.
 * Lock held. Returns 0 or -ENOMEM. */
static long voltab_grow(void)
{
	size_t cap = voltab.cap ? voltab.cap : VOLTAB_MIN_CAP;
	while ((voltab.live + 1) * 4 > cap)
		cap *= 2;
	struct voltab_entry *t = host_mmap(NULL, cap * sizeof *t, PROT_READ | PROT_WRITE,
					   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (host_is_err((long)t))
		return -ENOMEM;
	for (size_t j = 0; j < voltab.cap; j++) {
		struct voltab_entry *e = &voltab.tab[j];
		if (!e->id)
			continue;
		size_t i = voltab_hash(e->id) & (cap - 1);
		while (t[i].id)
			i = (i + 1) & (cap - 1);
		t[i] = *e;
	}
	if (voltab.tab)
		host_munmap(voltab.tab, voltab.cap * sizeof *t);
	voltab.tab = t;
	voltab.cap = cap;
	voltab.tombs = 0;
	return 0;
}

long host_voltab_insert(host_objid id, int fd)
{
	long r = 0;
	host_lock_acquire(&voltab.lock);
	if (voltab_find(id)) {
		r = -EEXIST;
		goto out;
	}
	if ((voltab.live + voltab.tombs + 1) * 2 > voltab.cap && (r = voltab_grow()) < 0)
		goto out;
	size_t mask = voltab.cap - 1, i = voltab_hash(id) & mask;
	while (voltab.tab[i].id)
		i = (i + 1) & mask;
	if (voltab.tab[i].tomb)
		voltab.tombs--;
	voltab.tab[i] = (struct voltab_entry){ .id = id, .fd = fd, .tomb = 0 };
	voltab.live++;
out:
	host_lock_release(&voltab.lock);
	return r;
}

long host_voltab_dup(host_objid id)
{
	long r = -ENOENT;
	host_lock_acquire(&voltab.lock);
	struct voltab_entry *e = voltab_find(id);
	if (e) /* under the lock, so a concurrent remove cannot close it under us */
		r = host_dup_min(e->fd, 0);
	host_lock_release(&voltab.lock);
	return r;
}

long host_voltab_remove(host_objid id)
{
	int fd = -1;
	host_lock_acquire(&voltab.lock);
	struct voltab_entry *e = voltab_find(id);
	if (e) {
		fd = e->fd;
		*e = (struct voltab_entry){ .id = 0, .fd = -1, .tomb = 1 };
		voltab.live--;
		voltab.tombs++;
	}
	host_lock_release(&voltab.lock);
	if (fd < 0)
		return -ENOENT;
	host_close(fd); /* mappings keep the memfd's pages alive until they go */
	return 0;
}

bool host_voltab_has(host_objid id)
{
	host_lock_acquire(&voltab.lock);
	bool has = voltab_find(id) != NULL;
	host_lock_release(&voltab.lock);
	return has;
}
