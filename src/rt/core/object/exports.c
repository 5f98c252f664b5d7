/* The twz_rt_* exports of rt/object.h (spec §6); the work is in the files beside this one. */
#include "object.h"

RT_EXPORT struct objid_result twz_rt_create_rtobj(void)
{
	return rt_obj_create_rtobj();
}

RT_EXPORT struct objid_result twz_rt_create_object(const struct object_create *spec,
						   const struct object_source *sources, size_t nr_sources,
						   const struct object_tie *ties, size_t nr_ties,
						   const char *name, size_t namelen)
{
	return rt_obj_create(spec, sources, nr_sources, ties, nr_ties, name, namelen);
}

/* Errors: ARGUMENT/INVALID_ARGUMENT (id 0, undefined flag bits), NAMING/NOT_FOUND (no such object: the
 * spec's typical error and what upstream's io::ErrorKind::NotFound maps to), RESOURCE/OUT_OF_RESOURCES
 * (every slot holds a live mapping), RESOURCE/OUT_OF_MEMORY. Default protections are not enforced. */
RT_EXPORT struct map_result twz_rt_map_object(objid id, map_flags flags)
{
	struct map_result res = {0};
	struct rt_obj *o;
	res.error = rt_obj_map(id, flags, &o);
	if (!res.error)
		rt_obj_fill_handle(o, &res.handle);
	return res;
}

RT_EXPORT void twz_rt_release_handle(struct object_handle *handle, release_flags flags)
{
	if (handle && handle->runtime_info)
		rt_objs_release(handle, flags);
}

RT_EXPORT twz_error twz_rt_object_cmd(struct object_handle *handle, object_cmd cmd, void *data)
{
	return rt_obj_cmd(handle, cmd, data);
}

RT_EXPORT twz_error twz_rt_update_handle(struct object_handle *handle)
{
	return rt_obj_update_handle(handle);
}

RT_EXPORT void *twz_rt_locate_object_start(void *p)
{
	return rt_obj_locate_start(p);
}

RT_EXPORT struct object_handle twz_rt_get_object_handle(void *p)
{
	return rt_obj_handle_of(p);
}

RT_EXPORT struct map_result twz_rt_resolve_fot(struct object_handle *handle, uint64_t idx, size_t valid_len,
					       map_flags flags)
{
	(void)valid_len; /* every mapping covers the whole object */
	return rt_fot_resolve(handle, idx, flags);
}

RT_EXPORT void *twz_rt_resolve_fot_local(void *start, uint64_t idx, size_t valid_len, map_flags flags)
{
	(void)valid_len;
	return rt_fot_resolve_local(start, idx, flags);
}

RT_EXPORT struct u32_result twz_rt_insert_fot(struct object_handle *handle, void *entry)
{
	return rt_fot_insert(handle, entry);
}

RT_EXPORT void __twz_rt_map_two_objects(objid id_1, map_flags flags_1, objid id_2, map_flags flags_2,
					struct map_result *res_1, struct map_result *res_2)
{
	rt_obj_map_two(id_1, flags_1, id_2, flags_2, res_1, res_2);
}
