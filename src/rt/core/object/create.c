/* Creating objects: twz_rt_create_object and twz_rt_create_rtobj.
 *
 * Linux stand-ins for what Twizzler's kernel would do:
 *   lifetime   volatile: a memfd that lives as long as this process; persistent: a file in the store.
 *   backing    only BACKING_TYPE_NORMAL exists.
 *   sources    copied with host_obj_copy after creation (id 0 zero-fills); every range is checked first.
 *   ties       accepted and not recorded: a volatile object already dies with the process, and nothing
 *              deletes a persistent object together with another one yet.
 *   name       no naming service exists, so a name is refused (GENERIC/NOT_SUPPORTED) before anything
 *              is created.
 *   flags      DELETE (1) and NO_NONCE (2) are accepted and have no effect; other bits are invalid. */
#include "object.h"

#define CREATE_FLAGS_ALL 3u /* rt-abi ObjectCreateFlags: DELETE | NO_NONCE */
#define PROT_ALL (MAP_FLAG_R | MAP_FLAG_W | MAP_FLAG_X)

static bool range_ok(uint64_t start, uint64_t len)
{
	return start <= HOST_OBJ_SIZE && len <= HOST_OBJ_SIZE - start;
}

static twz_error check_request(const struct object_create *spec, const struct object_source *sources,
			       size_t nr_sources, const struct object_tie *ties, size_t nr_ties,
			       const char *name, size_t namelen)
{
	if (!spec || spec->backing != BACKING_TYPE_NORMAL || (spec->flags & ~CREATE_FLAGS_ALL) ||
	    (spec->prot & ~(uint32_t)PROT_ALL) ||
	    (spec->lifetime != LIFETIME_TYPE_VOLATILE && spec->lifetime != LIFETIME_TYPE_PERSISTENT))
		return RT_ERR_INVALID_ARGUMENT;
	for (size_t i = 0; sources && i < nr_sources; i++)
		if (!range_ok(sources[i].src_start, sources[i].len) ||
		    !range_ok(sources[i].dest_start, sources[i].len))
			return RT_ERR_INVALID_ARGUMENT;
	for (size_t i = 0; ties && i < nr_ties; i++)
		if (ties[i].id == 0)
			return RT_ERR_INVALID_ARGUMENT;
	if (name && namelen)
		return RT_ERR_NOT_SUPPORTED;
	return 0;
}

static struct objid_result create(const struct object_create *spec, const struct object_source *sources,
				  size_t nr_sources)
{
	struct objid_result res = {0, 0};
	struct host_obj_spec hs = {
	    .persistent = spec->lifetime == LIFETIME_TYPE_PERSISTENT,
	    .default_prot = (uint16_t)spec->prot,
	    .kuid = spec->kuid,
	};
	host_objid id;
	long r = host_obj_create(&hs, &id);
	if (r < 0) {
		res.err = rt_error_from_errno(r);
		return res;
	}
	for (size_t i = 0; sources && i < nr_sources; i++) {
		const struct object_source *s = &sources[i];
		if (s->len == 0)
			continue;
		r = host_obj_copy(id, s->dest_start, s->id, s->src_start, s->len);
		if (r < 0) {
			host_obj_delete(id);
			res.err = rt_error_from_errno(r);
			return res;
		}
	}
	res.val = id;
	return res;
}

struct objid_result rt_obj_create(const struct object_create *spec, const struct object_source *sources,
				  size_t nr_sources, const struct object_tie *ties, size_t nr_ties,
				  const char *name, size_t namelen)
{
	twz_error e = check_request(spec, sources, nr_sources, ties, nr_ties, name, namelen);
	if (e)
		return (struct objid_result){e, 0};
	return create(spec, sources, nr_sources);
}

struct objid_result rt_obj_create_rtobj(void)
{
	static const struct object_create spec = {
	    .kuid = 0,
	    .lifetime = LIFETIME_TYPE_VOLATILE,
	    .backing = BACKING_TYPE_NORMAL,
	    .flags = 0,
	    .prot = MAP_FLAG_R | MAP_FLAG_W,
	};
	return create(&spec, NULL, 0);
}
