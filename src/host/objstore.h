/* Objects: 128-bit ids, volatile (memfd, in-process id -> fd table) or persistent (sparse files of one
 * slot's size under the object store directory). The object layout inside a slot follows Twizzler's:
 * offset 0 is the null page (never mapped), data starts at HOST_OBJ_NULLPAGE, and the meta page is the
 * slot's last page (HOST_OBJ_META). */
#ifndef TWZ_HOST_OBJSTORE_H
#define TWZ_HOST_OBJSTORE_H

#include "util.h"

typedef unsigned __int128 host_objid;

#define HOST_OBJ_SIZE (1UL << 30)
#define HOST_OBJ_NULLPAGE 0x1000UL
#define HOST_OBJ_META (HOST_OBJ_SIZE - 0x1000UL)

/* Protections, the same bit values as the ABI's MAP_FLAG_R/W/X. */
#define HOST_PROT_R 1u
#define HOST_PROT_W 2u
#define HOST_PROT_X 4u
/* host_obj_map flags. */
#define HOST_MAP_NO_NULLPAGE 1u /* object offset 0x1000 appears at the slot base */

struct host_obj_spec {
	bool persistent;       /* a file in the store, else a memfd */
	uint16_t default_prot; /* HOST_PROT_* recorded in the meta page */
	host_objid kuid;       /* recorded in the meta page */
};

/* Creates an object with a fresh random id, its meta page initialised (nonce, kuid, default_prot).
 * A persistent object appears atomically (temporary name, fsync, rename, fsync of the directory).
 * Returns 0 and *id, or -errno (-ENOSPC, -EACCES, ...). */
HOST_HIDDEN long host_obj_create(const struct host_obj_spec *spec, host_objid *id);
/* Copies len bytes at src_off of object src into object dst at dst_off; src == 0 zero-fills the range.
 * Ranges must lie inside one object (HOST_OBJ_SIZE). Returns 0, -ENOENT, -EINVAL. */
HOST_HIDDEN long host_obj_copy(host_objid dst, uint64_t dst_off, host_objid src, uint64_t src_off,
			       uint64_t len);
/* Maps object id into the slot at `slot` with HOST_PROT_* prot (never pre-faulted; data and meta
 * shared with every other mapping of the object). Returns 0, -ENOENT (no such object), -EINVAL. */
HOST_HIDDEN long host_obj_map(host_objid id, void *slot, unsigned prot, unsigned flags);
/* Unmaps whatever is in the slot and leaves it reserved (PROT_NONE). Returns 0 or -errno. */
HOST_HIDDEN long host_obj_unmap(void *slot);
/* Deletes the object: a volatile one is forgotten (live mappings keep their pages until unmapped), a
 * persistent one's file is removed. Returns 0 or -ENOENT. */
HOST_HIDDEN long host_obj_delete(host_objid id);
/* Makes the object's contents durable (msync of the mapping at slot, then fsync of the backing).
 * A no-op success for volatile objects. Returns 0 or -errno. */
HOST_HIDDEN long host_obj_sync(host_objid id, void *slot);
/* Whether an object with this id exists (volatile in this process, or persistent in the store). */
HOST_HIDDEN bool host_obj_exists(host_objid id);
/* Whether the object is persistent. */
HOST_HIDDEN bool host_obj_is_persistent(host_objid id);
/* Writes the object store directory (TWZ_STORE, else $XDG_DATA_HOME/twzrt, else
 * $HOME/.local/share/twzrt) into buf; created with mode 0700 on first use. Returns its length or -errno. */
HOST_HIDDEN long host_obj_store_dir(char *buf, size_t cap);

#endif
