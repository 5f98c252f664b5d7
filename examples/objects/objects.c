/* objects: persistent objects and an invariant pointer between them.
 *
 * Makes two persistent objects, writes a greeting into one and, into the other, an invariant pointer to
 * it (through the second object's FOT), syncs and lets both go; then maps the first object again by id,
 * follows the pointer (which maps the second object on demand) and prints what it finds. Last, it
 * deletes both, leaving the object store ($TWZ_STORE, else ~/.local/share/twzrt) as it found it. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <twizzler/rt/__all.h>
#include <twzrt/object.h>

static int fail(const char *what, twz_error e)
{
	fprintf(stderr, "objects: %s failed (error 0x%" PRIx64 ")\n", what, (uint64_t)e);
	return 1;
}

static objid make_persistent(void)
{
	struct object_create spec = { .lifetime = LIFETIME_TYPE_PERSISTENT, .backing = BACKING_TYPE_NORMAL,
				      .prot = MAP_FLAG_R | MAP_FLAG_W };
	struct objid_result r = twz_rt_create_object(&spec, NULL, 0, NULL, 0, NULL, 0);
	return r.err ? 0 : r.val;
}

int main(void)
{
	objid list_id = make_persistent(), text_id = make_persistent();
	if (!list_id || !text_id)
		return fail("create_object", 0);

	/* Write: the text into one object, a pointer to it into the other. */
	struct map_result text = twz_rt_map_object(text_id, MAP_FLAG_R | MAP_FLAG_W | MAP_FLAG_PERSIST);
	struct map_result list = twz_rt_map_object(list_id, MAP_FLAG_R | MAP_FLAG_W | MAP_FLAG_PERSIST);
	if (text.error || list.error)
		return fail("map_object", text.error ? text.error : list.error);
	char *greeting = (char *)text.handle.start + TWZRT_OBJ_NULLPAGE;
	strcpy(greeting, "hello from an object that was mapped through an invariant pointer");
	uint64_t *slot = (uint64_t *)((char *)list.handle.start + TWZRT_OBJ_NULLPAGE);
	twz_error e = twzrt_iptr_store(&list.handle, greeting, slot);
	if (e)
		return fail("iptr_store", e);
	printf("stored pointer 0x%016" PRIx64 " (FOT entry %u, offset 0x%" PRIx64 ")\n", *slot,
	       twzrt_iptr_index(*slot), twzrt_iptr_offset(*slot));
	struct sync_info sync = { .flags = SYNC_FLAG_DURABLE };
	twz_rt_object_cmd(&list.handle, OBJECT_CMD_SYNC, &sync);
	twz_rt_object_cmd(&text.handle, OBJECT_CMD_SYNC, &sync);
	twz_rt_release_handle(&text.handle, RELEASE_NO_CACHE);
	twz_rt_release_handle(&list.handle, RELEASE_NO_CACHE);

	/* Read back: map the list object again and follow the pointer. */
	list = twz_rt_map_object(list_id, MAP_FLAG_R | MAP_FLAG_PERSIST);
	if (list.error)
		return fail("map_object again", list.error);
	uint64_t ip = *(uint64_t *)((char *)list.handle.start + TWZRT_OBJ_NULLPAGE);
	void *p;
	struct object_handle target;
	e = twzrt_iptr_resolve(&list.handle, ip, MAP_FLAG_R, &p, &target);
	if (e)
		return fail("iptr_resolve", e);
	printf("followed it to: %s\n", (const char *)p);
	twzrt_handle_drop(&target);

	/* Clean up the store. */
	twz_rt_object_cmd(&list.handle, OBJECT_CMD_DELETE, NULL);
	twz_rt_release_handle(&list.handle, 0);
	text = twz_rt_map_object(text_id, MAP_FLAG_R);
	if (!text.error) {
		twz_rt_object_cmd(&text.handle, OBJECT_CMD_DELETE, NULL);
		twz_rt_release_handle(&text.handle, 0);
	}
	return 0;
}
