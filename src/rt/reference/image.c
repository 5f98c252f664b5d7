/* Loaded images for the ABI: twz_rt_get_loaded_image, twz_rt_iter_phdr and dl_iterate_phdr, over the
 * loader's list (ids = load order: 0 the program, then its libraries breadth-first with the runtime
 * where the program needs it, then dlopen'ed ones). */
#include "../core/tls/tls.h"
#include "ld.h"

static void fill_info(const struct ld_obj *o, struct dl_phdr_info *info)
{
	*info = (struct dl_phdr_info){
	    .addr = o->bias,
	    .name = o->path ? o->path : "",
	    .phdr = o->phdr,
	    .phnum = (uint32_t)o->phnum,
	    .adds = ld.adds,
	    .subs = ld.subs,
	    .tls_modid = o->tls_modid,
	    .tls_data = o->tls_modid ? rt_tls_get_addr(o->tls_modid, 0) : NULL,
	};
}

/* image_handle: the borrowed description of the image's slot (the object layer knows the slot as the
 * file's object, id = dev << 64 | inode, as twz_rt_resolve_name gives it); releasing it does nothing.
 * All zero for the runtime when it could not move into a slot. image_start/len: the mapped span. */
RT_EXPORT bool twz_rt_get_loaded_image(loaded_image_id id, struct loaded_image *li)
{
	if (!li)
		return false;
	ld_lock();
	struct ld_obj *o = ld.head;
	while (o && o->id != id)
		o = o->next;
	if (o) {
		memset(li, 0, sizeof *li);
		if (o->slot)
			li->image_handle = twz_rt_get_object_handle(o->slot);
		li->image_start = (const void *)o->start;
		li->image_len = o->end - o->start;
		fill_info(o, &li->dl_info);
		li->id = o->id;
	}
	ld_unlock();
	return o != NULL;
}

/* Holds the (recursive) loader lock across the callbacks, so the list cannot change under them; a
 * callback may still dlopen. */
RT_EXPORT int twz_rt_iter_phdr(int (*cb)(const struct dl_phdr_info *, size_t size, void *data), void *data)
{
	if (!cb)
		return 0;
	int ret = 0;
	ld_lock();
	for (struct ld_obj *o = ld.head; o && !ret; o = o->next) {
		struct dl_phdr_info info;
		fill_info(o, &info);
		ret = cb(&info, sizeof info, data);
	}
	ld_unlock();
	return ret;
}

RT_EXPORT int dl_iterate_phdr(int (*cb)(const struct dl_phdr_info *, size_t size, void *data), void *data)
    __attribute__((alias("twz_rt_iter_phdr")));
