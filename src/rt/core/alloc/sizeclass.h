/* Size classes of the small-block allocator, and the mapping from a (size, align) layout to a class.
 *
 * Classes: 16..128 in steps of 16, then four classes per doubling (2^k + j * 2^(k-2), j = 1..4) up to
 * ALLOC_SMALL_MAX. Every class size is a multiple of 16, and each power of two is a class, so a block of
 * class c inside a page-aligned span is aligned to the largest power of two dividing its size (at most
 * a page). Anything bigger, or aligned beyond a page, is a "large" block made of whole pages.
 *
 * Plain C with no runtime dependencies, so host unit tests can include sizeclass.c directly. */
#ifndef TWZ_RT_ALLOC_SIZECLASS_H
#define TWZ_RT_ALLOC_SIZECLASS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ALLOC_NUM_CLASSES 40
#define ALLOC_SMALL_MAX 32768u
#define ALLOC_PAGE 4096u
#define ALLOC_MIN_ALIGN 16u

/* Per-class facts (sizeclass.c). */
struct alloc_class_info {
	uint32_t size;	     /* block size in bytes */
	uint16_t batch;	     /* blocks moved between a thread cache and the central pool at once */
	uint16_t span_pages; /* pages carved into blocks of this class at a time */
};
extern const struct alloc_class_info alloc_classes[ALLOC_NUM_CLASSES] __attribute__((visibility("hidden")));

/* alloc_class_by16[(s + 15) / 16]: the class of s bytes for s <= 1024 (those classes are multiples of 16). */
extern const uint8_t alloc_class_by16[65] __attribute__((visibility("hidden")));

/* The class of a block of s bytes, 1 <= s <= ALLOC_SMALL_MAX, with alignment <= 16. */
static inline unsigned alloc_class_index(size_t s)
{
	if (s <= 1024)
		return alloc_class_by16[(s + 15) >> 4];
	unsigned k = 63u - (unsigned)__builtin_clzl(s - 1);
	return 8u + (k - 7u) * 4u + (unsigned)(((s - 1) >> (k - 2)) & 3u);
}

/* The fast-path test: true when (sz, align) is a small block with a valid alignment <= 16 and sz >= 1,
 * so alloc_class_index(sz) is its class. */
static inline bool alloc_layout_is_fast(size_t sz, size_t align)
{
	return sz - 1 < ALLOC_SMALL_MAX && align <= 16 && ((0x10116u >> align) & 1u);
}

/* What a layout resolves to. */
enum alloc_kind { ALLOC_INVALID, ALLOC_SMALL, ALLOC_LARGE };
struct alloc_layout {
	enum alloc_kind kind;
	unsigned cls;	    /* ALLOC_SMALL: the class */
	size_t pages;	    /* ALLOC_LARGE: whole pages */
	size_t align_pages; /* ALLOC_LARGE: alignment in pages (a power of two, >= 1) */
};

/* Resolves (sz, align): align must be a nonzero power of two; sz 0 counts as 1; sz rounded up to align
 * must not exceed PTRDIFF_MAX (Rust's Layout rule). The same inputs always give the same answer, so
 * dealloc finds the class that malloc used. Returns ALLOC_INVALID for a bad layout. */
__attribute__((visibility("hidden"))) struct alloc_layout alloc_layout_of(size_t sz, size_t align);

#endif
