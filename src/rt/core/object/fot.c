/* The foreign object table: inserting entries, resolving them to mappings (cached per source mapping),
 * and the handle-free fast path. Entry i (i >= 1) lives at object offset TWZRT_OBJ_META - 32 * (i + 1). */
#include "object.h"

#define FOT_LIVE (TWZRT_FOT_ALLOCATED | TWZRT_FOT_ACTIVE)

struct twzrt_fot_entry *rt_fot_entry(const struct object_handle *h, uint64_t idx)
{
	if (!h->meta || idx == 0 || idx > TWZRT_FOT_MAX)
		return NULL;
	char *p = (char *)h->meta - sizeof(struct twzrt_fot_entry) * (idx + 1);
	/* Without the null page every data page appears one page lower; the meta page does not move. */
	if (h->map_flags & MAP_FLAG_NO_NULLPAGE)
		p -= HOST_OBJ_NULLPAGE;
	return (struct twzrt_fot_entry *)p;
}

static inline uint32_t flags_of(struct twzrt_fot_entry *e)
{
	return __atomic_load_n(&e->flags, __ATOMIC_ACQUIRE);
}

static inline bool is_live(uint32_t f)
{
	return (f & (FOT_LIVE | TWZRT_FOT_DELETED)) == FOT_LIVE;
}

static inline bool is_free(uint32_t f)
{
	return !(f & TWZRT_FOT_ALLOCATED) || (f & TWZRT_FOT_DELETED);
}

/* Raises MetaInfo.fotcount to at least idx. */
static void note_fotcount(struct twzrt_meta_info *mi, uint32_t idx)
{
	uint16_t cur = __atomic_load_n(&mi->fotcount, __ATOMIC_RELAXED);
	while (cur < idx && !__atomic_compare_exchange_n(&mi->fotcount, &cur, (uint16_t)idx, true,
							 __ATOMIC_RELEASE, __ATOMIC_RELAXED))
		;
}

struct u32_result rt_fot_insert(struct object_handle *h, const struct twzrt_fot_entry *want)
{
	struct u32_result res = {0, 0};
	if (!h || !want || !h->meta || !h->start) {
		res.err = RT_ERR_INVALID_ARGUMENT;
		return res;
	}
	if (!(h->map_flags & MAP_FLAG_W)) {
		res.err = rt_err(GENERIC_ERROR, ACCESS_DENIED);
		return res;
	}
	struct twzrt_meta_info *mi = h->meta;
	uint32_t want_flags =
	    (__atomic_load_n(&want->flags, __ATOMIC_RELAXED) | FOT_LIVE) & ~TWZRT_FOT_DELETED;
	for (;;) {
		uint32_t used = __atomic_load_n(&mi->fotcount, __ATOMIC_ACQUIRE);
		uint32_t candidate = 0;
		/* Entries past fotcount are unused, except those a racing insert is claiming right now. */
		for (uint32_t i = 1; i <= TWZRT_FOT_MAX; i++) {
			struct twzrt_fot_entry *e = rt_fot_entry(h, i);
			uint32_t f = flags_of(e);
			if (is_live(f) && e->values[0] == want->values[0] &&
			    e->values[1] == want->values[1] && e->resolver == want->resolver) {
				res.val = i;
				return res;
			}
			if (!candidate && is_free(f))
				candidate = i;
			if (i > used && candidate)
				break;
		}
		if (!candidate) {
			res.err = RT_ERR_OUT_OF_RESOURCES;
			return res;
		}
		struct twzrt_fot_entry *e = rt_fot_entry(h, candidate);
		uint32_t f = flags_of(e);
		/* Claim: ALLOCATED without ACTIVE marks the entry as being written. */
		if (!is_free(f) || !__atomic_compare_exchange_n(&e->flags, &f, TWZRT_FOT_ALLOCATED, false,
								__ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			continue;
		e->values[0] = want->values[0];
		e->values[1] = want->values[1];
		e->resolver = want->resolver;
		__atomic_store_n(&e->flags, want_flags, __ATOMIC_RELEASE);
		note_fotcount(mi, candidate);
		res.val = candidate;
		return res;
	}
}

/* Reads entry idx of h's object: its target id, or an error. */
static twz_error read_target(const struct object_handle *h, uint64_t idx, objid *id)
{
	struct twzrt_fot_entry *e = rt_fot_entry(h, idx);
	if (!e)
		return idx > TWZRT_FOT_MAX ? rt_err_object(INVALID_FOTE) : RT_ERR_INVALID_ARGUMENT;
	uint32_t f = flags_of(e);
	if (!is_live(f))
		return rt_err_object(INVALID_FOTE);
	if (f & TWZRT_FOT_RESOLVER)
		return RT_ERR_NOT_SUPPORTED;
	*id = twzrt_fot_entry_id(e);
	return *id ? 0 : rt_err_object(INVALID_FOTE);
}

struct map_result rt_fot_resolve(struct object_handle *h, uint64_t idx, map_flags flags)
{
	struct map_result res = {0};
	if (!h || idx == 0) {
		res.error = RT_ERR_INVALID_ARGUMENT;
		return res;
	}
	struct rt_obj *src = rt_objs_of_handle(h), *t = NULL;
	if (src) {
		rt_objs_lock();
		t = rt_fotc_find_locked(src, idx, flags);
		if (t)
			rt_objs_ref_locked(t);
		rt_objs_unlock();
	}
	if (!t) {
		objid id = 0;
		twz_error e = read_target(h, idx, &id);
		if (!e)
			e = rt_obj_map(id, flags, &t);
		if (e) {
			res.error = e;
			return res;
		}
		if (src && t != src) {
			/* A second reference, for the cache (never on src itself: it would keep itself
			 * alive). */
			atomic_fetch_add_explicit(&t->refs, 1, memory_order_relaxed);
			rt_objs_lock();
			struct rt_obj *drop = rt_fotc_put_locked(src, idx, flags, t);
			rt_objs_unlock();
			if (drop)
				rt_obj_unref(drop);
		}
	}
	rt_obj_fill_handle(t, &res.handle);
	return res;
}

void *rt_fot_resolve_local(const void *p, uint64_t idx, map_flags flags)
{
	void *base = NULL;
	rt_objs_lock();
	struct rt_obj *src = rt_objs_at_locked(p);
	if (src) {
		struct rt_obj *t = rt_fotc_find_locked(src, idx, flags);
		if (t)
			base = t->slot;
	}
	rt_objs_unlock();
	return base;
}
