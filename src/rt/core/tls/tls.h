/* Static TLS for every thread the runtime starts (x86-64 TLS variant II).
 *
 * A runtime registers the TLS images that exist at start-up (the minimal runtime: the program's PT_TLS
 * as module 1). Each module's block lies `tpoff` bytes below the thread pointer; the TCB sits at the
 * thread pointer. A thread's "TLS area" is one piece of memory holding, from low to high:
 *   dtv[0..nmods] | padding | module blocks (static TLS) | struct rt_tcb
 * so a thread's TLS costs no allocation beyond the memory its creator hands in. */
#ifndef TWZ_RT_CORE_TLS_H
#define TWZ_RT_CORE_TLS_H

#include "../rt.h"

#define RT_TLS_STATIC_MAX 16 /* static TLS modules (the minimal runtime uses one) */

struct rt_tls_module {
	const void *image; /* initialisation image (tdata), filesz bytes */
	size_t filesz;	   /* bytes copied from image */
	size_t memsz;	   /* block size; bytes past filesz are zero (tbss) */
	size_t align;	   /* block alignment (power of two, >= 1) */
	size_t tpoff;	   /* block start = thread pointer - tpoff */
};

/* Registers a static TLS module and returns its module id (1, 2, ...), or 0 when the table is full or
 * align is not a power of two. The first module gets tpoff = align_up(memsz, align), which is what the
 * static linker assumes for the executable's local-exec accesses. Call before any thread is started. */
RT_HIDDEN size_t rt_tls_add_static(const void *image, size_t filesz, size_t memsz, size_t align);
/* The registered module with id mod_id, or NULL. */
RT_HIDDEN const struct rt_tls_module *rt_tls_module(size_t mod_id);
/* Bytes a TLS area needs (including slack to align the thread pointer). */
RT_HIDDEN size_t rt_tls_area_size(void);
/* Lays a TLS area out in [area, area + len): copies every module's image, zeroes tbss and the TCB unless
 * the memory is known to be zero already (`zeroed`), fills the dtv, and returns the TCB (with self and
 * dtv set, everything else zero). Returns NULL if len < rt_tls_area_size(). */
RT_HIDDEN struct rt_tcb *rt_tls_area_init(void *area, size_t len, bool zeroed);
/* The calling thread's block of module mod_id plus offset, or NULL for an unknown module. */
RT_HIDDEN void *rt_tls_static_addr(size_t mod_id, size_t offset);

#endif
