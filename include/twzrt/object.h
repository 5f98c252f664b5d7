/* twzrt extension: the layout of a Twizzler object (meta page, meta extensions, foreign object table)
 * and invariant pointers, for C11 and C++11 programs. Everything here is a type, a macro or a static
 * inline function over the runtime ABI; nothing has external linkage.
 *
 * An object occupies one 1 GiB slot. Offset 0 is the null page (never mapped); data starts at
 * TWZRT_OBJ_NULLPAGE; the meta page is the last page (TWZRT_OBJ_META), and the foreign object table
 * (FOT) grows downward from it: entry i (i >= 1) is at meta - 32 * (i + 1).
 *
 * An invariant pointer is a 64-bit value: bits 63..48 are a FOT index, bits 47..0 an offset from the
 * start (slot base) of the object it points into. Index 0 means "the object holding the pointer"; offset
 * 0 is the null pointer. */
#ifndef TWZRT_OBJECT_H
#define TWZRT_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include <twizzler/rt/object.h>

TWZ_BEGIN_DECLS

#define TWZRT_OBJ_SIZE ((uint64_t)1 << 30)		   /* one slot, the largest object */
#define TWZRT_OBJ_NULLPAGE ((uint64_t)0x1000)		   /* object offset of the first data byte */
#define TWZRT_OBJ_META (TWZRT_OBJ_SIZE - (uint64_t)0x1000) /* object offset of the meta page */

/* The start of the meta page: MetaInfo (spec §17). 48 bytes, 16-byte aligned. */
struct twzrt_meta_info {
	objid nonce;
	objid kuid;	       /* key (verifier) object, or 0 */
	uint16_t flags;	       /* TWZRT_META_IMMUTABLE */
	uint16_t default_prot; /* MAP_FLAG_R | MAP_FLAG_W | MAP_FLAG_X bits */
	uint16_t fotcount;     /* highest FOT index in use (the runtime keeps it up to date) */
	uint16_t extcount;     /* meta extensions in use */
};
#define TWZRT_META_IMMUTABLE 1

/* Meta extensions follow twzrt_meta_info; value is read and written atomically. */
struct twzrt_meta_ext {
	uint64_t tag;
	uint64_t value;
};
#define TWZRT_MEXT_EMPTY 0
#define TWZRT_MEXT_SIZED 1 /* value: the object's logical size in bytes */
#define TWZRT_MEXT_MAX 16

/* One FOT entry (32 bytes). values[0] holds the high 64 bits of the target id, values[1] the low ones.
 * flags is accessed atomically (__atomic builtins, std::atomic_ref in C++20). */
struct twzrt_fot_entry {
	uint64_t values[2];
	uint64_t resolver;
	uint32_t flags;
	uint32_t _pad;
};
#define TWZRT_FOT_ALLOCATED 1u
#define TWZRT_FOT_ACTIVE 2u
#define TWZRT_FOT_DELETED 4u
#define TWZRT_FOT_RESOLVER 8u
/* The largest FOT index (invariant pointers carry 16 bits of index). */
#define TWZRT_FOT_MAX 65535u

#ifdef __cplusplus
static_assert(sizeof(twzrt_meta_info) == 48, "MetaInfo is 48 bytes");
static_assert(sizeof(twzrt_fot_entry) == 32, "a FOT entry is 32 bytes");
#else
_Static_assert(sizeof(struct twzrt_meta_info) == 48, "MetaInfo is 48 bytes");
_Static_assert(sizeof(struct twzrt_fot_entry) == 32, "a FOT entry is 32 bytes");
#endif

/* A FOT entry naming object id directly (no resolver). */
static inline struct twzrt_fot_entry twzrt_fot_entry_for(objid id)
{
	struct twzrt_fot_entry e;
	e.values[0] = (uint64_t)(id >> 64);
	e.values[1] = (uint64_t)id;
	e.resolver = 0;
	e.flags = 0;
	e._pad = 0;
	return e;
}

static inline objid twzrt_fot_entry_id(const struct twzrt_fot_entry *e)
{
	return ((objid)e->values[0] << 64) | e->values[1];
}

/* ---- invariant pointers ---- */

#define TWZRT_IPTR_OFFSET_BITS 48
#define TWZRT_IPTR_OFFSET_MASK (((uint64_t)1 << TWZRT_IPTR_OFFSET_BITS) - 1)

static inline uint64_t twzrt_iptr_make(uint32_t fot_index, uint64_t offset)
{
	return ((uint64_t)(fot_index & 0xffff) << TWZRT_IPTR_OFFSET_BITS) | (offset & TWZRT_IPTR_OFFSET_MASK);
}

