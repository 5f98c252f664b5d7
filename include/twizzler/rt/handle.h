/* Object handles: how a mapped object is described to programs. */
#ifndef TWIZZLER_RT_HANDLE_H
#define TWIZZLER_RT_HANDLE_H

#include "types.h"

TWZ_BEGIN_DECLS

/* Mapping flags (MAP_FLAG_* in object.h). */
typedef uint32_t map_flags;

/* A mapped object. All zero means "no handle".
 *   runtime_info  runtime-private; its first 8 bytes are an atomic uint64_t reference count. NULL for a
 *                 borrowed handle, which is never counted or released.
 *   start         the base of the object's slot (object offset 0, the null page).
 *   meta          the object's meta page.
 *   valid_len     the number of addressable bytes, in units of LEN_MUL.
 * Copying an owned handle increments the count; dropping it decrements, and whoever takes it from 1
 * to 0 calls twz_rt_release_handle. */
struct object_handle {
	objid id;
	void *runtime_info;
	void *start;
	void *meta;
	TWZ_GLOBAL(map_flags) map_flags;
	uint32_t valid_len;
};

/* The unit of object_handle.valid_len, in bytes (size_t: unsigned long on LP64). */
#define LEN_MUL 0x1000UL

TWZ_END_DECLS

#endif /* TWIZZLER_RT_HANDLE_H */
