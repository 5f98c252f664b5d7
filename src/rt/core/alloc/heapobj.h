/* Where the heap's memory comes from: volatile objects mapped read-write into slots of their own. */
#ifndef TWZ_RT_ALLOC_HEAPOBJ_H
#define TWZ_RT_ALLOC_HEAPOBJ_H

#include "../../../host/util.h"

/* Creates a volatile object and maps it read-write into a fresh slot. Returns the slot base (the object's
 * null page is not mapped; [base + 0x1000, base + HOST_OBJ_META) is usable, never faulted in, reading as
 * zero), or NULL when no slot or object can be had. */
HOST_HIDDEN void *heapobj_map_new(void);

#endif
