/* Commands on a mapped object (twz_rt_object_cmd) and handle updates (twz_rt_update_handle). Both need
 * an owned handle: a borrowed one (runtime_info NULL) or one the runtime does not know is
 * ARGUMENT/INVALID_ARGUMENT. */
#include "object.h"

/* OBJECT_CMD_DELETE: the object goes away (live mappings keep their pages until released); no mapping
 * of it is cached any more, so a later map of its id fails with NAMING/NOT_FOUND. */
static twz_error cmd_delete(struct rt_obj *o)
{
	long r = host_obj_delete(o->id);
	rt_objs_lock();
	o->deleted = true;
	rt_objs_unlock();
	rt_objs_forget(o->id);
	return rt_error_from_errno(r);
}

/* OBJECT_CMD_SYNC: always synchronous (msync + fsync), whatever si->flags asks; then *release_ptr is
 * compare-and-swapped and the result stored to *durable_ptr. si may be NULL (just sync). */
static twz_error cmd_sync(struct rt_obj *o, struct sync_info *si)
{
	twz_error e = rt_error_from_errno(host_obj_sync(o->id, o->slot));
	if (si && si->release_ptr) {
		uint64_t expected = si->release_compare;
		atomic_compare_exchange_strong(si->release_ptr, &expected, si->release_set);
	}
	if (si && si->durable_ptr)
		atomic_store(si->durable_ptr, e);
	return e;
}

twz_error rt_obj_cmd(struct object_handle *h, object_cmd cmd, void *data)
{
	struct rt_obj *o = rt_objs_of_handle(h);
	if (!o)
		return RT_ERR_INVALID_ARGUMENT;
	switch (cmd) {
	case OBJECT_CMD_DELETE:
		return cmd_delete(o);
	case OBJECT_CMD_SYNC:
		return cmd_sync(o, data);
	case OBJECT_CMD_UPDATE:
		return 0; /* a Linux mapping always shows the object's current contents */
	default:
		return RT_ERR_INVALID_ARGUMENT;
	}
}

twz_error rt_obj_update_handle(struct object_handle *h)
{
	struct rt_obj *targets[RT_OBJ_FOT_CACHE];
	struct rt_obj *o = rt_objs_of_handle(h);
	if (!o)
		return RT_ERR_INVALID_ARGUMENT;
	rt_objs_lock();
	size_t n = rt_fotc_take_locked(o, targets);
	rt_objs_unlock();
	for (size_t i = 0; i < n; i++)
		rt_obj_unref(targets[i]);
	return 0;
}
