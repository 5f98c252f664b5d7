/* The allocator behind twz_rt_malloc/dealloc/realloc (spec §4).
 *
 * Blocks up to ALLOC_SMALL_MAX bytes with alignment up to a page come from size classes (sizeclass.h)
 * through per-thread caches (tcache.h) and per-class central pools (central.h). Bigger blocks, or blocks
 * aligned beyond a page, are page spans of their own (pageheap.h). All memory comes from volatile heap
 * objects (heapobj.h). No block has a header: dealloc and realloc recompute the class from (sz, align).
 *
 * Conventions: sz == 0 is treated as 1 (a unique, valid, freeable pointer). align must be a nonzero power
 * of two; any such alignment works (beyond a page, the block is page-granular). An invalid layout gives
 * NULL (malloc, realloc) or is ignored (dealloc); out of memory gives NULL; dealloc(NULL) does nothing. */
#ifndef TWZ_RT_ALLOC_ALLOC_H
#define TWZ_RT_ALLOC_ALLOC_H

#include "../rt.h"

/* The general (non-fast) paths of the three exports; same contracts as the ABI functions. */
RT_HIDDEN void *rt_alloc_malloc(size_t sz, size_t align, alloc_flags flags);
RT_HIDDEN void rt_alloc_dealloc(void *ptr, size_t sz, size_t align, alloc_flags flags);
RT_HIDDEN void *rt_alloc_realloc(void *ptr, size_t sz, size_t align, size_t new_size, alloc_flags flags);

/* For tests: live per-thread cache records, and page-heap figures. */
struct rt_alloc_stats {
	size_t live_caches;
	size_t heap_objects; /* heap objects mapped */
	size_t heap_pages;   /* pages ever carved from them */
	size_t free_pages;   /* pages free in the page heap */
	size_t dirty_free_pages;
};
RT_HIDDEN void rt_alloc_get_stats(struct rt_alloc_stats *st);

#endif
