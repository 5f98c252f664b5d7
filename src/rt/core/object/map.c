/* Mapping records: making one (slot + host mapping + runtime_info), destroying one, and the cached map
 * path behind twz_rt_map_object. */
#include "object.h"

twz_error rt_obj_check_map_args(objid id, map_flags flags)
{
	if (id == 0 || (flags & ~(map_flags)RT_MAP_FLAGS_ALL))
		return RT_ERR_INVALID_ARGUMENT;
	return 0;
}

twz_error rt_obj_new(objid id, map_flags flags, void *slot, struct rt_obj **out)
{
	unsigned prot = flags & (HOST_PROT_R | HOST_PROT_W | HOST_PROT_X);
	unsigned hflags = (flags & MAP_FLAG_NO_NULLPAGE) ? HOST_MAP_NO_NULLPAGE : 0;
	long r = host_obj_map(id, slot, prot, hflags);
	if (r < 0) {
		host_obj_unmap(slot);
		return rt_error_from_errno(r);
	}
	struct rt_obj *o = twz_rt_malloc(sizeof *o, _Alignof(struct rt_obj), ZERO_MEMORY);
	if (!o) {
		host_obj_unmap(slot);
		return RT_ERR_OUT_OF_MEMORY;
	}
	atomic_init(&o->refs, 1);
	o->id = id;
	o->slot = slot;
	o->flags = flags;
	*out = o;
	return 0;
}

void rt_obj_destroy(struct rt_obj *o)
{
	struct rt_obj *targets[RT_OBJ_FOT_CACHE];
	/* No table holds o any more, so nobody else can reach its FOT cache: no lock needed. */
	size_t n = rt_fotc_take_locked(o, targets);
	for (size_t i = 0; i < n; i++)
		rt_obj_unref(targets[i]);
	host_obj_unmap(o->slot);
	host_slot_free(o->slot);
	twz_rt_dealloc(o, sizeof *o, _Alignof(struct rt_obj), 0);
}

void *rt_obj_take_slot(bool pair)
{
	for (;;) {
		void *slot = pair ? host_slot_alloc_pair() : host_slot_alloc();
		if (slot || !rt_objs_evict_one())
			return slot;
	}
}

twz_error rt_obj_map(objid id, map_flags flags, struct rt_obj **out)
{
	twz_error e = rt_obj_check_map_args(id, flags);
	if (e)
		return e;
	rt_objs_lock();
	struct rt_obj *o = rt_objs_find_locked(id, flags);
	if (host_likely(o != NULL)) {
		rt_objs_ref_locked(o);
		rt_objs_unlock();
		*out = o;
		return 0;
	}
	rt_objs_unlock();

	void *slot = rt_obj_take_slot(false);
	if (!slot)
		return RT_ERR_OUT_OF_RESOURCES;
	e = rt_obj_new(id, flags, slot, &o);
	if (e) {
		host_slot_free(slot);
		return e;
	}
	o->cached = true;
	struct rt_obj *p = rt_objs_publish(o);
	if (p != o) {
		o->cached = false;
		rt_obj_destroy(o);
		if (!p)
			return RT_ERR_OUT_OF_MEMORY;
	}
	*out = p;
	return 0;
}

void rt_obj_fill_handle(const struct rt_obj *o, struct object_handle *h)
{
	h->id = o->id;
	h->runtime_info = (void *)o;
	h->start = o->slot;
	h->meta = (char *)o->slot + HOST_OBJ_META;
	h->map_flags = o->flags;
	h->valid_len = RT_OBJ_VALID_LEN;
}

void rt_obj_unref(struct rt_obj *o)
{
	if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_release) == 1) {
		atomic_thread_fence(memory_order_acquire);
		struct object_handle h;
		rt_obj_fill_handle(o, &h);
		rt_objs_release(&h, 0);
	}
}
