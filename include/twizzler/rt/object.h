/* Objects: creating, mapping, releasing, commands, and the foreign object table (FOT). */
#ifndef TWIZZLER_RT_OBJECT_H
#define TWIZZLER_RT_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "types.h"
#include "handle.h"

TWZ_BEGIN_DECLS

/* The result of mapping: handle is valid (and owned by the caller) only when error is 0. */
struct map_result {
	struct object_handle handle;
	twz_error error;
};

/* map_flags. */
enum {
	MAP_FLAG_R = 1,		   /* readable */
	MAP_FLAG_W = 2,		   /* writable */
	MAP_FLAG_X = 4,		   /* executable */
	MAP_FLAG_PERSIST = 8,	   /* changes persist when flushed */
	MAP_FLAG_INDIRECT = 16,	   /* the runtime may add safety checks */
	MAP_FLAG_NO_NULLPAGE = 32, /* the mapping starts at the object base instead of the null page */
};

/* Flags of twz_rt_release_handle. */
typedef uint32_t release_flags;

/* release_flags: unmap now instead of caching the mapping. */
enum { RELEASE_NO_CACHE = 1 };

/* Creates a volatile object whose lifetime is tied to this runtime instance, and returns its id. */
struct objid_result twz_rt_create_rtobj(void);

/* Initial contents for a new object: len bytes of object id starting at src_start go to dest_start
 * (id 0: zero-fill that range). */
struct object_source {
	objid id;
	uint64_t src_start;
	uint64_t dest_start;
	uint64_t len;
};

/* Ties the new object's lifetime to object id. */
struct object_tie {
	objid id;
	uint32_t flags;
};

/* How to create an object: kuid is the key (verifier) object or 0, lifetime a LIFETIME_TYPE_*, backing
 * a BACKING_TYPE_*, prot the default protections. */
struct object_create {
	objid kuid;
	uint32_t lifetime;
	uint32_t backing;
	uint32_t flags;
	uint32_t prot;
};

/* object_create.backing and .lifetime values (upstream type: uint32_t). */
enum { BACKING_TYPE_NORMAL = 0 };
enum {
	LIFETIME_TYPE_VOLATILE = 0,
	LIFETIME_TYPE_PERSISTENT = 1,
};

/* Creates an object as spec says, filled from sources[0..nr_sources) and tied to ties[0..nr_ties) (NULL
 * arrays are empty); if name is non-NULL, also binds that name (namelen bytes of UTF-8, no NUL) to it.
 * Returns the new id; errors come from creation or naming. */
struct objid_result twz_rt_create_object(const struct object_create *spec,
					 const struct object_source *sources, size_t nr_sources,
					 const struct object_tie *ties, size_t nr_ties, const char *name,
					 size_t namelen);

/* Maps object id with flags and returns an owned handle. Errors: OBJECT/MAPPING_FAILED,
 * NAMING/NOT_FOUND, GENERIC/ACCESS_DENIED, RESOURCE/OUT_OF_RESOURCES. */
struct map_result twz_rt_map_object(objid id, map_flags flags);

/* Gives back a handle whose reference count has dropped to 0; the handle is dead afterwards. */
void twz_rt_release_handle(struct object_handle *handle, release_flags flags);

/* Commands of twz_rt_object_cmd. */
typedef uint32_t object_cmd;

/* object_cmd values. */
enum {
	OBJECT_CMD_DELETE = 1, /* mark the object for deletion; data unused */
	OBJECT_CMD_SYNC = 2,   /* flush the mapping; data is a struct sync_info * */
	OBJECT_CMD_UPDATE = 3, /* refresh the mapping's view; data unused */
};

/* The argument of OBJECT_CMD_SYNC: when done, *release_ptr is compare-and-swapped from release_compare
 * to release_set; when durable, the twz_error result is stored to *durable_ptr (if non-NULL). */
struct sync_info {
	uint64_t release_compare;
	uint64_t release_set;
	TWZ_ATOMIC(uint64_t) * release_ptr;
	TWZ_ATOMIC(uint64_t) * durable_ptr;
	uint32_t flags;
	uint32_t __resv;
};

/* sync_info.flags (upstream type: uint32_t). */
enum {
	SYNC_FLAG_DURABLE = 1,
	SYNC_FLAG_ASYNC_DURABLE = 2,
};

/* Runs cmd (an OBJECT_CMD_*) on handle's object. Errors: ARGUMENT/INVALID_ARGUMENT for an unknown cmd,
 * else the operation's own. */
twz_error twz_rt_object_cmd(struct object_handle *handle, object_cmd cmd, void *data);

/* Brings handle up to date with its object's current state. */
twz_error twz_rt_update_handle(struct object_handle *handle);

/* Returns the start of the object containing p (its slot base). */
void *twz_rt_locate_object_start(void *p);

/* Returns a handle for the object containing p (owned or borrowed, see struct object_handle); an
 * all-zero handle if p is in no object. */
struct object_handle twz_rt_get_object_handle(void *p);

/* Maps the target of FOT entry idx of handle's object with flags and returns an owned handle. Errors:
 * ARGUMENT/INVALID_ARGUMENT (idx 0), OBJECT/INVALID_FOTE, GENERIC/NOT_SUPPORTED (resolver entries),
 * and those of twz_rt_map_object. */
struct map_result twz_rt_resolve_fot(struct object_handle *handle, uint64_t idx, size_t valid_len,
				     map_flags flags);

/* Fast path of twz_rt_resolve_fot: start is any address in the source object; returns the target's
 * slot base if it is already mapped, else NULL (then call twz_rt_resolve_fot). */
void *twz_rt_resolve_fot_local(void *start, uint64_t idx, size_t valid_len, map_flags flags);

/* Adds the 32-byte FOT entry *entry to handle's object (or finds an identical one) and returns its
 * index (>= 1). Errors: RESOURCE/OUT_OF_RESOURCES when the table is full. */
struct u32_result twz_rt_insert_fot(struct object_handle *handle, void *entry);

/* Internal (deprecated upstream): maps two objects into adjacent slots, id_1 below id_2. Both results
 * are always written; on failure both carry the same error. */
void __twz_rt_map_two_objects(objid id_1, map_flags flags_1, objid id_2, map_flags flags_2,
			      struct map_result *res_1, struct map_result *res_2);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_OBJECT_H */
