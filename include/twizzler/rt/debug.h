/* Loaded images and program-header iteration (for debuggers, unwinders and dl_iterate_phdr).
 *
 * struct dl_phdr_info and struct link_map keep upstream's names and layout, which clash with the C
 * library's <link.h> (glibc, musl). When <link.h> was included first (its guard _LINK_H is defined), or
 * when the program defines TWZ_RT_NO_LINK_STRUCTS before including this header, the two structs are
 * declared as struct twz_rt_dl_phdr_info and struct twz_rt_link_map instead, with the same layout, and
 * the declarations below use those names. TWZ_RT_DL_PHDR_INFO and TWZ_RT_LINK_MAP name whichever tags
 * are in use. Include <link.h> after this header only with TWZ_RT_NO_LINK_STRUCTS defined.
 */
#ifndef TWIZZLER_RT_DEBUG_H
#define TWIZZLER_RT_DEBUG_H

#include <stddef.h>
#include <stdint.h>

#include "handle.h"

#if defined(TWZ_RT_NO_LINK_STRUCTS) || defined(_LINK_H)
#define TWZ_RT_DL_PHDR_INFO twz_rt_dl_phdr_info
#define TWZ_RT_LINK_MAP twz_rt_link_map
#else
#define TWZ_RT_DL_PHDR_INFO dl_phdr_info
#define TWZ_RT_LINK_MAP link_map
#endif

TWZ_BEGIN_DECLS

/* One loaded image, as dl_iterate_phdr reports it (glibc's offsets, but phnum is 32-bit and the names
 * have no dlpi_ prefix): load bias, name, program headers, load/unload counters, TLS module and the
 * calling thread's TLS block for it. */
struct TWZ_RT_DL_PHDR_INFO {
	uintptr_t addr;
	const char *name;
	const void *phdr;
	uint32_t phnum;
	unsigned long long int adds;
	unsigned long long int subs;
	size_t tls_modid;
	void *tls_data;
};

/* A node of the loader's list of images (no function uses it). */
struct TWZ_RT_LINK_MAP {
	uintptr_t addr;
	char *name;
	void *ld;
	void *next;
	void *prev;
};

/* Identifies a loaded image; ids count up from TWZ_RT_EXEID. */
typedef uint32_t loaded_image_id;

/* A loaded image: an owned handle of its file object, where the file lies in memory, its phdr info and
 * its id. */
struct loaded_image {
	struct object_handle image_handle;
	const void *image_start;
	size_t image_len;
	struct TWZ_RT_DL_PHDR_INFO dl_info;
	loaded_image_id id;
};

/* Fills *li and returns true if image id exists; false otherwise. The caller owns li->image_handle. */
bool twz_rt_get_loaded_image(loaded_image_id id, struct loaded_image *li);

/* Like dl_iterate_phdr: calls cb for each loaded image in id order until it returns non-zero, and
 * returns its last result (0 if it was never called). */
int twz_rt_iter_phdr(int (*cb)(const struct TWZ_RT_DL_PHDR_INFO *, size_t size, void *data), void *data);

/* The id of the executable's image (upstream type: loaded_image_id). */
enum { TWZ_RT_EXEID = 0 };

TWZ_END_DECLS

#endif /* TWIZZLER_RT_DEBUG_H */
