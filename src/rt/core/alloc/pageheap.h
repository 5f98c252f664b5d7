/* The page heap: runs of whole pages ("spans") carved from volatile heap objects, one object per 1 GiB
 * slot. Small-block classes take their spans here; large blocks are spans of their own. Thread-safe (one
 * lock; it is off the small-block fast path). No headers inside spans: per-page tags live in a table at
 * the start of each heap object. */
#ifndef TWZ_RT_ALLOC_PAGEHEAP_H
#define TWZ_RT_ALLOC_PAGEHEAP_H

#include "../../../host/util.h"

/* Allocates npages pages aligned to align_pages pages (a power of two). Sets *clean when the pages are
 * known to read as zero. Returns NULL when npages does not fit in a heap object or no memory/slot/object
 * can be had. */
HOST_HIDDEN void *ph_alloc(size_t npages, size_t align_pages, bool *clean);

/* Frees a span returned by ph_alloc (or trimmed by ph_resize); clean says the caller knows its pages
 * read as zero. Coalesces with free neighbours; freed pages are reused by later ph_alloc calls. */
HOST_HIDDEN void ph_free(void *p, bool clean);

/* The span's length in pages (its allocation size). */
HOST_HIDDEN size_t ph_span_pages(const void *p);

/* Resizes the span at p to new_pages in place: shrinking always succeeds (the tail is freed), growing
 * succeeds when free or never-used pages follow it. Returns whether the span now has new_pages pages. */
HOST_HIDDEN bool ph_resize(void *p, size_t new_pages);

/* Gives the pages of [p, p + npages pages) back to the host, after which they read as zero. Returns
 * whether that worked (only for heap-object memory). */
HOST_HIDDEN bool ph_discard(void *p, size_t npages);

/* Statistics for tests: heap objects mapped, pages ever carved from them, free pages held. */
struct ph_stats {
	size_t arenas, used_top_pages, free_pages, dirty_free_pages;
};
HOST_HIDDEN void ph_get_stats(struct ph_stats *st);

#endif
