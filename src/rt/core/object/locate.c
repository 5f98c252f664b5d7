/* From an address to its object: twz_rt_locate_object_start and twz_rt_get_object_handle. */
#include "object.h"

/* The slot base when p is in the slot arena; NULL for any other address (stack, heap, program image),
 * which lies in no object. */
void *rt_obj_locate_start(const void *p)
{
	return host_slot_base_of(p);
}

/* An owned handle (one more reference) when p's slot holds a mapping made through handles; a borrowed
 * handle {id, NULL, slot base, NULL, flags, 0} for a slot another concern noted (the heap); else the
 * all-zero handle. */
struct object_handle rt_obj_handle_of(const void *p)
{
	struct object_handle h = {0};
	objid id;
	map_flags flags;
	rt_objs_lock();
	struct rt_obj *o = rt_objs_at_locked(p);
	if (o) {
		rt_objs_ref_locked(o);
		rt_obj_fill_handle(o, &h);
	} else if (rt_objs_borrowed_at_locked(p, &id, &flags)) {
		h.id = id;
		h.start = host_slot_base_of(p);
		h.map_flags = flags;
	}
	rt_objs_unlock();
	return h;
}
