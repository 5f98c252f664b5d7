/* Heap objects (heapobj.h). */
#include "heapobj.h"
#include "../rt.h"
#include "../../../host/objstore.h"
#include "../../../host/slots.h"

void *heapobj_map_new(void)
{
	struct host_obj_spec spec = {
	    .persistent = false, .default_prot = HOST_PROT_R | HOST_PROT_W, .kuid = 0};
	host_objid id;
	if (host_obj_create(&spec, &id) < 0)
		return NULL;
	void *slot = host_slot_alloc();
	if (!slot)
		goto fail_obj;
	if (host_obj_map(id, slot, HOST_PROT_R | HOST_PROT_W, 0) < 0)
		goto fail_slot;
	rt_objs_note_borrowed(slot, id, MAP_FLAG_R | MAP_FLAG_W);
	return slot;
fail_slot:
	host_slot_free(slot);
fail_obj:
	host_obj_delete(id);
	return NULL;
}
