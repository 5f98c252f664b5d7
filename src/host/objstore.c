/* Objects (objstore.h): creation, mapping into slots, deletion, sync, existence.
 *
 * Backing: a volatile object is a memfd in the in-process table (objtable.c); a persistent one is the
 * file <store>/objects/<32 hex digits> (store_dir.c). Both are sparse files of HOST_OBJ_SIZE bytes whose
 * byte k is object offset k, so a mapping is one mmap of the file. Descriptors are opened per operation
 * and closed before returning: mappings hold no descriptor, so map/unmap cycles cannot leak any. */
#include <linux/fcntl.h>
#include <linux/memfd.h>
#include <linux/mman.h>
#include <linux/stat.h>
#include "objstore_internal.h"
#include "fs.h"
#include "mem.h"
#include "random.h"
#include "slots.h"

/* linux/stat.h leaves the file-type bits to the C library when it sees one (a hosted test build). */
#ifndef S_IFMT
#define S_IFMT 00170000
#define S_IFREG 0100000
#endif

/* Twizzler's MetaInfo at the meta page (spec §17): 48 bytes, 16-aligned. */
struct obj_meta_info {
	host_objid nonce;
	host_objid kuid;
	uint16_t flags;
	uint16_t default_prot;
	uint16_t fotcount;
	uint16_t extcount;
};
_Static_assert(sizeof(struct obj_meta_info) == 48, "MetaInfo is 48 bytes");

/* Attempts at a fresh id before giving up (each collision has probability ~2^-128). */
#define OBJ_ID_ATTEMPTS 8

/* Sizes a new backing file and writes its meta page. Returns 0 or -errno. */
static long obj_init_backing(int fd, const struct obj_meta_info *m)
{
	long r = host_ftruncate(fd, HOST_OBJ_SIZE);
	if (r < 0)
		return r;
	r = host_pwrite(fd, m, sizeof *m, HOST_OBJ_META);
	if (r >= 0 && (size_t)r != sizeof *m)
		r = -EIO;
	return r < 0 ? r : 0;
}

static long obj_create_volatile(const struct obj_meta_info *m, host_objid *id)
{
	long fd = host_memfd_create("twz-object", MFD_CLOEXEC);
	if (fd < 0)
		return fd;
	long r = obj_init_backing((int)fd, m);
	for (int i = 0; r == 0 && i < OBJ_ID_ATTEMPTS; i++) {
		r = host_objid_random(id);
		if (r == 0)
			r = host_voltab_insert(*id, (int)fd);
		if (r == 0)
			return 0; /* the table owns fd now */
		if (r == -EEXIST)
			r = 0;
	}
	host_close((int)fd);
	return r ? r : -EEXIST;
}

/* Writes the object under a temporary name, makes it durable, then renames it into place (without
 * replacing anything) and makes the rename durable: the object appears whole or not at all. */
static long obj_create_persistent(const struct obj_meta_info *m, host_objid *id)
{
	long dirfd = host_obj_objects_dir(true);
	if (dirfd < 0)
		return dirfd;
	for (int i = 0; i < OBJ_ID_ATTEMPTS; i++) {
		char name[HOST_OBJID_HEX_LEN + 1], tmp[HOST_OBJID_HEX_LEN + 6] = ".tmp-";
		long r = host_objid_random(id);
		if (r < 0)
			return r;
		host_objid_hex(*id, name);
		memcpy(tmp + 5, name, sizeof name);

		long fd = host_openat((int)dirfd, tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd == -EEXIST)
			continue;
		if (fd < 0)
			return fd;
		r = obj_init_backing((int)fd, m);
		if (r == 0)
			r = host_fsync((int)fd);
		host_close((int)fd);
		if (r == 0) {
			r = host_renameat((int)dirfd, tmp, (int)dirfd, name, true);
			if (r == -EINVAL) /* no RENAME_NOREPLACE on this file system: ids are random anyway */
				r = host_renameat((int)dirfd, tmp, (int)dirfd, name, false);
		}
		if (r == 0)
			return host_fsync((int)dirfd);
		host_unlinkat((int)dirfd, tmp, false);
		if (r != -EEXIST)
			return r;
	}
	return -EEXIST;
}

long host_obj_create(const struct host_obj_spec *spec, host_objid *id)
{
	if (!spec || !id || (spec->default_prot & ~(HOST_PROT_R | HOST_PROT_W | HOST_PROT_X)))
		return -EINVAL;
	struct obj_meta_info m = { .kuid = spec->kuid, .default_prot = spec->default_prot };
	long r = host_getrandom(&m.nonce, sizeof m.nonce, false);
	if (r < 0)
		return r;
	return spec->persistent ? obj_create_persistent(&m, id) : obj_create_volatile(&m, id);
}

