/* The per-mapping FOT cache: which target mapping each (FOT index, flags) of a source mapping resolved
 * to. Each entry owns one reference on its target, which keeps the target mapped for
 * twz_rt_resolve_fot_local while the source mapping lives. */
#include "object.h"

struct rt_obj *rt_fotc_find_locked(struct rt_obj *o, uint64_t idx, map_flags flags)
{
	for (unsigned i = 0; i < RT_OBJ_FOT_CACHE; i++)
		if (o->fot[i].target && o->fot[i].idx == idx && o->fot[i].flags == flags)
			return o->fot[i].target;
	return NULL;
}

struct rt_obj *rt_fotc_put_locked(struct rt_obj *o, uint64_t idx, map_flags flags, struct rt_obj *target)
{
	if (rt_fotc_find_locked(o, idx, flags))
		return target;
	struct rt_obj_fot_cached *c = NULL;
	for (unsigned i = 0; i < RT_OBJ_FOT_CACHE && !c; i++)
		if (!o->fot[i].target)
			c = &o->fot[i];
	if (!c) {
		c = &o->fot[o->fot_next];
		o->fot_next = (o->fot_next + 1) % RT_OBJ_FOT_CACHE;
	}
	struct rt_obj *evicted = c->target;
	c->idx = idx;
	c->flags = flags;
	c->target = target;
	return evicted;
}

size_t rt_fotc_take_locked(struct rt_obj *o, struct rt_obj **out)
{
	size_t n = 0;
	for (unsigned i = 0; i < RT_OBJ_FOT_CACHE; i++) {
		if (o->fot[i].target)
			out[n++] = o->fot[i].target;
		o->fot[i].target = NULL;
	}
	o->fot_next = 0;
	return n;
}
