/* The malloc family over the runtime's allocator (twz_rt_malloc), replacing newlib's malloc entirely
 * (its objects are dropped from libc.a). twz_rt_dealloc needs each block's size and alignment, so every
 * block carries a 16-byte header just below the pointer handed out:
 *
 *   base                                  base + off = p
 *   | padding (off - 16 bytes) | size | align | user data (size bytes) ...
 *
 * where align >= 16 is the block's alignment and off = align (the header fits in the padding because
 * align >= 16). The runtime block is off + size bytes aligned to align. */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include "sysdeps.h"

struct hdr {
	size_t size;
	size_t align;
};

#define MIN_ALIGN 16
/* Blocks of a page or more get a 64-byte header: their data then starts 64 bytes into a page. With a
 * 16-byte offset, a kernel copy from the page cache (read(2), whose destination sits 1-63 bytes above a
 * page-aligned source) takes the slow "4K aliasing" path of rep movsb on some x86 cores: 3-4x slower. */
#define LARGE_SIZE 4096
#define LARGE_ALIGN 64

static inline size_t align_for(size_t size)
{
	return size >= LARGE_SIZE ? LARGE_ALIGN : MIN_ALIGN;
}

static inline struct hdr *hdr_of(void *p)
{
	return (struct hdr *)p - 1;
}

/* A block of size bytes aligned to align (a power of two >= MIN_ALIGN); NULL with ENOMEM on failure. */
static void *alloc_aligned(size_t size, size_t align, alloc_flags flags)
{
	if (size > SIZE_MAX / 2 - align) {
		errno = ENOMEM;
		return NULL;
	}
	char *base = twz_rt_malloc(size + align, align, flags);
	if (!base) {
		errno = ENOMEM;
		return NULL;
	}
	char *p = base + align;
	*hdr_of(p) = (struct hdr){ size, align };
	return p;
}

void *malloc(size_t size)
{
	return alloc_aligned(size, align_for(size), 0);
}

void free(void *p)
{
	if (!p)
		return;
	struct hdr h = *hdr_of(p);
	twz_rt_dealloc((char *)p - h.align, h.size + h.align, h.align, 0);
}

void *calloc(size_t n, size_t size)
{
	size_t total;
	if (__builtin_mul_overflow(n, size, &total)) {
		errno = ENOMEM;
		return NULL;
	}
	return alloc_aligned(total, align_for(total), ZERO_MEMORY);
}

void *realloc(void *p, size_t size)
{
	if (!p)
		return malloc(size);
	struct hdr h = *hdr_of(p);
	if (size > SIZE_MAX / 2 - h.align) {
		errno = ENOMEM;
		return NULL;
	}
	char *base = twz_rt_realloc((char *)p - h.align, h.size + h.align, h.align, size + h.align, 0);
	if (!base) {
		errno = ENOMEM;
		return NULL;
	}
	char *np = base + h.align;
	hdr_of(np)->size = size;
	return np;
}

/* align: a power of two (any smaller than MIN_ALIGN is raised to it); EINVAL otherwise. */
static void *alloc_checked(size_t align, size_t size)
{
	if (align == 0 || (align & (align - 1))) {
		errno = EINVAL;
		return NULL;
	}
	return alloc_aligned(size, align < MIN_ALIGN ? MIN_ALIGN : align, 0);
}

int posix_memalign(void **out, size_t align, size_t size)
{
	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	int saved = errno;
	void *p = alloc_checked(align, size);
	if (!p) {
		int e = errno;
		errno = saved;
		return e;
	}
	*out = p;
	return 0;
}

void *aligned_alloc(size_t align, size_t size)
{
	return alloc_checked(align, size);
}

void *memalign(size_t align, size_t size)
{
	return alloc_checked(align, size);
}

void *valloc(size_t size)
{
	return alloc_checked(twz_rt_get_sysinfo().page_size, size);
}

void *pvalloc(size_t size)
{
	size_t page = twz_rt_get_sysinfo().page_size;
	if (size > SIZE_MAX - page) {
		errno = ENOMEM;
		return NULL;
	}
	return alloc_checked(page, (size + page - 1) & ~(page - 1));
}

size_t malloc_usable_size(void *p)
{
	return p ? hdr_of(p)->size : 0;
}

/* No tunables: mallopt reports failure (0), malloc_trim releases nothing (0). */
int mallopt(int param, int value)
{
	(void)param;
	(void)value;
	return 0;
}

int malloc_trim(size_t pad)
{
	(void)pad;
	return 0;
}

/* newlib's internal entry points (stdio buffers, strdup, ...) take its reentrancy pointer. */
void *_malloc_r(struct _reent *r, size_t size)
{
	(void)r;
	return malloc(size);
}

void _free_r(struct _reent *r, void *p)
{
	(void)r;
	free(p);
}

void *_calloc_r(struct _reent *r, size_t n, size_t size)
{
	(void)r;
	return calloc(n, size);
}

void *_realloc_r(struct _reent *r, void *p, size_t size)
{
	(void)r;
	return realloc(p, size);
}

void *_memalign_r(struct _reent *r, size_t align, size_t size)
{
	(void)r;
	return memalign(align, size);
}

void *_valloc_r(struct _reent *r, size_t size)
{
	(void)r;
	return valloc(size);
}

void *_pvalloc_r(struct _reent *r, size_t size)
{
	(void)r;
	return pvalloc(size);
}

size_t _malloc_usable_size_r(struct _reent *r, void *p)
{
	(void)r;
	return malloc_usable_size(p);
}

int _mallopt_r(struct _reent *r, int param, int value)
{
	(void)r;
	return mallopt(param, value);
}

int _malloc_trim_r(struct _reent *r, size_t pad)
{
	(void)r;
	return malloc_trim(pad);
}