static inline uint32_t twzrt_iptr_index(uint64_t ip)
{
	return (uint32_t)(ip >> TWZRT_IPTR_OFFSET_BITS);
}

static inline uint64_t twzrt_iptr_offset(uint64_t ip)
{
	return ip & TWZRT_IPTR_OFFSET_MASK;
}

/* ---- handle reference counting (spec §6.1) ---- */

/* Takes one more reference on an owned handle (a borrowed one, runtime_info NULL, needs none). */
static inline void twzrt_handle_dup(const struct object_handle *h)
{
	if (h->runtime_info)
		__atomic_fetch_add((uint64_t *)h->runtime_info, 1, __ATOMIC_RELAXED);
}

/* Drops one reference; the last one gives the mapping back with twz_rt_release_handle. h must not be
 * used afterwards. */
static inline void twzrt_handle_drop(struct object_handle *h)
{
	if (h->runtime_info && __atomic_fetch_sub((uint64_t *)h->runtime_info, 1, __ATOMIC_RELEASE) == 1) {
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		twz_rt_release_handle(h, 0);
	}
}

/* ---- resolving and storing invariant pointers ---- */

/* Resolves the invariant pointer ip stored at address `where`, which lies inside the source object,
 * without creating a handle: a local pointer always resolves; a foreign one only if the runtime already
 * holds a mapping of its target for the source (then the target stays mapped while the source handle
 * lives). Returns NULL for the null pointer or when twzrt_iptr_resolve is needed. */
static inline void *twzrt_iptr_resolve_fast(const void *where, uint64_t ip, map_flags flags)
{
	uint64_t off = twzrt_iptr_offset(ip);
	uint32_t idx = twzrt_iptr_index(ip);
	char *base;
	if (off == 0)
		return NULL;
	if (idx == 0)
		base = (char *)((uintptr_t)where & ~(uintptr_t)(TWZRT_OBJ_SIZE - 1));
	else
		base = (char *)twz_rt_resolve_fot_local((void *)where, idx, 0, flags);
	return base ? base + off : NULL;
}

/* Resolves ip, an invariant pointer in src's object, mapping its target with flags when it is foreign.
 * On success *out is the pointer and *target an owned handle of the object it points into (for a local
 * pointer, a new reference on src), which the caller drops with twzrt_handle_drop. Errors are those of
 * twz_rt_resolve_fot; the null pointer gives *out = NULL and an all-zero *target. */
static inline twz_error twzrt_iptr_resolve(struct object_handle *src, uint64_t ip, map_flags flags,
					   void **out, struct object_handle *target)
{
	static const struct object_handle none = {0, 0, 0, 0, 0, 0};
	uint64_t off = twzrt_iptr_offset(ip);
	uint32_t idx = twzrt_iptr_index(ip);
	*out = NULL;
	*target = none;
	if (off == 0)
		return 0;
	if (idx == 0) {
		twzrt_handle_dup(src);
		*target = *src;
	} else {
		struct map_result r = twz_rt_resolve_fot(src, idx, 0, flags);
		if (r.error)
			return r.error;
		*target = r.handle;
	}
	*out = (char *)target->start + off;
	return 0;
}

/* Makes an invariant pointer, to be stored in src's object, that points at p: local when p is inside
 * src's object, else through a FOT entry naming p's object (added or found). src must be mapped
 * writable for a foreign p. Errors: OBJECT/NOT_MAPPED when p is in no object, those of
 * twz_rt_insert_fot. */
static inline twz_error twzrt_iptr_store(struct object_handle *src, const void *p, uint64_t *ip)
{
	char *sbase = (char *)src->start;
	uint64_t pa = (uint64_t)(uintptr_t)p;
	*ip = 0;
	if (!p)
		return 0;
	if ((uintptr_t)p - (uintptr_t)sbase < TWZRT_OBJ_SIZE) {
		*ip = twzrt_iptr_make(0, pa - (uintptr_t)sbase);
		return 0;
	}
	struct object_handle t = twz_rt_get_object_handle((void *)p);
	if (t.id == 0)
		return ((twz_error)OBJECT_ERROR << ERROR_CATEGORY_SHIFT) | NOT_MAPPED;
	struct twzrt_fot_entry e = twzrt_fot_entry_for(t.id);
	uint64_t off = pa - (uint64_t)(uintptr_t)t.start;
	twzrt_handle_drop(&t);
	struct u32_result r = twz_rt_insert_fot(src, &e);
	if (r.err)
		return r.err;
	*ip = twzrt_iptr_make(r.val, off);
	return 0;
}

TWZ_END_DECLS

#endif /* TWZRT_OBJECT_H */
