/* The allocation ABI (rt/alloc.h): thread-cache fast paths for small blocks, otherwise alloc.c. */
#include "alloc.h"
#include "sizeclass.h"
#include "tcache.h"

RT_EXPORT void *twz_rt_malloc(size_t sz, size_t align, alloc_flags flags)
{
	if (host_likely(alloc_layout_is_fast(sz, align) && !(flags & ZERO_MEMORY)))
		return tc_alloc(alloc_class_index(sz));
	return rt_alloc_malloc(sz, align, flags);
}

RT_EXPORT void twz_rt_dealloc(void *ptr, size_t sz, size_t align, alloc_flags flags)
{
	if (host_likely(ptr && alloc_layout_is_fast(sz, align) && !(flags & ZERO_MEMORY))) {
		tc_free(ptr, alloc_class_index(sz));
		return;
	}
	rt_alloc_dealloc(ptr, sz, align, flags);
}

RT_EXPORT void *twz_rt_realloc(void *ptr, size_t sz, size_t align, size_t new_size, alloc_flags flags)
{
	return rt_alloc_realloc(ptr, sz, align, new_size, flags);
}
