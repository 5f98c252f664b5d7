/* __twz_rt_map_two_objects: two objects in adjacent slots, the first below the second (the ELF loader's
 * text and data). The mappings are found by address like any other but are not in the (id, flags)
 * cache, so twz_rt_map_object never hands them out and their release unmaps at once. */
#include "object.h"

static void fail_both(twz_error e, struct map_result *r1, struct map_result *r2)
{
	*r1 = (struct map_result){.error = e};
	*r2 = (struct map_result){.error = e};
}

void rt_obj_map_two(objid id1, map_flags f1, objid id2, map_flags f2, struct map_result *r1,
		    struct map_result *r2)
{
	struct rt_obj *o1, *o2;
	twz_error e = rt_obj_check_map_args(id1, f1);
	if (!e)
		e = rt_obj_check_map_args(id2, f2);
	if (e)
		return fail_both(e, r1, r2);
	char *pair = rt_obj_take_slot(true);
	if (!pair)
		return fail_both(RT_ERR_OUT_OF_RESOURCES, r1, r2);
	e = rt_obj_new(id1, f1, pair, &o1);
	if (e) {
		host_slot_free(pair);
		host_slot_free(pair + HOST_SLOT_SIZE);
		return fail_both(e, r1, r2);
	}
	e = rt_obj_new(id2, f2, pair + HOST_SLOT_SIZE, &o2);
	if (e) {
		host_slot_free(pair + HOST_SLOT_SIZE);
		rt_obj_destroy(o1);
		return fail_both(e, r1, r2);
	}
	if (!rt_objs_publish(o1)) {
		rt_obj_destroy(o1);
		rt_obj_destroy(o2);
		return fail_both(RT_ERR_OUT_OF_MEMORY, r1, r2);
	}
	rt_objs_publish(o2); /* cannot fail once the table exists */
	*r1 = (struct map_result){.error = 0};
	*r2 = (struct map_result){.error = 0};
	rt_obj_fill_handle(o1, &r1->handle);
	rt_obj_fill_handle(o2, &r2->handle);
}
