/* Objects and handles: the runtime's record of one mapping (what a handle's runtime_info points at), the
 * handle cache that owns those records, and the helpers the twz_rt_* object exports share.
 *
 * Life of a record (struct rt_obj):
 *   live      refs > 0; reachable through by-slot (any address in its slot) and, if cached, through the
 *             (id, flags) table, where twz_rt_map_object finds it again.
 *   inactive  refs == 0 and queued on the inactive queue (at most RT_OBJ_INACTIVE_MAX): still mapped, so
 *             mapping it again is a refcount increment.
 *   gone      removed from every table under the lock, then unmapped and freed (rt_obj_destroy).
 * The reference count itself changes without the lock (spec §6.1: callers copy and drop handles); it
 * goes from 0 to 1 only under the lock (a cache hit), and whoever takes it to 0 calls release, which
 * re-checks it under the lock. */
#ifndef TWZ_RT_CORE_OBJECT_OBJECT_H
#define TWZ_RT_CORE_OBJECT_OBJECT_H

#include <stdatomic.h>
#include <twzrt/object.h>

#include "../rt.h"

/* How many mappings released to count 0 stay mapped for a cheap re-map. */
#define RT_OBJ_INACTIVE_MAX 32
/* FOT resolutions remembered per source mapping (each holds a reference on its target). */
#define RT_OBJ_FOT_CACHE 8
/* Handles of mapped objects all report this valid_len: (1 GiB - 2 pages) / LEN_MUL. */
#define RT_OBJ_VALID_LEN 262142u
/* The map_flags bits the ABI defines. */
#define RT_MAP_FLAGS_ALL                                                                                     \
	(MAP_FLAG_R | MAP_FLAG_W | MAP_FLAG_X | MAP_FLAG_PERSIST | MAP_FLAG_INDIRECT | MAP_FLAG_NO_NULLPAGE)

_Static_assert(HOST_OBJ_SIZE == TWZRT_OBJ_SIZE && HOST_OBJ_META == TWZRT_OBJ_META, "object layout");
_Static_assert(HOST_SLOT_SIZE == HOST_OBJ_SIZE, "one object per slot");

struct rt_obj;

struct rt_obj_fot_cached {
	uint64_t idx;
	map_flags flags;
	struct rt_obj *target; /* holds one reference */
};

/* A mapping's runtime_info. Owned by the handle cache (table.c); fields other than refs change only
 * under its lock. */
struct rt_obj {
	_Atomic uint64_t refs; /* first, as spec §6.1 requires */
	objid id;
	void *slot;
	map_flags flags;
	bool cached;		      /* in the (id, flags) table */
	bool queued;		      /* on the inactive queue */
	bool deleted;		      /* OBJECT_CMD_DELETE ran: never cached again */
	struct rt_obj *hnext;	      /* (id, flags) table chain */
	struct rt_obj *qprev, *qnext; /* inactive queue, oldest first */
	unsigned fot_next;	      /* round-robin victim in fot[] */
	struct rt_obj_fot_cached fot[RT_OBJ_FOT_CACHE];
};

/* ---- the handle cache (table.c); the _locked functions need rt_objs_lock held ---- */

RT_HIDDEN void rt_objs_lock(void);
RT_HIDDEN void rt_objs_unlock(void);
/* The cached mapping of (id, flags), or NULL. */
RT_HIDDEN struct rt_obj *rt_objs_find_locked(objid id, map_flags flags);
/* The mapping whose slot holds p (any record, cached or not), or NULL. */
RT_HIDDEN struct rt_obj *rt_objs_at_locked(const void *p);
/* Takes a reference; a record on the inactive queue becomes live again. */
RT_HIDDEN void rt_objs_ref_locked(struct rt_obj *o);
/* Adds a new record (refs 1) to the tables. If o->cached and the cache already has (id, flags) (another
 * thread mapped it meanwhile), takes a reference on that one and returns it: the caller then destroys o.
 * Returns o otherwise. Fails (NULL) only when the by-slot table cannot be set up. */
RT_HIDDEN struct rt_obj *rt_objs_publish(struct rt_obj *o);
/* The record behind an owned handle, validated against the tables; NULL for a borrowed or stale one.
 * The result stays valid while the caller holds the handle's reference. */
RT_HIDDEN struct rt_obj *rt_objs_of_handle(const struct object_handle *h);
/* twz_rt_release_handle: caches (inactive queue) or destroys the record of h once its count is 0.
 * Handles the runtime does not know (borrowed, foreign, already destroyed) are ignored. */
RT_HIDDEN void rt_objs_release(const struct object_handle *h, release_flags flags);
/* Unmaps the oldest inactive mapping to free its slot; false when there is none. */
RT_HIDDEN bool rt_objs_evict_one(void);
/* After OBJECT_CMD_DELETE: no mapping of id is cached any more; inactive ones are destroyed now, live
 * ones when released. */
RT_HIDDEN void rt_objs_forget(objid id);

