/* TLS for every thread the runtime starts (x86-64 TLS variant II): static modules in each thread's TLS
 * area, dynamic modules (loaded after start-up) allocated per thread on first use.
 *
 * A runtime registers the TLS images that exist at start-up as static modules (the minimal runtime: the
 * program's PT_TLS as module 1; the reference runtime: the program and its start-up libraries). Each
 * static module's block lies `tpoff` bytes below the thread pointer; the TCB sits at the thread pointer.
 * A thread's "TLS area" is one piece of memory holding, from low to high:
 *   dtv header | dtv[0..nstatic] | padding | static module blocks | struct rt_tcb
 * so a thread's static TLS costs no allocation beyond the memory its creator hands in.
 *
 * The dtv: dtv[-1] = capacity << 1 | (1 when the dtv was allocated from the heap), dtv[0] = the module
 * generation the thread last saw, dtv[m] = the thread's block of module m (NULL until first use for a
 * dynamic module). Adding or removing a dynamic module bumps the generation; a thread whose dtv[0] is
 * older drops its blocks of modules changed since, at its next dynamic access (rt_tls_get_addr). */
#ifndef TWZ_RT_CORE_TLS_H
#define TWZ_RT_CORE_TLS_H

#include "../rt.h"

#define RT_TLS_MODULES_MAX 1024 /* module ids 1 .. RT_TLS_MODULES_MAX - 1, static and dynamic */

struct rt_tls_module {
	const void *image; /* initialisation image (tdata), filesz bytes */
	size_t filesz;	   /* bytes copied from image */
	size_t memsz;	   /* block size; bytes past filesz are zero (tbss) */
	size_t align;	   /* block alignment (power of two, >= 1) */
	size_t tpoff;	   /* static modules: block start = thread pointer - tpoff; dynamic: 0 */
	uint64_t gen;	   /* generation at which this id was last assigned or freed */
	bool used;
	bool is_static;
};

/* Registers a static TLS module and returns its module id (1, 2, ...), or 0 when the table is full or
 * align is not a power of two. The first module gets tpoff = align_up(memsz, align), which is what the
 * static linker assumes for the executable's local-exec accesses. Call before any thread is started and
 * before any dynamic module is added. */
RT_HIDDEN size_t rt_tls_add_static(const void *image, size_t filesz, size_t memsz, size_t align);
/* Registers a dynamic module (a library loaded after start-up): the lowest free id above the static
 * ones, or 0 when none is free or the layout is invalid. Thread-safe. */
RT_HIDDEN size_t rt_tls_add_dynamic(const void *image, size_t filesz, size_t memsz, size_t align);
/* Frees dynamic module mod_id; threads drop their blocks of it lazily. Thread-safe. */
RT_HIDDEN void rt_tls_remove(size_t mod_id);
/* The registered module with id mod_id, or NULL. */
RT_HIDDEN const struct rt_tls_module *rt_tls_module(size_t mod_id);
/* Bytes a TLS area needs (including slack to align the thread pointer). */
RT_HIDDEN size_t rt_tls_area_size(void);
/* Lays a TLS area out in [area, area + len): copies every static module's image, zeroes tbss and the TCB
 * unless the memory is known to be zero already (`zeroed`), fills the dtv, and returns the TCB (with self
 * and dtv set, everything else zero). Returns NULL if len < rt_tls_area_size(). */
RT_HIDDEN struct rt_tcb *rt_tls_area_init(void *area, size_t len, bool zeroed);
/* The calling thread's block of static module mod_id plus offset, or NULL for another module. */
RT_HIDDEN void *rt_tls_static_addr(size_t mod_id, size_t offset);
/* The calling thread's address of offset in module mod_id, allocating its block of a dynamic module on
 * first use; NULL for an unknown module or when memory is exhausted. */
RT_HIDDEN void *rt_tls_get_addr(size_t mod_id, size_t offset);
/* A thread is ending: frees its dynamic blocks and a heap-allocated dtv. */
RT_HIDDEN void rt_tls_thread_exit(struct rt_tcb *tcb);

#endif