/* Opens the store file of a persistent object. Returns the fd, -ENOENT, or -errno. */
static long obj_open_persistent(host_objid id, int flags)
{
	long dirfd = host_obj_objects_dir(false);
	if (dirfd < 0)
		return dirfd == -ENOENT || dirfd == -ENOTDIR ? -ENOENT : dirfd;
	char name[HOST_OBJID_HEX_LEN + 1];
	host_objid_hex(id, name);
	return host_openat((int)dirfd, name, flags | O_CLOEXEC | O_NOFOLLOW, 0);
}

long host_obj_open(host_objid id, bool writable)
{
	if (!id)
		return -ENOENT;
	long fd = host_voltab_dup(id);
	if (fd != -ENOENT)
		return fd;
	return obj_open_persistent(id, writable ? O_RDWR : O_RDONLY);
}

long host_obj_map(host_objid id, void *slot, unsigned prot, unsigned flags)
{
	if (!id || (prot & ~(HOST_PROT_R | HOST_PROT_W | HOST_PROT_X)) || (flags & ~HOST_MAP_NO_NULLPAGE) ||
	    !slot || host_slot_base_of(slot) != slot)
		return -EINVAL;
	long fd = host_obj_open(id, prot & HOST_PROT_W);
	if (fd < 0)
		return fd;
	int mprot = (prot & HOST_PROT_R ? PROT_READ : 0) | (prot & HOST_PROT_W ? PROT_WRITE : 0) |
		    (prot & HOST_PROT_X ? PROT_EXEC : 0);
	int mflags = MAP_SHARED | MAP_FIXED;
	char *base = slot;
	void *p;
	if (flags & HOST_MAP_NO_NULLPAGE) {
		/* Every page moves down by one: data from object offset 0x1000 appears at the slot base,
		 * up to the page below the meta page, which stays at the slot's last page. */
		p = host_mmap(base, HOST_OBJ_META - HOST_OBJ_NULLPAGE, mprot, mflags, (int)fd, HOST_OBJ_NULLPAGE);
		if (!host_is_err((long)p))
			p = host_mmap(base + HOST_OBJ_META, HOST_PAGE_SIZE, mprot, mflags, (int)fd, HOST_OBJ_META);
	} else {
		/* Object offset k at slot + k; the null page keeps the arena's PROT_NONE reservation. */
		p = host_mmap(base + HOST_OBJ_NULLPAGE, HOST_OBJ_SIZE - HOST_OBJ_NULLPAGE, mprot, mflags, (int)fd,
			      HOST_OBJ_NULLPAGE);
	}
	host_close((int)fd);
	if (host_is_err((long)p)) {
		host_slot_reset(slot);
		return (long)p;
	}
	return 0;
}

long host_obj_unmap(void *slot)
{
	return host_slot_reset(slot);
}

long host_obj_delete(host_objid id)
{
	if (!id)
		return -ENOENT;
	if (host_voltab_remove(id) == 0)
		return 0;
	long dirfd = host_obj_objects_dir(false);
	if (dirfd < 0)
		return -ENOENT;
	char name[HOST_OBJID_HEX_LEN + 1];
	host_objid_hex(id, name);
	long r = host_unlinkat((int)dirfd, name, false);
	return r == -ENOTDIR || r == -EISDIR ? -ENOENT : r;
}

long host_obj_sync(host_objid id, void *slot)
{
	if (slot && host_slot_base_of(slot) != slot)
		return -EINVAL;
	if (host_voltab_has(id))
		return 0;
	long fd = obj_open_persistent(id, O_RDONLY);
	if (fd < 0)
		return fd;
	long r = 0;
	if (slot)
		r = host_msync(slot, HOST_OBJ_SIZE, MS_SYNC);
	if (r == 0)
		r = host_fsync((int)fd);
	host_close((int)fd);
	return r;
}

/* Whether the store holds a persistent object id (a regular file). */
static bool obj_persistent_exists(host_objid id)
{
	long dirfd = host_obj_objects_dir(false);
	if (!id || dirfd < 0)
		return false;
	char name[HOST_OBJID_HEX_LEN + 1];
	struct host_stat st;
	host_objid_hex(id, name);
	return host_fstatat((int)dirfd, name, &st, true) == 0 && (st.mode & S_IFMT) == S_IFREG;
}

bool host_obj_exists(host_objid id)
{
	return host_voltab_has(id) || obj_persistent_exists(id);
}

bool host_obj_is_persistent(host_objid id)
{
	return !host_voltab_has(id) && obj_persistent_exists(id);
}
