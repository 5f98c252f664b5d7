/* The general paths of malloc/dealloc/realloc: layout checks, zeroing, small vs large (alloc.h). */
#include "alloc.h"
#include "pageheap.h"
#include "sizeclass.h"
#include "tcache.h"

/* Large blocks at least this many pages are discarded rather than cleared by a zeroing dealloc. */
#define DISCARD_MIN_PAGES 16

void *rt_alloc_malloc(size_t sz, size_t align, alloc_flags flags)
{
	struct alloc_layout l = alloc_layout_of(sz, align);
	bool zero = flags & ZERO_MEMORY;
	if (l.kind == ALLOC_SMALL) {
		void *p = tc_alloc(l.cls);
		if (p && zero)
			memset(p, 0, sz);
		return p;
	}
	if (l.kind == ALLOC_LARGE) {
		bool clean;
		void *p = ph_alloc(l.pages, l.align_pages, &clean);
		if (p && zero && !clean)
			memset(p, 0, sz);
		return p;
	}
	return NULL;
}

/* Frees a large block, clearing it first when asked. */
static void free_large(void *p, size_t sz, size_t pages, bool zero)
{
	bool clean = false;
	if (zero) {
		if (pages >= DISCARD_MIN_PAGES)
			clean = ph_discard(p, pages);
		if (!clean)
			memset(p, 0, sz);
	}
	ph_free(p, clean);
}

void rt_alloc_dealloc(void *ptr, size_t sz, size_t align, alloc_flags flags)
{
	if (!ptr)
		return;
	struct alloc_layout l = alloc_layout_of(sz, align);
	bool zero = flags & ZERO_MEMORY;
	if (l.kind == ALLOC_SMALL) {
		if (zero)
			memset(ptr, 0, sz);
		tc_free(ptr, l.cls);
	} else if (l.kind == ALLOC_LARGE) {
		free_large(ptr, sz, l.pages, zero);
	}
}

/* Resizes in place when the block's class (small) or span (large) can hold new_size. With zero, bytes
 * given up are cleared before they are released and bytes gained are cleared. */
static bool resize_in_place(char *ptr, size_t sz, size_t new_size, struct alloc_layout ol,
			    struct alloc_layout nl, bool zero)
{
	if (ol.kind == ALLOC_SMALL && nl.kind == ALLOC_SMALL) {
		if (ol.cls != nl.cls)
			return false;
	} else if (ol.kind == ALLOC_LARGE && nl.kind == ALLOC_LARGE) {
		if (nl.pages < ol.pages && zero)
			memset(ptr + new_size, 0, sz - new_size);
		if (nl.pages != ol.pages && !ph_resize(ptr, nl.pages))
			return false;
		if (nl.pages < ol.pages)
			return true;
	} else {
		return false;
	}
	if (zero && new_size > sz)
		memset(ptr + sz, 0, new_size - sz);
	else if (zero && new_size < sz)
		memset(ptr + new_size, 0, sz - new_size);
	return true;
}

void *rt_alloc_realloc(void *ptr, size_t sz, size_t align, size_t new_size, alloc_flags flags)
{
	struct alloc_layout ol = alloc_layout_of(sz, align), nl = alloc_layout_of(new_size, align);
	if (ol.kind == ALLOC_INVALID || nl.kind == ALLOC_INVALID)
		return NULL;
	if (!ptr)
		return rt_alloc_malloc(new_size, align, flags);
	bool zero = flags & ZERO_MEMORY;
	if (resize_in_place(ptr, sz, new_size, ol, nl, zero))
		return ptr;
	char *q = rt_alloc_malloc(new_size, align, 0);
	if (!q)
		return NULL;
	memcpy(q, ptr, sz < new_size ? sz : new_size);
	if (zero && new_size > sz)
		memset(q + sz, 0, new_size - sz);
	rt_alloc_dealloc(ptr, sz, align, flags);
	return q;
}

void rt_alloc_get_stats(struct rt_alloc_stats *st)
{
	struct ph_stats ps;
	ph_get_stats(&ps);
	st->live_caches = tc_live_caches();
	st->heap_objects = ps.arenas;
	st->heap_pages = ps.used_top_pages;
	st->free_pages = ps.free_pages;
	st->dirty_free_pages = ps.dirty_free_pages;
}