/* Whether p lies in a slot noted with rt_objs_note_borrowed; if so, sets *id and *flags. */
RT_HIDDEN bool rt_objs_borrowed_at_locked(const void *p, objid *id, map_flags *flags);

/* ---- records and mappings (map.c) ---- */

/* Maps id with flags into slot (already taken) and makes a record with refs 1, not yet published.
 * On failure the slot is still the caller's (reset to PROT_NONE). Errors: NAMING/NOT_FOUND,
 * RESOURCE/OUT_OF_MEMORY, host mapping errors. */
RT_HIDDEN twz_error rt_obj_new(objid id, map_flags flags, void *slot, struct rt_obj **out);
/* Undoes rt_obj_new for a record no table holds: drops its FOT-cache references, unmaps, frees the
 * slot and the record. Never called with the lock held. */
RT_HIDDEN void rt_obj_destroy(struct rt_obj *o);
/* twz_rt_map_object: a cache hit or a new cached mapping, with one reference for the caller. */
RT_HIDDEN twz_error rt_obj_map(objid id, map_flags flags, struct rt_obj **out);
/* Drops one reference (the caller's), releasing the record when it was the last. */
RT_HIDDEN void rt_obj_unref(struct rt_obj *o);
/* Writes the owned handle of o (no reference taken here). */
RT_HIDDEN void rt_obj_fill_handle(const struct rt_obj *o, struct object_handle *h);
/* A free slot (or pair of adjacent slots), unmapping inactive mappings when none is left; NULL when
 * every slot is in use. */
RT_HIDDEN void *rt_obj_take_slot(bool pair);
/* Checks map flags and id of a map request. Errors: ARGUMENT/INVALID_ARGUMENT. */
RT_HIDDEN twz_error rt_obj_check_map_args(objid id, map_flags flags);

/* ---- per-mapping FOT cache (fot_cache.c), lock held ---- */

/* The target cached for (idx, flags) in o, or NULL. */
RT_HIDDEN struct rt_obj *rt_fotc_find_locked(struct rt_obj *o, uint64_t idx, map_flags flags);
/* Stores target (whose reference the cache now owns) for (idx, flags); returns a target whose
 * reference the caller must drop after unlocking (an evicted entry or target itself when (idx, flags)
 * was cached meanwhile), or NULL. */
RT_HIDDEN struct rt_obj *rt_fotc_put_locked(struct rt_obj *o, uint64_t idx, map_flags flags,
					    struct rt_obj *target);
/* Empties o's cache into out[RT_OBJ_FOT_CACHE]; returns how many references the caller must drop.
 * Needs the lock unless no table holds o any more. */
RT_HIDDEN size_t rt_fotc_take_locked(struct rt_obj *o, struct rt_obj **out);

/* ---- FOT entries (fot.c) ---- */

/* Entry idx (1..TWZRT_FOT_MAX) of the object mapped by h, or NULL when h has no meta page. */
RT_HIDDEN struct twzrt_fot_entry *rt_fot_entry(const struct object_handle *h, uint64_t idx);
/* twz_rt_insert_fot. Errors: ARGUMENT/INVALID_ARGUMENT (NULL handle or entry, no meta page),
 * GENERIC/ACCESS_DENIED (h not writable), RESOURCE/OUT_OF_RESOURCES (table full). */
RT_HIDDEN struct u32_result rt_fot_insert(struct object_handle *h, const struct twzrt_fot_entry *want);
/* twz_rt_resolve_fot (valid_len is always the whole object here). */
RT_HIDDEN struct map_result rt_fot_resolve(struct object_handle *h, uint64_t idx, map_flags flags);
/* twz_rt_resolve_fot_local: p is any address in the source object. */
RT_HIDDEN void *rt_fot_resolve_local(const void *p, uint64_t idx, map_flags flags);

/* ---- the other operations, one file each ---- */

/* create.c: twz_rt_create_object, twz_rt_create_rtobj. */
RT_HIDDEN struct objid_result rt_obj_create(const struct object_create *spec,
					    const struct object_source *sources, size_t nr_sources,
					    const struct object_tie *ties, size_t nr_ties, const char *name,
					    size_t namelen);
RT_HIDDEN struct objid_result rt_obj_create_rtobj(void);
/* cmd.c: twz_rt_object_cmd, twz_rt_update_handle. */
RT_HIDDEN twz_error rt_obj_cmd(struct object_handle *h, object_cmd cmd, void *data);
RT_HIDDEN twz_error rt_obj_update_handle(struct object_handle *h);
/* locate.c: twz_rt_locate_object_start, twz_rt_get_object_handle. */
RT_HIDDEN void *rt_obj_locate_start(const void *p);
RT_HIDDEN struct object_handle rt_obj_handle_of(const void *p);
/* map_two.c: __twz_rt_map_two_objects. */
RT_HIDDEN void rt_obj_map_two(objid id1, map_flags f1, objid id2, map_flags f2, struct map_result *r1,
			      struct map_result *r2);

static inline twz_error rt_err_object(twz_error_code code)
{
	return rt_err(OBJECT_ERROR, code);
}

#endif
